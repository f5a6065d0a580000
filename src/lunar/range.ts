/**
 * The supported range of the lunar calendar: Gregorian 1900-01-01 through 2199-12-31, which is
 * lunar 1/12/1899 through part of lunar year 2199.
 *
 * Over 1900–2100 the table matches the published Vietnamese dates (see
 * test/support/fixtures/lunar-golden.json); after 2026 ΔT is an extrapolation, and the month starts whose
 * new moon lies within its uncertainty of midnight (all after 2076) are marked `uncertain`.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { daysFromCivil } from '../time/civil.js';

/** First supported day, 1900-01-01, as a day number. */
export const FIRST_DAY = daysFromCivil(1900, 1, 1);
/** Last supported day, 2199-12-31, as a day number. */
export const LAST_DAY = daysFromCivil(2199, 12, 31);
/** First lunar year that `lunarYear` describes. */
export const FIRST_YEAR = 1900;
/** Last lunar year that `lunarYear` describes (its month 12 starts in January 2200). */
export const LAST_YEAR = 2199;

/** The range in words, for error messages. */
export const RANGE_TEXT = 'between 1900-01-01 and 2199-12-31 (the range of the lunar calendar)';

/** The error for a day outside the range. */
export function outOfRange(name: string, value: unknown, shown = describe(value)): WorktimeError {
  return new WorktimeError('OUT_OF_RANGE', `Expected \`${name}\` ${RANGE_TEXT}, got ${shown}`, { [name]: value });
}
