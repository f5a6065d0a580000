/**
 * `run(argv, io)` in-process: every command's values, languages, colour, errors and exit
 * statuses, the calendar options, and `batch` on small inputs. (bin.test.ts runs the built
 * command as users do.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import { ndjsonLines, runCli } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const ESC = '\u001b[';

function json(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** A one-line error with its code and status, nothing on stdout, no stack. */
async function expectError(argv: string[], status: number, code: string): Promise<string> {
  const r = await runCli(argv);
  expect(r.code, r.stderr).toBe(status);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`^vn-worktime: ${code}: \\S`));
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

describe('dispatch, help and version', () => {
  test('no command: the help on stderr, status 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cách dùng: vn-worktime <lệnh>');
    expect((await runCli(['--lang', 'en'])).stderr).toBe('vn-worktime: UNKNOWN_COMMAND: expected a command; see vn-worktime --help\n');
  });

  test('--version and -V print the version of package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('--help, -h and help list every command with examples', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name} `);
      expect(r.stdout).toContain('Ví dụ:');
      expect(r.stdout).toContain('Mã thoát: 0 xong, 1 dữ liệu không hợp lệ');
      const en = await runCli([...argv, '--lang', 'en']);
      expect(en.stdout).toContain('Examples:');
      expect(en.stdout).toContain('Exit status: 0 done, 1 invalid data');
    }
  });

  test.each(COMMANDS.map((c) => c.name))('help of %s, three ways, with options and examples', async (name) => {
    const outputs = await Promise.all([runCli(['help', name, '--lang', 'en']), runCli([name, '--help', '--lang=en']), runCli(['--help', name, '--lang', 'en']), runCli([name, 'x', '-h', '--lang', 'en'])]);
    for (const r of outputs) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(outputs[0]?.stdout);
    }
    const text = outputs[0]?.stdout ?? '';
    expect(text).toMatch(new RegExp(`^Usage: vn-worktime ${name} `));
    expect(text).toContain('Options:');
    expect(text).toContain('--lang <vi|en>');
    expect(text).toContain(`Examples:\n  # `);
    expect(text).toContain(`  vn-worktime ${name}`);
  });

  test('help of an unknown command is a usage error', async () => {
    await expectError(['help', 'intak'], 2, 'UNKNOWN_COMMAND');
  });

  test('options of every command may come before the command', async () => {
    const r = await runCli(['--lang', 'en', '--json', 'lunar', '2026-02-17']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)['date']).toBe('2026-02-17');
    expect((await runCli(['--lang=en', 'lunar', '2026-02-17'])).stdout).toContain('Lunar:');
  });
});

