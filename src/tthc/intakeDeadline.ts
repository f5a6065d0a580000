/**
 * `intakeDeadline`: when an online dossier must be accepted, or refused with a notice — 8 working
 * hours from its successful submission; outside working hours the clock starts one working hour
 * after the next working time (DOMAIN.md §2).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../errors.js';
import { toMillis } from '../time/duration.js';
import type { DurationInput } from '../time/duration.js';
import { toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { CompiledZone } from '../time/zone.js';
import { enInstant, hoursText, viInstant } from './format.js';
import { calendarOption, checkOptions } from './options.js';
import type { Basis } from './types.js';

/** Options of {@link intakeDeadline}. */
export interface IntakeDeadlineOptions {
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /** The working time allowed for intake. @defaultValue 8 working hours */
  limit?: DurationInput;
  /** Working time added after the next working time when submitted off hours; 0 disables it. @defaultValue 1 hour */
  offHoursGrace?: DurationInput;
}

/** The result of {@link intakeDeadline}. */
export interface IntakeDeadline {
  /** The submission instant, in the calendar's zone. */
  submittedAt: DateTime;
  /** Whether it was submitted outside working time (evening, lunch break, weekend, holiday). */
  offHours: boolean;
  /** When the limit starts counting: `submittedAt`, or (off hours) the next working time plus the grace. */
  clockStart: DateTime;
  /** `addWorkingTime(clockStart, limit)`. */
  deadline: DateTime;
  /** The rules applied, in Vietnamese and English, with their legal references. */
  basis: Basis[];
}

/** Where the 8-working-hour rule comes from. */
export const INTAKE_SOURCE = 'NĐ 45/2020/NĐ-CP, Điều 11; QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10';
/** Where the off-hours rule comes from. */
export const OFF_HOURS_SOURCE = 'QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10';

const DEFAULT_LIMIT = 8 * 3_600_000;
const DEFAULT_GRACE = 3_600_000;

function nonNegative(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = toMillis(value, name);
  if (ms < 0) {
    throw new WorktimeError('INVALID_DURATION', `Expected \`${name}\` to be zero or more working time, got ${describe(value)}`, { [name]: value });
  }
  return ms;
}

/**
 * The intake deadline of a dossier submitted online.
 *
 * Inside working time the limit counts from the submission itself. Outside it (evening, night,
 * lunch break, weekend, holiday) the clock starts at the next working time plus `offHoursGrace`
 * of working time (default 1 hour; 0 starts it when the office opens).
 *
 * @param submittedAt - when the portal confirmed the submission; a wall-clock string is read in the calendar's zone.
 * @throws WorktimeError `INVALID_INSTANT`, `INVALID_DURATION`, `INVALID_ARGUMENT`, `OUT_OF_RANGE`.
 * @example
 * intakeDeadline('2026-03-10T09:00').deadline.toISO();   //=> '2026-03-11T09:00:00.000+07:00'
 * const r = intakeDeadline('2026-03-13T20:00');          // Friday evening
 * r.clockStart.toISO();                                  //=> '2026-03-16T08:00:00.000+07:00'
 * r.deadline.toISO();                                    //=> '2026-03-17T08:00:00.000+07:00'
 */
export function intakeDeadline(submittedAt: InstantInput, options?: IntakeDeadlineOptions): IntakeDeadline {
  const opts = checkOptions(options, ['calendar', 'limit', 'offHoursGrace'], 'intakeDeadline');
  const calendar = calendarOption(opts.calendar, 'intakeDeadline');
  const limit = nonNegative(opts.limit, 'limit', DEFAULT_LIMIT);
  const grace = nonNegative(opts.offHoursGrace, 'offHoursGrace', DEFAULT_GRACE);

  // Parsed here so that an error names `submittedAt`.
  const submitted = calendar.addWorkingTime(toEpoch(submittedAt, CompiledZone.get(calendar.zone), 'submittedAt'), 0);
  const offHours = !calendar.isWorkingTime(submitted);
  const basis: Basis[] = [
    {
      code: 'INTAKE_LIMIT',
      vi: `Hồ sơ nộp trực tuyến phải được tiếp nhận hoặc từ chối trong ${hoursText(limit, 'vi')} làm việc kể từ khi nộp thành công.`,
      en: `An online dossier must be accepted or refused within ${hoursText(limit, 'en')} of working time from its successful submission.`,
      source: INTAKE_SOURCE,
    },
  ];
  let clockStart = submitted;
  if (!offHours) {
    basis.push({
      code: 'WITHIN_WORKING_HOURS',
      vi: `Nộp trong giờ làm việc (${viInstant(submitted)}): thời hạn tính từ thời điểm nộp.`,
      en: `Submitted during working hours (${enInstant(submitted)}): the limit counts from the submission.`,
    });
  } else {
    const next = calendar.nextWorkingTime(submitted);
    clockStart = calendar.addWorkingTime(next, grace);
    basis.push(
      grace > 0
        ? {
            code: 'OFF_HOURS_GRACE',
            vi: `Nộp ngoài giờ làm việc (${viInstant(submitted)}): giờ làm việc kế tiếp là ${viInstant(next)}; thời điểm bắt đầu tính không quá ${hoursText(grace, 'vi')} làm việc sau đó: ${viInstant(clockStart)}.`,
            en: `Submitted outside working hours (${enInstant(submitted)}): the next working time is ${enInstant(next)}; the limit starts ${hoursText(grace, 'en')} of working time later: ${enInstant(clockStart)}.`,
            source: OFF_HOURS_SOURCE,
          }
        : {
            code: 'OFF_HOURS_NEXT_WORKING_TIME',
            vi: `Nộp ngoài giờ làm việc (${viInstant(submitted)}): thời hạn tính từ giờ làm việc kế tiếp, ${viInstant(clockStart)}.`,
            en: `Submitted outside working hours (${enInstant(submitted)}): the limit counts from the next working time, ${enInstant(clockStart)}.`,
            source: OFF_HOURS_SOURCE,
          },
    );
  }
  const deadline = calendar.addWorkingTime(clockStart, limit);
  basis.push({
    code: 'INTAKE_DEADLINE',
    vi: `Hạn tiếp nhận: ${viInstant(deadline)} (${hoursText(limit, 'vi')} làm việc từ ${viInstant(clockStart)}).`,
    en: `Intake deadline: ${enInstant(deadline)} (${hoursText(limit, 'en')} of working time from ${enInstant(clockStart)}).`,
  });
  return { submittedAt: submitted, offHours, clockStart, deadline, basis };
}
