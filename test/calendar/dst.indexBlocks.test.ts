/**
 * Working time across daylight-saving transitions, checked day by day against luxon over decades,
 * so that transitions at every position relative to the index's 256-day blocks are met (the block
 * sums and the per-day adjustments near each transition must agree). Mutation testing showed the
 * windows around transitions and the block bookkeeping could shift without any test noticing.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';

const ALL_DAY = [['00:00', '24:00']] as [string, string][];
const NIGHT = [['00:30', '03:30']] as [string, string][];

describe.each(['America/New_York', 'Australia/Lord_Howe', 'Europe/London'])('%s', (zone) => {
  it('24/7: the working time of each day and of long spans is the real elapsed time', () => {
    const cal = WorkingCalendar.create({
      zone,
      week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
    });
    const first = DateTime.fromISO('1995-01-01', { zone });
    let total = 0;
    let day = first;
    for (let i = 0; i < 366 * 12; i++) {
      const next = day.plus({ days: 1 });
      const real = next.toMillis() - day.toMillis();
      const worked = cal.workingTimeBetween(day, next).toMillis();
      if (worked !== real) expect.fail(`${day.toISODate()}: ${worked} ms worked, ${real} ms elapsed`);
      total += real;
      day = next;
    }
    expect(cal.workingTimeBetween(first, day).toMillis()).toBe(total);
    expect(cal.workingTimeBetween(day, first).toMillis()).toBe(-total);
    expect(cal.addWorkingTime(first, total).toMillis()).toBe(day.toMillis());
    expect(cal.workingDaysBetween(first, day)).toBe(366 * 12);
  });

  it('night hours that a transition cuts or repeats: each day and the sums agree', () => {
    const cal = WorkingCalendar.create({ zone, week: { sat: NIGHT, sun: NIGHT, mon: [['01:00', '02:30']] } });
    const first = DateTime.fromISO('2000-01-01', { zone });
    let sum = 0;
    let days = 0;
    let day = first;
    for (let i = 0; i < 366 * 10; i++) {
      const next = day.plus({ days: 1 });
      const periods = cal.workingPeriods(day, next);
      const real = periods.reduce((acc, p) => acc + p.end.toMillis() - p.start.toMillis(), 0);
      const worked = cal.workingTimeBetween(day, next).toMillis();
      if (worked !== real) expect.fail(`${day.toISODate()}: ${worked} ms counted, ${real} ms in its periods`);
      sum += real;
      if (real > 0) days++;
      day = next;
    }
    expect(cal.workingTimeBetween(first, day).toMillis()).toBe(sum);
    expect(cal.workingDaysBetween(first.minus({ days: 1 }), day.minus({ days: 1 }))).toBe(days);
    expect(cal.addWorkingTime(first, sum).toMillis()).toBe(cal.previousWorkingTime(day).toMillis());
  });
});

describe('whole years in a day count (America/Nuuk, 2026-03-28 loses its only hours to the gap)', () => {
  // Saturday 23:00–23:30 lies inside the 23:00 → 00:00 gap: no instant shows those times, so
  // Saturday 28 March is no working day; Sunday's 00:00–00:30 exists and is worked.
  const cal = WorkingCalendar.create({ zone: 'America/Nuuk', week: { sat: [['23:00', '23:30']], sun: [['00:00', '00:30']] } });

  it('a span of years counts the same days as the days one by one', () => {
    let day = DateTime.fromISO('2024-01-01', { zone: 'America/Nuuk' });
    const first = day.toISODate() as string;
    let days = 0;
    for (let i = 0; i < 366 * 4; i++) {
      day = day.plus({ days: 1 });
      if (cal.isWorkingDay(day)) days++;
    }
    expect(cal.isWorkingDay('2026-03-28')).toBe(false);
    expect(cal.isWorkingDay('2026-03-29')).toBe(true);
    expect(cal.workingDaysBetween(first, day.toISODate() as string)).toBe(days);
    expect(cal.workingDaysBetween(day.toISODate() as string, first)).toBe(-days);
  });
});
