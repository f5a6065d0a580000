/**
 * Every help text and every error of the command line, in Vietnamese (the default) and in
 * English (`--lang en`): each error names what the user typed and the argument or option it was
 * typed into, never a name internal to the library (no backtick-quoted names).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
file('bad-calendar.json', '{"week": {"mon": [["07:00", "25:00"]]}}');
file('bad-schedule.json', '{"year": 2027, "daysOff": [{"date": "2027-13-01"}], "workdays": [], "status": "official", "sources": []}');
file('broken.json', '{"week":');
file('bad-map.json', '{"column": {}}');
const NOW = '2026-03-02T09:00';

/** Words only Vietnamese text has, and only English text has. */
const VI = /không|thiếu|chỉ|phải|ngày|giờ|tệp|lệnh|tùy chọn|nằm ngoài|thừa|có phải|trước/;
const EN = /\b(is|not|no such|expected|cannot|has|takes|may|did you mean|outside|the)\b/i;

/** argv, exit status, code, a piece of the Vietnamese message, a piece of the English one. */
const ERRORS: Array<[argv: string[], status: number, code: string, vi: string, en: string, stdin?: string]> = [
  // the command line itself
  [['frobnicate'], 2, 'UNKNOWN_COMMAND', 'vn-worktime không có lệnh "frobnicate"; xem vn-worktime --help', 'vn-worktime has no command "frobnicate"; see vn-worktime --help'],
  [['statu'], 2, 'UNKNOWN_COMMAND', 'có phải ý bạn là status?', 'did you mean status?'],
  [['--frob', 'intake'], 2, 'UNKNOWN_OPTION', 'tùy chọn "--frob" không dùng được trước tên lệnh', 'the option "--frob" cannot come before the command'],
  [['intake', '2026-03-13T20:00', '--frob'], 2, 'UNKNOWN_OPTION', 'vn-worktime intake không có tùy chọn "--frob"; xem vn-worktime intake --help', 'vn-worktime intake has no option "--frob"; see vn-worktime intake --help'],
  [['intake', '2026-03-13T20:00', '--grce', '1h'], 2, 'UNKNOWN_OPTION', 'có phải ý bạn là --grace?', 'did you mean --grace?'],
  [['intake'], 2, 'MISSING_ARGUMENT', 'thiếu <submittedAt>: vn-worktime intake <submittedAt>', 'expected <submittedAt>: vn-worktime intake <submittedAt>'],
  [['between', 'a', 'b', 'c'], 2, 'TOO_MANY_ARGUMENTS', 'thừa đối số "c"', 'unexpected argument "c"'],
  [['status', '2026-02-27T17:00', '--now'], 2, 'MISSING_VALUE', 'thiếu giá trị sau --now', 'expected a value after --now'],
  [['status', '2026-02-27T17:00', '--now', 'now', '--now', 'now'], 2, 'DUPLICATE_OPTION', '--now chỉ được cho một lần', '--now may be given only once'],
  [['intake', '2026-03-13T20:00', '--json=yes'], 2, 'UNEXPECTED_VALUE', '--json không nhận giá trị, đã cho "yes"', '--json takes no value, got "yes"'],
  [['holidays', '2026', '--format', 'pdf'], 2, 'INVALID_CHOICE', '--format "pdf" không phải là table hay json hay ics', '--format "pdf" is not table or json or ics'],
  [['status', '2026-02-27T17:00'], 2, 'MISSING_OPTION', 'thiếu --now <instant> cho hồ sơ chưa hoàn thành', 'expected --now <instant> for a dossier that is not completed'],
  [['deadline', '2026-03-10T09:00'], 2, 'MISSING_OPTION', 'thiếu thời hạn giải quyết', 'expected the processing period'],
  [['deadline', '2026-03-10T09:00', '--days', '2', '--hours', '3'], 2, 'CONFLICTING_OPTIONS', 'chỉ dùng --days hoặc --hours', 'expected either --days or --hours'],
  [['holidays', '2026', '--json', '--format', 'ics'], 2, 'CONFLICTING_OPTIONS', 'chỉ dùng --json hoặc --format ics', 'expected either --json or --format ics'],
  [['intake', '2026-03-13T20:00', '--calendar', 'x.json', '--zone', 'UTC'], 2, 'CONFLICTING_OPTIONS', 'chỉ dùng --calendar hoặc --zone', 'expected either --calendar or --zone'],
  [['batch', '--now', NOW], 2, 'MISSING_ARGUMENT', 'thiếu tệp hồ sơ', 'expected a file of dossiers'],
  [['batch', '-'], 2, 'MISSING_OPTION', 'thiếu --now <instant>', 'expected --now <instant>', 'id\n'],
  [['batch', '-', '--now', NOW, '--json', '--output', 'csv'], 2, 'CONFLICTING_OPTIONS', 'chỉ dùng --json hoặc --output csv', 'expected either --json or --output csv', 'id\n'],
  [['batch', '-', '--now', NOW, '--period', '2026-01'], 2, 'INVALID_CHOICE', '--period "2026-01" không phải là TỪ..ĐẾN', '--period "2026-01" is not FROM..TO', 'id\n'],
  // values
  [['intake', 'yesterday'], 1, 'INVALID_INSTANT', '<submittedAt> "yesterday" không phải là một thời điểm', '<submittedAt> "yesterday" is not an instant'],
  [['intake', '31/02/2026 09:00'], 1, 'INVALID_INSTANT', '<submittedAt> "31/02/2026 09:00": ngày hoặc giờ này không có trong lịch', '<submittedAt> "31/02/2026 09:00": no such day or time of day'],
  [['status', '2026-02-27T17:00', '--now', '2026-02-30T10:00'], 1, 'INVALID_INSTANT', '--now "2026-02-30T10:00": ngày hoặc giờ này không có', '--now "2026-02-30T10:00": no such day or time'],
  [['deadline', '2026-03-02T09:00', '--days', '3', '--pause', 'x..2026-03-05T09:00'], 1, 'INVALID_INSTANT', 'lúc bắt đầu của --pause "x" không phải là một thời điểm', 'the start of --pause "x" is not an instant'],
  [['lunar', '2026-02-30'], 1, 'INVALID_DATE', '<date> "2026-02-30": ngày này không có trong lịch', '<date> "2026-02-30": no such day'],
  [['workdays', '2026-02-13', 'soon'], 1, 'INVALID_DATE', '<to> "soon" không phải là một ngày', '<to> "soon" is not a day'],
  [['batch', '-', '--now', NOW, '--period', 'x..2026-03-31'], 1, 'INVALID_DATE', 'ngày đầu của --period "x" không phải là một ngày', 'the start of --period "x" is not a day', 'id\n'],
  [['holidays', 'MMXXVI'], 1, 'INVALID_YEAR', '<year> "MMXXVI" không phải là một năm', '<year> "MMXXVI" is not a year'],
  [['deadline', '2026-03-10T09:00', '--days', 'five'], 1, 'INVALID_NUMBER', '--days "five" không phải là một số', '--days "five" is not a number'],
  [['deadline', '2026-03-10T09:00', '--hours', '07:00-11:30'], 1, 'INVALID_NUMBER', '--hours "07:00-11:30" không phải là số giờ làm việc của thời hạn', '--hours "07:00-11:30" is not the processing period in working hours'],
  [['intake', '2026-03-13T20:00', '--grace', 'soon'], 1, 'INVALID_DURATION', '--grace "soon" không phải là một khoảng thời gian', '--grace "soon" is not a duration'],
  [['add', '2026-03-10T09:00', '3x'], 1, 'INVALID_DURATION', '<duration> "3x" không phải là một khoảng thời gian: hãy viết số ngày làm việc như 2d', '<duration> "3x" is not a duration: write working days such as 2d'],
  [['intake', '2026-03-02T09:00', '--rules', 'hanoi'], 1, 'INVALID_ARGUMENT', '--rules "hanoi" không phải là tay-ninh hay national', '--rules "hanoi" is not tay-ninh or national'],
  [['deadline', '2026-03-02T09:00', '--days', '5', '--method', 'pause'], 1, 'INVALID_ARGUMENT', '--method "pause" không phải là legal hay kpi766', '--method "pause" is not legal or kpi766'],
  [['deadline', '2026-03-02T09:00', '--days', '5', '--pause', '2026-03-03'], 1, 'INVALID_ARGUMENT', '--pause "2026-03-03" không phải là TỪ..ĐẾN', '--pause "2026-03-03" is not FROM..TO'],
  [['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', 'a..b..c'], 1, 'INVALID_ARGUMENT', '--supplement "a..b..c" không phải là YÊU_CẦU..HOÀN_THÀNH', '--supplement "a..b..c" is not REQUESTED..COMPLETED'],
  [['intake', '2026-03-13T20:00', '--office-hours', '07:00'], 1, 'INVALID_TIME_RANGE', '--office-hours "07:00" không phải là các khoảng giờ', '--office-hours "07:00" is not time ranges'],
  [['solar', 'Tết'], 1, 'INVALID_LUNAR_DATE', '<lunar date> "Tết" không phải là một ngày âm lịch', '<lunar date> "Tết" is not a lunar date'],
  // the library's errors, in the user's words
  [['deadline', '2026-03-10T09:00', '--days', '0'], 1, 'INVALID_ARGUMENT', '--days "0" không phải là số nguyên dương ngày làm việc', '--days "0" is not a positive whole number of working days'],
  [['deadline', '2026-03-10T09:00', '--hours', '-1'], 1, 'INVALID_ARGUMENT', '--hours "-1" không phải là số giờ làm việc dương', '--hours "-1" is not a positive number of working hours'],
  [['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-09T10:00..2026-03-04T10:00'], 1, 'INVALID_ARGUMENT', '--supplement "2026-03-09T10:00..2026-03-04T10:00" không dùng được', '--supplement "2026-03-09T10:00..2026-03-04T10:00" cannot be used'],
  [['intake', '2026-03-13T20:00', '--received', '2026-03-12T20:00'], 1, 'INVALID_ARGUMENT', '--received "2026-03-12T20:00" trước thời điểm nộp', '--received "2026-03-12T20:00" is before the submission'],
  [['solar', '30/12/2025'], 1, 'INVALID_LUNAR_DATE', '<lunar date> "30/12/2025" không phải là ngày âm lịch có thật', '<lunar date> "30/12/2025" is not a lunar date that exists'],
  [['holidays', '2300'], 1, 'OUT_OF_RANGE', '<year> "2300" nằm ngoài phạm vi', '<year> "2300" is outside'],
  [['lunar', '2200-01-01'], 1, 'OUT_OF_RANGE', '<date> "2200-01-01" nằm ngoài phạm vi', '<date> "2200-01-01" is outside'],
  [['workdays', '2026-01-01', '3000-01-01'], 1, 'OUT_OF_RANGE', '<to> "3000-01-01" nằm ngoài phạm vi', '<to> "3000-01-01" is outside'],
  [['intake', '9999-12-31T23:00'], 1, 'OUT_OF_RANGE', '<submittedAt> "9999-12-31T23:00" nằm ngoài phạm vi', '<submittedAt> "9999-12-31T23:00" is outside'],
  [['add', '2026-03-16T08:00', '999999999d'], 1, 'INVALID_NUMBER', '<duration> "999999999d" không phải là số dùng được', '<duration> "999999999d" is not a number that can be used'],
  [['intake', '2026-03-13T20:00', '--zone', 'Asia/Nowhere'], 1, 'INVALID_ZONE', '--zone "Asia/Nowhere" không phải là tên múi giờ IANA', '--zone "Asia/Nowhere" is not an IANA time zone name'],
  [['intake', '2026-03-13T20:00', '--hours', '07:00-25:00'], 1, 'INVALID_TIME', '--office-hours "07:00-25:00" có giờ không hợp lệ', '--office-hours "07:00-25:00" has a time that is not HH:mm'],
  [['intake', '2026-03-13T20:00', '--saturday', '11:00-08:00'], 1, 'INVALID_TIME_RANGE', '--saturday "11:00-08:00" có khoảng giờ không kết thúc sau khi bắt đầu', '--saturday "11:00-08:00" has a range that does not end after it starts'],
  [['intake', '2026-03-13T20:00', '--calendar', 'bad-calendar.json'], 1, 'INVALID_TIME', '--calendar "bad-calendar.json" có giờ không hợp lệ', '--calendar "bad-calendar.json" has a time that is not HH:mm'],
  [['intake', '2026-03-13T20:00', '--schedule', 'bad-schedule.json'], 1, 'INVALID_DATE', '--schedule "bad-schedule.json"', '--schedule "bad-schedule.json"'],
  // files
  [['intake', '2026-03-13T20:00', '--calendar', 'no-such-file.json'], 1, 'CANNOT_READ_FILE', 'không đọc được tệp "no-such-file.json" (không có tệp này)', 'cannot read the file "no-such-file.json" (no such file)'],
  [['intake', '2026-03-13T20:00', '--calendar', '.'], 1, 'CANNOT_READ_FILE', '(đó là một thư mục)', '(it is a folder)'],
  [['intake', '2026-03-13T20:00', '--calendar', 'broken.json'], 1, 'INVALID_JSON', 'tệp "broken.json" không phải là JSON', 'the file "broken.json" is not JSON'],
  [['batch', '-', '--now', NOW, '--columns', 'bad-map.json'], 1, 'INVALID_ARGUMENT', '--columns "bad-map.json" không dùng được', '--columns "bad-map.json" cannot be used', 'id\n'],
];

