/**
 * `publicHolidays(year)`: the statutory holidays of the law in force that year, with Tết's days as
 * decided (announced years) or derived (other years), and the compensatory days.
 *
 * @module
 */
import { civilFromDays } from '../time/civil.js';
import { compensatoryDays } from './compensatoryDays.js';
import { statutoryDays } from './statutoryDays.js';
import type { DatedHoliday } from './statutoryDays.js';
import { DEFAULT_TABLES } from './tables.js';
import type { HolidayTables } from './tables.js';
import type { Holiday } from './types.js';
import { MIN_YEAR, checkYear } from './year.js';
import { HOLIDAYS, STATUTORY, memoYear } from './yearCache.js';

/** The statutory days of `year`, memoized. */
export function statutoryOf(year: number, tables: HolidayTables): readonly DatedHoliday[] {
  return memoYear(tables, STATUTORY, year, () => Object.freeze(statutoryDays(year, tables)));
}

/**
 * Statutory and compensatory days of `year`, sorted (statutory first on a shared date), memoized.
 * Compensatory days are found over the year before too, so a weekend holiday late in December
 * would give its day in January; the year after cannot give this year one (its days all come later).
 */
export function holidaysOf(year: number, tables: HolidayTables): readonly DatedHoliday[] {
  return memoYear(tables, HOLIDAYS, year, () => {
    const around: DatedHoliday[] = [];
    for (let y = year - 1; y <= year; y++) if (y >= MIN_YEAR) around.push(...statutoryOf(y, tables));
    const compensatory = compensatoryDays(around, tables).filter((d) => civilFromDays(d.day).year === year);
    const all = [...statutoryOf(year, tables), ...compensatory];
    return Object.freeze(all.sort((a, b) => a.day - b.day));
  });
}

/** A copy a caller may change. */
export function copyHoliday(h: Readonly<Holiday>): Holiday {
  const copy: Holiday = { ...h, name: { ...h.name } };
  if (h.uncertain) copy.uncertain = { ...h.uncertain };
  return copy;
}

/**
 * The public holidays of a year under the law in force that year: every statutory day (also those
 * on a weekend) and the compensatory days (nghỉ bù) they give. Government swaps (hoán đổi) are not
 * here: they are in {@link officialSchedule}.
 *
 * - From 2021, Bộ luật Lao động 2019, Điều 112: 1/1; Tết 5 days; Giỗ Tổ Hùng Vương (10/3 âm lịch);
 *   30/4; 1/5; 2/9 and one adjacent day — 11 days. Compensatory days: Điều 111.3.
 * - From 1 July 2026 also 24/11, Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16, which adds it to
 *   Điều 112.1) — 12 days from 2026.
 * - May 2013 – 2020, Bộ luật Lao động 2012, Điều 115: the same with 2/9 alone — 10 days.
 * - Before May 2013, Bộ luật Lao động 1994, Điều 73: Tết 4 days (the eve and mùng 1–3), Giỗ Tổ from
 *   2007; years before 1995 use these rules as a model (see each entry's `source`).
 *
 * Tết's 5 days and the day next to 2/9 are decided by the Prime Minister each year: announced
 * years (Tết from 2014, 2/9 from 2021, to 2026) use the decided days, other years the provisional rules (2 days before mùng 1
 * and 3 from it, or 1 + 4 when the block would start on a Sunday; the working day next to 2/9 that
 * joins a weekend). Lunar dates come from `vn-worktime/lunar` (Vietnamese calendar, UTC+7); a
 * day that rests on a lunar month start ΔT could still move (Tết 2175 and 2199, …) carries
 * `uncertain`, and so does its compensatory day.
 *
 * @param year - A Gregorian year, an integer from 1900 to 2199.
 * @returns A new array, sorted by date; each entry names its legal `source`.
 * @throws WorktimeError `INVALID_YEAR` for a non-integer; `OUT_OF_RANGE` outside 1900–2199.
 *
 * @example
 * publicHolidays(2026).map((h) => `${h.date} ${h.kind} ${h.name.vi}`);
 * //=> ['2026-01-01 statutory Tết Dương lịch',
 * //    '2026-02-16 statutory Tết Nguyên Đán (29 tháng Chạp, giao thừa)',
 * //    '2026-02-17 statutory Tết Nguyên Đán (mùng 1 tháng Giêng)', …,
 * //    '2026-02-20 statutory Tết Nguyên Đán (mùng 4 tháng Giêng)',
 * //    '2026-04-26 statutory Giỗ Tổ Hùng Vương',
 * //    '2026-04-27 compensatory Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)',
 * //    '2026-04-30 statutory Ngày Chiến thắng', '2026-05-01 statutory Ngày Quốc tế Lao động',
 * //    '2026-09-01 statutory Quốc khánh (ngày liền kề)', '2026-09-02 statutory Quốc khánh',
 * //    '2026-11-24 statutory Ngày Văn hóa Việt Nam']
 * publicHolidays(2026)[0];
 * //=> { date: '2026-01-01', name: { vi: 'Tết Dương lịch', en: "New Year's Day" }, kind: 'statutory',
 * //     source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.a' }
 */
export function publicHolidays(year: number): Holiday[] {
  checkYear(year);
  return holidaysOf(year, DEFAULT_TABLES).map((d) => copyHoliday(d.holiday));
}
