/**
 * fast-check arbitraries for calendars: random valid specs in random zones (with and without
 * daylight saving), instants around them and working-time durations.
 */
import fc from 'fast-check';
import type { CalendarSpec, TimeRange, Weekday } from '../../../src/calendar/index.js';
import { daysFromCivil, formatDay } from '../../../src/time/civil.js';

/** Zones with every kind of edge: none, DST at 02:00/03:00, at midnight, 30-minute DST, odd offsets. */
export const ZONES = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
] as const;

export const WEEKDAY_KEYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 0–3 non-overlapping ranges on a 15-minute grid, possibly touching, possibly ending at 24:00. */
export const dayRangesArb: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    if (sorted.length % 2 === 1) sorted.pop();
    const ranges: TimeRange[] = [];
    for (let i = 0; i < sorted.length; i += 2) ranges.push([hhmm((sorted[i] as number) * 15), hhmm((sorted[i + 1] as number) * 15)]);
    return fc.constant(ranges);
  });

const FIRST_DAY = daysFromCivil(2019, 1, 1);
const LAST_DAY = daysFromCivil(2031, 12, 31);

export const dayInRangeArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** A random valid spec: some working time each week, holidays (some short days) and workdays. */
export const specArb: fc.Arbitrary<CalendarSpec> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    week: fc.tuple(...WEEKDAY_KEYS.map(() => dayRangesArb)),
    ruleDays: fc.uniqueArray(fc.integer({ min: daysFromCivil(2024, 1, 1), max: daysFromCivil(2027, 12, 31) }), { maxLength: 40 }),
    kinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
    hours: fc.array(dayRangesArb.filter((r) => r.length > 0), { minLength: 40, maxLength: 40 }),
    // Days of a leap year (0 = 1 January … 365 = 31 December), for yearly '--MM-DD' rules.
    yearly: fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 4 }),
  })
  .filter(({ week }) => week.some((r) => r.length > 0))
  .map(({ zone, week, ruleDays, kinds, hours, yearly }) => {
    const spec: CalendarSpec = { zone, week: {} };
    WEEKDAY_KEYS.forEach((d, i) => {
      const r = week[i] as TimeRange[];
      if (r.length > 0) spec.week[d] = r;
    });
    const holidays: NonNullable<CalendarSpec['holidays']> = [];
    const workdays: NonNullable<CalendarSpec['workdays']> = [];
    ruleDays.forEach((day, i) => {
      const date = formatDay(day);
      const kind = kinds[i] as number;
      if (kind === 0) holidays.push(date);
      else if (kind === 1) holidays.push({ date, name: 'Nghỉ ngắn', hours: hours[i] as TimeRange[] });
      else if (kind === 2) workdays.push(date);
      else workdays.push({ date, hours: hours[i] as TimeRange[] });
    });
    yearly.forEach((n, i) => {
      const date = `--${formatDay(daysFromCivil(2024, 1, 1) + n).slice(5)}`;
      const kind = kinds[39 - i] as number;
      if (kind === 0) holidays.push(date);
      else if (kind === 1) holidays.push({ date, name: 'Ngày lễ hằng năm', hours: hours[39 - i] as TimeRange[] });
      else if (kind === 2) workdays.push({ date, name: 'Ngày làm việc hằng năm' });
      else workdays.push({ date, hours: hours[39 - i] as TimeRange[] });
    });
    if (holidays.length > 0) spec.holidays = holidays;
    if (workdays.length > 0) spec.workdays = workdays;
    return spec;
  });

/** Epoch ms between 2020 and 2030 on a one-minute grid, with some exact quarter hours. */
export const epochArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: daysFromCivil(2020, 1, 1) * 96, max: daysFromCivil(2030, 1, 1) * 96 }).map((q) => q * 900_000),
  fc.integer({ min: daysFromCivil(2020, 1, 1) * 1440, max: daysFromCivil(2030, 1, 1) * 1440 }).map((m) => m * 60_000),
);

/** Working-time durations in ms, from a minute to 2,000 hours. */
export const durationArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2000 * 60 }).map((m) => m * 60_000),
  fc.integer({ min: 0, max: 8 * 3_600_000 }),
);
