/**
 * Bad specs and bad inputs: each throws WorktimeError with a stable code and a message that
 * says what was expected.
 */
import { DateTime, Duration } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import type { CalendarSpec } from '../../src/calendar/index.js';
import { OFFICE_HOURS as H, officeCalendar as cal } from '../support/calendars.js';

/** The code of the WorktimeError `fn` throws, after checking the error's shape (an Error, a message, details). */
function checkedCodeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WorktimeError);
    expect(e).toBeInstanceOf(Error);
    const err = e as WorktimeError;
    expect(err.message.length).toBeGreaterThan(10);
    expect(typeof err.details).toBe('object');
    return err.code;
  }
  throw new Error('expected a WorktimeError');
}

describe('create validates every rule', () => {
  const bad: Array<[string, unknown, string]> = [
    ['not an object', 42, 'INVALID_SPEC'],
    ['null', null, 'INVALID_SPEC'],
    ['missing week', {}, 'INVALID_SPEC'],
    ['unknown property', { week: { mon: H }, holiday: [] }, 'INVALID_SPEC'],
    ['unknown weekday', { week: { monday: H } }, 'INVALID_SPEC'],
    ['unknown zone', { zone: 'Asia/Saigon_Nowhere', week: { mon: H } }, 'INVALID_ZONE'],
    ['zone not a string', { zone: 7, week: { mon: H } }, 'INVALID_ZONE'],
    ['bad HH:mm', { week: { mon: [['7:00', '11:30']] } }, 'INVALID_TIME'],
    ['25:00', { week: { mon: [['08:00', '25:00']] } }, 'INVALID_TIME'],
    ['24:00 as a start', { week: { mon: [['24:00', '24:00']] } }, 'INVALID_TIME'],
    ['minutes 60', { week: { mon: [['08:60', '09:00']] } }, 'INVALID_TIME'],
    ['end before start', { week: { mon: [['11:30', '07:00']] } }, 'INVALID_TIME_RANGE'],
    ['end equals start', { week: { mon: [['07:00', '07:00']] } }, 'INVALID_TIME_RANGE'],
    ['not a pair', { week: { mon: [['07:00']] } }, 'INVALID_TIME_RANGE'],
    ['ranges not an array', { week: { mon: '07:00-11:30' } }, 'INVALID_TIME_RANGE'],
    ['overlapping ranges', { week: { mon: [['07:00', '12:00'], ['11:00', '17:00']] } }, 'OVERLAPPING_RANGES'],
    ['overlapping short-day hours', { week: { mon: H }, holidays: [{ date: '2026-01-02', hours: [['07:00', '12:00'], ['08:00', '09:00']] }] }, 'OVERLAPPING_RANGES'],
    ['bad date', { week: { mon: H }, holidays: ['2026-02-30'] }, 'INVALID_DATE'],
    ['date not ISO', { week: { mon: H }, holidays: ['17/02/2026'] }, 'INVALID_DATE'],
    ['duplicate holiday', { week: { mon: H }, holidays: ['2026-02-17', { date: '2026-02-17' }] }, 'DUPLICATE_DATE'],
    ['duplicate workday', { week: { mon: H }, workdays: ['2026-01-10', '2026-01-10'] }, 'DUPLICATE_DATE'],
    ['holiday and workday', { week: { mon: H }, holidays: ['2026-01-10'], workdays: ['2026-01-10'] }, 'CONFLICTING_DAY_RULES'],
    ['rule with unknown key', { week: { mon: H }, holidays: [{ date: '2026-01-10', hour: H }] }, 'INVALID_SPEC'],
    ['rule name not a string', { week: { mon: H }, holidays: [{ date: '2026-01-10', name: 5 }] }, 'INVALID_SPEC'],
    ['holidays not an array', { week: { mon: H }, holidays: '2026-01-10' }, 'INVALID_SPEC'],
    ['workday with empty hours', { week: { mon: H }, workdays: [{ date: '2026-01-10', hours: [] }] }, 'INVALID_TIME_RANGE'],
    ['no working time', { week: {} }, 'NO_WORKING_TIME'],
    ['no working time, only holidays', { week: {}, holidays: ['2026-01-01'] }, 'NO_WORKING_TIME'],
    ['workday with nothing to copy', { week: {}, workdays: ['2026-01-10'] }, 'NO_WORKING_TIME'],
    ['range reversed', { week: { mon: H }, range: { from: '2026-12-31', to: '2026-01-01' } }, 'INVALID_SPEC'],
    ['range bad date', { week: { mon: H }, range: { from: '2026-13-01', to: '2027-01-01' } }, 'INVALID_DATE'],
  ];
  test.each(bad)('%s', (_name, spec, code) => {
    expect(checkedCodeOf(() => WorkingCalendar.create(spec as CalendarSpec))).toBe(code);
  });

  test('messages say what was expected', () => {
    expect(() => WorkingCalendar.create({ week: { mon: [['08:00', '25:00']] } })).toThrow(/Expected week\.mon\[0\]\[1\] to be a time of day 'HH:mm'/);
    expect(() => WorkingCalendar.create({ zone: 'Mars/Olympus', week: { mon: H } })).toThrow(/IANA time zone/);
  });

  test('touching ranges are merged, 24:00 is accepted as an end', () => {
    const c = WorkingCalendar.create({ week: { mon: [['07:00', '11:30'], ['11:30', '24:00']] } });
    expect(c.toJSON().week.mon).toEqual([['07:00', '24:00']]);
  });

  test('extend validates what it adds', () => {
    expect(checkedCodeOf(() => cal.extend({ holidays: ['2026-01-10'], workdays: ['2026-01-10'] }))).toBe('CONFLICTING_DAY_RULES');
    expect(checkedCodeOf(() => cal.extend({ zone: 'Nowhere/City' }))).toBe('INVALID_ZONE');
    expect(checkedCodeOf(() => cal.extend({ week: {} }))).toBe('NO_WORKING_TIME');
  });
});

