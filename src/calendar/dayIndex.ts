/**
 * The compiled form of a calendar: for every day, its working ranges, and prefix sums that give
 * the working time and the number of working days between any two days in O(log n), whatever
 * their distance.
 *
 * Sums are split in three parts: the weekly template (whole weeks times the week's total), the
 * day rules (a sorted list of differences from the template, with prefix sums: `ruleIndex.ts`,
 * which compiles the rules made year by year a year at a time), and time-zone
 * transitions (days whose real working time differs from their wall-clock length, found lazily
 * per year, with running totals over years so that no sum walks the years between its ends).
 *
 * Time zones change offset only from 1800 to 2100 in their table and by a rule that repeats with
 * the layout of the year after that (see `zone.ts`); so the adjustments of a year after 2100 are
 * those of the reference year with the same layout, and their totals over any span of years come
 * from one 400-year cycle.
 *
 * @module
 */
import { assert } from '../errors.js';
import { DAY_MS, daysFromCivil, monthDayOf, weekdayOf, yearOfDay } from '../time/civil.js';
import { rangesLength } from '../time/timeOfDay.js';
import { EXTRAPOLATED_FROM_YEAR } from '../time/zone.js';
import type { CompiledZone } from '../time/zone.js';
import type { NormalizedSpec } from './spec.js';
import { RuleIndex } from './ruleIndex.js';
import { countBelow } from './sorted.js';

/** Which sum: working milliseconds, or working days. */
export const WORK = 0;
export const DAYS = 1;
export type Metric = typeof WORK | typeof DAYS;

const EMPTY: readonly number[] = Object.freeze([]);
/** Zones keep one offset before this year (see `zone.ts`): no adjustments there. */
const FIRST_CHANGING_YEAR = 1800;
const CYCLE_YEARS = 400;
/** Spans of at most this many whole years are summed year by year. */
const FEW_YEARS = 6;

/** The days of one year whose real working time (or day count) differs from the template's. */
interface Adjustments {
  readonly days: readonly number[];
  /** Prefix sums: `work[i]` is the sum over `days[0..i)`. */
  readonly work: Float64Array;
  readonly count: Float64Array;
}
const NONE: Adjustments = { days: EMPTY, work: new Float64Array(1), count: new Float64Array(1) };

type RangesOf = (day: number) => readonly number[];

/**
 * The bisection of {@link DayIndex.firstDay}: the smallest d in `(lo, hi]` with pred(d), given
 * pred is monotone, pred(hi) is true and pred(lo) false.
 */
