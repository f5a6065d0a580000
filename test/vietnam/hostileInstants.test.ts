/**
 * The hostile suite of `vn-worktime/lunar` and `vn-worktime/vietnam`: every argument position that takes an instant,
 * a day, a duration or a year, with instants at and past the JavaScript date limit, every ISO form
 * of a day, and values shaped like luxon objects as JSON writes them. The one rule
 * (test/support/hostileOutcome.ts): the call returns a clean result (no invalid DateTime or
 * Duration, no NaN) or throws a `WorktimeError`; nothing else escapes, nothing hangs (each test has
 * a timeout, each call a time limit).
 */
import { describe, it } from 'vitest';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import { civilServiceCalendar, officialSchedule, publicHolidays, scheduleFromDecision, toICS } from '../../src/vietnam/index.js';
import { FAR_NUMBERS, hostileInstants } from '../support/hostileInstants.js';
import { TEST_MS, label, outcome } from '../support/hostileOutcome.js';
import type { Call } from '../support/hostileOutcome.js';

const VALUES = hostileInstants();

const YEARS: Record<string, Call> = {
  'publicHolidays(v)': (v) => publicHolidays(v),
  'officialSchedule(v)': (v) => officialSchedule(v),
  'lunarYear(v)': (v) => lunarYear(v),
  'fromLunar({ year: v })': (v) => fromLunar({ year: v, month: 1, day: 1, leap: false }),
  'fromLunar({ day: v })': (v) => fromLunar({ year: 2026, month: 1, day: v, leap: false }),
  'toICS(publicHolidays(v))': (v) => toICS(publicHolidays(v)),
  'scheduleFromDecision({ year: v })': (v) => scheduleFromDecision({ year: v, sources: ['x'] }),
};

const DAYS: Record<string, Call> = {
  'toLunar(v)': (v) => toLunar(v),
  'civilServiceCalendar({ schedules })': (v) =>
    civilServiceCalendar({ schedules: [{ year: 2026, status: 'official', daysOff: [{ date: v, name: { vi: 'x', en: 'x' }, kind: 'swap' }], workdays: [], sources: ['x'] }] as never }),
};

describe('hostile values never escape as anything but WorktimeError', () => {
  it(
    'lunar and vietnam: years, lunar days and days',
    () => {
      const years = [...FAR_NUMBERS, 999, 1000, 1899, 1900, 2199, 2200, 9999, 10_000, 2026.5, -0, '2026', ...hostileInstants()];
      for (const [call, fn] of Object.entries(YEARS)) for (const v of years) outcome(() => fn(v as never), `${call} with ${label(v)}`);
      for (const [call, fn] of Object.entries(DAYS)) for (const v of VALUES) outcome(() => fn(v as never), `${call} with ${label(v)}`);
    },
    TEST_MS,
  );
});
