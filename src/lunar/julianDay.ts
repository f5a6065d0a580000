/**
 * Julian days and Vietnamese civil days. The lunar calendar counts days at the meridian 105° E,
 * that is at a fixed UTC+7, whatever the legal time of the day was.
 *
 * @module
 */

/** Julian day (UT) of 1970-01-01T00:00Z, the start of day number 0. */
export const JD_UNIX_EPOCH = 2_440_587.5;

/** Julian day (TT) of J2000.0, 2000-01-01T12:00 TT. */
export const J2000 = 2_451_545;

/** The calendar's offset from UT: UTC+7 (105° E), in days. */
export const VIETNAM_OFFSET_DAYS = 7 / 24;

/** Seconds in a day. */
export const DAY_SECONDS = 86_400;

/**
 * The Vietnamese civil day (day number since 1970-01-01, counted at UTC+7) in which an instant
 * given as a Julian day in UT falls.
 */
export function vietnamDayOf(jdUt: number): number {
  return Math.floor(jdUt - JD_UNIX_EPOCH + VIETNAM_OFFSET_DAYS);
}

/** The Julian day (UT) of the midnight, at UTC+7, that starts a day number. */
export function vietnamMidnight(day: number): number {
  return day + JD_UNIX_EPOCH - VIETNAM_OFFSET_DAYS;
}
