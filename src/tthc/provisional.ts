/**
 * Whether an answer rests on a guess: a day it used lies in a year whose civil-service schedule is
 * provisional (not announced yet, or outside the library's data). Calendars that are not
 * civil-service calendars have no provisional years.
 *
 * @module
 */
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { civilFromDays } from '../time/civil.js';
import type { CompiledZone } from '../time/zone.js';
import { provisionalYears } from '../vietnam/civilServiceCalendar.js';
import { provisionalReason } from '../vietnam/officialSchedule.js';
import { dayOf } from './processing/days.js';
import type { Basis } from './types.js';

/** The provisional years among those of the days from `from` to `to` (epoch ms, in either order), ascending. */
export function provisionalYearsBetween(calendar: WorkingCalendar, zone: CompiledZone, from: number, to: number): number[] {
  const years = provisionalYears(calendar);
  if (years.size === 0) return [];
  const first = civilFromDays(dayOf(zone, Math.min(from, to))).year;
  const last = civilFromDays(dayOf(zone, Math.max(from, to))).year;
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (years.has(y)) out.push(y);
  return out;
}

/**
 * Why the schedules of `years` are provisional, in words: not announced yet (a year after the last
 * announced one), or not in the library's data (an earlier year).
 */
export function provisionalNote(years: readonly number[]): { vi: string; en: string } {
  const later = years.filter((y) => provisionalReason(y) === 'not-announced');
  const earlier = years.filter((y) => provisionalReason(y) === 'not-in-data');
  const vi: string[] = [];
  const en: string[] = [];
  if (later.length > 0) {
    vi.push(`năm ${later.join(', ')} chưa có thông báo chính thức`);
    en.push(`${later.join(', ')} not announced yet`);
  }
  if (earlier.length > 0) {
    vi.push(`năm ${earlier.join(', ')} không có lịch chính thức trong dữ liệu của vn-worktime`);
    en.push(`no official schedule of ${earlier.join(', ')} in vn-worktime's data`);
  }
  return { vi: vi.join('; '), en: en.join('; ') };
}

/** The basis line that marks an answer resting on provisional years. */
export function provisionalBasis(years: readonly number[]): Basis {
  const note = provisionalNote(years);
  return {
    code: 'PROVISIONAL_SCHEDULE',
    vi: `Kết quả dựa trên lịch nghỉ tạm tính (${note.vi}): ngày nghỉ Tết, ngày liền kề Quốc khánh và các ngày hoán đổi có thể khác lịch chính thức.`,
    en: `The result rests on a provisional schedule (${note.en}): Tết, the day next to National Day and swapped days may differ from the official schedule.`,
  };
}
