/**
 * The status of a dossier against its deadline, on epoch milliseconds (shared by `slaStatus` and
 * `summarize`).
 *
 * @module
 */
import { MAX_DAY, MIN_DAY, toEpoch } from '../../time/instant.js';
import { dateOnlyDay } from '../../time/iso.js';
import { addWorkingDays, dayOf, dueDayOf, endOfWork } from './days.js';
import type { DayClock } from './days.js';

/** trước hạn, đúng hạn, trễ hạn (completed); đang xử lý, quá hạn (not completed). */
export type SlaStatusName = 'early' | 'on-time' | 'late' | 'in-progress' | 'overdue';

/**
 * A deadline input in epoch ms. A date alone in any ISO form (`'2026-02-27'`, `'20260227'`,
 * `'2026-W09-5'`, `'2026-058'`; an appointment day, ngày hẹn trả) means the close of working hours on that day, or on the next working day when it is a day
 * off (BLDS 2015 Art. 148.1, 148.5); anything else is an instant.
 */
export function deadlineEpoch(value: unknown, clock: DayClock, name: string): number {
  if (typeof value === 'string') {
    const day = dateOnlyDay(value);
    // A day outside the supported years is left to toEpoch, which names it OUT_OF_RANGE.
    if (day !== undefined && day >= MIN_DAY && day <= MAX_DAY) return endOfWork(clock, addWorkingDays(clock, day, 0));
  }
  return toEpoch(value, clock.zone, name);
}

/**
 * The status of a dossier due at `deadline`, completed at `completed` (or not, `undefined`),
 * seen at `now` (or `undefined`, when `completed` is given). A completion after `now` is not
 * known yet at `now`: the dossier counts as not completed.
 *
 * Completed on or before the deadline: early when on a calendar day before the deadline's,
 * on-time on its day (a completion exactly at the deadline is on time); after it, late. Not
 * completed: overdue once `now` is past the deadline, else in progress.
 */
export function statusOf(clock: DayClock, deadline: number, completed: number | undefined, now: number | undefined): SlaStatusName {
  if (completed !== undefined && (now === undefined || completed <= now)) {
    if (completed > deadline) return 'late';
    return dayOf(clock.zone, completed) < dueDayOf(clock.zone, deadline) ? 'early' : 'on-time';
  }
  return (now as number) > deadline ? 'overdue' : 'in-progress';
}
