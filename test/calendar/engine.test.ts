/**
 * The additions of the engine: yearly '--MM-DD' rules, dayInfo, periodAt, shiftWorkingDays and
 * calendar.epoch, by example (Vietnamese cases where they exist).
 */
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange } from '../../src/calendar/index.js';
import { failure, thrown } from '../support/arbitraries/outcomes.js';

const OFFICE: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];
const week = { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE };

describe("yearly rules ('--MM-DD')", () => {
  const cal = WorkingCalendar.create({
    week,
    holidays: [{ date: '--09-02', name: 'Quốc khánh' }, '--04-30', { date: '--02-29', name: 'Ngày nhuận' }, { date: '--12-31', hours: [['07:00', '11:30']] }],
    workdays: [{ date: '2026-04-30', name: 'Làm bù' }, '--06-06'],
  });

  test('every year of the range; a dated rule wins', () => {
    expect(cal.isWorkingDay('2025-09-02')).toBe(false);
    expect(cal.isWorkingDay('2199-09-02')).toBe(false);
    expect(cal.isWorkingDay('1900-04-30')).toBe(false);
    expect(cal.isWorkingDay('2026-04-30')).toBe(true);
    expect(cal.dayInfo('2026-04-30')).toEqual({ date: '2026-04-30', working: true, kind: 'extra-workday', name: 'Làm bù', hours: OFFICE });
    expect(cal.dayInfo('2027-04-30')).toEqual({ date: '2027-04-30', working: false, kind: 'holiday', hours: [] });
    expect(cal.dayInfo('2026-06-06')).toMatchObject({ working: true, kind: 'extra-workday', hours: OFFICE });
    expect(cal.dayInfo('2026-12-31')).toMatchObject({ working: true, kind: 'holiday', hours: [['07:00', '11:30']] });
    expect(cal.dayInfo('2028-02-29')).toMatchObject({ kind: 'holiday', name: 'Ngày nhuận' });
    expect(cal.workingTimeBetween('2026-12-31T00:00', '2027-01-01T00:00').as('hours')).toBe(4.5);
  });

  test('counts over centuries agree with the days one by one', () => {
    // 2100 is no leap year: no 29 February. Count 2099-12-31 … 2101-01-01 day by day.
    let days = 0;
    for (let d = Date.UTC(2100, 0, 1); d < Date.UTC(2101, 0, 1); d += 86_400_000) {
      if (cal.isWorkingDay(new Date(d).toISOString().slice(0, 10))) days++;
    }
    expect(cal.workingDaysBetween('2099-12-31', '2100-12-31')).toBe(days);
    const long = cal.workingDaysBetween('1950-01-01', '2350-01-01');
    expect(cal.workingDaysBetween('1950-01-01', '2150-01-01') + cal.workingDaysBetween('2150-01-01', '2350-01-01')).toBe(long);
  });

  test('toJSON writes them back, extend replaces them', () => {
    const json = cal.toJSON();
    expect(json.holidays).toContainEqual({ date: '--09-02', name: 'Quốc khánh' });
    expect(json.holidays).toContain('--04-30');
    expect(json.workdays).toEqual([{ date: '2026-04-30', name: 'Làm bù' }, '--06-06']);
    expect(WorkingCalendar.create(json).toJSON()).toEqual(json);
    const moved = cal.extend({ workdays: ['--09-02'] });
    expect(moved.isWorkingDay('2025-09-02')).toBe(true);
    expect(moved.dayInfo('2025-09-02').kind).toBe('extra-workday');
  });

  test('invalid yearly dates, duplicates and conflicts', () => {
    expect(failure(() => WorkingCalendar.create({ week, holidays: ['--13-01'] }))).toMatchObject({ code: 'INVALID_DATE' });
    expect(failure(() => WorkingCalendar.create({ week, holidays: ['--02-30'] }))).toMatchObject({ code: 'INVALID_DATE' });
    expect(failure(() => WorkingCalendar.create({ week, holidays: [{ date: '--1-01' }] }))).toMatchObject({ code: 'INVALID_DATE' });
    expect(failure(() => WorkingCalendar.create({ week, holidays: ['--01-01', '--01-01'] }))).toEqual({
      code: 'DUPLICATE_DATE',
      message: 'Expected each date once in `holidays`, but --01-01 appears twice',
      details: { date: '--01-01', path: 'holidays[1]' },
    });
    expect(failure(() => WorkingCalendar.create({ week, holidays: ['--01-01'], workdays: ['--01-01'] }))).toMatchObject({ code: 'CONFLICTING_DAY_RULES' });
    expect(WorkingCalendar.create({ week, holidays: ['--01-01', '2026-01-01'] }).isWorkingDay('2026-01-01')).toBe(false);
  });

  test('a calendar whose only working time is a yearly workday', () => {
    const yearly = WorkingCalendar.create({ week: {}, workdays: [{ date: '--03-10', hours: [['08:00', '12:00']] }], range: { from: '2026-01-01', to: '2028-12-31' } });
    expect(yearly.addWorkingTime('2026-03-10T12:00', { hours: 1 }).toISO()).toBe('2027-03-10T09:00:00.000+07:00');
    expect(thrown(() => yearly.addWorkingTime('2028-03-10T12:00', { hours: 1 })).code).toBe('OUT_OF_RANGE');
    expect(() => WorkingCalendar.create({ week: {}, workdays: ['--03-10'] })).toThrow(/NO_WORKING_TIME|hours/);
  });
});

