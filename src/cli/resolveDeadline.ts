/**
 * A deadline as the user gave it — an instant, or a day alone (an appointment day, ngày hẹn
 * trả) — as the instant it stands for. A day alone means the close of working hours that day, or
 * on the next working day when it is a day off (BLDS 2015, Điều 148.1, 148.5), which is also how
 * `slaStatus` and `summarize` read it.
 *
 * @module
 */
import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { asDateTime, isDateOnly } from './values.js';

/**
 * The close of working hours of a working day `YYYY-MM-DD` (24:00 for a range that ends at
 * 24:00). Asked at the day's last millisecond, so that the last day of a calendar's range works.
 */
function endOfWork(calendar: WorkingCalendar, day: string): DateTime {
  const start = DateTime.fromISO(day, { zone: calendar.zone });
  const next = DateTime.fromISO(start.plus({ days: 1 }).toISODate() ?? day, { zone: calendar.zone });
  const last = next.minus({ milliseconds: 1 });
  return calendar.isWorkingTime(last) ? calendar.addWorkingTime(last, 1) : calendar.previousWorkingTime(last);
}

/** The instant a deadline argument stands for, in the calendar's zone. */
export function resolveDeadline(calendar: WorkingCalendar, input: string | Date): DateTime {
  if (isDateOnly(input)) return endOfWork(calendar, calendar.addWorkingDays(input.trim(), 0));
  return asDateTime(calendar, input);
}
