/**
 * The day rules of a calendar as the day index reads them: the working ranges of a day that has
 * a rule, and the sum of the rules' differences from the weekly template over any span of days.
 *
 * Rules given in the spec are compiled at once: every rule day in order, with prefix sums. Rules
 * made year by year (see {@link DatedRules}) are compiled a year at a time, when a query first
 * needs that year; a span of more than a few years compiles them all, and from then on the index
 * is the one compiled at once. The sums are of whole milliseconds and days, so they are exact
 * whichever way they are added up.
 *
 * @module
 */
import { WorktimeError } from '../errors.js';
import { daysFromCivil, formatDay, formatMonthDay, isLeapYear, monthDayOf, weekdayOf, yearOfDay } from '../time/civil.js';
import { rangesLength } from '../time/timeOfDay.js';
import type { DatedRules } from './datedRules.js';
import { countBelow } from './sorted.js';
import type { NormalizedRule, NormalizedSpec } from './spec.js';

const EMPTY: readonly number[] = Object.freeze([]);
/** Spans within this many years of one another are summed year by year, before every year is compiled. */
const FEW_YEARS = 6;

/** Rule days in order and the prefix sums of their differences from the template: `[0]` working time, `[1]` working days. */
interface RuleSums {
  readonly days: Int32Array;
  readonly prefix: readonly [Float64Array, Float64Array];
}

export class RuleIndex {
  readonly #rules: DatedRules;
  readonly #minDay: number;
  readonly #maxDay: number;
  /** Wall-clock working time and working-day count of each weekday of the template (0 = Monday). */
  readonly #wall: readonly number[];
  readonly #count: readonly number[];
  /** Monday's hours, or those of the first weekday that has any: the hours of a workday rule without its own. */
  readonly #fallback: readonly number[] | undefined;
  /** Local ranges of the yearly rules, by `month * 100 + day`. */
  readonly recurring: ReadonlyMap<number, readonly number[]>;
  /** Local ranges of the days with a dated rule: all of them, or those of the years compiled so far. */
  readonly #ranges = new Map<number, readonly number[]>();
  /** The sums over every rule day, once compiled. */
  #sums: RuleSums | undefined;
  /** The sums of each year compiled so far, until every year is. */
  #years: Map<number, RuleSums> | undefined;

