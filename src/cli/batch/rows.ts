/**
 * Rows of `batch` from CSV records or NDJSON lines, and back: the columns it reads, the ones it
 * adds, and one output line per row.
 *
 * @module
 */
import { msg, typed } from '../messages.js';
import type { Msg } from '../messages.js';
import { hoursNumber } from '../text.js';
import type { Lang } from '../text.js';
import type { Evaluated } from '../../tthc/report/dossierRecord.js';
import { jsonBound, plainJson, putBytes, putDigits, putInteger, putJson, putText } from './byteSink.js';
import type { ByteSink } from './byteSink.js';
import { csvLine } from './csv.js';
import type { CsvRecord } from './csv.js';
import type { Outcome } from './dossier.js';
import { ISO_BOUND } from './instantTexts.js';
import type { InstantTexts } from './instantTexts.js';

/** The columns (CSV) or fields (NDJSON) `batch` reads; others are passed through. */
export const INPUT_COLUMNS = ['id', 'channel', 'receivedAt', 'acceptedAt', 'workingDays', 'workingHours', 'deadline', 'completedAt'] as const;
/** The columns `batch` adds (`deadline` is replaced by the instant it stands for). */
export const OUTPUT_COLUMNS = ['deadline', 'dueDate', 'status', 'marginHours', 'provisional', 'violations', 'error'] as const;

/** One input row: its fields, its line, and why it could not be read as a row at all. */
export interface Row {
  readonly values: Readonly<Record<string, unknown>>;
  readonly line: number;
  readonly error?: { readonly code: string; readonly text: Msg };
}

const KNOWN = new Map<string, string>(INPUT_COLUMNS.map((c) => [c.toLowerCase(), c]));

/**
 * The columns `batch` adds and never reads: an input column or key of one of these names is kept
 * in the output as `<name> (input)`, beside the added one.
 */
const ADDED_ONLY: ReadonlySet<string> = new Set(OUTPUT_COLUMNS.filter((c) => c !== 'deadline'));

/** The name an input column or key named like an added one is written under. */
export const inputName = (name: string): string => `${name} (input)`;

/** The header of a CSV file as `batch` reads it, and what it had to rename to keep every column. */
export interface Header {
  /** One distinct name per column: the known names in their canonical case. */
  readonly names: string[];
  /** Names given to more than one column (`id (columns 1, 2)`): the first is read, each is kept under its own name (`id (2)`). */
  readonly duplicates: string[];
  /** Input columns named like added ones, kept as `status (input)`. */
  readonly kept: string[];
}

/** The header of a CSV file: known column names in their canonical case, every column kept under a name of its own. */
export function readHeader(fields: readonly string[]): Header {
  const names: string[] = [];
  const taken = new Set<string>();
  const seen = new Map<string, number[]>();
  const kept: string[] = [];
  fields.forEach((f, i) => {
    const given = f.trim();
    const canonical = KNOWN.get(given.toLowerCase()) ?? given;
    const at = seen.get(canonical);
    if (at === undefined) seen.set(canonical, [i + 1]);
    else at.push(i + 1);
    let name = canonical;
    if (ADDED_ONLY.has(name)) {
      kept.push(name);
      name = inputName(name);
    }
    if (taken.has(name)) {
      name = given !== canonical && !taken.has(given) ? given : name;
      for (let k = 2; taken.has(name); k++) name = `${canonical} (${k})`;
    }
    taken.add(name);
    names.push(name);
  });
  const duplicates = [...seen].filter(([, columns]) => columns.length > 1).map(([name, columns]) => `${name} (${columns.join(', ')})`);
  return { names, duplicates, kept };
}

/**
 * `values[name] = value`, also for a name such as `__proto__` that an assignment would not store
 * (a null-prototype object would, but reading and copying such objects costs several times more).
 */
export function setValue(values: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  else values[name] = value;
}

/** Whether `trim()` may remove a character of this code (a superset of what it removes: a cheap test first). */
const mayTrim = (c: number): boolean => c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;

/** Trims the fields of a CSV record in place, as rows read them (a cheap test first: most fields need nothing). */
export function trimFields(fields: string[]): void {
  for (let i = 0; i < fields.length; i++) {
    const value = fields[i] as string;
    if (value !== '' && (mayTrim(value.charCodeAt(0)) || mayTrim(value.charCodeAt(value.length - 1)))) fields[i] = value.trim();
  }
}

/** Whether a name is an array index, which an object lists before its other keys (so not in column order). */
const isIndex = (name: string): boolean => /^(0|[1-9]\d*)$/.test(name) && Number(name) < 2 ** 32 - 1;

