/**
 * Properties over all supported years (fast-check; a failure prints its seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { lunarYear, toLunar } from '../../src/lunar/index.js';
import { formatDay, parseDay, weekdayOf } from '../../src/time/civil.js';
import { civilServiceCalendar, officialSchedule, publicHolidays } from '../../src/vietnam/index.js';
import type { Holiday } from '../../src/vietnam/index.js';

const day = (date: string): number => parseDay(date) ?? Number.NaN;
const weekday = (date: string): number => weekdayOf(day(date));
const OFFICIAL = new Set(Array.from({ length: 17 }, (_, i) => 2010 + i)); // 2010–2026
const anyYear = fc.integer({ min: 1900, max: 2199 });
const provisionalYear = anyYear.filter((y) => !OFFICIAL.has(y));
const isTet = (h: Holiday): boolean => h.kind === 'statutory' && h.name.vi.startsWith('Tết Nguyên Đán');

describe('schedules', () => {
  it("every provisional year's daysOff are Monday–Friday, unique, sorted, in the year", () => {
    fc.assert(
      fc.property(provisionalYear, (year) => {
        const s = officialSchedule(year);
        expect(s.status).toBe('provisional');
        const dates = s.daysOff.map((h) => h.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        for (const d of dates) {
          expect(weekday(d)).toBeLessThan(5);
          expect(d.startsWith(`${year}-`)).toBe(true);
        }
      }),
    );
  });

  it('daysOff hold exactly the Monday–Friday days of publicHolidays, plus the swaps', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const weekdays = publicHolidays(year).filter((h) => weekday(h.date) < 5).map((h) => h.date);
        const s = officialSchedule(year);
        expect(s.daysOff.filter((h) => h.kind !== 'swap').map((h) => h.date)).toEqual([...new Set(weekdays)]);
      }),
    );
  });

  it('the calendar is closed on every day off and open on every worked Saturday', () => {
    const cal = civilServiceCalendar();
    fc.assert(
      fc.property(anyYear, fc.nat(), (year, pick) => {
        const s = officialSchedule(year);
        const off = s.daysOff[pick % s.daysOff.length];
        if (off) expect(cal.isWorkingDay(off.date)).toBe(false);
        for (const w of s.workdays) expect(cal.isWorkingDay(w.date)).toBe(true);
      }),
    );
  });

  it('the calendar is open on every Monday–Friday that is not a day off', () => {
    const cal = civilServiceCalendar();
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 0, max: 364 }), (year, offset) => {
        const d = formatDay(day(`${year}-01-01`) + offset);
        if (weekday(d) >= 5) return;
        const off = officialSchedule(year).daysOff.some((h) => h.date === d);
        expect(cal.isWorkingDay(d)).toBe(!off);
      }),
    );
  });
});

describe('statutory days', () => {
  it('Tết always includes the eve and lunar 1/1, 2/1 and 3/1, as one block of 4 (before May 2013) or 5 days', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const tet = day(lunarYear(year).tet);
        const days = publicHolidays(year).filter(isTet).map((h) => day(h.date));
        for (const k of [-1, 0, 1, 2]) expect(days).toContain(tet + k);
        expect(days).toHaveLength(lunarYear(year).tet < '2013-05-01' ? 4 : 5);
        expect(Math.max(...days) - Math.min(...days)).toBe(days.length - 1);
        for (const k of [0, 1, 2]) expect(toLunar(formatDay(tet + k))).toMatchObject({ year, month: 1, day: k + 1, leap: false });
        expect(toLunar(formatDay(tet - 1)).month).toBe(12);
      }),
    );
  });

  it('every statutory day falls on its legal date', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        for (const h of publicHolidays(year).filter((x) => x.kind === 'statutory')) {
          const md = h.date.slice(5);
          switch (h.name.vi) {
            case 'Tết Dương lịch': expect(md).toBe('01-01'); break;
            case 'Ngày Chiến thắng': expect(md).toBe('04-30'); break;
            case 'Ngày Quốc tế Lao động': expect(md).toBe('05-01'); break;
            case 'Quốc khánh': expect(md).toBe('09-02'); break;
            case 'Ngày Văn hóa Việt Nam':
              expect(year).toBeGreaterThanOrEqual(2026);
              expect(md).toBe('11-24');
              break;
            case 'Quốc khánh (ngày liền kề)':
              expect(year).toBeGreaterThanOrEqual(2021);
              expect(['09-01', '09-03']).toContain(md);
              break;
            case 'Giỗ Tổ Hùng Vương':
              expect(year).toBeGreaterThanOrEqual(2007);
              expect(toLunar(h.date)).toEqual({ year, month: 3, day: 10, leap: false });
              break;
            default: expect(isTet(h)).toBe(true);
          }
        }
      }),
    );
  });

  it('the number of statutory days follows the law in force', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const n = publicHolidays(year).filter((h) => h.kind === 'statutory').length;
        const expected = year < 2007 ? 8 : year <= 2013 ? 9 : year <= 2020 ? 10 : year <= 2025 ? 11 : 12;
        expect(n).toBe(expected);
      }),
    );
  });

  it('compensatory days: one per weekend statutory day, on the next working day not already off', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const list = publicHolidays(year);
        const statutory = new Set(list.filter((h) => h.kind === 'statutory').map((h) => day(h.date)));
        const weekend = [...statutory].filter((d) => weekdayOf(d) >= 5).sort((a, b) => a - b);
        const comps = list.filter((h) => h.kind === 'compensatory').map((h) => day(h.date));
        expect(comps).toHaveLength(weekend.length);
        const taken = new Set<number>();
        weekend.forEach((w, i) => {
          let next = w + 1;
          while (weekdayOf(next) >= 5 || statutory.has(next) || taken.has(next)) next++;
          taken.add(next);
          expect(comps[i]).toBe(next);
          expect(list.find((h) => day(h.date) === next && h.kind === 'compensatory')?.source).toContain(`(${formatDay(w)})`);
        });
      }),
    );
  });
});

describe('invalid years', () => {
  it('non-integers and years outside 1900–2199 throw WorktimeError', () => {
    const bad = fc.oneof(
      fc.double({ noInteger: true }),
      fc.integer({ max: 1899 }),
      fc.integer({ min: 2200 }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity),
      fc.string(),
      fc.constantFrom(null, undefined, true, [2026], { year: 2026 }),
    );
    fc.assert(
      fc.property(bad, (year) => {
        for (const fn of [publicHolidays, officialSchedule]) {
          let error: unknown;
          try {
            fn(year as number);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(WorktimeError);
          const code = (error as WorktimeError).code;
          expect(code).toBe(Number.isInteger(year) ? 'OUT_OF_RANGE' : 'INVALID_YEAR');
        }
      }),
    );
  });
});
