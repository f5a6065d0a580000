/**
 * The years vn-worktime/vietnam answers for, and their validation.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';

/** First supported Gregorian year (the lunar calendar's range). */
export const MIN_YEAR = 1900;
/** Last supported Gregorian year. */
export const MAX_YEAR = 2199;

/**
 * Returns `year` if it is an integer in 1900–2199.
 *
 * @throws WorktimeError `INVALID_YEAR` for anything but an integer; `OUT_OF_RANGE` outside 1900–2199.
 */
export function checkYear(year: unknown, name = 'year'): number {
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(year)) {
    throw new WorktimeError('INVALID_YEAR', `Expected \`${name}\` to be an integer year such as 2026, got ${describe(year)}`, { [name]: year });
  }
  if ((year as number) < MIN_YEAR || (year as number) > MAX_YEAR) {
    throw new WorktimeError('OUT_OF_RANGE', `Expected \`${name}\` between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}`, { [name]: year });
  }
  return year as number;
}
