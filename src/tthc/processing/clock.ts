/**
 * The legal clock of a dossier, on epoch milliseconds: its processing deadline after
 * supplementation and extensions under the rules in force on the day of acceptance, the
 * violations of the procedure, and the waiting state (docs/domain.md §7, §9).
 *
 * Two methods, never mixed (docs/domain.md §9, "Two ways to count a period"):
 * - `'legal'`: the rule in force. Under NĐ 118/2025 (accepted from 01/07/2025) the period restarts
 *   in full from the last complete resubmission, as if the dossier were accepted then (Điều 19
 *   khoản 5); while a supplement is outstanding there is no deadline. Under NĐ 61/2018 the library
 *   models a supplement as a pause (its text could not be confirmed; the basis says so).
 * - `'kpi766'`: the dashboards' method of QĐ 766/QĐ-TTg: each completed supplement is a pause from
 *   the request to the resubmission; an outstanding one is judged at the request, so the deadline
 *   stays defined.
 *
 * A pause made of a supplement counts only from when the period itself counts: for a period in
 * days, the day after the day of acceptance (BLDS 2015, Điều 147.2); for one in hours, acceptance.
 *
 * @module
 */
import { addWorkingDays, dayOf, dayStart, dueDayOf, endOfWork } from './days.js';
import type { DayClock } from './days.js';
import { periodDeadline } from './deadline.js';
import type { Step } from './deadline.js';
import type { Amount, ParsedExtension, ParsedPause, ParsedSupplement } from './input.js';
import { NATIONAL_RULES, nationalOn } from '../rulesInForce.js';
import type { NationalRules, RuleSetName } from '../rulesInForce.js';

/** How a processing period is counted: the law in force, or the QĐ 766 dashboards' method. */
export type ProcessingMethod = 'legal' | 'kpi766';

/** The inputs of {@link dossierClock}, validated. */
export interface ClockInput {
  readonly acceptedAt: number;
  readonly period: Amount;
  readonly extensions: readonly ParsedExtension[];
  readonly pauses: readonly ParsedPause[];
  readonly supplements: readonly ParsedSupplement[];
  readonly method: ProcessingMethod;
  readonly rules: RuleSetName;
}

/** A violation before it is put into words. */
export type ViolationFact =
  | { readonly code: 'SUPPLEMENT_NOTICE_LATE'; readonly requestedAt: number; readonly limit: number; readonly days: number; readonly source: string }
  | { readonly code: 'REPEATED_SUPPLEMENT'; readonly requestedAt: number; readonly ordinal: number; readonly source: string }
  | { readonly code: 'REPEATED_EXTENSION'; readonly ordinal: number; readonly max: number; readonly source: string }
  | {
      readonly code: 'EXTENSION_NOTICE_LATE';
      readonly ordinal: number;
      readonly requestedAt: number;
      readonly dueDay: number;
      readonly leadDays: number;
      readonly source: string;
    };

/** What happened to the clock because of supplements, for the basis. */
export type SupplementFact =
  | { readonly kind: 'restart'; readonly requestedAt: number; readonly completedAt: number; readonly source: string }
  | { readonly kind: 'pause'; readonly requestedAt: number; readonly completedAt: number; readonly source: string; readonly model: boolean; readonly method: ProcessingMethod }
  | { readonly kind: 'judged-at-request'; readonly requestedAt: number };

/** The result of {@link dossierClock}. */
export interface ClockResult {
  /** The deadline, or `undefined` while a supplement is outstanding under a method that has none. */
  readonly deadline: number | undefined;
  /** The outstanding supplement: since when, and the day from which the dossier may be closed. */
  readonly waiting: { readonly since: number; readonly closesOnDay: number; readonly days: number; readonly source: string } | undefined;
  readonly violations: readonly ViolationFact[];
  readonly supplementFacts: readonly SupplementFact[];
  /** The national rules applied (those in force on the day of acceptance); `undefined` when no rule of them was needed (no supplement, no extension). */
  readonly national: NationalRules | undefined;
  /** The last instant the computation used: the deadline, or the outstanding request. */
  readonly lastUsed: number;
}

/** The rule that decides when an incomplete dossier may be closed: the first row that has one, if the day's row has none. */
function closingRule(national: NationalRules): { days: number; source: string } {
  const own = national.supplement;
  if (own.closeAfterDays !== undefined && own.closeSource !== undefined) return { days: own.closeAfterDays, source: own.closeSource };
  const later = NATIONAL_RULES.find((r) => r.supplement.closeAfterDays !== undefined) as NationalRules;
  return {
    days: later.supplement.closeAfterDays as number,
    source: `${later.supplement.closeSource as string} — mô hình của vn-worktime cho hồ sơ tiếp nhận trước ${later.from} (library model)`,
  };
}

/**
 * The clock of one dossier.
 *
 * @throws WorktimeError `OUT_OF_RANGE` (from the calendar) when the calendar cannot answer.
 */
const NONE: readonly never[] = Object.freeze([]);

