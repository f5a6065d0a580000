/**
 * New moons by Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapter 49 ("Phases of
 * the Moon"): mean lunation plus 25 periodic terms and 14 planetary arguments. Meeus gives
 * the error as a few seconds of time (at most 17 s against ELP-2000 over 1980–2020).
 *
 * @module
 */

const RAD = Math.PI / 180;

/** Mean length of a synodic month, in days. */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of the mean new moon of lunation 0 (2000-01-06). */
const EPOCH = 2_451_550.09766;

/**
 * Lunation number of the new moon nearest to a Julian day: 0 is the new moon of 2000-01-06,
 * negative before it.
 */
export function lunationNear(jd: number): number {
  return Math.round((jd - EPOCH) / SYNODIC_MONTH);
}

/**
 * The instant of the true new moon of lunation `k` (an integer), as a Julian Ephemeris Day (TT).
 *
 * Meeus' Example 49.a: the new moon of February 1977, k = −283, is JDE 2443192.65118.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const s = Math.sin;
  const periodic =
    -0.4072 * s(mp) +
    0.17241 * e * s(m) +
    0.01608 * s(2 * mp) +
    0.01039 * s(2 * f) +
    0.00739 * e * s(mp - m) -
    0.00514 * e * s(mp + m) +
    0.00208 * e * e * s(2 * m) -
    0.00111 * s(mp - 2 * f) -
    0.00057 * s(mp + 2 * f) +
    0.00056 * e * s(2 * mp + m) -
    0.00042 * s(3 * mp) +
    0.00042 * e * s(m + 2 * f) +
    0.00038 * e * s(m - 2 * f) -
    0.00024 * e * s(2 * mp - m) -
    0.00017 * s(om) -
    0.00007 * s(mp + 2 * m) +
    0.00004 * s(2 * mp - 2 * f) +
    0.00004 * s(3 * m) +
    0.00003 * s(mp + m - 2 * f) +
    0.00003 * s(2 * mp + 2 * f) -
    0.00003 * s(mp + m + 2 * f) +
    0.00003 * s(mp - m + 2 * f) -
    0.00002 * s(mp - m - 2 * f) -
    0.00002 * s(3 * mp + m) +
    0.00002 * s(4 * mp);
  return mean + periodic + planetary(k, t2);
}

/** Meeus' additional corrections for the planetary arguments A1–A14, in days. */
function planetary(k: number, t2: number): number {
  let sum = 0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * RAD);
  for (const [amplitude, a0, rate] of PLANETARY) sum += amplitude * Math.sin((a0 + rate * k) * RAD);
  return sum;
}

/** A2–A14: [amplitude in days, argument at k = 0 in degrees, degrees per lunation]. */
const PLANETARY: ReadonlyArray<readonly [number, number, number]> = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];
