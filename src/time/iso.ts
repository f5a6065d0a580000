/**
 * The ISO 8601 forms of an instant, read without luxon and without any time zone: the grammar
 * luxon's `DateTime.fromISO` reads (calendar, week and ordinal dates, basic and extended,
 * six-digit years, a time of day with an offset or a `[Zone/Name]`), plus a space instead of
 * `T`. Reading the parts first lets the caller check the range before any zone arithmetic.
 *
 * A date without its day (`'2026'`, `'2026-03'`, `'2026-W11'`) and a time without a date
 * (`'09:00'`, which luxon reads as today) are refused: neither names an instant by itself.
 *
 * @module
 */
import { DAY_MS, daysFromCivil, daysInMonth, isLeapYear, weekdayOf } from './civil.js';

/** The parts of an ISO string: its day, and its time of day and offset or zone if given. */
export interface IsoParts {
  /** Day number (days since 1970-01-01) of the date. */
  readonly day: number;
  /** Milliseconds since midnight, when a time of day is written. */
  readonly time?: number;
  /** The offset in milliseconds, when one is written (`Z`, `+07:00`). */
  readonly offset?: number;
  /** The zone written in brackets (`[Asia/Tokyo]`); it wins over an offset, as in luxon. */
  readonly zone?: string;
}

// Every quantifier is bounded and the alternatives start differently, so matching is linear.
const ISO_RE = new RegExp(
  '^([+-]\\d{6}|\\d{4})' + // year
    '(?:-?(\\d\\d)(?:-?(\\d\\d))?|-?W(\\d\\d)(?:-?(\\d))?|-?(\\d{3}))?' + // month-day | week-weekday | ordinal
    '(?:[Tt ](\\d\\d)(?::?(\\d\\d)(?::?(\\d\\d)(?:[.,](\\d{1,30}))?)?)?' + // time of day
    '(?:([Zz])|([+-]\\d\\d)(?::?(\\d\\d))?)?' + // offset
    '(?:\\[([A-Za-z0-9_+\\-/:]{1,256})\\])?)?$', // [Zone/Name]
);

/** The day of ISO week `week`, weekday `weekday` (1 = Monday) of `year`, or undefined. */
function weekDay(year: number, week: number, weekday: number): number | undefined {
  const jan4 = daysFromCivil(year, 1, 4);
  const monday = jan4 - weekdayOf(jan4);
  const jan1 = weekdayOf(daysFromCivil(year, 1, 1));
  const weeks = jan1 === 3 || (jan1 === 2 && isLeapYear(year)) ? 53 : 52;
  if (week < 1 || week > weeks || weekday < 1 || weekday > 7) return undefined;
  return monday + (week - 1) * 7 + weekday - 1;
}

/** The day a matched date names, or why it names none. */
function dayOf(m: RegExpExecArray): number | string {
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'no such date';
    return daysFromCivil(year, month, day);
  }
  if (m[5] !== undefined) return weekDay(year, Number(m[4]), Number(m[5])) ?? 'no such week date';
  if (m[6] !== undefined) {
    const ordinal = Number(m[6]);
    if (ordinal < 1 || ordinal > (isLeapYear(year) ? 366 : 365)) return 'no such ordinal date';
    return daysFromCivil(year, 1, 1) + ordinal - 1;
  }
  return "a date needs its day, such as '2026-03-10'";
}

/**
 * Reads an ISO string into its parts, or returns why it cannot (a short reason for the error
 * message). No zone is consulted.
 */
export function parseIso(text: string): IsoParts | string {
  const m = ISO_RE.exec(text.trim());
  if (m === null) return '';
  const day = dayOf(m);
  if (typeof day === 'string') return day;
  if (m[7] === undefined) return { day };
  const hour = Number(m[7]);
  const minute = m[8] === undefined ? 0 : Number(m[8]);
  const second = m[9] === undefined ? 0 : Number(m[9]);
  const ms = m[10] === undefined ? 0 : Math.floor(Number(`0.${m[10]}`) * 1000 + 1e-7);
  if (hour > 23 || minute > 59 || second > 59) return 'no such time of day';
  const parts: { day: number; time: number; offset?: number; zone?: string } = {
    day,
    time: ((hour * 60 + minute) * 60 + second) * 1000 + ms,
  };
  if (m[11] !== undefined) parts.offset = 0;
  else if (m[12] !== undefined) {
    const oh = Number(m[12]);
    const om = m[13] === undefined ? 0 : Number(m[13]);
    if (Math.abs(oh) > 23 || om > 59) return 'no such offset';
    // '-00:30' is minus half an hour: the sign of the hours is the sign of the whole offset.
    parts.offset = (oh * 60 + (m[12].startsWith('-') ? -om : om)) * 60_000;
  }
  if (m[14] !== undefined) parts.zone = m[14];
  return parts;
}

/** The wall-clock milliseconds of parts (their day and time of day, as if the zone were UTC). */
export function localMillis(parts: IsoParts): number {
  return parts.day * DAY_MS + (parts.time ?? 0);
}

/**
 * The day a string names when it is a date without a time of day in any ISO form
 * (`'2026-03-10'`, `'20260310'`, `'2026-W11-2'`, `'2026-069'`), else `undefined`.
 */
export function dateOnlyDay(text: string): number | undefined {
  const parts = parseIso(text);
  return typeof parts === 'string' || parts.time !== undefined ? undefined : parts.day;
}
