/**
 * Fuzzing of `WorkingCalendar`: every method, every argument position, on calendars with and
 * without daylight saving, with finite working time, and the civil-service calendar. See
 * test/support/fuzzHarness.ts for what is checked.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { RUNS, check, fuzzPositions } from '../support/fuzzHarness.js';
import { fresh, hostileArb } from '../support/fuzzValues.js';

const YEAR_MS = 366 * 86_400_000;

/** The span between two instants as the calendar reads them, or 0 when either is invalid. */
function spanMs(cal: WorkingCalendar, a: unknown, b: unknown): number {
  try {
    return cal.previousWorkingTime(b as never).toMillis() - cal.nextWorkingTime(a as never).toMillis();
  } catch {
    return 0;
  }
}

const OFFICE = [['07:00', '11:30'], ['13:30', '17:00']] as [string, string][];

/**
 * The two calendars with working time every week are bounded (`range`): the first query that
 * reaches far from today compiles the index up to there, which costs seconds for 8,000 years
 * (see docs/quality.md, "Fuzzing"); that is not what this suite looks for. The finite calendar
 * and the civil-service calendar (1900–2199) keep their default ranges.
 */
const RANGE = { from: '1990-01-01', to: '2060-12-31' };

const calendars: Record<string, WorkingCalendar> = {
  office: WorkingCalendar.create({
    range: RANGE,
    week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
    holidays: ['2026-04-30', { date: '2026-03-20', name: 'short day', hours: [['08:00', '10:00']] }],
    workdays: ['2026-03-21'],
  }),
  // Every day, all day, in a zone with daylight saving: ranges run across the DST days.
  newYork: WorkingCalendar.create({
    zone: 'America/New_York',
    range: RANGE,
    week: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], sat: [['01:30', '03:30']], sun: [['02:00', '02:30']] },
  }),
  // Only two working days ever: most queries run out of working time.
  finite: WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-13', hours: [['07:00', '17:00']] }, { date: '2026-03-16', hours: [['09:00', '09:01']] }] }),
  civil: civilServiceCalendar(),
};

/** A valid argument for each method, for the positions that are not fuzzed. */
const METHODS: Record<string, unknown[]> = {
  isWorkingTime: ['2026-03-13T16:45'],
  isWorkingDay: ['2026-03-13'],
  nextWorkingTime: ['2026-03-13T20:00'],
  previousWorkingTime: ['2026-03-13T12:00'],
  addWorkingTime: ['2026-03-13T16:45', { hours: 8 }],
  workingTimeBetween: ['2026-03-13T16:45', '2026-03-20T09:00'],
  addWorkingDays: ['2026-03-13', 3],
  workingDaysBetween: ['2026-03-13', '2026-04-30'],
  workingPeriods: ['2026-03-13T00:00', '2026-03-20T00:00'],
  extend: [{ holidays: ['2026-03-18'] }],
  toJSON: [],
};

describe('fuzz: WorkingCalendar', () => {
  it('create: any spec', () => {
    fuzzPositions([{ week: { mon: OFFICE } }], ([spec]) => WorkingCalendar.create(spec as never), {}, RUNS * 4);
  });

  it('create: a valid skeleton with one hostile part', () => {
    const hostile = hostileArb();
    const specs = fc.oneof(
      hostile.map((v) => ({ week: v })),
      hostile.map((v) => ({ week: { mon: v } })),
      hostile.map((v) => ({ week: { mon: [v] } })),
      hostile.map((v) => ({ week: { mon: [['07:00', v]] } })),
      hostile.map((v) => ({ week: { mon: [[v, '17:00']] } })),
      hostile.map((v) => ({ week: { mon: OFFICE }, zone: v })),
      hostile.map((v) => ({ week: { mon: OFFICE }, holidays: v })),
      hostile.map((v) => ({ week: { mon: OFFICE }, holidays: [v] })),
      hostile.map((v) => ({ week: { mon: OFFICE }, holidays: [{ date: v }] })),
      hostile.map((v) => ({ week: { mon: OFFICE }, holidays: [{ date: '2026-03-13', hours: v }] })),
      hostile.map((v) => ({ week: { mon: OFFICE }, holidays: [{ date: '2026-03-13', name: v }] })),
      hostile.map((v) => ({ week: { mon: OFFICE }, workdays: [v] })),
      hostile.map((v) => ({ week: {}, workdays: [{ date: '2026-03-14', hours: [v] }] })),
      fc.tuple(fc.constantFrom('weeks', 'range', 'zones', '__proto__', 'toJSON', 'constructor'), hostile).map(([k, v]) => ({ week: { mon: OFFICE }, [k]: v })),
    );
    fc.assert(
      fc.property(specs, (spec) => check(() => WorkingCalendar.create(fresh(spec) as never))),
      { numRuns: RUNS * 8 },
    );
  });

  for (const [calName, cal] of Object.entries(calendars)) {
    for (const [method, valid] of Object.entries(METHODS)) {
      it(`${calName}.${method}`, () => {
        const fn = (cal as unknown as Record<string, (...a: unknown[]) => unknown>)[method] as (...a: unknown[]) => unknown;
        // workingPeriods returns every period of the span: its cost is the size of its answer
        // (about 8 s for 2026 → 9999 on a 24/7 calendar), so spans over two years are not tried.
        const skip = method === 'workingPeriods' ? ([a, b]: unknown[]) => spanMs(cal, a, b) > 2 * YEAR_MS : undefined;
        fuzzPositions(valid, (args) => fn.apply(cal, args), skip ? { skip } : {});
      });
    }
  }

  it('methods called on something that is not a calendar', () => {
    const proto = WorkingCalendar.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    fc.assert(
      fc.property(hostileArb(), fc.constantFrom(...Object.keys(METHODS)), (self, method) => {
        const valid = METHODS[method] as unknown[];
        check(() => (proto[method] as (...a: unknown[]) => unknown).apply(fresh(self), valid));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
