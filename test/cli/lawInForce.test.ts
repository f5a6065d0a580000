/**
 * The command line under the law in force (docs/domain.md §9, §11), as a clerk uses it, in Vietnamese
 * (default) and English: provisional answers say so and name the day and year; supplements
 * restart the period (or pause it with --method kpi766); violations are listed; a Saturday desk
 * does not shorten processing periods; batch keeps going past a bad supplement.
 */
import { describe, expect, test } from 'vitest';
import { ndjsonLines, runCli } from '../support/cli.js';

describe('provisional answers', () => {
  test('a 2027 intake: the warning names the provisional day off and the year, in both languages', async () => {
    const vi = await runCli(['intake', '05/02/2027 10:00']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Hạn tiếp nhận: Thứ Sáu, 12/02/2027 08:00');
    expect(vi.stdout).toContain('Cảnh báo: kết quả dựa trên lịch nghỉ tạm tính (năm 2027 chưa có thông báo chính thức)');
    expect(vi.stdout).toContain('Ngày tạm tính đã dùng: Thứ Sáu, 05/02/2027 (Tết Nguyên Đán (29 tháng Chạp, giao thừa))');
    expect(vi.stdout).toContain('Nộp ngoài giờ làm việc (Thứ Sáu, 05/02/2027 10:00 — ngày nghỉ Tết Nguyên Đán (29 tháng Chạp, giao thừa), theo lịch tạm tính năm 2027');
    const en = await runCli(['intake', '05/02/2027 10:00', '--lang', 'en']);
    expect(en.stdout).toContain('Warning: the result rests on a provisional schedule (2027 not announced yet)');
    expect(en.stdout).toContain('Provisional days used: Fri 05/02/2027');
    const json = JSON.parse((await runCli(['intake', '05/02/2027 10:00', '--json'])).stdout) as Record<string, unknown>;
    expect(json['provisional']).toBe(true);
  });

  test('a 2026 intake has no warning', async () => {
    const r = await runCli(['intake', '2026-03-10T09:00']);
    expect(r.stdout).not.toContain('Cảnh báo');
    expect(r.stdout).not.toContain('tạm tính');
  });

  test('schedule and holidays of a provisional year say why; ICS events are tentative', async () => {
    expect((await runCli(['schedule', '2027'])).stdout).toContain('Trạng thái: tạm tính (năm 2027 chưa có thông báo chính thức)');
    const past = await runCli(['schedule', '2005']);
    expect(past.stdout).toContain('Trạng thái: tạm tính (năm 2005 không có lịch chính thức trong dữ liệu của vn-worktime)');
    expect(past.stdout).not.toContain('chưa có thông báo');
    expect((await runCli(['schedule', '2005', '--lang', 'en'])).stdout).toContain("Status:    provisional (no official schedule of 2005 in vn-worktime's data)");
    expect((await runCli(['holidays', '2027'])).stdout).toContain('Tạm tính (năm 2027 chưa có thông báo chính thức)');
    expect((await runCli(['holidays', '2026'])).stdout).not.toContain('Tạm tính');
    const ics = (await runCli(['holidays', '2027', '--format', 'ics'])).stdout;
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).toContain('SUMMARY:Tết Dương lịch (tạm tính)');
    expect((await runCli(['schedule', '2027', '--format', 'ics', '--lang', 'en'])).stdout).toContain("(provisional)");
    const official = (await runCli(['holidays', '2026', '--format', 'ics'])).stdout;
    expect(official).not.toContain('TENTATIVE');
    expect(official).toContain('DTSTART;VALUE=DATE:20261124');
  });

  test('status across a provisional year warns', async () => {
    const r = await runCli(['status', '2027-03-01T17:00', '--now', '2027-02-01T09:00']);
    expect(r.stdout).toContain('Cảnh báo');
  });
});

