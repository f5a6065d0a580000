/**
 * The provisional rules: how vn-worktime chooses the days the Prime Minister decides each year
 * (Bộ luật Lao động 2019, Điều 112.3) for a year whose schedule has not been announced. They are
 * learnt from the announced years 2018–2026 (`decisions.ts`) and reproduce every one of them, and
 * the earlier announced years 2010–2017 apart from the Tết blocks of 2014 and 2016 (the test
 * `test/vietnam/provisional.test.ts` checks it and lists those differences); government swaps are
 * never predicted.
 *
 * @module
 */
import { weekdayOf } from '../time/civil.js';

const SUNDAY = 6;

/**
 * Tết: the number of days before mùng 1 in a decided block of `days` days.
 *
 * The law allows 1 day before mùng 1 and 4 from it, or 2 and 3 (Nghị định 45/2013/NĐ-CP, Điều 8).
 * Every announced year 2018–2026 used 2 + 3 (28/29 tháng Chạp – mùng 3) except when that block
 * would start on a Sunday — mùng 1 on a Tuesday (2019, 2022, 2026) — where it used 1 + 4 (the eve
 * – mùng 4) so that Monday–Friday is off. The block always holds the eve and mùng 1–3. Under the
 * Labour Code 2012, 2014 (mùng 1 on a Friday) and 2016 (a Monday) used 1 + 4 without that reason;
 * the rule follows the later years.
 *
 * @param tetDay Day number of mùng 1.
 * @param days Length of the block (5 under the Labour Codes 2012 and 2019).
 * @returns The number of days of the block before mùng 1 (at least 1: the eve).
 * @example
 * tetDaysBefore(daysFromCivil(2027, 2, 6), 5); // Tết Đinh Mùi on a Saturday
 * //=> 2  (Thursday 4/2 – Monday 8/2/2027)
 * tetDaysBefore(daysFromCivil(2026, 2, 17), 5); // Tết Bính Ngọ on a Tuesday
 * //=> 1  (Monday 16/2 – Friday 20/2/2026, as Thông báo 9441/TB-BNV decided)
 */
export function tetDaysBefore(tetDay: number, days: number): number {
  const before = Math.max(1, days - 3);
  return before > 1 && weekdayOf(tetDay - before) === SUNDAY ? before - 1 : before;
}

/**
 * The day next to a holiday that the Prime Minister adds (2 September, from 2021): the adjacent
 * day that is a working day; when both are (holiday on Tuesday–Thursday) the one between the
 * holiday and the nearer weekend, and the day before for a Wednesday.
 *
 * Announced precedents: Monday 2024 → Tuesday; Tuesday 2025 → Monday; Wednesday 2026 → Tuesday;
 * Thursday 2021 → Friday; Friday 2022 → Thursday; Saturday 2023 → Friday. Sunday has no precedent
 * yet (2029): Monday, the working day next to it.
 *
 * @param day Day number of the holiday (e.g. 2 September).
 * @returns Day number of the adjacent day.
 * @example
 * formatDay(adjacentDay(daysFromCivil(2027, 9, 2))); // Thursday
 * //=> '2027-09-03'
 */
export function adjacentDay(day: number): number {
  //                Mon Tue Wed Thu Fri Sat Sun
  const offsets = [+1, -1, -1, +1, -1, -1, +1] as const;
  return day + (offsets[weekdayOf(day)] ?? 1);
}

/** The provisional rules in words, for `source` fields. */
export const PROVISIONAL_TET_RULE =
  'lịch tạm tính (provisional): 2 ngày cuối năm + 3 ngày đầu năm, hoặc 1 + 4 khi ngày đầu rơi vào Chủ nhật — quy luật các năm 2018–2026';

export const PROVISIONAL_ADJACENT_RULE =
  'lịch tạm tính (provisional): ngày làm việc liền kề nối với cuối tuần (thứ Tư: ngày trước) — quy luật các năm 2021–2026';
