/**
 * Properties of WorkingCalendar on random valid specs in random zones (with and without
 * daylight saving), checked against each other and against a slow independent oracle that
 * builds periods with luxon and walks them.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { DAY_MS, daysFromCivil, formatDay } from '../../src/time/civil.js';
import { dayInRangeArb, durationArb, epochArb, specArb } from '../support/arbitraries/calendar.js';
import { earliestSameWall, oracleAdd, oracleBetween, oracleDayInfo, oraclePeriodAt, oraclePeriods } from '../support/arbitraries/oracle.js';
import { orSkip } from '../support/errors.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const ms = (dt: { toMillis(): number }): number => dt.toMillis();


describe('arithmetic', () => {
  test('workingTimeBetween(t, addWorkingTime(t, d)) = d', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb, (spec, t, d) => {
        const cal = WorkingCalendar.create(spec);
        const s = orSkip(() => cal.addWorkingTime(t, d));
        if (s === undefined) return;
        expect(ms(s)).toBeGreaterThanOrEqual(t);
        expect(cal.workingTimeBetween(t, s).toMillis()).toBe(d);
        expect(cal.workingTimeBetween(s, t).toMillis()).toBe(d === 0 ? 0 : -d);
      }),
      RUNS,
    );
  });

  test('addWorkingTime(addWorkingTime(t, a), b) = addWorkingTime(t, a + b) for a, b >= 0', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb, durationArb, (spec, t, a, b) => {
        const cal = WorkingCalendar.create(spec);
        const twice = orSkip(() => cal.addWorkingTime(cal.addWorkingTime(t, a), b));
        const once = orSkip(() => cal.addWorkingTime(t, a + b));
        if (twice === undefined || once === undefined) return;
        expect(ms(twice)).toBe(ms(once));
      }),
      RUNS,
    );
  });

  test('a positive add lands in working time or at a period end, never inside a break', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb.filter((d) => d > 0), (spec, t, d) => {
        const cal = WorkingCalendar.create(spec);
        const s = orSkip(() => cal.addWorkingTime(t, d));
        if (s === undefined) return;
        const atEnd = !cal.isWorkingTime(s) && ms(cal.previousWorkingTime(s)) === ms(s);
        expect(cal.isWorkingTime(ms(s) - 1) && (cal.isWorkingTime(s) || atEnd)).toBe(true);
      }),
      RUNS,
    );
  });

  test('monotonic in d', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb, durationArb, (spec, t, a, b) => {
        const cal = WorkingCalendar.create(spec);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = orSkip(() => cal.addWorkingTime(t, lo));
        const sHi = orSkip(() => cal.addWorkingTime(t, hi));
        if (sLo === undefined || sHi === undefined) return;
        expect(ms(sLo)).toBeLessThanOrEqual(ms(sHi));
      }),
      RUNS,
    );
  });

  test('backwards mirrors forwards', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb.filter((d) => d > 0), (spec, t, d) => {
        const cal = WorkingCalendar.create(spec);
        const forward = orSkip(() => cal.addWorkingTime(cal.addWorkingTime(t, d), -d));
        if (forward !== undefined) expect(ms(forward)).toBe(ms(cal.nextWorkingTime(t)));
        // Walking back then forward gives the earliest instant with t's working-time position:
        // t inside a period, or the previous period's end when t is off hours or a period start.
        const backward = orSkip(() => cal.addWorkingTime(cal.addWorkingTime(t, -d), d));
        const periodStart = cal.isWorkingTime(t) && !cal.isWorkingTime(t - 1);
        if (backward !== undefined) expect(ms(backward)).toBe(ms(cal.previousWorkingTime(periodStart ? t - 1 : t)));
        const back = orSkip(() => cal.addWorkingTime(t, -d));
        if (back !== undefined) {
          expect(ms(back)).toBeLessThanOrEqual(t);
          expect(cal.workingTimeBetween(back, t).toMillis()).toBe(d);
        }
      }),
      RUNS,
    );
  });
});

describe('working days', () => {
  test('workingDaysBetween(d, addWorkingDays(d, n)) = n, and the result is a working day', () => {
    fc.assert(
      fc.property(specArb, dayInRangeArb, fc.integer({ min: -400, max: 400 }), (spec, day, n) => {
        const cal = WorkingCalendar.create(spec);
        const d = formatDay(day);
        const r = orSkip(() => cal.addWorkingDays(d, n));
        if (r === undefined) return;
        expect(cal.isWorkingDay(r)).toBe(true);
        if (n > 0) expect(r > d).toBe(true);
        if (n < 0) expect(r < d).toBe(true);
        if (n > 0 || cal.isWorkingDay(d)) expect(cal.workingDaysBetween(d, r)).toBe(n);
      }),
      RUNS,
    );
  });

  test('near the ends of a range: the n-th working day in it, or OUT_OF_RANGE when the range has fewer', () => {
    fc.assert(
      fc.property(specArb, dayInRangeArb, fc.nat(30), fc.nat(30), fc.integer({ min: -40, max: 40 }), (spec, day, before, after, n) => {
        const cal = WorkingCalendar.create({ ...spec, range: { from: formatDay(day - before), to: formatDay(day + after) } });
        // The working days of the range, each asked on its own.
        const working: number[] = [];
        for (let x = day - before; x <= day + after; x++) if (cal.isWorkingDay(formatDay(x))) working.push(x);
        const earlier = working.filter((x) => x < day);
        const later = working.filter((x) => (n === 0 ? x >= day : x > day));
        const expected = n < 0 ? earlier[earlier.length + n] : later[Math.max(n, 1) - 1];
        const got = orSkip(() => cal.addWorkingDays(formatDay(day), n));
        expect(got).toBe(expected === undefined ? undefined : formatDay(expected));
      }),
      RUNS,
    );
  });

  test('addWorkingDays is monotonic in n and composes for n >= 0 on a working day', () => {
    fc.assert(
      fc.property(specArb, dayInRangeArb, fc.nat(200), fc.nat(200), (spec, day, a, b) => {
        const cal = WorkingCalendar.create(spec);
        const d = orSkip(() => cal.addWorkingDays(formatDay(day), 0));
        if (d === undefined) return;
        const ab = orSkip(() => cal.addWorkingDays(cal.addWorkingDays(d, a), b));
        const whole = orSkip(() => cal.addWorkingDays(d, a + b));
        if (ab === undefined || whole === undefined) return;
        expect(ab).toBe(whole);
        expect(cal.addWorkingDays(d, Math.min(a, b)) <= whole).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('against the independent oracle', () => {
  test('periods, isWorkingTime, workingTimeBetween, addWorkingTime, next/previous', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: daysFromCivil(2020, 1, 1), max: daysFromCivil(2029, 12, 1) }), fc.nat(40 * 24 * 60), fc.nat(60 * 60), (spec, day, offsetMin, addMin) => {
        const cal = WorkingCalendar.create(spec);
        const first = formatDay(day - 1);
        const last = formatDay(day + 45);
        const periods = oraclePeriods(spec, first, last);
        const t = day * DAY_MS + offsetMin * 60_000;
        const horizon = (day + 44) * DAY_MS - 14 * 3_600_000;
        // workingPeriods equals the oracle's inside the window
        const from = day * DAY_MS;
        const got = cal.workingPeriods(from, horizon).map((p) => [ms(p.start), ms(p.end)]);
        const want = periods
          .map(([s, e]) => [Math.max(s, from), Math.min(e, horizon)] as [number, number])
          .filter(([s, e]) => e > s);
        expect(got).toEqual(want);
        expect(cal.isWorkingTime(t)).toBe(periods.some(([s, e]) => t >= s && t < e));
        expect(cal.workingTimeBetween(from, t).toMillis()).toBe(oracleBetween(periods, from, t));
        const d = addMin * 60_000;
        const expected = oracleAdd(periods, t, d);
        if (expected !== undefined && expected < horizon) expect(ms(cal.addWorkingTime(t, d))).toBe(expected);
        const next = periods.find(([, e]) => e > t);
        if (next && next[0] < horizon) expect(ms(cal.nextWorkingTime(t))).toBe(Math.max(t, next[0]));
        const prev = [...periods].reverse().find(([s]) => s <= t);
        if (prev && prev[0] > from) expect(ms(cal.previousWorkingTime(t))).toBe(Math.min(t, prev[1]));
      }),
      { numRuns: Math.round(Number(process.env.FC_RUNS ?? 300) / 1.5) },
    );
  });
});

describe('toJSON', () => {
  test('create(toJSON()) behaves like the original', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb, (spec, t, d) => {
        const cal = WorkingCalendar.create(spec);
        const copy = WorkingCalendar.create(JSON.parse(JSON.stringify(cal.toJSON())));
        expect(copy.toJSON()).toEqual(cal.toJSON());
        expect(copy.isWorkingTime(t)).toBe(cal.isWorkingTime(t));
        const a = orSkip(() => cal.addWorkingTime(t, d));
        if (a !== undefined) expect(ms(copy.addWorkingTime(t, d))).toBe(ms(a));
      }),
      RUNS,
    );
  });
});

/** The outcome of a call: its value, or the code of the WorktimeError it throws. */
function valueOrCode<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && 'code' in e) return `error ${String((e as { code: unknown }).code)}`;
    throw e;
  }
}

