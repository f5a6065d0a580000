/**
 * How instants and durations read in explanations (`basis`): as Vietnamese users read dates,
 * `Thứ Sáu, 13/02/2026 16:30`, and English `Fri 13/02/2026 16:30`.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import { civilFromDays, weekdayOf } from '../time/civil.js';

const WEEKDAYS = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const;
const UNITS = { vi: ['giờ', 'phút'], en: ['h', 'min'] } as const;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The name of a weekday, 0 = Monday … 6 = Sunday: `Thứ Sáu` / `Fri`. */
export function weekdayName(index: number, lang: 'vi' | 'en'): string {
  return WEEKDAYS[lang][index] ?? '';
}

/** `dd/MM/yyyy`. */
export function dateText(year: number, month: number, day: number): string {
  return `${two(day)}/${two(month)}/${String(year).padStart(4, '0')}`;
}

/** `dd/MM/yyyy` of a day number (days since 1970-01-01). */
export function dayNumberText(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return dateText(year, month, d);
}

/** `Thứ Sáu, 27/02/2026` of a day number. */
export function viDay(day: number): string {
  return `${weekdayName(weekdayOf(day), 'vi')}, ${dayNumberText(day)}`;
}

/** `Fri 27/02/2026` of a day number. */
export function enDay(day: number): string {
  return `${weekdayName(weekdayOf(day), 'en')} ${dayNumberText(day)}`;
}

/** `dd/MM/yyyy HH:mm`, with `:ss` when the seconds are not zero (built by hand: luxon's toFormat is slow). */
function stamp(dt: DateTime): string {
  const { year, month, day, hour, minute, second } = dt;
  const seconds = second !== 0 ? `:${two(second)}` : '';
  return `${dateText(year, month, day)} ${two(hour)}:${two(minute)}${seconds}`;
}

/** `Thứ Sáu, 13/02/2026 16:30`. */
export function viInstant(dt: DateTime): string {
  return `${weekdayName(dt.weekday - 1, 'vi')}, ${stamp(dt)}`;
}

/** `Fri 13/02/2026 16:30`. */
export function enInstant(dt: DateTime): string {
  return `${weekdayName(dt.weekday - 1, 'en')} ${stamp(dt)}`;
}

/** `8 giờ 30 phút` / `8 h 30 min` from milliseconds, rounded to the minute (`1 phút`, `0 giờ`). */
export function hoursText(ms: number, lang: 'vi' | 'en'): string {
  const sign = ms < 0 ? '-' : '';
  const totalMinutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  const [hours, minutes] = UNITS[lang];
  const parts: string[] = [];
  if (h > 0 || m === 0) parts.push(`${h} ${hours}`);
  if (m > 0) parts.push(`${m} ${minutes}`);
  return sign + parts.join(' ');
}
