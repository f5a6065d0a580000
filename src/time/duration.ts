/**
 * Duration inputs at the edge: milliseconds, `{ hours, minutes, seconds, milliseconds }`, or a
 * luxon `Duration` without calendar units. Days are refused: "a day" of working time is
 * ambiguous; use the working-day functions.
 *
 * @module
 */
import { Duration } from 'luxon';
import { WorktimeError, clip } from '../errors.js';
import { invalidArgument } from '../validation/check.js';
import { isLuxonDuration } from './luxon.js';

/** A duration: milliseconds, an object of hours/minutes/seconds/milliseconds, or a luxon Duration. */
export type DurationInput =
  | number
  | { hours?: number; minutes?: number; seconds?: number; milliseconds?: number }
  | Duration;

/** Milliseconds per unit; a Map, so that keys such as 'constructor' or '__proto__' are unknown units. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1000],
  ['milliseconds', 1],
]);
/** Larger than any span between the supported years (about 10,000 years). */
const MAX_MS = 4e14;
const EXPECTED = 'milliseconds, an object such as { hours: 8 } (hours, minutes, seconds, milliseconds) or a luxon Duration';

function invalid(value: unknown, name: string, why?: string): WorktimeError {
  return invalidArgument(name, EXPECTED, value, 'INVALID_DURATION', why);
}

function fromUnits(obj: Record<string, unknown>, value: unknown, name: string): number {
  let total = 0;
  for (const [key, amount] of Object.entries(obj)) {
    const unit = UNITS.get(key);
    if (unit === undefined) {
      const why = key === 'days' || key === 'weeks' || key === 'months' || key === 'years' || key === 'quarters'
        ? `'${key}' is not accepted: use addWorkingDays for days`
        : `unknown unit '${clip(key)}'`;
      throw invalid(value, name, why);
    }
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw invalid(value, name, `'${clip(key)}' must be a finite number`);
    total += amount * unit;
  }
  return total;
}

/** The units of a luxon Duration, or `INVALID_DURATION` when it is invalid or does not work. */
function durationUnits(value: Duration, name: string): Record<string, unknown> {
  let units: unknown;
  try {
    if (!value.isValid) throw invalid(value, name, 'invalid Duration');
    units = value.toObject();
  } catch (error) {
    if (error instanceof WorktimeError) throw error;
    throw invalid(value, name, 'not a working luxon Duration');
  }
  if (typeof units !== 'object' || units === null) throw invalid(value, name, 'not a working luxon Duration');
  return units as Record<string, unknown>;
}

/**
 * The last luxon Duration converted and its milliseconds: a Duration cannot be changed, and a
 * program often passes the same one (`{ hours: 8 }`) again and again.
 */
let lastDuration: object | undefined;
let lastDurationMs = 0;

/**
 * Converts a {@link DurationInput} to whole milliseconds (rounded to the nearest millisecond).
 *
 * @throws WorktimeError `INVALID_DURATION` for anything else, calendar units, or a non-finite value.
 */
export function toMillis(value: unknown, name: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(value, name, 'not a finite number');
    return whole(value, value, name);
  }
  if (value === lastDuration && value !== undefined) return lastDurationMs;
  if (isLuxonDuration(value)) {
    const ms = whole(fromUnits(durationUnits(value, name), value, name), value, name);
    lastDuration = value;
    lastDurationMs = ms;
    return ms;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
    return whole(fromUnits(value as Record<string, unknown>, value, name), value, name);
  }
  throw invalid(value, name);
}

/** An amount of `value` in whole milliseconds, checked. */
function whole(ms: number, value: unknown, name: string): number {
  if (!Number.isFinite(ms)) throw invalid(value, name, 'not a finite amount');
  ms = Math.round(ms);
  if (Math.abs(ms) > MAX_MS) throw invalid(value, name, 'longer than the supported span of years');
  return ms;
}

type DurationConstructor = new (config: { values: { milliseconds: number }; loc: unknown; conversionAccuracy: string; matrix: unknown }) => Duration;
let template: (Duration & { loc: unknown; matrix: unknown; conversionAccuracy: string }) | undefined;
let direct: boolean | undefined;

/**
 * `Duration.fromMillis(ms)`, built with the locale of an earlier Duration when luxon's
 * constructor takes `{ values, loc, … }` as in luxon 3 (checked once): `fromMillis` creates a
 * locale per call, which costs more than the rest.
 */
export function toDuration(ms: number): Duration {
  if (direct !== false) {
    template ??= Duration.fromMillis(0) as Duration & { loc: unknown; matrix: unknown; conversionAccuracy: string };
    const d = new (Duration as unknown as DurationConstructor)({
      values: { milliseconds: ms },
      loc: template.loc,
      conversionAccuracy: template.conversionAccuracy,
      matrix: template.matrix,
    });
    if (direct === undefined) {
      const same = Duration.fromMillis(ms);
      direct = template.loc !== undefined && d.isValid && d.toMillis() === ms && d.equals(same) && d.as('hours') === same.as('hours');
    }
    if (direct) return d;
  }
  return Duration.fromMillis(ms);
}
