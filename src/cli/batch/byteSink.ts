/**
 * The output of `batch` as UTF-8 bytes, written straight into buffers of {@link CHUNK} bytes and
 * handed to the stream a buffer at a time, waiting for the reader when it asks. A row evaluated on
 * the fast path is put into room reserved once for its whole line by the `put…` writers (keys and
 * fixed texts copied at once, plain values and digits byte by byte, other text by the encoder):
 * no string is made of a row's pieces only to be encoded and dropped. Other lines come as text.
 *
 * @module
 */
import type { Output } from '../io.js';
import { writeAll } from '../io.js';

/** The size of the buffers handed to the stream. */
export const CHUNK = 1 << 16;

/** Text up to this length is copied by a loop when it is ASCII; longer text goes to the encoder at once. */
const SHORT = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** UTF-8 bytes collected in buffers, then written in order. */
export class ByteSink {
  #buf: Buffer;
  #pos = 0;
  readonly #done: Buffer[] = [];

  constructor(private readonly out: Output) {
    this.#buf = Buffer.allocUnsafe(CHUNK);
  }

  /** Room for `n` more bytes in the current buffer (the full one goes to the queue). */
  #room(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    if (this.#pos > 0) this.#done.push(this.#buf.subarray(0, this.#pos));
    this.#buf = Buffer.allocUnsafe(Math.max(CHUNK, n));
    this.#pos = 0;
  }

  /** Any text, as UTF-8 (as `Buffer.from(text, 'utf8')` writes it). */
  text(text: string): void {
    this.#room(3 * text.length); // at most 3 bytes per UTF-16 unit
    this.#pos = putText(this.#buf, this.#pos, text);
  }

  /**
   * Room for `n` more bytes at once, for a writer that fills them itself with the `put…`
   * functions below: the buffer, to be written from {@link at}; the writer then sets `at` past
   * what it wrote (at most `n` bytes). A row is written this way: one check of room for the whole
   * row, not one per piece.
   */
  reserve(n: number): Buffer {
    this.#room(n);
    return this.#buf;
  }

  /** Where the next byte goes in the buffer {@link reserve} gave. */
  get at(): number {
    return this.#pos;
  }

  set at(pos: number) {
    this.#pos = pos;
  }

  /** Whether buffers are waiting to be written. */
  get full(): boolean {
    return this.#done.length > 0;
  }

  /** Writes what was collected, waiting for the reader when it asks. */
  async flush(): Promise<void> {
    if (this.#pos > 0) {
      this.#done.push(this.#buf.subarray(0, this.#pos));
      this.#buf = Buffer.allocUnsafe(CHUNK);
      this.#pos = 0;
    }
    for (const piece of this.#done.splice(0)) await writeAll(this.out, piece);
  }
}

// The writers: each puts its bytes into `buf` from `at` (the caller has made room for them) and
// returns where the next byte goes.

/** Bytes, copied at once (fewer instructions than a loop, even for a few bytes). */
export function putBytes(buf: Buffer, at: number, bytes: Uint8Array): number {
  buf.set(bytes, at);
  return at + bytes.length;
}

/** A whole number 0 or more below 10^`width`, as `width` digits (zeros in front). */
export function putDigits(buf: Buffer, at: number, n: number, width: number): number {
  for (let i = at + width - 1; i >= at; i--) {
    const q = Math.floor(n / 10);
    buf[i] = 48 + n - q * 10;
    n = q;
  }
  return at + width;
}

/** A whole number 0 or more (below 2^53), as `String` writes it (at most 16 bytes). */
export function putInteger(buf: Buffer, at: number, n: number): number {
  let width = 1;
  for (let p = 10; p <= n; p *= 10) width++;
  return putDigits(buf, at, n, width);
}

/** Text as UTF-8 (at most 3 bytes per UTF-16 unit): short ASCII text byte by byte, the rest by the encoder. */
export function putText(buf: Buffer, at: number, text: string): number {
  const n = text.length;
  if (n <= SHORT) {
    let pos = at;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) return at + buf.write(text, at);
      buf[pos++] = c;
    }
    return pos;
  }
  return at + buf.write(text, at);
}

/** The most bytes {@link putJson} writes for a text: 6 per UTF-16 unit (`\u001f`) and the quotes. */
export const jsonBound = (text: string): number => 6 * text.length + 2;

/** A string as `JSON.stringify` writes it (at most {@link jsonBound} bytes). */
export function putJson(buf: Buffer, at: number, text: string): number {
  const n = text.length;
  if (n <= SHORT) {
    let pos = at;
    buf[pos++] = QUOTE;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c >= 0x80 || c === QUOTE || c === BACKSLASH) break;
      buf[pos++] = c;
    }
    if (i === n) {
      buf[pos++] = QUOTE;
      return pos;
    }
  }
  // Not plain ASCII: what was written of it is written again.
  return at + buf.write(plainJson(text) ? `"${text}"` : JSON.stringify(text), at);
}

/** Whether JSON.stringify writes a string as it is between quotes: nothing to escape (a loop: cheaper than a regular expression on short texts). */
export function plainJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}
