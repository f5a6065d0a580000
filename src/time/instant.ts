/**
 * Instant inputs at the edge: `Date`, luxon `DateTime`, ISO 8601 strings (with or without an
 * offset), and epoch milliseconds, all turned into epoch milliseconds.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { WorktimeError, clip, describe } from '../errors.js';
import { invalidAt, invalidArgument } from '../validation/check.js';
import { DAY_MS, civilFromDays, daysFromCivil } from './civil.js';
import { localMillis, parseIso } from './iso.js';
import { isLuxonDateTime } from './luxon.js';
import { CompiledZone } from './zone.js';

/** Any value accepted as an instant: a Date, a luxon DateTime, an ISO string or epoch ms. */
export type InstantInput = Date | DateTime | string | number;

/** First and last supported days: 1000-01-01 and 9999-12-31. */
export const MIN_DAY = daysFromCivil(1000, 1, 1);
export const MAX_DAY = daysFromCivil(9999, 12, 31);
const MIN_EPOCH = (MIN_DAY - 1) * DAY_MS;
const MAX_EPOCH = (MAX_DAY + 2) * DAY_MS;

const EXPECTED =
  "a Date, a luxon DateTime, epoch milliseconds, or an ISO 8601 string such as '2026-02-13T16:30' or '2026-02-13T16:30:00+07:00'";

function invalid(value: unknown, name: string, why?: string): WorktimeError {
  return invalidArgument(name, EXPECTED, value, 'INVALID_INSTANT', why);
}

function outOfRange(value: unknown, name: string): WorktimeError {
  return invalidAt(`Expected \`${name}\` between the years 1000 and 9999, got ${describe(value)}`, name, value, 'OUT_OF_RANGE');
}

function checkRange(epoch: number, value: unknown, name: string): number {
  if (epoch < MIN_EPOCH || epoch > MAX_EPOCH) throw outOfRange(value, name);
  return epoch;
}

/**
 * Parses an ISO string; a string without an offset is wall-clock time in `zone` (or in the zone
 * it names in brackets). The range is checked on the written date, before any zone is asked.
 */
function parseIsoString(text: string, zone: CompiledZone, name: string): number {
  const parts = parseIso(text);
  if (typeof parts === 'string') throw invalid(text, name, parts);
  // A written day three days or more outside the supported days is outside MIN_EPOCH..MAX_EPOCH
  // whatever its offset (under 24 hours); checkRange below decides the days in between.
  if (parts.day < MIN_DAY - 3 || parts.day > MAX_DAY + 3) throw outOfRange(text, name);
  const local = localMillis(parts);
  if (parts.zone !== undefined) {
    let named: CompiledZone;
    try {
      named = CompiledZone.get(parts.zone);
    } catch {
      throw invalid(text, name, `unknown time zone '${clip(parts.zone)}'`);
    }
    return checkRange(named.toEpoch(local), text, name);
  }
  if (parts.offset !== undefined) return checkRange(local - parts.offset, text, name);
  return checkRange(zone.toEpoch(local), text, name);
}

/** The epoch milliseconds of a luxon DateTime, or why it has none. */
export function luxonMillis(value: DateTime): number | string {
  try {
    if (!value.isValid) return `invalid DateTime: ${value.invalidReason ?? 'unknown reason'}`;
    const ms = value.toMillis();
    return typeof ms === 'number' && Number.isFinite(ms) ? ms : 'not a finite instant';
  } catch {
    return 'not a working luxon DateTime';
  }
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
  if (isLuxonDateTime(value)) {
    const ms = luxonMillis(value);
    if (typeof ms === 'string') throw invalid(value, name, ms);
    return checkRange(ms, value, name);
  }
  throw invalid(value, name);
}

