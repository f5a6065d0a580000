/**
 * One row of `batch` → a dossier record, evaluated and counted by the library's own evaluator and
 * tally (`evaluateRecord`, `SummaryTally`, as `evaluateDossier` and `summarize` use them): the
 * command line only reads its input forms — Vietnamese dates (`13/03/2026 20:00`), the period as
 * `workingDays` / `workingHours` columns, JSON arrays in CSV cells, yes/no flags — and prints.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { invalidAt } from '../../validation/check.js';
import type { IssueText } from '../../validation/issue.js';
import type { Evaluated } from '../../tthc/report/dossierRecord.js';
import type { SlaStatusName } from '../../tthc/processing/dossierStatus.js';
import type { SummaryTally } from '../../tthc/report/summarize.js';
import type { Channel } from '../../tthc/types.js';
import { fromVietnameseForm } from '../values.js';
import { channelWord, compactInstant } from './columns.js';
import type { InstantTexts } from './instantTexts.js';

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A dossier evaluated, or the error that made it invalid. */
export type Outcome =
  | {
      readonly ok: true;
      readonly channel: Channel;
      /** ISO 8601; `null` while a supplement is outstanding (the period restarts when it is completed). */
      readonly deadline: string | null;
      readonly dueDate: string | null;
      readonly status: SlaStatusName | 'waiting';
      readonly marginMs: number | null;
      /** A day used lies in a year whose civil-service schedule is provisional. */
      readonly provisional: boolean;
      /** The codes of the procedural rules broken (e.g. `REPEATED_SUPPLEMENT`). */
      readonly violations: readonly string[];
    }
  /** A bad row: its issue (docs/errors.md), the path in the input's names. */
  | { readonly ok: false; readonly code: string; readonly path: string; readonly message: IssueText };

/** A dossier evaluated. */
export type Ok = Extract<Outcome, { ok: true }>;

/** A row whose dossier could not be read (`record` undefined) or evaluated: the error, in the library's terms, for `RowErrors` to word. */
export interface Failure {
  readonly ok: false;
  readonly error: WorktimeError;
  readonly record: Readonly<Record<string, unknown>> | undefined;
}

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** An instant field: a Vietnamese-form or ISO string, or epoch milliseconds. */
function instant(value: unknown): unknown {
  return typeof value === 'string' ? fromVietnameseForm(value) : value;
}

/** The value of a text of 1 to 15 ASCII digits (what `Number` reads of it), else -1: most amounts, without a regular expression. */
function digitsValue(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function amount(value: unknown, name: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const digits = digitsValue(value);
    if (digits >= 0) return digits;
    const n = NUMBER_RE.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (Number.isFinite(n)) return n;
    throw new WorktimeError('INVALID_NUMBER', `Expected ${name} to be a number such as 5, got ${describe(value)}`, { [name]: value }, name);
  }
  throw new WorktimeError('INVALID_NUMBER', `Expected ${name} to be a number, got ${describe(value)}`, { [name]: value }, name);
}

/** A JSON field given as text in a CSV cell (`supplements`, `extensions`, `pauses`), or as it is. */
function structured(value: unknown, name: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw invalidAt(`Expected ${name} to be a JSON array such as [{"requestedAt":"2026-03-04T10:00","completedAt":"2026-03-09T14:00"}], got ${describe(value)}`, name, value);
  }
}

const YES = new Set(['true', '1', 'yes', 'có', 'co', 'x']);
const NO = new Set(['false', '0', 'no', 'không', 'khong', '']);

/** A yes/no column (`digitized`, `paperResult`, `electronicResult`). */
function yesNo(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof text === 'string' && YES.has(text)) return true;
  if (typeof text === 'string' && NO.has(text)) return false;
  throw invalidAt(`Expected ${name} to be true or false (có / không, 1 / 0), got ${describe(value)}`, name, value);
}

const INSTANTS = ['deadline', 'receivedAt', 'acceptedAt', 'completedAt'] as const;
const LISTS = ['pauses', 'extensions', 'supplements'] as const;
const FLAGS = ['digitized', 'paperResult', 'electronicResult'] as const;