describe('periodAt', () => {
  const cal = WorkingCalendar.create({ week });
  test('the period holding an instant, half-open', () => {
    const p = cal.periodAt('2026-03-10T07:00');
    expect([p?.start.toISO(), p?.end.toISO()]).toEqual(['2026-03-10T07:00:00.000+07:00', '2026-03-10T11:30:00.000+07:00']);
    expect(cal.periodAt('2026-03-10T11:30')).toBeNull();
    expect(cal.periodAt('2026-03-14T09:00')).toBeNull();
  });
  test('touching periods are one, across midnight and whole weeks', () => {
    const night = WorkingCalendar.create({ week: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } });
    const p = night.periodAt('2026-03-10T01:00');
    expect([p?.start.toISO(), p?.end.toISO()]).toEqual(['2026-03-09T22:00:00.000+07:00', '2026-03-10T06:00:00.000+07:00']);
    const all: TimeRange[] = [['00:00', '24:00']];
    const always = WorkingCalendar.create({ week: { mon: all, tue: all, wed: all, thu: all, fri: all }, range: { from: '2026-01-01', to: '2026-12-31' } });
    const w = always.periodAt('2026-03-11T12:00');
    expect([w?.start.toISO(), w?.end.toISO()]).toEqual(['2026-03-09T00:00:00.000+07:00', '2026-03-14T00:00:00.000+07:00']);
    const open = WorkingCalendar.create({ week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }, range: { from: '2026-01-01', to: '2026-01-31' } });
    const whole = open.periodAt('2026-01-15T12:00');
    expect([whole?.start.toISO(), whole?.end.toISO()]).toEqual(['2026-01-01T00:00:00.000+07:00', '2026-02-01T00:00:00.000+07:00']);
  });
  test('errors', () => {
    expect(thrown(() => cal.periodAt('nope')).code).toBe('INVALID_INSTANT');
    expect(thrown(() => cal.periodAt('0999-01-01')).code).toBe('OUT_OF_RANGE');
  });
});

