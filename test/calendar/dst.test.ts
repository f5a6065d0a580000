/**
 * Daylight-saving zones: missing and repeated hours. Expected values are worked out by hand
 * from the zones' 2026 transitions (Europe/Berlin: 29/3 02:00→03:00, 25/10 03:00→02:00;
 * America/New_York: 8/3 02:00→03:00, 1/11 02:00→01:00; America/Santiago: midnight shifts).
 */
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange } from '../../src/calendar/index.js';

const ALL: TimeRange[] = [['00:00', '24:00']];
const everyDay = { mon: ALL, tue: ALL, wed: ALL, thu: ALL, fri: ALL, sat: ALL, sun: ALL };
const NIGHT: TimeRange[] = [['01:00', '04:00']];

describe('Europe/Berlin', () => {
  const berlin = WorkingCalendar.create({ zone: 'Europe/Berlin', week: everyDay });
  const night = WorkingCalendar.create({ zone: 'Europe/Berlin', week: { sun: NIGHT } });
  test('a 00:00–24:00 day lasts 23 h in spring and 25 h in autumn', () => {
    expect(berlin.workingTimeBetween('2026-03-29T00:00', '2026-03-30T00:00').as('hours')).toBe(23);
    expect(berlin.workingTimeBetween('2026-10-25T00:00', '2026-10-26T00:00').as('hours')).toBe(25);
    expect(berlin.workingTimeBetween('2026-03-28T00:00', '2026-03-29T00:00').as('hours')).toBe(24);
  });
  test('a range over the missing hour is shortened', () => {
    expect(night.workingTimeBetween('2026-03-29T00:00', '2026-03-30T00:00').as('hours')).toBe(2);
    expect(night.addWorkingTime('2026-03-29T01:00', { hours: 1 }).toISO()).toBe('2026-03-29T03:00:00.000+02:00');
  });
  test('a range over the repeated hour counts it once per real hour', () => {
    expect(night.workingTimeBetween('2026-10-25T00:00', '2026-10-26T00:00').as('hours')).toBe(4);
    expect(night.addWorkingTime('2026-10-25T01:00', { hours: 2 }).toISO()).toBe('2026-10-25T02:00:00.000+01:00');
    expect(night.addWorkingTime('2026-10-25T01:00', { hours: 1.5 }).toISO()).toBe('2026-10-25T02:30:00.000+02:00');
  });
  test('a wall-clock input inside the gap moves forward; a repeated one takes the earlier instant', () => {
    expect(berlin.nextWorkingTime('2026-03-29T02:30').toISO()).toBe('2026-03-29T03:30:00.000+02:00');
    expect(berlin.nextWorkingTime('2026-10-25T02:30').toISO()).toBe('2026-10-25T02:30:00.000+02:00');
  });
  test('days keep counting across transitions', () => {
    expect(night.addWorkingDays('2026-03-22', 1)).toBe('2026-03-29');
    expect(night.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(52);
  });
});

describe('America/New_York', () => {
  const H: TimeRange[] = [['00:30', '03:30']];
  const ny = WorkingCalendar.create({ zone: 'America/New_York', week: { sun: H } });
  test('spring forward: 3 h wall clock are 2 real hours', () => {
    expect(ny.workingTimeBetween('2026-03-08T00:00', '2026-03-09T00:00').as('hours')).toBe(2);
    expect(ny.workingTimeBetween('2026-03-01T00:00', '2026-03-02T00:00').as('hours')).toBe(3);
  });
  test('fall back: 3 h wall clock are 4 real hours', () => {
    expect(ny.workingTimeBetween('2026-11-01T00:00', '2026-11-02T00:00').as('hours')).toBe(4);
    expect(ny.addWorkingTime('2026-11-01T00:30', { hours: 4 }).toISO()).toBe('2026-11-01T03:30:00.000-05:00');
  });
  test('a year of Sundays', () => {
    expect(ny.workingTimeBetween('2026-01-01T00:00', '2027-01-01T00:00').as('hours')).toBe(52 * 3 - 1 + 1);
  });
});

describe('America/Santiago: the transition at midnight', () => {
  const cl = WorkingCalendar.create({ zone: 'America/Santiago', week: everyDay });
  test('the day after the spring transition starts at 01:00 and lasts 23 h', () => {
    // 2026-09-06 00:00 does not exist in Santiago (clocks go from 00:00 to 01:00).
    expect(cl.workingTimeBetween('2026-09-05T12:00', '2026-09-06T12:00').as('hours')).toBe(23);
    const periods = cl.workingPeriods('2026-09-05T22:00', '2026-09-06T02:00');
    expect(periods).toHaveLength(1);
    expect(periods[0]?.end.toISO()).toBe('2026-09-06T02:00:00.000-03:00');
  });
});

describe('Asia/Ho_Chi_Minh history', () => {
  test('the 1975 change from UTC+8 to UTC+7 is respected', () => {
    const vn = WorkingCalendar.create({ week: everyDay });
    // At 1975-06-13 00:00 (UTC+8) clocks went back to 23:00 on 12 June (UTC+7).
    expect(vn.workingTimeBetween('1975-06-12T00:00', '1975-06-14T00:00').as('hours')).toBe(49);
    expect(vn.nextWorkingTime('1960-01-01T08:00').toISO()).toBe('1960-01-01T08:00:00.000+08:00');
  });
});

describe('Pacific/Apia: the day skipped at the end of 2011', () => {
  // Clocks went from 2011-12-29 24:00 (UTC-10) to 2011-12-31 00:00 (UTC+14): 30 December never was.
  test('the skipped day is no working day, and a day is no working day from itself, across the year end too', () => {
    const apia = WorkingCalendar.create({ zone: 'Pacific/Apia', week: everyDay });
    expect(apia.workingDaysBetween('2011-12-28', '2012-01-02')).toBe(4);
    expect(apia.workingDaysBetween('2011-12-29', '2011-12-31')).toBe(1);
    for (const d of ['2011-12-29', '2011-12-30', '2011-12-31', '2012-01-01']) expect(apia.workingDaysBetween(d, d)).toBe(0);
  });
});

describe('Pacific/Chatham: ranges that a gap makes overlap', () => {
  // 2025-09-28: clocks go from 02:45 to 03:45. A range ending 03:00 (in the gap) ends at the
  // instant shown as 04:00; a range 03:45–04:00 lies inside it. Their union is counted once.
  const chatham = WorkingCalendar.create({ zone: 'Pacific/Chatham', week: { sun: [['00:00', '03:00'], ['03:45', '04:00']] } });
  test('the union of the resolved ranges', () => {
    expect(chatham.workingTimeBetween('2025-09-28T00:00', '2025-09-29T00:00').as('hours')).toBe(3);
    expect(chatham.workingPeriods('2025-09-27T12:00', '2025-09-28T12:00').map((p) => p.end.toISO())).toEqual(['2025-09-28T04:00:00.000+13:45']);
  });
});

describe('a range boundary inside a spring-forward gap', () => {
  // A range keeps the real instants whose wall-clock time it covers: a boundary that does not
  // exist is the transition itself (luxon would move it forward by the gap, lengthening the range).
  test.each([
    // zone, day, range, real hours, ISO of the period's end
    ['America/Los_Angeles', '2006-04-02', ['01:30', '02:30'], 0.5, '2006-04-02T03:00:00.000-07:00'],
    ['Europe/Paris', '2026-03-29', ['01:30', '02:30'], 0.5, '2026-03-29T03:00:00.000+02:00'],
    ['Australia/Lord_Howe', '2026-10-04', ['01:30', '02:15'], 0.5, '2026-10-04T02:30:00.000+11:00'],
  ] as const)('%s %s: a range ending in the gap stops at the transition', (zone, day, range, hours, end) => {
    const cal = WorkingCalendar.create({ zone, week: { sun: [[range[0], range[1]]] } });
    expect(cal.workingTimeBetween(`${day}T00:00`, `${day}T12:00`).as('hours')).toBe(hours);
    expect(cal.workingPeriods(`${day}T00:00`, `${day}T12:00`).map((p) => p.end.toISO())).toEqual([end]);
    expect(cal.addWorkingTime(`${day}T01:30`, { minutes: 30 }).toISO()).toBe(end);
    expect(cal.isWorkingTime(`${day}T01:45`)).toBe(true);
  });

  test.each([
    ['America/Los_Angeles', '2006-04-02', '2006-04-02T03:00:00.000-07:00'],
    ['Europe/Paris', '2026-03-29', '2026-03-29T03:00:00.000+02:00'],
    ['America/New_York', '2026-03-08', '2026-03-08T03:00:00.000-04:00'],
  ] as const)('%s %s: a range starting in the gap starts at the transition', (zone, day, start) => {
    const cal = WorkingCalendar.create({ zone, week: { sun: [['02:30', '04:00']] } });
    expect(cal.workingTimeBetween(`${day}T00:00`, `${day}T12:00`).as('hours')).toBe(1);
    expect(cal.nextWorkingTime(`${day}T01:00`).toISO()).toBe(start);
  });

  test('a range entirely inside the gap has no working time that day', () => {
    const cal = WorkingCalendar.create({ zone: 'Europe/Paris', week: { sun: [['02:10', '02:50']], mon: [['09:00', '10:00']] } });
    expect(cal.isWorkingDay('2026-03-29')).toBe(false);
    expect(cal.isWorkingDay('2026-03-22')).toBe(true);
    expect(cal.dayInfo('2026-03-29')).toMatchObject({ working: false, kind: 'workday', hours: [['02:10', '02:50']] });
  });
});
