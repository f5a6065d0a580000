/**
 * The compiled form of a calendar: for every day, its working ranges, and prefix sums that give
 * the working time and the number of working days between any two days in O(log n), whatever
 * their distance.
 *
 * Sums are split in three parts: the weekly template (whole weeks times the week's total), the
 * day rules (a sorted list of differences from the template, with prefix sums), and time-zone
 * transitions (days whose real working time differs from their wall-clock length, found lazily
 * per block of days).
 *
 * @module
 */
import { WorktimeError, assert } from '../errors.js';
import { DAY_MS, formatDay, weekdayOf } from '../time/civil.js';
import { rangesLength } from '../time/timeOfDay.js';
import type { CompiledZone } from '../time/zone.js';
import type { NormalizedSpec } from './spec.js';

/** Which sum: working milliseconds, or working days. */
export const WORK = 0;
export const DAYS = 1;
export type Metric = typeof WORK | typeof DAYS;

const BLOCK_DAYS = 256;
const EMPTY: readonly number[] = Object.freeze([]);

interface Adjustments {
  readonly days: number[];
  readonly work: number[];
  readonly count: number[];
  /** The sums of `work` and `count`, for spans that hold the whole block. */
  readonly totalWork: number;
  readonly totalCount: number;
}

/** Upper bound of the bisection in {@link DayIndex.firstDay}. */
function binarySearch(lo: number, hi: number, pred: (d: number) => boolean): number {
  // Smallest d in [lo, hi] with pred(d), given pred(hi) is true and pred is monotone.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class DayIndex {
  readonly zone: CompiledZone;
  readonly minDay: number;
  readonly maxDay: number;
  /** Local ranges per ISO weekday (0 = Monday). */
  readonly #week: ReadonlyArray<readonly number[]>;
  /** Local ranges of the days with a rule. */
  readonly #ruleRanges: ReadonlyMap<number, readonly number[]>;
  /** Sorted rule days and the prefix sums of their differences from the template. */
  readonly #ruleDays: Int32Array;
  readonly #rulePrefix: [Float64Array, Float64Array];
  /** Template sums: per week, and prefix within a week starting on day 0 (a Thursday). */
  readonly #weekTotal: [number, number];
  readonly #weekPrefix: [number[], number[]];
  readonly #blocks = new Map<number, Adjustments>();
  /** Average per day over a week, used to guess where a search ends. */
  readonly averagePerDay: [number, number];

  constructor(spec: NormalizedSpec) {
    this.zone = spec.zone;
    this.minDay = spec.minDay;
    this.maxDay = spec.maxDay;
    this.#week = spec.week;
    const wallOf = (w: number): number => rangesLength(this.#week[w] as readonly number[]);
    const dayOf = (w: number): number => (wallOf(w) > 0 ? 1 : 0);

    // Monday's hours, or those of the first weekday that has any.
    const fallback = this.#week.find((r) => r.length > 0);
    const ruleRanges = new Map<number, readonly number[]>();
    for (const [day, rule] of spec.rules) {
      let ranges = rule.ranges;
      if (ranges === undefined) {
        if (rule.kind === 'holiday') ranges = EMPTY;
        else if (fallback !== undefined) ranges = fallback;
        else {
          throw new WorktimeError(
            'NO_WORKING_TIME',
            `Expected workday ${formatDay(day)} to have \`hours\`, since the weekly template has no hours to copy`,
            { date: formatDay(day) },
          );
        }
      }
      ruleRanges.set(day, ranges);
    }
    this.#ruleRanges = ruleRanges;
    const days = [...ruleRanges.keys()].sort((a, b) => a - b);
    this.#ruleDays = Int32Array.from(days);
    const pw = new Float64Array(days.length + 1);
    const pc = new Float64Array(days.length + 1);
    days.forEach((day, i) => {
      const ranges = ruleRanges.get(day) as readonly number[];
      const w = weekdayOf(day);
      const len = rangesLength(ranges);
      pw[i + 1] = (pw[i] as number) + len - wallOf(w);
      pc[i + 1] = (pc[i] as number) + (len > 0 ? 1 : 0) - dayOf(w);
    });
    this.#rulePrefix = [pw, pc];

    const prefixW = [0];
    const prefixC = [0];
    // Stryker disable next-line EqualityOperator: `i <= 7` adds a ninth prefix entry that nothing reads (only entries 0–7 are)
    for (let i = 0; i < 7; i++) {
      const w = weekdayOf(i);
      prefixW.push((prefixW[i] as number) + wallOf(w));
      prefixC.push((prefixC[i] as number) + dayOf(w));
    }
    this.#weekPrefix = [prefixW, prefixC];
    this.#weekTotal = [prefixW[7] as number, prefixC[7] as number];
    // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: only the first guess of a search; any guess leads to the same day
    this.averagePerDay = [this.#weekTotal[0] / 7, this.#weekTotal[1] / 7];
  }

  /** Whether the calendar has any working time at all (checked at creation). */
  hasAnyWorkingTime(): boolean {
    if (this.#weekTotal[0] > 0) return true;
    for (const [day, ranges] of this.#ruleRanges) {
      if (ranges.length > 0 && day >= this.minDay && day <= this.maxDay) return true;
    }
    return false;
  }

  /** Wall-clock working ranges of a day, ms since midnight; empty outside the range. */
  localRanges(day: number): readonly number[] {
    if (day < this.minDay || day > this.maxDay) return EMPTY;
    return this.#ruleRanges.get(day) ?? (this.#week[weekdayOf(day)] as readonly number[]);
  }

  /** Working ranges of a day as epoch ms, flat `[s0, e0, s1, e1, …]`, empty ones dropped. */
  epochRanges(day: number): number[] {
    const local = this.localRanges(day);
    const out: number[] = [];
    if (local.length === 0) return out;
    const base = day * DAY_MS;
    const zone = this.zone;
    const offset = zone.fixedOffsetBetween(base - 2 * DAY_MS, base + 3 * DAY_MS);
    if (offset !== undefined) {
      for (let i = 0; i < local.length; i++) out.push(base + (local[i] as number) - offset);
      return out;
    }
    // Near a transition a wall-clock time in a gap moves forward past the gap, so resolved
    // ranges may overlap each other or the previous day's: keep their union, each instant once.
    const pairs = this.#resolve(day).sort((a, b) => a[0] - b[0]);
    let floor = Number.NEGATIVE_INFINITY;
    for (const [, e] of this.#resolve(day - 1)) floor = Math.max(floor, e);
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
  #resolve(day: number): Array<[number, number]> {
    const local = this.localRanges(day);
    const base = day * DAY_MS;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < local.length; i += 2) {
      out.push([this.zone.toEpoch(base + (local[i] as number)), this.zone.toEpoch(base + (local[i + 1] as number))]);
    }
    return out;
  }

  /** Sum of a metric over the days `[a, b)`; negative when `b < a`. */
  between(a: number, b: number, metric: Metric): number {
    if (b < a) return -this.between(b, a, metric);
    const lo = Math.min(Math.max(a, this.minDay), this.maxDay + 1);
    const hi = Math.min(Math.max(b, this.minDay), this.maxDay + 1);
    // Stryker disable next-line ConditionalExpression: a shortcut; the sums below give 0 for an empty span too
    if (lo === hi) return 0;
    return this.#template(hi, metric) - this.#template(lo, metric) + this.#rules(hi, metric) - this.#rules(lo, metric) + this.#zoneAdjustments(lo, hi, metric);
  }

  /**
   * Smallest day `d` of the calendar's range with `between(ref, d + 1, metric) >= target` (or `>`
   * when `strict`), searched by galloping from a guess and then bisection; `undefined` if none.
   * The galloping bounds only make the search fast: `pred` is monotone, so wider or narrower
   * bisection bounds that still hold the answer find the same day.
   */
  firstDay(ref: number, target: number, metric: Metric, strict: boolean): number | undefined {
    const pred = (d: number): boolean => {
      const v = this.between(ref, d + 1, metric);
      return strict ? v > target : v >= target;
    };
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: an internal invariant that never fails
    assert(Number.isFinite(target) && Number.isInteger(ref), 'a search needs a finite target and a whole day');
    // Never empty: the spec's validation keeps minDay <= maxDay.
    const from = this.minDay;
    const to = this.maxDay;
    const avg = this.averagePerDay[metric];
    let guess = avg > 0 ? ref + Math.floor(target / avg) : ref;
    guess = Math.min(Math.max(guess, from), to);
    // Stryker disable next-line ConditionalExpression: a shortcut; without it the search upwards ends at pred(to) with the same result
    if (guess === to && !pred(to)) return undefined;
    if (pred(guess)) {
      // Gallop down to a day where pred is false.
      let step = 1;
      let hi = guess;
      for (;;) {
        const lo = hi - step;
        // Stryker disable next-line EqualityOperator: at lo === from both branches bisect to the same day
        if (lo < from) return binarySearch(from, hi, pred);
        // Stryker disable next-line ArithmeticOperator: pred(lo) is false, so the bisection may start at lo - 1 as well
        if (!pred(lo)) return binarySearch(lo + 1, hi, pred);
        hi = lo;
        step *= 2;
      }
    }
    let step = 1;
    let lo = guess;
    for (;;) {
      const hi = lo + step;
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: at hi === to the next step tests pred(to) too; pred(lo) is false, so lo - 1 bisects to the same day
      if (hi >= to) return pred(to) ? binarySearch(lo + 1, to, pred) : undefined;
      // Stryker disable next-line ArithmeticOperator: pred(lo) is false, so the bisection may start at lo - 1 as well
      if (pred(hi)) return binarySearch(lo + 1, hi, pred);
      lo = hi;
      step *= 2;
    }
  }

  #template(day: number, metric: Metric): number {
    const weeks = Math.floor(day / 7);
    return weeks * this.#weekTotal[metric] + (this.#weekPrefix[metric][day - weeks * 7] as number);
  }

  #rules(day: number, metric: Metric): number {
    return this.#rulePrefix[metric][this.#countRulesBefore(day)] as number;
  }

  #zoneAdjustments(lo: number, hi: number, metric: Metric): number {
    let total = 0;
    for (let block = Math.floor(lo / BLOCK_DAYS); block <= Math.floor((hi - 1) / BLOCK_DAYS); block++) {
      const adj = this.#block(block);
      const start = block * BLOCK_DAYS;
      // Spans of centuries in a zone with daylight saving time cross hundreds of whole blocks: their
      // totals make such a sum O(blocks) rather than O(adjusted days).
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: a shortcut; the per-day sum below adds the same adjustments
      if (start >= lo && start + BLOCK_DAYS <= hi) {
        total += metric === 0 ? adj.totalWork : adj.totalCount;
        continue;
      }
      const values = metric === 0 ? adj.work : adj.count;
      adj.days.forEach((d, i) => {
        if (d >= lo && d < hi) total += values[i] as number;
      });
    }
    return total;
  }

  #block(block: number): Adjustments {
    let adj = this.#blocks.get(block);
    // Stryker disable next-line ConditionalExpression: a cache; computing a block again gives the same adjustments
    if (adj === undefined) {
      adj = this.#computeBlock(block);
      this.#blocks.set(block, adj);
    }
    return adj;
  }

  #computeBlock(block: number): Adjustments {
    const start = block * BLOCK_DAYS;
    const end = start + BLOCK_DAYS;
    const days: number[] = [];
    const work: number[] = [];
    const count: number[] = [];
    let totalWork = 0;
    let totalCount = 0;
    // A shortcut: no weekly hours and no rule in the block, so no day of it has hours.
    if (this.#weekTotal[0] === 0 && !this.#hasRuleIn(start, end)) return { days, work, count, totalWork, totalCount };
    const transitions = this.zone.transitionsBetween((start - 2) * DAY_MS, (end + 2) * DAY_MS);
    const seen = new Set<number>();
    for (const t of transitions) {
      const center = Math.floor(t / DAY_MS);
      for (let d = center - 2; d <= center + 2; d++) {
        if (d < start || d >= end || seen.has(d)) continue;
        seen.add(d);
        const wall = rangesLength(this.localRanges(d));
        if (wall === 0) continue;
        const real = rangesLength(this.epochRanges(d));
        // Days whose real time equals their wall-clock time add zeros (in any order: only sums are read).
        const dw = real - wall;
        const dc = (real > 0 ? 1 : 0) - 1;
        days.push(d);
        work.push(dw);
        count.push(dc);
        totalWork += dw;
        totalCount += dc;
      }
    }
    return { days, work, count, totalWork, totalCount };
  }

  #hasRuleIn(start: number, end: number): boolean {
    return this.#countRulesBefore(end) !== this.#countRulesBefore(start);
  }

  #countRulesBefore(day: number): number {
    const days = this.#ruleDays;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((days[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
