/**
 * Lunar → Gregorian.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { formatDay } from '../time/civil.js';
import type { LunarDate } from './lunarDate.js';
import { lunarYearData } from './lunarYears.js';
import { FIRST_DAY, LAST_DAY, LAST_YEAR, outOfRange } from './range.js';

/** Lunar 1899 is accepted for its last days, which fall in January 1900. */
const FIRST_LUNAR_YEAR = 1899;

function invalid(message: string, value: unknown): WorktimeError {
  return new WorktimeError('INVALID_LUNAR_DATE', message, { lunar: value }, 'lunar');
}

function show(l: LunarDate): string {
  return `${l.day}/${l.month}${l.leap ? ' (leap)' : ''}/${l.year}`;
}

/** Checks the shape of a lunar date (integers, a boolean) and returns it normalised. */
function parse(value: unknown): LunarDate {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`Expected \`lunar\` to be a lunar date { year, month, day, leap }, got ${describe(value)}`, value);
  }
  const { year, month, day, leap } = value as Record<string, unknown>;
  for (const [name, field] of [['year', year], ['month', month], ['day', day]] as const) {
    if (typeof field !== 'number' || !Number.isInteger(field)) {
      throw invalid(`Expected \`lunar.${name}\` to be an integer, got ${describe(field)}`, value);
    }
  }
  if (leap !== undefined && typeof leap !== 'boolean') {
    throw invalid(`Expected \`lunar.leap\` to be true or false, got ${describe(leap)}`, value);
  }
  return { year: year as number, month: month as number, day: day as number, leap: leap === true };
}

/**
 * The Gregorian day of a Vietnamese lunar date (the inverse of `toLunar`).
 *
 * Hùng Kings' day (Giỗ Tổ) is 10 of the regular month 3: pass `leap: false` even in a year with
 * a leap month 3. A missing `leap` is read as `false`.
 *
 * @param lunar - A {@link LunarDate}.
 * @returns `'YYYY-MM-DD'`.
 * @throws WorktimeError `INVALID_LUNAR_DATE` for a date that does not exist: not an object,
 *   non-integer fields, month outside 1–12, day outside 1–30 or past the end of a 29-day month,
 *   `leap: true` for a month that is not leap that year. `OUT_OF_RANGE` when the year is outside
 *   1899–2199 or the day falls outside 1900-01-01…2199-12-31.
 *
 * @example
 * fromLunar({ year: 2026, month: 1, day: 1, leap: false });  //=> '2026-02-17' (Tết Bính Ngọ)
 * fromLunar({ year: 2026, month: 3, day: 10, leap: false }); //=> '2026-04-26' (Giỗ Tổ Hùng Vương)
 * fromLunar({ year: 2023, month: 2, day: 1, leap: true });   //=> '2023-03-22' (tháng 2 nhuận)
 * fromLunar({ year: 2025, month: 12, day: 30, leap: false });
 * //=> throws INVALID_LUNAR_DATE: month 12 of 2025 has 29 days (the eve of Tết 2026 is 29/12)
 */
export function fromLunar(lunar: LunarDate): string {
  const l = parse(lunar);
  if (l.year < FIRST_LUNAR_YEAR || l.year > LAST_YEAR) throw outOfRange('lunar', lunar, show(l));
  if (l.month < 1 || l.month > 12) throw invalid(`Expected \`lunar.month\` from 1 to 12, got ${l.month}`, lunar);
  if (l.day < 1 || l.day > 30) throw invalid(`Expected \`lunar.day\` from 1 to 30, got ${l.day}`, lunar);
  const data = lunarYearData(l.year);
  if (l.leap && l.month !== data.leapMonth) {
    const has = data.leapMonth === 0 ? 'has no leap month' : `has leap month ${data.leapMonth}`;
    throw invalid(`Expected \`lunar\` to be a day that exists, got ${show(l)}: lunar year ${l.year} ${has}`, lunar);
  }
  const index = l.leap || (data.leapMonth !== 0 && l.month > data.leapMonth) ? l.month : l.month - 1;
  const start = data.starts[index] as number;
  const length = (data.starts[index + 1] as number) - start;
  if (l.day > length) {
    throw invalid(`Expected \`lunar\` to be a day that exists, got ${show(l)}: that month has ${length} days`, lunar);
  }
  const day = start + l.day - 1;
  if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange('lunar', lunar, show(l));
  return formatDay(day);
}
