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

/** The lines of a text given in chunks (without their line breaks), with their 1-based numbers. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<{ text: string; line: number }> {
  let pending = '';
  let line = 0;
  for await (const chunk of chunks) {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
  }
  if (pending !== '') yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, line: ++line };
}
