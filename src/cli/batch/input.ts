/**
 * The input of `batch`: text chunks from a file or standard input, and its format — forced with
 * `--format`, else from the file's extension, else from its first non-blank character (`{` for
 * NDJSON).
 *
 * @module
 */
import { extname } from 'node:path';

/** The formats `batch` reads and writes. */
export type BatchFormat = 'csv' | 'ndjson';

/** Text chunks of a byte or text stream, decoded as UTF-8 across chunk boundaries. */
export async function* textChunks(stream: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The format of a file by its extension, if it tells. */
export function formatOfPath(path: string): BatchFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl' || ext === '.json') return 'ndjson';
  return undefined;
}

/**
 * Reads ahead to the first non-blank character to tell the format, and gives back the whole
 * input (nothing is lost or read twice).
 */
export async function sniff(chunks: AsyncIterable<string>, known: BatchFormat | undefined): Promise<{ format: BatchFormat; chunks: AsyncIterable<string> }> {
  if (known !== undefined) return { format: known, chunks };
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let format: BatchFormat = 'csv';
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    seen.push(next.value);
    const first = /[^\s\uFEFF]/.exec(next.value);
    if (first !== null) {
      format = first[0] === '{' ? 'ndjson' : 'csv';
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { format, chunks: replay() };
}

/** The longest line read, in characters (1 MiB of text). */
export const MAX_LINE = 1 << 20;

/**
 * Reads a text fed in chunks line by line (LF or CRLF; the line breaks are not given): each line
 * goes to `onLine` with its 1-based number as soon as it is complete; a line longer than the limit
 * goes to `onLong` with its number and is skipped to its end. Each character is looked at once.
 */
export class LineReader {
  #pending: string[] = [];
  #length = 0;
  #line = 0;
  #skipping = false;
  #first = true;

  constructor(
    private readonly onLine: (text: string, line: number) => void,
    private readonly onLong: (line: number) => void,
    private readonly maxLine = MAX_LINE,
  ) {}

  /** Reads one more chunk (a byte-order mark at the start of the text is skipped). */
  push(chunk: string): void {
    if (this.#first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      if (chunk === '') return;
      this.#first = false;
    }
    let start = 0;
    for (;;) {
      const lf = chunk.indexOf('\n', start);
      if (lf < 0) break;
      this.#line++;
      if (this.#skipping) this.#skipping = false;
      else if (this.#length + lf - start > this.maxLine) {
        this.onLong(this.#line);
      } else {
        let text = chunk.slice(start, lf);
        if (this.#pending.length > 0) {
          this.#pending.push(text);
          text = this.#pending.join('');
        }
        this.onLine(text.endsWith('\r') ? text.slice(0, -1) : text, this.#line);
      }
      this.#pending = [];
      this.#length = 0;
      start = lf + 1;
    }
    if (start >= chunk.length || this.#skipping) return;
    this.#pending.push(start === 0 ? chunk : chunk.slice(start));
    this.#length += chunk.length - start;
    if (this.#length > this.maxLine) {
      this.onLong(this.#line + 1);
      this.#pending = [];
      this.#length = 0;
      this.#skipping = true;
    }
  }

  /** The end of the text: its last line, if it has no line break. */
  end(): void {
    if (this.#skipping || this.#pending.length === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#length = 0;
    this.onLine(text.endsWith('\r') ? text.slice(0, -1) : text, ++this.#line);
  }
}
