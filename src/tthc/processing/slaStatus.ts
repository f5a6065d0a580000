/**
 * `slaStatus`: whether a dossier was settled early, on time or late, or is still in progress or
 * overdue, and by how much working time (docs/domain.md §7).
 *
 * @module
 */
import type { DateTime, Duration } from 'luxon';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError } from '../../errors.js';
import { toDateTime, toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone } from '../../time/zone.js';
import { deadlineEpoch, statusOf } from './dossierStatus.js';
import type { SlaStatusName } from './dossierStatus.js';
import { checkOptions } from '../../validation/check.js';
import { calendarOption } from '../options.js';
import { provisionalYearsBetween } from '../provisional.js';

export type { SlaStatusName } from './dossierStatus.js';

/** The input of {@link slaStatus}. */
export interface SlaStatusInput {
  /** The deadline (hạn giải quyết), e.g. `processingDeadline(…).deadline`; a date alone means the close of working hours that day. */
  deadline: InstantInput;
  /** When the dossier was settled (hoàn thành); absent (or `null`) while in progress. */
  completedAt?: InstantInput | null;
  /** The instant the status is taken at; required when `completedAt` is absent. Never read from the clock. */
  now?: InstantInput;
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
}

/** The result of {@link slaStatus}. */
export interface SlaStatus {
  /** trước hạn / đúng hạn / trễ hạn / đang xử lý / quá hạn. */
  status: SlaStatusName;
  /** The working time from the completion (or `now`) to the deadline: positive when early or left, negative when late or overdue. */
  margin: Duration;
  /** Whether a day between the completion (or `now`) and the deadline lies in a year whose civil-service schedule is provisional. */
  provisional: boolean;
  /**
   * The deadline as an instant in the calendar's zone: the input itself, or for a date alone the
   * close of working hours that day (the next working day's when it is a day off).
   */
  deadline: DateTime;
  /**
   * The instant the status is measured at: the completion, or `now` while the dossier is not
   * completed. `at.diff(deadline)` is how late it is by the clock; `margin` counts working time
   * only, so a completion after hours on the due day is late with a margin of 0.
   */
  at: DateTime;
}

/**
 * The SLA status of a dossier.
 *
 * - Completed on a calendar day before the deadline's day: `'early'` (trước hạn).
 * - Completed on the deadline's day, up to and including the deadline itself: `'on-time'` (đúng hạn).
 * - Completed after the deadline: `'late'` (trễ hạn); it stays late after an apology and a new appointment.
 * - Not completed: `'overdue'` (quá hạn) once `now` is past the deadline, else `'in-progress'`
 *   (at the deadline itself it is still in progress).
 *
 * `now` is the instant the status is taken at: nothing reads the clock. When both are given, a
 * `completedAt` after `now` is not known yet at `now`, so the dossier counts as not completed.
 * A `deadline` given as a date alone (`'2026-02-27'`) means the close of working hours that day
 * (the next working day's when it is a day off, BLDS 2015 Art. 148.5); a deadline at exactly
 * 00:00 is 24:00 of the day before (Art. 148.6).
 *
 * @throws WorktimeError `INVALID_ARGUMENT` (no `deadline`; neither `completedAt` nor `now`;
 *   unknown key), `INVALID_INSTANT`, `OUT_OF_RANGE`.
 * @example
 * const deadline = '2026-02-27T17:00';   // 5 working days from 13/02/2026, after Tết
 * slaStatus({ deadline, completedAt: '2026-02-27T16:59' }).status;   //=> 'on-time'
 * slaStatus({ deadline, completedAt: '2026-02-27T17:01' }).status;   //=> 'late'
 * const r = slaStatus({ deadline, completedAt: '2026-02-26T17:00' });
 * r.status;                  //=> 'early'
 * r.margin.as('hours');      //=> 8
 * // Completed at 17:30 on the due day: late by 30 minutes, after hours (no working time over).
 * const after = slaStatus({ deadline, completedAt: '2026-02-27T17:30' });
 * [after.status, after.margin.toMillis(), after.at.diff(after.deadline).as('minutes')];   //=> ['late', 0, 30]
 * slaStatus({ deadline, now: '2026-03-02T08:00' }).status;           //=> 'overdue'
 */
export function slaStatus(input: SlaStatusInput): SlaStatus {
  const opts = checkOptions(input, ['deadline', 'completedAt', 'now', 'calendar'], 'slaStatus');
  if (input === undefined || opts['deadline'] === undefined || opts['deadline'] === null) {
    throw new WorktimeError('INVALID_ARGUMENT', 'Expected `deadline` of slaStatus, e.g. processingDeadline(…).deadline', { input });
  }
  const calendar = calendarOption(opts['calendar'], 'slaStatus');
  const zone = CompiledZone.get(calendar.zone);
  const clock = { calendar, zone };
  const deadline = deadlineEpoch(opts['deadline'], clock, 'deadline');
  const rawCompleted = opts['completedAt'];
  const completed = rawCompleted === undefined || rawCompleted === null ? undefined : toEpoch(rawCompleted, zone, 'completedAt');
  const now = opts['now'] === undefined ? undefined : toEpoch(opts['now'], zone, 'now');
  if (completed === undefined && now === undefined) {
    throw new WorktimeError(
      'INVALID_ARGUMENT',
      'Expected `now` for a dossier in progress (no `completedAt`): slaStatus never reads the clock; pass e.g. now: new Date()',
      { input },
    );
  }
  const status = statusOf(clock, deadline, completed, now);
  // Not completed at `now` (a completion after `now` is not known yet): the margin runs from `now`.
  const from = status === 'in-progress' || status === 'overdue' ? (now as number) : (completed as number);
  // workingTimeBetween never gives -0: a margin of 0 is +0.
  return {
    status,
    margin: calendar.workingTimeBetween(from, deadline),
    provisional: provisionalYearsBetween(calendar, zone, from, deadline).length > 0,
    deadline: toDateTime(deadline, zone),
    at: toDateTime(from, zone),
  };
}
