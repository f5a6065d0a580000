/**
 * The `calendar` option of the TTHC functions (their options are checked by `checkOptions` of the
 * validation kit).
 *
 * @module
 */
import { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../errors.js';
import { civilServiceCalendar } from '../vietnam/civilServiceCalendar.js';

/** The calendar option, or the default civil-service calendar. */
export function calendarOption(value: unknown, fn: string): WorkingCalendar {
  if (value === undefined) return civilServiceCalendar();
  if (!(value instanceof WorkingCalendar)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`calendar\` of ${fn} to be a WorkingCalendar, got ${describe(value)}`, { calendar: value }, 'calendar');
  }
  return value;
}
