/**
 * ΔT = TT − UT, the difference between the uniform time of the ephemerides and the time kept
 * by the Earth's rotation, for the Meeus/VSOP87 computation (meeusYears.ts) that the tests hold
 * the lunar table to. The table itself uses the ΔT of scripts/lunar-table.mjs (observed to 2026).
 *
 * @module
 */
import { DAY_SECONDS, J2000 } from './julianDay.js';

/**
 * ΔT in seconds at a Julian day, by the polynomial expressions of Espenak & Meeus, *Five
 * Millennium Canon of Solar Eclipses* (NASA/TP-2006-214141), valid from 1860 on; before 1860
 * their long-term parabola is used. After 2005 the values are an extrapolation: the real ΔT
 * of 2025 was about 69 s against 74.5 s here, and the uncertainty grows to minutes by 2200.
 */
export function deltaTSeconds(jd: number): number {
  const y = 2000 + (jd - J2000) / 365.25;
  if (y < 1860 || y >= 2150) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233_174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** Converts a Julian Ephemeris Day (TT) to a Julian day in UT. */
export function ttToUt(jde: number): number {
  return jde - deltaTSeconds(jde) / DAY_SECONDS;
}

/** Converts a Julian day in UT to a Julian Ephemeris Day (TT). */
export function utToTt(jd: number): number {
  return jd + deltaTSeconds(jd) / DAY_SECONDS;
}
