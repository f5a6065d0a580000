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
import type { DateTime, Duration } from 'luxon';
import { CALENDAR_BRAND, brandOf, shared } from '../brand.js';
import { WorktimeError, describe } from '../errors.js';
import { DAY_MS, formatDay, monthDayOf } from '../time/civil.js';
import { toDay } from '../time/date.js';
import type { DateInput } from '../time/date.js';
import { toDuration, toMillis } from '../time/duration.js';
import type { DurationInput } from '../time/duration.js';
import { describeInstant, toDateTime, toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { DAYS, DayIndex } from './dayIndex.js';
import { Timeline } from './timeline.js';
import type { YearRuleSource } from './datedRules.js';
import { normalizeSpec, normalizeYearlySpec, specToJSON, toRangeStrings } from './spec.js';
import type { CalendarSpec, NormalizedRule, NormalizedSpec, TimeRange } from './spec.js';

/** A working period returned by {@link WorkingCalendar.workingPeriods}. */
export interface WorkingPeriod {
  start: DateTime;
  end: DateTime;
}

/**
 * The queries of a calendar on epoch milliseconds, for bulk work: the same answers and the same
 * errors as the methods that take and return luxon values, without building a DateTime.
 * `calendar.epoch.addWorkingTime(t, ms)` equals `calendar.addWorkingTime(t, ms).toMillis()`.
 */
export interface EpochCalendar {
  /** See {@link WorkingCalendar.addWorkingTime}; `ms` is a number of milliseconds. */
  addWorkingTime(t: number, ms: number): number;
  /** See {@link WorkingCalendar.workingTimeBetween}; milliseconds, negative when `b < a`. */
  workingTimeBetween(a: number, b: number): number;
  /** See {@link WorkingCalendar.nextWorkingTime}. */
  nextWorkingTime(t: number): number;
  /** See {@link WorkingCalendar.previousWorkingTime}. */
  previousWorkingTime(t: number): number;
  /** See {@link WorkingCalendar.isWorkingTime}. */
  isWorkingTime(t: number): boolean;
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
/** Longer than any span between the supported years (as for duration inputs). */
const MAX_MS = 4e14;
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

/** The private constructor, for {@link createFromYears}. */
let compile: (spec: NormalizedSpec) => WorkingCalendar;

/**
 * A calendar whose dated day rules `source` makes year by year, the first time a query needs
 * that year (internal: the civil-service calendar). It answers as `WorkingCalendar.create` given
 * every year's rules would.
 */
export function createFromYears(spec: Omit<CalendarSpec, 'holidays' | 'workdays'>, source: YearRuleSource): WorkingCalendar {
  return compile(normalizeYearlySpec(spec, source));
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
  /**
   * The same queries on epoch milliseconds (numbers in, numbers out), for bulk work; the
   * DateTime methods are wrappers over them.
   *
   * @example
   * const t = Date.UTC(2026, 1, 13, 9, 30); // Friday 13 February 2026, 16:30 in Vietnam
   * civil.epoch.addWorkingTime(t, 3_600_000) === Date.UTC(2026, 1, 23, 0, 30); //=> true (Monday 23, 07:30)
   */
  readonly epoch: EpochCalendar;
  readonly #spec: NormalizedSpec;
  readonly #index: DayIndex;
  readonly #timeline: Timeline;
  /** Instants inside these bounds are inside the calendar's range whatever the zone's offset. */
  readonly #safeFrom: number;
  readonly #safeTo: number;

  static {
    // The brand another copy of the package (ESM beside CJS) checks: true only for real calendars.
    Object.defineProperty(WorkingCalendar.prototype, CALENDAR_BRAND, {
      value: function isCalendar(this: unknown): boolean {
        return typeof this === 'object' && this !== null && #spec in this;
      },
    });
  }

  static {
    compile = (spec) => new WorkingCalendar(spec);
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
    this.#timeline = new Timeline(this.#index);
    this.#safeFrom = (this.#index.minDay + 1) * DAY_MS;
    this.#safeTo = this.#index.maxDay * DAY_MS - 1;
    this.zone = spec.zone.name;
    this.epoch = Object.freeze({
      addWorkingTime: (t: number, ms: number): number => this.#add(this.#epochNumber(t, 't'), this.#millis(ms), t),
      workingTimeBetween: (a: number, b: number): number => this.#between(this.#epochNumber(a, 'a'), this.#epochNumber(b, 'b')),
      nextWorkingTime: (t: number): number => this.#next(this.#epochNumber(t, 't'), t),
      previousWorkingTime: (t: number): number => this.#previous(this.#epochNumber(t, 't'), t),
      isWorkingTime: (t: number): boolean => this.#timeline.isWorking(this.#epochNumber(t, 't')),
    });
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
    return this.#timeline.isWorking(this.#epoch(t, 't'));
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
    const rule = this.#ruleOf(day);
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
    return toDateTime(this.#next(this.#epoch(t, 't'), t), this.#spec.zone);
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
    return toDateTime(this.#previous(this.#epoch(t, 't'), t), this.#spec.zone);
  }

  /**
   * Adds working time. With `d > 0` returns the earliest instant `s >= t` such that the working
   * time in `[t, s]` equals `d` (so 8 hours from Monday 07:00 on a 07:00–11:30 + 13:30–17:00
   * calendar is Monday 17:00, not Tuesday 07:00: an amount that ends exactly at a closing time
   * returns the closing time); with `d < 0` the latest `s <= t`; `d = 0` returns `t` itself, even
   * outside working time. The cost does not depend on `d`.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `INVALID_DURATION`; `OUT_OF_RANGE` when the calendar
   *   runs out of working time.
   * @example
   * civil.addWorkingTime('2026-02-13T16:30', { hours: 1 }).toISO();
   * //=> '2026-02-23T07:30:00.000+07:00' (the last half hour before Tết, then the first after it)
   */
  addWorkingTime(t: InstantInput, d: DurationInput): DateTime {
    const e = this.#epoch(t, 't');
    return toDateTime(this.#add(e, toMillis(d, 'd'), t), this.#spec.zone);
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
    return toDuration(this.#between(this.#epoch(a, 'a'), this.#epoch(b, 'b')));
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
    return formatDay(this.#addDays(this.#day(d, 'd'), n, d));
  }

  /**
   * The instant `n` working days from `t` at the same wall-clock time: the day is
   * `addWorkingDays(day of t, n)` (so from a Saturday, `n = 1` is the next working day, usually
   * Monday; `n = 0` keeps `t` when its day is a working day), the time of day is `t`'s, resolved
   * like any wall-clock time (a time inside a DST gap moves forward, a repeated time is the earlier
   * instant). The result keeps the time
   * even outside working hours: 20:00 on Friday + 1 is 20:00 on Monday.
   *
   * @throws WorktimeError `INVALID_INSTANT`, `INVALID_NUMBER`; `OUT_OF_RANGE`.
   * @example
   * civil.shiftWorkingDays('2026-02-13T16:30', 1).toISO(); //=> '2026-02-23T16:30:00.000+07:00'
   */
  shiftWorkingDays(t: InstantInput, n: number): DateTime {
    const zone = this.#spec.zone;
    const local = zone.toLocal(this.#epoch(t, 't'));
    const day = Math.floor(local / DAY_MS);
    const found = this.#addDays(day, n, t);
    return toDateTime(zone.toEpoch(local + (found - day) * DAY_MS), zone);
  }

  #addDays(day: number, n: number, d: unknown): number {
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
    return found;
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

  /**
   * The working period that contains `t` (`start <= t < end`), touching periods merged as in
   * {@link workingPeriods}; `null` when `t` is not working time (a period's end is not in it).
   *
   * @throws WorktimeError `INVALID_INSTANT`, `OUT_OF_RANGE`.
   * @example
   * const p = civil.periodAt('2026-03-10T10:00');
   * [p.start.toFormat('HH:mm'), p.end.toFormat('HH:mm')]; //=> ['07:00', '11:30']
   * civil.periodAt('2026-03-10T12:00'); //=> null
   */
  periodAt(t: InstantInput): WorkingPeriod | null {
    const e = this.#epoch(t, 't');
    const timeline = this.#timeline;
    if (!timeline.isWorking(e)) return null;
    const at = timeline.position(e);
    // Working throughout [e, s] exactly when the working time between them is their distance:
    // gallop by days, then bisect to the millisecond, each way.
    const lo = (this.#index.minDay - 1) * DAY_MS;
    const hi = (this.#index.maxDay + 2) * DAY_MS;
    const edge = (sign: 1 | -1): number => {
      const whole = (s: number): boolean => sign * (timeline.position(s) - at) === sign * (s - e);
      let inside = e;
      let step = DAY_MS;
      let outside: number;
      for (;;) {
        const probe = Math.min(Math.max(e + sign * step, lo), hi);
        if (!whole(probe)) {
          outside = probe;
          break;
        }
        inside = probe;
        if (probe === lo || probe === hi) return probe;
        step *= 2;
      }
      while (Math.abs(outside - inside) > 1) {
        const mid = inside + Math.trunc((outside - inside) / 2);
        if (whole(mid)) inside = mid;
        else outside = mid;
      }
      return inside;
    };
    const zone = this.#spec.zone;
    return { start: toDateTime(edge(-1), zone), end: toDateTime(edge(1), zone) };
  }

  #rangeText(): string {
    return `${formatDay(this.#index.minDay)}..${formatDay(this.#index.maxDay)}`;
  }

  #localDay(epoch: number): number {
    return Math.floor(this.#spec.zone.toLocal(epoch) / DAY_MS);
  }

  #epoch(t: unknown, name: string): number {
    const e = toEpoch(t, this.#spec.zone, name);
    if (e >= this.#safeFrom && e <= this.#safeTo) return e;
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

  /** A number given to an `epoch` method: an instant inside the calendar's range. */
  #epochNumber(t: unknown, name: string): number {
    if (typeof t === 'number' && t >= this.#safeFrom && t <= this.#safeTo) return t;
    if (typeof t !== 'number') {
      throw new WorktimeError('INVALID_INSTANT', `Expected \`${name}\` to be epoch milliseconds (a number), got ${describe(t)}`, { [name]: t });
    }
    return this.#epoch(t, name);
  }

  /** A number of milliseconds given to `epoch.addWorkingTime`. */
  #millis(ms: unknown): number {
    if (typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_MS) return Math.round(ms);
    if (typeof ms !== 'number') {
      throw new WorktimeError('INVALID_DURATION', `Expected \`ms\` to be a number of milliseconds, got ${describe(ms)}`, { ms });
    }
    return toMillis(ms, 'ms');
  }

  #add(e: number, ms: number, t: unknown): number {
    if (ms === 0) return e;
    const timeline = this.#timeline;
    const found = timeline.locate(timeline.position(e) + ms, ms < 0, e);
    if (found === undefined) throw this.#exhausted(ms < 0 ? 'before' : 'after', t);
    return found;
  }

  #next(e: number, t: unknown): number {
    const timeline = this.#timeline;
    if (timeline.isWorking(e)) return e;
    const found = timeline.locate(timeline.position(e), true, e);
    if (found === undefined) throw this.#exhausted('after', t);
    return found;
  }

  #previous(e: number, t: unknown): number {
    const timeline = this.#timeline;
    if (timeline.isWorking(e)) return e;
    const found = timeline.locate(timeline.position(e), false, e);
    if (found === undefined) throw this.#exhausted('before', t);
    return found;
  }

  #between(a: number, b: number): number {
    const ms = this.#timeline.position(b) - this.#timeline.position(a);
    return ms === 0 ? 0 : ms;
  }

  #exhausted(direction: 'before' | 'after', t: unknown): WorktimeError {
    return outOfRange(`The calendar has no working time ${direction} ${describeInstant(t, this.#spec.zone)} within ${this.#rangeText()} to reach the requested amount`, { t });
  }

  /** The rule for a day: its dated rule, else its yearly one. */
  #ruleOf(day: number): NormalizedRule | undefined {
    const dated = this.#spec.rules.get(day);
    if (dated !== undefined || this.#spec.recurring.size === 0) return dated;
    return this.#spec.recurring.get(monthDayOf(day));
  }
}