/**
 * NDJSON lines of the evaluated rows of one CSV header, written from the record's trimmed fields.
 * Not for a header with a name that is an array index (an object would list it first).
 */
export class CsvLines {
  readonly #deadline: number;
  /** `"key":` of each column, as UTF-8. */
  readonly #keyBytes: Buffer[];

  private constructor(names: readonly string[]) {
    this.#keyBytes = names.map((name) => Buffer.from(keyText(name), 'utf8'));
    this.#deadline = names.indexOf('deadline');
  }

  /** The lines of a header's rows, or `undefined` when its rows must go through objects. */
  static of(names: readonly string[]): CsvLines | undefined {
    return names.some(isIndex) ? undefined : new CsvLines(names);
  }

  /**
   * Writes the line of a row evaluated as UTF-8: the bytes {@link ndjsonLine} writes for the row
   * {@link csvRow} would make of its fields and the outcome of the evaluation, put piece by piece
   * from the fields and the evaluation (no row object, no string of the line, no outcome object)
   * into room made once for the whole line. A row that fails goes through `ndjsonLine`.
   */
  write(sink: ByteSink, fields: readonly string[], e: Evaluated, texts: InstantTexts): void {
    const keys = this.#keyBytes;
    const at = this.#deadline;
    const violations = e.violations.length === 0 ? undefined : `,"provisional":${e.provisional ? 'true' : 'false'},"violations":${JSON.stringify(e.violations.map((v) => v.code))}}\n`;
    let bound = ADDED_BOUND + (violations === undefined ? 0 : 3 * violations.length);
    for (let i = 0; i < keys.length; i++) bound += (keys[i] as Buffer).length + jsonBound(fields[i] as string) + 1;
    const buf = sink.reserve(bound);
    let pos = sink.at;
    buf[pos++] = 0x7b; // {
    for (let i = 0; i < keys.length; i++) {
      const value = fields[i] as string;
      if (value === '') continue;
      pos = putBytes(buf, pos, keys[i] as Buffer);
      pos = i === at ? putDeadline(buf, pos, e.deadline, texts) : putJson(buf, pos, value);
      buf[pos++] = 0x2c; // ,
    }
    if (at < 0 || fields[at] === '') {
      pos = putBytes(buf, pos, DEADLINE_KEY);
      pos = putDeadline(buf, pos, e.deadline, texts);
      buf[pos++] = 0x2c;
    }
    sink.at = putAdded(buf, pos, e, texts, violations);
  }
}

const DEADLINE_KEY = Buffer.from('"deadline":');
const NULL = Buffer.from('null');
const DUE_NULL = Buffer.from('"dueDate":null');
const DUE_KEY = Buffer.from('"dueDate":"');
const TAIL_BYTES = Buffer.from(',"provisional":false,"violations":[]}\n');
const TAIL_PROVISIONAL_BYTES = Buffer.from(',"provisional":true,"violations":[]}\n');
/** `,"status":"<status>","marginHours":` of each status seen, as UTF-8. */
const STATUS_BYTES = new Map<string, Buffer>();
/** The most bytes a margin takes: `String` of a number is at most 25 characters (`-1.2345678901234567e+300`). */
export const HOURS_BOUND = 32;
/**
 * The most bytes of a line but its input fields and its violations: the deadline's key and
 * instant, the due date, the status, the margin and the tail.
 */
const ADDED_BOUND = 2 * ISO_BOUND + 64 + 48 + HOURS_BOUND + 48;

/** The deadline's value: its ISO instant in quotes, or `null`. */
function putDeadline(buf: Buffer, at: number, deadline: number | undefined, texts: InstantTexts): number {
  if (deadline === undefined) return putBytes(buf, at, NULL);
  buf[at] = 0x22;
  const end = texts.putIso(buf, at + 1, deadline);
  buf[end] = 0x22;
  return end + 1;
}

/**
 * Puts `String(hoursNumber(ms))` into `buf` from `at` (at most {@link HOURS_BOUND} bytes), digit by
 * digit: the hours are a whole number `k` of ten-thousandths, and a double that nearest to a
 * decimal of at most 15 digits is written by JavaScript as that decimal (its trailing zeros left
 * out). Larger margins go through `String`. Returns where the next byte goes.
 */