/** The dossier record of a row, in the library's shape. */
export function recordOf(f: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  if (present(f['id'])) record['id'] = typeof f['id'] === 'string' ? f['id'] : String(f['id']);
  record['channel'] = f['channel'];
  for (const name of INSTANTS) if (present(f[name])) record[name] = instant(f[name]);
  for (const name of LISTS) if (present(f[name])) record[name] = structured(f[name], name);
  for (const name of FLAGS) if (present(f[name])) record[name] = yesNo(f[name], name);
  if (present(f['period'])) record['period'] = f['period'];
  const days = present(f['workingDays']) ? amount(f['workingDays'], 'workingDays') : undefined;
  const hours = present(f['workingHours']) ? amount(f['workingHours'], 'workingHours') : undefined;
  if (days !== undefined && hours !== undefined) throw invalidAt('Expected either workingDays or workingHours, not both', 'workingDays', days);
  if (record['period'] === undefined && days !== undefined) record['period'] = { workingDays: days };
  if (record['period'] === undefined && hours !== undefined) record['period'] = { workingHours: hours };
  return record;
}

/** Where each field a dossier is read from is in a CSV header (-1: no such column). */
export interface CsvColumns {
  readonly id: number;
  readonly channel: number;
  readonly deadline: number;
  readonly receivedAt: number;
  readonly acceptedAt: number;
  readonly completedAt: number;
  readonly pauses: number;
  readonly extensions: number;
  readonly supplements: number;
  readonly digitized: number;
  readonly paperResult: number;
  readonly electronicResult: number;
  readonly period: number;
  readonly workingDays: number;
  readonly workingHours: number;
}

/** The columns of a CSV header (its names as `readHeader` gives them: distinct) read without a column map. */
export function csvColumns(names: readonly string[]): CsvColumns {
  const at = (name: string): number => names.indexOf(name);
  return {
    id: at('id'),
    channel: at('channel'),
    deadline: at('deadline'),
    receivedAt: at('receivedAt'),
    acceptedAt: at('acceptedAt'),
    completedAt: at('completedAt'),
    pauses: at('pauses'),
    extensions: at('extensions'),
    supplements: at('supplements'),
    digitized: at('digitized'),
    paperResult: at('paperResult'),
    electronicResult: at('electronicResult'),
    period: at('period'),
    workingDays: at('workingDays'),
    workingHours: at('workingHours'),
  };
}

/** A trimmed CSV field, `undefined` when the column is absent or the field empty. */
const fieldAt = (fields: readonly string[], i: number): string | undefined => (i < 0 || fields[i] === '' ? undefined : fields[i]);

/**
 * A trimmed instant field as `dossierFields` and `recordOf` read it: compact or Vietnamese forms
 * to ISO (only a text of 8 or 14 characters can be a compact one: the others are not searched for
 * its separators).
 */
function instantText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return fromVietnameseForm(text.length === 8 || text.length === 14 ? (compactInstant(text) ?? text) : text);
}

/**
 * `recordOf(dossierFields(values, undefined).fields)` for the values of a CSV row (its trimmed
 * fields, empty ones absent) read without a column map, straight from the fields: the same record
 * (every field in one shape, absent ones `undefined`) and the same errors, in the same order,
 * without the row's object and its copies.
 */