describe('every error, in Vietnamese and in English', () => {
  test.each(ERRORS)('%j → %i %s', async (argv, status, code, vi, en, stdin) => {
    const options = { cwd: dir, ...(stdin !== undefined && { stdin }) };
    for (const [lang, extra, piece, words, other] of [
      ['vi', [], vi, VI, EN],
      ['en', ['--lang', 'en'], en, EN, VI],
    ] as const) {
      const r = await runCli([...argv, ...extra], options);
      const line = r.stderr.trimEnd();
      expect(r.code, `${lang}: ${line}`).toBe(status);
      expect(line.split('\n'), lang).toHaveLength(1);
      expect(line, lang).toMatch(new RegExp(`^vn-worktime: ${code}: `));
      expect(line, lang).toContain(piece);
      expect(line, lang).not.toContain('`');
      const message = line.replace(/"[^"]*"/g, '""');
      expect(message, lang).toMatch(words);
      // The English message may quote the library's English; the Vietnamese one says it in Vietnamese first.
      if (lang === 'en') expect(message, lang).not.toMatch(other);
    }
  });
});

describe('every help text, in Vietnamese and in English', () => {
  test('the list of commands', async () => {
    const vi = await runCli(['--help']);
    expect(vi.stdout).toContain('Cách dùng: vn-worktime <lệnh> [đối số] [tùy chọn]');
    expect(vi.stdout).toContain('Các lệnh:');
    expect(vi.stdout).toContain('Tùy chọn của mọi lệnh:');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: vn-worktime <command> [arguments] [options]');
    expect(en.stdout).toContain('Commands:');
    for (const c of COMMANDS) {
      expect(vi.stdout).toContain(c.summary.vi);
      expect(en.stdout).toContain(c.summary.en);
    }
  });

  test.each(COMMANDS.map((c) => [c.name, c] as const))('%s', async (name, command) => {
    const vi = (await runCli([name, '--help'])).stdout;
    const en = (await runCli([name, '--help', '--lang', 'en'])).stdout;
    expect(vi).toContain(`Cách dùng: vn-worktime ${name}`);
    expect(vi).toContain('Tùy chọn:');
    expect(vi).toContain('Ví dụ:');
    expect(en).toContain(`Usage: vn-worktime ${name}`);
    expect(en).toContain('Options:');
    expect(en).toContain('Examples:');
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    for (const p of command.description) {
      expect(flat(vi)).toContain(flat(p.vi));
      expect(flat(en)).toContain(flat(p.en));
      expect(p.vi).not.toBe(p.en);
    }
    for (const o of command.options) {
      expect(flat(vi)).toContain(o.help.vi);
      expect(flat(en)).toContain(o.help.en);
    }
    for (const [, comment] of command.examples) {
      expect(vi).toContain(`# ${comment.vi}`);
      expect(en).toContain(`# ${comment.en}`);
    }
    expect(vi).not.toContain('`');
    expect(en).not.toContain('`');
  });
});

