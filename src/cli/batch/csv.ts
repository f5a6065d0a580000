/**
 * CSV in constant memory (RFC 4180, read leniently): records are parsed from text chunks as they
 * arrive and handed on one by one, synchronously; written one line at a time.
 *
 * Reading: fields separated by `,` (or `;`, as spreadsheets write it in locales with a decimal
 * comma: the separator is chosen from the first line), records by LF, CRLF or CR; a field in
 * double quotes may hold separators, quotes (doubled) and line breaks; a byte-order mark is
 * skipped; blank lines are skipped. A quote inside an unquoted field is kept as it is.
 *
 * A broken record never ends the reading: a record longer than the limit ({@link MAX_RECORD}
 * characters) is reported with its line and skipped to the end of its line; a quote that never
 * closes (within the limit, or before the end of the input) makes the line it opens on an error,
 * and the lines after it are read again one by one (a quote then closes at the end of its line at
 * the latest), so no other line is lost. Reading costs at most twice the input's length.
 *
 * @module
 */
import { FileError } from '../errors.js';
import { msg } from '../messages.js';
import type { Msg } from '../messages.js';

/** One record and the line it starts on (1-based). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
  /** The separator of the file, `,` or `;`. */
  readonly separator: ',' | ';';
}

/** The longest record read, in characters (1 MiB of text). */
export const MAX_RECORD = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The separator of a CSV text, from its first line: `;` when it has semicolons and no commas. */
export function detectSeparator(firstLine: string): ',' | ';' {
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

/** The fields of one line alone: a quote left open closes at the line's end. */
function lineFields(text: string, separator: number): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let closedQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        field += text.slice(start, i);
        start = i + 1;
        inQuotes = false;
        closedQuote = true;
      }
      continue;
    }
    if (c === QUOTE) {
      field += text.slice(start, i);
      start = i + 1;
      if (closedQuote) field += '"';
      inQuotes = closedQuote || field === '';
      if (!inQuotes) field += '"';
      closedQuote = false;
      continue;
    }
    closedQuote = false;
    if (c === separator) {
      fields.push(field + text.slice(start, i));
      field = '';
      start = i + 1;
    }
  }
  fields.push(field + text.slice(start));
  return fields;
}

/**
 * Reads CSV text fed in chunks: each record goes to `onRecord` as soon as it is complete, each
 * broken one to `onError` with the line it starts on (see the module's documentation).
 */
