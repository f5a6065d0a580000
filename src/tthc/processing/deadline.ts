/**
 * The arithmetic of processing deadlines (docs/domain.md §7) on epoch milliseconds, shared by
 * `processingDeadline` (which explains every step in `basis`) and `summarize` (which needs the
 * instant only). Each step is recorded in `trace` when one is given.
 *
 * Order: the base deadline (days: the end of working time on the n-th working day after the
 * acceptance day; hours: `addWorkingTime(acceptedAt, h)`); the extensions in the order given
 * (working days move the due date, keeping the deadline's place in its day; working hours move
 * the instant); the pauses, merged and clipped to `acceptedAt`, each adding its working time
 * while the clock is still running; for a period in days, the end of working time of the day
 * the result falls on.
 *
 * @module
 */
import { addWorkingDays, dayOf, dayStart, dueDayOf, endOfWork, workOfDay } from './days.js';
import type { DayClock } from './days.js';
import { mergePauses } from './input.js';
import type { Amount, ParsedExtension, ParsedPause } from './input.js';

/** One step of the computation, in epoch milliseconds and day numbers. */
export type Step =
  | { code: 'PERIOD_DAYS'; acceptedAt: number; acceptedDay: number; days: number; dueDay: number; deadline: number }
  | { code: 'PERIOD_HOURS'; acceptedAt: number; start: number; ms: number; deadline: number }
  | { code: 'EXTENSION_DAYS'; days: number; reason: string; dueDay: number; deadline: number }
  | { code: 'EXTENSION_HOURS'; ms: number; reason: string; deadline: number }
  | { code: 'PAUSE'; from: number; to: number; count: number; ms: number; deadline: number }
  | { code: 'PAUSE_BEFORE_ACCEPTANCE'; count: number; acceptedAt: number }
  | { code: 'END_OF_DAY'; before: number; deadline: number };

/**
 * Moves a deadline `n` working days later, to the same amount of working time into its new day
 * (or that day's end when it is shorter): 17:00 stays 17:00, 11:30 stays 11:30.
 */
function shiftDays(clock: DayClock, deadline: number, n: number): { dueDay: number; deadline: number } {
  const oldDay = dueDayOf(clock.zone, deadline);
  const into = clock.calendar.workingTimeBetween(dayStart(clock.zone, oldDay), deadline).toMillis();
  const dueDay = addWorkingDays(clock, oldDay, n);
  const at = Math.min(into, workOfDay(clock, dueDay));
  return { dueDay, deadline: clock.calendar.addWorkingTime(dayStart(clock.zone, dueDay), at).toMillis() };
}

/** The base deadline of a period. */
function base(clock: DayClock, acceptedAt: number, period: Amount, trace: Step[] | undefined): number {
  const { calendar, zone } = clock;
  if (period.kind === 'days') {
    const acceptedDay = dayOf(zone, acceptedAt);
    const dueDay = addWorkingDays(clock, acceptedDay, period.days);
    const deadline = endOfWork(clock, dueDay);
    trace?.push({ code: 'PERIOD_DAYS', acceptedAt, acceptedDay, days: period.days, dueDay, deadline });
    return deadline;
  }
  const deadline = calendar.addWorkingTime(acceptedAt, period.ms).toMillis();
  if (trace) {
    const start = calendar.nextWorkingTime(acceptedAt).toMillis();
    trace.push({ code: 'PERIOD_HOURS', acceptedAt, start, ms: period.ms, deadline });
  }
  return deadline;
}

/**
 * The deadline of a period accepted at `acceptedAt`, after extensions and pauses, in epoch ms.
 *
 * @throws WorktimeError `OUT_OF_RANGE` (from the calendar) when the calendar cannot answer.
 */
export function periodDeadline(
  clock: DayClock,
  acceptedAt: number,
  period: Amount,
  extensions: readonly ParsedExtension[],
  pauses: readonly ParsedPause[],
  trace?: Step[],
): number {
  const { calendar } = clock;
  const inDays = period.kind === 'days';
  let deadline = base(clock, acceptedAt, period, trace);
  // Whether working hours moved the deadline away from the end of a day (periods in days).
  let moved = false;

  for (const ext of extensions) {
    if (ext.kind === 'days') {
      const shifted = shiftDays(clock, deadline, ext.days);
      // A period in days not moved by hours ends with its day, whatever that day's length.
      deadline = inDays && !moved ? endOfWork(clock, shifted.dueDay) : shifted.deadline;
      trace?.push({ code: 'EXTENSION_DAYS', days: ext.days, reason: ext.reason, dueDay: shifted.dueDay, deadline });
    } else {
      deadline = calendar.addWorkingTime(deadline, ext.ms).toMillis();
      moved = true;
      trace?.push({ code: 'EXTENSION_HOURS', ms: ext.ms, reason: ext.reason, deadline });
    }
  }

  const before = pauses.filter((p) => p.to <= acceptedAt).length;
  if (before > 0) trace?.push({ code: 'PAUSE_BEFORE_ACCEPTANCE', count: before, acceptedAt });
  for (const pause of mergePauses(pauses, acceptedAt)) {
    const ms = calendar.workingTimeBetween(pause.from, pause.to).toMillis();
    if (ms > 0) {
      deadline = calendar.addWorkingTime(deadline, ms).toMillis();
      moved = true;
    }
    trace?.push({ code: 'PAUSE', from: pause.from, to: pause.to, count: pause.count, ms, deadline });
  }

  if (inDays && moved) {
    const end = endOfWork(clock, dueDayOf(clock.zone, deadline));
    if (end !== deadline) {
      trace?.push({ code: 'END_OF_DAY', before: deadline, deadline: end });
      deadline = end;
    }
  }
  return deadline;
}
