/**
 * The example scripts of the command line and of each topic (lunar calendar, Vietnamese
 * calendar, intake, processing and SLA, a CSV register, a small command of your own) run here,
 * against the sources, and their output is checked.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { printedBy } from './support/examples.js';

afterEach(() => vi.restoreAllMocks());

describe('examples', () => {
  test('lunar.mjs: Tết, Giỗ Tổ Hùng Vương, a leap month, Tết 1985', async () => {
    const out = await printedBy('examples/lunar.mjs');
    expect(out).toContain('Tết 2025: 2025-01-29 (leap month 6)');
    expect(out).toContain('Tết 2026: 2026-02-17');
    expect(out).toContain('Giỗ Tổ Hùng Vương 2026: 2026-04-26');
    expect(out).toContain('2020-05-23 in the lunar calendar: 1/4 (nhuận)/2020');
    expect(out).toContain('Tết 1985 in Vietnam: 1985-01-21');
  });

  test('vietnam-calendar.mjs: holidays, schedules, the civil-service calendar, a supplied year', async () => {
    const out = await printedBy('examples/vietnam-calendar.mjs');
    expect(out).toContain('Tết Bính Ngọ 2026: 2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20');
    expect(out).toContain('Schedule 2026: official; worked Saturdays: 2026-01-10, 2026-08-22');
    expect(out).toContain('Thông báo 9441/TB-BNV');
    expect(out).toContain('Schedule 2027: provisional');
    expect(out).toContain('Next working day after 29/04/2025: 2025-05-05');
    expect(out).toContain('Saturday 26/04/2025 is a working day: true');
    expect(out).toContain('2027-02-10 with the supplied schedule is a working day: false');
  });

  test('intake.mjs: the worked examples of the 8-hour rule', async () => {
    const out = await printedBy('examples/intake.mjs');
    expect(out).toContain('Tuesday 09:00 (working hours): clock starts 2026-03-10T09:00:00.000+07:00, deadline 2026-03-11T09:00:00.000+07:00');
    expect(out).toContain('Friday 20:00 (off hours): clock starts 2026-03-16T08:00:00.000+07:00, deadline 2026-03-17T08:00:00.000+07:00');
    expect(out).toContain('Friday 20:00, grace 0: clock starts 2026-03-16T07:00:00.000+07:00, deadline 2026-03-16T17:00:00.000+07:00');
    expect(out).toContain('Friday 16:45 before Tết: clock starts 2026-02-13T16:45:00.000+07:00, deadline 2026-02-23T16:45:00.000+07:00');
    expect(out).toContain('(QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10)');
  });

  test('law-in-force.mjs: the law and the dashboard on one supplemented dossier; Tây Ninh and national rules; a provisional year', async () => {
    const out = await printedBy('examples/law-in-force.mjs');
    expect(out).toContain('Tiếp nhận (tay-ninh): hạn 2026-03-17T08:00:00.000+07:00');
    expect(out).toContain('Tiếp nhận (national): hạn 2026-03-16T17:00:00.000+07:00');
    expect(out).toContain('[NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c]');
    expect(out).toContain('[QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10]');
    expect(out).toContain('Giải quyết (legal): hạn 2026-03-16');
    expect(out).toContain('Giải quyết (kpi766): hạn 2026-03-13');
    expect(out).toContain('Đang chờ bổ sung: hạn null, đóng hồ sơ sau ngày 2026-03-19');
    expect(out).toContain('Vi phạm REPEATED_EXTENSION');
    expect(out).toContain('Vi phạm EXTENSION_NOTICE_LATE');
    expect(out).toContain('05/02/2027: hạn 2027-02-12T08:00:00.000+07:00, tạm tính: true');
  });

  test('processing-and-sla.mjs: deadlines, pauses, extensions, statuses, a report', async () => {
    const out = await printedBy('examples/processing-and-sla.mjs');
    expect(out).toContain('5 working days from 13/02/2026 16:30: 2026-02-27T17:00:00.000+07:00 (due 2026-02-27)');
    expect(out).toContain('3 working days, paused 2 days, extended 2 days: due 2026-03-11');
    expect(out).toContain('- Extended by 2 working days (reason: Xác minh thực địa)');
    expect(out).toContain('completed 2026-02-26T17:00: early (margin 480 working minutes)');
    expect(out).toContain('completed 2026-02-27T16:59: on-time (margin 1 working minutes)');
    expect(out).toContain('completed 2026-03-02T08:00: late (margin -60 working minutes)');
    expect(out).toContain('not completed on 2026-03-02T08:00: overdue');
    expect(out).toContain('late rate 0.333, on-time rate 0.667');
  });

  test('batch-csv.mjs: examples/dossiers.csv summarized in constant memory', async () => {
    const out = await printedBy('examples/batch-csv.mjs');
    expect(out).toContain('Dossiers: 9 valid, 1 invalid');
    expect(out).toContain('By status: early 1, on-time 2, late 2, in-progress 2, overdue 2');
    expect(out).toContain('By channel: online 4 (late 1), direct 3 (late 2), postal 2 (late 1)');
    expect(out).toContain('Late rate: 57.1 %, on-time rate: 42.9 %');
    expect(out).toContain('Invalid row 8 (HS-2026-0008): INVALID_ARGUMENT');
  });

  test('cli.mjs: prints nothing when imported; main(argv) prints the intake deadline', async () => {
    expect(await printedBy('examples/cli.mjs')).toBe('');
    let status: unknown;
    const out = await printedBy('examples/cli.mjs', (mod) => {
      status = (mod['main'] as (argv: string[]) => number)(['2026-03-13T20:00']);
    });
    expect(status).toBe(0);
    expect(out).toBe('Nộp lúc:       Thứ Sáu, 13/03/2026 20:00 (ngoài giờ làm việc)\nHạn tiếp nhận: Thứ Ba, 17/03/2026 08:00');
  });

  test('cli.mjs: bad input gives the error code on stderr and status 1', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    });
    let status: unknown;
    await printedBy('examples/cli.mjs', (mod) => {
      status = (mod['main'] as (argv: string[]) => number)(['yesterday']);
    });
    spy.mockRestore();
    expect(status).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^cli\.mjs: INVALID_INSTANT: Expected/);
  });
});