export function dossierClock(clock: DayClock, input: ClockInput, trace?: Step[]): ClockResult {
  const { zone } = clock;
  if (input.supplements.length === 0 && input.extensions.length === 0) {
    // Nothing to restart, pause for or check: the period as it is (the common case of a report).
    const deadline = periodDeadline(clock, input.acceptedAt, input.period, NONE, input.pauses, trace);
    return { deadline, waiting: undefined, violations: NONE, supplementFacts: NONE, national: undefined, lastUsed: deadline };
  }
  // Processing periods are national law: the rule set does not change them.
  const national = nationalOn(dayOf(zone, input.acceptedAt));
  const rule = national.supplement;
  const supplements = input.supplements;
  const violations: ViolationFact[] = [];
  const facts: SupplementFact[] = [];
  const acceptedDay = dayOf(zone, input.acceptedAt);

  // The request to supplement: in time, and only once.
  const first = supplements[0];
  if (first !== undefined && rule.noticeWorkingDays !== undefined && rule.noticeSource !== undefined) {
    const limit = endOfWork(clock, addWorkingDays(clock, acceptedDay, rule.noticeWorkingDays));
    if (first.requestedAt > limit) {
      violations.push({ code: 'SUPPLEMENT_NOTICE_LATE', requestedAt: first.requestedAt, limit, days: rule.noticeWorkingDays, source: rule.noticeSource });
    }
  }
  supplements.slice(1).forEach((s, i) => violations.push({ code: 'REPEATED_SUPPLEMENT', requestedAt: s.requestedAt, ordinal: i + 2, source: rule.onceSource }));

  const outstanding = supplements.find((s) => s.completedAt === undefined);
  const completed = supplements.filter((s) => s.completedAt !== undefined) as Array<ParsedSupplement & { completedAt: number }>;
  const restart = input.method === 'legal' && rule.method === 'restart';
  let start = input.acceptedAt;
  let pauses: readonly ParsedPause[] = input.pauses;
  if (restart) {
    const last = completed[completed.length - 1];
    for (const s of completed) facts.push({ kind: 'restart', requestedAt: s.requestedAt, completedAt: s.completedAt, source: rule.methodSource });
    if (last !== undefined) start = last.completedAt;
  } else {
    // Supplements as pauses, counted from when the period counts.
    const counting = input.period.kind === 'days' ? dayStart(zone, acceptedDay + 1) : input.acceptedAt;
    const model = input.method === 'legal' && !rule.quoted;
    const source = input.method === 'kpi766' ? KPI766_SOURCE : rule.methodSource;
    pauses = [...input.pauses, ...completed.map((s) => ({ from: Math.max(s.requestedAt, counting), to: s.completedAt }))];
    for (const s of completed) facts.push({ kind: 'pause', requestedAt: s.requestedAt, completedAt: s.completedAt, source, model, method: input.method });
  }

  let waiting: ClockResult['waiting'];
  if (outstanding !== undefined) {
    const close = closingRule(nationalOn(dayOf(zone, outstanding.requestedAt)));
    waiting = { since: outstanding.requestedAt, closesOnDay: dayOf(zone, outstanding.requestedAt) + close.days, days: close.days, source: close.source };
  }
  // Legal method with a supplement outstanding: the period has not restarted (or resumed) yet.
  if (outstanding !== undefined && input.method === 'legal') {
    return { deadline: undefined, waiting, violations, supplementFacts: facts, national, lastUsed: outstanding.requestedAt };
  }
  if (outstanding !== undefined) facts.push({ kind: 'judged-at-request', requestedAt: outstanding.requestedAt });

  // The extension checks read the due date before each extension from the steps.
  const steps: Step[] | undefined = trace ?? (input.extensions.length > 0 ? [] : undefined);
  const mark = steps?.length ?? 0;
  const deadline = periodDeadline(clock, start, input.period, input.extensions, pauses, steps);
  if (steps !== undefined) extensionViolations(national, input.extensions, steps.slice(mark), zone, violations);
  return { deadline, waiting, violations, supplementFacts: facts, national, lastUsed: Math.max(deadline, outstanding?.requestedAt ?? deadline) };
}

/** Where the dashboards' pause comes from. */
export const KPI766_SOURCE = 'QĐ 766/QĐ-TTg, phương pháp tính chỉ số 2.1: "Thời gian bổ sung hồ sơ" được trừ (nguồn thứ cấp — secondary)';

/** Extension violations: more than allowed, or requested later than the due date it extends − lead days. */
function extensionViolations(
  national: NationalRules,
  extensions: readonly ParsedExtension[],
  steps: readonly Step[],
  zone: DayClock['zone'],
  out: ViolationFact[],
): void {
  const { max, leadDays, source } = national.extension;
  if (source === undefined) return;
  if (max !== undefined) extensions.slice(max).forEach((_, i) => out.push({ code: 'REPEATED_EXTENSION', ordinal: max + i + 1, max, source }));
  if (leadDays === undefined) return;
  // The due day before each extension: the base step's, then each extension step's.
  let due: number | undefined;
  let n = 0;
  for (const step of steps) {
    if (step.code === 'PERIOD_DAYS' || step.code === 'PERIOD_HOURS') due = dueDayOf(zone, step.deadline);
    if (step.code !== 'EXTENSION_DAYS' && step.code !== 'EXTENSION_HOURS') continue;
    const ext = extensions[n];
    n += 1;
    if (ext?.requestedAt !== undefined && due !== undefined && dayOf(zone, ext.requestedAt) > due - leadDays) {
      out.push({ code: 'EXTENSION_NOTICE_LATE', ordinal: n, requestedAt: ext.requestedAt, dueDay: due, leadDays, source });
    }
    due = step.code === 'EXTENSION_DAYS' ? step.dueDay : dueDayOf(zone, step.deadline);
  }
}
