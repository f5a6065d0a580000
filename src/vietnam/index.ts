/**
 * `vn-worktime/vietnam`: Vietnamese public holidays, the official civil-service schedules and the
 * civil-service working calendar.
 *
 * - {@link publicHolidays}: the statutory days of the law in force each year (Bộ luật Lao động 2019
 *   Điều 112, 2012 Điều 115, 1994 Điều 73), with compensatory days (nghỉ bù).
 * - {@link officialSchedule}: a year's Monday–Friday days off and worked Saturdays; `'official'` for
 *   announced years (2010–2026, each with its document numbers), `'provisional'` for the others.
 * - {@link civilServiceCalendar}: a `WorkingCalendar` for state bodies, 1900–2199.
 * - {@link scheduleFromDecision}: a new year's schedule from its announcement.
 * - {@link toICS}: any of these as an iCalendar file.
 *
 * **Holiday data is data.** The statutory holidays are a dated table of rules with `from`/`to`
 * dates and sources (`rules.ts`); the announced years are one object each (`decisions.ts`).
 * Announcing 2027 is adding one object to `decisions.ts`; 24 November (Ngày Văn hóa Việt Nam), a
 * day off from 2026 by Nghị quyết 28/2026/QH16, is one row of `rules.ts` — its compensatory
 * days, the schedules and the calendar follow without code changes.
 *
 * **Provisional years.** For a year not yet announced, Tết's days and the day next to 2/9 are
 * derived by rules learnt from 2018–2026 (see `provisionalRules.ts`), which reproduce every
 * announced year apart from its government swaps (and the Tết blocks of 2014 and 2016); swaps
 * are never predicted. Such a year says
 * `status: 'provisional'`. Supply the official schedule when it appears:
 * `civilServiceCalendar({ schedules: [schedule2027] })`.
 *
 * @example
 * import { publicHolidays, officialSchedule, civilServiceCalendar } from 'vn-worktime/vietnam';
 * publicHolidays(2025).find((h) => h.name.vi === 'Giỗ Tổ Hùng Vương')?.date; //=> '2025-04-07'
 * officialSchedule(2025).workdays[0].date;                                   //=> '2025-04-26'
 * civilServiceCalendar().addWorkingDays('2025-04-29', 1);                    //=> '2025-05-05'
 *
 * @module
 */
export { publicHolidays } from './publicHolidays.js';
export { officialSchedule } from './officialSchedule.js';
export { scheduleFromDecision } from './scheduleFromDecision.js';
export { civilServiceCalendar, provisionalYears } from './civilServiceCalendar.js';
export { CIVIL_SERVICE_HOURS } from './civilServiceOptions.js';
export type { CivilServiceCalendarOptions } from './civilServiceOptions.js';
export { toICS } from './ics.js';
export type { ICSOptions } from './ics.js';
export { STATUTORY_RULES, COMPENSATION_RULES } from './rules.js';
export { OFFICIAL_DECISIONS } from './decisions.js';
export type {
  CompensationRule,
  Holiday,
  HolidayKind,
  LocalizedName,
  OfficialSchedule,
  RuleDate,
  ScheduleDecision,
  ScheduleStatus,
  ScheduleWorkday,
  StatutoryRule,
  SwapDecision,
} from './types.js';
