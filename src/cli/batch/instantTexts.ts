/**
 * The instants and days `batch` writes, as luxon's `toISO()` and `formatDay` write them, without
 * luxon and without building the date part again for each row: the text of a day
 * (`2026-03-16`) and of an offset (`+07:00`) are kept once seen as bytes, the time of day is
 * written digit by digit ({@link InstantTexts.putIso}; `iso` reads back what it writes). Rare instants (an offset of zero or with seconds,
 * years outside 1000–9999) are left to {@link isoText}, which hands them to luxon.
 *
 * @module
 */
import { DAY_MS, formatDay } from '../../time/civil.js';
import { MAX_DAY, MIN_DAY, isoText } from '../../time/instant.js';
import type { CompiledZone } from '../../time/zone.js';
import { putBytes, putDigits, putText } from './byteSink.js';
import { dueDayOf } from '../../tthc/processing/days.js';

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
/**
 * The most bytes {@link InstantTexts.putIso} writes: `2026-02-27T17:00:00.000+07:00` is 29; luxon's
 * text of the rare instants it is left (a six-digit year, an offset with seconds) stays below 48.
 */
export const ISO_BOUND = 48;
/** Where {@link InstantTexts.iso} writes its text before reading it back (ASCII: one byte a character). */
const SCRATCH = Buffer.alloc(ISO_BOUND);
/** How many day texts are kept (a run over centuries of days stays bounded). */
const MAX_DAYS = 1 << 14;

/** The ISO texts of instants and days in one zone. */
export class InstantTexts {
  readonly #days = new Map<number, string>();
  readonly #offsets = new Map<number, string>();
  #lastOffsetMs = Number.NaN;
  #lastOffset: string | undefined;
  #lastDay = Number.NaN;
  #lastDayText = '';
  readonly #dayBytes = new Map<number, Buffer>();
  #lastBytesDay = Number.NaN;
  #lastBytes: Buffer = Buffer.alloc(0);
  /** The offset texts as UTF-8 bytes. */
  readonly #offsetBytes = new Map<string, Buffer>();

  constructor(private readonly zone: CompiledZone) {}

  /** `YYYY-MM-DD` of a day number. */
  day(day: number): string {
    if (day === this.#lastDay) return this.#lastDayText;
    let text = this.#days.get(day);
    if (text === undefined) {
      text = formatDay(day);
      if (this.#days.size >= MAX_DAYS) this.#days.clear();
      this.#days.set(day, text);
    }
    this.#lastDay = day;
    this.#lastDayText = text;
    return text;
  }

  /** The due date of a deadline (`dueDayOf`), as `YYYY-MM-DD`. */
  dueDate(epoch: number): string {
    return this.day(dueDayOf(this.zone, epoch));
  }

  /** {@link day} as UTF-8 bytes (kept as the texts are: copying bytes costs less than encoding a text again). */
  dayBytes(day: number): Buffer {
    if (day === this.#lastBytesDay) return this.#lastBytes;
    let bytes = this.#dayBytes.get(day);
    if (bytes === undefined) {
      bytes = Buffer.from(this.day(day), 'utf8');
      if (this.#dayBytes.size >= MAX_DAYS) this.#dayBytes.clear();
      this.#dayBytes.set(day, bytes);
    }
    this.#lastBytesDay = day;
    this.#lastBytes = bytes;
    return bytes;
  }

  /** Puts {@link dueDate} as UTF-8 into `buf` from `at` (10 bytes, or more for a year past 9999): where the next byte goes. */
  putDueDate(buf: Buffer, at: number, epoch: number): number {
    return putBytes(buf, at, this.dayBytes(dueDayOf(this.zone, epoch)));
  }

  /** `toDateTime(epoch, zone).toISO()`: `2026-02-27T17:00:00.000+07:00` (the text {@link putIso} writes). */
  iso(epoch: number): string {
    return SCRATCH.toString('latin1', 0, this.putIso(SCRATCH, 0, epoch));
  }

  /**
   * Puts {@link iso} of an instant as UTF-8 into `buf` from `at` (at most {@link ISO_BOUND}
   * bytes), the time of day digit by digit: where the next byte goes.
   */
  putIso(buf: Buffer, at: number, epoch: number): number {
    const local = this.zone.toLocal(epoch);
    const offsetMs = local - epoch;
    const day = Math.floor(local / DAY_MS);
    if (offsetMs === 0 || offsetMs % 60_000 !== 0 || day < MIN_DAY || day > MAX_DAY) return putText(buf, at, isoText(epoch, this.zone));
    const offset = this.#offset(offsetMs);
    const t = local - day * DAY_MS;
    const sec = Math.floor(t / 1000);
    let pos = putBytes(buf, at, this.dayBytes(day));
    buf[pos++] = 0x54; // T
    pos = putDigits(buf, pos, Math.floor(sec / 3600), 2);
    buf[pos++] = 0x3a; // :
    pos = putDigits(buf, pos, Math.floor(sec / 60) % 60, 2);
    buf[pos++] = 0x3a;
    pos = putDigits(buf, pos, sec % 60, 2);
    buf[pos++] = 0x2e; // .
    pos = putDigits(buf, pos, t % 1000, 3);
    let bytes = this.#offsetBytes.get(offset);
    if (bytes === undefined) {
      bytes = Buffer.from(offset, 'utf8');
      this.#offsetBytes.set(offset, bytes);
    }
    return putBytes(buf, pos, bytes);
  }

  /** `+07:00` of an offset in whole minutes (most instants of a run have the offset of the one before). */
  #offset(offsetMs: number): string {
    let offset = offsetMs === this.#lastOffsetMs ? this.#lastOffset : this.#offsets.get(offsetMs);
    if (offset === undefined) {
      const abs = Math.abs(offsetMs / 60_000);
      offset = `${offsetMs < 0 ? '-' : '+'}${TWO[Math.floor(abs / 60)] ?? String(Math.floor(abs / 60))}:${TWO[abs % 60] as string}`;
      this.#offsets.set(offsetMs, offset);
    }
    this.#lastOffsetMs = offsetMs;
    this.#lastOffset = offset;
    return offset;
  }
}