describe('inputs', () => {
  const expected = '2026-03-10T09:00:00.000+07:00';
  test.each([
    ['wall-clock ISO', '2026-03-10T09:00'],
    ['with a space', '2026-03-10 09:00'],
    ['with seconds and ms', '2026-03-10T09:00:00.000'],
    ['with Z', '2026-03-10T02:00:00Z'],
    ['with an offset', '2026-03-10T04:00:00+02:00'],
    ['with a compact offset', '2026-03-10T04:00+0200'],
    ['Date', new Date('2026-03-10T02:00:00Z')],
    ['DateTime in another zone', DateTime.fromISO('2026-03-09T22:00', { zone: 'America/New_York' })],
    ['epoch ms', Date.UTC(2026, 2, 10, 2)],
  ])('%s', (_name, input) => {
    expect(cal.nextWorkingTime(input as string).toISO()).toBe(expected);
  });

  test('a date string as an instant is midnight in the calendar zone', () => {
    expect(cal.nextWorkingTime('2026-03-10').toISO()).toBe('2026-03-10T07:00:00.000+07:00');
  });

  test('other ISO forms go through luxon', () => {
    expect(cal.nextWorkingTime('2026-W11-2T09:00').toISO()).toBe(expected);
  });

  const badInstants: unknown[] = [
    'yesterday',
    '2026-02-30T09:00',
    '2026-03-10T25:00',
    '2026-03-10T24:00',
    '',
    NaN,
    Infinity,
    new Date('nope'),
    DateTime.invalid('test'),
    null,
    undefined,
    {},
    [],
    true,
    Symbol('t'),
    () => 1,
    10n,
  ];
  test.each(badInstants.map((v) => [String(typeof v), v]))('instant %s rejected with INVALID_INSTANT', (_t, v) => {
    expect(checkedCodeOf(() => cal.isWorkingTime(v as string))).toBe('INVALID_INSTANT');
  });

  test('instants outside 1000–9999 are OUT_OF_RANGE', () => {
    expect(checkedCodeOf(() => cal.isWorkingTime(8.64e15))).toBe('OUT_OF_RANGE');
    expect(checkedCodeOf(() => cal.isWorkingTime('0999-12-31T00:00Z'))).toBe('OUT_OF_RANGE');
  });

  test.each(['2026-3-10', '2026-02-29', 'today', '', 20260310, null, new Date(NaN)])('date %s rejected with INVALID_DATE', (v) => {
    expect(checkedCodeOf(() => cal.isWorkingDay(v as string))).toBe('INVALID_DATE');
  });

  test.each([
    ['days', { days: 1 }],
    ['weeks', Duration.fromObject({ weeks: 1 })],
    ['unknown unit', { hour: 1 }],
    ['NaN', NaN],
    ['string', '8h'],
    ['null', null],
    ['non-finite hours', { hours: Infinity }],
    ['string hours', { hours: '8' }],
    ['invalid Duration', Duration.invalid('test')],
    ['array', [8]],
    ['too long', { hours: 1e12 }],
  ])('duration %s rejected with INVALID_DURATION', (_n, v) => {
    expect(checkedCodeOf(() => cal.addWorkingTime('2026-03-10T09:00', v as number))).toBe('INVALID_DURATION');
  });

  test.each([1.5, NaN, '1', null, 1e9])('working-day count %s rejected with INVALID_NUMBER', (n) => {
    expect(checkedCodeOf(() => cal.addWorkingDays('2026-03-10', n as number))).toBe('INVALID_NUMBER');
  });
});

describe('far instants never reach the zone', () => {
  test.each([new Date(8.64e15), new Date(-8.64e15), DateTime.fromMillis(8.64e15)])('%s', (d) => {
    expect(checkedCodeOf(() => cal.isWorkingDay(d))).toBe('OUT_OF_RANGE');
    expect(checkedCodeOf(() => cal.isWorkingTime(d))).toBe('OUT_OF_RANGE');
  });
});
