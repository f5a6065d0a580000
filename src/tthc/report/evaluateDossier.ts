/**
 * `evaluateDossier`: one dossier record → its deadline, due date, status at `now`, margin,
 * violations and whether it rests on a provisional schedule, or a reasoned error with a path.
 * `summarize` and `vn-worktime batch` go through the same evaluation (`dossierRecord.ts`).
 *
 * @module
 */
import { Duration } from 'luxon';
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError } from '../../errors.js';
import type { WorktimeErrorCode } from '../../errors.js';
import { formatDay } from '../../time/civil.js';
import { toDateTime, toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone } from '../../time/zone.js';
import { isRecord } from '../../validation/check.js';
import type { Issue } from '../../validation/issue.js';
import { violationOf } from '../processing/clockText.js';
import type { ProcessingMethod } from '../processing/clock.js';
import { dossierIssue } from './dossierIssue.js';
import { evaluateRecord } from './dossierRecord.js';
import type { Dossier } from './dossierRecord.js';
import type { SlaStatusName } from '../processing/dossierStatus.js';
import { checkOptions } from '../../validation/check.js';
import { calendarOption } from '../options.js';
import { dueDayOf } from '../processing/days.js';
import { ruleSetOption } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';
import type { Channel } from '../types.js';
import type { Violation } from '../processing/violations.js';

/** Options of {@link evaluateDossier}. */
export interface EvaluateDossierOptions {
  /** The instant the status is taken at (required: nothing reads the clock). */
  now: InstantInput;
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /** `'legal'` (the law in force) or `'kpi766'` (the QĐ 766 dashboards). @defaultValue `'legal'` */
  method?: ProcessingMethod;
  /** The rule set. @defaultValue `'tay-ninh'` */
  rules?: RuleSetName;
}

/** A dossier evaluated. */
export interface DossierEvaluation {
  ok: true;
  id?: string;
  channel: Channel;
  /** `null` while a supplement is outstanding (legal method). */
  deadline: DateTime | null;
  dueDate: string | null;
  /** The SLA status at `now`, or `'waiting'` while the applicant has not completed a requested supplement. */
  status: SlaStatusName | 'waiting';
  /** Working time from the completion (or `now`) to the deadline; `null` while waiting. */
  margin: Duration | null;
  violations: Violation[];
  provisional: boolean;
}

/**
 * A dossier that cannot be evaluated, and why: the {@link Issue} of the record (docs/errors.md) —
 * `code`, `path` in the record (`'channel'`, `'supplements[1].completedAt'`, `'dossier'` for the
 * record itself) and `message: { vi, en }` — with `ok: false` and the record's `id`.
 */
export interface DossierError extends Issue<WorktimeErrorCode> {
  ok: false;
  id?: string;
}

/** The error of a record, in the words `summarize` and `vn-worktime batch` also use. */
function errorOf(e: WorktimeError, record: unknown, id: string | undefined): DossierError {
  const issue = dossierIssue(e, isRecord(record) ? record : undefined);
  const out: DossierError = id === undefined ? { ok: false, code: e.code, path: issue.path, message: issue.message } : { ok: false, id, code: e.code, path: issue.path, message: issue.message };
  return out;
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Evaluates one dossier record: its deadline (given, or computed from `acceptedAt` + `period`
 * with `pauses`, `supplements` and `extensions` as {@link processingDeadline} computes it), its
 * due date, its status at `now` as {@link slaStatus} gives it (`'waiting'` while a requested
 * supplement is outstanding under the legal method), the working-time margin, the violations of
 * the procedure and whether it rests on a provisional schedule. Under `method: 'kpi766'` the
 * QĐ 766 rules apply: supplements pause the clock, a dossier waiting for the applicant is judged
 * at the request, and more than one request to supplement makes it late.
 *
 * A record that cannot be read gives `{ ok: false, id?, code, path, message: { vi, en } }` — its
 * {@link Issue}, worded as `summarize` and `vn-worktime batch` word it (docs/errors.md); it never
 * throws for a bad record. Bad options throw `WorktimeError`.
 *
 * @example
 * const e = evaluateDossier({ id: 'HS-1', channel: 'online', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 },
 *   supplements: [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }] }, { now: '2026-03-10T09:00' });
 * e.ok && e.dueDate;                 //=> '2026-03-16'
 * e.ok && e.status;                  //=> 'in-progress'
 * evaluateDossier({ channel: 'fax', deadline: '2026-03-16' }, { now: '2026-03-10T09:00' });
 * //=> { ok: false, code: 'INVALID_ARGUMENT', path: 'channel',
 * //     message: { vi: 'trường channel "fax" không phải là một kênh: online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính)',
 * //                en: 'field channel "fax" is not a channel: online, direct, postal (or Trực tuyến, Trực tiếp, Bưu chính)' } }
 */
export function evaluateDossier(dossier: Dossier, options: EvaluateDossierOptions): DossierEvaluation | DossierError {
  const opts = checkOptions(options, ['now', 'calendar', 'method', 'rules'], 'evaluateDossier');
  if (opts['now'] === undefined) {
    throw new WorktimeError('INVALID_ARGUMENT', 'Expected `now` in the options of evaluateDossier: the instant the status is taken at (it never reads the clock)', { options }, 'now');
  }
  const calendar = calendarOption(opts['calendar'], 'evaluateDossier');
  const zone = CompiledZone.get(calendar.zone);
  const method = opts['method'];
  if (method !== undefined && method !== 'legal' && method !== 'kpi766') {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`method\` to be 'legal' or 'kpi766', got ${JSON.stringify(method)}`, { method }, 'method');
  }
  const rules = ruleSetOption(opts['rules']);
  const now = toEpoch(opts['now'], zone, 'now');
  const id = idOf(dossier);
  try {
    const e = evaluateRecord(dossier, { clock: { calendar, zone }, now, method: (method as ProcessingMethod | undefined) ?? 'legal', rules, margin: true });
    const out: DossierEvaluation = {
      ok: true,
      channel: e.channel,
      deadline: e.deadline === undefined ? null : toDateTime(e.deadline, zone),
      dueDate: e.deadline === undefined ? null : formatDay(dueDayOf(zone, e.deadline)),
      status: e.status,
      margin: e.margin === undefined ? null : Duration.fromMillis(e.margin),
      violations: e.violations.map((v) => violationOf(v, zone)),
      provisional: e.provisional,
    };
    if (id !== undefined) out.id = id;
    return out;
  } catch (error) {
    if (error instanceof WorktimeError) return errorOf(error, dossier, id);
    throw error;
  }
}