export function putHours(buf: Buffer, at: number, ms: number): number {
  const k = Math.round((ms / 3_600_000) * 10_000);
  if (!(Math.abs(k) < 1e15)) return putText(buf, at, String(hoursNumber(ms)));
  let a = k;
  let pos = at;
  if (a < 0) {
    buf[pos++] = 0x2d; // -
    a = -a;
  }
  const whole = Math.floor(a / 10_000);
  let fraction = a - whole * 10_000;
  pos = putInteger(buf, pos, whole);
  if (fraction === 0) return pos;
  buf[pos++] = 0x2e; // .
  let width = 4;
  while (fraction % 10 === 0) {
    fraction /= 10;
    width--;
  }
  return putDigits(buf, pos, fraction, width);
}

/** {@link addedText} of an evaluation as UTF-8 (`violations`: the tail when there are some), into `buf` from `at`: where the next byte goes. */
function putAdded(buf: Buffer, at: number, e: Evaluated, texts: InstantTexts, violations: string | undefined): number {
  let pos: number;
  if (e.deadline === undefined) pos = putBytes(buf, at, DUE_NULL);
  else {
    pos = putBytes(buf, at, DUE_KEY);
    pos = texts.putDueDate(buf, pos, e.deadline);
    buf[pos++] = 0x22;
  }
  let status = STATUS_BYTES.get(e.status);
  if (status === undefined) {
    status = Buffer.from(`,"status":"${e.status}","marginHours":`);
    STATUS_BYTES.set(e.status, status);
  }
  pos = putBytes(buf, pos, status);
  pos = e.margin === undefined ? putBytes(buf, pos, NULL) : putHours(buf, pos, e.margin);
  if (violations === undefined) return putBytes(buf, pos, e.provisional ? TAIL_PROVISIONAL_BYTES : TAIL_BYTES);
  return putText(buf, pos, violations);
}

/** A CSV record as a row; empty fields are absent. */
export function csvRow(header: readonly string[], record: CsvRecord): Row {
  const values: Record<string, unknown> = {};
  const fields = record.fields;
  const n = Math.min(header.length, fields.length);
  for (let i = 0; i < n; i++) {
    let value = fields[i] as string;
    if (value === '') continue;
    if (mayTrim(value.charCodeAt(0)) || mayTrim(value.charCodeAt(value.length - 1))) value = value.trim();
    if (value === '') continue;
    const name = header[i] as string;
    if (name === '__proto__') setValue(values, name, value);
    else values[name] = value;
  }
  if (fields.length === header.length) return { values, line: record.line };
  return {
    values,
    line: record.line,
    error: { code: 'INVALID_ROW', text: msg(`cần ${header.length} trường như dòng tiêu đề, có ${record.fields.length}`, `Expected ${header.length} fields as in the header, got ${record.fields.length}`) },
  };
}