export function csvRecordOf(fields: readonly string[], c: CsvColumns): Record<string, unknown> {
  const channel = fieldAt(fields, c.channel);
  const record = {
    id: fieldAt(fields, c.id),
    channel: channel === undefined ? undefined : (channelWord(channel) ?? channel),
    deadline: instantText(fieldAt(fields, c.deadline)),
    receivedAt: instantText(fieldAt(fields, c.receivedAt)),
    acceptedAt: instantText(fieldAt(fields, c.acceptedAt)),
    completedAt: instantText(fieldAt(fields, c.completedAt)),
    pauses: undefined as unknown,
    extensions: undefined as unknown,
    supplements: undefined as unknown,
    digitized: undefined as boolean | undefined,
    paperResult: undefined as boolean | undefined,
    electronicResult: undefined as boolean | undefined,
    period: fieldAt(fields, c.period) as unknown,
  };
  let text: string | undefined;
  if ((text = fieldAt(fields, c.pauses)) !== undefined) record.pauses = structured(text, 'pauses');
  if ((text = fieldAt(fields, c.extensions)) !== undefined) record.extensions = structured(text, 'extensions');
  if ((text = fieldAt(fields, c.supplements)) !== undefined) record.supplements = structured(text, 'supplements');
  if ((text = fieldAt(fields, c.digitized)) !== undefined) record.digitized = yesNo(text, 'digitized');
  if ((text = fieldAt(fields, c.paperResult)) !== undefined) record.paperResult = yesNo(text, 'paperResult');
  if ((text = fieldAt(fields, c.electronicResult)) !== undefined) record.electronicResult = yesNo(text, 'electronicResult');
  const daysText = fieldAt(fields, c.workingDays);
  const hoursText = fieldAt(fields, c.workingHours);
  const days = daysText === undefined ? undefined : amount(daysText, 'workingDays');
  const hours = hoursText === undefined ? undefined : amount(hoursText, 'workingHours');
  if (days !== undefined && hours !== undefined) throw invalidAt('Expected either workingDays or workingHours, not both', 'workingDays', days);
  if (record.period === undefined && days !== undefined) record.period = { workingDays: days };
  if (record.period === undefined && hours !== undefined) record.period = { workingHours: hours };
  return record;
}

/**
 * Evaluates a CSV row read without a map (see {@link csvRecordOf}) and counts it, as
 * {@link evaluateRow} does, but gives the evaluation itself (its instants in epoch milliseconds:
 * the line is written from them without an outcome object).
 */
export function evaluateCsvRow(fields: readonly string[], c: CsvColumns, tally: SummaryTally): Evaluated | Failure {
  let record: Record<string, unknown>;
  try {
    record = csvRecordOf(fields, c);
  } catch (error) {
    return unreadable(error, tally);
  }
  const e = tally.add(record);
  return e instanceof WorktimeError ? { ok: false, error: e, record } : e;
}

/** Whether an evaluation failed. */
export const isFailure = (e: Evaluated | Failure): e is Failure => (e as Partial<Failure>).ok === false;

/** A row that could not be read into a record: counted, and its error kept (anything but a `WorktimeError` is a bug). */
function unreadable(error: unknown, tally: SummaryTally): Failure {
  if (!(error instanceof WorktimeError)) throw error;
  tally.addUnreadable(() => error.issue);
  return { ok: false, error, record: undefined };
}

/** A record counted in `tally`, and its outcome or error. */
function evaluated(record: Record<string, unknown>, tally: SummaryTally, texts: InstantTexts): Ok | Failure {
  const e = tally.add(record);
  return e instanceof WorktimeError ? { ok: false, error: e, record } : outcomeOf(e, texts);
}

const NONE: readonly string[] = [];

/** The printable outcome of an evaluation (no luxon object: the texts are written from epoch milliseconds). */
function outcomeOf(e: Evaluated, texts: InstantTexts): Ok {
  const deadline = e.deadline;
  return {
    ok: true,
    channel: e.channel,
    deadline: deadline === undefined ? null : texts.iso(deadline),
    dueDate: deadline === undefined ? null : texts.dueDate(deadline),
    status: e.status,
    marginMs: e.margin ?? null,
    provisional: e.provisional,
    violations: e.violations.length === 0 ? NONE : e.violations.map((v) => v.code),
  };
}

/**
 * Evaluates one row and counts it in `tally`; a `WorktimeError` makes it invalid (counted too),
 * anything else is a bug and is thrown.
 */
export function evaluateRow(fields: Readonly<Record<string, unknown>>, tally: SummaryTally, texts: InstantTexts): Ok | Failure {
  let record: Record<string, unknown>;
  try {
    record = recordOf(fields);
  } catch (error) {
    return unreadable(error, tally);
  }
  return evaluated(record, tally, texts);
}
