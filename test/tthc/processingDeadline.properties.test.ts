/**
 * Properties of processingDeadline, on the 2025–2026 civil-service calendar and on random
 * calendars in random zones (with daylight saving, ranges ending at 24:00, short days): the
 * deadline grows with the period, pauses and extensions never bring it forward, the due date is
 * a working day and the day of the deadline, and without adjustments the period is exactly the
 * working days or working time between acceptance and deadline.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import type { Extension, Pause } from '../../src/tthc/processing/processingDeadline.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { epochArb, specArb } from '../support/arbitraries/calendar.js';
import { civil20252026 } from '../fixtures/civil-2025-2026.js';
import { orSkip } from '../support/arbitraries/outcomes.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
const civil = civil20252026;

type Period = { workingDays: number } | { workingHours: number };

/** Instants in 2025–2026 on a minute grid, with some exact quarter hours. */
const acceptedArb = fc.oneof(
  fc.integer({ min: daysFromCivil(2025, 1, 1) * 1440, max: daysFromCivil(2026, 11, 1) * 1440 }).map((m) => m * 60_000 - 7 * 3_600_000),
  fc.integer({ min: daysFromCivil(2025, 1, 1) * 96, max: daysFromCivil(2026, 11, 1) * 96 }).map((q) => q * 900_000 - 7 * 3_600_000),
);
const daysArb = fc.integer({ min: 1, max: 60 });
const hoursArb = fc.integer({ min: 1, max: 400 * 4 }).map((q) => q / 4);
const periodArb: fc.Arbitrary<Period> = fc.oneof(daysArb.map((n) => ({ workingDays: n })), hoursArb.map((h) => ({ workingHours: h })));
/** Pauses around the acceptance: offsets from it (possibly before it) and lengths, in minutes. */
const pauseOffsetsArb = fc.array(
  fc.record({ start: fc.integer({ min: -3 * 1440, max: 60 * 1440 }), length: fc.integer({ min: 0, max: 10 * 1440 }) }),
  { maxLength: 4 },
);
const extensionsArb: fc.Arbitrary<Extension[]> = fc.array(
  fc.oneof(
    fc.integer({ min: 1, max: 10 }).map((n) => ({ workingDays: n, reason: 'Lấy ý kiến cơ quan liên quan' })),
    fc.integer({ min: 1, max: 160 }).map((q) => ({ workingHours: q / 4, reason: 'Xác minh thực địa' })),
  ),
  { maxLength: 3 },
);

const pausesAt = (t: number, offsets: Array<{ start: number; length: number }>): Pause[] =>
  offsets.map(({ start, length }) => ({ from: t + start * 60_000, to: t + (start + length) * 60_000 }));


const at = (r: { deadline: DateTime | null }): number => r.deadline!.toMillis();

