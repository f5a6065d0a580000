/**
 * `vn-worktime/calendar`: the working calendar, its input and output types, and the error class.
 *
 * @module
 */
export { WorkingCalendar } from './WorkingCalendar.js';
export type { DayInfo, WorkingPeriod } from './WorkingCalendar.js';
export type { CalendarSpec, DayRule, TimeRange, Weekday } from './spec.js';
export type { InstantInput } from '../time/instant.js';
export type { DateInput } from '../time/date.js';
export type { DurationInput } from '../time/duration.js';
export { WorktimeError } from '../errors.js';
export type { WorktimeErrorCode, Issue, IssueText } from '../errors.js';
