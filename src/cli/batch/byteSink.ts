/**
 * The output of `batch` as UTF-8 bytes, written straight into buffers of {@link CHUNK} bytes and
 * handed to the stream a buffer at a time, waiting for the reader when it asks. A row's short
 * pieces (keys, plain values, digits) are copied byte by byte, longer or non-ASCII text goes
 * through the encoder: no string is made of a row's pieces only to be encoded and dropped (that,
 * and collecting the garbage, cost a row more than building it).
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
    const n = text.length;
    this.#room(3 * n); // at most 3 bytes per UTF-16 unit
    const buf = this.#buf;
    let pos = this.#pos;
    if (n <= SHORT) {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) {
          this.#pos += buf.write(text, this.#pos);
          return;
        }
        buf[pos++] = c;
      }
      this.#pos = pos;
      return;
    }
    this.#pos += buf.write(text, pos);
  }

  /** Bytes (a piece kept encoded: a key, a fixed text). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.#room(n);
    const buf = this.#buf;
    let pos = this.#pos;
    if (n <= SHORT) for (let i = 0; i < n; i++) buf[pos++] = bytes[i] as number;
    else {
      buf.set(bytes, pos);
      pos += n;
    }
    this.#pos = pos;
  }

  /** One ASCII character. */
  byte(c: number): void {
    this.#room(1);
    this.#buf[this.#pos++] = c;
  }

  /** A whole number 0 or more below 10^`width`, as `width` digits (zeros in front). */
  digits(n: number, width: number): void {
    this.#room(width);
    const buf = this.#buf;
    const pos = this.#pos;
    for (let i = pos + width - 1; i >= pos; i--) {
      const q = Math.floor(n / 10);
      buf[i] = 48 + n - q * 10;
      n = q;
    }
    this.#pos = pos + width;
  }

  /** A whole number 0 or more (below 2^53), as `String` writes it. */
  integer(n: number): void {
    let width = 1;
    for (let p = 10; p <= n; p *= 10) width++;
    this.digits(n, width);
  }

  /**
   * A string as JSON writes it: between quotes, escaped only when it has what `JSON.stringify`
   * escapes (a control character, a quote, a backslash, a lone surrogate).
   */
  json(text: string): void {
    const n = text.length;
    if (n <= SHORT) {
      this.#room(n + 2);
      const buf = this.#buf;
      let pos = this.#pos;
      buf[pos++] = QUOTE;
      let i = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 || c >= 0x80 || c === QUOTE || c === BACKSLASH) break;
        buf[pos++] = c;
      }
      if (i === n) {
        buf[pos++] = QUOTE;
        this.#pos = pos;
        return;
      }
    }
    // Not plain ASCII: what was written of it is written again.
    this.text(plainJson(text) ? `"${text}"` : JSON.stringify(text));
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

/** Whether JSON.stringify writes a string as it is between quotes: nothing to escape (a loop: cheaper than a regular expression on short texts). */
export function plainJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}
