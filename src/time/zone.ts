/**
 * Compiled time zones: the offsets of an IANA zone, found once per ~year with `Intl` and then
 * answered by a lookup, so that converting between wall-clock and exact time costs about what
 * a fixed offset costs. A {@link CompiledZone} is also a luxon `Zone`, so DateTimes built on it
 * keep the zone's IANA name.
 *
 * @module
 */
import { IANAZone, Zone } from 'luxon';
import type { ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';
import { DAY_MS } from './civil.js';
import { WorktimeError, assert, describe } from '../errors.js';

const MINUTE_MS = 60_000;
/** Size of an offset bucket: 2^35 ms, about 398 days. */
const BUCKET_MS = 2 ** 35;
/** Sampling step inside a bucket; transitions closer together than this may merge. */
const SAMPLE_MS = 7 * DAY_MS;
/**
 * Offsets are asked for instants within this distance of the epoch only: a little inside the
 * range of a JavaScript Date (±8.64e15 ms), where `Intl` still answers. An instant beyond it gets
 * the offset at the bound, so that no computation here ever sees an invalid Date, a NaN offset
 * or a step that does not move (`t + SAMPLE_MS === t`).
 */
const SAFE_MS = 8.64e15 - 2 * DAY_MS;

const clamp = (epoch: number): number => (epoch > SAFE_MS ? SAFE_MS : epoch < -SAFE_MS ? -SAFE_MS : epoch);

interface Bucket {
  /** Epoch ms of each transition in this bucket, ascending. */
  readonly at: number[];
  /** Offsets in ms: `offsets[0]` before the first transition, `offsets[i + 1]` after `at[i]`. */
  readonly offsets: number[];
}

/** The offsets of one zone, shared by every spelling of its name. */
interface Offsets {
  readonly iana: IANAZone;
  readonly buckets: Map<number, Bucket>;
}

/**
 * The zone's identifier as `Intl` resolves it (case and links: `asia/saigon` and
 * `Asia/Ho_Chi_Minh` are both `Asia/Saigon`), or `undefined` for a name it does not know.
 */
function resolveZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function invalidZone(name: unknown): WorktimeError {
  return new WorktimeError('INVALID_ZONE', `Expected \`zone\` to be an IANA time zone name such as 'Asia/Ho_Chi_Minh', got ${describe(name)}`, { zone: name });
}

/**
 * An IANA zone with compiled offsets. Instances are shared per zone name; the offsets are shared
 * per zone, whatever the spelling of its name. Offsets are in milliseconds.
 */
export class CompiledZone extends Zone<true> {
  readonly #name: string;
  readonly #iana: IANAZone;
  readonly #buckets: Map<number, Bucket>;

  private constructor(name: string, offsets: Offsets) {
    super();
    this.#name = name;
    this.#iana = offsets.iana;
    this.#buckets = offsets.buckets;
  }

  /**
   * Returns the shared compiled zone for a name, or throws `INVALID_ZONE`. A name that differs
   * from the zone's identifier only in case is written as the identifier (`asia/tokyo` →
   * `Asia/Tokyo`); another spelling (a link such as `Asia/Ho_Chi_Minh`) is kept as given. At most
   * {@link SPELLINGS} spellings are remembered, and one table of offsets per zone.
   */
  static get(name: unknown): CompiledZone {
    if (typeof name !== 'string') throw invalidZone(name);
    const cached = cache.get(name);
    if (cached) return cached;
    // A blank name, or one too long to be a zone, is not asked to Intl.
    const id = name.trim() === '' || name.length > 256 ? undefined : resolveZone(name);
    if (id === undefined) throw invalidZone(name);
    let offsets = tables.get(id);
    if (offsets === undefined) {
      offsets = { iana: IANAZone.create(id), buckets: new Map() };
      tables.set(id, offsets);
    }
    const zone = new CompiledZone(name.toLowerCase() === id.toLowerCase() ? id : name, offsets);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache only saves work: cleared or kept, the same zones come out
    if (cache.size >= SPELLINGS) cache.clear();
    cache.set(name, zone);
    return zone;
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.#name;
  }

  get ianaName(): string {
    return this.#name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, opts: ZoneOffsetOptions): string {
    // Stryker disable next-line StringLiteral: Intl names the offset of every valid zone; the fallback only satisfies the type
    return this.#iana.offsetName(ts, opts) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#iana.formatOffset(ts, format);
  }

  /** Offset in minutes at an epoch instant (luxon's `Zone` contract). */
  override offset(ts: number): number {
    // luxon's own zones answer NaN for an invalid instant, and luxon turns it into an invalid DateTime.
    if (!Number.isFinite(ts)) return Number.NaN;
    return this.offsetMs(ts) / MINUTE_MS;
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.#name;
  }

  override get isValid(): true {
    return true;
  }

  /** Offset in milliseconds at an epoch instant. */
  offsetMs(epoch: number): number {
    assert(Number.isFinite(epoch), 'offsets are asked for finite instants only');
    epoch = clamp(epoch);
    const index = Math.floor(epoch / BUCKET_MS);
    const { at, offsets } = this.#buckets.get(index) ?? this.#bucket(index);
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end `at[i]` is undefined and `epoch >= undefined` is false, so the loop stops there anyway
    while (i < at.length && epoch >= (at[i] as number)) i++;
    return offsets[i] as number;
  }

  /** Epoch instants of the offset transitions in `(from, to]`, ascending. */
  transitionsBetween(from: number, to: number): number[] {
    const found: number[] = [];
    for (let b = Math.floor(clamp(from) / BUCKET_MS); b <= Math.floor(clamp(to) / BUCKET_MS); b++) {
      const bucket = this.#buckets.get(b) ?? this.#bucket(b);
      for (const t of bucket.at) if (t > from && t <= to) found.push(t);
    }
    return found;
  }

  /**
   * The offset in ms if it is the same everywhere in `[from, to]` (epoch ms), else `undefined`.
   * The fast path of day arithmetic: no allocation, one or two bucket lookups.
   */
  fixedOffsetBetween(from: number, to: number): number | undefined {
    const offset = this.offsetMs(from);
    for (let b = Math.floor(clamp(from) / BUCKET_MS); b <= Math.floor(clamp(to) / BUCKET_MS); b++) {
      const bucket = this.#buckets.get(b) ?? this.#bucket(b);
      // A bucket starts with the offset the previous one ends with (both sampled at its first
      // instant - 1), so checking the transitions is enough.
      for (const t of bucket.at) if (t > from && t <= to) return undefined;
    }
    return offset;
  }

  /** Wall-clock milliseconds at an epoch instant. */
  toLocal(epoch: number): number {
    return epoch + this.offsetMs(epoch);
  }

  /**
   * The epoch instant of a wall-clock time, resolved as luxon resolves it: a time inside a gap
   * moves forward by the gap, a repeated time takes the earlier instant.
   */
  toEpoch(local: number): number {
    const before = this.offsetMs(local - DAY_MS);
    const after = this.offsetMs(local + DAY_MS);
    if (before === after) {
      const e = local - before;
      if (this.offsetMs(e) === before) return e;
    }
    let best = Number.POSITIVE_INFINITY;
    for (const o of [before, after, this.offsetMs(local)]) {
      const e = local - o;
      // Stryker disable next-line EqualityOperator: replacing the best by an equal instant changes nothing
      if (this.offsetMs(e) === o && e < best) best = e;
    }
    if (best !== Number.POSITIVE_INFINITY) return best;
    return local - Math.min(before, after);
  }

  #bucket(index: number): Bucket {
    const bucket = this.#compile(index);
    this.#buckets.set(index, bucket);
    return bucket;
  }

  #rawOffsetMs(epoch: number): number {
    return Math.round(this.#iana.offset(clamp(epoch)) * MINUTE_MS);
  }

  #compile(index: number): Bucket {
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS;
    const at: number[] = [];
    const offsets: number[] = [this.#rawOffsetMs(start - 1)];
    let prevT = start - 1;
    let prevO = offsets[0] as number;
    for (let t = start; ; t = Math.min(t + SAMPLE_MS, end - 1)) {
      const o = this.#rawOffsetMs(t);
      if (o !== prevO) this.#bisect(prevT, prevO, t, o, at, offsets);
      prevT = t;
      prevO = o;
      if (t === end - 1) break;
    }
    return { at, offsets };
  }

  /** Finds every transition in `(lo, hi]` where offset(lo) = oLo and offset(hi) = oHi differ. */
  #bisect(lo: number, oLo: number, hi: number, oHi: number, at: number[], offsets: number[]): void {
    let a = lo;
    let b = hi;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (this.#rawOffsetMs(mid) === oLo) a = mid;
      else b = mid;
    }
    const oB = this.#rawOffsetMs(b);
    at.push(b);
    offsets.push(oB);
    // Stryker disable next-line ConditionalExpression: no zone changes offset twice, to a third offset, within one 7-day sampling step (checked for every zone, 1800–2040); a guard should one do
    if (oB !== oHi) this.#bisect(b, oB, hi, oHi, at, offsets);
  }
}

/** Spellings of zone names remembered before the memo is cleared, so that memory stays bounded. */
export const SPELLINGS = 256;
const cache = new Map<string, CompiledZone>();
/** Offsets per zone identifier: one per zone `Intl` knows (a few hundred at most). */
const tables = new Map<string, Offsets>();

/** How many spellings and zones are remembered (for tests of the bound). */
export function zoneMemo(): { spellings: number; zones: number } {
  return { spellings: cache.size, zones: tables.size };
}

/** The default zone of the library: Vietnam, UTC+7. */
export const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';
