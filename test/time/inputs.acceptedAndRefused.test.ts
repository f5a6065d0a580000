/**
 * How a calendar reads its inputs, exactly: which dates, instants, durations and times of day
 * are accepted (leap years, the last valid minute and second, offsets up to ±23:59, padded
 * strings, the supported years in the calendar's zone) and, for the others, the error code, the
 * reason the message gives and the offending value in `details`. Mutation testing showed that
 * these limits and reasons could change without any test noticing.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { comparePriority } from '../../src/tthc/index.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const ALL_DAY = [['00:00', '24:00']] as [string, string][];
const WEEK = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };
/** Every day is a working day: `addWorkingDays(d, 0)` is the day `d` is read as. */
const vietnam = WorkingCalendar.create({ week: WEEK });
const newYork = WorkingCalendar.create({ zone: 'America/New_York', week: WEEK });
const utc = WorkingCalendar.create({ zone: 'UTC', week: WEEK });

/** The instant a calendar reads `t` as, in epoch milliseconds (adding no working time returns it). */
function read(t: unknown, cal = vietnam): number {
  return cal.addWorkingTime(t as never, 0).toMillis();
}

const INSTANT_MESSAGE =
  "Expected `t` to be a Date, a luxon DateTime, epoch milliseconds, or an ISO 8601 string such as '2026-02-13T16:30' or '2026-02-13T16:30:00+07:00', got ";
const DURATION_MESSAGE =
  'Expected `d` to be milliseconds, an object such as { hours: 8 } (hours, minutes, seconds, milliseconds) or a luxon Duration, got ';

describe('dates', () => {
  it('February 29 exists in leap years only: every 4th year, but not 1900 or 2100, and 2000', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1600-02-29']) expect(utc.addWorkingDays(d, 0)).toBe(d);
    for (const d of ['2026-02-29', '1900-02-29', '2100-02-29', '1700-02-29']) {
      const e = thrown(() => utc.isWorkingDay(d));
      expect([e.code, e.message, e.details]).toEqual([
        'INVALID_DATE',
        `Expected \`d\` to be a date 'YYYY-MM-DD' (or a Date or luxon DateTime), got "${d}"`,
        { d },
      ]);
    }
  });

  it('days and months that do not exist are INVALID_DATE, not the next valid day', () => {
    for (const d of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(thrown(() => utc.isWorkingDay(d)).code).toBe('INVALID_DATE');
    }
    // Thirty days have September, April, June and November; the other months but February have 31.
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((length, i) => {
      const month = String(i + 1).padStart(2, '0');
      expect(() => utc.isWorkingDay(`2026-${month}-${length}`)).not.toThrow();
      expect(thrown(() => utc.isWorkingDay(`2026-${month}-${length + 1}`)).code).toBe('INVALID_DATE');
    });
    expect(utc.addWorkingDays('2026-12-31', 0)).toBe('2026-12-31');
    expect(utc.addWorkingDays('2026-01-01', 0)).toBe('2026-01-01');
  });

  it('a Date or DateTime means its day in the calendar zone, near the ends of the supported years too', () => {
    // 1000-01-01 03:06 in Saigon (local mean time +7:06:40), 0999-12-31 in UTC.
    expect(vietnam.addWorkingDays(new Date(Date.UTC(999, 11, 31, 20)), 0)).toBe('1000-01-01');
    expect(vietnam.addWorkingDays(DateTime.fromISO('0999-12-31T20:00Z'), 0)).toBe('1000-01-01');
    // 9999-12-31 17:00 in Vietnam; 9999-12-31 22:00 in New York, already 10000-01-01 in UTC.
    expect(vietnam.addWorkingDays(new Date(Date.UTC(9999, 11, 31, 10)), 0)).toBe('9999-12-31');
    expect(newYork.addWorkingDays(new Date(Date.UTC(10000, 0, 1, 3)), 0)).toBe('9999-12-31');
    // Before 1970 as well: 1969-12-31 20:00 UTC is 1970-01-01 in Vietnam (UTC+8 then).
    expect(vietnam.addWorkingDays(new Date(Date.UTC(1969, 11, 31, 20)), 0)).toBe('1970-01-01');
    expect(newYork.addWorkingDays(new Date(Date.UTC(1960, 2, 2, 3)), 0)).toBe('1960-03-01');
  });

  it('outside the supported years: OUT_OF_RANGE naming the value', () => {
    const cases: unknown[] = [
      '0999-12-31',
      '0100-06-01',
      new Date(Date.UTC(999, 11, 31, 15)), // 0999-12-31 22:06 in Saigon
      new Date(Date.UTC(999, 0, 1)),
      new Date(Date.UTC(9999, 11, 31, 20)), // 10000-01-01 03:00 in Vietnam
      new Date(Date.UTC(10001, 0, 1)),
      DateTime.fromISO('9999-12-31T23:00Z').plus({ days: 3 }),
      new Date(-8.64e15),
      new Date(8.64e15),
    ];
    for (const d of cases) {
      const e = thrown(() => vietnam.isWorkingDay(d as never));
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.message).toMatch(/^Expected `d` between 1000-01-01 and 9999-12-31, got /);
      expect(e.details).toEqual({ d });
    }
  });

  it('a DateTime whose instant is not a finite number is INVALID_DATE', () => {
    // A DateTime of another copy of luxon: a class of its own with inherited methods.
    class Broken {
      readonly isLuxonDateTime = true;
      readonly isValid = true;
      toMillis(): number {
        return Number.NaN;
      }
      toISO(): string {
        return '';
      }
      setZone(): this {
        return this;
      }
    }
    const broken = new Broken();
    const e = thrown(() => vietnam.isWorkingDay(broken as never));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe("Expected `d` to be a date 'YYYY-MM-DD' (or a Date or luxon DateTime), got an object (not a finite instant)");
    expect(e.details).toEqual({ d: broken });
  });
});

