/**
 * The options that choose the working calendar of a command: the civil-service calendar
 * (`civilServiceCalendar`) with other office hours, a Saturday desk, another zone or newly
 * announced schedules; or any calendar from a `CalendarSpec` JSON file.
 *
 * @module
 */
import { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { TimeRange } from '../calendar/spec.js';
import { WorktimeError, describe } from '../errors.js';
import { civilServiceCalendar } from '../vietnam/civilServiceCalendar.js';
import type { CivilServiceCalendarOptions } from '../vietnam/civilServiceOptions.js';
import { scheduleFromDecision } from '../vietnam/scheduleFromDecision.js';
import type { OfficialSchedule, ScheduleDecision } from '../vietnam/types.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import { readJsonFile } from './files.js';
import type { Io } from './io.js';

const OFFICE_HOURS_HELP = 'Monday–Friday office hours (also on worked Saturdays); default 07:00-11:30,13:30-17:00';

/** The calendar options; `deadline` uses `--hours` for its period, so it takes `--office-hours` only. */
export function calendarOptions(hoursAlias: boolean): OptionSpec[] {
  return [
    { name: 'office-hours', ...(hoursAlias ? { aliases: ['hours'] } : {}), value: '<ranges>', help: OFFICE_HOURS_HELP },
    { name: 'saturday', value: '<ranges>', help: 'Saturday desk hours, e.g. 07:30-11:30 (default: closed)' },
    { name: 'zone', value: '<zone>', help: 'IANA time zone (default Asia/Ho_Chi_Minh)' },
    { name: 'schedule', value: '<file.json>', repeatable: true, help: "a year's official schedule (or an array of them, or an announcement) replacing the built-in one" },
    { name: 'calendar', value: '<file.json>', help: 'any working calendar: a CalendarSpec JSON file (instead of the civil-service calendar)' },
  ];
}

/**
 * `07:00-11:30,13:30-17:00` → `[['07:00', '11:30'], ['13:30', '17:00']]`; the library checks
 * the times.
 *
 * @throws WorktimeError `INVALID_TIME_RANGE`.
 */
export function parseRanges(text: string, name: string): TimeRange[] {
  return text.split(',').map((piece) => {
    const parts = piece.split('-').map((p) => p.trim());
    const [start, end] = parts;
    if (parts.length !== 2 || start === undefined || end === undefined || start === '' || end === '') {
      throw new WorktimeError(
        'INVALID_TIME_RANGE',
        `Expected ${name} to be HH:mm-HH:mm ranges separated by commas, such as 07:00-11:30,13:30-17:00, got ${describe(text)}`,
        { [name]: text },
      );
    }
    return [start, end];
  });
}

/** The schedules of a `--schedule` file: a schedule, an announcement (decision), or an array of them. */
function schedulesOf(document: unknown): OfficialSchedule[] {
  const items = Array.isArray(document) ? document : [document];
  return items.map((item: unknown) =>
    typeof item === 'object' && item !== null && !('daysOff' in item) ? scheduleFromDecision(item as ScheduleDecision) : (item as OfficialSchedule),
  );
}

/**
 * The working calendar the options describe (built only when a command needs one); with
 * `desk = false`, without the Saturday desk hours (for processing periods, DOMAIN.md §11).
 *
 * @throws UsageError `CONFLICTING_OPTIONS` (`--calendar` with civil-service options);
 *   FileError; WorktimeError from the library's validation.
 */
export function calendarFrom(args: ParsedArgs, io: Io, desk = true): WorkingCalendar {
  const civil = ['office-hours', 'saturday', 'zone', 'schedule'].filter((name) => args.has(name));
  const file = args.string('calendar');
  if (file !== undefined) {
    if (civil.length > 0) {
      throw new UsageError('CONFLICTING_OPTIONS', `Expected either --calendar or ${civil.map((n) => `--${n}`).join(', ')} (options of the civil-service calendar), not both`);
    }
    return WorkingCalendar.create(readJsonFile(file, io) as never);
  }
  const options: CivilServiceCalendarOptions = {};
  const hours = args.string('office-hours');
  if (hours !== undefined) options.hours = parseRanges(hours, 'the office hours');
  const saturday = args.string('saturday');
  if (saturday !== undefined) {
    const ranges = parseRanges(saturday, 'the Saturday hours');
    // The desk's Saturday hours are opening hours, not working days: left out of processing periods.
    if (desk) options.saturday = ranges;
  }
  const zone = args.string('zone');
  if (zone !== undefined) options.zone = zone;
  const files = args.list('schedule');
  if (files.length > 0) options.schedules = files.flatMap((f) => schedulesOf(readJsonFile(f, io)));
  return civilServiceCalendar(options);
}