describe('on the 2025–2026 civil-service calendar', () => {
  test('the deadline grows with the period', () => {
    fc.assert(
      fc.property(acceptedArb, daysArb, daysArb, hoursArb, hoursArb, (t, a, b, h1, h2) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dLo = at(processingDeadline(t, { workingDays: lo }, { calendar: civil }));
        const dHi = at(processingDeadline(t, { workingDays: hi }, { calendar: civil }));
        if (lo < hi) expect(dLo).toBeLessThan(dHi);
        else expect(dLo).toBe(dHi);
        const [hLo, hHi] = h1 <= h2 ? [h1, h2] : [h2, h1];
        expect(at(processingDeadline(t, { workingHours: hLo }, { calendar: civil }))).toBeLessThanOrEqual(
          at(processingDeadline(t, { workingHours: hHi }, { calendar: civil })),
        );
      }),
      RUNS,
    );
  });

  test('pauses and extensions never bring the deadline forward, and each added pause only pushes it back', () => {
    fc.assert(
      fc.property(acceptedArb, periodArb, pauseOffsetsArb, extensionsArb, (t, period, offsets, extensions) => {
        const pauses = pausesAt(t, offsets);
        const plain = at(processingDeadline(t, period, { calendar: civil }));
        const extended = at(processingDeadline(t, period, { calendar: civil, extensions }));
        const paused = at(processingDeadline(t, period, { calendar: civil, pauses }));
        const both = at(processingDeadline(t, period, { calendar: civil, extensions, pauses }));
        expect(extended).toBeGreaterThanOrEqual(plain);
        expect(paused).toBeGreaterThanOrEqual(plain);
        expect(both).toBeGreaterThanOrEqual(extended);
        let previous = extended;
        for (let i = 1; i <= pauses.length; i++) {
          const d = at(processingDeadline(t, period, { calendar: civil, extensions, pauses: pauses.slice(0, i) }));
          expect(d).toBeGreaterThanOrEqual(previous);
          previous = d;
        }
        if (extensions.length > 0) expect(extended).toBeGreaterThan(plain);
      }),
      RUNS,
    );
  });

  test('the due date is a working day, the day of the deadline; a period in days ends at 17:00', () => {
    fc.assert(
      fc.property(acceptedArb, periodArb, pauseOffsetsArb, extensionsArb, (t, period, offsets, extensions) => {
        const r = processingDeadline(t, period, { calendar: civil, extensions, pauses: pausesAt(t, offsets) });
        expect(civil.isWorkingDay(r.dueDate!)).toBe(true);
        expect(r.deadline!.toISODate()).toBe(r.dueDate);
        expect(r.deadline!.toMillis()).toBeGreaterThan(t);
        expect(civil.isWorkingTime(r.deadline!.toMillis() - 1)).toBe(true);
        if ('workingDays' in period) expect(r.deadline!.toFormat('HH:mm:ss.SSS')).toBe('17:00:00.000');
        expect(r.basis.at(-1)?.code).toBe('PROCESSING_DEADLINE');
        for (const b of r.basis) expect(b.vi.length * b.en.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  test('overlapping pauses count once: a pause inside another adds nothing', () => {
    fc.assert(
      fc.property(acceptedArb, periodArb, fc.integer({ min: 0, max: 20 * 1440 }), fc.integer({ min: 1, max: 5 * 1440 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (t, period, start, length, a, b) => {
          const outer = { from: t + start * 60_000, to: t + (start + length) * 60_000 };
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const inner = { from: outer.from + (length * 60_000 * lo) / 100, to: outer.from + (length * 60_000 * hi) / 100 };
          const one = at(processingDeadline(t, period, { calendar: civil, pauses: [outer] }));
          expect(at(processingDeadline(t, period, { calendar: civil, pauses: [inner, outer] }))).toBe(one);
          expect(at(processingDeadline(t, period, { calendar: civil, pauses: [outer, outer] }))).toBe(one);
        },
      ),
      RUNS,
    );
  });

  test('a pause between acceptance and the deadline of a period in hours is added back exactly', () => {
    fc.assert(
      fc.property(acceptedArb, hoursArb, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (t, hours, a, b) => {
        const plain = at(processingDeadline(t, { workingHours: hours }, { calendar: civil }));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const from = t + ((plain - t) * lo) / 1000;
        const to = t + ((plain - t) * hi) / 1000;
        if (from >= plain) return;
        const paused = at(processingDeadline(t, { workingHours: hours }, { calendar: civil, pauses: [{ from, to }] }));
        const inPause = civil.workingTimeBetween(from, to).toMillis();
        expect(civil.workingTimeBetween(t, paused).toMillis()).toBe(Math.round(hours * 3_600_000) + inPause);
      }),
      RUNS,
    );
  });
});

describe('on random calendars in random zones', () => {
  test('days: the n-th working day after the acceptance day, ending with its working time', () => {
    fc.assert(
      fc.property(specArb, epochArb, daysArb, (spec, t, n) => {
        const cal = WorkingCalendar.create(spec);
        const r = orSkip(() => processingDeadline(t, { workingDays: n }, { calendar: cal }));
        if (r === undefined) return;
        const zone = cal.zone;
        const accepted = DateTime.fromMillis(t, { zone }).toISODate() as string;
        expect(cal.workingDaysBetween(accepted, r.dueDate!)).toBe(n);
        expect(cal.isWorkingDay(r.dueDate!)).toBe(true);
        // The due date is the deadline's day, a deadline at 00:00 being 24:00 of the day before.
        expect(r.deadline!.minus(1).toISODate()).toBe(r.dueDate);
        const start = DateTime.fromISO(r.dueDate!, { zone });
        const end = DateTime.fromISO(r.dueDate!, { zone }).plus({ days: 1 });
        expect(cal.workingTimeBetween(r.deadline!, end).toMillis()).toBe(0);
        expect(cal.workingTimeBetween(start, r.deadline!).toMillis()).toBe(cal.workingTimeBetween(start, end).toMillis());
      }),
      RUNS,
    );
  });

  test('hours: exactly the working time between acceptance and deadline', () => {
    fc.assert(
      fc.property(specArb, epochArb, hoursArb, (spec, t, hours) => {
        const cal = WorkingCalendar.create(spec);
        const r = orSkip(() => processingDeadline(t, { workingHours: hours }, { calendar: cal }));
        if (r === undefined) return;
        expect(cal.workingTimeBetween(t, r.deadline!).toMillis()).toBe(hours * 3_600_000);
        expect(cal.isWorkingDay(r.dueDate!)).toBe(true);
        expect(r.deadline!.minus(1).toISODate()).toBe(r.dueDate);
      }),
      RUNS,
    );
  });

  test('adjustments never bring the deadline forward; the due date stays a working day', () => {
    fc.assert(
      fc.property(specArb, epochArb, periodArb, pauseOffsetsArb, extensionsArb, (spec, t, period, offsets, extensions) => {
        const cal = WorkingCalendar.create(spec);
        const plain = orSkip(() => processingDeadline(t, period, { calendar: cal }));
        const adjusted = orSkip(() => processingDeadline(t, period, { calendar: cal, extensions, pauses: pausesAt(t, offsets) }));
        if (plain === undefined || adjusted === undefined) return;
        expect(at(adjusted)).toBeGreaterThanOrEqual(at(plain));
        expect(cal.isWorkingDay(adjusted.dueDate!)).toBe(true);
        expect(adjusted.deadline!.minus(1).toISODate()).toBe(adjusted.dueDate);
        expect(adjusted.deadline!.zoneName).toBe(cal.zone);
        if ('workingDays' in period) {
          // A period in days ends with the working time of its due date, even a short day's.
          const start = DateTime.fromISO(adjusted.dueDate!, { zone: cal.zone });
          const end = start.plus({ days: 1 });
          expect(cal.workingTimeBetween(adjusted.deadline!, end).toMillis()).toBe(0);
          expect(cal.workingTimeBetween(start, adjusted.deadline!).toMillis()).toBe(cal.workingTimeBetween(start, end).toMillis());
        }
      }),
      { numRuns: Math.max(50, Math.floor(RUNS.numRuns / 2)) },
    );
  });
});

test('distances do not slow it down: 2,000 working days', () => {
  const r = processingDeadline('2025-03-03T09:00', { workingDays: 2000 }, { calendar: civil });
  expect(civil.workingDaysBetween('2025-03-03', r.dueDate!)).toBe(2000);
});