describe('a day without a time: one rule, said in the output', () => {
  test('an instant read at 00:00, with a note', async () => {
    const vi = await runCli(['intake', '2026-03-13']);
    expect(vi.stdout).toContain('Ghi chú: <submittedAt> "2026-03-13" là một ngày không kèm giờ, được đọc là 00:00 đầu ngày đó');
    const en = await runCli(['intake', '2026-03-13', '--lang', 'en']);
    expect(en.stdout).toContain('Note: <submittedAt> "2026-03-13" is a day without a time, read as 00:00 at the start of that day');
    expect((await runCli(['intake', '2026-03-13', '--json'])).stdout).not.toContain('Note');
  });

  test('a deadline: the close of working hours, with a note', async () => {
    const vi = await runCli(['status', '2026-03-23', '--completed', '2026-03-23T16:00']);
    expect(vi.stdout).toContain('Hạn giải quyết: Thứ Hai, 23/03/2026 17:00');
    expect(vi.stdout).toContain('Ghi chú: <deadline> "2026-03-23" là một ngày không kèm giờ: hạn là hết giờ làm việc ngày đó');
    const en = await runCli(['status', '2026-03-23', '--completed', '2026-03-23T16:00', '--lang', 'en']);
    expect(en.stdout).toContain('Note: <deadline> "2026-03-23" is a day without a time: the deadline is the close of working hours that day');
  });
});

