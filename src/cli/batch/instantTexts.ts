/**
 * The instants and days `batch` writes, as luxon's `toISO()` and `formatDay` write them, without
 * luxon and without building the date part again for each row: the text of a day
 * (`2026-03-16`) and of an offset (`+07:00`) are kept once seen as bytes, the time of day is
 * written digit by digit ({@link InstantTexts.putIso}; `iso` and `dueDate` read back what is
 * written). Rare instants (an offset of zero or with seconds, years outside 1000–9999) are left
 * to {@link isoText}, which hands them to luxon.
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
  /** The `YYYY-MM-DD` of the days seen, as UTF-8 (copying bytes costs less than encoding a text again). */
  readonly #dayBytes = new Map<number, Buffer>();
  #lastDay = Number.NaN;
  #lastDayBytes: Buffer = Buffer.alloc(0);
  /** The `+07:00` of the offsets seen (in ms), as UTF-8. */
  readonly #offsetBytes = new Map<number, Buffer>();
  #lastOffsetMs = Number.NaN;
  #lastOffsetBytes: Buffer = Buffer.alloc(0);

  constructor(private readonly zone: CompiledZone) {}

  /** The due date of a deadline (`dueDayOf`), as `YYYY-MM-DD` (the text {@link putDueDate} writes). */
  dueDate(epoch: number): string {
    return SCRATCH.toString('latin1', 0, this.putDueDate(SCRATCH, 0, epoch));
  }

  /** `formatDay(day)` as UTF-8 bytes, kept once seen (most rows of a run fall on days seen before). */
  dayBytes(day: number): Buffer {
    if (day === this.#lastDay) return this.#lastDayBytes;
    let bytes = this.#dayBytes.get(day);
    if (bytes === undefined) {
      bytes = Buffer.from(formatDay(day), 'utf8');
      if (this.#dayBytes.size >= MAX_DAYS) this.#dayBytes.clear();
      this.#dayBytes.set(day, bytes);
    }
    this.#lastDay = day;
    this.#lastDayBytes = bytes;
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
    return putBytes(buf, pos, this.#offset(offsetMs));
  }

  /** `+07:00` of an offset in whole minutes, as UTF-8 (most instants of a run have the offset of the one before). */
  #offset(offsetMs: number): Buffer {
    if (offsetMs === this.#lastOffsetMs) return this.#lastOffsetBytes;
    let bytes = this.#offsetBytes.get(offsetMs);
    if (bytes === undefined) {
      const abs = Math.abs(offsetMs / 60_000);
      bytes = Buffer.from(`${offsetMs < 0 ? '-' : '+'}${TWO[Math.floor(abs / 60)] ?? String(Math.floor(abs / 60))}:${TWO[abs % 60] as string}`, 'utf8');
      this.#offsetBytes.set(offsetMs, bytes);
    }
    this.#lastOffsetMs = offsetMs;
    this.#lastOffsetBytes = bytes;
    return bytes;
  }
}