/** How deep an NDJSON value may nest (objects and arrays). */
export const MAX_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max` (looked at without recursion). */
function tooDeep(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, depth] = item;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** An NDJSON line as a row, or `undefined` for a blank line. */
export function ndjsonRow(text: string, line: number): Row | undefined {
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { values: {}, line, error: { code: 'INVALID_JSON', text: msg(`dòng không phải là JSON: ${typed(text)}`, `Expected a JSON object (${(error as Error).message})`) } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      values: {},
      line,
      error: { code: 'INVALID_ARGUMENT', text: msg(`dòng ${typed(text)} không phải là một đối tượng JSON { channel, deadline | acceptedAt + workingDays, … }`, 'Expected a JSON object { channel, deadline | acceptedAt + workingDays, … }') },
    };
  }
  if (tooDeep(parsed, MAX_DEPTH)) {
    return { values: {}, line, error: { code: 'INVALID_JSON', text: msg(`đối tượng JSON lồng sâu quá ${MAX_DEPTH} mức`, `Expected a JSON object nested at most ${MAX_DEPTH} levels deep`) } };
  }
  return { values: parsed as Record<string, unknown>, line };
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A column's value, looking into an NDJSON `period` object for `workingDays` / `workingHours`. */
function inputCell(values: Readonly<Record<string, unknown>>, column: string): string {
  const period = values['period'];
  if (values[column] === undefined && (column === 'workingDays' || column === 'workingHours') && typeof period === 'object' && period !== null) {
    return cell((period as Record<string, unknown>)[column]);
  }
  return cell(values[column]);
}

/** Writes rows as CSV: the input columns, then those `batch` adds. */
export class CsvWriter {
  readonly columns: readonly string[];

  constructor(
    inputColumns: readonly string[],
    private readonly separator: ',' | ';' = ',',
    private readonly lang: Lang = 'en',
  ) {
    this.columns = [...inputColumns, ...OUTPUT_COLUMNS.filter((c) => !inputColumns.includes(c))];
  }

  header(): string {
    return csvLine(this.columns, this.separator, true);
  }

  row(row: Row, outcome: Outcome): string {
    return csvLine(
      this.columns.map((column) => {
        if (outcome.ok) {
          if (column === 'deadline') return outcome.deadline ?? '';
          if (column === 'dueDate') return outcome.dueDate ?? '';
          if (column === 'status') return outcome.status;
          if (column === 'marginHours') return outcome.marginMs === null ? '' : String(hoursNumber(outcome.marginMs));
          if (column === 'provisional') return outcome.provisional ? 'true' : 'false';
          if (column === 'violations') return outcome.violations.join(' ');
        } else if (column === 'error') return `${outcome.code}: ${outcome.message[this.lang]} (${this.lang === 'vi' ? 'dòng' : 'line'} ${row.line})`;
        return (OUTPUT_COLUMNS as readonly string[]).includes(column) && column !== 'deadline' ? '' : inputCell(row.values, column);
      }),
      this.separator,
      true,
    );
  }
}

/**
 * Writes rows as NDJSON: the input object with the fields `batch` adds, or with an `error` — the
 * same text as `JSON.stringify` of such an object (the input's `deadline` keeps its place and takes
 * the instant it stands for; an input key named like another added field is kept as
 * `<key> (input)`), written field by field: spreading a row into a new object and serialising that
 * costs several times more.
 */
export function ndjsonLine(row: Row, outcome: Outcome): string {
  if (!outcome.ok) return `${inputText(row.values, false)}"error":${JSON.stringify({ code: outcome.code, path: outcome.path, message: outcome.message, line: row.line })}}\n`;
  const deadline = outcome.deadline === null ? 'null' : `"${outcome.deadline}"`; // ISO 8601: nothing to escape
  const added = addedText(outcome);
  // The input's deadline, if any, keeps its place and takes the instant it stands for.
  return Object.hasOwn(row.values, 'deadline') ? `${inputText(row.values, true, deadline)}${added}` : `${inputText(row.values, false)}"deadline":${deadline},${added}`;
}

/** `,"status":"<status>","marginHours":` of each status seen (a handful). */
const STATUS_TEXTS = new Map<string, string>();
const TAIL = ',"provisional":false,"violations":[]}\n';
const TAIL_PROVISIONAL = ',"provisional":true,"violations":[]}\n';

/**
 * The fields batch adds after `deadline`, and the closing brace: a few pieces (a line is a rope of
 * its pieces until it is written, and copying a rope costs by its pieces more than by its length).
 */
function addedText(outcome: Extract<Outcome, { ok: true }>): string {
  let status = STATUS_TEXTS.get(outcome.status);
  if (status === undefined) {
    status = `,"status":"${outcome.status}","marginHours":`;
    STATUS_TEXTS.set(outcome.status, status);
  }
  const tail =
    outcome.violations.length === 0 ? (outcome.provisional ? TAIL_PROVISIONAL : TAIL) : `,"provisional":${outcome.provisional ? 'true' : 'false'},"violations":${JSON.stringify(outcome.violations)}}\n`;
  return (outcome.dueDate === null ? '"dueDate":null' : `"dueDate":"${outcome.dueDate}"`) + status + (outcome.marginMs === null ? 'null' : String(hoursNumber(outcome.marginMs))) + tail;
}

/** `"key":` of the keys seen (bounded: past the bound, keys are written without the cache). */
const KEY_TEXTS = new Map<string, string>();
const MAX_KEY_TEXTS = 1024;

function keyText(key: string): string {
  let text = KEY_TEXTS.get(key);
  if (text === undefined) {
    // A key named like a field batch adds (but deadline) is kept beside it, renamed.
    text = `${JSON.stringify(ADDED_ONLY.has(key) ? inputName(key) : key)}:`;
    if (KEY_TEXTS.size < MAX_KEY_TEXTS) KEY_TEXTS.set(key, text);
  }
  return text;
}

/** A string as JSON: quoted, escaped only when it has what JSON.stringify escapes. */
function stringText(value: string): string {
  return plainJson(value) ? `"${value}"` : JSON.stringify(value);
}

/**
 * `{` and the input's keys and values, each followed by a comma; with `replace`, the value of
 * `deadline` is `deadline`.
 */
function inputText(values: Readonly<Record<string, unknown>>, replace: boolean, deadline = ''): string {
  let out = '{';
  for (const key in values) {
    if (!Object.hasOwn(values, key)) continue;
    let text: string | undefined;
    if (replace && key === 'deadline') text = deadline;
    else {
      const value = values[key];
      text = typeof value === 'string' ? stringText(value) : JSON.stringify(value);
      if (text === undefined) continue;
    }
    out += `${keyText(key)}${text},`;
  }
  return out;
}