describe('instants', () => {
  it('strings: dates and times that do not exist are refused with the reason', () => {
    const cases: Array<[string, string]> = [
      ['2026-02-30T09:00', 'no such date'],
      ['2026-02-29T09:00', 'no such date'],
      ['2100-02-29T09:00', 'no such date'],
      ['2026-04-31T09:00', 'no such date'],
      ['2026-13-01T09:00', 'no such date'],
      ['2026-00-10T09:00', 'no such date'],
      ['2026-03-00T09:00', 'no such date'],
      [' 2026-02-30T09:00 ', 'no such date'],
      ['2026-03-02T24:00', 'no such time of day'],
      ['2026-03-02T09:60', 'no such time of day'],
      ['2026-03-02T09:00:60', 'no such time of day'],
      [' 2026-03-02T09:00:60 ', 'no such time of day'],
      ['2026-03-02T09:00+24:00', 'no such offset'],
      ['2026-03-02T09:00+07:60', 'no such offset'],
      ['2026-03-02T09:00-0060', 'no such offset'],
    ];
    for (const [t, why] of cases) {
      const e = thrown(() => read(t));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_INSTANT', `${INSTANT_MESSAGE}${JSON.stringify(t)} (${why})`, { t }]);
    }
  });

  it('the last valid minute, second and offset are accepted', () => {
    expect(read('2026-03-02T23:59:59')).toBe(Date.UTC(2026, 2, 2, 16, 59, 59));
    expect(read('2026-03-02T09:59+07:00')).toBe(Date.UTC(2026, 2, 2, 2, 59));
    expect(read('2026-03-02T09:00+23:59')).toBe(Date.UTC(2026, 2, 1, 9, 1));
    expect(read('2026-03-02T09:00-23:59')).toBe(Date.UTC(2026, 2, 3, 8, 59));
    expect(read('2026-03-02T09:00+00:59')).toBe(Date.UTC(2026, 2, 2, 8, 1));
    expect(read('2026-03-02T09:00-0030')).toBe(Date.UTC(2026, 2, 2, 9, 30));
  });

  it('Z, z, +00, +07 and +0700 are offsets of whole hours', () => {
    for (const t of ['2026-03-02T09:00Z', '2026-03-02T09:00z', '2026-03-02T09:00+00', '2026-03-02T09:00-00:00']) {
      expect(read(t)).toBe(Date.UTC(2026, 2, 2, 9));
    }
    for (const t of ['2026-03-02T16:00+07', '2026-03-02T16:00+0700', '2026-03-02T16:00+07:00']) expect(read(t)).toBe(Date.UTC(2026, 2, 2, 9));
    expect(read('2026-03-02T04:00-05')).toBe(Date.UTC(2026, 2, 2, 9));
  });

  it('surrounding spaces are ignored, in the other ISO forms luxon reads too', () => {
    const monday9 = Date.UTC(2026, 2, 2, 2);
    expect(read(' 2026-03-02T09:00 ')).toBe(monday9);
    expect(read(' 2026-W10-1T09:00 ')).toBe(monday9);
    expect(read('\t2026-061T09:00\n')).toBe(monday9);
  });

  it('epoch milliseconds from a day before 1000-01-01 to a day after 9999-12-31 (UTC): every wall-clock time of the supported years, in any zone', () => {
    // A calendar also bounds instants by its days; the order of dossiers reads them as they are.
    const first = Date.UTC(999, 11, 31);
    const last = Date.UTC(10000, 0, 2);
    const at = (receivedAt: unknown) => ({ channel: 'online' as const, receivedAt: receivedAt as number });
    expect(comparePriority(at(first), at(first + 1))).toBe(-1);
    expect(comparePriority(at(new Date(last)), at(last - 1))).toBe(1);
    expect(comparePriority(at('0999-12-31T00:00Z'), at('0999-12-30T23:00-01:00'))).toBe(0);
    for (const t of [first - 1, last + 1, new Date(first - 1), new Date(last + 1)]) {
      const e = thrown(() => comparePriority(at(t), at(first)));
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.message).toMatch(/^Expected `a.receivedAt` between the years 1000 and 9999, got /);
      expect(e.details).toEqual({ 'a.receivedAt': t });
    }
    for (const t of [first - 1, last + 1]) {
      const e = thrown(() => read(t, utc));
      expect([e.code, e.message, e.details]).toEqual(['OUT_OF_RANGE', `Expected \`t\` between the years 1000 and 9999, got ${t}`, { t }]);
    }
  });

  it('invalid values: the reason and the value in details', () => {
    // Another copy of luxon: a class of its own with inherited methods (a plain object with the
    // same fields, as JSON can write it, is not a DateTime).
    class Other {
      readonly isLuxonDateTime = true;
      constructor(readonly isValid: boolean) {}
      toMillis(): number {
        return Number.NaN;
      }
      toISO(): string {
        return '';
      }
      setZone(): this {
        return this;
      }
    }
    const invalid = new Other(false);
    const notFinite = new Other(true);
    const forged = { isLuxonDateTime: true, isValid: true, toMillis: () => 0 };
    const bad = DateTime.invalid('bad input');
    const cases: Array<[unknown, string]> = [
      [invalid, 'an object (invalid DateTime: unknown reason)'],
      [bad, 'an object (invalid DateTime: bad input)'],
      [notFinite, 'an object (not a finite instant)'],
      [forged, 'an object'],
      [Number.NaN, 'NaN (not a finite number)'],
      [new Date(Number.NaN), 'an invalid Date (invalid Date)'],
      ['next monday', '"next monday"'],
      [true, 'true'],
    ];
    for (const [t, got] of cases) {
      const e = thrown(() => read(t));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_INSTANT', `${INSTANT_MESSAGE}${got}`, { t }]);
    }
  });
});