export class CsvReader {
  #separatorText: ',' | ';' | undefined;
  #separator = 44;
  #fields: string[] = [];
  #field = '';
  #length = 0; // characters of the record's finished fields
  #inQuotes = false;
  #closedQuote = false; // the last character closed a quoted section: a quote now is a doubled one
  #afterCR = false; // the last character was a CR: an LF now ends nothing more
  #line = 1;
  #recordLine = 1;
  #first = true;
  #skipping = false; // discarding the rest of an over-long unquoted line
  /** The raw text of the record from its start, from earlier chunks (read again if a quote never closes). */
  #raw: string[] = [];
  #check: ((fields: readonly string[]) => Msg | undefined) | undefined;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onError: (error: FileError, line: number) => void,
    private readonly maxRecord = MAX_RECORD,
  ) {}

  /** Reads one more chunk. */
  push(chunk: string): void {
    if (this.#first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      if (chunk === '') return;
      this.#first = false;
    }
    if (this.#separatorText === undefined) {
      this.#separatorText = detectSeparator(/^[^\r\n]*/.exec(chunk)?.[0] ?? '');
      this.#separator = this.#separatorText.charCodeAt(0);
    }
    this.#read(chunk);
  }

  /** The end of the input: the last record, or the error of a quote left open. */
  end(): void {
    if (this.#inQuotes) {
      const line = this.#recordLine;
      this.#recover(msg(`thiếu dấu nháy đóng cho trường bắt đầu ở dòng ${line}`, `Expected a closing quote for the field that starts on line ${line}`), true);
      return;
    }
    if (this.#skipping) return;
    if (this.#field !== '' || this.#fields.length > 0) {
      const stray = this.#strayText(this.#field);
      if (stray !== undefined) {
        this.#recover(stray, true);
        return;
      }
      this.#fields.push(this.#field);
      this.#emit();
    }
  }

  /** Forgets the record being read (a new array only for one that was used: most records never use them). */
  #clear(): void {
    if (this.#fields.length !== 0) this.#fields = [];
    this.#field = '';
    this.#length = 0;
    if (this.#raw.length !== 0) this.#raw = [];
  }

  #emit(): void {
    const fields = this.#fields;
    this.#fields = [];
    this.#clear();
    if (fields.length === 1 && fields[0] === '') return; // a blank line
    this.onRecord({ fields, line: this.#recordLine, separator: this.#separatorText ?? ',' });
  }

  /**
   * A quote did not close: the record's first line is an error, the lines after it are read one
   * by one; at the end of the input, the last line too, else it starts the next record.
   */
  #recover(message: Msg, atEnd: boolean): void {
    const raw = this.#raw.join('');
    const line = this.#recordLine;
    this.#clear();
    this.#inQuotes = false;
    this.#closedQuote = false;
    this.onError(new FileError('INVALID_CSV', message), line);
    const lines = raw.split(/\r\n|\r|\n/);
    if (!atEnd && lines.length === 1) {
      this.#skipping = true; // one line so far: the rest of it goes with it
      return;
    }
    const last = atEnd ? undefined : lines.pop();
    this.#line = line;
    for (let k = 1; k < lines.length; k++) {
      this.#line++;
      const text = lines[k] as string;
      if (text !== '') this.onRecord({ fields: lineFields(text, this.#separator), line: this.#line, separator: this.#separatorText ?? ',' });
    }
    if (atEnd) return;
    this.#line++;
    this.#recordLine = this.#line;
    this.#afterCR = raw.endsWith('\r');
    if (last !== undefined && last !== '') this.#read(last);
  }

  /**
   * When the record being ended (its fields so far, then `last`) spans several lines and the
   * check finds it wrong, most likely a stray quote joined them: the message saying so, else
   * `undefined`. A record on one line costs nothing here.
   */
  #strayText(last: string): Msg | undefined {
    if (this.#check === undefined || this.#line === this.#recordLine) return undefined;
    const reason = this.#check([...this.#fields, last]);
    if (reason === undefined) return undefined;
    const [from, to] = [this.#recordLine, this.#line];
    return msg(
      `${reason.vi} trong một bản ghi trải từ dòng ${from} đến ${to} (dấu nháy lạc?): các dòng sau dòng đầu được đọc riêng`,
      `${reason.en} in a record over lines ${from}–${to} (a stray quote?): the lines after its first are read on their own`,
    );
  }

  /**
   * From now on, a record over several lines that `check` finds wrong (it says why, e.g. not the
   * header's number of fields) is taken for lines joined by a stray quote, and read again line by
   * line. A record on one line is never checked.
   */
  checkJoined(check: (fields: readonly string[]) => Msg | undefined): void {
    this.#check = check;
  }

  #limitText(quoted: boolean): Msg {
    const max = this.maxRecord.toLocaleString('en-US');
    const line = this.#recordLine;
    const text = msg(`bản ghi CSV từ dòng ${line} dài quá ${max} ký tự`, `Expected CSV records of at most ${max} characters, got a longer one from line ${line}`);
    return quoted ? msg(`${text.vi} (trong dấu nháy: các dòng sau dòng đầu được đọc riêng)`, `${text.en} (in quotes: the lines after its first are read on their own)`) : text;
  }

  #read(chunk: string): void {
    const separator = this.#separator;
    let start = 0; // where the pending run of plain characters of this chunk starts
    let recordStart = 0; // where the current record starts in this chunk
    let nextQuote = -1; // the next quote at or after i (-1: not looked for yet), chunk.length if none
    let nextCR = -1; // the same for CR
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      // A whole line with no quote and no lone CR, at the start of a record: split at once.
      if (i === recordStart && c !== LF && !this.#inQuotes && !this.#skipping && this.#field === '' && this.#fields.length === 0) {
        const lf = chunk.indexOf('\n', i);
        if (lf >= 0 && lf - i <= this.maxRecord) {
          if (nextQuote < i) nextQuote = chunk.indexOf('"', i) >>> 0; // none: 2^32 - 1
          if (nextCR < i) nextCR = chunk.indexOf('\r', i) >>> 0;
          if (nextQuote > lf && (nextCR > lf || nextCR === lf - 1)) {
            const end = nextCR === lf - 1 ? lf - 1 : lf;
            const fields: string[] = [];
            for (let from = i; ; ) {
              const sep = chunk.indexOf(this.#separatorText as string, from);
              if (sep < 0 || sep >= end) {
                fields.push(chunk.slice(from, end));
                break;
              }
              fields.push(chunk.slice(from, sep));
              from = sep + 1;
            }
            // The record's state is already clear (no field, no length), but for text kept of an earlier chunk.
            if (this.#raw.length !== 0) this.#raw = [];
            if (fields.length !== 1 || fields[0] !== '') this.onRecord({ fields, line: this.#recordLine, separator: this.#separatorText ?? ',' });
            this.#line++;
            this.#recordLine = this.#line;
            this.#afterCR = false;
            this.#closedQuote = false;
            start = recordStart = lf + 1;
            i = lf;
            continue;
          }
        }
      }
      if (this.#skipping) {
        if (c !== LF && c !== CR) continue;
        this.#skipping = false;
        this.#afterCR = c === CR;
        this.#line++;
        this.#recordLine = this.#line;
        start = recordStart = i + 1;
        continue;
      }
      if (this.#inQuotes) {
        if (c === QUOTE) {
          this.#field += chunk.slice(start, i);
          start = i + 1;
          this.#inQuotes = false;
          this.#closedQuote = true;
        } else if (c === LF) this.#line++;
        continue;
      }
      const wasCR = this.#afterCR;
      this.#afterCR = c === CR;
      if (c === QUOTE) {
        this.#field += chunk.slice(start, i);
        start = i + 1;
        if (this.#closedQuote) this.#field += '"';
        this.#inQuotes = this.#closedQuote || this.#field === '';
        if (!this.#inQuotes) this.#field += '"';
        this.#closedQuote = false;
        continue;
      }
      this.#closedQuote = false;
      if (c === separator) {
        const value = this.#field + chunk.slice(start, i);
        this.#length += value.length + 1;
        this.#fields.push(value);
        this.#field = '';
        start = i + 1;
      } else if (c === LF || c === CR) {
        const value = this.#field + chunk.slice(start, i);
        const from = recordStart;
        start = recordStart = i + 1;
        if (c === LF && wasCR) continue; // the LF of a CRLF
        const stray = this.#strayText(value);
        if (this.#length + value.length > this.maxRecord || stray !== undefined) {
          // Over the limit within one chunk (as when the limit is found at a chunk's end), or a
          // stray quote that joined lines into a record of the wrong width.
          this.#raw.push(chunk.slice(from, i));
          this.#recover(stray ?? this.#limitText(this.#line > this.#recordLine), true);
          this.#afterCR = c === CR;
          this.#line++;
          this.#recordLine = this.#line;
          continue;
        }
        this.#fields.push(value);
        this.#emit();
        this.#line++;
        this.#recordLine = this.#line;
      }
    }
    if (this.#skipping) return;
    this.#field += chunk.slice(start);
    if (recordStart < chunk.length) this.#raw.push(chunk.slice(recordStart));
    if (this.#length + this.#field.length <= this.maxRecord) return;
    if (this.#inQuotes) {
      this.#recover(this.#limitText(true), false);
      return;
    }
    this.onError(new FileError('INVALID_CSV', this.#limitText(false)), this.#recordLine);
    this.#clear();
    this.#skipping = true;
  }
}

/**
 * The records of a CSV text given in chunks (a broken record throws its error).
 *
 * @throws FileError `INVALID_CSV` for a quote that never closes or a record over the limit.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, maxRecord = MAX_RECORD): AsyncGenerator<CsvRecord> {
  let records: CsvRecord[] = [];
  const reader = new CsvReader(
    (record) => records.push(record),
    (error) => {
      throw error;
    },
    maxRecord,
  );
  for await (const chunk of chunks) {
    try {
      reader.push(chunk);
    } finally {
      yield* records;
      records = [];
    }
  }
  reader.end();
  yield* records;
}

const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** What a spreadsheet would run as a formula: a cell starting with `=`, `+`, `-`, `@`, a tab or a CR. */
const FORMULA = /^[=+\-@\t\r]/;
/** A plain number (`-3.5`, `+84`), which starts like a formula but is only a number. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A cell as a spreadsheet may safely open it: one that would run as a formula gets a `'` in front
 * (shown as text), unless it is a plain number.
 */
export function safeCell(value: string): string {
  return FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** One CSV line (with its line break), quoting only the fields that need it; with `safe`, cells go through {@link safeCell}. */
export function csvLine(values: readonly string[], separator = ',', safe = false): string {
  return `${values
    .map((v) => {
      const cell = safe ? safeCell(v) : v;
      return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(separator)}\n`;
}
