/**
 * Calendar days around deadlines, in epoch milliseconds: the day an instant falls on, the day a
 * deadline belongs to (an instant at exactly 00:00 is 24:00 of the day before, BLDS 2015 Art.
 * 148.6), where a day starts, and where its working time ends.
 *
 * Days are day numbers (days since 1970-01-01, see `time/civil.ts`); only the calendar calls
 * build luxon objects.
 *
 * @module
 */
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { assert } from '../../errors.js';
import { DAY_MS, formatDay, parseDay } from '../../time/civil.js';
import type { CompiledZone } from '../../time/zone.js';

/** A calendar with its compiled zone, the pair every helper here needs, and an optional memo. */
export interface DayClock {
  readonly calendar: WorkingCalendar;
  readonly zone: CompiledZone;
  /** Answers already computed for this calendar (see {@link dayMemo}); for runs over many dossiers. */
  readonly memo?: DayMemo;
}

/** Memoized day answers of one calendar: `endOfWork` by day, `addWorkingDays` by (day, n). */
export interface DayMemo {
  readonly end: Map<number, number>;
  readonly add: Map<number, number>;
}

/** Entries kept per map before it is cleared, so that memory stays bounded. */
const MEMO_LIMIT = 65_536;
const N_SPAN = 65_536;

/** An empty memo. A calendar is immutable, so its answers never go stale. */
export function dayMemo(): DayMemo {
  return { end: new Map(), add: new Map() };
}

function remember(map: Map<number, number>, key: number, value: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: cache
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** The calendar day on which an instant falls. */
export function dayOf(zone: CompiledZone, epoch: number): number {
  return Math.floor(zone.toLocal(epoch) / DAY_MS);
}

/**
 * The calendar day a deadline belongs to: the day on which it falls, except that an instant at
 * exactly 00:00 ends the day before (24:00, BLDS 2015 Art. 148.6). Deadlines on calendars whose
 * hours end at 17:00 are never at 00:00; those ending at 24:00 are.
 */
export function dueDayOf(zone: CompiledZone, epoch: number): number {
  return Math.floor(zone.toLocal(epoch - 1) / DAY_MS);
}

/** The instant a calendar day starts (its 00:00, or the first instant after a DST gap). */
export function dayStart(zone: CompiledZone, day: number): number {
  return zone.toEpoch(day * DAY_MS);
}

/** `calendar.addWorkingDays` on day numbers. */
export function addWorkingDays(clock: DayClock, day: number, n: number): number {
  const memo = clock.memo;
  // One block of N_SPAN keys per day: only 0 ≤ n < N_SPAN have a key of their own.
  if (memo !== undefined && n >= 0 && n < N_SPAN) {
    const key = day * N_SPAN + n;
    return memo.add.get(key) ?? remember(memo.add, key, computeAddWorkingDays(clock, day, n));
  }
  return computeAddWorkingDays(clock, day, n);
}

function computeAddWorkingDays(clock: DayClock, day: number, n: number): number {
  const found = parseDay(clock.calendar.addWorkingDays(formatDay(day), n));
  assert(found !== undefined, 'addWorkingDays returns YYYY-MM-DD');
  return found;
}

/** The working time of a calendar day, in milliseconds. */
export function workOfDay(clock: DayClock, day: number): number {
  return clock.calendar.workingTimeBetween(dayStart(clock.zone, day), dayStart(clock.zone, day + 1)).toMillis();
}

/**
 * The end of the working time of a working day: the end of its last working period (24:00, the
 * next day's start, for a range that ends at 24:00).
 */
export function endOfWork(clock: DayClock, day: number): number {
  const memo = clock.memo;
  if (memo === undefined) return computeEndOfWork(clock, day);
  const known = memo.end.get(day);
  return known ?? remember(memo.end, day, computeEndOfWork(clock, day));
}

function computeEndOfWork(clock: DayClock, day: number): number {
  const { calendar, zone } = clock;
  // The last millisecond of the day, not the next day's start: on the last day of a calendar's
  // range the next day is outside it.
  const next = dayStart(zone, day + 1);
  const last = next - 1;
  // Working at the day's last instant: its work runs to 24:00, the next day's start.
  if (calendar.isWorkingTime(last)) return next;
  const end = calendar.previousWorkingTime(last).toMillis();
  assert(dueDayOf(zone, end) === day, `endOfWork of a day without working time (${formatDay(day)})`);
  return end;
}
