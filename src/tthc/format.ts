/**
 * How instants and durations read in explanations (`basis`): as Vietnamese users read dates,
 * `Thứ Sáu, 13/02/2026 16:30`, and English `Fri 13/02/2026 16:30`.
 *
 * @module
 */
import type { DateTime } from 'luxon';

const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function stamp(dt: DateTime): string {
  const seconds = dt.second !== 0 || dt.millisecond !== 0 ? ':ss' : '';
  return dt.toFormat(`dd/MM/yyyy HH:mm${seconds}`);
}

/** `Thứ Sáu, 13/02/2026 16:30`. */
export function viInstant(dt: DateTime): string {
  return `${VI_WEEKDAYS[dt.weekday - 1] ?? ''}, ${stamp(dt)}`;
}

/** `Fri 13/02/2026 16:30`. */
export function enInstant(dt: DateTime): string {
  return `${EN_WEEKDAYS[dt.weekday - 1] ?? ''} ${stamp(dt)}`;
}

/** `8 giờ 30 phút` / `8 h 30 min` from milliseconds. */
export function hoursText(ms: number, lang: 'vi' | 'en'): string {
  const sign = ms < 0 ? '-' : '';
  const totalMinutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (lang === 'vi') return `${sign}${h} giờ${m ? ` ${m} phút` : ''}`;
  return `${sign}${h} h${m ? ` ${m} min` : ''}`;
}
