/**
 * Independent check: the library against a second method (see secondMethod.ts: Ho Ngoc Duc's
 * low-precision formulas and a day-by-day scan, sharing no code with src/lunar) over every lunar
 * year 1900–2199: every month start and every leap month.
 */
import { describe, expect, it } from 'vitest';
import { ttToUt } from '../../src/lunar/deltaT.js';
import { lunarYear } from '../../src/lunar/index.js';
import { vietnamMidnight } from '../../src/lunar/julianDay.js';
import { lunationNear, newMoonJde } from '../../src/lunar/newMoon.js';
import { daysFromCivil, formatDay, parseDay } from '../../src/time/civil.js';
import { secondCalendar } from './secondMethod.js';

const second = secondCalendar(daysFromCivil(1898, 9, 1), daysFromCivil(2201, 4, 1));

/** Month starts where the two methods differ, as 'library → second method'. */
function disagreements(): string[] {
  const out: string[] = [];
  for (let y = 1900; y <= 2199; y += 1) {
    const mine = lunarYear(y);
    const other = second.get(y);
    const theirs = other?.monthStarts.map(formatDay) ?? [];
    if (other?.leapMonth !== mine.leapMonth) out.push(`${y}: leap month ${mine.leapMonth} → ${other?.leapMonth}`);
    mine.monthStarts.forEach((start, i) => {
      if (theirs[i] !== start) out.push(`${y}: month start ${start} → ${theirs[i]}`);
    });
    if (theirs.length !== mine.monthStarts.length) out.push(`${y}: ${mine.monthStarts.length} months → ${theirs.length}`);
  }
  return out;
}

/** Minutes from the library's new moon to the next local (UTC+7) midnight. */
function minutesBeforeMidnight(start: string): number {
  const day = parseDay(start) as number;
  const newMoon = ttToUt(newMoonJde(lunationNear(vietnamMidnight(day))));
  return (vietnamMidnight(day + 1) - newMoon) * 1440;
}

describe('the library and the second method', () => {
  // Every disagreement over 1900–2199 is a new moon within 2.1 minutes of midnight in Hanoi. The
  // library (Meeus ch. 49 + Espenak–Meeus ΔT) puts each just before midnight, so its month starts
  // a day earlier than with the old lunation series of the second method, whose error is minutes.
  // PyEphem 4.1.4 (checked while writing this test) agrees with the library on each of them except
  // 1967-07-07, where it finds the new moon 3 s after midnight instead of 3 s before: no
  // ephemeris settles that one. Two of them move a Tết; neither is in the years that the golden
  // tables cover (1968–2100), and for 2175 lunar-notes §5 reports that Ho Ngoc Duc's own table
  // also differs from the high-precision result:
  //   2175-01-22 Tết 2175: new moon 23:59:36 (UTC+7)
  //   2199-01-26 Tết 2199: new moon 23:57:53; the notes' two methods differ here too (margin 1.7 min)
  // Beyond 2025 ΔT is an extrapolation, uncertain by minutes by 2200.
  // 1938 is not among them: both methods give leap month 8 (see golden.test.ts).
  const KNOWN = [
    '1944: month start 1944-06-20 → 1944-06-21',
    '1967: month start 1967-07-07 → 1967-07-08',
    '2072: month start 2072-12-09 → 2072-12-10',
    '2077: month start 2077-11-15 → 2077-11-16',
    '2130: month start 2130-05-07 → 2130-05-08',
    '2150: month start 2150-05-26 → 2150-05-27',
    '2159: month start 2159-05-17 → 2159-05-18',
    '2175: month start 2175-01-22 → 2175-01-23',
    '2199: month start 2199-01-26 → 2199-01-27',
  ];

  it('agree on every month start and leap month of 1900–2199 except the known knife-edge new moons', () => {
    expect(disagreements()).toEqual(KNOWN);
  });

  it.each(KNOWN.map((row) => [/month start (\S+)/.exec(row)?.[1] ?? row]))('%s is a knife-edge: the new moon is within 2.5 minutes of midnight', (start) => {
    const minutes = minutesBeforeMidnight(start);
    expect(minutes).toBeGreaterThan(0);
    expect(minutes).toBeLessThan(2.5);
  });

  it('agree on every Tết and leap month of 1900–2174', () => {
    for (let y = 1900; y <= 2174; y += 1) {
      expect(formatDay(second.get(y)?.tet ?? Number.NaN), `Tết ${y}`).toBe(lunarYear(y).tet);
      expect(second.get(y)?.leapMonth, `leap ${y}`).toBe(lunarYear(y).leapMonth);
    }
  });
});