describe('calendar.epoch against the DateTime methods', () => {
  /** Instants anywhere in 2020–2030, a few outside the years 1000–9999, some not finite. */
  const anyEpochArb = fc.oneof({ weight: 8, arbitrary: epochArb }, { weight: 1, arbitrary: fc.constantFrom(-4e13, 3e14, Number.NaN, Number.POSITIVE_INFINITY) });
  const anyDurationArb = fc.oneof({ weight: 8, arbitrary: durationArb.chain((d) => fc.constantFrom(d, -d)) }, { weight: 1, arbitrary: fc.constantFrom(1e15, Number.NaN, 0.4, -0.6) });

  test('same results and same errors', () => {
    fc.assert(
      fc.property(specArb, anyEpochArb, anyEpochArb, anyDurationArb, (spec, t, u, d) => {
        const cal = WorkingCalendar.create(spec);
        const e = cal.epoch;
        expect(valueOrCode(() => e.addWorkingTime(t, d))).toEqual(valueOrCode(() => ms(cal.addWorkingTime(t, d))));
        expect(valueOrCode(() => e.workingTimeBetween(t, u))).toEqual(valueOrCode(() => cal.workingTimeBetween(t, u).toMillis()));
        expect(valueOrCode(() => e.nextWorkingTime(t))).toEqual(valueOrCode(() => ms(cal.nextWorkingTime(t))));
        expect(valueOrCode(() => e.previousWorkingTime(t))).toEqual(valueOrCode(() => ms(cal.previousWorkingTime(t))));
        expect(valueOrCode(() => e.isWorkingTime(t))).toEqual(valueOrCode(() => cal.isWorkingTime(t)));
      }),
      RUNS,
    );
  });

  test('every arithmetic property holds on epoch milliseconds', () => {
    fc.assert(
      fc.property(specArb, epochArb, durationArb, durationArb, (spec, t, a, b) => {
        const e = WorkingCalendar.create(spec).epoch;
        const s = orSkip(() => e.addWorkingTime(t, a));
        if (s === undefined) return;
        expect(s).toBeGreaterThanOrEqual(t);
        expect(e.workingTimeBetween(t, s)).toBe(a);
        const twice = orSkip(() => e.addWorkingTime(s, b));
        const once = orSkip(() => e.addWorkingTime(t, a + b));
        if (twice !== undefined && once !== undefined) expect(twice).toBe(once);
        if (a > 0) {
          expect(e.isWorkingTime(s - 1)).toBe(true);
          const back = orSkip(() => e.addWorkingTime(s, -a));
          if (back !== undefined) expect(back).toBe(e.nextWorkingTime(t));
        }
      }),
      RUNS,
    );
  });

  test('non-numbers are refused with the codes of the DateTime methods', () => {
    const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
    const e = cal.epoch as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(valueOrCode(() => e.addWorkingTime?.('2026-03-10T09:00', 1))).toBe('error INVALID_INSTANT');
    expect(valueOrCode(() => e.addWorkingTime?.(Date.UTC(2026, 2, 10), { hours: 1 }))).toBe('error INVALID_DURATION');
    expect(valueOrCode(() => e.workingTimeBetween?.(0, new Date()))).toBe('error INVALID_INSTANT');
    expect(valueOrCode(() => e.isWorkingTime?.(undefined))).toBe('error INVALID_INSTANT');
    expect(Object.isFrozen(cal.epoch)).toBe(true);
  });
});

