/**
 * The dated day rules of a calendar (its `'YYYY-MM-DD'` holidays and workdays): those given in
 * the spec, and those a source makes year by year, the first time something needs that year (the
 * civil-service calendar's 300 years of schedules). A rule given in the spec wins over the
 * source's rule for the same day.
 *
 * @module
 */
import { assert } from '../errors.js';
import { yearOfDay } from '../time/civil.js';
import type { NormalizedRule } from './spec.js';

/**
 * Rules made one year at a time. `rulesOf(year)` is called at most once per year, for years from
 * `firstYear` to `lastYear` only; its rules are valid (a workday has its `ranges`), all dated in
 * that year, one per day.
 */
export interface YearRuleSource {
  readonly firstYear: number;
  readonly lastYear: number;
  rulesOf(year: number): readonly NormalizedRule[];
}

const NO_RULES: ReadonlyMap<number, NormalizedRule> = new Map();

/** The years a source has made, shared by a calendar and the calendars extended from it. */
class MadeYears {
  readonly #source: YearRuleSource;
  readonly #years = new Map<number, ReadonlyMap<number, NormalizedRule>>();

  constructor(source: YearRuleSource) {
    this.#source = source;
  }

  /** The source's rules of `year`, by day. */
  year(year: number): ReadonlyMap<number, NormalizedRule> {
    if (year < this.#source.firstYear || year > this.#source.lastYear) return NO_RULES;
    let rules = this.#years.get(year);
    if (rules === undefined) {
      const list = this.#source.rulesOf(year);
      rules = new Map(list.map((r) => [r.day, r] as const));
      // Stryker disable next-line ConditionalExpression,StringLiteral: invariant
      assert(rules.size === list.length && list.every((r) => yearOfDay(r.day) === year), 'a source makes one rule per day, in the year asked for');
      this.#years.set(year, rules);
    }
    return rules;
  }

  /** Every year of the source, first to last. */
  *years(): Generator<ReadonlyMap<number, NormalizedRule>> {
    for (let y = this.#source.firstYear; y <= this.#source.lastYear; y++) yield this.year(y);
  }
}

/** The dated rules of a calendar. Immutable: what a year holds never changes once made. */
export class DatedRules {
  /** The rules given in the spec (and in the specs it was extended with), in the order given. */
  readonly given: ReadonlyMap<number, NormalizedRule>;
  readonly #made: MadeYears | undefined;
  #all: ReadonlyMap<number, NormalizedRule> | undefined;
  /** The given rules by year, for {@link inYear}. */
  #givenByYear: Map<number, NormalizedRule[]> | undefined;

  private constructor(given: ReadonlyMap<number, NormalizedRule>, made: MadeYears | undefined) {
    this.given = given;
    this.#made = made;
    if (made === undefined) this.#all = given;
  }

  /** Rules known at once. */
  static of(given: ReadonlyMap<number, NormalizedRule>): DatedRules {
    return new DatedRules(given, undefined);
  }

  /** Rules made year by year by `source`. */
  static fromYears(source: YearRuleSource): DatedRules {
    return new DatedRules(NO_RULES, new MadeYears(source));
  }

  /** These rules with `added` over them (a day named again takes the added rule). */
  with(added: ReadonlyMap<number, NormalizedRule>): DatedRules {
    const given = new Map(this.given);
    for (const [day, rule] of added) given.set(day, rule);
    return new DatedRules(given, this.#made);
  }

  /** Whether some years are made only when asked for (false once {@link all} has run). */
  get lazy(): boolean {
    return this.#all === undefined;
  }

  /** The rule of a day, if it has one. */
  get(day: number): NormalizedRule | undefined {
    const given = this.given.get(day);
    if (given !== undefined || this.#made === undefined) return given;
    return this.#made.year(yearOfDay(day)).get(day);
  }

  /** The rules dated in `year`, by day. */
  inYear(year: number): ReadonlyMap<number, NormalizedRule> {
    const made = this.#made?.year(year) ?? NO_RULES;
    if (this.given.size === 0) return made;
    if (this.#givenByYear === undefined) {
      this.#givenByYear = new Map();
      for (const rule of this.given.values()) {
        const y = yearOfDay(rule.day);
        const list = this.#givenByYear.get(y);
        if (list === undefined) this.#givenByYear.set(y, [rule]);
        else list.push(rule);
      }
    }
    const given = this.#givenByYear.get(year);
    if (given === undefined) return made;
    const rules = new Map(made);
    for (const rule of given) rules.set(rule.day, rule);
    return rules;
  }

  /** Every rule, by day: the given ones in the order given; made ones first, when there is a source (every year is made). */
  all(): ReadonlyMap<number, NormalizedRule> {
    if (this.#all !== undefined) return this.#all;
    const all = new Map<number, NormalizedRule>();
    for (const year of (this.#made as MadeYears).years()) for (const [day, rule] of year) all.set(day, rule);
    for (const [day, rule] of this.given) all.set(day, rule);
    this.#all = all;
    return all;
  }
}