/** The wall-clock fields luxon keeps in a DateTime (its `c`), in luxon's order. */
interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}
/** What luxon's constructor reads from `old` (the DateTime a clone is made from). */
interface Known {
  ts: number;
  zone: CompiledZone;
  c: Fields;
  o: number;
}
type DateTimeConstructor = new (config: { ts: number; zone: CompiledZone; loc: unknown; old?: Known }) => DateTime;
const LOCALES = new WeakMap<CompiledZone, unknown>();
/** The zone of the last DateTime built and its locale: most programs use one calendar zone. */
let lastZone: CompiledZone | undefined;
let lastLoc: unknown;
/**
 * Whether luxon's constructor takes `{ ts, zone, loc, old }` as in luxon 3 (checked once): then a
 * DateTime is built with the locale of an earlier one instead of a new locale per call, which
 * `DateTime.fromMillis` creates and which costs about as much as the rest of the DateTime, and
 * with its wall-clock fields and offset computed here (`old`, which luxon takes as they are for an
 * instant and zone equal to the new one's) instead of through a `Date`'s getters.
 */
let direct: boolean | undefined;

/**
 * The wall-clock fields luxon computes for `epoch` at an offset of `o` minutes: exactly as its
 * `tsToObj` does (the same floating-point steps, the fractional millisecond dropped as by
 * `new Date`), by integer arithmetic instead of a `Date`'s getters.
 */
function fieldsAt(epoch: number, o: number): Fields {
  const local = Math.trunc(epoch + o * 60 * 1000);
  const days = Math.floor(local / DAY_MS);
  // Milliseconds into the day: below 2^31, so `| 0` truncates as Math.floor would.
  const t = local - days * DAY_MS;
  const sec = (t / 1000) | 0;
  const z = days + 719_468;
  let year: number;
  let month: number;
  let day: number;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: fast-path
  if (z >= 0) {
    // civilFromDays in 32-bit integers, for the days from 0000-03-01 on (all the library returns).
    const era = (z / 146_097) | 0;
    const doe = z - era * 146_097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    day = doy - (((153 * mp + 2) / 5) | 0) + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  } else ({ year, month, day } = civilFromDays(days));
  return { year, month, day, hour: (sec / 3600) | 0, minute: ((sec / 60) | 0) % 60, second: sec % 60, millisecond: t - sec * 1000 };
}

function directBuild(epoch: number, zone: CompiledZone): DateTime | undefined {
  let loc = lastLoc;
  if (zone !== lastZone) {
    loc = LOCALES.get(zone);
    if (loc === undefined) {
      loc = (DateTime.fromMillis(0, { zone }) as unknown as { loc: unknown }).loc;
      LOCALES.set(zone, loc);
    }
    lastZone = zone;
    lastLoc = loc;
  }
  const o = zone.offset(epoch);
  const dt = new (DateTime as unknown as DateTimeConstructor)({ ts: epoch, zone, loc, old: { ts: epoch, zone, c: fieldsAt(epoch, o), o } });
  if (direct === undefined) {
    const same = DateTime.fromMillis(epoch, { zone });
    direct =
      loc !== undefined &&
      dt.isValid &&
      dt.toMillis() === epoch &&
      dt.offset === same.offset &&
      dt.toISO() === same.toISO() &&
      JSON.stringify(dt.toObject()) === JSON.stringify(same.toObject()) &&
      dt.locale === same.locale &&
      dt.zone === zone;
  }
  return direct ? dt : undefined;
}

/**
 * An instant for an error message: epoch milliseconds, a Date or a DateTime as an ISO string in
 * `zone` (`2200-01-01T00:00:00.000+07:00`, not `7258093200000`; the value itself is in the
 * error's `details`), else as {@link describe} writes it.
 */
export function describeInstant(value: unknown, zone: CompiledZone): string {
  let ms: number | string = Number.NaN;
  if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (isLuxonDateTime(value)) ms = luxonMillis(value);
  if (typeof ms === 'string' || !(ms >= MIN_EPOCH && ms <= MAX_EPOCH)) return describe(value);
  return isoText(ms, zone);
}

/** Builds the DateTime returned to users: in the calendar's zone, never invalid. */
export function toDateTime(epoch: number, zone: CompiledZone): DateTime {
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
