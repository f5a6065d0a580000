/**
 * Validation of the option objects of the TTHC functions.
 *
 * @module
 */
import { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError, clip, describe } from '../errors.js';
import { civilServiceCalendar } from '../vietnam/civilServiceCalendar.js';

/** Checks that `options` is undefined or a plain object with only `allowed` keys. */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the options of ${fn} to be an object, got ${describe(options)}`, { options });
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new WorktimeError('INVALID_ARGUMENT', `Unknown option '${clip(key)}' of ${fn}; expected ${allowed.join(', ')}`, { option: key });
    }
  }
  return options as Record<string, unknown>;
}

/** The calendar option, or the default civil-service calendar. */
export function calendarOption(value: unknown, fn: string): WorkingCalendar {
  if (value === undefined) return civilServiceCalendar();
  if (!(value instanceof WorkingCalendar)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`calendar\` of ${fn} to be a WorkingCalendar, got ${describe(value)}`, {
      calendar: value,
    });
  }
  return value;
}
