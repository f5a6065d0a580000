/**
 * `scheduleFromDecision(decision)`: turns a newly announced year (Tết's days, the day next to 2/9,
 * swaps) into a full schedule, with the statute supplying the rest.
 *
 * @module
 */
import { copySchedule, scheduleOf } from './officialSchedule.js';
import { DEFAULT_TABLES } from './tables.js';
import type { HolidayTables } from './tables.js';
import type { OfficialSchedule, ScheduleDecision } from './types.js';
import { checkDecision } from './validateSchedule.js';

/**
 * Builds the official schedule of a year from what the Government announced: the decided Tết
 * days, the day next to 2 September and any swaps. Fixed-date holidays and compensatory days come
 * from the statute, exactly as for the built-in years. The result can be passed to
 * `civilServiceCalendar({ schedules: [...] })`; it is what adding the decision to the library's
 * data (`src/vietnam/decisions.ts`) would give.
 *
 * @param decision - `{ year, sources, tet?: { days, source }, nationalDay?: { date, source },
 *   swaps?: [{ off, work, occasion: { vi, en }, source }] }`; dates `'YYYY-MM-DD'`.
 * @returns A new schedule with status `'official'`.
 * @throws WorktimeError `INVALID_ARGUMENT`, `INVALID_DATE`, `INVALID_YEAR`, `OUT_OF_RANGE`.
 *
 * @example
 * // A 2027 announcement (dates illustrative): Tết Đinh Mùi 4–8/2, 2/9 with Friday 3/9
 * const s2027 = scheduleFromDecision({
 *   year: 2027, sources: ['Thông báo …/TB-BNV'],
 *   tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: 'Thông báo …/TB-BNV' },
 *   nationalDay: { date: '2027-09-03', source: 'Thông báo …/TB-BNV' },
 * });
 * s2027.status;                      //=> 'official'
 * s2027.daysOff.map((h) => h.date).slice(1, 8);
 * //=> ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-04-16', '2027-04-30']
 * // (9 and 10/2: nghỉ bù for Saturday 6 and Sunday 7)
 * civilServiceCalendar({ schedules: [s2027] }).isWorkingDay('2027-02-10'); //=> false
 */
export function scheduleFromDecision(decision: ScheduleDecision): OfficialSchedule {
  const clean = checkDecision(decision);
  const decisions = new Map(DEFAULT_TABLES.decisions);
  decisions.set(clean.year, clean);
  const tables: HolidayTables = { ...DEFAULT_TABLES, decisions };
  return copySchedule(scheduleOf(clean.year, tables));
}
