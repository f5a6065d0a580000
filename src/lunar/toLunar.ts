/**
 * Gregorian → lunar.
 *
 * @module
 */
import { WorktimeError } from '../errors.js';
import { civilFromDays } from '../time/civil.js';
import { toDay, type DateInput } from '../time/date.js';
import { CompiledZone, VIETNAM_ZONE } from '../time/zone.js';
import type { LunarDateInfo } from './lunarDate.js';
import { lunarYearData, uncertainAt } from './lunarYears.js';
import { FIRST_DAY, LAST_DAY, outOfRange } from './range.js';

let vietnam: CompiledZone | undefined;

/** The lunar date of a day number already known to be in range. */
export function lunarDateOfDay(day: number): LunarDateInfo {
  const gregorianYear = civilFromDays(day).year;
  let data = lunarYearData(gregorianYear);
  if (day < (data.starts[0] as number)) data = lunarYearData(gregorianYear - 1);
  const starts = data.starts;
  let i = starts.length - 2;
  while ((starts[i] as number) > day) i -= 1;
  // The index of the leap month; in a year without one, no index reaches it.
  const leapAt = data.leapMonth === 0 ? Number.POSITIVE_INFINITY : data.leapMonth;
  const info: LunarDateInfo = {
    year: data.year,
    month: i >= leapAt ? i : i + 1,
    day: day - (starts[i] as number) + 1,
    leap: i === leapAt,
  };
  // The day's own month start may move, or, on the last day of a month, the next start may come a
  // day earlier and make it a first day.
  const next = day === (starts[i + 1] as number) - 1 ? uncertainAt(data, i + 1) : undefined;
  const uncertain = uncertainAt(data, i) ?? (next && next.alternative < next.monthStart ? next : undefined);
  if (uncertain) info.uncertain = uncertain;
  return info;
}

/**
 * The Vietnamese lunar date (âm lịch) of a day. The calendar is the one used in Vietnam since
 * 1968: the Chinese rules counted at UTC+7 (105° E), so it differs from the Chinese calendar
 * (UTC+8) in some years, e.g. Tết 1985 and 2007. Years before 1968 are computed the same way,
 * which is the modern convention but not always the calendar printed at the time.
 *
 * A `Date` or luxon `DateTime` means the day on which that instant falls in Asia/Ho_Chi_Minh
 * (legal time, which was not UTC+7 in every period: UTC+8 in the South in 1959–1975, for one);
 * the lunar calendar itself is always reckoned at UTC+7.
 *
 * @param date - `'YYYY-MM-DD'`, a `Date` or a luxon `DateTime`, from 1900-01-01 to 2199-12-31.
 * @returns A new {@link LunarDateInfo}: a {@link LunarDate}, with `uncertain` for a day after 2076
 *   whose lunar date depends on a month start that ΔT could move.
 * @throws WorktimeError `INVALID_DATE` for anything that is not a date; `OUT_OF_RANGE` outside
 *   1900-01-01…2199-12-31.
 *
 * @example
 * toLunar('2026-02-17'); //=> { year: 2026, month: 1, day: 1, leap: false }  (Tết Bính Ngọ)
 * toLunar('2026-04-26'); //=> { year: 2026, month: 3, day: 10, leap: false } (Giỗ Tổ Hùng Vương)
 * toLunar('2026-02-16'); //=> { year: 2025, month: 12, day: 29, leap: false } (Giao thừa: month 12 has 29 days)
 * toLunar('2023-03-22'); //=> { year: 2023, month: 2, day: 1, leap: true }  (tháng 2 nhuận)
 * toLunar('2175-01-23').uncertain?.alternative; //=> '2175-01-22' (Tết 2175 may be a day earlier)
 */
export function toLunar(date: DateInput): LunarDateInfo {
  let day: number;
  try {
    day = toDay(date, (vietnam ??= CompiledZone.get(VIETNAM_ZONE)), 'date');
  } catch (error) {
    if (error instanceof WorktimeError && error.code === 'OUT_OF_RANGE') throw outOfRange('date', date);
    throw error;
  }
  if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange('date', date);
  return lunarDateOfDay(day);
}
