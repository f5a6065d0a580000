/**
 * One dossier record → its deadline, due date, status, margin, violations and whether it rests on a
 * provisional schedule, on epoch milliseconds: the one implementation behind `evaluateDossier`,
 * `summarize` and `vn-worktime batch` (docs/domain.md §7, §9, §10). Nothing here builds a luxon
 * object or an explanation text.
 *
 * @module
 */
import { describe } from '../../errors.js';
import { invalidAt } from '../../validation/check.js';
import { toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { dossierClock } from '../processing/clock.js';
import type { ProcessingMethod, ViolationFact } from '../processing/clock.js';
import { deadlineEpoch, statusOf } from '../processing/dossierStatus.js';
import type { SlaStatusName } from '../processing/dossierStatus.js';
import type { DayClock } from '../processing/days.js';
import { parseExtensions, parsePauses, parsePeriod, parseSupplements } from '../processing/input.js';
import type { Extension, Pause, Period, Supplement } from '../processing/input.js';
import { provisionalYearsBetween } from '../provisional.js';
import type { RuleSetName } from '../rulesInForce.js';
import type { Channel } from '../types.js';

/**
 * A dossier as `evaluateDossier`, `summarize` and `vn-worktime batch` read it: its channel and
 * either its `deadline` or `acceptedAt` + `period` (with `pauses`, `supplements`, `extensions`)
 * to compute it; `completedAt` once settled. `null` counts as absent.
 */
export interface Dossier {
  /** An identifier, repeated in results and in `invalid` to find a record. */
  id?: string;
  /** trực tuyến, trực tiếp, bưu chính công ích. */
  channel: Channel;
  /** The deadline (hạn giải quyết, Ngày hẹn trả); a date alone means the close of working hours that day. */
  deadline?: InstantInput | null;
  /** When the province's TTHC system received the dossier (NgayTiepNhan); the QĐ 766 online rate counts receipts in the period. */
  receivedAt?: InstantInput | null;
  /** When the dossier was accepted; with `period`, the deadline is computed as `processingDeadline` does. */
  acceptedAt?: InstantInput | null;
  /** The processing period, with `acceptedAt`. */
  period?: Period | null;
  /** Pauses of the clock, with `acceptedAt` and `period`. */
  pauses?: Pause[] | null;
  /** Requests to supplement and the complete resubmissions (NĐ 118/2025, Điều 19 khoản 5). */
  supplements?: Supplement[] | null;
  /** Extensions, with `acceptedAt` and `period`. */
  extensions?: Extension[] | null;
  /** When the dossier was settled (NgayKetThucXuLy); absent while in progress. */
  completedAt?: InstantInput | null;
  /** The dossier's components were digitised (files attached) — QĐ 766 indicator 4.2. */
  digitized?: boolean | null;
  /** The procedure issues a paper result. */
  paperResult?: boolean | null;
  /** An electronic result was issued. */
  electronicResult?: boolean | null;
}

/** A dossier evaluated, on epoch milliseconds. */
export interface Evaluated {
  readonly channel: Channel;
  /** `undefined` while a supplement is outstanding under the legal method. */
  readonly deadline: number | undefined;
  readonly status: SlaStatusName | 'waiting';
  /** Working time from the completion (or `now`) to the deadline; `undefined` while waiting, or when not asked for. */
  readonly margin: number | undefined;
  readonly violations: readonly ViolationFact[];
  readonly provisional: boolean;
  /** When the dossier came in: `receivedAt`, else `acceptedAt`; `undefined` for a record with a deadline alone. */
  readonly received: number | undefined;
  readonly completed: number | undefined;
  /** The instant the QĐ 766 method takes as the end of processing when the dossier is still open: an outstanding request. */
  readonly judgedAt: number | undefined;
  /** More than one request to supplement (late under QĐ 766). */
  readonly repeatedSupplement: boolean;
  readonly digitized: boolean;
  readonly paperResult: boolean;
  readonly electronicResult: boolean;
  /** The kpi766 deadline (pauses for supplements), for the QĐ 766 indicators. */
  readonly kpiDeadline: number;
}

const present = (value: unknown): boolean => value !== undefined && value !== null;

function flag(r: Record<string, unknown>, name: string): boolean {
  const value = r[name];
  if (!present(value)) return false;
  if (typeof value !== 'boolean') throw invalidAt(`Expected \`${name}\` to be true or false, got ${describe(value)}`, name, value);
  return value;
}

/** How to evaluate: the instant the status is taken at, the method and the rule set. */
export interface EvaluateContext {
  readonly clock: DayClock;
  readonly now: number;
  readonly method: ProcessingMethod;
  readonly rules: RuleSetName;
  /** Whether to measure `margin` (a summary does not need it). */
  readonly margin: boolean;
}

/**
 * Evaluates one record.
 *
 * @throws WorktimeError with a `path` for any record that cannot be read (see `Dossier`).
 */
export function evaluateRecord(record: unknown, ctx: EvaluateContext): Evaluated {
  const { clock, now } = ctx;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw invalidAt(`Expected the dossier to be an object { channel, deadline | acceptedAt + period, completedAt? }, got ${describe(record)}`, 'dossier', record);
  }
  const r = record as Record<string, unknown>;
  const channel = r['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal') {
    throw invalidAt(`Expected \`channel\` to be 'online', 'direct' or 'postal', got ${describe(channel)}`, 'channel', channel);
  }
  const hasPeriod = present(r['period']);
  const adjusted = present(r['pauses']) || present(r['extensions']);
  const accepted = present(r['acceptedAt']) ? toEpoch(r['acceptedAt'], clock.zone, 'acceptedAt') : undefined;
  const receivedAt = present(r['receivedAt']) ? toEpoch(r['receivedAt'], clock.zone, 'receivedAt') : undefined;

  let deadline: number | undefined;
  let kpiDeadline: number;
  let violations: readonly ViolationFact[] = [];
  let outstanding: number | undefined;
  let requests = 0;
  if (present(r['deadline'])) {
    if (hasPeriod || adjusted) {
      throw invalidAt('Expected either `deadline` or `acceptedAt` + `period` (with `pauses`, `extensions`), not both', 'deadline', r['deadline']);
    }
    deadline = deadlineEpoch(r['deadline'], clock, 'deadline');
    if (accepted !== undefined && deadline < accepted) {
      throw invalidAt(`Expected \`deadline\` not before \`acceptedAt\`, got ${describe(r['deadline'])} and ${describe(r['acceptedAt'])}`, 'deadline', r['deadline']);
    }
    // A given appointment (Ngày hẹn trả) already holds every adjustment; supplements say only whether one is outstanding.
    const supplements = present(r['supplements']) ? parseSupplements(r['supplements'], clock.zone, accepted ?? Number.NEGATIVE_INFINITY) : [];
    requests = supplements.length;
    outstanding = supplements.find((s) => s.completedAt === undefined)?.requestedAt;
    kpiDeadline = deadline;
    if (outstanding !== undefined && ctx.method === 'legal') deadline = undefined;
  } else {
    if (accepted === undefined || !hasPeriod) {
      throw invalidAt('Expected a `deadline`, or `acceptedAt` and `period` to compute it', present(r['acceptedAt']) ? 'period' : 'acceptedAt', r['acceptedAt']);
    }
    const period = parsePeriod(r['period']);
    const extensions = present(r['extensions']) ? parseExtensions(r['extensions'], 'extensions', clock.zone) : [];
    const pauses = present(r['pauses']) ? parsePauses(r['pauses'], clock.zone) : [];
    const supplements = present(r['supplements']) ? parseSupplements(r['supplements'], clock.zone, accepted) : [];
    requests = supplements.length;
    outstanding = supplements.find((s) => s.completedAt === undefined)?.requestedAt;
    // Written out, not spread from a shared object: a spread per record halved the speed of summarize.
    const legal = dossierClock(clock, { acceptedAt: accepted, period, extensions, pauses, supplements, rules: ctx.rules, method: ctx.method });
    violations = legal.violations;
    deadline = legal.deadline;
    kpiDeadline =
      ctx.method === 'kpi766' || supplements.length === 0
        ? (legal.deadline as number)
        : (dossierClock(clock, { acceptedAt: accepted, period, extensions, pauses, supplements, rules: ctx.rules, method: 'kpi766' }).deadline as number);
  }

  let completed: number | undefined;
  if (present(r['completedAt'])) {
    completed = toEpoch(r['completedAt'], clock.zone, 'completedAt');
    if (accepted !== undefined && completed < accepted) {
      throw invalidAt(`Expected \`completedAt\` not before \`acceptedAt\`, got ${describe(r['completedAt'])} and ${describe(r['acceptedAt'])}`, 'completedAt', r['completedAt']);
    }
  }
  const digitized = flag(r, 'digitized');
  const paperResult = flag(r, 'paperResult');
  const electronicResult = flag(r, 'electronicResult');

  let status: SlaStatusName | 'waiting';
  let margin: number | undefined;
  const settled = completed !== undefined && completed <= now;
  if (deadline === undefined) {
    status = 'waiting';
  } else if (ctx.method === 'kpi766' && requests > 1) {
    // QĐ 766: more than one request to supplement counts as late.
    status = settled ? 'late' : 'overdue';
    if (ctx.margin) margin = clock.calendar.epoch.workingTimeBetween(settled ? (completed as number) : now, deadline);
  } else {
    // QĐ 766 judges a dossier still waiting for the applicant at the request.
    const end = ctx.method === 'kpi766' && outstanding !== undefined && !settled ? outstanding : completed;
    status = statusOf(clock, deadline, end, now);
    if (ctx.margin) margin = clock.calendar.epoch.workingTimeBetween(status === 'in-progress' || status === 'overdue' ? now : (end as number), deadline);
  }
  const from = receivedAt ?? accepted ?? deadline ?? kpiDeadline;
  const to = Math.max(deadline ?? outstanding ?? kpiDeadline, completed ?? now);
  return {
    channel,
    deadline,
    status,
    margin,
    violations,
    provisional: provisionalYearsBetween(clock.calendar, clock.zone, Math.min(from, to), to).length > 0,
    received: receivedAt ?? accepted,
    completed,
    judgedAt: outstanding,
    repeatedSupplement: requests > 1,
    digitized,
    paperResult,
    electronicResult,
    kpiDeadline,
  };
}
