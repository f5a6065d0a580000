/**
 * The law in force since 01/07/2025 (docs/domain.md §9, reference/legal-2025.md): NĐ 118/2025/NĐ-CP
 * beside the Tây Ninh rules of QĐ 35/2022, the two ways of counting a period (the law and the
 * QĐ 766 dashboards), the violations of the procedure, and answers that say when they rest on a
 * provisional schedule. Every expected value below is computed by hand on the civil-service
 * calendar (Mon–Fri 07:00–11:30, 13:30–17:00; 2026 official: Thông báo 9441/TB-BNV).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { intakeDeadline } from '../../src/tthc/intake/intakeDeadline.js';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import type { Supplement } from '../../src/tthc/processing/processingDeadline.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { civilServiceCalendar, officialSchedule } from '../../src/vietnam/index.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const iso = (dt: { toISO(): string | null } | null): string | null => (dt === null ? null : dt.toISO());

// 5 working days from Monday 02/03/2026 09:00: due Monday 09/03/2026 17:00.
const ACCEPTED = '2026-03-02T09:00';
const FIVE = { workingDays: 5 };

describe('supplementation (NĐ 118/2025/NĐ-CP, Điều 19 khoản 5)', () => {
  const supplements: Supplement[] = [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }];

  test('legal: the period restarts in full from the complete dossier → Mon 16/03/2026 17:00', () => {
    const r = processingDeadline(ACCEPTED, FIVE, { supplements });
    expect(iso(r.deadline)).toBe('2026-03-16T17:00:00.000+07:00');
    expect(r.dueDate).toBe('2026-03-16');
    expect(r.violations).toEqual([]);
    expect(r.provisional).toBe(false);
    const restart = r.basis.find((b) => b.code === 'SUPPLEMENT_RESTART');
    expect(restart?.source).toContain('NĐ 118/2025/NĐ-CP, Điều 19 khoản 5');
    expect(restart?.vi).toContain('tính lại từ đầu');
  });

  test('kpi766: the 26 working hours of waiting are a pause → Fri 13/03/2026 17:00', () => {
    const r = processingDeadline(ACCEPTED, FIVE, { supplements, method: 'kpi766' });
    expect(iso(r.deadline)).toBe('2026-03-13T17:00:00.000+07:00');
    const pause = r.basis.find((b) => b.code === 'PAUSE');
    expect(pause?.vi).toContain('26 giờ');
    expect(r.basis.find((b) => b.code === 'SUPPLEMENT_PAUSE_KPI766')?.source).toContain('766');
  });

  test('an outstanding supplement: no legal deadline; closed after 15 days (19/03 is the 15th day after 04/03)', () => {
    const outstanding = [{ requestedAt: '2026-03-04T10:00' }];
    const r = processingDeadline(ACCEPTED, FIVE, { supplements: outstanding });
    expect(r.deadline).toBeNull();
    expect(r.dueDate).toBeNull();
    expect(iso(r.waiting?.since ?? null)).toBe('2026-03-04T10:00:00.000+07:00');
    expect(r.waiting?.closesOn).toBe('2026-03-19');
    expect(r.basis.map((b) => b.code)).toEqual(['WAITING_FOR_SUPPLEMENT']);
    expect(r.basis[0]?.source).toContain('Điều 19 khoản 5');
    // The dashboards judge it at the request: the appointment stays.
    const kpi = processingDeadline(ACCEPTED, FIVE, { supplements: outstanding, method: 'kpi766' });
    expect(iso(kpi.deadline)).toBe('2026-03-09T17:00:00.000+07:00');
    expect(kpi.waiting?.closesOn).toBe('2026-03-19');
  });

  test('the return notice: by the end of the 3rd working day after the day of receipt (Thu 05/03 17:00)', () => {
    const at = (requestedAt: string) =>
      processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt, completedAt: '2026-03-10T09:00' }] }).violations.map((v) => v.code);
    expect(at('2026-03-05T17:00')).toEqual([]);
    expect(at('2026-03-06T09:00')).toEqual(['SUPPLEMENT_NOTICE_LATE']);
    const v = processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt: '2026-03-06T09:00', completedAt: '2026-03-10T09:00' }] }).violations[0];
    expect(v?.source).toContain('NĐ 118/2025/NĐ-CP, Điều 19 khoản 5');
    expect(v?.vi).toContain('Thứ Năm, 05/03/2026 17:00');
    expect(v?.en).toContain('Thu 05/03/2026 17:00');
  });

  test('a second request to supplement is a violation (Điều 11 khoản 2 điểm c), and the period restarts from the last one', () => {
    const r = processingDeadline(ACCEPTED, FIVE, {
      supplements: [
        { requestedAt: '2026-03-03T09:00', completedAt: '2026-03-04T09:00' },
        { requestedAt: '2026-03-05T09:00', completedAt: '2026-03-06T09:00' },
      ],
    });
    expect(r.violations.map((v) => v.code)).toEqual(['REPEATED_SUPPLEMENT']);
    expect(r.violations[0]?.source).toContain('Điều 11 khoản 2 điểm c');
    expect(r.dueDate).toBe('2026-03-13'); // 5 working days after Friday 06/03
  });

  test('before 01/07/2025 (NĐ 61/2018) the library models a supplement as a pause, and says so', () => {
    // Monday 03/03/2025, 5 working days → Monday 10/03/2025; waiting Wed 05/03 10:00 – Mon 10/03 14:00 (26 h)
    const r = processingDeadline('2025-03-03T09:00', FIVE, { supplements: [{ requestedAt: '2025-03-05T10:00', completedAt: '2025-03-10T14:00' }] });
    expect(r.dueDate).toBe('2025-03-14');
    const pause = r.basis.find((b) => b.code === 'SUPPLEMENT_PAUSE');
    expect(pause?.source).toContain('NĐ 61/2018/NĐ-CP');
    expect(pause?.vi).toContain('mô hình của vn-worktime');
    expect(r.violations).toEqual([]);
  });
});

describe('extensions (NĐ 118/2025/NĐ-CP, Điều 19 khoản 6)', () => {
  test('requested the day before the due date is in time; on the due date it is late', () => {
    const on = (requestedAt: string) => processingDeadline(ACCEPTED, FIVE, { extensions: [{ workingDays: 2, reason: 'Xác minh', requestedAt }] });
    expect(on('2026-03-08T10:00').violations).toEqual([]);
    const late = on('2026-03-09T08:00');
    expect(late.violations.map((v) => v.code)).toEqual(['EXTENSION_NOTICE_LATE']);
    expect(late.violations[0]?.vi).toContain('08/03/2026');
    expect(late.dueDate).toBe('2026-03-11'); // the extension still moves the appointment
  });

  test('a second extension is a violation whatever its date', () => {
    const r = processingDeadline(ACCEPTED, FIVE, {
      extensions: [
        { workingDays: 2, reason: 'Xác minh', requestedAt: '2026-03-05T10:00' },
        { workingDays: 1, reason: 'Lấy ý kiến', requestedAt: '2026-03-06T10:00' },
      ],
    });
    expect(r.violations.map((v) => v.code)).toEqual(['REPEATED_EXTENSION']);
    expect(r.violations[0]?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 19 khoản 6');
    expect(r.dueDate).toBe('2026-03-12');
  });

  test('the lead is checked against the due date each extension moves', () => {
    // base due Mon 09/03; the first extension (+2) moves it to Wed 11/03; the second is requested Tue 10/03: in time for 11/03
    const r = processingDeadline(ACCEPTED, FIVE, {
      extensions: [
        { workingDays: 2, reason: 'a', requestedAt: '2026-03-06T10:00' },
        { workingDays: 1, reason: 'b', requestedAt: '2026-03-10T10:00' },
      ],
    });
    expect(r.violations.map((v) => v.code)).toEqual(['REPEATED_EXTENSION']);
  });
});

describe('bad input: a WorktimeError with a code and a path', () => {
  const err = (f: () => unknown): WorktimeError => thrown(f) as WorktimeError;
  test('a supplement completed before it was requested', () => {
    const e = err(() => processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-03T10:00' }] }));
    expect(e).toBeInstanceOf(WorktimeError);
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toBe('supplements[0].completedAt');
  });
  test('overlapping supplements, or one after an outstanding one', () => {
    const overlap = err(() =>
      processingDeadline(ACCEPTED, FIVE, {
        supplements: [
          { requestedAt: '2026-03-03T09:00', completedAt: '2026-03-05T09:00' },
          { requestedAt: '2026-03-04T09:00', completedAt: '2026-03-06T09:00' },
        ],
      }),
    );
    expect([overlap.code, overlap.path]).toEqual(['INVALID_ARGUMENT', 'supplements[1]']);
    const afterOutstanding = err(() => processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt: '2026-03-03T09:00' }, { requestedAt: '2026-03-05T09:00', completedAt: '2026-03-06T09:00' }] }));
    expect([afterOutstanding.code, afterOutstanding.path]).toEqual(['INVALID_ARGUMENT', 'supplements[1]']);
    expect(afterOutstanding.message).toContain('only the last may be outstanding');
    // Given in any order, they are read in the order they happened
    const unordered = processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt: '2026-03-05T09:00' }, { requestedAt: '2026-03-03T09:00', completedAt: '2026-03-04T09:00' }] });
    expect(unordered.waiting?.closesOn).toBe('2026-03-20');
  });
  test('a supplement requested before acceptance, an extension without a reason, an unknown method or rule set', () => {
    expect(err(() => processingDeadline(ACCEPTED, FIVE, { supplements: [{ requestedAt: '2026-03-01T09:00' }] })).path).toBe('supplements[0].requestedAt');
    const noReason = err(() => processingDeadline(ACCEPTED, FIVE, { extensions: [{ workingDays: 1, reason: ' ' }] }));
    expect([noReason.code, noReason.path]).toEqual(['INVALID_ARGUMENT', 'extensions[0].reason']);
    expect(err(() => processingDeadline(ACCEPTED, FIVE, { method: 'pause' as never })).path).toBe('method');
    expect(err(() => processingDeadline(ACCEPTED, FIVE, { rules: 'hanoi' as never })).path).toBe('rules');
    expect(err(() => intakeDeadline(ACCEPTED, { rules: 'hanoi' as never })).message).toBe("Expected `rules` to be 'tay-ninh' or 'national', got \"hanoi\"");
    expect(err(() => intakeDeadline(ACCEPTED, { receivedAt: '2026-03-02T08:00' })).path).toBe('receivedAt');
    expect(err(() => intakeDeadline(ACCEPTED, { limitSource: 'Luật X' })).path).toBe('limit');
  });
});

describe('intake under the law in force (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2)', () => {
  test('the Tây Ninh grace (QĐ 35/2022) against the national rules', () => {
    const tn = intakeDeadline('2026-03-13T20:00');
    const nat = intakeDeadline('2026-03-13T20:00', { rules: 'national' });
    expect([iso(tn.clockStart), iso(tn.deadline)]).toEqual(['2026-03-16T08:00:00.000+07:00', '2026-03-17T08:00:00.000+07:00']);
    expect([iso(nat.clockStart), iso(nat.deadline)]).toEqual(['2026-03-16T07:00:00.000+07:00', '2026-03-16T17:00:00.000+07:00']);
    expect(nat.basis.find((b) => b.code === 'OFF_HOURS_NEXT_WORKING_TIME')?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c');
    expect(tn.basis[0]?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c');
  });

  test('before 01/07/2025 the 8 hours rest on NĐ 45/2020 and NĐ 61/2018; there is no 2-hour alert', () => {
    const r = intakeDeadline('2025-06-20T09:00');
    expect(r.basis[0]?.source).toContain('NĐ 45/2020/NĐ-CP, Điều 11');
    expect(r.alertBy).toBeNull();
    // The clock starts on 01/07/2025: the new decree
    expect(intakeDeadline('2025-06-30T20:00').basis[0]?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c');
  });

  test('the limit counts from the receipt by the TTHC system; the 2-hour alert', () => {
    const r = intakeDeadline('2026-03-13T16:00', { receivedAt: '2026-03-13T16:30' });
    expect(iso(r.deadline)).toBe('2026-03-16T16:30:00.000+07:00');
    expect(iso(r.alertBy)).toBe('2026-03-13T18:00:00.000+07:00');
    expect(r.basis.map((b) => b.code)).toEqual(['INTAKE_LIMIT', 'RECEIVED_AT', 'WITHIN_WORKING_HOURS', 'INTAKE_DEADLINE']);
    const late = intakeDeadline('2026-03-13T20:00', { receivedAt: '2026-03-13T23:00' });
    expect(late.basis.find((b) => b.code === 'RECEIPT_ALERT_LATE')?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 17 khoản 2');
  });

  test('a limit set by sector law is cited beside the decree', () => {
    const r = intakeDeadline('2026-03-10T09:00', { limit: { hours: 4 }, limitSource: 'Luật Đất đai 2024, Điều 1' });
    expect(iso(r.deadline)).toBe('2026-03-10T15:00:00.000+07:00');
    const sector = r.basis.find((b) => b.code === 'SECTOR_LIMIT');
    expect(sector?.source).toContain('Luật Đất đai 2024, Điều 1');
    expect(sector?.source).toContain('pháp luật chuyên ngành');
  });

  test('a 2027 intake is provisional, a 2026 one is not; the off-hours reason names the provisional day off', () => {
    const r = intakeDeadline('2027-02-05T10:00');
    expect(r.provisional).toBe(true);
    expect(r.offHours).toBe(true);
    const off = r.basis.find((b) => b.code === 'OFF_HOURS_GRACE');
    expect(off?.vi).toContain('Tết Nguyên Đán');
    expect(off?.vi).toContain('lịch tạm tính năm 2027');
    expect(r.basis.at(-1)?.code).toBe('PROVISIONAL_SCHEDULE');
    expect(intakeDeadline('2026-03-10T09:00').provisional).toBe(false);
    // A deadline that crosses into 2027 rests on it too
    expect(intakeDeadline('2026-12-31T16:00').provisional).toBe(true);
  });

  test('a named day off in an official year is named, without the provisional words', () => {
    const r = intakeDeadline('2026-04-30T10:00');
    const off = r.basis.find((b) => b.code === 'OFF_HOURS_GRACE');
    expect(off?.vi).toContain('ngày nghỉ Ngày Chiến thắng');
    expect(off?.vi).not.toContain('tạm tính');
  });
});

describe('opening hours are not working days (docs/domain.md §11)', () => {
  test('a user calendar is used as given; no provisional years on it', () => {
    const desk = civilServiceCalendar({ saturday: [['07:30', '11:30']] });
    // The library takes the calendar it is given; the command line leaves the desk out of processing periods.
    expect(processingDeadline(ACCEPTED, { workingDays: 15 }).dueDate).toBe('2026-03-23');
    expect(processingDeadline(ACCEPTED, { workingDays: 15 }, { calendar: desk }).dueDate).toBe('2026-03-19'); // Saturdays 07, 14 counted
    expect(intakeDeadline('2027-02-05T10:00', { calendar: desk }).provisional).toBe(true);
    expect(intakeDeadline('2027-02-05T10:00', { calendar: desk.extend({ holidays: ['2027-03-01'] }) }).provisional).toBe(true);
  });
});

describe('properties', () => {
  const civil = civilServiceCalendar();
  /** Instants in 2025-07 – 2026-10 on a quarter-hour grid. */
  const instantArb = fc
    .integer({ min: daysFromCivil(2025, 7, 1) * 96, max: daysFromCivil(2026, 10, 1) * 96 })
    .map((q) => q * 900_000 - 7 * 3_600_000);
  const periodArb = fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((n) => ({ workingDays: n })),
    fc.integer({ min: 1, max: 200 }).map((q) => ({ workingHours: q / 4 })),
  );
  const gapArb = fc.integer({ min: 0, max: 40 * 96 }).map((q) => q * 900_000);

  test('the legal deadline after a supplement is never earlier than the kpi766 one', () => {
    fc.assert(
      fc.property(instantArb, periodArb, gapArb, gapArb, (accepted, period, toRequest, waiting) => {
        const supplements = [{ requestedAt: accepted + toRequest, completedAt: accepted + toRequest + waiting }];
        const legal = processingDeadline(accepted, period, { supplements, calendar: civil });
        const kpi = processingDeadline(accepted, period, { supplements, method: 'kpi766', calendar: civil });
        expect(legal.deadline!.toMillis()).toBeGreaterThanOrEqual(kpi.deadline!.toMillis());
      }),
      RUNS,
    );
  });

  test('without supplements or extensions: one deadline under both methods and both rule sets', () => {
    fc.assert(
      fc.property(instantArb, periodArb, (accepted, period) => {
        const base = processingDeadline(accepted, period, { calendar: civil });
        for (const method of ['legal', 'kpi766'] as const) {
          for (const rules of ['tay-ninh', 'national'] as const) {
            const r = processingDeadline(accepted, period, { calendar: civil, method, rules });
            expect(r.deadline!.toMillis()).toBe(base.deadline!.toMillis());
            expect(r.violations).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  test('the intake deadlines of both rule sets differ only by the grace', () => {
    fc.assert(
      fc.property(instantArb, (t) => {
        const tn = intakeDeadline(t, { calendar: civil });
        const nat = intakeDeadline(t, { calendar: civil, rules: 'national' });
        const explicit = intakeDeadline(t, { calendar: civil, rules: 'national', offHoursGrace: { hours: 1 } });
        expect(explicit.deadline.toMillis()).toBe(tn.deadline.toMillis());
        if (!tn.offHours) expect(nat.deadline.toMillis()).toBe(tn.deadline.toMillis());
        else expect(civil.workingTimeBetween(nat.deadline, tn.deadline).toMillis()).toBe(3_600_000);
      }),
      RUNS,
    );
  });

  test('provisional is true exactly when a day used lies in a year whose schedule is not official', () => {
    const anyYearArb = fc
      .integer({ min: daysFromCivil(2005, 1, 1) * 96, max: daysFromCivil(2030, 12, 1) * 96 })
      .map((q) => q * 900_000 - 7 * 3_600_000);
    const status = new Map<number, string>();
    const official = (y: number): boolean => {
      if (!status.has(y)) status.set(y, officialSchedule(y).status);
      return status.get(y) === 'official';
    };
    fc.assert(
      fc.property(anyYearArb, fc.integer({ min: 1, max: 60 }), (t, days) => {
        const intake = intakeDeadline(t, { calendar: civil });
        const years = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
        expect(intake.provisional).toBe(years(intake.submittedAt.year, intake.deadline.year).some((y) => !official(y)));
        const p = processingDeadline(t, { workingDays: days }, { calendar: civil });
        expect(p.provisional).toBe(years(intake.submittedAt.year, p.deadline!.year).some((y) => !official(y)));
      }),
      RUNS,
    );
  });
});

describe('summaries count the dossiers that rest on a provisional schedule', () => {
  test('a dossier due in 2027 counts; one settled in 2026 does not', async () => {
    const { summarize } = await import('../../src/tthc/report/summarize.js');
    const s = await summarize(
      [
        { channel: 'online', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 }, completedAt: '2026-03-06T09:00' },
        { channel: 'direct', acceptedAt: '2026-12-28T09:00', period: { workingDays: 10 } },
      ],
      { now: '2027-01-05T09:00' },
    );
    expect(s.total).toBe(2);
    expect(s.provisional).toBe(1);
  });
});

describe('every basis cites the text in force on its day', () => {
  test('an extension cites NĐ 118/2025 Điều 19 khoản 6 from 01/07/2025, and no decree before', () => {
    const now = processingDeadline(ACCEPTED, FIVE, { extensions: [{ workingDays: 2, reason: 'Xác minh' }] });
    expect(now.basis.find((b) => b.code === 'EXTENSION_WORKING_DAYS')?.source).toBe('NĐ 118/2025/NĐ-CP, Điều 19 khoản 6');
    const before = processingDeadline('2025-03-03T09:00', FIVE, { extensions: [{ workingDays: 2, reason: 'Xác minh' }] });
    expect(before.basis.find((b) => b.code === 'EXTENSION_WORKING_DAYS')?.source).toBeUndefined();
  });
});

describe('a past year outside the data is not "not announced yet"', () => {
  test('the off-hours reason of a day off in 2005 says the schedule is not in the data', () => {
    const r = intakeDeadline('2005-01-03T10:00'); // nghỉ bù Tết Dương lịch (thứ Bảy 01/01/2005)
    // Before QĐ 35/2022 the Tây Ninh grace is not in force: the clock starts at the next working time
    const off = r.basis.find((b) => b.code === 'OFF_HOURS_NEXT_WORKING_TIME');
    expect(off?.vi).toContain('theo lịch tạm tính năm 2005 (không có lịch chính thức trong dữ liệu)');
    expect(off?.en).toContain('from the provisional schedule of 2005 (no official schedule in the data)');
    expect(off?.vi).not.toContain('chưa có thông báo');
  });
});
