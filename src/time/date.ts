/**
 * Date inputs at the edge: `'YYYY-MM-DD'` strings, or a `Date` / luxon `DateTime` meaning the
 * day on which that instant falls in a zone. Days are numbers inside (see `civil.ts`).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import { WorktimeError, describe } from '../errors.js';
import { invalidAt, invalidArgument } from '../validation/check.js';
import { DAY_MS, parseDay } from './civil.js';
import { MAX_DAY, MIN_DAY, luxonMillis } from './instant.js';
import { isLuxonDateTime } from './luxon.js';
import type { CompiledZone } from './zone.js';

/** A calendar day: `'YYYY-MM-DD'`, or a Date / DateTime meaning its day in the calendar's zone. */
export type DateInput = string | Date | DateTime;

function invalid(value: unknown, name: string, why?: string): WorktimeError {
  return invalidArgument(name, "a date 'YYYY-MM-DD' (or a Date or luxon DateTime)", value, 'INVALID_DATE', why);
}

function outOfRange(value: unknown, name: string): WorktimeError {
  return invalidAt(`Expected \`${name}\` between 1000-01-01 and 9999-12-31, got ${describe(value)}`, name, value, 'OUT_OF_RANGE');
}

function checkRange(day: number, value: unknown, name: string): number {
  if (day < MIN_DAY || day > MAX_DAY) throw outOfRange(value, name);
  return day;
}

/**
 * Converts a {@link DateInput} to a day number (days since 1970-01-01).
 *
 * @throws WorktimeError `INVALID_DATE` for anything else; `OUT_OF_RANGE` outside 1000–9999.
 */
export function toDay(value: unknown, zone: CompiledZone, name: string): number {
  if (typeof value === 'string') {
    const day = parseDay(value.trim());
    if (day === undefined) throw invalid(value, name);
    return checkRange(day, value, name);
  }
  let epoch: number;
  if (value instanceof Date) {
    epoch = value.getTime();
    if (Number.isNaN(epoch)) throw invalid(value, name, 'invalid Date');
  } else if (isLuxonDateTime(value)) {
    const ms = luxonMillis(value);
    if (typeof ms === 'string') throw invalid(value, name, ms);
    epoch = ms;
  } else {
    throw invalid(value, name);
  }
  // Check the range before asking the zone: offsets are only known inside the supported years.
  // An instant a day or more outside them is outside in every zone (offsets are under 24 hours),
  // so the bounds themselves (`<` or `<=`) make no difference.
  if (epoch < (MIN_DAY - 1) * DAY_MS || epoch > (MAX_DAY + 2) * DAY_MS) throw outOfRange(value, name);
  return checkRange(Math.floor(zone.toLocal(epoch) / DAY_MS), value, name);
}
