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
  readonly time: number | undefined;
  /** The offset in milliseconds, when one is written (`Z`, `+07:00`). */
  readonly offset: number | undefined;
  /** The zone written in brackets (`[Asia/Tokyo]`); it wins over an offset, as in luxon. */
  readonly zone: string | undefined;
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

/** The value of two ASCII digits at `i`, or -1. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The last date {@link quick} read (`YYYYMMDD` as a number) and its day number. */
let lastKey = -1;
let lastDay = 0;

/**
 * The common forms without the pattern: `YYYY-MM-DD`, then `THH:mm` or ` HH:mm`, then `:ss`
 * (most of what a batch of records holds). `undefined` sends the text to the pattern.
 */
function quick(text: string): IsoParts | undefined {
  const n = text.length;
  if ((n !== 10 && n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const hi = two(text, 0);
  const lo = two(text, 2);
  const month = two(text, 5);
  const dom = two(text, 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || dom < 1) return undefined;
  // Records in a run often share their date with the one before: its day number is kept.
  const key = ((hi * 100 + lo) * 100 + month) * 100 + dom;
  let day = lastDay;
  if (key !== lastKey) {
    const year = hi * 100 + lo;
    if (dom > daysInMonth(year, month)) return undefined;
    day = daysFromCivil(year, month, dom);
    lastKey = key;
    lastDay = day;
  }
  if (n === 10) return { day, time: undefined, offset: undefined, zone: undefined };
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || text.charCodeAt(13) !== 58) return undefined;
  const hour = two(text, 11);
  const minute = two(text, 14);
  let second = 0;
  if (n === 19) {
    if (text.charCodeAt(16) !== 58) return undefined;
    second = two(text, 17);
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return { day, time: ((hour * 60 + minute) * 60 + second) * 1000, offset: undefined, zone: undefined };
}

/**
 * Reads an ISO string into its parts, or returns why it cannot (a short reason for the error
 * message, empty when the text is not ISO 8601 at all). No zone is consulted.
 */
export function parseIso(text: string): IsoParts | string {
  const trimmed = text.trim();
  const fast = quick(trimmed);
  if (fast !== undefined) return fast;
  const m = ISO_RE.exec(trimmed);
  if (m === null) return '';
  const day = dayOf(m);
  if (typeof day === 'string') return day;
  if (m[7] === undefined) return { day, time: undefined, offset: undefined, zone: undefined };
  const hour = Number(m[7]);
  const minute = m[8] === undefined ? 0 : Number(m[8]);
  const second = m[9] === undefined ? 0 : Number(m[9]);
  const ms = m[10] === undefined ? 0 : Math.floor(Number(`0.${m[10]}`) * 1000 + 1e-7);
  if (hour > 23 || minute > 59 || second > 59) return 'no such time of day';
  let offset: number | undefined;
  if (m[11] !== undefined) offset = 0;
  else if (m[12] !== undefined) {
    const oh = Number(m[12]);
    const om = m[13] === undefined ? 0 : Number(m[13]);
    if (Math.abs(oh) > 23 || om > 59) return 'no such offset';
    // '-00:30' is minus half an hour: the sign of the hours is the sign of the whole offset.
    offset = (oh * 60 + (m[12].startsWith('-') ? -om : om)) * 60_000;
  }
  return { day, time: ((hour * 60 + minute) * 60 + second) * 1000 + ms, offset, zone: m[14] };
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