describe('deadline: supplements, methods, violations, the Saturday desk', () => {
  test('restart under the law, pause under kpi766 (docs/domain.md §9 worked example)', async () => {
    const legal = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-04T10:00..2026-03-09T14:00']);
    expect(legal.stdout).toContain('Hạn giải quyết: Thứ Hai, 16/03/2026 17:00');
    expect(legal.stdout).toContain('tính lại từ đầu');
    const kpi = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-04T10:00..2026-03-09T14:00', '--method', 'kpi766', '--lang', 'en']);
    expect(kpi.stdout).toContain('Deadline: Fri 13/03/2026 17:00');
  });

  test('an outstanding supplement: no deadline, and the day the dossier is closed', async () => {
    const r = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-04T10:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('chưa có (đang chờ bổ sung hồ sơ)');
    expect(r.stdout).toContain('Thứ Năm, 19/03/2026');
    const json = JSON.parse((await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-04T10:00', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ deadline: null, dueDate: null, waiting: { closesOn: '2026-03-19' } });
  });

  test('violations are listed with their source', async () => {
    const r = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--extend', '2d@2026-03-09T08:00:Xác minh', '--extend', '1d@2026-03-09:Lấy ý kiến']);
    expect(r.stdout).toContain('Vi phạm:');
    expect(r.stdout).toContain('NĐ 118/2025/NĐ-CP, Điều 19 khoản 6');
    const en = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-06T09:00..2026-03-09T09:00', '--lang', 'en']);
    expect(en.stdout).toContain('Violations:');
    expect(en.stdout).toContain('after the 3 working days from the day of receipt');
  });

  test('a Saturday desk does not shorten a processing period: 15 working days → 23/03/2026 either way', async () => {
    const plain = await runCli(['deadline', '2026-03-02T09:00', '--days', '15']);
    const desk = await runCli(['deadline', '2026-03-02T09:00', '--days', '15', '--saturday', '07:30-11:30']);
    expect(plain.stdout).toContain('Hạn giải quyết: Thứ Hai, 23/03/2026 17:00');
    expect(desk.stdout).toContain('Hạn giải quyết: Thứ Hai, 23/03/2026 17:00');
    // The desk still receives dossiers on Saturday morning
    expect((await runCli(['intake', '2026-03-14T09:00', '--saturday', '07:30-11:30'])).stdout).toContain('trong giờ làm việc');
  });

  test('bad supplements and options: one line, the value the user typed', async () => {
    const r = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-09T10:00..2026-03-04T10:00', '--lang', 'en']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe(
      'vn-worktime: INVALID_ARGUMENT: --supplement "2026-03-09T10:00..2026-03-04T10:00" cannot be used (Expected --supplement "2026-03-09T10:00..2026-03-04T10:00" not before --supplement "2026-03-09T10:00..2026-03-04T10:00": a dossier is completed after the request to supplement it, got the request at "2026-03-09T10:00" and the completion at "2026-03-04T10:00")\n',
    );
    const vi = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-09T10:00..2026-03-04T10:00']);
    expect(vi.stderr).toMatch(/^vn-worktime: INVALID_ARGUMENT: --supplement "2026-03-09T10:00..2026-03-04T10:00" không dùng được/);
    expect((await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--extend', '2d:'])).stderr).toContain('Expected --extend "2d:" to be a non-empty reason');
    const overlap = await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--supplement', '2026-03-03T10:00..2026-03-06T10:00', '--supplement', '2026-03-04T10:00..2026-03-09T10:00']);
    expect(overlap.stderr).toContain('Expected --supplement "2026-03-04T10:00..2026-03-09T10:00" to be requested after --supplement "2026-03-03T10:00..2026-03-06T10:00" was completed');
    expect(overlap.stderr).not.toContain('supplements[');
    expect((await runCli(['deadline', '2026-03-02T09:00', '--days', '5', '--method', 'pause'])).stderr).toContain('--method "pause" không phải là legal hay kpi766');
    expect((await runCli(['intake', '2026-03-02T09:00', '--rules', 'hanoi', '--lang', 'en'])).stderr).toContain('--rules "hanoi" is not tay-ninh or national');
  });

  test('intake --rules national has no grace; --received moves the start', async () => {
    expect((await runCli(['intake', '2026-03-13T20:00', '--rules', 'national'])).stdout).toContain('Hạn tiếp nhận: Thứ Hai, 16/03/2026 17:00');
    expect((await runCli(['intake', '2026-03-13T16:00', '--received', '2026-03-13T16:30'])).stdout).toContain('Hạn tiếp nhận: Thứ Hai, 16/03/2026 16:30');
  });
});

describe('batch', () => {
  test('a bad supplement is an error row; a waiting dossier has no deadline; the run goes on', async () => {
    const input = [
      '{"id":"A","channel":"online","acceptedAt":"2026-03-02T09:00","workingDays":5,"supplements":[{"requestedAt":"2026-03-04T10:00","completedAt":"2026-03-09T14:00"}]}',
      '{"id":"B","channel":"online","acceptedAt":"2026-03-02T09:00","workingDays":5,"supplements":[{"requestedAt":"2026-03-09T10:00","completedAt":"2026-03-04T10:00"}]}',
      '{"id":"C","channel":"direct","acceptedAt":"2026-03-02T09:00","workingDays":5,"supplements":[{"requestedAt":"2026-03-04T10:00"}]}',
      '{"id":"D","channel":"postal","acceptedAt":"2027-02-01T09:00","workingDays":5}',
    ].join('\n');
    const r = await runCli(['batch', '--now', '2026-03-10T09:00'], { stdin: input });
    const out = ndjsonLines(r.stdout);
    expect(out[0]).toMatchObject({ id: 'A', dueDate: '2026-03-16', status: 'in-progress', provisional: false, violations: [] });
    expect(out[1]).toMatchObject({ id: 'B', error: { code: 'INVALID_ARGUMENT', line: 2 } });
    expect(out[2]).toMatchObject({ id: 'C', deadline: null, status: 'waiting', marginHours: null });
    expect(out[3]).toMatchObject({ id: 'D', provisional: true });
    expect(out[4]).toMatchObject({ summary: { rows: 4, total: 3, invalid: 1, provisional: 1, waiting: 1 } });
    const kpi = await runCli(['batch', '--now', '2026-03-10T09:00', '--method', 'kpi766'], { stdin: input });
    expect(JSON.parse(kpi.stdout.split('\n')[0] ?? '')).toMatchObject({ id: 'A', dueDate: '2026-03-13' });
    const csv = await runCli(['batch', '--now', '2026-03-10T09:00', '--output', 'csv'], { stdin: input });
    expect(csv.stderr).toContain('Cảnh báo: 1 hồ sơ tính theo lịch nghỉ tạm tính');
    expect(csv.stderr).toContain('chờ bổ sung 1');
  });

  test('supplements as JSON text in a CSV cell', async () => {
    const csv = 'id,channel,acceptedAt,workingDays,supplements\nA,online,2026-03-02T09:00,5,"[{""requestedAt"":""2026-03-04T10:00"",""completedAt"":""2026-03-09T14:00""}]"\nB,online,2026-03-02T09:00,5,not json\n';
    const r = await runCli(['batch', '--now', '2026-03-10T09:00'], { stdin: csv });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toContain('2026-03-16,in-progress');
    expect(lines[2]).toContain('INVALID_ARGUMENT: cột supplements ""not json"" không phải là một mảng JSON như');
    const en = await runCli(['batch', '--now', '2026-03-10T09:00', '--lang', 'en'], { stdin: csv });
    expect(en.stdout.trimEnd().split('\n')[2]).toContain('INVALID_ARGUMENT: column supplements ""not json"" is not a JSON array such as');
  });
});