  constructor(spec: NormalizedSpec) {
    this.#rules = spec.rules;
    this.#minDay = spec.minDay;
    this.#maxDay = spec.maxDay;
    this.#wall = spec.week.map(rangesLength);
    this.#count = this.#wall.map((w) => (w > 0 ? 1 : 0));
    this.#fallback = spec.week.find((r) => r.length > 0);
    // The dated rules first, then the yearly ones: a workday without hours on a template without
    // any is reported in that order. Rules made year by year are valid; the given ones are
    // checked now, as a calendar compiled at once checks all of its own.
    const lazy = spec.rules.lazy;
    for (const [day, rule] of lazy ? spec.rules.given : spec.rules.all()) this.#ranges.set(day, this.#rangesOf(rule, day, formatDay));
    const recurring = new Map<number, readonly number[]>();
    for (const [md, rule] of spec.recurring) recurring.set(md, this.#rangesOf(rule, md, formatMonthDay));
    this.recurring = recurring;
    if (lazy) this.#years = new Map();
    else this.#sums = this.#compileAll();
  }

  #rangesOf(rule: NormalizedRule, key: number, format: (key: number) => string): readonly number[] {
    if (rule.ranges !== undefined) return rule.ranges;
    if (rule.kind === 'holiday') return EMPTY;
    if (this.#fallback !== undefined) return this.#fallback;
    const date = format(key);
    throw new WorktimeError('NO_WORKING_TIME', `Expected workday ${date} to have \`hours\`, since the weekly template has no hours to copy`, { date });
  }

  /** The ranges of the rule of a day (its dated rule, else its yearly one), if one applies. */
  ranges(day: number): readonly number[] | undefined {
    if (this.#years !== undefined && (day < this.#seenFrom || day >= this.#seenTo)) this.#see(day);
    const dated = this.#ranges.get(day);
    if (dated !== undefined || this.recurring.size === 0) return dated;
    return this.recurring.get(monthDayOf(day));
  }

  /** The days `[from, to)` of the last year {@link ranges} made sure of: most queries stay in one year. */
  #seenFrom = 0;
  #seenTo = 0;

  #see(day: number): void {
    const year = yearOfDay(day);
    this.#year(year);
    this.#seenFrom = daysFromCivil(year, 1, 1);
    this.#seenTo = daysFromCivil(year + 1, 1, 1);
  }

  /** The sum of a metric's differences from the template over the days `[lo, hi)`, `lo < hi`, both within `[minDay, maxDay + 1]`. */
  sum(lo: number, hi: number, metric: 0 | 1): number {
    if (this.#years !== undefined) {
      const first = yearOfDay(lo);
      const last = yearOfDay(hi - 1);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: fast-path
      if (last - first <= FEW_YEARS) {
        let total = 0;
        for (let y = first; y <= last; y++) total += span(this.#year(y), lo, hi, metric);
        return total;
      }
    }
    return span(this.#all(), lo, hi, metric);
  }

  /** The number of rule days of `year`. */
  countInYear(year: number): number {
    if (this.#years !== undefined) return this.#year(year).days.length;
    const days = (this.#sums as RuleSums).days;
    return countBelow(days, daysFromCivil(year + 1, 1, 1)) - countBelow(days, daysFromCivil(year, 1, 1));
  }

  /** Every rule day, in order (every year compiled). */
  days(): Int32Array {
    return this.#all().days;
  }

  /** The years from `from` on with a dated rule, in order (every year compiled). */
  datedYearsFrom(from: number): Int32Array {
    this.#all();
    const years = new Set<number>();
    for (const day of this.#ranges.keys()) {
      const y = yearOfDay(day);
      if (y >= from) years.add(y);
    }
    return Int32Array.from(years).sort();
  }

  #all(): RuleSums {
    if (this.#sums === undefined) {
      for (const [day, rule] of this.#rules.all()) this.#ranges.set(day, this.#rangesOf(rule, day, formatDay));
      this.#sums = this.#compileAll();
      this.#years = undefined;
    }
    return this.#sums;
  }

  /** Every rule day compiled at once (the ranges of every dated rule known). */
  #compileAll(): RuleSums {
    const dated = [...this.#rules.all().keys()].sort((a, b) => a - b);
    return this.#compile(dated, yearOfDay(this.#minDay), yearOfDay(this.#maxDay));
  }

  #year(year: number): RuleSums {
    const years = this.#years as Map<number, RuleSums>;
    let sums = years.get(year);
    if (sums === undefined) {
      const rules = this.#rules.inYear(year);
      for (const [day, rule] of rules) this.#ranges.set(day, this.#rangesOf(rule, day, formatDay));
      const dated = [...rules.keys()].sort((a, b) => a - b);
      // Yearly rules are spelled out over the calendar's years only.
      const lo = Math.max(year, yearOfDay(this.#minDay));
      const hi = Math.min(year, yearOfDay(this.#maxDay));
      sums = this.#compile(dated, lo, hi);
      years.set(year, sums);
    }
    return sums;
  }

  /**
   * The rule days in order, with their prefix sums: the dated ones, merged with the yearly ones
   * spelled out over the years `[fromYear, toYear]` within the range (a dated rule wins over a
   * yearly one).
   */
  #compile(dated: readonly number[], fromYear: number, toYear: number): RuleSums {
    let days: readonly number[] = dated;
    if (this.recurring.size > 0) {
      const yearly = [...this.recurring.keys()].sort((a, b) => a - b);
      const merged: number[] = [];
      let i = 0;
      const push = (day: number): void => {
        while (i < dated.length && (dated[i] as number) < day) merged.push(dated[i++] as number);
        if (i < dated.length && dated[i] === day) return;
        merged.push(day);
      };
      for (let y = fromYear; y <= toYear; y++) {
        const leap = isLeapYear(y);
        for (const md of yearly) {
          if (md === 229 && !leap) continue;
          const day = daysFromCivil(y, Math.floor(md / 100), md % 100);
          if (day >= this.#minDay && day <= this.#maxDay) push(day);
        }
      }
      push(Number.POSITIVE_INFINITY);
      merged.pop();
      days = merged;
    }
    const pw = new Float64Array(days.length + 1);
    const pc = new Float64Array(days.length + 1);
    days.forEach((day, i) => {
      const w = weekdayOf(day);
      const len = rangesLength(this.#ranges.get(day) ?? (this.recurring.get(monthDayOf(day)) as readonly number[]));
      pw[i + 1] = (pw[i] as number) + len - (this.#wall[w] as number);
      pc[i + 1] = (pc[i] as number) + (len > 0 ? 1 : 0) - (this.#count[w] as number);
    });
    return { days: Int32Array.from(days), prefix: [pw, pc] };
  }
}

function span(sums: RuleSums, lo: number, hi: number, metric: 0 | 1): number {
  const prefix = sums.prefix[metric];
  return (prefix[countBelow(sums.days, hi)] as number) - (prefix[countBelow(sums.days, lo)] as number);
}
