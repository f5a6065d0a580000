/**
 * A second, independent Vietnamese calendar, used only to check `src/lunar`.
 *
 * It shares no code with the library and differs from it on every layer:
 * - astronomy: Ho Ngoc Duc's low-precision formulas as published in his article "Thuật toán tính âm lịch"
 *   (https://www.informatik.uni-leipzig.de/~duc/amlich/) — the *old* Meeus lunation series (epoch
 *   1900, 13 terms, its own ΔT parabola) and the Meeus ch. 25 *low-accuracy* Sun with the
 *   apparent-longitude correction (library: Meeus ch. 49 new moons, VSOP87 Sun, Espenak–Meeus ΔT);
 * - method: a direct day-by-day scan. The Sun's 30° sector is evaluated at every local
 *   midnight, a major term is "the sector changed during that day", month 11 is the month in
 *   which the sector turns from 8 to 9 (library: the December solstice is found by Newton's
 *   method and the leap rule compares only the midnights that start months).
 *
 * Written from the published formulas (no code copied from any library).
 */

const RAD = Math.PI / 180;
/** Julian day number of day number 0 (1970-01-01). */
const JDN_OF_DAY0 = 2_440_588;
const TZ = 7 / 24;

/** New moon k (k = 0: 1900-01-01 13:52 UT) as a Julian day in UT, old Meeus series. */
function newMoonUt(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c += -0.4068 * Math.sin(mp) + 0.0161 * Math.sin(2 * mp) - 0.0004 * Math.sin(3 * mp);
  c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mp) - 0.0074 * Math.sin(m - mp);
  c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mp);
  c += 0.001 * Math.sin(2 * f - mp) + 0.0005 * Math.sin(2 * mp + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The day number (UTC+7) of new moon k. */
export function secondNewMoonDay(k: number): number {
  return Math.floor(newMoonUt(k) + 0.5 + TZ) - JDN_OF_DAY0;
}

/** Apparent solar longitude (degrees), Meeus ch. 25 low accuracy, at a Julian day. */
export function lowAccuracySunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const c =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * RAD);
  return ((apparent % 360) + 360) % 360;
}

/** The Sun's 30° sector at the local midnight that starts a day number. */
function sector(day: number): number {
  return Math.floor(lowAccuracySunLongitude(day + JDN_OF_DAY0 - 0.5 - TZ) / 30);
}

/** One lunar year as this method sees it: day numbers. */
export interface SecondYear {
  tet: number;
  leapMonth: number;
  monthStarts: number[];
}

/**
 * Builds the calendar for every lunar year whose months lie within [firstDay, lastDay] (day
 * numbers); give a few months of margin on each side.
 */
export function secondCalendar(firstDay: number, lastDay: number): Map<number, SecondYear> {
  // 1. Every new moon day in the span, in order.
  let k = Math.floor((firstDay + JDN_OF_DAY0 - 2415021) / 29.530588853) - 1;
  while (secondNewMoonDay(k) < firstDay) k += 1;
  const starts: number[] = [];
  for (; secondNewMoonDay(k) <= lastDay; k += 1) starts.push(secondNewMoonDay(k));

  // 2. Scan every day: which month each major term (sector change) falls in.
  const termsIn: number[][] = starts.map(() => []);
  let month = 0;
  let before = sector(firstDay);
  for (let day = firstDay; day < lastDay; day += 1) {
    while (month + 1 < starts.length && (starts[month + 1] as number) <= day) month += 1;
    const after = sector(day + 1);
    if (after !== before && day >= (starts[0] as number)) termsIn[month]?.push(after);
    before = after;
  }

  // 3. Months holding the solstice (the sector turns 8 → 9) are month 11.
  const elevens = termsIn.flatMap((terms, i) => (terms.includes(9) ? [i] : []));
  const labels: Array<{ month: number; leap: boolean } | undefined> = [];
  for (let e = 0; e + 1 < elevens.length; e += 1) {
    const from = elevens[e] as number;
    const to = elevens[e + 1] as number;
    let leap = -1;
    if (to - from === 13) leap = from + 1 + termsIn.slice(from + 1, to).findIndex((terms) => terms.length === 0);
    let number = 11;
    for (let i = from; i < to; i += 1) {
      if (i === leap) labels[i] = { month: number === 1 ? 12 : number - 1, leap: true };
      else {
        labels[i] = { month: number, leap: false };
        number = (number % 12) + 1;
      }
    }
  }

  // 4. Cut into lunar years at each regular month 1.
  const years = new Map<number, SecondYear>();
  let current: SecondYear | undefined;
  labels.forEach((label, i) => {
    if (!label) return;
    const start = starts[i] as number;
    if (label.month === 1 && !label.leap) {
      current = { tet: start, leapMonth: 0, monthStarts: [] };
      years.set(new Date(start * 86_400_000).getUTCFullYear(), current);
    }
    if (!current) return;
    current.monthStarts.push(start);
    if (label.leap) current.leapMonth = label.month;
  });
  return years;
}