describe('commands, in Vietnamese (default) and English, human and --json', () => {
  test('intake: Friday 20:00 → Tuesday 08:00, with the basis', async () => {
    const r = await runCli(['intake', '2026-03-13T20:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hạn tiếp nhận: Thứ Ba, 17/03/2026 08:00');
    expect(r.stdout).toContain('Nộp lúc:       Thứ Sáu, 13/03/2026 20:00 (ngoài giờ làm việc)');
    expect(r.stdout).toContain('Bắt đầu tính:  Thứ Hai, 16/03/2026 08:00');
    expect(r.stdout).toContain('Căn cứ:');
    expect(r.stdout).toContain('(QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10)');
    const en = await runCli(['intake', '13/03/2026 20:00', '--lang', 'en']);
    expect(en.stdout).toContain('Intake deadline: Tue 17/03/2026 08:00');
    expect(en.stdout).toContain('Basis:');
    const j = json((await runCli(['intake', '2026-03-13T20:00', '--json'])).stdout);
    expect(j).toMatchObject({ offHours: true, clockStart: '2026-03-16T08:00:00.000+07:00', deadline: '2026-03-17T08:00:00.000+07:00' });
    expect((j['basis'] as Array<{ code: string }>).map((b) => b.code)).toEqual(['INTAKE_LIMIT', 'OFF_HOURS_GRACE', 'INTAKE_DEADLINE']);
  });

  test('intake: --grace, --limit, --saturday, --hours', async () => {
    const deadlineOf = async (...argv: string[]) => json((await runCli(['intake', ...argv, '--json'])).stdout)['deadline'];
    expect(await deadlineOf('2026-03-13T20:00', '--grace', '0')).toBe('2026-03-16T17:00:00.000+07:00');
    expect(await deadlineOf('2026-03-10T09:00', '--limit', '1h30m')).toBe('2026-03-10T10:30:00.000+07:00');
    expect(await deadlineOf('2026-03-14T09:00', '--saturday', '07:30-11:30')).toBe('2026-03-16T14:30:00.000+07:00');
    expect(await deadlineOf('2026-03-10T09:00', '--hours', '08:00-12:00,13:00-17:00')).toBe('2026-03-11T09:00:00.000+07:00');
    expect(await deadlineOf('2026-03-10T09:00', '--office-hours', '08:00-12:00')).toBe('2026-03-12T09:00:00.000+07:00');
  });

  test('intake now reads the clock', async () => {
    const r = await runCli(['intake', 'now', '--json'], { now: new Date('2026-03-13T13:00:00Z') });
    expect(json(r.stdout)['submittedAt']).toBe('2026-03-13T20:00:00.000+07:00');
  });

  test('deadline: working days over Tết, hours, pauses and extensions', async () => {
    const r = await runCli(['deadline', '2026-02-13T16:30', '--days', '5']);
    expect(r.stdout).toContain('Hạn giải quyết: Thứ Sáu, 27/02/2026 17:00');
    expect(r.stdout).toContain('Thời hạn:       5 ngày làm việc');
    expect(r.stdout).toContain('(BLDS 2015, Điều 147–148)');
    const paused = json((await runCli(['deadline', '2026-03-02T09:00', '--days', '3', '--pause', '2026-03-03T09:00..2026-03-05T09:00', '--json'])).stdout);
    expect(paused).toMatchObject({ dueDate: '2026-03-09', deadline: '2026-03-09T17:00:00.000+07:00', period: { workingDays: 3 } });
    const extended = json(
      (await runCli(['deadline', '2026-03-02T09:00', '--days', '3', '--extend', '2d:Xác minh thực địa', '--extend', '4h:Lấy ý kiến', '--json'])).stdout,
    );
    expect(extended['deadline']).toBe('2026-03-10T17:00:00.000+07:00'); // a period in days ends at the close of its last day
    expect(JSON.stringify(extended['basis'])).toContain('Xác minh thực địa');
    const hours = json((await runCli(['deadline', '2026-03-10T09:00', '--hours', '4h30m', '--office-hours', '07:00-11:30,13:30-17:00', '--json'])).stdout);
    expect(hours).toMatchObject({ deadline: '2026-03-10T15:30:00.000+07:00', period: { workingHours: 4.5 } });
    const en = await runCli(['deadline', '2026-03-10T09:00', '--hours', '1', '--lang', 'en']);
    expect(en.stdout).toContain('Period:   1 working hour');
  });

  test('status: each status, a day alone as deadline, the margin', async () => {
    const onTime = await runCli(['status', '2026-02-27T17:00', '--completed', '2026-02-27T16:59']);
    expect(onTime.stdout).toContain('Trạng thái:     đúng hạn');
    expect(onTime.stdout).toContain('Chênh lệch:     1 phút làm việc trước hạn');
    const early = json((await runCli(['status', '2026-02-27', '--completed', '2026-02-26T17:00', '--json'])).stdout);
    expect(early).toEqual({ status: 'early', margin: 'PT8H', marginHours: 8, provisional: false, deadline: '2026-02-27T17:00:00.000+07:00', completedAt: '2026-02-26T17:00:00.000+07:00' });
    const late = json((await runCli(['status', '2026-02-27T17:00', '--completed', '2026-03-02T08:00', '--json'])).stdout);
    expect(late).toMatchObject({ status: 'late', margin: 'PT-1H', marginHours: -1 });
    const overdue = await runCli(['status', '2026-02-27T17:00', '--now', '2026-03-02T08:00', '--lang', 'en']);
    expect(overdue.stdout).toContain('Status:   overdue');
    expect(overdue.stdout).toContain('Margin:   1 h of working time after the deadline');
    const progress = json((await runCli(['status', '2026-03-03', '--now', 'now', '--json'])).stdout);
    expect(progress).toMatchObject({ status: 'in-progress', marginHours: 14, now: '2026-03-02T09:00:00.000+07:00' });
    // A day off as the deadline's day: the close of the next working day (Tết 2026).
    expect(json((await runCli(['status', '2026-02-17', '--now', '2026-02-20T10:00', '--json'])).stdout)['deadline']).toBe('2026-02-23T17:00:00.000+07:00');
  });

  test('holidays: table, json, ics', async () => {
    const table = await runCli(['holidays', '2026']);
    expect(table.stdout).toContain('Ngày nghỉ lễ, Tết năm 2026');
    expect(table.stdout).toMatch(/Thứ Ba, 17\/02\/2026 +Tết Nguyên Đán \(mùng 1 tháng Giêng\) +nghỉ lễ \[2\]/);
    expect(table.stdout).toMatch(/Thứ Hai, 27\/04\/2026 +Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(table.stdout).toContain('[1] Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.a');
    const list = JSON.parse((await runCli(['holidays', '2026', '--json'])).stdout) as Array<{ date: string }>;
    expect(list.map((h) => h.date)).toContain('2026-04-27');
    expect(JSON.parse((await runCli(['holidays', '2026', '--format', 'json'])).stdout)).toEqual(list);
    const ics = (await runCli(['holidays', '2026', '--format', 'ics', '--lang', 'en'])).stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('SUMMARY:Hùng Kings\' Commemoration Day');
  });

  test('schedule: official with sources and worked Saturdays; provisional', async () => {
    const s = await runCli(['schedule', '2026']);
    expect(s.stdout).toContain('Trạng thái: chính thức');
    expect(s.stdout).toContain('Thông báo 9441/TB-BNV');
    expect(s.stdout).toMatch(/Ngày làm bù:\n  Thứ Bảy, 10\/01\/2026/);
    expect((await runCli(['schedule', '2027', '--lang', 'en'])).stdout).toContain('Status:    provisional (2027 not announced yet)');
    expect(json((await runCli(['schedule', '2027', '--json'])).stdout)['status']).toBe('provisional');
    expect((await runCli(['schedule', '2025', '--format', 'ics'])).stdout).toContain('CATEGORIES:WORKDAY');
  });

  test('lunar and solar, with Can Chi names and leap months', async () => {
    const l = await runCli(['lunar', '2026-02-17']);
    expect(l.stdout).toContain('Âm lịch:    1/1/2026 (Bính Ngọ)');
    expect(l.stdout).toContain('Can Chi:    Ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ');
    expect(json((await runCli(['lunar', '23/5/2020', '--json'])).stdout)).toEqual({
      date: '2020-05-23',
      lunar: { year: 2020, month: 4, day: 1, leap: true },
      canChi: { year: 'Canh Tý', month: null, day: 'Bính Dần' },
    });
    expect((await runCli(['lunar', '2020-05-23', '--lang', 'en'])).stdout).toContain('Lunar:     1/4 leap/2020 (Canh Tý, Year of the Rat)');
    expect((await runCli(['lunar', 'today', '--json'])).stdout).toContain('"date":"2026-03-02"');
    expect((await runCli(['solar', '10/3/2026'])).stdout).toContain('Dương lịch: Chủ Nhật, 26/04/2026');
    expect(json((await runCli(['solar', '2026-01-01', '--json'])).stdout)).toEqual({ lunar: { year: 2026, month: 1, day: 1, leap: false }, date: '2026-02-17' });
    expect(json((await runCli(['solar', '1/4/2020', '--leap', '--json'])).stdout)['date']).toBe('2020-05-23');
  });

  test('workdays, add, between', async () => {
    expect((await runCli(['workdays', '2026-02-13', '2026-02-27'])).stdout).toBe('5 ngày làm việc từ sau Thứ Sáu, 13/02/2026 đến hết Thứ Sáu, 27/02/2026\n');
    expect(json((await runCli(['workdays', '29/4/2025', '5/5/2025', '--json'])).stdout)).toEqual({ from: '2025-04-29', to: '2025-05-05', workingDays: 1 });
    expect(json((await runCli(['workdays', '2026-02-27', '2026-02-13', '--json'])).stdout)['workingDays']).toBe(-5);
    expect((await runCli(['add', '2026-02-13T16:30', '8h'])).stdout).toContain('Kết quả: Thứ Hai, 23/02/2026 16:30');
    expect(json((await runCli(['add', '2026-03-16T08:00', '-2h', '--json'])).stdout)).toEqual({
      from: '2026-03-16T08:00:00.000+07:00',
      duration: 'PT-2H',
      result: '2026-03-13T16:00:00.000+07:00',
    });
    expect(json((await runCli(['add', '2025-04-29', '1d', '--json'])).stdout)).toEqual({ from: '2025-04-29', workingDays: 1, result: '2025-05-05' });
    expect(json((await runCli(['add', '2025-04-29T16:00', '-1d', '--json'])).stdout)['result']).toBe('2025-04-28');
    expect((await runCli(['between', '2026-02-13T16:30', '2026-02-23T16:30'])).stdout).toContain('Thời gian làm việc: 8 giờ');
    expect(json((await runCli(['between', '2026-03-10 09:00', '2026-03-10 15:00', '--json'])).stdout)).toEqual({
      from: '2026-03-10T09:00:00.000+07:00',
      to: '2026-03-10T15:00:00.000+07:00',
      workingTime: 'PT4H',
      hours: 4,
    });
  });
});

describe('calendar options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--calendar reads a CalendarSpec', async () => {
    const spec = { zone: 'Asia/Ho_Chi_Minh', week: { mon: [['08:00', '12:00']], tue: [['08:00', '12:00']] } };
    writeFileSync(join(dir, 'cal.json'), JSON.stringify(spec));
    const r = await runCli(['add', '2026-03-10T11:00', '2h', '--calendar', 'cal.json', '--json'], { cwd: dir });
    expect(json(r.stdout)['result']).toBe('2026-03-16T09:00:00.000+07:00');
  });

  test('--schedule takes an announcement or a schedule, replacing the built-in year', async () => {
    const decision = {
      year: 2027,
      sources: ['Thông báo …/TB-BNV'],
      tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: 'Thông báo …/TB-BNV' },
      nationalDay: { date: '2027-09-03', source: 'Thông báo …/TB-BNV' },
    };
    writeFileSync(join(dir, 'decision.json'), JSON.stringify(decision));
    const days = async (...extra: string[]) => json((await runCli(['workdays', '2027-02-03', '2027-02-11', ...extra, '--json'], { cwd: dir })).stdout)['workingDays'];
    expect(await days('--schedule', 'decision.json')).toBe(1);
    const schedule = json((await runCli(['schedule', '2026', '--json'])).stdout);
    writeFileSync(join(dir, 'schedules.json'), JSON.stringify([{ ...schedule, daysOff: [], workdays: [] }]));
    const normal = json((await runCli(['workdays', '2026-02-13', '2026-02-27', '--json'])).stdout)['workingDays'];
    const replaced = json((await runCli(['workdays', '2026-02-13', '2026-02-27', '--schedule', 'schedules.json', '--json'], { cwd: dir })).stdout)['workingDays'];
    expect([normal, replaced]).toEqual([5, 10]);
  });

  test('--zone', async () => {
    const r = await runCli(['add', '2026-03-10T09:00', '1h', '--zone', 'Asia/Bangkok', '--json']);
    expect(json(r.stdout)['result']).toBe('2026-03-10T10:00:00.000+07:00');
    await expectError(['add', '2026-03-10T09:00', '1h', '--zone', 'Mars/Olympus'], 1, 'INVALID_ZONE');
  });

  test('errors of the calendar options', async () => {
    await expectError(['add', '2026-03-10T09:00', '1h', '--calendar', 'x.json', '--saturday', '07:30-11:30'], 2, 'CONFLICTING_OPTIONS');
    await expectError(['add', '2026-03-10T09:00', '1h', '--calendar', join(dir, 'missing.json')], 1, 'CANNOT_READ_FILE');
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    await expectError(['add', '2026-03-10T09:00', '1h', '--calendar', join(dir, 'bad.json')], 1, 'INVALID_JSON');
    writeFileSync(join(dir, 'empty.json'), '{"week": {}}');
    await expectError(['add', '2026-03-10T09:00', '1h', '--calendar', join(dir, 'empty.json')], 1, 'NO_WORKING_TIME');
    await expectError(['add', '2026-03-10T09:00', '1h', '--hours', '07:00'], 1, 'INVALID_TIME_RANGE');
    await expectError(['add', '2026-03-10T09:00', '1h', '--hours', '11:00-07:00'], 1, 'INVALID_TIME_RANGE');
    await expectError(['add', '2026-03-10T09:00', '1h', '--saturday', '25:00-26:00'], 1, 'INVALID_TIME');
  });
});

