/**
 * The working calendars the tests share: an office open Monday to Friday, 07:00–11:30 and
 * 13:30–17:00, without holidays (the hours of the civil service, without its days off).
 */
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange, Weekday } from '../../src/calendar/index.js';

/** The hours of an office day: 07:00–11:30 and 13:30–17:00. */
export const OFFICE_HOURS: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Every day of the week. */
export const EVERY_DAY: readonly Weekday[] = [...WEEKDAYS, 'sat', 'sun'];

/**
 * A calendar open at {@link OFFICE_HOURS} on `days` (Monday to Friday unless told), in `zone`
 * (Asia/Ho_Chi_Minh unless told), without holidays; `range` bounds it.
 */
export function officeWeek(options: { days?: readonly Weekday[]; zone?: string; range?: { from: string; to: string } } = {}): WorkingCalendar {
  const week: Partial<Record<Weekday, TimeRange[]>> = {};
  for (const day of options.days ?? WEEKDAYS) week[day] = OFFICE_HOURS;
  return WorkingCalendar.create({ week, ...(options.zone !== undefined && { zone: options.zone }), ...(options.range !== undefined && { range: options.range }) });
}

/** Mon–Fri 07:00–11:30, 13:30–17:00 in Asia/Ho_Chi_Minh, without holidays. */
export const officeCalendar: WorkingCalendar = officeWeek();
