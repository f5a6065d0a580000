/**
 * WorkingCalendar by example: every query on the default civil-service hours
 * (Mon–Fri 07:00–11:30, 13:30–17:00) and its edges.
 */
import { DateTime, Duration } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange } from '../../src/calendar/index.js';

const H: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];
const week = { mon: H, tue: H, wed: H, thu: H, fri: H };
// Tết Bính Ngọ 2026 as a block of holidays (Mon 16/2 – Fri 20/2), and 30/4–1/5 2026.
const cal = WorkingCalendar.create({
  week,
  holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-30', '2026-05-01', '2026-12-31', '2027-01-01'],
  workdays: [{ date: '2026-03-21', name: 'Làm bù' }],
});
const iso = (dt: DateTime): string => dt.toFormat("yyyy-MM-dd'T'HH:mm");

describe('isWorkingTime', () => {
  test.each([
    ['2026-03-10T07:00', true],
    ['2026-03-10T06:59', false],
    ['2026-03-10T11:29', true],
    ['2026-03-10T11:30', false],
    ['2026-03-10T12:00', false],
    ['2026-03-10T13:30', true],
    ['2026-03-10T16:59:59.999', true],
    ['2026-03-10T17:00', false],
    ['2026-03-14T09:00', false],
    ['2026-03-21T09:00', true],
    ['2026-02-17T09:00', false],
  ])('%s → %s', (t, expected) => {
    expect(cal.isWorkingTime(t)).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  test('weekdays, weekends, holidays and a swapped Saturday', () => {
    expect(cal.isWorkingDay('2026-03-10')).toBe(true);
    expect(cal.isWorkingDay('2026-03-14')).toBe(false);
    expect(cal.isWorkingDay('2026-02-18')).toBe(false);
    expect(cal.isWorkingDay('2026-03-21')).toBe(true);
  });
  test('a Date or DateTime means its day in the calendar zone', () => {
    // 2026-03-13T18:00Z is Saturday 01:00 in Vietnam.
    expect(cal.isWorkingDay(new Date('2026-03-13T18:00:00Z'))).toBe(false);
    expect(cal.isWorkingDay(DateTime.fromISO('2026-03-13T16:00:00Z'))).toBe(true);
  });
});

describe('nextWorkingTime / previousWorkingTime', () => {
  test('inside working time returns t itself', () => {
    expect(iso(cal.nextWorkingTime('2026-03-10T09:15'))).toBe('2026-03-10T09:15');
    expect(iso(cal.previousWorkingTime('2026-03-10T09:15'))).toBe('2026-03-10T09:15');
  });
  test('lunch break, evening, weekend', () => {
    expect(iso(cal.nextWorkingTime('2026-03-10T11:30'))).toBe('2026-03-10T13:30');
    expect(iso(cal.nextWorkingTime('2026-03-10T17:00'))).toBe('2026-03-11T07:00');
    expect(iso(cal.nextWorkingTime('2026-03-13T20:00'))).toBe('2026-03-16T07:00');
    expect(iso(cal.previousWorkingTime('2026-03-10T12:00'))).toBe('2026-03-10T11:30');
    expect(iso(cal.previousWorkingTime('2026-03-10T11:30'))).toBe('2026-03-10T11:30');
    expect(iso(cal.previousWorkingTime('2026-03-16T06:00'))).toBe('2026-03-13T17:00');
  });
  test('a holiday block over a weekend (Tết 2026: Sat 14/2 – Sun 22/2)', () => {
    expect(iso(cal.nextWorkingTime('2026-02-13T17:00'))).toBe('2026-02-23T07:00');
    expect(iso(cal.previousWorkingTime('2026-02-22T23:00'))).toBe('2026-02-13T17:00');
  });
  test('year boundary: 31/12 and 1/1 off', () => {
    expect(iso(cal.nextWorkingTime('2026-12-30T17:00'))).toBe('2027-01-04T07:00');
    expect(iso(cal.previousWorkingTime('2027-01-03T12:00'))).toBe('2026-12-30T17:00');
  });
  test('returns a DateTime in the calendar zone', () => {
    const dt = cal.nextWorkingTime('2026-03-10T00:00:00Z');
    expect(dt.zoneName).toBe('Asia/Ho_Chi_Minh');
    expect(dt.isValid).toBe(true);
    expect(dt.toISO()).toBe('2026-03-10T07:00:00.000+07:00');
  });
});

describe('addWorkingTime', () => {
  test('the worked example of DOMAIN §2: Tue 09:00 + 8 h = Wed 09:00', () => {
    expect(iso(cal.addWorkingTime('2026-03-10T09:00', { hours: 8 }))).toBe('2026-03-11T09:00');
  });
  test('earliest instant: Monday 07:00 + 8 h is Monday 17:00, not Tuesday 07:00', () => {
    expect(iso(cal.addWorkingTime('2026-03-16T07:00', { hours: 8 }))).toBe('2026-03-16T17:00');
    expect(iso(cal.addWorkingTime('2026-03-16T07:00', { hours: 4.5 }))).toBe('2026-03-16T11:30');
  });
  test('from off hours the count starts at the next period', () => {
    expect(iso(cal.addWorkingTime('2026-03-13T20:00', { hours: 1 }))).toBe('2026-03-16T08:00');
    expect(iso(cal.addWorkingTime('2026-03-10T12:00', { minutes: 30 }))).toBe('2026-03-10T14:00');
  });
  test('across the Tết block', () => {
    expect(iso(cal.addWorkingTime('2026-02-13T16:30', { hours: 1 }))).toBe('2026-02-23T07:30');
  });
  test('negative durations walk back and return the latest instant', () => {
    expect(iso(cal.addWorkingTime('2026-03-16T17:00', { hours: -8 }))).toBe('2026-03-16T07:00');
    expect(iso(cal.addWorkingTime('2026-03-16T07:00', { hours: -1 }))).toBe('2026-03-13T16:00');
    expect(iso(cal.addWorkingTime('2026-03-10T13:30', { minutes: -30 }))).toBe('2026-03-10T11:00');
    expect(iso(cal.addWorkingTime('2026-02-23T07:30', { hours: -1 }))).toBe('2026-02-13T16:30');
  });
  test('zero returns t, even off hours', () => {
    expect(iso(cal.addWorkingTime('2026-03-14T10:00', 0))).toBe('2026-03-14T10:00');
  });
  test('every duration form', () => {
    const t = '2026-03-10T09:00';
    const expected = '2026-03-10T10:30';
    expect(iso(cal.addWorkingTime(t, 5_400_000))).toBe(expected);
    expect(iso(cal.addWorkingTime(t, { hours: 1, minutes: 30 }))).toBe(expected);
    expect(iso(cal.addWorkingTime(t, Duration.fromObject({ minutes: 90 })))).toBe(expected);
    expect(iso(cal.addWorkingTime(t, { seconds: 5400 }))).toBe(expected);
  });
  test('2,000 working hours = 250 working days', () => {
    const end = cal.addWorkingTime('2026-03-10T09:00', { hours: 2000 });
    expect(cal.workingTimeBetween('2026-03-10T09:00', end).as('hours')).toBe(2000);
  });
  test('a swapped Saturday counts', () => {
    expect(iso(cal.addWorkingTime('2026-03-20T16:00', { hours: 2 }))).toBe('2026-03-21T08:00');
  });
});

describe('workingTimeBetween', () => {
  test('signed, in working time only', () => {
    expect(cal.workingTimeBetween('2026-03-10T09:00', '2026-03-11T09:00').as('hours')).toBe(8);
    expect(cal.workingTimeBetween('2026-03-11T09:00', '2026-03-10T09:00').as('hours')).toBe(-8);
    expect(cal.workingTimeBetween('2026-03-10T11:00', '2026-03-10T14:00').as('minutes')).toBe(60);
    expect(cal.workingTimeBetween('2026-03-14T00:00', '2026-03-15T23:59').toMillis()).toBe(0);
    expect(cal.workingTimeBetween('2026-02-13T17:00', '2026-02-23T07:00').toMillis()).toBe(0);
  });
  test('17:00 and the next day 07:00 are the same point of working time', () => {
    expect(cal.workingTimeBetween('2026-03-10T17:00', '2026-03-11T07:00').toMillis()).toBe(0);
  });
  test('a whole year', () => {
    // 2026 has 261 weekdays; 8 of the listed holidays fall on weekdays in 2026, one Saturday is worked.
    expect(cal.workingTimeBetween('2026-01-01T00:00', '2027-01-01T00:00').as('hours')).toBe((261 - 8 + 1) * 8);
  });
});

describe('addWorkingDays / workingDaysBetween', () => {
  test('forwards, backwards and zero', () => {
    expect(cal.addWorkingDays('2026-03-13', 1)).toBe('2026-03-16');
    expect(cal.addWorkingDays('2026-03-16', -1)).toBe('2026-03-13');
    expect(cal.addWorkingDays('2026-03-14', 0)).toBe('2026-03-16');
    expect(cal.addWorkingDays('2026-03-10', 0)).toBe('2026-03-10');
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-03-20', 1)).toBe('2026-03-21');
    expect(cal.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
  });
  test('counts days in (a, b]', () => {
    expect(cal.workingDaysBetween('2026-03-01', '2026-03-31')).toBe(23);
    expect(cal.workingDaysBetween('2026-03-31', '2026-03-01')).toBe(-23);
    expect(cal.workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });
});

describe('workingPeriods', () => {
  test('clipped and in order', () => {
    const periods = cal.workingPeriods('2026-03-10T10:00', '2026-03-11T08:00').map((p) => [iso(p.start), iso(p.end)]);
    expect(periods).toEqual([
      ['2026-03-10T10:00', '2026-03-10T11:30'],
      ['2026-03-10T13:30', '2026-03-10T17:00'],
      ['2026-03-11T07:00', '2026-03-11T08:00'],
    ]);
  });
  test('a range ending 24:00 and the next day starting 00:00 form one period', () => {
    const night = WorkingCalendar.create({ week: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } });
    const periods = night.workingPeriods('2026-03-09T00:00', '2026-03-11T00:00').map((p) => [iso(p.start), iso(p.end)]);
    expect(periods).toEqual([['2026-03-09T22:00', '2026-03-10T06:00']]);
    expect(iso(night.addWorkingTime('2026-03-09T23:00', { hours: 2 }))).toBe('2026-03-10T01:00');
    expect(night.isWorkingTime('2026-03-10T00:00')).toBe(true);
  });
  test('to before from is an error', () => {
    expect(() => cal.workingPeriods('2026-03-11T00:00', '2026-03-10T00:00')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('short days and extra working days', () => {
  const c = WorkingCalendar.create({
    week,
    holidays: [{ date: '2026-03-11', name: 'Nửa ngày', hours: [['07:00', '11:30']] }],
    workdays: ['2026-03-14', { date: '2026-03-15', hours: [['08:00', '10:00']] }],
  });
  test('a short holiday is worked only in its hours', () => {
    expect(c.isWorkingTime('2026-03-11T09:00')).toBe(true);
    expect(c.isWorkingTime('2026-03-11T14:00')).toBe(false);
    expect(iso(c.addWorkingTime('2026-03-11T11:00', { hours: 1 }))).toBe('2026-03-12T07:30');
  });
  test('a workday without hours uses Monday hours, with hours uses them', () => {
    expect(c.workingTimeBetween('2026-03-14T00:00', '2026-03-15T00:00').as('hours')).toBe(8);
    expect(c.workingTimeBetween('2026-03-15T00:00', '2026-03-16T00:00').as('hours')).toBe(2);
  });
  test('a workday uses the first weekday with hours when Monday has none', () => {
    const c2 = WorkingCalendar.create({ week: { wed: [['09:00', '12:00']] }, workdays: ['2026-03-14'] });
    expect(c2.workingTimeBetween('2026-03-14T00:00', '2026-03-15T00:00').as('hours')).toBe(3);
  });
});

describe('running out of working time', () => {
  const few = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-10', hours: [['08:00', '12:00']] }, { date: '2026-03-12', hours: [['08:00', '12:00']] }] });
  test('a finite calendar answers inside and throws OUT_OF_RANGE beyond', () => {
    expect(iso(few.addWorkingTime('2026-03-10T10:00', { hours: 4 }))).toBe('2026-03-12T10:00');
    expect(iso(few.addWorkingTime('2026-03-10T10:00', { hours: 6 }))).toBe('2026-03-12T12:00');
    expect(() => few.addWorkingTime('2026-03-10T10:00', { hours: 6, milliseconds: 1 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => few.addWorkingTime('2026-03-10T10:00', { hours: -3 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => few.nextWorkingTime('2026-03-12T12:00')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => few.previousWorkingTime('2026-03-10T07:00')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => few.addWorkingDays('2026-03-12', 1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => few.addWorkingDays('2026-03-10', -1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(few.addWorkingDays('2026-03-01', 2)).toBe('2026-03-12');
    expect(few.workingDaysBetween('2020-01-01', '2030-01-01')).toBe(2);
  });
  test('a calendar with a range throws OUT_OF_RANGE outside it', () => {
    const ranged = WorkingCalendar.create({ week, range: { from: '2026-01-01', to: '2026-12-31' } });
    expect(() => ranged.isWorkingTime('2027-01-04T09:00')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => ranged.addWorkingTime('2026-12-31T16:00', { hours: 2 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(iso(ranged.addWorkingTime('2026-12-31T16:00', { hours: 1 }))).toBe('2026-12-31T17:00');
    expect(() => ranged.addWorkingDays('2026-12-31', 1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });
});

describe('toJSON and extend', () => {
  test('round trip', () => {
    const json = cal.toJSON();
    expect(WorkingCalendar.create(json).toJSON()).toEqual(json);
    expect(JSON.parse(JSON.stringify(cal))).toEqual(json);
    expect(json.zone).toBe('Asia/Ho_Chi_Minh');
  });
  test('extend adds a closure and replaces a rule named again', () => {
    const closed = cal.extend({ holidays: [{ date: '2026-03-10', name: 'Đóng cửa' }, '2026-03-21'] });
    expect(closed.isWorkingDay('2026-03-10')).toBe(false);
    expect(closed.isWorkingDay('2026-03-21')).toBe(false);
    expect(cal.isWorkingDay('2026-03-10')).toBe(true);
    const berlin = cal.extend({ zone: 'Europe/Berlin' });
    expect(berlin.zone).toBe('Europe/Berlin');
    expect(berlin.nextWorkingTime('2026-03-10T06:00').toISO()).toBe('2026-03-10T07:00:00.000+01:00');
  });
});