describe('shiftWorkingDays', () => {
  const cal = WorkingCalendar.create({ week, holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'] });
  test('n working days later at the same time of day', () => {
    expect(cal.shiftWorkingDays('2026-02-13T16:30', 1).toISO()).toBe('2026-02-23T16:30:00.000+07:00');
    expect(cal.shiftWorkingDays('2026-02-23T08:00', -1).toISO()).toBe('2026-02-13T08:00:00.000+07:00');
    expect(cal.shiftWorkingDays('2026-02-14T09:00', 0).toISO()).toBe('2026-02-23T09:00:00.000+07:00');
    expect(cal.shiftWorkingDays('2026-02-13T20:00', 1).toISO()).toBe('2026-02-23T20:00:00.000+07:00');
  });
  test('a time that does not exist on the day found moves forward', () => {
    const paris = WorkingCalendar.create({ zone: 'Europe/Paris', week: { sat: [['09:00', '10:00']], sun: [['09:00', '10:00']] } });
    expect(paris.shiftWorkingDays('2026-03-28T02:30', 1).toISO()).toBe('2026-03-29T03:30:00.000+02:00');
  });
  test('errors', () => {
    expect(thrown(() => cal.shiftWorkingDays('2026-02-13T16:30', 1.5)).code).toBe('INVALID_NUMBER');
    expect(thrown(() => cal.shiftWorkingDays(Number.NaN, 1)).code).toBe('INVALID_INSTANT');
    const short = WorkingCalendar.create({ week, range: { from: '2026-01-01', to: '2026-01-31' } });
    expect(thrown(() => short.shiftWorkingDays('2026-01-30T09:00', 1)).code).toBe('OUT_OF_RANGE');
  });
});

describe('calendar.epoch', () => {
  const cal = WorkingCalendar.create({ week, range: { from: '2026-01-01', to: '2026-12-31' } });
  const e = cal.epoch;
  const at = (iso: string): number => Date.parse(iso);
  test('numbers in and out', () => {
    expect(e.addWorkingTime(at('2026-03-16T07:00+07:00'), 8 * 3_600_000)).toBe(at('2026-03-16T17:00+07:00'));
    expect(e.addWorkingTime(at('2026-03-14T07:00+07:00'), 0)).toBe(at('2026-03-14T07:00+07:00'));
    expect(e.nextWorkingTime(at('2026-03-13T20:00+07:00'))).toBe(at('2026-03-16T07:00+07:00'));
    expect(e.previousWorkingTime(at('2026-03-10T12:00+07:00'))).toBe(at('2026-03-10T11:30+07:00'));
    expect(e.isWorkingTime(at('2026-03-10T11:30+07:00'))).toBe(false);
    expect(e.workingTimeBetween(at('2026-03-11T09:00+07:00'), at('2026-03-10T09:00+07:00'))).toBe(-8 * 3_600_000);
    expect(e.addWorkingTime(at('2026-03-16T07:00+07:00'), 0.4)).toBe(at('2026-03-16T07:00+07:00'));
  });
  test('running out and bad values throw as the DateTime methods do', () => {
    expect(thrown(() => e.addWorkingTime(at('2026-12-31T16:00+07:00'), 2 * 3_600_000)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => e.addWorkingTime(at('2026-01-01T08:00+07:00'), -2 * 3_600_000)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => e.nextWorkingTime(at('2026-12-31T18:00+07:00'))).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => e.previousWorkingTime(at('2026-01-01T06:00+07:00'))).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => e.isWorkingTime(at('2027-01-01T06:00+07:00'))).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => e.addWorkingTime(at('2026-03-16T07:00+07:00'), Number.POSITIVE_INFINITY)).code).toBe('INVALID_DURATION');
    expect(thrown(() => e.addWorkingTime(at('2026-03-16T07:00+07:00'), 1e15)).code).toBe('INVALID_DURATION');
  });
  test('far answers: a year of working time', () => {
    const all: TimeRange[] = [['00:00', '24:00']];
    const always = WorkingCalendar.create({ zone: 'Europe/Paris', week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all } });
    const t = at('2026-01-01T00:00+01:00');
    expect(always.epoch.addWorkingTime(t, 365 * 86_400_000)).toBe(at('2027-01-01T00:00+01:00'));
    expect(always.epoch.workingTimeBetween(at('1000-01-01T00:00Z'), at('9999-01-01T00:00Z'))).toBe(at('9999-01-01T00:00Z') - at('1000-01-01T00:00Z'));
    expect(always.epoch.addWorkingTime(at('9999-01-01T00:00Z'), -(at('9999-01-01T00:00Z') - at('1000-01-01T00:00Z')))).toBe(at('1000-01-01T00:00Z'));
  });
});

describe('zone corrections summed over centuries (Europe/Paris, Sundays 02:00–02:30)', () => {
  // Each spring the range falls in the gap (02:00 → 03:00): one Sunday a year has no working
  // time. From 2101 on the zone follows its last rule, so that is exact for every year.
  const range: TimeRange[] = [['02:00', '02:30']];
  const sundays = (fromYear: number, toYear: number): number => {
    let n = 0;
    for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear + 1, 0, 1); t += 86_400_000) if (new Date(t).getUTCDay() === 0) n++;
    return n;
  };
  test('one Sunday a year is lost, 2101–2900', () => {
    const cal = WorkingCalendar.create({ zone: 'Europe/Paris', week: { sun: range } });
    const expected = sundays(2101, 2900) - 800;
    expect(cal.workingDaysBetween('2100-12-31', '2900-12-31')).toBe(expected);
    expect(cal.workingTimeBetween('2101-01-01T00:00', '2901-01-01T00:00').as('minutes')).toBe(expected * 30);
    expect(cal.workingDaysBetween('2000-12-31', '2100-12-31')).toBe(sundays(2001, 2100) - 100);
  });
  test('dated rules in far years correct their year only', () => {
    // 2500-03-28 is the last Sunday of March 2500: a holiday there changes nothing (the day was
    // lost to the gap anyway); a holiday on another Sunday loses one more, a short Sunday 20 minutes.
    const base = WorkingCalendar.create({ zone: 'Europe/Paris', week: { sun: range } });
    expect(base.isWorkingDay('2500-03-28')).toBe(false);
    expect(base.isWorkingDay('2500-03-21')).toBe(true);
    const same = base.extend({ holidays: ['2500-03-28'] });
    const less = base.extend({ holidays: ['2500-03-21', { date: '2700-06-03', hours: [['02:00', '02:10']] }] });
    const all = base.workingDaysBetween('2100-12-31', '2900-12-31');
    expect(same.workingDaysBetween('2100-12-31', '2900-12-31')).toBe(all);
    expect(less.workingDaysBetween('2100-12-31', '2900-12-31')).toBe(all - 1);
    expect(less.workingTimeBetween('2101-01-01T00:00', '2901-01-01T00:00').as('minutes')).toBe(all * 30 - 30 - 20);
  });
});