describe('durations', () => {
  const t = '2026-03-02T09:00';

  it('the reason of each refusal, and the value in details', () => {
    const bad = Symbol('8h');
    const cases: Array<[unknown, string]> = [
      ['8h', '"8h"'],
      [bad, 'a symbol'],
      [[1], 'an array'],
      [{ hour: 8 }, "an object (unknown unit 'hour')"],
      [{ days: 1 }, "an object ('days' is not accepted: use addWorkingDays for days)"],
      [{ hours: '8' }, "an object ('hours' must be a finite number)"],
      [{ minutes: Number.NaN }, "an object ('minutes' must be a finite number)"],
      [{ hours: 1e303 }, 'an object (not a finite amount)'],
      [{ hours: 1e303, minutes: -1e303 }, 'an object (not a finite amount)'],
      [{ hours: 2e11 }, 'an object (longer than the supported span of years)'],
      [Number.POSITIVE_INFINITY, 'Infinity (not a finite number)'],
    ];
    for (const [d, got] of cases) {
      const e = thrown(() => vietnam.addWorkingTime(t, d as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_DURATION', `${DURATION_MESSAGE}${got}`, { d }]);
    }
  });

  it('units add up; an absent amount counts as nothing', () => {
    expect(vietnam.addWorkingTime(t, { hours: 1, minutes: 30, seconds: 15, milliseconds: 5 }).toISO()).toBe('2026-03-02T10:30:15.005+07:00');
    expect(vietnam.addWorkingTime(t, { hours: undefined, minutes: 30 } as never).toISO()).toBe('2026-03-02T09:30:00.000+07:00');
  });
});

describe('times of day', () => {
  it('the last minute and second of an hour are valid, and seconds count', () => {
    const cal = WorkingCalendar.create({ zone: 'UTC', week: { mon: [['07:59:59', '17:00']], tue: [['07:00', '23:59:59']], wed: [['08:00:05', '09:00:00']] } });
    expect(cal.toJSON().week).toEqual({ mon: [['07:59:59', '17:00']], tue: [['07:00', '23:59:59']], wed: [['08:00:05', '09:00']] });
    expect(cal.workingTimeBetween('2026-03-02T00:00', '2026-03-03T00:00').toMillis()).toBe((9 * 3600 + 1) * 1000);
    expect(cal.nextWorkingTime('2026-03-02T07:59').toISO()).toBe('2026-03-02T07:59:59.000+00:00');
    expect(cal.isWorkingTime('2026-03-03T23:59:58.999Z')).toBe(true);
    expect(cal.isWorkingTime('2026-03-03T23:59:59Z')).toBe(false);
  });

  it('only an exact 24:00 ends a day; a nested array is not a time', () => {
    const cases: Array<[unknown, string, string]> = [
      [['07:00', '24:00:01'], 'week.mon[0][1]', "'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00', got \"24:00:01\""],
      [['07:00', '24:01'], 'week.mon[0][1]', "'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00', got \"24:01\""],
      [[['07:00'], '17:00'], 'week.mon[0][0]', "'HH:mm' or 'HH:mm:ss' from '00:00' to '23:59:59', got an array"],
      [['07:00', ['17:00']], 'week.mon[0][1]', "'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00', got an array"],
    ];
    for (const [range, path, rest] of cases) {
      const e = thrown(() => WorkingCalendar.create({ week: { mon: [range as [string, string]] } }));
      const value = path.endsWith('[0]') ? (range as unknown[])[0] : (range as unknown[])[1];
      expect([e.code, e.message, e.details]).toEqual(['INVALID_TIME', `Expected ${path} to be a time of day ${rest}`, { path, value }]);
    }
  });

  it('errors of ranges name the path and the value', () => {
    const notArray = '07:00-17:00';
    const notPair = ['07:00'];
    const backwards = ['17:00', '07:00'];
    const overlapping = [['07:00', '12:00'], ['11:00', '17:00']];
    const check = (mon: unknown, code: string, details: unknown): void => {
      const e = thrown(() => WorkingCalendar.create({ week: { mon } as never }));
      expect([e.code, e.details]).toEqual([code, details]);
    };
    check(notArray, 'INVALID_TIME_RANGE', { path: 'week.mon', value: notArray });
    check([notPair], 'INVALID_TIME_RANGE', { path: 'week.mon[0]', value: notPair });
    check([['07:00', '08:00'], backwards], 'INVALID_TIME_RANGE', { path: 'week.mon[1]', value: backwards });
    check(overlapping, 'OVERLAPPING_RANGES', { path: 'week.mon', value: overlapping });
  });
});