function bisect(lo: number, hi: number, pred: (d: number) => boolean): number {
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

const yearStart = (year: number): number => daysFromCivil(year, 1, 1);

/** How far (days) from a day a transition may change the resolution of its ranges or of the day before's. */
const NEAR_DAYS = 4;

/**
 * Whether none of a day's ranges (starting at wall-clock `base`) touches the wall-clock interval
 * `[lo, hi]`. The ranges are in order within the day (validated with the spec).
 */
function clearOf(local: readonly number[], base: number, lo: number, hi: number): boolean {
  for (let i = 0; i < local.length; i += 2) {
    if (base + (local[i] as number) <= hi && base + (local[i + 1] as number) >= lo) return false;
  }
  return true;
}

export class DayIndex {
  readonly zone: CompiledZone;
  readonly minDay: number;
  readonly maxDay: number;
  /** Local ranges per ISO weekday (0 = Monday). */
  readonly #week: ReadonlyArray<readonly number[]>;
  /** The day rules: the ranges of the days that have one, and the sums of their differences from the template. */
  readonly #rules: RuleIndex;
  /** Years after 2100 with a dated rule: their adjustments are not those of their layout (found at the first long span). */
  #ruleYears: Int32Array | undefined;
  /** Template sums: per week, and prefix within a week starting on day 0 (a Thursday). */
  readonly #weekTotal: [number, number];
  readonly #weekPrefix: [number[], number[]];
  readonly #years = new Map<number, Adjustments>();
  /** Running totals over 1800–2100, from 1800, per metric (built at the first long span). */
  #tablePrefix: [Float64Array, Float64Array] | undefined;
  /** Running totals over one 400-year cycle of year layouts from 2101, per metric. */
  #cyclePrefix: [Float64Array, Float64Array] | undefined;
  /** Running totals of the corrections of {@link #ruleYears}. */
  #ruleYearPrefix: [Float64Array, Float64Array] | undefined;
  /** Average per day over a week, used to guess where a search ends. */
  readonly averagePerDay: [number, number];

  constructor(spec: NormalizedSpec) {
    this.zone = spec.zone;
    this.minDay = spec.minDay;
    this.maxDay = spec.maxDay;
    this.#week = spec.week;
    const wallOf = (w: number): number => rangesLength(this.#week[w] as readonly number[]);
    const dayOf = (w: number): number => (wallOf(w) > 0 ? 1 : 0);
    this.#rules = new RuleIndex(spec);

    const prefixW = [0];
    const prefixC = [0];
    // Days 0–6, one week from a Thursday: entry d of the prefix sums is the sum over days 0 to d - 1.
    for (let d = 1; d <= 7; d++) {
      const w = weekdayOf(d - 1);
      prefixW.push((prefixW[d - 1] as number) + wallOf(w));
      prefixC.push((prefixC[d - 1] as number) + dayOf(w));
    }
    this.#weekPrefix = [prefixW, prefixC];
    this.#weekTotal = [prefixW[7] as number, prefixC[7] as number];
    // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: first-guess
    this.averagePerDay = [this.#weekTotal[0] / 7, this.#weekTotal[1] / 7];
  }

  /** Whether the calendar has any working time at all (checked at creation). */
  hasAnyWorkingTime(): boolean {
    if (this.#weekTotal[0] > 0) return true;
    for (const day of this.#rules.days()) if (this.localRanges(day).length > 0) return true;
    return false;
  }

  /** Wall-clock working ranges of a day, ms since midnight; empty outside the range. */
  localRanges(day: number): readonly number[] {
    if (day < this.minDay || day > this.maxDay) return EMPTY;
    return this.#rules.ranges(day) ?? (this.#week[weekdayOf(day)] as readonly number[]);
  }

  /** The ranges of a day without its dated rule: what every year of the same layout has. */
  #layoutRanges = (day: number): readonly number[] => {
    const recurring = this.#rules.recurring;
    const yearly = recurring.size === 0 ? undefined : recurring.get(monthDayOf(day));
    return yearly ?? (this.#week[weekdayOf(day)] as readonly number[]);
  };

  #ownRanges = (day: number): readonly number[] => this.localRanges(day);

  /** Working ranges of a day as epoch ms, flat `[s0, e0, s1, e1, …]`, empty ones dropped. */
  epochRanges(day: number): number[] {
    return this.#epochRanges(day, this.#ownRanges);
  }

  #epochRanges(day: number, rangesOf: RangesOf): number[] {
    const local = rangesOf(day);
    const out: number[] = [];
    if (local.length === 0) return out;
    const base = day * DAY_MS;
    const zone = this.zone;
    const offset = zone.fixedOffsetBetween(base - 2 * DAY_MS, base + 3 * DAY_MS);
    if (offset !== undefined) {
      for (let i = 0; i < local.length; i++) out.push(base + (local[i] as number) - offset);
      return out;
    }
    // Near a transition a range keeps the real instants whose wall-clock time it covers (a
    // boundary in a gap is the transition); ranges resolved one by one may still overlap the
    // previous day's (a range ending at 24:00 on a day whose next midnight is repeated): keep
    // their union, each instant once.
    const pairs = this.#resolve(day, rangesOf).sort((a, b) => a[0] - b[0]);
    let floor = Number.NEGATIVE_INFINITY;
    for (const [, e] of this.#resolve(day - 1, rangesOf)) floor = Math.max(floor, e);
    for (const [start, e] of pairs) {
      const s = Math.max(start, floor);
      if (e <= s) continue;
      // Touching ranges stay apart; every caller treats them as one.
      out.push(s, e);
      floor = e;
    }
    return out;
  }

  /** A day's ranges resolved one by one to epoch ms (they may overlap or be out of order). */
  #resolve(day: number, rangesOf: RangesOf): Array<[number, number]> {
    const local = rangesOf(day);
    const base = day * DAY_MS;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < local.length; i += 2) {
      out.push([this.zone.rangeBound(base + (local[i] as number)), this.zone.rangeBound(base + (local[i + 1] as number))]);
    }
    return out;
  }

  /** Sum of a metric over the days `[a, b)`; negative when `b < a`. */
  between(a: number, b: number, metric: Metric): number {
    if (b < a) return -this.between(b, a, metric);
    const lo = Math.min(Math.max(a, this.minDay), this.maxDay + 1);
    const hi = Math.min(Math.max(b, this.minDay), this.maxDay + 1);
    if (lo === hi) return 0;
    return this.#template(hi, metric) - this.#template(lo, metric) + this.#rules.sum(lo, hi, metric) + this.#zoneAdjustments(lo, hi, metric);
  }

  /**
   * Smallest day `d` with `between(ref, d + 1, metric) >= target` (or `>` when `strict`), searched
   * by galloping from a guess and then bisection; `undefined` when it is not in the calendar's
   * range: past its end (no day of the range holds), or before its start (the day before the
   * range would hold too: `between(ref, minDay)` is known from the days of the range alone).
   * The guess is corrected once by the real sum up to it (holidays, zone changes), so that the
   * galloping starts a few days from the answer whatever the distance.
   */
  firstDay(ref: number, target: number, metric: Metric, strict: boolean): number | undefined {
    const pred = (d: number): boolean => {
      const v = this.between(ref, d + 1, metric);
      return strict ? v > target : v >= target;
    };
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: invariant
    assert(Number.isFinite(target) && Number.isInteger(ref), 'a search needs a finite target and a whole day');
    // Never empty: the spec's validation keeps minDay <= maxDay.
    const from = this.minDay;
    const to = this.maxDay;
    const avg = this.averagePerDay[metric];
    const clamp = (d: number): number => Math.min(Math.max(d, from), to);
    let guess = clamp(avg > 0 ? ref + Math.floor(target / avg) : ref);
    if (avg > 0 && Math.abs(guess - ref) > 14) {
      // One secant step: what the days up to the guess really hold, against what was asked.
      guess = clamp(guess + Math.round((target - this.between(ref, guess + 1, metric)) / avg));
    }
    if (pred(guess)) {
      // Gallop down to a day where pred is false.
      let step = 1;
      let hi = guess;
      for (;;) {
        const lo = hi - step;
        if (lo < from) return pred(from - 1) ? undefined : bisect(from - 1, hi, pred);
        if (!pred(lo)) return bisect(lo, hi, pred);
        hi = lo;
        step *= 2;
      }
    }
    let step = 1;
    let lo = guess;
    for (;;) {
      const hi = lo + step;
      if (hi >= to) return pred(to) ? bisect(lo, to, pred) : undefined;
      if (pred(hi)) return bisect(lo, hi, pred);
      lo = hi;
      step *= 2;
    }
  }

  #template(day: number, metric: Metric): number {
    const weeks = Math.floor(day / 7);
    return weeks * this.#weekTotal[metric] + (this.#weekPrefix[metric][day - weeks * 7] as number);
  }

  /** The zone's adjustments over the days `[lo, hi)`: the part years, then whole years by running totals. */
  #zoneAdjustments(lo: number, hi: number, metric: Metric): number {
    const ylo = yearOfDay(lo);
    const yhi = yearOfDay(hi - 1);
    if (ylo === yhi) return this.#part(ylo, lo, hi, metric);
    const after = yearStart(ylo + 1);
    const last = yearStart(yhi);
    return this.#part(ylo, lo, after, metric) + this.#wholeYears(ylo + 1, yhi, metric) + this.#part(yhi, last, hi, metric);
  }

  #part(year: number, lo: number, hi: number, metric: Metric): number {
    if (year < FIRST_CHANGING_YEAR) return 0;
    const adj = this.#year(year);
    if (adj.days.length === 0) return 0;
    const sums = metric === WORK ? adj.work : adj.count;
    return (sums[countBelow(adj.days, hi)] as number) - (sums[countBelow(adj.days, lo)] as number);
  }

  #total(adj: Adjustments, metric: Metric): number {
    const sums = metric === WORK ? adj.work : adj.count;
    return sums[sums.length - 1] as number;
  }

  /** The adjustments of the years `[y1, y2)`. */
  #wholeYears(y1: number, y2: number, metric: Metric): number {
    const a = Math.max(y1, FIRST_CHANGING_YEAR);
    if (a >= y2) return 0;
    if (y2 - a <= FEW_YEARS) {
      let total = 0;
      for (let y = a; y < y2; y++) total += this.#total(this.#year(y), metric);
      return total;
    }
    let total = 0;
    const b = Math.min(y2, EXTRAPOLATED_FROM_YEAR);
    if (a < b) {
      const table = (this.#tablePrefix ??= this.#buildTablePrefix())[metric];
      total += (table[b - FIRST_CHANGING_YEAR] as number) - (table[a - FIRST_CHANGING_YEAR] as number);
    }
    const c = Math.max(a, EXTRAPOLATED_FROM_YEAR);
    if (c < y2 && this.zone.changesAfterTable) total += this.#laterYears(y2, metric) - this.#laterYears(c, metric);
    return total;
  }

  #buildTablePrefix(): [Float64Array, Float64Array] {
    const n = EXTRAPOLATED_FROM_YEAR - FIRST_CHANGING_YEAR;
    const w = new Float64Array(n + 1);
    const c = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const adj = this.#year(FIRST_CHANGING_YEAR + i);
      w[i + 1] = (w[i] as number) + this.#total(adj, WORK);
      c[i + 1] = (c[i] as number) + this.#total(adj, DAYS);
    }
    return [w, c];
  }

  /** The adjustments of the years `[2101, year)`: the cycle of layouts, corrected for years with dated rules. */
  #laterYears(year: number, metric: Metric): number {
    const cycle = (this.#cyclePrefix ??= this.#buildCyclePrefix())[metric];
    const k = year - EXTRAPOLATED_FROM_YEAR;
    const whole = Math.floor(k / CYCLE_YEARS);
    let total = whole * (cycle[CYCLE_YEARS] as number) + (cycle[k - whole * CYCLE_YEARS] as number);
    const corrections = (this.#ruleYearPrefix ??= this.#buildRuleYearPrefix())[metric];
    total += corrections[countBelow(this.#laterRuleYears(), year)] as number;
    return total;
  }

  #buildCyclePrefix(): [Float64Array, Float64Array] {
    const w = new Float64Array(CYCLE_YEARS + 1);
    const c = new Float64Array(CYCLE_YEARS + 1);
    const byFirstDay = new Map<number, Adjustments>();
    for (let i = 0; i < CYCLE_YEARS; i++) {
      const adj = this.#layoutYear(EXTRAPOLATED_FROM_YEAR + i, byFirstDay);
      w[i + 1] = (w[i] as number) + this.#total(adj, WORK);
      c[i + 1] = (c[i] as number) + this.#total(adj, DAYS);
    }
    return [w, c];
  }

  #laterRuleYears(): Int32Array {
    return (this.#ruleYears ??= this.#rules.datedYearsFrom(EXTRAPOLATED_FROM_YEAR));
  }

  #buildRuleYearPrefix(): [Float64Array, Float64Array] {
    const ruleYears = this.#laterRuleYears();
    const n = ruleYears.length;
    const w = new Float64Array(n + 1);
    const c = new Float64Array(n + 1);
    const byLayout = new Map<number, Adjustments>();
    for (let i = 0; i < n; i++) {
      const y = ruleYears[i] as number;
      const own = this.#year(y);
      const layout = this.#layoutYear(y, byLayout);
      w[i + 1] = (w[i] as number) + this.#total(own, WORK) - this.#total(layout, WORK);
      c[i + 1] = (c[i] as number) + this.#total(own, DAYS) - this.#total(layout, DAYS);
    }
    return [w, c];
  }

  /** The adjustments a year after 2100 would have without dated rules (shared by every year of its layout). */
  #layoutYear(year: number, memo: Map<number, Adjustments>): Adjustments {
    const start = yearStart(year);
    const key = weekdayOf(start) * 2 + (yearStart(year + 1) - start === 366 ? 1 : 0);
    let adj = memo.get(key);
    if (adj === undefined) {
      adj = this.#computeYear(year, this.#layoutRanges);
      memo.set(key, adj);
    }
    return adj;
  }

  #year(year: number): Adjustments {
    let adj = this.#years.get(year);
    if (adj === undefined) {
      adj = this.#computeYear(year, this.#ownRanges);
      this.#years.set(year, adj);
    }
    return adj;
  }

  /**
   * Whether a day's real working time is its wall-clock length, known without resolving its
   * ranges: the only transition within {@link NEAR_DAYS} days of it, at `t` from offset `b` to
   * `a`, leaves a wall-clock interval `[t + min(a, b), t + max(a, b)]` (skipped or repeated) that
   * no range of the day touches. Then every bound of the day has a single instant (`rangeBound`
   * finds it, the offsets a day either side being those of the one transition), each range keeps
   * one offset, and the ranges stay in order; the day before ends no later than the transition
   * if its last range ends inside that interval, or at its own wall-clock end, before the day's
   * first range: the real length is the wall one. `false` (resolve the day) in any other case.
   */
  #untouched(day: number, near: readonly number[], rangesOf: RangesOf): boolean {
    const base = day * DAY_MS;
    let t = Number.NaN;
    let count = 0;
    for (const x of near) {
      if (x > base - NEAR_DAYS * DAY_MS && x <= base + NEAR_DAYS * DAY_MS) {
        t = x;
        count++;
      }
    }
    if (count !== 1) return false;
    const b = this.zone.offsetMs(t - 1);
    const a = this.zone.offsetMs(t);
    if (Math.abs(a) >= DAY_MS || Math.abs(b) >= DAY_MS) return false;
    const lo = t + Math.min(a, b);
    const hi = t + Math.max(a, b);
    return clearOf(rangesOf(day), base, lo, hi);
  }

  #computeYear(year: number, rangesOf: RangesOf): Adjustments {
    const start = yearStart(year);
    const end = yearStart(year + 1);
    // A shortcut: no weekly hours and no rule in the year, so no day of it has hours.
    if (this.#weekTotal[0] === 0 && this.#rules.countInYear(year) === 0) return NONE;
    // The transitions near the year: those of its days and the two on either side are looked at;
    // the wider list tells whether a day has a single transition nearby (see #untouched).
    const near = this.zone.transitionsBetween((start - NEAR_DAYS - 1) * DAY_MS, (end + NEAR_DAYS + 1) * DAY_MS);
    const transitions = near.filter((t) => t > (start - 2) * DAY_MS && t <= (end + 2) * DAY_MS);
    if (transitions.length === 0) return NONE;
    const seen = new Set<number>();
    const found: Array<[number, number, number]> = [];
    for (const t of transitions) {
      const center = Math.floor(t / DAY_MS);
      for (let d = center - 2; d <= center + 2; d++) {
        if (d < start || d >= end || seen.has(d)) continue;
        seen.add(d);
        const wall = rangesLength(rangesOf(d));
        if (wall === 0 || this.#untouched(d, near, rangesOf)) continue;
        const real = rangesLength(this.#epochRanges(d, rangesOf));
        if (real !== wall) found.push([d, real - wall, (real > 0 ? 1 : 0) - 1]);
      }
    }
    found.sort((x, y) => x[0] - y[0]);
    const work = new Float64Array(found.length + 1);
    const count = new Float64Array(found.length + 1);
    found.forEach(([, dw, dc], i) => {
      work[i + 1] = (work[i] as number) + dw;
      count[i + 1] = (count[i] as number) + dc;
    });
    return { days: found.map((f) => f[0]), work, count };
  }
}
