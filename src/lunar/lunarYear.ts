/**
 * The shape of one lunar year.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { formatDay } from '../time/civil.js';
import type { UncertainMonthStart } from './lunarDate.js';
import { lunarYearData, uncertainAt } from './lunarYears.js';
import { FIRST_YEAR, LAST_YEAR } from './range.js';

/** What {@link lunarYear} returns. */
export interface LunarYearInfo {
  /** Tết Nguyên Đán, lunar 1/1, as `'YYYY-MM-DD'`. */
  tet: string;
  /** The month number repeated as leap in this lunar year, 0 if none. */
  leapMonth: number;
  /** The first day of each of its 12 or 13 months, in order (a leap month right after its namesake). */
  monthStarts: string[];
  /**
   * Present only when some month start of the year, or the next Tết, is not certain: its new moon
   * lies within ΔT's uncertainty of midnight (years after 2076; see {@link UncertainMonthStart}).
   */
  uncertain?: UncertainMonthStart[];
}

/**
 * The Tết, leap month and month starts of a lunar year, numbered like the Gregorian year in which
 * its Tết falls; it runs from its Tết to the day before the next Tết, so a leap month 11 or 12
 * that comes after the December solstice belongs to it (2033's leap 11 is in lunar 2033).
 *
 * Lunar 2199 reaches past the supported Gregorian range: its month 12 starts on 2200-01-16, a day
 * that `toLunar` and `fromLunar` do not accept.
 *
 * @param year - An integer from 1900 to 2199.
 * @returns A new object; the month lengths are the gaps between consecutive `monthStarts` and the
 *   next Tết (29 or 30 days).
 * @throws WorktimeError `INVALID_YEAR` for a non-integer; `OUT_OF_RANGE` outside 1900–2199.
 *
 * @example
 * lunarYear(2026).tet;       //=> '2026-02-17' (Tết Bính Ngọ)
 * lunarYear(2023).leapMonth; //=> 2 (tháng 2 nhuận from 2023-03-22)
 * lunarYear(2175).uncertain?.[0].alternative; //=> '2175-01-22' (Tết 2175 may be a day earlier)
 * lunarYear(2033);
 * //=> { tet: '2033-01-31', leapMonth: 11,
 * //     monthStarts: ['2033-01-31', …, '2033-11-22', '2033-12-22', '2034-01-20'] } (13 months)
 */
export function lunarYear(year: number): LunarYearInfo {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new WorktimeError('INVALID_YEAR', `Expected \`year\` to be an integer lunar year such as 2026, got ${describe(year)}`, { year });
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new WorktimeError('OUT_OF_RANGE', `Expected \`year\` between ${FIRST_YEAR} and ${LAST_YEAR} (the range of the lunar calendar), got ${year}`, { year });
  }
  const data = lunarYearData(year);
  const monthStarts = data.starts.slice(0, -1).map(formatDay);
  const info: LunarYearInfo = { tet: monthStarts[0] as string, leapMonth: data.leapMonth, monthStarts };
  const uncertain: UncertainMonthStart[] = [];
  for (let i = 0; i <= monthStarts.length; i += 1) {
    const u = uncertainAt(data, i);
    if (u) uncertain.push(u);
  }
  if (uncertain.length > 0) info.uncertain = uncertain;
  return info;
}
