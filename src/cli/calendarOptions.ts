/**
 * The options that choose the working calendar of a command: the civil-service calendar
 * (`civilServiceCalendar`) with other office hours, a Saturday desk, another zone or newly
 * announced schedules; or any calendar from a `CalendarSpec` JSON file.
 *
 * @module
 */
import { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { TimeRange } from '../calendar/spec.js';
import { InputError } from './errors.js';
import { withInputs } from './inputs.js';
import type { Source } from './inputs.js';
import { msg } from './messages.js';
import { label, notA } from './values.js';
import { civilServiceCalendar } from '../vietnam/civilServiceCalendar.js';
import type { CivilServiceCalendarOptions } from '../vietnam/civilServiceOptions.js';
import { scheduleFromDecision } from '../vietnam/scheduleFromDecision.js';
import type { OfficialSchedule, ScheduleDecision } from '../vietnam/types.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import { readJsonFile } from './files.js';
import type { Io } from './io.js';

const OFFICE_HOURS_HELP = msg(
  'giờ làm việc thứ Hai–thứ Sáu (cũng là giờ của thứ Bảy làm bù); mặc định 07:00-11:30,13:30-17:00',
  'Monday–Friday office hours (also on worked Saturdays); default 07:00-11:30,13:30-17:00',
);

/** The calendar options; `deadline` uses `--hours` for its period, so it takes `--office-hours` only. */
export function calendarOptions(hoursAlias: boolean): OptionSpec[] {
  return [
    { name: 'office-hours', ...(hoursAlias ? { aliases: ['hours'] } : {}), value: '<ranges>', help: OFFICE_HOURS_HELP },
    { name: 'saturday', value: '<ranges>', help: msg('giờ mở cửa bộ phận một cửa sáng thứ Bảy, ví dụ 07:30-11:30 (mặc định: nghỉ)', 'Saturday desk hours, e.g. 07:30-11:30 (default: closed)') },
    { name: 'zone', value: '<zone>', help: msg('múi giờ IANA (mặc định Asia/Ho_Chi_Minh)', 'IANA time zone (default Asia/Ho_Chi_Minh)') },
    { name: 'schedule', value: '<file.json>', repeatable: true, help: msg('lịch nghỉ chính thức của một năm (hoặc một mảng, hoặc một thông báo) thay cho lịch có sẵn', "a year's official schedule (or an array of them, or an announcement) replacing the built-in one") },
    { name: 'calendar', value: '<file.json>', help: msg('một lịch làm việc bất kỳ: tệp JSON CalendarSpec (thay cho lịch công vụ)', 'any working calendar: a CalendarSpec JSON file (instead of the civil-service calendar)') },
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
      throw new InputError(
        'INVALID_TIME_RANGE',
        notA(label(name), text, 'các khoảng giờ', 'time ranges', msg('hãy viết HH:mm-HH:mm, cách nhau bởi dấu phẩy, như 07:00-11:30,13:30-17:00', 'write HH:mm-HH:mm ranges separated by commas, such as 07:00-11:30,13:30-17:00')),
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
 * `desk = false`, without the Saturday desk hours (for processing periods, docs/domain.md §11).
 *
 * @throws UsageError `CONFLICTING_OPTIONS` (`--calendar` with civil-service options);
 *   FileError; WorktimeError from the library's validation.
 */
export function calendarFrom(args: ParsedArgs, io: Io, desk = true): WorkingCalendar {
  const civil = ['office-hours', 'saturday', 'zone', 'schedule'].filter((name) => args.has(name));
  const file = args.string('calendar');
  if (file !== undefined) {
    if (civil.length > 0) {
      const others = civil.map((n) => `--${n}`).join(', ');
      throw new UsageError(
        'CONFLICTING_OPTIONS',
        msg(`chỉ dùng --calendar hoặc ${others} (tùy chọn của lịch công vụ), không dùng cả hai`, `expected either --calendar or ${others} (options of the civil-service calendar), not both`),
      );
    }
    const spec = readJsonFile(file, io);
    return withInputs([{ label: label('--calendar'), text: file, names: [''], file: true }], () => WorkingCalendar.create(spec as never));
  }
  const sources: Source[] = [];
  const options: CivilServiceCalendarOptions = {};
  const hours = args.string('office-hours');
  if (hours !== undefined) {
    options.hours = parseRanges(hours, '--office-hours');
    sources.push({ label: label('--office-hours'), text: hours, names: ['hours'] });
  }
  const saturday = args.string('saturday');
  if (saturday !== undefined) {
    const ranges = parseRanges(saturday, '--saturday');
    sources.push({ label: label('--saturday'), text: saturday, names: ['saturday'] });
    // The desk's Saturday hours are opening hours, not working days: left out of processing periods.
    if (desk) options.saturday = ranges;
  }
  const zone = args.string('zone');
  if (zone !== undefined) {
    options.zone = zone;
    sources.push({ label: label('--zone'), text: zone, names: ['zone'] });
  }
  const files = args.list('schedule');
  if (files.length > 0) {
    options.schedules = files.flatMap((f) => withInputs([{ label: label('--schedule'), text: f, names: [''], file: true }], () => schedulesOf(readJsonFile(f, io))));
    sources.push({ label: label('--schedule'), text: files.join(', '), names: ['schedules'], file: true });
  }
  return withInputs(sources, () => civilServiceCalendar(options));
}
