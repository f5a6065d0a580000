/**
 * The hostile suite of `WorkingCalendar`: every argument position that takes an instant,
 * a day, a duration or a year, with instants at and past the JavaScript date limit, every ISO form
 * of a day, and values shaped like luxon objects as JSON writes them. The one rule
 * (test/support/hostileOutcome.ts): the call returns a clean result (no invalid DateTime or
 * Duration, no NaN) or throws a `WorktimeError`; nothing else escapes, nothing hangs (each test has
 * a timeout, each call a time limit).
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { hostileInstants } from '../support/hostileInstants.js';
import { TEST_MS, label, outcome } from '../support/hostileOutcome.js';
import type { Call } from '../support/hostileOutcome.js';

const OFFICE: Array<[string, string]> = [['07:00', '11:30'], ['13:30', '17:00']];
const office = WorkingCalendar.create({
  range: { from: '2000-01-01', to: '2040-12-31' },
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
});
// A zone with daylight saving and a range: an unbounded calendar compiles its index up to the
// farthest query (seconds for thousands of years), which is the engine's cost, not a hang.
const newYork = WorkingCalendar.create({
  zone: 'America/New_York',
  range: { from: '1990-01-01', to: '2060-12-31' },
  week: { mon: [['00:00', '24:00']], sat: [['09:00', '12:00']] },
});
// Two working days ever: most queries run out of working time.
const finite = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-13', hours: [['07:00', '17:00']] }] });
const civil = civilServiceCalendar();
const CALENDARS = { office, newYork, finite, civil };

const T = '2026-03-10T09:00';
const D = '2026-03-10';
const VALUES = hostileInstants();

/** The calendar methods, one argument position at a time. */
function calendarCalls(cal: WorkingCalendar): Record<string, Call> {
  return {
    'isWorkingTime(v)': (v) => cal.isWorkingTime(v),
    'isWorkingDay(v)': (v) => cal.isWorkingDay(v),
    'nextWorkingTime(v)': (v) => cal.nextWorkingTime(v),
    'previousWorkingTime(v)': (v) => cal.previousWorkingTime(v),
    'addWorkingTime(v, 8h)': (v) => cal.addWorkingTime(v, { hours: 8 }),
    'addWorkingTime(v, -8h)': (v) => cal.addWorkingTime(v, { hours: -8 }),
    'addWorkingTime(t, v)': (v) => cal.addWorkingTime(T, v),
    'workingTimeBetween(v, t)': (v) => cal.workingTimeBetween(v, T),
    'workingTimeBetween(t, v)': (v) => cal.workingTimeBetween(T, v),
    'addWorkingDays(v, 3)': (v) => cal.addWorkingDays(v, 3),
    'addWorkingDays(v, -3)': (v) => cal.addWorkingDays(v, -3),
    'workingDaysBetween(v, d)': (v) => cal.workingDaysBetween(v, D),
    'workingDaysBetween(d, v)': (v) => cal.workingDaysBetween(D, v),
    'workingPeriods(v, t)': (v) => cal.workingPeriods(v, T),
    'workingPeriods(t, v)': (v) => cal.workingPeriods(T, v),
    'dayInfo(v)': (v) => cal.dayInfo(v),
    'extend({ holidays: [v] })': (v) => cal.extend({ holidays: [v] }),
    'extend({ workdays: [{ date: v }] })': (v) => cal.extend({ workdays: [{ date: v }] }),
  };
}

describe('hostile values never escape as anything but WorktimeError', () => {
  for (const [name, cal] of Object.entries(CALENDARS)) {
    it(
      `WorkingCalendar (${name}): ${VALUES.length} values × every position`,
      () => {
        const codes = new Map<string, number>();
        for (const [call, fn] of Object.entries(calendarCalls(cal))) {
          for (const v of VALUES) {
            const code = outcome(() => fn(v as never), `${name}.${call} with ${label(v)}`);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        }
        // Both answers and every kind of refusal occur: the values reach the code, not one early check.
        expect(codes.get('ok')).toBeGreaterThan(0);
        expect(codes.get('OUT_OF_RANGE')).toBeGreaterThan(0);
        expect(codes.get('INVALID_INSTANT')).toBeGreaterThan(0);
      },
      TEST_MS,
    );
  }

  it(
    'calendars built from hostile zones and ranges',
    () => {
      const zones = ['', ' ', 'Asia/Ho_Chi_Minh ', 'x'.repeat(100_000), 'asia/tokyo', 'ETC/UTC', '+07:00', 'UTC+7', 'Etc/GMT-14', '../../etc/passwd', '__proto__', 'constructor'];
      for (const zone of zones) outcome(() => WorkingCalendar.create({ zone, week: { mon: OFFICE } }), `zone ${label(zone)}`);
      for (const v of VALUES) {
        outcome(() => WorkingCalendar.create({ range: { from: v as never, to: '2030-01-01' }, week: { mon: OFFICE } }), `range.from ${label(v)}`);
        outcome(() => WorkingCalendar.create({ week: { mon: OFFICE }, holidays: [v as never] }), `holidays ${label(v)}`);
      }
    },
    TEST_MS,
  );
});
