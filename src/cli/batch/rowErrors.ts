/**
 * The error of a row of `batch` in the words of the person who wrote the file: in Vietnamese (or
 * English with `--lang en`), naming the input column (or NDJSON key) they wrote — as `--columns`
 * or the dvcqg preset maps it, e.g. `NgayTiepNhan` — and the value they typed, never a name
 * internal to the library. The words are the library's (`dossierIssue`, the same as
 * `evaluateDossier` and `summarize` give); this module only says which column each field was read
 * from. Only rows with an error build one.
 *
 * @module
 */
import type { WorktimeError } from '../../errors.js';
import { dossierIssue } from '../../tthc/report/dossierIssue.js';
import type { DossierNames } from '../../tthc/report/dossierIssue.js';
import { isRecord } from '../../validation/check.js';
import type { Msg } from '../messages.js';
import type { Lang } from '../text.js';
import type { ColumnMap, DossierField } from './columns.js';
import { renamed } from './columns.js';
import type { BatchFormat } from './input.js';

/** An error of a row: its stable code, its path (in the input's names) and its text in both languages. */
export interface RowError {
  readonly code: string;
  readonly path: string;
  readonly text: Msg;
}
const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** The errors of the rows of one run: how its columns are named (the format, the column map). */
export class RowErrors {
  /** The column map, once the run has decided (the dvcqg preset may be detected from the header). */
  map: ColumnMap | undefined;

  constructor(
    readonly lang: Lang,
    private readonly format: BatchFormat,
    map: ColumnMap | undefined,
  ) {
    this.map = map;
  }

  /** The text of an error in the run's language. */
  text(error: RowError): string {
    return error.text[this.lang];
  }

  /** `(dòng 3)` / `(line 3)`. */
  lineText(line: number): string {
    return this.lang === 'vi' ? `(dòng ${line})` : `(line ${line})`;
  }

  /**
   * The error of a row whose dossier could not be read or evaluated.
   *
   * @param values - the row's input values (under the input's own names).
   * @param record - the dossier record read from them, when it was read.
   */
  of(error: WorktimeError, values: Readonly<Record<string, unknown>>, record: Readonly<Record<string, unknown>> | undefined): RowError {
    const names = new ColumnNames(this.format, this.map, values, record);
    const issue = dossierIssue(error, record, names);
    return { code: issue.code, path: this.map === undefined ? issue.path : names.pathOf(issue.path), text: issue.message };
  }
}

/** The names of a row's fields: the input columns (or NDJSON keys) they were read from. */
class ColumnNames implements DossierNames {
  readonly #from: Partial<Record<DossierField, string>>;
  readonly kind: 'column' | 'field';
  readonly written = 'text';
  readonly periodFromAmounts: boolean;
  readonly channelCodes: string;

  constructor(
    format: BatchFormat,
    private readonly map: ColumnMap | undefined,
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly record: Readonly<Record<string, unknown>> | undefined,
  ) {
    this.#from = map === undefined ? {} : renamed(values, map).from;
    this.kind = format === 'csv' ? 'column' : 'field';
    this.periodFromAmounts = !present(values['period']) && this.#from.period === undefined;
    const table = map?.values.get('channel');
    this.channelCodes = table === undefined ? '' : `${[...table].map(([input, output]) => `${input} (${output})`).join(', ')}, `;
  }

  /** The input column (or key) a field is read from: the one it came from, else the one the user would write. */
  column(field: string): string {
    const from = this.#from[field as DossierField];
    if (from !== undefined) return from;
    const named = this.map?.shown?.get(field as DossierField);
    if (named !== undefined && !Object.hasOwn(this.values, field)) return named;
    if (field === 'period' && this.record !== undefined && this.record['period'] !== undefined && !present(this.values['period'])) {
      // period built from the workingDays / workingHours columns
      return this.column(present(this.values['workingHours']) && !present(this.values['workingDays']) ? 'workingHours' : 'workingDays');
    }
    return field;
  }

  /** A path of the record with its field under the input's name: `NgayTiepNhan`, `BoSung[1].completedAt`. */
  pathOf(path: string): string {
    const m = /^([A-Za-z]+)(.*)$/s.exec(path);
    if (m === null) return path;
    const [, top = '', rest = ''] = m;
    const amount = /^\.(workingDays|workingHours)$/.exec(rest);
    if (top === 'period' && amount !== null && this.periodFromAmounts) return this.column(amount[1] as string);
    return `${this.column(top)}${rest}`;
  }

  /** The value of the input column a field is read from. */
  inputValue(field: string): unknown {
    const column = this.column(field);
    if (Object.hasOwn(this.values, column)) return this.values[column];
    const period = this.values['period'];
    if ((field === 'workingDays' || field === 'workingHours') && isRecord(period)) return period[field];
    return undefined;
  }
}
