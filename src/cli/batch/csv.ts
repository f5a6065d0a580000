/**
 * CSV in constant memory (RFC 4180, read leniently): records are parsed from a stream of text
 * chunks as they arrive, and written one line at a time.
 *
 * Reading: fields separated by `,` (or `;`, as spreadsheets write it in locales with a decimal
 * comma: the separator is chosen from the first line), records by LF or CRLF; a field in double
 * quotes may hold separators, quotes (doubled) and line breaks; a byte-order mark is skipped;
 * blank lines are skipped. A quote inside an unquoted field is kept as it is.
 *
 * @module
 */
import { FileError } from '../errors.js';

/** One record and the line it starts on (1-based). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
  /** The separator of the file, `,` or `;`. */
  readonly separator: ',' | ';';
}

/** A record longer than this is not CSV we can stream (most likely an unclosed quote). */
const MAX_RECORD = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The separator of a CSV text, from its first line: `;` when it has semicolons and no commas. */
export function detectSeparator(firstLine: string): ',' | ';' {
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

/**
 * The records of a CSV text given in chunks.
 *
 * @throws FileError `INVALID_CSV` for a record longer than 1 MiB (an unclosed quote).
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let separatorText: ',' | ';' | undefined;
  let separator: number | undefined;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let closedQuote = false; // the last character closed a quoted section: a quote now is a doubled one
  let afterCR = false; // the last character was a CR: an LF now ends nothing more
  let line = 1;
  let recordLine = 1;
  let first = true;

  for await (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    separatorText ??= detectSeparator(chunk.split('\n', 1)[0] ?? '');
    separator ??= separatorText.charCodeAt(0);
    let start = 0; // where the pending run of plain characters of this chunk starts
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (c === QUOTE) {
          field += chunk.slice(start, i);
          start = i + 1;
          inQuotes = false;
          closedQuote = true;
        } else if (c === LF) line++;
        continue;
      }
      const wasCR = afterCR;
      afterCR = c === CR;
      if (c === QUOTE) {
        field += chunk.slice(start, i);
        start = i + 1;
        if (closedQuote) field += '"';
        inQuotes = closedQuote || field === '';
        if (!inQuotes) field += '"';
        closedQuote = false;
        continue;
      }
      closedQuote = false;
      if (c === separator) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
      } else if (c === LF || c === CR) {
        field += chunk.slice(start, i);
        start = i + 1;
        if (c === LF && wasCR) continue; // the LF of a CRLF
        line++;
        fields.push(field);
        const blank = fields.length === 1 && field === '';
        const record: CsvRecord = { fields, line: recordLine, separator: separatorText };
        fields = [];
        field = '';
        recordLine = line;
        if (!blank) yield record;
      }
    }
    field += chunk.slice(start);
    if (field.length + fields.length > MAX_RECORD) {
      throw new FileError('INVALID_CSV', `Expected CSV records under 1 MiB, got a longer one from line ${recordLine} (an unclosed quote?)`);
    }
  }
  if (inQuotes) throw new FileError('INVALID_CSV', `Expected a closing quote for the field that starts on line ${recordLine}`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, line: recordLine, separator: separatorText ?? ',' };
  }
}

const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** One CSV line (with its line break), quoting only the fields that need it. */
export function csvLine(values: readonly string[], separator = ','): string {
  return `${values.map((v) => (NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(separator)}\n`;
}
