/**
 * The structure of Vietnamese lunar years, read from the generated table (`table.ts`): the first
 * day of each month and which month is leap, decoded once per year on first use. Nothing is
 * computed from the astronomy at run time.
 *
 * The table comes from scripts/lunar-table.mjs: new moons and major solar terms from the Swiss
 * Ephemeris (JPL DE431) with observed ΔT to 2026 and an extrapolation after, and the rules of
 * Ho Ngoc Duc ("Thuật toán tính âm lịch", after the *Explanatory Supplement to the Astronomical
 * Almanac*), counted in days at UTC+7 for every year:
 * 1. a month begins on the day of a new moon;
 * 2. the December solstice falls in month 11;
 * 3. when there are 13 months from one month 11 to the next (a "sui"), the first of them without
 *    a major solar term is leap and repeats the number of the month before it.
 *
 * UTC+7 is the convention of Vietnam since 1968; before 1968 the calendar in force was essentially
 * the Chinese (UTC+8) one, which differs in a few years (e.g. Tết 1903, 1935, 1965; leap month 1917).
 *
 * @module
 */
import { daysFromCivil } from '../time/civil.js';
import type { UncertainMonthStart } from './lunarDate.js';
import { TABLE_FIRST_YEAR, UNCERTAIN, YEARS, type UncertainStart } from './table.js';

/** The last lunar year in the table. */
const LAST_TABLE_YEAR = TABLE_FIRST_YEAR + YEARS.length / 4 - 1;

/** One lunar year: the months from its Tết to the day before the next Tết. */
export interface LunarYearData {
  readonly year: number;
  /** First day (day number) of each month, then the next year's Tết: length = months + 1. */
  readonly starts: readonly number[];
  /** The month number repeated as leap in this year, 0 if none. */
  readonly leapMonth: number;
  /** The month starts of this year that ΔT could move by a day (see `table.ts`), in order. */
  readonly uncertain: readonly UncertainStart[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const years = new Map<number, LunarYearData>();
const NONE: readonly UncertainStart[] = Object.freeze([]);

/** The table's 24-bit code of a lunar year. */
function code(year: number): number {
  const at = (year - TABLE_FIRST_YEAR) * 4;
  let n = 0;
  for (let i = 0; i < 4; i += 1) n = n * 64 + ALPHABET.indexOf(YEARS.charAt(at + i));
  return n;
}

/**
 * The structure of the lunar year whose Tết falls in Gregorian year `year` (memoised); `year`
 * from 1899 to 2199 (1899 for its last months, in January 1900).
 */
export function lunarYearData(year: number): LunarYearData {
  const cached = years.get(year);
  if (cached) return cached;
  const n = code(year);
  const leapMonth = (n >> 13) & 15;
  const starts = [daysFromCivil(year, 1, 20) + (n >> 17)];
  for (let i = 0; i < (leapMonth === 0 ? 12 : 13); i += 1) starts.push((starts[i] as number) + ((n >> i) & 1 ? 30 : 29));
  const uncertain = UNCERTAIN.filter((u) => u.year === year);
  const data: LunarYearData = Object.freeze({
    year,
    starts: Object.freeze(starts),
    leapMonth,
    uncertain: uncertain.length === 0 ? NONE : Object.freeze(uncertain),
  });
  years.set(year, data);
  return data;
}

/**
 * The uncertain month start at `index` of a lunar year's `starts` (index = number of months: the
 * next year's Tết), in the public shape, or `undefined`.
 */
export function uncertainAt(data: LunarYearData, index: number): UncertainMonthStart | undefined {
  const months = data.starts.length - 1;
  const owner = index < months ? data : data.year < LAST_TABLE_YEAR ? lunarYearData(data.year + 1) : undefined;
  const u = owner?.uncertain.find((x) => x.index === (index < months ? index : 0));
  if (!u) return undefined;
  return {
    index,
    monthStart: u.start,
    alternative: u.alternative,
    newMoon: u.newMoon,
    secondsFromMidnight: u.secondsFromMidnight,
    deltaTUncertainty: u.deltaTUncertainty,
  };
}
