/**
 * One walk over every day of the supported range, 1900-01-01 … 2199-12-31 (109 572 days),
 * checking the calendar's invariants day by day.
 */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarYear, toLunar, type LunarDate } from '../../src/lunar/index.js';
import { daysFromCivil, formatDay } from '../../src/time/civil.js';

const FIRST = daysFromCivil(1900, 1, 1);
const LAST = daysFromCivil(2199, 12, 31);

/** What can follow the last day of a month: the leap month of the same number, or the next number. */
function isNextMonth(prev: LunarDate, next: LunarDate): boolean {
  if (next.leap) return !prev.leap && next.month === prev.month && next.year === prev.year;
  if (next.month === 1) return prev.month === 12 && next.year === prev.year + 1;
  return next.month === prev.month + 1 && next.year === prev.year;
}

describe('every day from 1900-01-01 to 2199-12-31', () => {
  it('round-trips, advances by one day or starts a new month, with 29- or 30-day months and 12- or 13-month years', () => {
    const failures: string[] = [];
    const fail = (day: number, what: string) => failures.length < 20 && failures.push(`${formatDay(day)}: ${what}`);
    /** Per lunar year: month starts seen during the walk and how many leap months. */
    const seen = new Map<number, { starts: string[]; leaps: number }>();

    let prev = toLunar(formatDay(FIRST));
    expect(prev).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    for (let day = FIRST; day <= LAST; day += 1) {
      const date = formatDay(day);
      const l = day === FIRST ? prev : toLunar(date);
      if (fromLunar(l) !== date) fail(day, `fromLunar(toLunar) gave ${fromLunar(l)}`);
      if (day > FIRST) {
        if (l.day === 1) {
          if (prev.day !== 29 && prev.day !== 30) fail(day, `previous month had ${prev.day} days`);
          if (!isNextMonth(prev, l)) fail(day, `month ${l.month}${l.leap ? 'L' : ''}/${l.year} after ${prev.month}${prev.leap ? 'L' : ''}/${prev.year}`);
        } else if (l.day !== prev.day + 1 || l.month !== prev.month || l.leap !== prev.leap || l.year !== prev.year) {
          fail(day, `${JSON.stringify(l)} after ${JSON.stringify(prev)}`);
        }
      }
      if (l.day === 1) {
        const year = seen.get(l.year) ?? { starts: [], leaps: 0 };
        year.starts.push(date);
        if (l.leap) year.leaps += 1;
        seen.set(l.year, year);
      }
      prev = l;
    }
    expect(failures).toEqual([]);

    // Whole lunar years seen in the walk: 1900 … 2198 (1899 and 2199 are cut by the range).
    for (let y = 1900; y <= 2198; y += 1) {
      const walked = seen.get(y);
      const info = lunarYear(y);
      expect(walked?.starts, `lunar ${y}`).toEqual(info.monthStarts);
      expect([12, 13], `lunar ${y}`).toContain(info.monthStarts.length);
      expect(walked?.leaps, `lunar ${y}`).toBe(info.monthStarts.length === 13 ? 1 : 0);
      expect(info.leapMonth === 0, `lunar ${y}`).toBe(info.monthStarts.length === 12);
    }
  });
});
