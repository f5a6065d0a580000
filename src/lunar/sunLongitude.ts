/**
 * The Sun's apparent geocentric longitude (Meeus, *Astronomical Algorithms*, ch. 25, "higher
 * accuracy"): VSOP87 Earth + 180°, the FK5 correction, nutation in longitude (ch. 22, the
 * 0.5″ formula) and aberration.
 *
 * @module
 */
import { J2000 } from './julianDay.js';
import { earthLongitude, earthRadius } from './vsop87Earth.js';

const RAD = Math.PI / 180;
const ARCSEC = 1 / 3600;

/** Nutation in longitude Δψ, in degrees (Meeus ch. 22, accurate to 0.5″). */
function nutationInLongitude(t: number): number {
  const omega = (125.04452 - 1934.136261 * t) * RAD;
  const sun = (280.4665 + 36000.7698 * t) * RAD;
  const moon = (218.3165 + 481267.8813 * t) * RAD;
  return (-17.2 * Math.sin(omega) - 1.32 * Math.sin(2 * sun) - 0.23 * Math.sin(2 * moon) + 0.21 * Math.sin(2 * omega)) * ARCSEC;
}

/**
 * The Sun's apparent longitude, in degrees in [0, 360), at a Julian Ephemeris Day (TT).
 * 270° is the December solstice; multiples of 30° are the major solar terms (trung khí).
 *
 * Meeus' Example 25.b: at JDE 2448908.5 (1992-10-13.0 TD) it is 199°54′21.6″.
 */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365_250;
  const earth = earthLongitude(tau) / RAD;
  // Stryker disable next-line ArithmeticOperator: mod-360
  const geometric = earth + 180;
  const fk5 = -0.09033 * ARCSEC;
  const aberration = (-20.4898 * ARCSEC) / earthRadius(tau);
  const lambda = geometric + fk5 + nutationInLongitude(tau * 10) + aberration;
  return ((lambda % 360) + 360) % 360;
}
