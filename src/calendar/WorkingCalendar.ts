/**
 * `WorkingCalendar`: a weekly template of working hours, days off and extra working days in one
 * time zone, compiled once into a structure that answers every working-time question exactly
 * and in time independent of the distance between instants.
 *
 * Overview
 * - Creation: {@link WorkingCalendar.create}, {@link WorkingCalendar.extend}, {@link WorkingCalendar.toJSON}
 * - Queries: `isWorkingTime`, `isWorkingDay`, `nextWorkingTime`, `previousWorkingTime`, `workingPeriods`
 * - Arithmetic: `addWorkingTime`, `workingTimeBetween`, `addWorkingDays`, `workingDaysBetween`
 *
 * Working periods are half-open `[start, end)`: 07:00 is working time on a 07:00–11:30 day,
 * 11:30 is not.
 *
 * @module
 */
import { Duration } from 'luxon';
import type { DateTime } from 'luxon';
import { CALENDAR_BRAND, brandOf, shared } from '../brand.js';
import { WorktimeError, describe } from '../errors.js';
import { DAY_MS, formatDay } from '../time/civil.js';
import { toDay } from '../time/date.js';
import type { DateInput } from '../time/date.js';
import { toMillis } from '../time/duration.js';
import type { DurationInput } from '../time/duration.js';
import { describeInstant, toDateTime, toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { DAYS, DayIndex, WORK } from './dayIndex.js';
import { normalizeSpec, specToJSON, toRangeStrings } from './spec.js';
import type { CalendarSpec, NormalizedSpec, TimeRange } from './spec.js';

/** A working period returned by {@link WorkingCalendar.workingPeriods}. */
export interface WorkingPeriod {
  start: DateTime;
  end: DateTime;
}

/** Where an instant sits: the working time from the start of day `ref` up to it. */
interface Position {
  readonly ref: number;
  readonly value: number;
}

/** What a calendar day is, from {@link WorkingCalendar.dayInfo}. */
export interface DayInfo {
  /** `'YYYY-MM-DD'`. */
  date: string;
  /** Whether the day has any working time. */
  working: boolean;
  /**
   * `'workday'`: a day of the weekly template with hours; `'weekend'`: a template day without;
   * `'holiday'`: a day off by a `holidays` rule (or a short day, when it has `hours`);
   * `'extra-workday'`: a day worked by a `workdays` rule (e.g. a swapped Saturday).
   */
  kind: 'workday' | 'weekend' | 'holiday' | 'extra-workday';
  /** The rule's name, when it has one (e.g. `'Tết Nguyên Đán (mùng 1 tháng Giêng)'`). */
  name?: string;
  /** The day's working hours as wall-clock ranges; empty on a day off. */
  hours: TimeRange[];
}

const MAX_WORKING_DAYS = 4_000_000;
/** The most periods `workingPeriods` returns (about 40 years of a civil-service calendar). */
export const MAX_WORKING_PERIODS = 20_000;

/**
 * Facts other modules attach to a calendar (e.g. which years of the civil-service calendar are
 * provisional). Kept beside the calendar, not in it, and carried over by `extend`; shared by the
 * ESM and CJS copies of the package, so a calendar keeps its facts in the other copy's functions.
 */
const TAGS = shared('calendarTags', () => new WeakMap<object, unknown>());

/** Attaches `tag` to `calendar` (internal: the library's own modules use it). */
export function tagCalendar(calendar: WorkingCalendar, tag: unknown): void {
  TAGS.set(calendar, tag);
}

/** The tag attached to `calendar` or to the calendar it was extended from, if any. */
export function calendarTag(calendar: WorkingCalendar): unknown {
  return TAGS.get(calendar);
}

function outOfRange(what: string, details: Record<string, unknown>): WorktimeError {
  return new WorktimeError('OUT_OF_RANGE', what, details);
}

/**
 * A working calendar. Immutable; create one with {@link WorkingCalendar.create}.
 *
 * @example
 * const cal = WorkingCalendar.create({
 *   week: { mon: [['07:00', '11:30'], ['13:30', '17:00']], tue: [['07:00', '11:30'], ['13:30', '17:00']] },
 *   holidays: ['2026-04-27'],
 * });
 * cal.addWorkingTime('2026-03-10T09:00', { hours: 8 }).toISO();
 * //=> '2026-03-16T09:00:00.000+07:00' (Tuesday 09:00 + 8 h on a Monday–Tuesday calendar)
 */
export class WorkingCalendar {
  /** The IANA zone of the calendar; every returned DateTime is in it. */
  readonly zone: string;
  readonly #spec: NormalizedSpec;
  readonly #index: DayIndex;

  static {
    // The brand another copy of the package (ESM beside CJS) checks: true only for real calendars.
    Object.defineProperty(WorkingCalendar.prototype, CALENDAR_BRAND, {
      value: function isCalendar(this: unknown): boolean {
        return typeof this === 'object' && this !== null && #spec in this;
      },
    });
  }

  /**
   * `value instanceof WorkingCalendar`: true for a calendar made by this copy of vn-worktime or by
   * another copy in the same process (the ESM and the CJS build of one application).
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    if (#spec in value) return true;
    const check = brandOf(value, CALENDAR_BRAND);
    try {
      return typeof check === 'function' && (check as (this: unknown) => unknown).call(value) === true;
    } catch {
      return false;
    }
  }

  private constructor(spec: NormalizedSpec) {
    this.#spec = spec;
    this.#index = new DayIndex(spec);
    this.zone = spec.zone.name;
    if (!this.#index.hasAnyWorkingTime()) {
      throw new WorktimeError(
        'NO_WORKING_TIME',
        'Expected the calendar to have some working time: give `week` at least one range, or a `workdays` rule',
        {},
      );
    }
    Object.freeze(this);
  }

  /**
   * Validates a spec and compiles it.
   *
   * @throws WorktimeError `INVALID_SPEC` (not an object, unknown property, missing `week`),
   *   `INVALID_ZONE`, `INVALID_TIME` (bad `HH:mm`), `INVALID_TIME_RANGE` (end <= start),
   *   `OVERLAPPING_RANGES`, `INVALID_DATE`, `DUPLICATE_DATE`, `CONFLICTING_DAY_RULES` (a date both
   *   a holiday and a workday), `NO_WORKING_TIME`.
   * @example
   * WorkingCalendar.create({ week: { mon: [['07:00', '11:30'], ['13:30', '17:00']] }, holidays: ['2026-01-01'] });
   */
  static create(spec: CalendarSpec): WorkingCalendar {
    return new WorkingCalendar(normalizeSpec(spec));
  }

  /**
   * The spec of this calendar, normalized (dates sorted, touching ranges merged).
   * `WorkingCalendar.create(c.toJSON())` behaves like `c`.
   */
  toJSON(): CalendarSpec {
    return specToJSON(this.#spec);
  }

  /**
   * A new calendar with more day rules: `holidays` and `workdays` are added (a date named again
   * replaces this calendar's rule for it); `week`, `zone` and `range` replace this calendar's if given.
   *
   * @example
   * civil.extend({ holidays: [{ date: '2026-03-20', name: 'Đóng cửa trụ sở' }] });
   */
  extend(more: Partial<CalendarSpec>): WorkingCalendar {
    const next = new WorkingCalendar(normalizeSpec(more, this.#spec));
    if (TAGS.has(this)) TAGS.set(next, TAGS.get(this));
    return next;
  }

  /**
   * Whether an instant is working time. Periods are half-open: a period's start is working time,
   * its end is not.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `OUT_OF_RANGE`.
   * @example
   * cal.isWorkingTime('2026-03-10T11:30'); //=> false (the lunch break starts at 11:30)
   */
  isWorkingTime(t: InstantInput): boolean {
    const e = this.#epoch(t, 't');
    const day = this.#localDay(e);
    for (let d = day - 1; d <= day + 1; d++) {
      const r = this.#index.epochRanges(d);
      // Stryker disable next-line EqualityOperator: `i <= r.length` reads undefined past the end, and every comparison with it is false
      for (let i = 0; i < r.length; i += 2) if (e >= (r[i] as number) && e < (r[i + 1] as number)) return true;
    }
    return false;
  }

  /**
   * Whether a day has any working time.
   *
   * @throws WorktimeError `INVALID_DATE`, `OUT_OF_RANGE`.
   * @example
   * civil.isWorkingDay('2026-02-17'); //=> false (mùng 1 Tết Bính Ngọ)
   */
  isWorkingDay(d: DateInput): boolean {
    return this.#index.epochRanges(this.#day(d, 'd')).length > 0;
  }

  /**
   * What a day is: working or not, why (weekly template, holiday, extra working day), the name of
   * its rule and its working hours.
   *
   * @throws WorktimeError `INVALID_DATE`, `OUT_OF_RANGE`.
   * @example
   * civil.dayInfo('2026-02-17');
   * //=> { date: '2026-02-17', working: false, kind: 'holiday', name: 'Tết Nguyên Đán (mùng 1 tháng Giêng)', hours: [] }
   * civil.dayInfo('2026-03-07').kind; //=> 'weekend'
   */
  dayInfo(d: DateInput): DayInfo {
    const day = this.#day(d, 'd');
    const rule = this.#spec.rules.get(day);
    const local = this.#index.localRanges(day);
    const working = this.#index.epochRanges(day).length > 0;
    let kind: DayInfo['kind'];
    if (rule === undefined) kind = local.length > 0 ? 'workday' : 'weekend';
    else kind = rule.kind === 'holiday' ? 'holiday' : 'extra-workday';
    const info: DayInfo = { date: formatDay(day), working, kind, hours: toRangeStrings(local) };
    if (rule?.name !== undefined) info.name = rule.name;
    return info;
  }

  /**
   * `t` itself if it is working time, else the start of the next working period.
   *
   * @throws WorktimeError `INVALID_INSTANT`; `OUT_OF_RANGE` when no working time follows.
   * @example
   * cal.nextWorkingTime('2026-03-13T20:00').toISO(); //=> '2026-03-16T07:00:00.000+07:00' (Friday evening → Monday)
   */
  nextWorkingTime(t: InstantInput): DateTime {
    const e = this.#epoch(t, 't');
    // Stryker disable next-line ConditionalExpression: a shortcut; for a working instant the search returns the instant itself
    if (this.isWorkingTime(e)) return toDateTime(e, this.#spec.zone);
    const pos = this.#position(e);
    return toDateTime(this.#locate(pos.ref, pos.value, true, 'after', t), this.#spec.zone);
  }

  /**
   * `t` itself if it is working time or the end of a working period, else the end of the
   * previous working period.
   *
   * @throws WorktimeError `INVALID_INSTANT`; `OUT_OF_RANGE` when no working time precedes.
   * @example
   * cal.previousWorkingTime('2026-03-10T12:00').toISO(); //=> '2026-03-10T11:30:00.000+07:00'
   */
  previousWorkingTime(t: InstantInput): DateTime {
    const e = this.#epoch(t, 't');
    // Stryker disable next-line ConditionalExpression: a shortcut; for a working instant the search returns the instant itself
    if (this.isWorkingTime(e)) return toDateTime(e, this.#spec.zone);
    const pos = this.#position(e);
    return toDateTime(this.#locate(pos.ref, pos.value, false, 'before', t), this.#spec.zone);
  }

  /**
   * Adds working time. With `d > 0` returns the earliest instant `s >= t` such that the working
   * time in `[t, s]` equals `d` (so 8 hours from Monday 07:00 on a 07:00–11:30 + 13:30–17:00
   * calendar is Monday 17:00, not Tuesday 07:00); with `d < 0` the latest `s <= t`; `d = 0`
   * returns `t`. The cost does not depend on `d`.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `INVALID_DURATION`; `OUT_OF_RANGE` when the calendar
   *   runs out of working time.
   * @example
   * civil.addWorkingTime('2026-02-13T16:30', { hours: 1 }).toISO();
   * //=> '2026-02-23T07:30:00.000+07:00' (the last half hour before Tết, then the first after it)
   */
  addWorkingTime(t: InstantInput, d: DurationInput): DateTime {
    const e = this.#epoch(t, 't');
    const ms = toMillis(d, 'd');
    if (ms === 0) return toDateTime(e, this.#spec.zone);
    const pos = this.#position(e);
    const result = this.#locate(pos.ref, pos.value + ms, ms < 0, ms < 0 ? 'before' : 'after', t);
    return toDateTime(result, this.#spec.zone);
  }

  /**
   * The working time between two instants; negative when `b < a`.
   * `workingTimeBetween(t, addWorkingTime(t, d))` equals `d`.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `OUT_OF_RANGE`.
   * @example
   * civil.workingTimeBetween('2026-03-10T09:00', '2026-03-11T09:00').as('hours'); //=> 8
   */
  workingTimeBetween(a: InstantInput, b: InstantInput): Duration {
    const pa = this.#position(this.#epoch(a, 'a'));
    const pb = this.#position(this.#epoch(b, 'b'));
    const ms = this.#index.between(pa.ref, pb.ref, WORK) + pb.value - pa.value;
    // Stryker disable next-line ConditionalExpression: defensive; adding the positions (+0 or more) turns a -0 from between() into +0
    return Duration.fromMillis(ms === 0 ? 0 : ms);
  }

  /**
   * The `n`-th working day strictly after `d` (`n > 0`) or strictly before it (`n < 0`);
   * with `n = 0`, `d` itself if it is a working day, else the next one.
   *
   * @throws WorktimeError `INVALID_DATE`, `INVALID_NUMBER` (not an integer); `OUT_OF_RANGE`.
   * @example
   * civil.addWorkingDays('2026-02-13', 1); //=> '2026-02-23' (Tết Bính Ngọ: 14–22/2 off)
   */
  addWorkingDays(d: DateInput, n: number): string {
    const day = this.#day(d, 'd');
    if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
      throw new WorktimeError('INVALID_NUMBER', `Expected \`n\` to be an integer number of working days (at most ${MAX_WORKING_DAYS} either way), got ${describe(n)}`, {
        n,
      });
    }
    const index = this.#index;
    const ref = n > 0 ? day + 1 : day;
    const target = n > 0 ? n : n + 1;
    const found = index.firstDay(ref, target, DAYS, false);
    if (found === undefined || index.epochRanges(found).length === 0 || (n < 0 && found >= day)) {
      const where = n < 0 ? 'before' : 'after';
      throw outOfRange(`The calendar has no ${Math.abs(n) || 1} working day(s) ${where} ${formatDay(day)} within ${this.#rangeText()}`, { d, n });
    }
    return formatDay(found);
  }

  /**
   * The number of working days in `(a, b]` when `a <= b`, and minus that of `(b, a]` otherwise.
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for `n > 0`.
   *
   * @throws WorktimeError `INVALID_DATE`, `OUT_OF_RANGE`.
   * @example
   * civil.workingDaysBetween('2026-04-24', '2026-05-04'); //=> 3 (28, 29 April and 4 May)
   */
  workingDaysBetween(a: DateInput, b: DateInput): number {
    const da = this.#day(a, 'a');
    const db = this.#day(b, 'b');
    const n = this.#index.between(da + 1, db + 1, DAYS);
    return n === 0 ? 0 : n;
  }

  /**
   * The working periods inside `[from, to]`, clipped to it, in order; touching periods (a range
   * ending at 24:00 and the next day's starting at 00:00) are merged.
   *
   * At most {@link MAX_WORKING_PERIODS} (20,000) periods: ask for a longer span in parts.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `OUT_OF_RANGE`, `INVALID_ARGUMENT` when `to < from`
   *   or when the span holds more than 20,000 periods.
   * @example
   * civil.workingPeriods('2026-03-10T10:00', '2026-03-10T15:00').map((p) => [p.start.toFormat('HH:mm'), p.end.toFormat('HH:mm')]);
   * //=> [['10:00', '11:30'], ['13:30', '15:00']]
   */
  workingPeriods(from: InstantInput, to: InstantInput): WorkingPeriod[] {
    const a = this.#epoch(from, 'from');
    const b = this.#epoch(to, 'to');
    if (b < a) {
      throw new WorktimeError('INVALID_ARGUMENT', `Expected \`to\` not before \`from\`, got from ${describe(from)} and to ${describe(to)}`, { from, to });
    }
    const flat: number[] = [];
    for (let d = this.#localDay(a) - 1; d <= this.#localDay(b) + 1; d++) {
      const r = this.#index.epochRanges(d);
      for (let i = 0; i < r.length; i += 2) {
        const s = Math.max(r[i] as number, a);
        const e = Math.min(r[i + 1] as number, b);
        if (e <= s) continue;
        if ((flat[flat.length - 1] ?? Number.NEGATIVE_INFINITY) >= s) flat[flat.length - 1] = Math.max(flat[flat.length - 1] as number, e);
        else flat.push(s, e);
        if (flat.length > 2 * MAX_WORKING_PERIODS) {
          throw new WorktimeError(
            'INVALID_ARGUMENT',
            `Expected at most ${MAX_WORKING_PERIODS} working periods between \`from\` and \`to\`, got more from ${describeInstant(from, this.#spec.zone)} to ${describeInstant(to, this.#spec.zone)}: ask for a shorter span`,
            { from, to, limit: MAX_WORKING_PERIODS },
          );
        }
      }
    }
    const zone = this.#spec.zone;
    const periods: WorkingPeriod[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      periods.push({ start: toDateTime(flat[i] as number, zone), end: toDateTime(flat[i + 1] as number, zone) });
    }
    return periods;
  }

  #rangeText(): string {
    return `${formatDay(this.#index.minDay)}..${formatDay(this.#index.maxDay)}`;
  }

  #localDay(epoch: number): number {
    return Math.floor(this.#spec.zone.toLocal(epoch) / DAY_MS);
  }

  #epoch(t: unknown, name: string): number {
    const e = toEpoch(t, this.#spec.zone, name);
    const day = this.#localDay(e);
    // The range's closing instant (24:00 of its last day, where a deadline may fall) is in it.
    const closing = day === this.#index.maxDay + 1 && this.#localDay(e - 1) === this.#index.maxDay;
    if (day < this.#index.minDay || (day > this.#index.maxDay && !closing)) {
      throw outOfRange(`Expected \`${name}\` within the calendar's range ${this.#rangeText()}, got ${describeInstant(t, this.#spec.zone)}`, { [name]: t });
    }
    return e;
  }

  #day(d: unknown, name: string): number {
    const day = toDay(d, this.#spec.zone, name);
    if (day < this.#index.minDay || day > this.#index.maxDay) {
      throw outOfRange(`Expected \`${name}\` within the calendar's range ${this.#rangeText()}, got ${describeInstant(d, this.#spec.zone)}`, { [name]: d });
    }
    return day;
  }

  /** The working time from the start of day `ref` (the day before the instant's) up to `e`. */
  #position(e: number): Position {
    const day = this.#localDay(e);
    const ref = Math.max(day - 1, this.#index.minDay);
    let value = 0;
    for (let d = ref; d <= day + 1; d++) {
      const r = this.#index.epochRanges(d);
      for (let i = 0; i < r.length; i += 2) {
        const s = r[i] as number;
        // Stryker disable next-line EqualityOperator: at e === s the range adds min(e, end) - s = 0 either way
        if (e <= s) break;
        value += Math.min(e, r[i + 1] as number) - s;
      }
    }
    return { ref, value };
  }

  /**
   * The instant where the working time counted from the start of day `ref` reaches `target`:
   * the earliest such instant (`latest = false`) or the latest (`latest = true`).
   */
  #locate(ref: number, target: number, latest: boolean, direction: 'before' | 'after', t: unknown): number {
    const index = this.#index;
    const day = index.firstDay(ref, target, WORK, latest);
    const fail = (): WorktimeError =>
      outOfRange(`The calendar has no working time ${direction} ${describeInstant(t, this.#spec.zone)} within ${this.#rangeText()} to reach the requested amount`, {
        t,
      });
    if (day === undefined) throw fail();
    let acc = index.between(ref, day, WORK);
    if (latest ? acc > target : acc >= target) throw fail();
    const r = index.epochRanges(day);
    // Stryker disable next-line EqualityOperator: `i <= r.length` makes acc NaN past the end, no comparison holds, and the same error is thrown
    for (let i = 0; i < r.length; i += 2) {
      const s = r[i] as number;
      const len = (r[i + 1] as number) - s;
      if (latest ? acc + len > target : acc + len >= target) return s + (target - acc);
      acc += len;
    }
    throw fail();
  }
}
