/**
 * The data tables the holiday engine reads, bundled so that tests (and a future amendment) can
 * run the same engine on other tables: the statutory rules, the compensatory-day rules, the
 * official decisions and the law citations.
 *
 * @module
 */
import { OFFICIAL_DECISIONS } from './decisions.js';
import { COMPENSATION_RULES, LAWS, STATUTORY_RULES } from './rules.js';
import type { CompensationRule, ScheduleDecision, StatutoryRule } from './types.js';

/** Everything the engine knows about the law and the announced years. */
export interface HolidayTables {
  readonly rules: readonly StatutoryRule[];
  readonly compensation: readonly CompensationRule[];
  /** Announced years by Gregorian year. */
  readonly decisions: ReadonlyMap<number, ScheduleDecision>;
  readonly laws: ReadonlyArray<{ from: string; to?: string; citation: string }>;
}

/** The built-in tables. */
export const DEFAULT_TABLES: HolidayTables = Object.freeze({
  rules: STATUTORY_RULES,
  compensation: COMPENSATION_RULES,
  decisions: new Map(OFFICIAL_DECISIONS.map((d) => [d.year, d] as const)),
  laws: LAWS,
});

/** Whether a `'YYYY-MM-DD'` date lies in the inclusive period `[from, to]`. */
export function inPeriod(date: string, period: { from: string; to?: string }): boolean {
  return date >= period.from && (period.to === undefined || date <= period.to);
}
