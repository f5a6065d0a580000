/**
 * Fuzzing of `vn-worktime/lunar` and `vn-worktime/vietnam`: every function, every argument
 * position, plus valid skeletons with one hostile part. See test/support/fuzzHarness.ts for what is checked.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import {
  civilServiceCalendar,
  officialSchedule,
  publicHolidays,
  scheduleFromDecision,
  toICS,
} from '../../src/vietnam/index.js';
import { RUNS, check, fuzzPositions } from '../support/fuzzHarness.js';
import { fresh, hostileArb } from '../support/fuzzValues.js';

/** Valid skeletons with one hostile part: `shape(v)` puts the hostile value somewhere inside. */
function fuzzShapes(shapes: ReadonlyArray<(v: unknown) => unknown>, call: (arg: unknown) => unknown, runs = RUNS * 4): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: shapes.length - 1 }), hostileArb(), (i, v) => {
      const arg = (shapes[i] as (v: unknown) => unknown)(fresh(v));
      check(() => call(arg));
    }),
    { numRuns: runs },
  );
}

const schedule2026 = officialSchedule(2026);

describe('fuzz: lunar', () => {
  it('toLunar', () => fuzzPositions(['2026-02-17'], ([d]) => toLunar(d as never), {}, RUNS * 3));
  it('fromLunar', () => fuzzPositions([{ year: 2026, month: 3, day: 10, leap: false }], ([l]) => fromLunar(l as never), {}, RUNS * 3));
  it('fromLunar: one hostile field', () => {
    const shapes = ['year', 'month', 'day', 'leap'].map(
      (key) => (v: unknown) => ({ ...{ year: 2033, month: 11, day: 30, leap: true }, [key]: v }),
    );
    fuzzShapes(shapes, (l) => fromLunar(l as never));
  });
  it('lunarYear', () => fuzzPositions([2026], ([y]) => lunarYear(y as never), {}, RUNS * 3));
  it('round trips at the edges of the range do not crash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1899, max: 2200 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 31 }), fc.boolean(), (year, month, day, leap) => {
        check(() => fromLunar({ year, month, day, leap }));
        check(() => lunarYear(year));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('fuzz: vietnam', () => {
  it('publicHolidays', () => fuzzPositions([2026], ([y]) => publicHolidays(y as never), {}, RUNS * 2));
  it('officialSchedule', () => fuzzPositions([2026], ([y]) => officialSchedule(y as never), {}, RUNS * 2));
  it('civilServiceCalendar', () => fuzzPositions([{ saturday: [['07:30', '11:30']] }], ([o]) => civilServiceCalendar(o as never)));
  it('civilServiceCalendar: one hostile option', () => {
    fuzzShapes(
      [
        (v) => ({ hours: v }),
        (v) => ({ hours: [v] }),
        (v) => ({ hours: [['07:00', v]] }),
        (v) => ({ saturday: v }),
        (v) => ({ zone: v }),
        (v) => ({ schedules: v }),
        (v) => ({ schedules: [v] }),
        (v) => ({ schedules: [{ ...schedule2026, year: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, status: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: [v] }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: [{ ...schedule2026.daysOff[0], date: v }] }] }),
        (v) => ({ schedules: [{ ...schedule2026, workdays: [{ ...schedule2026.workdays[0], date: v }] }] }),
        (v) => ({ schedules: [{ ...schedule2026, sources: v }] }),
      ],
      (o) => civilServiceCalendar(o as never),
      RUNS * 2,
    );
  });
  it('scheduleFromDecision', () => {
    fuzzPositions([{ year: 2027, sources: ['x'] }], ([d]) => scheduleFromDecision(d as never));
    fuzzShapes(
      [
        (v) => ({ year: v, sources: ['x'] }),
        (v) => ({ year: 2027, sources: v }),
        (v) => ({ year: 2027, sources: ['x'], tet: v }),
        (v) => ({ year: 2027, sources: ['x'], tet: { days: v, source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], tet: { days: ['2027-02-05', v], source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], nationalDay: { date: v, source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], swaps: v }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [v] }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [{ off: v, work: '2027-01-09', source: 'x' }] }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [{ off: '2027-01-04', work: v, source: 'x' }] }),
        (v) => ({ year: 2027, sources: ['x'], notes: v }),
      ],
      (d) => scheduleFromDecision(d as never),
      RUNS * 2,
    );
  });
  it('toICS', () => {
    fuzzPositions([publicHolidays(2026), { lang: 'en' }], ([input, options]) => toICS(input as never, options as never));
    fuzzShapes(
      [
        (v) => [v],
        (v) => [{ date: v, name: { vi: 'a', en: 'b' }, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: v, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: { vi: v, en: 'b' }, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: { vi: 'a', en: 'b' }, kind: v }],
        (v) => ({ ...schedule2026, workdays: [v] }),
      ],
      (input) => toICS(input as never),
    );
  });
});
