/**
 * Why an instant outside working time is off hours, in words for explanations: a named day off
 * (and whether it rests on a provisional schedule), or a weekly rest day. Nothing is said for the
 * hours outside a working day's ranges (evening, lunch break): the instant itself shows them.
 *
 * @module
 */
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { civilFromDays, formatDay } from '../../time/civil.js';
import type { CompiledZone } from '../../time/zone.js';
import { provisionalYears } from '../../vietnam/civilServiceCalendar.js';
import { provisionalReason } from '../../vietnam/officialSchedule.js';
import { dayOf } from '../processing/days.js';

/** A suffix for `(Thứ Sáu, 05/02/2027 10:00…)`, starting with ` — `, or empty. */
export function offHoursReason(calendar: WorkingCalendar, zone: CompiledZone, epoch: number): { vi: string; en: string } {
  const day = dayOf(zone, epoch);
  const info = calendar.dayInfo(formatDay(day));
  if (info.working) return { vi: '', en: '' };
  if (info.kind === 'holiday') {
    const year = civilFromDays(day).year;
    const guess = provisionalYears(calendar).has(year);
    const name = info.name === undefined ? '' : ` ${info.name}`;
    // A later year is not announced yet; an earlier one is only missing from the data.
    const announced = provisionalReason(year) === 'not-announced';
    return {
      vi: ` — ngày nghỉ${name}${guess ? `, theo lịch tạm tính năm ${year} (${announced ? 'chưa có thông báo chính thức' : 'không có lịch chính thức trong dữ liệu'})` : ''}`,
      en: ` — a day off${name}${guess ? `, from the provisional schedule of ${year} (${announced ? 'not announced yet' : 'no official schedule in the data'})` : ''}`,
    };
  }
  return { vi: ' — ngày nghỉ hằng tuần', en: ' — a weekly rest day' };
}
