/**
 * Solar terms: the instants when the Sun's apparent longitude reaches a multiple of 15°. The
 * twelve at multiples of 30° are the major terms (trung khí), among them the December solstice
 * (Đông chí, 270°), which always falls in lunar month 11.
 *
 * @module
 */
import { daysFromCivil } from '../time/civil.js';
import { vietnamDayOf, vietnamMidnight } from './julianDay.js';
import { ttToUt, utToTt } from './deltaT.js';
import { sunApparentLongitude } from './sunLongitude.js';

const RAD = Math.PI / 180;

/**
 * The instant (JDE, TT) at which the Sun's apparent longitude reaches `degrees`, searched from
 * a first guess within about ten days of it (Meeus ch. 27: repeat JDE += 58·sin(target − λ)).
 */
export function solarTermJde(degrees: number, guessJde: number): number {
  let jde = guessJde;
  let step = Number.POSITIVE_INFINITY;
  // At most 20 steps, until a step is below 1e-7 d (0.009 s).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,AssignmentOperator: converged
  for (let i = 0; i < 20 && Math.abs(step) >= 1e-7; i += 1) {
    step = 58 * Math.sin((degrees - sunApparentLongitude(jde)) * RAD);
    jde += step;
  }
  return jde;
}

/** The Vietnamese civil day (UTC+7) of the December solstice of a Gregorian year. */
export function decemberSolsticeDay(year: number): number {
  const dec21 = vietnamMidnight(daysFromCivil(year, 12, 21));
  return vietnamDayOf(ttToUt(solarTermJde(270, utToTt(dec21))));
}

/**
 * The 30° sector (0–11) the Sun is in at the midnight (UTC+7) that starts a day: sector 9 begins
 * at the December solstice. A lunar month has no major term exactly when the sector at its
 * first midnight equals the sector at the first midnight of the next month.
 */
export function sunSectorAtMidnight(day: number): number {
  return Math.floor(sunApparentLongitude(utToTt(vietnamMidnight(day))) / 30);
}
