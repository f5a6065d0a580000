/**
 * Instant inputs at the edge: `Date`, luxon `DateTime`, ISO 8601 strings (with or without an
 * offset), and epoch milliseconds, all turned into epoch milliseconds.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { WorktimeError, describe } from '../errors.js';
import { DAY_MS, civilFromDays, daysFromCivil, daysInMonth } from './civil.js';
import type { CompiledZone } from './zone.js';

/** Any value accepted as an instant: a Date, a luxon DateTime, an ISO string or epoch ms. */
export type InstantInput = Date | DateTime | string | number;

/** First and last supported days: 1000-01-01 and 9999-12-31. */
export const MIN_DAY = daysFromCivil(1000, 1, 1);
export const MAX_DAY = daysFromCivil(9999, 12, 31);
const MIN_EPOCH = (MIN_DAY - 1) * DAY_MS;
const MAX_EPOCH = (MAX_DAY + 2) * DAY_MS;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const EXPECTED =
  "a Date, a luxon DateTime, epoch milliseconds, or an ISO 8601 string such as '2026-02-13T16:30' or '2026-02-13T16:30:00+07:00'";

function invalid(value: unknown, name: string, why?: string): WorktimeError {
  const reason = why ? ` (${why})` : '';
  return new WorktimeError('INVALID_INSTANT', `Expected \`${name}\` to be ${EXPECTED}, got ${describe(value)}${reason}`, {
    [name]: value,
  });
}

function checkRange(epoch: number, value: unknown, name: string): number {
  if (epoch < MIN_EPOCH || epoch > MAX_EPOCH) {
    throw new WorktimeError('OUT_OF_RANGE', `Expected \`${name}\` between the years 1000 and 9999, got ${describe(value)}`, {
      [name]: value,
    });
  }
  return epoch;
}

/** Parses an ISO string; a string without an offset is wall-clock time in `zone`. */
function parseIsoString(text: string, zone: CompiledZone, name: string): number {
  const m = ISO_RE.exec(text.trim());
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000 + 1e-7);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw invalid(text, name, 'no such date');
    if (hour > 23 || minute > 59 || second > 59) throw invalid(text, name, 'no such time of day');
    const local = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    const offset = m[8];
    if (offset === undefined) return checkRange(zone.toEpoch(local), text, name);
    // 'Z' (or 'z') has no digits and '+07' no minutes: Number('') is 0.
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 23 || om > 59) throw invalid(text, name, 'no such offset');
    return checkRange(local - sign * (oh * 60 + om) * 60_000, text, name);
  }
  const dt = DateTime.fromISO(text.trim(), { zone });
  if (!dt.isValid) throw invalid(text, name);
  return checkRange(dt.toMillis(), text, name);
}

/**
 * Converts an {@link InstantInput} to epoch milliseconds.
 *
 * @throws WorktimeError `INVALID_INSTANT` for anything else or an invalid value;
 *   `OUT_OF_RANGE` outside the years 1000–9999.
 */
export function toEpoch(value: unknown, zone: CompiledZone, name: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(value, name, 'not a finite number');
    return checkRange(value, value, name);
  }
  if (typeof value === 'string') return parseIsoString(value, zone, name);
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalid(value, name, 'invalid Date');
    return checkRange(ms, value, name);
  }
  if (DateTime.isDateTime(value)) {
    if (!value.isValid) throw invalid(value, name, `invalid DateTime: ${value.invalidReason ?? 'unknown reason'}`);
    const ms = value.toMillis();
    if (!Number.isFinite(ms)) throw invalid(value, name, 'not a finite instant');
    return checkRange(ms, value, name);
  }
  throw invalid(value, name);
}

type DateTimeConstructor = new (config: { ts: number; zone: CompiledZone; loc: unknown }) => DateTime;
const LOCALES = new WeakMap<CompiledZone, unknown>();
/**
 * Whether luxon's constructor takes `{ ts, zone, loc }` as in luxon 3 (checked once): then a
 * DateTime is built with the locale of an earlier one instead of a new locale per call, which
 * `DateTime.fromMillis` creates and which costs about as much as the rest of the DateTime.
 */
let direct: boolean | undefined;

function directBuild(epoch: number, zone: CompiledZone): DateTime | undefined {
  let loc = LOCALES.get(zone);
  if (loc === undefined) {
    loc = (DateTime.fromMillis(0, { zone }) as unknown as { loc: unknown }).loc;
    LOCALES.set(zone, loc);
  }
  const dt = new (DateTime as unknown as DateTimeConstructor)({ ts: epoch, zone, loc });
  if (direct === undefined) {
    const same = DateTime.fromMillis(epoch, { zone });
    direct = loc !== undefined && dt.isValid && dt.toMillis() === epoch && dt.toISO() === same.toISO() && dt.locale === same.locale && dt.zone === zone;
  }
  return direct ? dt : undefined;
}

/** Builds the DateTime returned to users: in the calendar's zone, never invalid. */
export function toDateTime(epoch: number, zone: CompiledZone): DateTime {
  // Stryker disable next-line ConditionalExpression: both ways build the same DateTime
  if (direct !== false && Number.isFinite(epoch)) {
    const dt = directBuild(epoch, zone);
    if (dt !== undefined) return dt;
  }
  return DateTime.fromMillis(epoch, { zone });
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `toDateTime(epoch, zone).toISO()` written by hand (`2026-02-27T17:00:00.000+07:00`), for runs
 * that print many instants; luxon writes the rare cases (an offset of zero, which it may write
 * `Z`, an offset with seconds, and years outside 1000–9999).
 */
export function isoText(epoch: number, zone: CompiledZone): string {
  const local = zone.toLocal(epoch);
  const offsetMs = local - epoch;
  const offset = offsetMs / 60_000;
  const day = Math.floor(local / DAY_MS);
  // luxon's own words for a zero offset, an offset with seconds (local mean time) and far years
  if (offset === 0 || offsetMs % 60_000 !== 0 || day < MIN_DAY || day > MAX_DAY) return toDateTime(epoch, zone).toISO() as string;
  const { year, month, day: dom } = civilFromDays(day);
  const t = local - day * DAY_MS;
  const ms = t % 1000;
  const sec = Math.floor(t / 1000);
  const abs = Math.abs(offset);
  return (
    `${year}-${pad2(month)}-${pad2(dom)}T${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}.${String(ms).padStart(3, '0')}` +
    `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}
