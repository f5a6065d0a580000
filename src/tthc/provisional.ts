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
import { dayOf } from './periodDays.js';
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

/** The basis line that marks an answer resting on provisional years. */
export function provisionalBasis(years: readonly number[]): Basis {
  const list = years.join(', ');
  return {
    code: 'PROVISIONAL_SCHEDULE',
    vi: `Kết quả dựa trên lịch nghỉ tạm tính của năm ${list}: lịch chính thức chưa được công bố (hoặc không có trong dữ liệu); ngày nghỉ Tết và các ngày hoán đổi có thể khác.`,
    en: `The result rests on the provisional schedule of ${list}: the official schedule is not announced (or not in the data); Tết and swapped days may differ.`,
  };
}