describe('status: never late and "before the deadline" together', () => {
  test('completed after hours on the due day: late by the clock, outside working hours', async () => {
    const vi = await runCli(['status', '2026-03-23', '--completed', '2026-03-23T17:30']);
    expect(vi.stdout).toContain('Trạng thái:     trễ hạn');
    expect(vi.stdout).toContain('Chênh lệch:     30 phút sau hạn, ngoài giờ làm việc (0 giờ làm việc quá hạn)');
    expect(vi.stdout).not.toContain('trước hạn');
    const en = await runCli(['status', '2026-03-23', '--completed', '2026-03-23T17:30', '--lang', 'en']);
    expect(en.stdout).toContain('Margin:    30 min after the deadline, outside working hours (0 h of working time over)');
    expect(en.stdout).not.toContain('before the deadline');
  });

  test('overdue in the evening of the due day, and late by working time', async () => {
    const overdue = await runCli(['status', '2026-03-23T17:00', '--now', '2026-03-23T19:00', '--lang', 'en']);
    expect(overdue.stdout).toContain('2 h after the deadline, outside working hours');
    const late = await runCli(['status', '2026-03-23', '--completed', '2026-03-24T08:00']);
    expect(late.stdout).toContain('1 giờ làm việc sau hạn');
  });
});
