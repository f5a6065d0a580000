/**
 * `processingDeadline`: when a dossier must be settled — a period of working days counted as the
 * Civil Code counts days, or of working hours — with extensions and pauses (DOMAIN.md §7).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { formatDay } from '../time/civil.js';
import { toDateTime, toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { CompiledZone } from '../time/zone.js';
import { calendarOption, checkOptions } from './options.js';
import { dueDayOf } from './periodDays.js';
import { periodDeadline } from './periodDeadline.js';
import type { Step } from './periodDeadline.js';
import { parseExtensions, parsePauses, parsePeriod } from './periodInput.js';
import type { Extension, Period } from './periodInput.js';
import { basisOf } from './periodText.js';
import type { Basis } from './types.js';

export type { Extension, Period } from './periodInput.js';

/** A pause (tạm dừng): the clock stops while the dossier waits, e.g. for the applicant to supplement it. */
export interface Pause {
  from: InstantInput;
  to: InstantInput;
}

/** Options of {@link processingDeadline}. */
export interface ProcessingDeadlineOptions {
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /** Pauses; overlapping ones count once, time before `acceptedAt` not at all. */
  pauses?: Pause[];
  /** Extensions (gia hạn), each of working days or working hours, with a reason. */
  extensions?: Extension[];
}

/** The result of {@link processingDeadline}. */
export interface ProcessingDeadline {
  /** The instant the period ends, in the calendar's zone. */
  deadline: DateTime;
  /** The calendar day of `deadline` (`'YYYY-MM-DD'`), the due date (ngày hẹn trả). */
  dueDate: string;
  /** Every step, in Vietnamese and English, with its legal reference. */
  basis: Basis[];
}

/**
 * The processing deadline of a dossier accepted at `acceptedAt`.
 *
 * **Working days** count as the Civil Code counts days (BLDS 2015 Art. 147.2, 148.1): the day
 * of acceptance is not counted, whatever the hour; the period ends at the close of working hours
 * on the n-th working day after it (`addWorkingDays(acceptance day, n)`). So a dossier accepted
 * on Friday at 16:30, at 20:00, or on Saturday, with 1 working day, is due on Monday at 17:00
 * (accepted on Saturday, Monday is the first day counted). **Working hours** count from
 * `acceptedAt` (Art. 147.1); accepted outside working time, from the next working time.
 *
 * Then, in this order: `extensions` in the order given (working days move the due date, keeping
 * the deadline's place in its day — 17:00 stays 17:00; working hours move the instant); `pauses`,
 * merged (overlapping pauses count once) and clipped to start at `acceptedAt`, each adding the
 * working time inside it; finally a period in days ends at the close of working hours on the day
 * it then falls on. `dueDate` is the calendar day of `deadline`.
 *
 * Periods are positive: `workingDays` a whole number ≥ 1 (a same-day service is
 * `{ workingHours: … }`), `workingHours` any number > 0 (0.5 is 30 minutes).
 *
 * @param acceptedAt - when the dossier was accepted (tiếp nhận); a wall-clock string is read in the calendar's zone.
 * @param period - `{ workingDays: n }` or `{ workingHours: n }`.
 * @throws WorktimeError `INVALID_ARGUMENT` (period, pause with `to` before `from`, extension without
 *   a reason or without exactly one amount, unknown option), `INVALID_INSTANT`, `OUT_OF_RANGE`.
 * @example
 * // 5 working days from Friday 13/02/2026, the last working day before Tết Bính Ngọ (16–20/2 off)
 * const r = processingDeadline('2026-02-13T16:30', { workingDays: 5 });
 * r.dueDate;                     //=> '2026-02-27'
 * r.deadline.toISO();            //=> '2026-02-27T17:00:00.000+07:00'
 * r.basis[0]?.source;            //=> 'BLDS 2015, Điều 147–148'
 * // waiting 2 working days for the applicant to supplement the dossier
 * processingDeadline('2026-03-02T09:00', { workingDays: 3 }, {
 *   pauses: [{ from: '2026-03-03T09:00', to: '2026-03-05T09:00' }],
 * }).dueDate;                    //=> '2026-03-09'
 * processingDeadline('2026-03-10T09:00', { workingHours: 8 }).deadline.toISO();
 * //=> '2026-03-11T09:00:00.000+07:00'
 */
export function processingDeadline(acceptedAt: InstantInput, period: Period, options?: ProcessingDeadlineOptions): ProcessingDeadline {
  const opts = checkOptions(options, ['calendar', 'pauses', 'extensions'], 'processingDeadline');
  const calendar = calendarOption(opts.calendar, 'processingDeadline');
  const zone = CompiledZone.get(calendar.zone);
  const amount = parsePeriod(period);
  const extensions = parseExtensions(opts.extensions);
  const pauses = parsePauses(opts.pauses, zone);
  const accepted = toEpoch(acceptedAt, zone, 'acceptedAt');

  const trace: Step[] = [];
  const deadline = periodDeadline({ calendar, zone }, accepted, amount, extensions, pauses, trace);
  return {
    deadline: toDateTime(deadline, zone),
    dueDate: formatDay(dueDayOf(zone, deadline)),
    basis: basisOf(trace, deadline, zone),
  };
}