describe('dayInfo, periodAt and yearly rules against the oracle', () => {
  test('dayInfo: the rule (dated before yearly), its kind, name and hours; working when the day has real working time', () => {
    fc.assert(
      fc.property(specArb, dayInRangeArb, (spec, day) => {
        const cal = WorkingCalendar.create(spec);
        const iso = formatDay(day);
        const info = cal.dayInfo(iso);
        const want = oracleDayInfo(spec, iso);
        expect({ kind: info.kind, name: info.name, hours: info.hours }).toEqual({ kind: want.kind, name: want.name, hours: want.hours });
        const both = oracleBetween(oraclePeriods(spec, formatDay(day - 1), iso), -Infinity, Infinity);
        const before = oracleBetween(oraclePeriods(spec, formatDay(day - 1), formatDay(day - 1)), -Infinity, Infinity);
        expect(info.working).toBe(both > before);
        expect(cal.isWorkingDay(iso)).toBe(info.working);
      }),
      RUNS,
    );
  });

  test('periodAt: the merged period holding t, or null', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: daysFromCivil(2020, 1, 1), max: daysFromCivil(2029, 12, 1) }), fc.nat(3 * 24 * 60), (spec, day, offsetMin) => {
        const cal = WorkingCalendar.create(spec);
        const periods = oraclePeriods(spec, formatDay(day - 10), formatDay(day + 13));
        const t = day * DAY_MS + offsetMin * 60_000;
        const want = oraclePeriodAt(periods, t);
        const got = cal.periodAt(t);
        if (want === undefined) expect(got).toBeNull();
        // Periods longer than the oracle's window (a calendar worked around the clock) are cut by it.
        else if (want[0] > periods[0]![0] && want[1] < periods[periods.length - 1]![1]) expect([ms(got!.start), ms(got!.end)]).toEqual(want);
        else expect(got).not.toBeNull();
      }),
      RUNS,
    );
  });

  test('shiftWorkingDays onto a repeated hour takes the earlier instant, whatever the season the test runs in', () => {
    // Found by the property below in December, when luxon resolves a repeated New York time with
    // standard time: 01:00 on 4 November 2029 comes twice, at 05:00Z (EDT) and 06:00Z (EST).
    const cal = WorkingCalendar.create({ zone: 'America/New_York', week: { wed: [['00:00', '00:15']], fri: [['00:00', '00:15']], sat: [['00:00', '00:15']], sun: [['00:00', '00:15']] } });
    const got = cal.shiftWorkingDays(Date.UTC(2029, 6, 27, 5), 58);
    expect(got.toMillis()).toBe(Date.UTC(2029, 10, 4, 5));
    expect(got.toISO()).toBe('2029-11-04T01:00:00.000-04:00');
    expect(earliestSameWall(DateTime.fromISO('2029-11-04T01:00', { zone: 'America/New_York' }))).toBe(Date.UTC(2029, 10, 4, 5));
  });

  test('shiftWorkingDays: the day of addWorkingDays at the same wall-clock time', () => {
    fc.assert(
      fc.property(specArb, epochArb, fc.integer({ min: -60, max: 60 }), (spec, t, n) => {
        const cal = WorkingCalendar.create(spec);
        const got = orSkip(() => cal.shiftWorkingDays(t, n));
        const start = DateTime.fromMillis(t, { zone: cal.zone });
        const day = orSkip(() => cal.addWorkingDays(start.toISODate() as string, n));
        expect(got === undefined).toBe(day === undefined);
        if (got === undefined || day === undefined) return;
        // luxon moves a time in a gap forward, as the library does; a repeated time is the earlier instant.
        const wall = DateTime.fromISO(`${day}T${start.toFormat('HH:mm:ss.SSS')}`, { zone: cal.zone });
        expect(got.toISODate()).toBe(wall.toISODate());
        expect(ms(got)).toBe(earliestSameWall(wall));
      }),
      RUNS,
    );
  });
});
