/**
 * Edges of `WorkingCalendar` that the other suites leave open, each checked against a value worked
 * out from the rules by hand:
 * - the first and last day of a calendar's `range`: dates on them are accepted, rules outside them
 *   give no working time, and queries that would need a day outside fail with `OUT_OF_RANGE`;
 * - spec validation: which values are accepted (a holiday with empty `hours`, a workday without
 *   `hours`, dates at the ends of the supported years) and the exact errors of the others;
 * - the argument named in each method's errors (`t`, `a`, `b`, `d`, `from`, `to`);
 * - daylight-saving days where a gap makes one day's hours run into the next day, where resolved
 *   ranges come out of order, before 1970 (negative epoch milliseconds), and at the first day of
 *   a 256-day block of the compiled index.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange } from '../../src/calendar/index.js';
import { thrown } from '../support/errors.js';

const OFFICE: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];
const ALL_DAY: TimeRange[] = [['00:00', '24:00']];
const EVERY_DAY = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };

const hours = (d: { as(unit: 'hours'): number }): number => d.as('hours');
const isos = (periods: Array<{ start: DateTime; end: DateTime }>): string[][] => periods.map((p) => [p.start.toISO() ?? '', p.end.toISO() ?? '']);

describe('the first and last day of a range', () => {
  // 2026-03-02 is a Monday; the calendar knows 2026-03-02..2026-12-31.
  const cal = WorkingCalendar.create({ week: { mon: OFFICE, tue: OFFICE }, range: { from: '2026-03-02', to: '2026-12-31' } });

  it('nothing before the first day: the previous working time and earlier working days do not exist', () => {
    for (const fn of [
      () => cal.previousWorkingTime('2026-03-02T06:00'),
      () => cal.addWorkingTime('2026-03-02T08:00', { hours: -2 }),
      () => cal.addWorkingTime('2026-03-02T07:00', { minutes: -1 }),
      () => cal.addWorkingDays('2026-03-02', -1),
    ]) {
      expect(thrown(fn).code).toBe('OUT_OF_RANGE');
    }
    expect(thrown(() => cal.addWorkingDays('2026-03-02', -1)).message).toBe(
      'The calendar has no 1 working day(s) before 2026-03-02 within 2026-03-02..2026-12-31',
    );
    const e = thrown(() => cal.previousWorkingTime('2026-03-02T06:00'));
    expect(e.message).toBe('The calendar has no working time before "2026-03-02T06:00" within 2026-03-02..2026-12-31 to reach the requested amount');
    expect(e.details).toEqual({ t: '2026-03-02T06:00' });
    // What the first day does have is still reached.
    expect(cal.addWorkingTime('2026-03-02T08:00', { hours: -1 }).toISO()).toBe('2026-03-02T07:00:00.000+07:00');
    expect(cal.previousWorkingTime('2026-03-02T12:00').toISO()).toBe('2026-03-02T11:30:00.000+07:00');
    expect(cal.addWorkingDays('2026-03-03', -1)).toBe('2026-03-02');
    expect(cal.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('counting working days back can land on the first day of the range', () => {
    // 2026-01-01 is a Thursday: the working days of the range start 1, 2, 5, 6 January.
    const office = WorkingCalendar.create({ week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, range: { from: '2026-01-01', to: '2026-12-31' } });
    expect(office.addWorkingDays('2026-01-05', -2)).toBe('2026-01-01');
    expect(office.addWorkingDays('2026-01-06', -3)).toBe('2026-01-01');
    expect(office.addWorkingDays('2026-01-05', -1)).toBe('2026-01-02');
  });

  it('counting working days back past the first day of the range is out of range, as forwards past the last', () => {
    // Two working days (1 and 2 January) come before Monday 5 January in the range: a third is not in it.
    const office = WorkingCalendar.create({ week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, range: { from: '2026-01-01', to: '2026-12-31' } });
    for (const n of [-3, -4, -100]) {
      const e = thrown(() => office.addWorkingDays('2026-01-05', n));
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.message).toBe(`The calendar has no ${-n} working day(s) before 2026-01-05 within 2026-01-01..2026-12-31`);
    }
    expect(thrown(() => office.shiftWorkingDays('2026-01-05T09:00', -3)).code).toBe('OUT_OF_RANGE');
    expect(office.shiftWorkingDays('2026-01-05T09:00', -2).toISO()).toBe('2026-01-01T09:00:00.000+07:00');
    // The same from a day off: Saturday 3 January has 1 and 2 January before it.
    expect(office.addWorkingDays('2026-01-03', -2)).toBe('2026-01-01');
    expect(thrown(() => office.addWorkingDays('2026-01-03', -3)).code).toBe('OUT_OF_RANGE');
  });

  it('a range of a single day', () => {
    const one = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] }, range: { from: '2026-03-02', to: '2026-03-02' } });
    expect(one.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(one.addWorkingTime('2026-03-02T08:00', { hours: 1 }).toISO()).toBe('2026-03-02T09:00:00.000+07:00');
    expect(one.addWorkingTime('2026-03-02T08:00', { hours: -1 }).toISO()).toBe('2026-03-02T07:00:00.000+07:00');
    expect(one.nextWorkingTime('2026-03-02T06:00').toISO()).toBe('2026-03-02T07:00:00.000+07:00');
    expect(one.previousWorkingTime('2026-03-02T18:00').toISO()).toBe('2026-03-02T17:00:00.000+07:00');
    expect(thrown(() => one.addWorkingDays('2026-03-02', 1)).code).toBe('OUT_OF_RANGE');
  });

  it('workday rules before or after the range give no working time; on its first or last day they do', () => {
    const hours8: TimeRange[] = [['08:00', '16:00']];
    const range = { from: '2026-02-01', to: '2026-02-28' };
    for (const date of ['2026-01-31', '2026-03-01']) {
      const e = thrown(() => WorkingCalendar.create({ week: {}, workdays: [{ date, hours: hours8 }], range }));
      expect(e.code).toBe('NO_WORKING_TIME');
    }
    for (const date of ['2026-02-01', '2026-02-28']) {
      const cal1 = WorkingCalendar.create({ week: {}, workdays: [{ date, hours: hours8 }], range });
      expect(cal1.isWorkingDay(date)).toBe(true);
      expect(cal1.workingDaysBetween('2026-02-01', '2026-02-28')).toBe(date === '2026-02-28' ? 1 : 0);
    }
  });

  it('the range is named in out-of-range messages', () => {
    expect(thrown(() => cal.isWorkingDay('2027-01-01')).message).toBe(
      'Expected `d` within the calendar\'s range 2026-03-02..2026-12-31, got "2027-01-01"',
    );
    expect(thrown(() => cal.addWorkingDays('2026-12-28', 3)).message).toBe(
      'The calendar has no 3 working day(s) after 2026-12-28 within 2026-03-02..2026-12-31',
    );
  });
});

describe('each method names its own argument in its errors', () => {
  const cal = WorkingCalendar.create({ week: { mon: OFFICE }, range: { from: '2026-01-01', to: '2026-12-31' } });
  const OUT = '2027-06-01T09:00';
  const IN = '2026-06-01T09:00';
  const outside = (name: string, got: string) => `Expected \`${name}\` within the calendar's range 2026-01-01..2026-12-31, got "${got}"`;

  it('instants', () => {
    const cases: Array<[string, () => unknown]> = [
      ['t', () => cal.isWorkingTime(OUT)],
      ['t', () => cal.nextWorkingTime(OUT)],
      ['t', () => cal.previousWorkingTime(OUT)],
      ['t', () => cal.addWorkingTime(OUT, { hours: 1 })],
      ['a', () => cal.workingTimeBetween(OUT, IN)],
      ['b', () => cal.workingTimeBetween(IN, OUT)],
      ['from', () => cal.workingPeriods(OUT, OUT)],
      ['to', () => cal.workingPeriods(IN, OUT)],
    ];
    for (const [name, fn] of cases) {
      const e = thrown(fn);
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.message).toBe(outside(name, OUT));
      expect(e.details).toEqual({ [name]: OUT });
    }
    for (const [name, fn] of [
      ['t', () => cal.nextWorkingTime('soon')],
      ['t', () => cal.previousWorkingTime('soon')],
      ['t', () => cal.addWorkingTime('soon', { hours: 1 })],
      ['a', () => cal.workingTimeBetween('soon', IN)],
      ['from', () => cal.workingPeriods('soon', IN)],
      ['to', () => cal.workingPeriods(IN, 'soon')],
    ] as Array<[string, () => unknown]>) {
      const e = thrown(fn);
      expect(e.code).toBe('INVALID_INSTANT');
      expect(e.message).toContain(`\`${name}\``);
    }
  });

  it('dates', () => {
    const cases: Array<[string, () => unknown]> = [
      ['d', () => cal.isWorkingDay('2027-01-04')],
      ['d', () => cal.addWorkingDays('2027-01-04', 1)],
      ['a', () => cal.workingDaysBetween('2027-01-04', '2026-03-02')],
      ['b', () => cal.workingDaysBetween('2026-03-02', '2027-01-04')],
    ];
    for (const [name, fn] of cases) {
      const e = thrown(fn);
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.message).toBe(outside(name, '2027-01-04'));
      expect(e.details).toEqual({ [name]: '2027-01-04' });
    }
  });

  it('n of addWorkingDays: at most 4,000,000 either way', () => {
    for (const n of [4_000_001, -4_000_001, 1.5]) {
      const e = thrown(() => cal.addWorkingDays('2026-03-02', n));
      expect(e.code).toBe('INVALID_NUMBER');
      expect(e.details).toEqual({ n });
    }
    // A valid number that a calendar of one year cannot reach.
    for (const n of [4_000_000, -4_000_000]) expect(thrown(() => cal.addWorkingDays('2026-03-02', n)).code).toBe('OUT_OF_RANGE');
  });

  it('no working days or time backwards is 0, not -0', () => {
    expect(cal.workingDaysBetween('2026-03-08', '2026-03-07')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-10', '2026-03-03')).toBe(-1);
    expect(cal.workingTimeBetween('2026-03-08T12:00', '2026-03-07T12:00').toMillis()).toBe(0);
  });

  it('no working time backwards is 0, not -0, whichever span was asked first', () => {
    // One working morning, 10 March 2026; both instants come after it.
    const once = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-10', hours: [['08:00', '12:00']] }] });
    expect(once.workingTimeBetween('2026-07-07T07:00', '2026-09-25T07:00').toMillis()).toBe(0);
    expect(once.workingTimeBetween('2026-09-25T07:00', '2026-07-07T07:00').toMillis()).toBe(0);
    expect(once.epoch.workingTimeBetween(Date.UTC(2026, 8, 25), Date.UTC(2026, 6, 7))).toBe(0);
  });

  it('workingPeriods from an instant to itself is empty, to an earlier one an error', () => {
    expect(cal.workingPeriods('2026-03-02T09:00', '2026-03-02T09:00')).toEqual([]);
    expect(cal.workingPeriods('2026-03-02T20:00', '2026-03-02T20:00')).toEqual([]);
    expect(thrown(() => cal.workingPeriods('2026-03-02T09:00', '2026-03-02T08:59')).code).toBe('INVALID_ARGUMENT');
  });
});

describe('spec validation', () => {
  const week = { mon: OFFICE };

  it('rule dates on the first and last supported days are accepted', () => {
    const cal = WorkingCalendar.create({ week, holidays: ['1000-01-01', { date: '9999-12-31' }], range: { from: '1000-01-01', to: '9999-12-31' } });
    expect(cal.toJSON().holidays).toEqual(['1000-01-01', '9999-12-31']);
    expect(cal.toJSON().range).toEqual({ from: '1000-01-01', to: '9999-12-31' });
    expect(thrown(() => WorkingCalendar.create({ week, workdays: ['0999-12-31'] })).code).toBe('OUT_OF_RANGE');
  });

  it('a date must be a string, not something that only prints like one', () => {
    for (const [spec, path] of [
      [{ week, holidays: [{ date: ['2026-01-01'] }] }, 'holidays[0].date'],
      [{ week, range: { from: ['2026-01-01'], to: '2026-12-31' } }, 'range.from'],
      [{ week, range: { from: '2026-01-01', to: { toString: () => '2026-12-31' } } }, 'range.to'],
    ] as Array<[unknown, string]>) {
      const e = thrown(() => WorkingCalendar.create(spec as never));
      expect(e.code).toBe('INVALID_DATE');
      expect(e.message).toMatch(new RegExp(`^Expected ${path.replace(/[.[\]]/g, '\\$&')} to be a date 'YYYY-MM-DD', got `));
      expect(e.details.path).toBe(path);
    }
    const e = thrown(() => WorkingCalendar.create({ week, range: { from: '2026-01-01', to: '2026-13-01' } }));
    expect(e.message).toBe('Expected range.to to be a date \'YYYY-MM-DD\', got "2026-13-01"');
    expect(e.details).toEqual({ path: 'range.to', value: '2026-13-01' });
  });

  it('a holiday with empty hours is a day off; a workday without hours takes the template hours', () => {
    const cal = WorkingCalendar.create({
      week,
      holidays: [{ date: '2026-03-02', hours: [] }],
      workdays: [{ date: '2026-03-07', name: 'Làm bù' }],
    });
    expect(cal.isWorkingDay('2026-03-02')).toBe(false);
    expect(cal.isWorkingDay('2026-03-07')).toBe(true);
    expect(cal.workingPeriods('2026-03-07T00:00', '2026-03-08T00:00').map((p) => [p.start.toFormat('HH:mm'), p.end.toFormat('HH:mm')])).toEqual([
      ['07:00', '11:30'],
      ['13:30', '17:00'],
    ]);
    expect(cal.toJSON().holidays).toEqual([{ date: '2026-03-02', hours: [] }]);
    // A rule without a name has no `name` key at all, not one set to undefined.
    expect(Object.keys(cal.toJSON().holidays?.[0] as object)).toEqual(['date', 'hours']);
    expect(cal.toJSON().workdays).toEqual([{ date: '2026-03-07', name: 'Làm bù' }]);
    // Without Monday hours, the first weekday that has hours lends them.
    const wed = WorkingCalendar.create({ week: { wed: [['08:00', '12:00']], fri: OFFICE }, workdays: ['2026-03-07'] });
    expect(hours(wed.workingTimeBetween('2026-03-07T00:00', '2026-03-08T00:00'))).toBe(4);
  });

  it('the exact errors of values of the wrong type', () => {
    const cases: Array<[unknown, string, string, Record<string, unknown>]> = [
      [{ week: [OFFICE] }, 'INVALID_SPEC', "Expected `week` to be an object such as { mon: [['07:00', '11:30']] }, got an array", { week: [OFFICE] }],
      [
        { week, holidays: '2026-01-01' },
        'INVALID_SPEC',
        "Expected `holidays` to be an array of 'YYYY-MM-DD' strings or { date, name?, hours? } objects, got \"2026-01-01\"",
        { holidays: '2026-01-01' },
      ],
      [
        { week, workdays: [true] },
        'INVALID_SPEC',
        "Expected workdays[0] to be a date 'YYYY-MM-DD' or { date, name?, hours? }, got true",
        { path: 'workdays[0]', value: true },
      ],
      [
        { week, range: '2026' },
        'INVALID_SPEC',
        "Expected `range` to be { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }, got \"2026\"",
        { range: '2026' },
      ],
      [
        { week, workdays: [{ date: '2026-01-03', hours: [] }] },
        'INVALID_TIME_RANGE',
        'Expected workdays[0].hours to list at least one range (a working day with no hours is a holiday)',
        { path: 'workdays[0]' },
      ],
      [
        { week, range: { from: '2026-03-03', to: '2026-03-02' } },
        'INVALID_SPEC',
        'Expected range.to (2026-03-02) not before range.from (2026-03-03)',
        { range: { from: '2026-03-03', to: '2026-03-02' } },
      ],
    ];
    for (const [spec, code, message, details] of cases) {
      const e = thrown(() => WorkingCalendar.create(spec as never));
      expect({ code: e.code, message: e.message, details: e.details }).toEqual({ code, message, details });
    }
  });
});

describe('a gap at the end of a day (America/Nuuk, 2026-03-28: 23:00 -02:00 → 00:00 -01:00)', () => {
  // Saturday 22:00–23:30 ends inside the gap: its wall-clock times from 23:00 do not exist, so it
  // ends at the transition, the instant shown as Sunday 00:00. Sunday keeps all of its own hours.
  const SAT: TimeRange[] = [['20:00', '21:00'], ['22:00', '23:30']];
  const cal = WorkingCalendar.create({ zone: 'America/Nuuk', week: { sat: SAT, sun: [['00:00', '00:20'], ['00:45', '02:00']] } });

  it('Saturday stops at the transition; Sunday keeps its hours', () => {
    expect(isos(cal.workingPeriods('2026-03-28T00:00', '2026-03-30T00:00'))).toEqual([
      ['2026-03-28T20:00:00.000-02:00', '2026-03-28T21:00:00.000-02:00'],
      ['2026-03-28T22:00:00.000-02:00', '2026-03-29T00:20:00.000-01:00'],
      ['2026-03-29T00:45:00.000-01:00', '2026-03-29T02:00:00.000-01:00'],
    ]);
    // 1 h + 1 h + 20 min + 1 h 15.
    expect(cal.workingTimeBetween('2026-03-28T00:00', '2026-03-30T00:00').as('minutes')).toBe(215);
    // The weekend before, without the gap: 2 h 30 on Saturday, 1 h 35 on Sunday.
    expect(cal.workingTimeBetween('2026-03-21T00:00', '2026-03-30T00:00').as('minutes')).toBe(215 + 150 + 95);
    expect(cal.isWorkingTime('2026-03-29T00:15')).toBe(true);
    expect(cal.isWorkingTime('2026-03-29T00:35')).toBe(false);
    expect(cal.addWorkingTime('2026-03-28T22:00', { hours: 2 }).toISO()).toBe('2026-03-29T01:25:00.000-01:00');
  });

  it('a Saturday whose only hours fall in the gap is not a working day', () => {
    const swallowed = WorkingCalendar.create({ zone: 'America/Nuuk', week: { sat: [['23:10', '23:50']], sun: [['00:00', '00:30']] } });
    expect(swallowed.isWorkingDay('2026-03-28')).toBe(false);
    expect(swallowed.isWorkingDay('2026-04-04')).toBe(true);
    expect(swallowed.workingDaysBetween('2026-03-27', '2026-03-29')).toBe(1);
    expect(swallowed.workingDaysBetween('2026-03-20', '2026-04-05')).toBe(5);
    expect(swallowed.addWorkingDays('2026-03-27', 1)).toBe('2026-03-29');
    expect(hours(swallowed.workingTimeBetween('2026-03-28T00:00', '2026-03-30T00:00'))).toBe(0.5);
  });

  it('a range that starts on that Sunday counts nothing of Saturday', () => {
    const open = WorkingCalendar.create({ zone: 'America/Nuuk', week: { sat: [['22:00', '23:30']] } });
    const fromSunday = WorkingCalendar.create({ zone: 'America/Nuuk', week: { sat: [['22:00', '23:30']] }, range: { from: '2026-03-29', to: '2026-12-31' } });
    expect(open.isWorkingTime('2026-03-28T23:59-02:00')).toBe(false);
    expect(open.previousWorkingTime('2026-03-29T01:00').toISO()).toBe('2026-03-29T00:00:00.000-01:00');
    expect(hours(open.workingTimeBetween('2026-03-28T00:00', '2026-03-29T01:00'))).toBe(1);
    expect(hours(fromSunday.workingTimeBetween('2026-03-29T00:00', '2026-03-29T01:00'))).toBe(0);
    expect(fromSunday.workingPeriods('2026-03-29T00:00', '2026-03-29T01:00')).toEqual([]);
  });
});

describe('a repeated hour across midnight (America/St_Johns, 2000-10-29: 00:01 -02:30 → 23:01 -03:30 on the 28th)', () => {
  // Sunday 00:00 resolves to its earlier instant (-02:30), before the second Saturday 23:01–24:00.
  const week = { sun: [['00:00', '08:00']] as TimeRange[] };
  const open = WorkingCalendar.create({ zone: 'America/St_Johns', week });
  const toSaturday = WorkingCalendar.create({ zone: 'America/St_Johns', week, range: { from: '2000-01-01', to: '2000-10-28' } });
  const second2330 = '2000-10-28T23:30-03:30';

  it('Sunday\'s hours cover the second Saturday 23:30, but not when the range ends on Saturday', () => {
    expect(open.isWorkingTime(second2330)).toBe(true);
    expect(toSaturday.isWorkingTime(second2330)).toBe(false);
    expect(hours(open.workingTimeBetween('2000-10-28T12:00', second2330))).toBe(0.5);
    expect(hours(toSaturday.workingTimeBetween('2000-10-28T12:00', second2330))).toBe(0);
    expect(toSaturday.workingPeriods('2000-10-28T12:00', second2330)).toEqual([]);
    // The period starts on Sunday's clock and ends on Saturday's: 30 real minutes.
    expect(isos(open.workingPeriods('2000-10-28T12:00', second2330))).toEqual([['2000-10-29T00:00:00.000-02:30', '2000-10-28T23:30:00.000-03:30']]);
  });
});

describe('America/New_York before 1970 and at a block boundary', () => {
  it('ranges that the spring gap puts out of order (1969-04-27, 02:00 → 03:00)', () => {
    // 02:30–02:40 falls in the gap and moves to 03:30–03:40, inside 03:10–04:00.
    const cal = WorkingCalendar.create({ zone: 'America/New_York', week: { sun: [['01:00', '01:30'], ['02:30', '02:40'], ['03:10', '04:00']] } });
    expect(isos(cal.workingPeriods('1969-04-27T00:00', '1969-04-28T00:00'))).toEqual([
      ['1969-04-27T01:00:00.000-05:00', '1969-04-27T01:30:00.000-05:00'],
      ['1969-04-27T03:10:00.000-04:00', '1969-04-27T04:00:00.000-04:00'],
    ]);
    expect(cal.workingTimeBetween('1969-04-27T00:00', '1969-04-28T00:00').as('minutes')).toBe(80);
    expect(cal.workingTimeBetween('1969-04-20T00:00', '1969-04-21T00:00').as('minutes')).toBe(90);
    expect(cal.workingTimeBetween('1969-04-01T00:00', '1969-05-01T00:00').as('minutes')).toBe(3 * 90 + 80);
  });

  it('24/7: spans from 1969 into 1971, and the 1993 autumn day that starts a block of the index', () => {
    const zone = 'America/New_York';
    const cal = WorkingCalendar.create({ zone, week: EVERY_DAY });
    const elapsed = (a: string, b: string): number => DateTime.fromISO(b, { zone }).diff(DateTime.fromISO(a, { zone })).as('hours');
    for (const [a, b] of [
      ['1969-06-01T00:00', '1971-01-01T00:00'],
      ['1969-01-01T00:00', '1969-06-01T00:00'],
      ['1968-12-01T00:00', '1970-12-01T00:00'],
      ['1993-10-31T00:00', '1993-11-01T00:00'],
      ['1993-10-01T00:00', '1993-11-10T00:00'],
      ['1993-10-31T00:00', '1994-06-01T00:00'],
    ] as Array<[string, string]>) {
      expect(hours(cal.workingTimeBetween(a, b))).toBe(elapsed(a, b));
    }
    expect(hours(cal.workingTimeBetween('1993-10-31T00:00', '1993-11-01T00:00'))).toBe(25);
    expect(hours(cal.workingTimeBetween('1969-10-26T00:00', '1969-10-27T00:00'))).toBe(25);
  });

  it('no weekly hours, one workday on the spring day', () => {
    const cal = WorkingCalendar.create({ zone: 'America/New_York', week: {}, workdays: [{ date: '2026-03-08', hours: [['00:30', '03:30']] }] });
    expect(hours(cal.workingTimeBetween('2026-03-08T00:00', '2026-03-09T00:00'))).toBe(2);
    expect(hours(cal.workingTimeBetween('2026-01-01T00:00', '2026-12-31T00:00'))).toBe(2);
    expect(cal.addWorkingTime('2026-03-08T00:00', { hours: 2 }).toISO()).toBe('2026-03-08T03:30:00.000-04:00');
  });
});
