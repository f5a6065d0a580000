/**
 * The structure of Vietnamese lunar years computed from the Meeus/VSOP87 astronomy of this folder,
 * once per year and memoised: the first day of each month, which month is leap, and the rules that
 * decide them. The library reads its calendar from the generated table (`table.ts`, see
 * `lunarYears.ts`); this computation is the independent check that the tests hold it to
 * (test/lunar/table.test.ts lists the months where the two disagree, with the margins).
 *
 * The rules (Ho Ngoc Duc, "Thuật toán tính âm lịch", after the *Explanatory Supplement to the
 * Astronomical Almanac*), all counted in days at UTC+7:
 * 1. a month begins on the day of a new moon;
 * 2. the December solstice falls in month 11;
 * 3. when there are 13 months from one month 11 to the next (a "sui"), the first of them without
 *    a major solar term is leap and repeats the number of the month before it.
 *
 * The rules apply to every year at UTC+7, the convention of Vietnam since 1968; before 1968 the
 * calendar in force was essentially the Chinese (UTC+8) one, which differs in a few years (e.g.
 * Tết 1903, 1935, 1965; leap month 1917).
 *
 * Knife-edge cases, where an event falls within seconds of midnight and the answer depends on the
 * ephemeris (see test/lunar/secondMethod.test.ts and golden.test.ts): leap month 8 in 1938 (the
 * equinox 26 s before midnight; historical tables say 7), month 6 of 1967 starting on 07-07 (new
 * moon 2 s before midnight by this computation; 3 s after it in the table, as every other source
 * has it), Tết 2175 and 2199 (new moons 24 s and 2 min before midnight here; within the
 * uncertainty of ΔT, see table.ts).
 *
 * @module
 */
import { assert } from '../errors.js';
import { vietnamDayOf, vietnamMidnight } from './julianDay.js';
import { ttToUt } from './deltaT.js';
import { lunationNear, newMoonJde } from './newMoon.js';
import { decemberSolsticeDay, sunSectorAtMidnight } from './solarTerm.js';

/** One lunar year: the months from its Tết to the day before the next Tết. */
export interface LunarYearData {
  readonly year: number;
  /** First day (day number) of each month, then the next year's Tết: length = months + 1. */
  readonly starts: readonly number[];
  /** The month number repeated as leap in this year, 0 if none. */
  readonly leapMonth: number;
}

/** A month of a sui: its lunation number, its number 1–12 and whether it is leap. */
interface SuiMonth {
  readonly k: number;
  readonly month: number;
  readonly leap: boolean;
}

const newMoonDays = new Map<number, number>();
const month11s = new Map<number, number>();
const suis = new Map<number, readonly SuiMonth[]>();
const years = new Map<number, LunarYearData>();

/** The Vietnamese civil day of the new moon of lunation `k` (see {@link newMoonJde}). */
export function newMoonDay(k: number): number {
  let day = newMoonDays.get(k);
  if (day === undefined) {
    day = vietnamDayOf(ttToUt(newMoonJde(k)));
    newMoonDays.set(k, day);
  }
  return day;
}

/** The lunation that starts month 11 of a Gregorian year: the month holding its December solstice. */
function month11Lunation(year: number): number {
  let k = month11s.get(year);
  if (k === undefined) {
    const solstice = decemberSolsticeDay(year);
    k = lunationNear(vietnamMidnight(solstice));
    // The nearest lunation's new moon is within 15.4 days of the solstice (14.8 for the mean one,
    // 0.6 for the periodic terms), so the next one is after it: at most one step back is needed.
    while (newMoonDay(k) > solstice) k -= 1;
    month11s.set(year, k);
  }
  return k;
}

/** Whether the month starting at lunation `k` contains no major solar term. */
function lacksMajorTerm(k: number): boolean {
  return sunSectorAtMidnight(newMoonDay(k)) === sunSectorAtMidnight(newMoonDay(k + 1));
}

/** The months from month 11 of Gregorian year `year − 1` up to, not including, month 11 of `year`. */
function sui(year: number): readonly SuiMonth[] {
  const cached = suis.get(year);
  if (cached) return cached;
  const first = month11Lunation(year - 1);
  const count = month11Lunation(year) - first;
  assert(count === 12 || count === 13, `a sui has 12 or 13 months, got ${count}`);
  let leapAt = -1;
  if (count === 13) {
    for (let i = 1; i < count && leapAt < 0; i += 1) if (lacksMajorTerm(first + i)) leapAt = i;
    assert(leapAt > 0, 'a 13-month sui has a month without a major term');
  }
  const months: SuiMonth[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = leapAt > 0 && i >= leapAt ? i - 1 : i;
    months.push({ k: first + i, month: ((n + 10) % 12) + 1, leap: i === leapAt });
  }
  suis.set(year, months);
  return months;
}

function tetIndex(months: readonly SuiMonth[]): number {
  const i = months.findIndex((m) => m.month === 1 && !m.leap);
  assert(i > 0, 'a sui has a month 1');
  return i;
}

/** The structure of the lunar year whose Tết falls in Gregorian year `year`, by the Meeus astronomy (memoised). */
export function meeusYearData(year: number): LunarYearData {
  const cached = years.get(year);
  if (cached) return cached;
  const current = sui(year);
  const next = sui(year + 1);
  const months = [...current.slice(tetIndex(current)), ...next.slice(0, tetIndex(next) + 1)];
  const leaps = months.slice(0, -1).filter((m) => m.leap);
  assert(leaps.length <= 1, `lunar year ${year} has at most one leap month`);
  const data: LunarYearData = Object.freeze({
    year,
    starts: Object.freeze(months.map((m) => newMoonDay(m.k))),
    leapMonth: leaps[0]?.month ?? 0,
  });
  years.set(year, data);
  return data;
}
