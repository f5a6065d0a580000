/**
 * Recognising luxon values by what a parsed JSON document cannot forge. luxon's own
 * `DateTime.isDateTime` and `Duration.isDuration` read a plain property (`isLuxonDateTime`), so
 * `{"isLuxonDateTime": true, "isValid": true}` from a file passes them. Here a value is a luxon
 * object when it is an instance of this copy of luxon, or — for a DateTime or Duration made by
 * another copy of luxon in the same program — an object with a class of its own (not a plain
 * object) whose methods are functions inherited from that class.
 *
 * @module
 */
import { DateTime, Duration } from 'luxon';

/** Whether `value` is a class instance carrying `marker`, with `methods` inherited as functions. */
function isForeign(value: unknown, marker: string, methods: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // JSON.parse only makes plain objects and arrays: their prototype is Object.prototype or Array.prototype.
  if (proto === null || proto === Object.prototype || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (record[marker] !== true) return false;
  return methods.every((m) => typeof record[m] === 'function' && !Object.prototype.hasOwnProperty.call(value, m));
}

/** Whether `value` is a luxon DateTime (of this or another copy of luxon). */
export function isLuxonDateTime(value: unknown): value is DateTime {
  return value instanceof DateTime || isForeign(value, 'isLuxonDateTime', ['toMillis', 'toISO', 'setZone']);
}

/** Whether `value` is a luxon Duration (of this or another copy of luxon). */
export function isLuxonDuration(value: unknown): value is Duration {
  return value instanceof Duration || isForeign(value, 'isLuxonDuration', ['toMillis', 'toObject', 'shiftTo']);
}
