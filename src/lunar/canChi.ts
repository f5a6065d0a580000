/**
 * Can Chi (the sexagenary cycle) names of lunar years, months and days, as Vietnamese calendars
 * print them: năm Bính Ngọ, tháng Canh Dần, ngày Giáp Tý.
 *
 * - Year: the lunar year numbered like the Gregorian year of its Tết; 4 CE was Giáp Tý.
 * - Month: month 1 (tháng Giêng) is always a Dần month; its stem follows the year's stem
 *   (Giáp/Kỷ years start with Bính Dần, Ất/Canh with Mậu Dần, …). A leap month has no name of
 *   its own.
 * - Day: a continuous cycle of 60 days: stem (JDN + 9) mod 10, branch (JDN + 1) mod 12 of the
 *   Julian day number (Tết Bính Ngọ, 17/02/2026, is a Nhâm Tuất day).
 *
 * Used by the `vn-worktime` command, not exported from `vn-worktime/lunar`: the inputs are
 * trusted (a year and month from `toLunar`, a valid `YYYY-MM-DD`), not checked.
 *
 * @module
 */

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
/** The animals of the Vietnamese zodiac (Mão is the Cat, Sửu the Buffalo). */
const ANIMALS = ['Rat', 'Buffalo', 'Tiger', 'Cat', 'Dragon', 'Snake', 'Horse', 'Goat', 'Monkey', 'Rooster', 'Dog', 'Pig'] as const;

/** The Julian day number of 1970-01-01. */
const JDN_1970 = 2_440_588;
const DAY_MS = 86_400_000;

const mod = (a: number, n: number): number => ((a % n) + n) % n;

function name(stem: number, branch: number): string {
  return `${STEMS[mod(stem, 10)] ?? ''} ${BRANCHES[mod(branch, 12)] ?? ''}`;
}

/** `Bính Ngọ` for lunar year 2026. */
export function yearCanChi(year: number): string {
  return name(year + 6, year + 8);
}

/** `Year of the Horse` for lunar year 2026. */
export function yearAnimal(year: number): string {
  return `Year of the ${ANIMALS[mod(year + 8, 12)] ?? ''}`;
}

/** `Canh Dần` for month 1 of lunar year 2026 (a regular month; leap months have no name). */
export function monthCanChi(year: number, month: number): string {
  const yearStem = mod(year + 6, 10);
  return name((yearStem % 5) * 2 + 2 + (month - 1), month + 1);
}

/** The Can Chi name of a Gregorian day `YYYY-MM-DD`. */
export function dayCanChi(date: string): string {
  const jdn = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS) + JDN_1970;
  return name(jdn + 9, jdn + 1);
}
