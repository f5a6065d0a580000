/**
 * Vietnamese and English names of the days the module produces: each Tết day by its lunar date,
 * compensatory days, swapped days and worked Saturdays.
 *
 * @module
 */
import { civilFromDays, parseDay, weekdayOf } from '../time/civil.js';
import type { LocalizedName } from './types.js';

const WEEKDAY_VI = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;
const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** `'thứ Bảy 25/01/2020'` / `'Saturday 2020-01-25'`. */
function dayLabel(date: string): { vi: string; en: string } {
  const day = parseDay(date) ?? 0;
  const { year, month, day: dom } = civilFromDays(day);
  const wd = weekdayOf(day);
  const viWeekday = WEEKDAY_VI[wd] ?? '';
  const enWeekday = WEEKDAY_EN[wd] ?? '';
  return {
    vi: `${viWeekday} ${String(dom).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    en: `${enWeekday} ${date}`,
  };
}

/**
 * The name of a Tết day `offset` days from mùng 1, `lastDayOfYear` being the number of the last
 * day of lunar month 12 (29 or 30).
 */
export function tetDayName(base: LocalizedName, offset: number, lastDayOfYear: number): LocalizedName {
  if (offset >= 0) {
    const n = offset + 1;
    return { vi: `${base.vi} (mùng ${n} tháng Giêng)`, en: `${base.en}, ${ordinal(n)} day of the 1st lunar month` };
  }
  const n = lastDayOfYear + 1 + offset;
  const eve = offset === -1;
  return {
    vi: `${base.vi} (${n} tháng Chạp${eve ? ', giao thừa' : ''})`,
    en: `${base.en}, ${ordinal(n)} day of the 12th lunar month${eve ? " (New Year's Eve)" : ''}`,
  };
}

/** `Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)`. */
export function compensatoryName(holiday: LocalizedName, holidayDate: string): LocalizedName {
  const label = dayLabel(holidayDate);
  return {
    vi: `Nghỉ bù ${holiday.vi} (${label.vi})`,
    en: `Compensatory day off for ${holiday.en} (${label.en})`,
  };
}

/** `Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)`. */
export function swapOffName(occasion: LocalizedName, workDate: string): LocalizedName {
  const label = dayLabel(workDate);
  return {
    vi: `Nghỉ hoán đổi dịp ${occasion.vi} (làm bù ${label.vi})`,
    en: `Swapped day off for ${occasion.en} (worked on ${label.en})`,
  };
}

/** `Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)`. */
export function workdayName(occasion: LocalizedName, offDate: string): LocalizedName {
  const label = dayLabel(offDate);
  return {
    vi: `Làm bù cho ${label.vi} (dịp ${occasion.vi})`,
    en: `Working day in exchange for ${label.en} (${occasion.en})`,
  };
}
