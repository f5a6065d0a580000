/**
 * Every kind of row error of `batch`, in Vietnamese (the default) and in English (`--lang en`):
 * each names the input column the user wrote (as --columns or the dvcqg preset maps it) and the
 * value typed, never a name internal to the library, and keeps its stable code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-row-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'map.json'), JSON.stringify({ columns: { 'Ngày nhận': 'acceptedAt', 'Hình thức': 'channel', 'Số ngày': 'workingDays' } }));

const NOW = '2026-03-10T09:00';
const H = 'id,channel,acceptedAt,workingDays,workingHours,deadline,completedAt';
/** A CSV row of the columns of H. */
const row = (acceptedAt: string, days: string, hours = '', deadline = '', completed = '', channel = 'online'): string => `${H}\nA,${channel},${acceptedAt},${days},${hours},${deadline},${completed}\n`;
const ACC = '2026-03-02T09:00';
const list = (column: string, json: string): string => `id,channel,acceptedAt,workingDays,${column}\nA,online,${ACC},5,"${json.replace(/"/g, '""')}"\n`;

/** name, input, extra arguments, code, a piece of the Vietnamese message, a piece of the English one. */
const KINDS: Array<[name: string, input: string, args: string[], code: string, vi: string, en: string]> = [
  ['missing channel column', 'id,deadline\nA,2026-03-12\n', [], 'INVALID_ARGUMENT', 'thiếu cột channel (kênh: online, direct, postal', 'missing the column channel (the channel: online, direct, postal'],
  ['bad channel', row('', '', '', '2026-03-12', '', 'fax'), [], 'INVALID_ARGUMENT', 'cột channel "fax" không phải là một kênh', 'column channel "fax" is not a channel'],
  ['bad channel code (dvcqg)', 'MaHoSo,KenhThucHien,NgayHenTra\nA,9,20260312\n', [], 'INVALID_ARGUMENT', 'cột KenhThucHien "9" không phải là một kênh: 1 (direct), 2 (online), 3 (postal)', 'column KenhThucHien "9" is not a channel: 1 (direct), 2 (online), 3 (postal)'],
  ['missing channel (dvcqg)', 'MaHoSo,KenhThucHien,NgayHenTra\nA,,20260312\n', [], 'INVALID_ARGUMENT', 'thiếu cột KenhThucHien', 'missing the column KenhThucHien'],
  ['unreadable instant', row('x', '3'), [], 'INVALID_INSTANT', 'cột acceptedAt "x" không phải là một thời điểm: hãy viết như', 'column acceptedAt "x" is not an instant: write it like'],
  ['a day that does not exist (dvcqg)', 'MaHoSo,KenhThucHien,NgayTiepNhan,NgayHenTra\nA,2,20260231090000,\n', [], 'INVALID_INSTANT', 'cột NgayTiepNhan "20260231090000" là ngày hoặc giờ không có trong lịch', 'column NgayTiepNhan "20260231090000" is a day or time of day that does not exist'],
  ['a day that does not exist (Vietnamese form)', row('31/02/2026 09:00', '3'), [], 'INVALID_INSTANT', 'cột acceptedAt "31/02/2026 09:00" là ngày hoặc giờ không có trong lịch', 'column acceptedAt "31/02/2026 09:00" is a day or time of day that does not exist'],
  ['a column named by a map file', 'Ngày nhận,Hình thức,Số ngày\n32/01/2026,online,3\n', ['--columns', 'map.json'], 'INVALID_INSTANT', 'cột Ngày nhận "32/01/2026"', 'column Ngày nhận "32/01/2026"'],
  ['out-of-range instant', row('', '', '', '+275760-09-13T00:00'), [], 'OUT_OF_RANGE', 'cột deadline "+275760-09-13T00:00" nằm ngoài phạm vi của lịch làm việc', 'column deadline "+275760-09-13T00:00" is outside the working calendar\'s range'],
  ['out-of-range day', row('', '', '', '2300-01-01'), [], 'OUT_OF_RANGE', 'nằm ngoài phạm vi của lịch làm việc (lịch công vụ có các năm 1900–2199): cột deadline "2300-01-01"', 'is outside the working calendar\'s range (1900–2199 for the civil-service calendar): column deadline "2300-01-01"'],
  ['computed deadline out of range', row('2199-12-20T09:00', '200'), [], 'OUT_OF_RANGE', 'hạn hoặc một thời điểm của hồ sơ nằm ngoài phạm vi của lịch làm việc (lịch công vụ có các năm 1900–2199): cột acceptedAt "2199-12-20T09:00", cột workingDays "200"', 'the deadline or an instant of the dossier is outside the working calendar\'s range (1900–2199 for the civil-service calendar): column acceptedAt "2199-12-20T09:00", column workingDays "200"'],
  ['not a number', row(ACC, 'năm'), [], 'INVALID_NUMBER', 'cột workingDays "năm" không phải là một số', 'column workingDays "năm" is not a number'],
  ['not a number (map file)', 'Ngày nhận,Hình thức,Số ngày\n02/03/2026,online,ba\n', ['--columns', 'map.json'], 'INVALID_NUMBER', 'cột Số ngày "ba" không phải là một số', 'column Số ngày "ba" is not a number'],
  ['working days not positive', row(ACC, '0'), [], 'INVALID_ARGUMENT', 'cột workingDays "0" không phải là số nguyên dương ngày làm việc', 'column workingDays "0" is not a positive whole number of working days'],
  ['working hours not positive', row(ACC, '', '-1'), [], 'INVALID_ARGUMENT', 'cột workingHours "-1" không phải là số giờ làm việc dương', 'column workingHours "-1" is not a positive number of working hours'],
  ['both working days and hours', row(ACC, '3', '4'), [], 'INVALID_ARGUMENT', 'chỉ dùng cột workingDays "3" hoặc cột workingHours "4", không dùng cả hai', 'expected either column workingDays "3" or column workingHours "4", not both'],
  ['deadline and a period', row(ACC, '3', '', '2026-03-12'), [], 'INVALID_ARGUMENT', 'chỉ dùng cột deadline, hoặc cột acceptedAt cùng workingDays hay workingHours, không dùng cả hai', 'expected either column deadline, or column acceptedAt with workingDays or workingHours, not both'],
  ['deadline before acceptance', row(ACC, '', '', '2026-02-27'), [], 'INVALID_ARGUMENT', 'cột deadline "2026-02-27" trước cột acceptedAt "2026-03-02T09:00"', 'column deadline "2026-02-27" is before column acceptedAt "2026-03-02T09:00"'],
  ['completion before acceptance', row(ACC, '3', '', '', '2026-03-01T09:00'), [], 'INVALID_ARGUMENT', 'cột completedAt "2026-03-01T09:00" trước cột acceptedAt "2026-03-02T09:00"', 'column completedAt "2026-03-01T09:00" is before column acceptedAt "2026-03-02T09:00"'],
  ['no deadline', row('', ''), [], 'INVALID_ARGUMENT', 'thiếu hạn: cần cột deadline, hoặc cột acceptedAt cùng workingDays hay workingHours', 'missing the deadline: expected column deadline, or column acceptedAt with workingDays or workingHours'],
  ['no deadline (dvcqg)', 'MaHoSo,KenhThucHien,NgayTiepNhan,NgayHenTra\nA,2,,\n', [], 'INVALID_ARGUMENT', 'thiếu hạn: cần cột NgayHenTra, hoặc cột NgayTiepNhan cùng workingDays hay workingHours', 'missing the deadline: expected column NgayHenTra, or column NgayTiepNhan with workingDays or workingHours'],
  ['no period', row(ACC, ''), [], 'INVALID_ARGUMENT', 'cột acceptedAt "2026-03-02T09:00" cần thêm workingDays hoặc workingHours', 'column acceptedAt "2026-03-02T09:00" needs workingDays or workingHours as well'],
  ['no period (dvcqg)', 'MaHoSo,KenhThucHien,NgayTiepNhan\nA,2,20260302090000\n', [], 'INVALID_ARGUMENT', 'cột NgayTiepNhan "20260302090000" cần thêm workingDays hoặc workingHours', 'column NgayTiepNhan "20260302090000" needs workingDays or workingHours as well'],
  ['a yes/no column', `${H},digitized\nA,online,${ACC},3,,,,maybe\n`, [], 'INVALID_ARGUMENT', 'cột digitized "maybe" không phải là có hay không', 'column digitized "maybe" is not yes or no'],
  ['supplements not JSON', list('supplements', 'not json'), [], 'INVALID_ARGUMENT', 'cột supplements "not json" không phải là một mảng JSON như', 'column supplements "not json" is not a JSON array such as'],
  ['supplements not an array', list('supplements', '{"requestedAt":"2026-03-04T10:00"}'), [], 'INVALID_ARGUMENT', 'không phải là một mảng JSON như', 'is not a JSON array such as'],
  ['a supplement not an object', list('supplements', '[1]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 1, "1") không phải là một đối tượng', 'column supplements (item 1, "1") is not an object'],
  ['a supplement with an unknown key', list('supplements', '[{"asked":"2026-03-04T10:00"}]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 1, asked "2026-03-04T10:00") là khóa không dùng được; chỉ dùng requestedAt, completedAt', 'column supplements (item 1, asked "2026-03-04T10:00") is a key that is not read; expected requestedAt, completedAt'],
  ['a supplement without its request', list('supplements', '[{"completedAt":"2026-03-04T10:00"}]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 1, requestedAt) thiếu', 'column supplements (item 1, requestedAt) is missing'],
  ['a supplement before acceptance', list('supplements', '[{"requestedAt":"2026-03-01T10:00"}]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 1, requestedAt "2026-03-01T10:00") trước khi hồ sơ được tiếp nhận (cột acceptedAt "2026-03-02T09:00")', 'column supplements (item 1, requestedAt "2026-03-01T10:00") is before the dossier was accepted (column acceptedAt "2026-03-02T09:00")'],
  ['a supplement completed before its request', list('supplements', '[{"requestedAt":"2026-03-04T10:00","completedAt":"2026-03-03T10:00"}]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 1, completedAt "2026-03-03T10:00") trước requestedAt "2026-03-04T10:00"', 'column supplements (item 1, completedAt "2026-03-03T10:00") is before requestedAt "2026-03-04T10:00"'],
  ['overlapping supplements', list('supplements', '[{"requestedAt":"2026-03-03T09:00","completedAt":"2026-03-05T09:00"},{"requestedAt":"2026-03-04T09:00"}]'), [], 'INVALID_ARGUMENT', 'cột supplements (mục 2) được yêu cầu trước khi lần bổ sung trước hoàn thành', 'column supplements (item 2) was requested before the previous supplement was completed'],
  ['a supplement at an unreadable instant', list('supplements', '[{"requestedAt":"soon"}]'), [], 'INVALID_INSTANT', 'cột supplements (mục 1, requestedAt "soon") không phải là một thời điểm', 'column supplements (item 1, requestedAt "soon") is not an instant'],
  ['a pause ending before it starts', list('pauses', '[{"from":"2026-03-04T09:00","to":"2026-03-03T09:00"}]'), [], 'INVALID_ARGUMENT', 'cột pauses (mục 1) có to "2026-03-03T09:00" trước from "2026-03-04T09:00"', 'column pauses (item 1) has to "2026-03-03T09:00" before from "2026-03-04T09:00"'],
  ['a pause without its end', list('pauses', '[{"from":"2026-03-04T09:00"}]'), [], 'INVALID_ARGUMENT', 'cột pauses (mục 1) cần cả from và to', 'column pauses (item 1) needs both from and to'],
  ['an extension without its amount', list('extensions', '[{"reason":"Xác minh"}]'), [], 'INVALID_ARGUMENT', 'cột extensions (mục 1) cần đúng một trong workingDays, workingHours', 'column extensions (item 1) needs exactly one of workingDays, workingHours'],
  ['an extension without its reason', list('extensions', '[{"workingDays":2}]'), [], 'INVALID_ARGUMENT', 'cột extensions (mục 1, reason) thiếu lý do gia hạn', 'column extensions (item 1, reason) is missing the reason for the extension'],
  ['an extension of no days', list('extensions', '[{"workingDays":0,"reason":"x"}]'), [], 'INVALID_ARGUMENT', 'cột extensions (mục 1, workingDays "0") không phải là số nguyên dương ngày làm việc', 'column extensions (item 1, workingDays "0") is not a positive whole number of working days'],
  ['an NDJSON period', '{"channel":"online","acceptedAt":"2026-03-02T09:00","period":{"workingDays":1.5}}\n', [], 'INVALID_ARGUMENT', 'trường period (workingDays "1.5") không phải là số nguyên dương ngày làm việc', 'field period (workingDays "1.5") is not a positive whole number of working days'],
  ['an NDJSON period with an unknown key', '{"channel":"online","acceptedAt":"2026-03-02T09:00","period":{"days":1}}\n', [], 'INVALID_ARGUMENT', 'trường period có khóa "days" không dùng được; chỉ dùng workingDays, workingHours', 'field period has the key "days", which is not read; expected workingDays, workingHours'],
  ['an NDJSON period with neither amount', '{"channel":"online","acceptedAt":"2026-03-02T09:00","period":{}}\n', [], 'INVALID_ARGUMENT', 'trường period "{}" không phải là {"workingDays": n} hay {"workingHours": n}', 'field period "{}" is not {"workingDays": n} or {"workingHours": n}'],
  ['an NDJSON instant that is not text', '{"channel":"online","acceptedAt":{"a":1},"workingDays":2}\n', [], 'INVALID_INSTANT', 'trường acceptedAt "{\\"a\\":1}" không phải là một thời điểm', 'field acceptedAt "{\\"a\\":1}" is not an instant'],
  ['an NDJSON line that is not JSON', '{"channel":"online","deadline":"2026-03-12"}\nnope\n', [], 'INVALID_JSON', 'dòng không phải là JSON: "nope"', 'Expected a JSON object ('],
  ['an NDJSON line that is not an object', '{"channel":"online","deadline":"2026-03-12"}\n[1]\n', [], 'INVALID_ARGUMENT', 'dòng "[1]" không phải là một đối tượng JSON', 'Expected a JSON object { channel'],
  ['an NDJSON value nested too deep', `{"x":${'['.repeat(100)}${']'.repeat(100)}}\n`, [], 'INVALID_JSON', 'đối tượng JSON lồng sâu quá 64 mức', 'Expected a JSON object nested at most 64 levels deep'],
  ['an NDJSON line too long', `{"id":"${'x'.repeat(1 << 20)}"}\n`, ['--format', 'ndjson'], 'INVALID_JSON', 'dòng 1 dài quá 1,048,576 ký tự', 'Expected lines of at most 1,048,576 characters, got a longer one on line 1'],
  ['a CSV row of another width', 'id,channel,deadline\nA,online\n', [], 'INVALID_ROW', 'cần 3 trường như dòng tiêu đề, có 2', 'Expected 3 fields as in the header, got 2'],
  ['a quote that never closes', 'id,channel,deadline\n"A,online,2026-03-12\n', [], 'INVALID_CSV', 'thiếu dấu nháy đóng cho trường bắt đầu ở dòng 2', 'Expected a closing quote for the field that starts on line 2'],
  ['a stray quote joining lines', 'id,channel,deadline\nA,"online,2026-03-12\nB,online,2026-03-12\nC,online,2026-03-12"x,1\n', [], 'INVALID_CSV', 'trong một bản ghi trải từ dòng 2 đến 4 (dấu nháy lạc?)', 'in a record over lines 2–4 (a stray quote?)'],
  ['a CSV record too long', `id,channel,deadline\n${'x'.repeat((1 << 20) + 1)},online,2026-03-12\n`, [], 'INVALID_CSV', 'bản ghi CSV từ dòng 2 dài quá 1,048,576 ký tự', 'Expected CSV records of at most 1,048,576 characters, got a longer one from line 2'],
];

/** The error objects of a run written as NDJSON, each with its message in the run's language. */
async function errorsOf(input: string, args: string[], lang: string[]): Promise<Array<{ code: string; path: string; message: string; line: number }>> {
  const r = await runCli(['batch', '--now', NOW, '--output', 'ndjson', ...args, ...lang], { stdin: input, cwd: dir });
  expect(r.code, r.stderr).toBe(1);
  const language = lang.includes('en') ? 'en' : 'vi';
  return r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { error?: { code: string; path: string; message: { vi: string; en: string }; line: number } })
    .flatMap((o) => (o.error === undefined ? [] : [{ ...o.error, message: o.error.message[language] }]));
}

describe('every row error, in Vietnamese and in English', () => {
  test.each(KINDS)('%s', async (_name, input, args, code, vi, en) => {
    for (const [lang, piece, other] of [
      [[], vi, en],
      [['--lang', 'en'], en, vi],
    ] as const) {
      const errors = await errorsOf(input, args, [...lang]);
      expect(errors.length, JSON.stringify(errors)).toBeGreaterThan(0);
      const error = errors[0] as { code: string; message: string };
      expect(error.code).toBe(code);
      expect(error.message).toContain(piece);
      expect(error.message).not.toContain(other);
      expect(error.message).not.toMatch(/`/);
      expect(error.message).not.toMatch(/\b(path|details|undefined)\b|\bperiod\.\w/);
    }
  });

  test('the CSV error column: the code, the message and the line in the language of the run', async () => {
    const input = row('x', '3');
    const vi = await runCli(['batch', '--now', NOW], { stdin: input });
    expect(vi.stdout.split('\n')[1]).toBe('A,online,x,3,,,,,,,,,"INVALID_INSTANT: cột acceptedAt ""x"" không phải là một thời điểm: hãy viết như 2026-03-13T20:00, 13/03/2026 20:00 hoặc 20260313200000 (dòng 2)"');
    const en = await runCli(['batch', '--now', NOW, '--lang', 'en'], { stdin: input });
    expect(en.stdout.split('\n')[1]).toBe('A,online,x,3,,,,,,,,,"INVALID_INSTANT: column acceptedAt ""x"" is not an instant: write it like 2026-03-13T20:00, 13/03/2026 20:00 or 20260313200000 (line 2)"');
  });
});