describe('errors: one line, the code, the exit status', () => {
  test.each([
    [['intak', '2026-03-13T20:00'], 2, 'UNKNOWN_COMMAND'],
    [['--bogus'], 2, 'UNKNOWN_OPTION'],
    [['intake'], 2, 'MISSING_ARGUMENT'],
    [['intake', 'a', 'b'], 2, 'TOO_MANY_ARGUMENTS'],
    [['intake', '2026-03-13T20:00', '--grce', '1h'], 2, 'UNKNOWN_OPTION'],
    [['intake', '2026-03-13T20:00', '--grace'], 2, 'MISSING_VALUE'],
    [['intake', '2026-03-13T20:00', '--json=1'], 2, 'UNEXPECTED_VALUE'],
    [['intake', '2026-03-13T20:00', '--grace', '1h', '--grace', '2h'], 2, 'DUPLICATE_OPTION'],
    [['intake', '2026-03-13T20:00', '--lang', 'fr'], 2, 'INVALID_CHOICE'],
    [['deadline', '2026-03-10T09:00'], 2, 'MISSING_OPTION'],
    [['deadline', '2026-03-10T09:00', '--days', '2', '--hours', '3'], 2, 'CONFLICTING_OPTIONS'],
    [['status', '2026-02-27T17:00'], 2, 'MISSING_OPTION'],
    [['holidays', '2026', '--json', '--format', 'ics'], 2, 'CONFLICTING_OPTIONS'],
    [['intake', 'bad'], 1, 'INVALID_INSTANT'],
    [['intake', '2026-02-31T09:00'], 1, 'INVALID_INSTANT'],
    [['intake', '2026-03-13T20:00', '--grace', '1x'], 1, 'INVALID_DURATION'],
    [['intake', '2026-03-13T20:00', '--grace', '-1h'], 1, 'INVALID_DURATION'],
    [['intake', '2300-01-01T09:00'], 1, 'OUT_OF_RANGE'],
    [['deadline', '2026-03-10T09:00', '--days', 'x'], 1, 'INVALID_NUMBER'],
    [['deadline', '2026-03-10T09:00', '--days', '1.5'], 1, 'INVALID_ARGUMENT'],
    [['deadline', '2026-03-10T09:00', '--hours', '07:00-11:00'], 1, 'INVALID_NUMBER'],
    [['deadline', '2026-03-10T09:00', '--days', '2', '--pause', '2026-03-11'], 1, 'INVALID_ARGUMENT'],
    [['deadline', '2026-03-10T09:00', '--days', '2', '--pause', '2026-03-12..2026-03-11'], 1, 'INVALID_ARGUMENT'],
    [['deadline', '2026-03-10T09:00', '--days', '2', '--extend', '2d'], 1, 'INVALID_ARGUMENT'],
    [['deadline', '2026-03-10T09:00', '--days', '2', '--extend', '2x:reason'], 1, 'INVALID_DURATION'],
    [['status', 'tomorrow', '--now', 'now'], 1, 'INVALID_INSTANT'],
    [['holidays', 'abc'], 1, 'INVALID_YEAR'],
    [['holidays', '1800'], 1, 'OUT_OF_RANGE'],
    [['schedule', '2026.5'], 1, 'INVALID_YEAR'],
    [['lunar', '2026-13-01'], 1, 'INVALID_DATE'],
    [['lunar', '1850-01-01'], 1, 'OUT_OF_RANGE'],
    [['solar', 'abc'], 1, 'INVALID_LUNAR_DATE'],
    [['solar', '30/12/2025'], 1, 'INVALID_LUNAR_DATE'],
    [['solar', '1/4/2021', '--leap'], 1, 'INVALID_LUNAR_DATE'],
    [['workdays', '2026-02-13', 'soon'], 1, 'INVALID_DATE'],
    [['add', '2026-03-10T09:00', '3x'], 1, 'INVALID_DURATION'],
    [['between', '2026-03-10T09:00', 'x'], 1, 'INVALID_INSTANT'],
  ])('%j → %i %s', async (argv, status, code) => {
    await expectError(argv, status, code);
  });

  test('messages say what was expected and name the argument', async () => {
    expect(await expectError(['intake', 'bad'], 1, 'INVALID_INSTANT')).toContain('<submittedAt> "bad" không phải là một thời điểm: hãy viết một thời điểm như 2026-03-13T20:00');
    expect(await expectError(['intake', 'bad', '--lang', 'en'], 1, 'INVALID_INSTANT')).toContain('<submittedAt> "bad" is not an instant: write an instant such as 2026-03-13T20:00');
    expect(await expectError(['intake'], 2, 'MISSING_ARGUMENT')).toContain('thiếu <submittedAt>: vn-worktime intake <submittedAt>');
    expect(await expectError(['intake', '--lang', 'en'], 2, 'MISSING_ARGUMENT')).toContain('expected <submittedAt>: vn-worktime intake <submittedAt>');
    expect(await expectError(['intake', 'x', '--grce', '1h'], 2, 'UNKNOWN_OPTION')).toContain('có phải ý bạn là --grace?');
    expect(await expectError(['intake', 'x', '--grce', '1h', '--lang', 'en'], 2, 'UNKNOWN_OPTION')).toContain('did you mean --grace?');
    expect(await expectError(['status', '2026-02-27T17:00', '--lang', 'en'], 2, 'MISSING_OPTION')).toContain('pass --now now for the current time');
  });

  test('an internal error: one short line, status 70; VN_WORKTIME_DEBUG=1 adds the stack', async () => {
    const broken = (debug: boolean) => {
      let stderr = '';
      const io = {
        stdout: {
          write: (): boolean => {
            throw new TypeError('boom');
          },
        },
        stderr: { write: (s: string | Uint8Array) => ((stderr += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) },
        stdin: Readable.from([]),
        stdoutIsTTY: false,
        stderrIsTTY: false,
        stdinIsTTY: true,
        env: debug ? { VN_WORKTIME_DEBUG: '1' } : {},
      };
      return { io, stderr: () => stderr };
    };
    const { run } = await import('../../src/cli/run.js');
    const quiet = broken(false);
    expect(await run(['lunar', '2026-02-17'], quiet.io)).toBe(70);
    expect(quiet.stderr()).toMatch(/^vn-worktime: INTERNAL_ERROR: boom \(lỗi của vn-worktime; VN_WORKTIME_DEBUG=1 cho biết ở đâu\)\n$/);
    const english = broken(false);
    expect(await run(['lunar', '2026-02-17', '--lang', 'en'], english.io)).toBe(70);
    expect(english.stderr()).toMatch(/^vn-worktime: INTERNAL_ERROR: boom \(a bug in vn-worktime; VN_WORKTIME_DEBUG=1 shows where\)\n$/);
    const loud = broken(true);
    expect(await run(['lunar', '2026-02-17'], loud.io)).toBe(70);
    expect(loud.stderr()).toMatch(/TypeError: boom\n\s+at /);
  });
});

describe('colour', () => {
  test('only on a terminal, and not with NO_COLOR or TERM=dumb; FORCE_COLOR forces it; never in --json', async () => {
    const argv = ['intake', '2026-03-13T20:00'];
    expect((await runCli(argv)).stdout).not.toContain(ESC);
    expect((await runCli(argv, { stdoutIsTTY: true })).stdout).toContain(`${ESC}1m`);
    expect((await runCli(argv, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(argv, { stdoutIsTTY: true, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
    expect((await runCli(argv, { stdoutIsTTY: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await runCli(argv, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(argv, { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).stdout).toContain(ESC);
    expect((await runCli([...argv, '--json'], { stdoutIsTTY: true })).stdout).not.toContain(ESC);
  });

  test('the error prefix is red on a terminal stderr only', async () => {
    expect((await runCli(['intake', 'bad'], { stderrIsTTY: true })).stderr).toMatch(/^\u001b\[31mvn-worktime:\u001b\[39m INVALID_INSTANT/);
    expect((await runCli(['intake', 'bad'], { stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).toMatch(/^vn-worktime: INVALID_INSTANT/);
  });
});

describe('batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sample = readFileSync(new URL('../../examples/dossiers.csv', import.meta.url), 'utf8');
  const now = '2026-03-02T09:00';

  test('CSV in, CSV out with deadline, dueDate, status, marginHours and error; the summary on stderr', async () => {
    const r = await runCli(['batch', '--now', now], { stdin: sample });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFFid,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt,dueDate,status,marginHours,provisional,violations,error');
    expect(lines).toHaveLength(11);
    expect(lines[1]).toBe('HS-2026-0001,online,2026-02-13T16:20,2026-02-13T16:30,5,,2026-02-27T17:00:00.000+07:00,2026-02-26T10:00,2026-02-27,early,13,false,,');
    expect(lines[5]).toBe('HS-2026-0005,direct,,,,,2026-02-27T17:00:00.000+07:00,2026-03-02T08:00,2026-02-27,late,-1,false,,');
    expect(lines[8]).toBe('HS-2026-0008,fax,,2026-02-27T09:00,3,,,,,,,,,"INVALID_ARGUMENT: cột channel ""fax"" không phải là một kênh: online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính) (dòng 9)"');
    expect(r.stderr).toContain('Tổng hợp lúc Thứ Hai, 02/03/2026 09:00: 10 dòng, 9 hồ sơ hợp lệ, 1 dòng lỗi');
    expect(r.stderr).toContain('tỷ lệ trễ hạn');
  });

  test('the summary agrees with summarize() on the same dossiers', async () => {
    const r = await runCli(['batch', '-', '--now', now, '--output', 'ndjson'], { stdin: sample });
    const rows = ndjsonLines(r.stdout);
    const { summary } = rows.pop() as { summary: Record<string, unknown> };
    const dossiers = sample
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [id, channel, , acceptedAt, workingDays, workingHours, deadline, completedAt] = line.split(',');
        const period = workingDays ? { workingDays: Number(workingDays) } : workingHours ? { workingHours: Number(workingHours) } : undefined;
        return { id, channel, ...(deadline ? { deadline } : { acceptedAt, period }), ...(completedAt ? { completedAt } : {}) };
      });
    const expected = await summarize(dossiers as never, { now });
    expect(summary).toMatchObject({ rows: 10, total: expected.total, byStatus: expected.byStatus, waiting: expected.waiting, kpi766: expected.kpi766, provisional: expected.provisional, byChannel: expected.byChannel, lateRate: expected.lateRate, invalid: expected.invalidCount });
    expect(rows.filter((row) => 'error' in row).map((row) => row['id'])).toEqual(expected.invalid.map((i) => i.id));
  });

  test('NDJSON in (stdin, detected), NDJSON out with a summary line; pauses and extensions; bad lines reported', async () => {
    const input = [
      '{"id":"A","channel":"online","acceptedAt":"2026-03-02T09:00","period":{"workingDays":3},"pauses":[{"from":"2026-03-03T09:00","to":"2026-03-05T09:00"}]}',
      '',
      '{"id":"B","channel":"direct","deadline":"2026-02-27","completedAt":"2026-02-26T17:00"}',
      '{"id":"C","channel":"postal","acceptedAt":"2026-03-02T09:00","workingDays":2,"extensions":[{"workingDays":1,"reason":"Xác minh"}]}',
      'not json',
      '[1,2]',
      '{"id":"D","channel":"online","acceptedAt":"2026-03-02T09:00","deadline":"2026-02-27"}',
      '{"id":"E","channel":"online","acceptedAt":"2026-03-02T09:00","workingHours":4,"completedAt":"2026-03-01T09:00"}',
    ].join('\r\n');
    const r = await runCli(['batch', '--now', now], { stdin: input });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    expect(r.stderr).toBe('');
    const out = ndjsonLines(r.stdout);
    expect(out).toHaveLength(8);
    expect(out[0]).toMatchObject({ id: 'A', deadline: '2026-03-09T17:00:00.000+07:00', dueDate: '2026-03-09', status: 'in-progress' });
    expect(out[1]).toMatchObject({ id: 'B', deadline: '2026-02-27T17:00:00.000+07:00', status: 'early', marginHours: 8 });
    expect(out[2]).toMatchObject({ id: 'C', dueDate: '2026-03-05', status: 'in-progress' });
    expect(out[3]).toMatchObject({ error: { code: 'INVALID_JSON', line: 5 } });
    expect(out[4]).toMatchObject({ error: { code: 'INVALID_ARGUMENT', line: 6 } });
    expect(out[5]).toMatchObject({ id: 'D', error: { code: 'INVALID_ARGUMENT', path: 'deadline', message: { vi: 'trường deadline "2026-02-27" trước trường acceptedAt "2026-03-02T09:00"' } } });
    expect(out[6]).toMatchObject({ id: 'E', error: { code: 'INVALID_ARGUMENT' } });
    expect(out[7]).toEqual({
      summary: {
        rows: 7,
        total: 3,
        byStatus: { early: 1, 'on-time': 0, late: 0, 'in-progress': 2, overdue: 0 },
        byChannel: { online: { total: 1, late: 0 }, direct: { total: 1, late: 0 }, postal: { total: 1, late: 0 } },
        lateRate: 0,
        onTimeRate: 1,
        invalid: 4,
        provisional: 0,
        waiting: 0,
        kpi766: {
          onTime: { count: 3, total: 3, rate: 1 },
          online: { count: 1, total: 3, rate: 1 / 3 },
          digitized: { count: 0, total: 3, rate: 0 },
        },
        now: '2026-03-02T09:00:00.000+07:00',
      },
    });
  });

  test('formats: by extension, forced, --output, --json; semicolons; Vietnamese dates; header only; empty', async () => {
    writeFileSync(join(dir, 'd.jsonl'), '{"channel":"online","deadline":"2026-03-03T17:00"}\n');
    const fromExt = await runCli(['batch', 'd.jsonl', '--now', now, '--output', 'csv'], { cwd: dir });
    expect(fromExt.stdout).toBe('\uFEFFid,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt,dueDate,status,marginHours,provisional,violations,error\n,online,,,,,2026-03-03T17:00:00.000+07:00,,2026-03-03,in-progress,14,false,,\n');
    expect(fromExt.stderr).toContain('1 rows'.replace('rows', 'dòng'));
    writeFileSync(join(dir, 'd.txt'), 'id;channel;deadline\nX;direct;03/03/2026 17:00\n');
    const semi = await runCli(['batch', 'd.txt', '--now', now, '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(semi.stdout).toBe('\uFEFFid;channel;deadline;dueDate;status;marginHours;provisional;violations;error\nX;direct;2026-03-03T17:00:00.000+07:00;2026-03-03;in-progress;14;false;;\n');
    expect(semi.stderr).toContain('Summary as of Mon 02/03/2026 09:00: 1 rows, 1 valid dossiers, 0 invalid rows');
    const asJson = await runCli(['batch', 'd.txt', '--now', now, '--json'], { cwd: dir });
    expect(asJson.stdout.split('\n')[0]).toBe('{"id":"X","channel":"direct","deadline":"2026-03-03T17:00:00.000+07:00","dueDate":"2026-03-03","status":"in-progress","marginHours":14,"provisional":false,"violations":[]}');
    const forcedNd = await runCli(['batch', '--now', now, '--format', 'ndjson'], { stdin: 'id,channel\n' });
    expect(forcedNd.stdout).toContain('"code":"INVALID_JSON"');
    expect((await runCli(['batch', '--now', now], { stdin: 'id,channel,deadline\n' })).stdout).toBe('\uFEFFid,channel,deadline,dueDate,status,marginHours,provisional,violations,error\n');
    const empty = await runCli(['batch', '--now', now], { stdin: '' });
    expect(empty.stdout).toBe('\uFEFFid,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt,dueDate,status,marginHours,provisional,violations,error\n');
    expect(empty.stderr).toContain('0 dòng');
  });

  test('a row with a different number of fields is reported with its line and the run goes on', async () => {
    const r = await runCli(['batch', '--now', now], { stdin: 'id,channel,deadline\nA,online\nB,online,2026-03-03,extra\nC,postal,2026-03-03\n' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('A,online,,,,,,,"INVALID_ROW: cần 3 trường như dòng tiêu đề, có 2 (dòng 2)"');
    expect(lines[2]).toBe('B,online,2026-03-03,,,,,,"INVALID_ROW: cần 3 trường như dòng tiêu đề, có 4 (dòng 3)"');
    expect(lines[3]).toBe('C,postal,2026-03-03T17:00:00.000+07:00,2026-03-03,in-progress,14,false,,');
    expect(r.stderr).toContain('3 dòng, 1 hồ sơ hợp lệ, 2 dòng lỗi');
    expect(r.code).toBe(1);
  });

  test('a quote that never closes: its line is an error row, the lines after it are read, the summary is written', async () => {
    const r = await runCli(['batch', '--now', now], { stdin: 'id,channel,deadline\nA,online,2026-03-03\n"B,online,2026-03-03\nC,postal,2026-03-03\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '\uFEFFid,channel,deadline,dueDate,status,marginHours,provisional,violations,error',
        'A,online,2026-03-03T17:00:00.000+07:00,2026-03-03,in-progress,14,false,,',
        ',,,,,,,,INVALID_CSV: thiếu dấu nháy đóng cho trường bắt đầu ở dòng 3 (dòng 3)',
        'C,postal,2026-03-03T17:00:00.000+07:00,2026-03-03,in-progress,14,false,,',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toContain('3 dòng, 2 hồ sơ hợp lệ, 1 dòng lỗi');
    // --no-bom: the same CSV without the byte order mark
    const plain = await runCli(['batch', '--now', now, '--no-bom'], { stdin: 'id,channel,deadline\nA,online,2026-03-03\n' });
    expect(plain.stdout).toBe('id,channel,deadline,dueDate,status,marginHours,provisional,violations,error\nA,online,2026-03-03T17:00:00.000+07:00,2026-03-03,in-progress,14,false,,\n');
  });

  test('a progress line on stderr only when it is a terminal', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},online,2026-03-03`).join('\n');
    const tty = await runCli(['batch', '--now', now, '--output', 'ndjson'], { stdin: `id,channel,deadline\n${rows}\n`, stderrIsTTY: true });
    expect(tty.stderr).toContain('\rĐã xử lý 10000…');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    const pipe = await runCli(['batch', '--now', now, '--output', 'ndjson'], { stdin: `id,channel,deadline\n${rows}\n` });
    expect(pipe.stderr).toBe('');
  });

  test('usage and file errors', async () => {
    await expectError(['batch'], 2, 'MISSING_OPTION');
    await expectError(['batch', '--now', now], 2, 'MISSING_ARGUMENT');
    await expectError(['batch', 'a.csv', 'b.csv', '--now', now], 2, 'TOO_MANY_ARGUMENTS');
    await expectError(['batch', 'x.csv', '--now', now, '--json', '--output', 'csv'], 2, 'CONFLICTING_OPTIONS');
    await expectError(['batch', 'x.csv', '--now', now, '--format', 'xml'], 2, 'INVALID_CHOICE');
    await expectError(['batch', join(dir, 'missing.csv'), '--now', now], 1, 'CANNOT_READ_FILE');
    await expectError(['batch', dir, '--now', now, '--format', 'csv'], 1, 'CANNOT_READ_FILE');
    await expectError(['batch', 'x.csv', '--now', 'later'], 1, 'INVALID_INSTANT');
  });
});
