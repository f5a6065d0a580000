/**
 * Compiled time zones: the offsets of an IANA zone, found once per ~year with `Intl` (sampled
 * every week, or found again from the year before and checked every four weeks) and then
 * answered by a lookup, so that converting between wall-clock and exact time costs about what
 * a fixed offset costs. A {@link CompiledZone} is also a luxon `Zone`, so DateTimes built on it
 * keep the zone's IANA name.
 *
 * @module
 */
import { IANAZone, Zone } from 'luxon';
import type { ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';
import { DAY_MS, daysFromCivil, isLeapYear, weekdayOf, yearOfDay } from './civil.js';
import { WorktimeError, assert, describe } from '../errors.js';

const MINUTE_MS = 60_000;
/** Size of an offset bucket: 2^35 ms, about 398 days. */
const BUCKET_MS = 2 ** 35;
/** Sampling step inside a bucket; transitions closer together than this may merge. */
const SAMPLE_MS = 7 * DAY_MS;
/**
 * Where the same rule falls a year later, in days: a rule on a weekday (the last Sunday of March)
 * moves by 52 or 53 weeks, a rule on a date by 365 or 366 days.
 */
const NEXT_YEAR_DAYS = [364, 371, 365, 366];
/** The latest of them, in ms. */
const NEXT_YEAR_MAX_MS = 371 * DAY_MS;
/**
 * Sampling step of a bucket that repeats the year before: four weeks. A change of offset there
 * that the year before did not have and that is undone within four weeks could go unseen; no
 * zone has one (checked for every zone against weekly sampling, 1800–2128: the shortest such
 * changes, of three weeks, fall in years that do not repeat the year before).
 */
const CHECK_MS = 4 * SAMPLE_MS;
/**
 * Before 1900 zones changed offset only from local mean time to a standard time, once and for
 * good, years apart (summer time began in 1908): a bucket of those years that repeats the year
 * before is checked at its end only.
 */
const STEADY_BEFORE = Date.UTC(1900, 0, 1);
const HOUR_MS = 3_600_000;
/**
 * Offsets are asked for instants within this distance of the epoch only: a little inside the
 * range of a JavaScript Date (±8.64e15 ms). An instant beyond it gets the offset at the bound, so
 * that no computation here ever sees an invalid Date or a step that does not move.
 */
const SAFE_MS = 8.64e15 - 2 * DAY_MS;
const clamp = (epoch: number): number => (epoch > SAFE_MS ? SAFE_MS : epoch < -SAFE_MS ? -SAFE_MS : epoch);
/**
 * The span sampled from the time-zone database: 1800 to 2128. No zone changes offset before 1800
 * (checked for every zone `Intl` knows), so earlier instants take the offset of 1800-01-01.
 */
const TABLE_START = Date.UTC(1800, 0, 1);
/**
 * From 2101 on every zone follows its last rule, stated in terms of the calendar (such as "the last
 * Sunday of March"): a year's transitions are those of a reference year of 2101–2128 with the same
 * layout (weekday of 1 January, leap or not), moved by whole days. So no instant after 2128 is
 * ever sampled, and offsets up to 9999 cost what those of 2101–2128 cost.
 */
export const EXTRAPOLATED_FROM_YEAR = 2101;
const EXTRAPOLATED_FROM = Date.UTC(EXTRAPOLATED_FROM_YEAR, 0, 1);
const REFERENCE_YEARS = 28;
const REFERENCE_END = Date.UTC(EXTRAPOLATED_FROM_YEAR + REFERENCE_YEARS, 0, 1);

/** The layout of a year: the weekday of its 1 January and whether it is a leap year. */
function layoutOf(year: number): number {
  return weekdayOf(daysFromCivil(year, 1, 1)) * 2 + (isLeapYear(year) ? 1 : 0);
}

/** For each of the 14 layouts, the first year of 2101–2128 that has it. */
const REFERENCE_YEAR: number[] = [];
for (let y = EXTRAPOLATED_FROM_YEAR; y < EXTRAPOLATED_FROM_YEAR + REFERENCE_YEARS; y++) REFERENCE_YEAR[layoutOf(y)] ??= y;

/**
 * For a year of the extrapolated span: the milliseconds between its 1 January and that of its
 * reference year (a multiple of a day), and its own first and last instants.
 */
interface YearShift {
  readonly shift: number;
  readonly start: number;
  readonly end: number;
}
const SHIFTS = new Map<number, YearShift>();
function shiftOf(year: number): YearShift {
  let s = SHIFTS.get(year);
  if (s === undefined) {
    const start = daysFromCivil(year, 1, 1);
    const ref = REFERENCE_YEAR[layoutOf(year)] as number;
    s = { shift: (start - daysFromCivil(ref, 1, 1)) * DAY_MS, start: start * DAY_MS, end: daysFromCivil(year + 1, 1, 1) * DAY_MS };
    SHIFTS.set(year, s);
  }
  return s;
}
function yearOfEpoch(epoch: number): number {
  return yearOfDay(Math.floor(epoch / DAY_MS));
}

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
  return new WorktimeError('INVALID_ZONE', `Expected \`zone\` to be an IANA time zone name such as 'Asia/Ho_Chi_Minh', got ${describe(name)}`, { zone: name }, 'zone');
}

/**
 * An IANA zone with compiled offsets. Instances are shared per zone name; the offsets are shared
 * per zone, whatever the spelling of its name. Offsets are in milliseconds.
 */
export class CompiledZone extends Zone<true> {
  readonly #name: string;
  /** The zone's offsets; for the default zone, found at the first need (see {@link get}). */
  #iana: IANAZone | undefined;
  #buckets: Map<number, Bucket> = NOT_YET;

  private constructor(name: string, offsets: Offsets | undefined) {
    super();
    this.#name = name;
    if (offsets !== undefined) this.#use(offsets);
  }

  #use(offsets: Offsets): void {
    this.#iana = offsets.iana;
    this.#buckets = offsets.buckets;
    // The seconds and the offset only ("0 GMT+01:00"): the fewer fields, the faster the call.
    this.#format = new Intl.DateTimeFormat('en-US', { timeZone: offsets.iana.name, second: 'numeric', timeZoneName: 'longOffset' });
  }

  /** The luxon zone, the offsets found first if they were not. */
  #resolved(): IANAZone {
    if (this.#iana === undefined) {
      const id = resolveZone(this.#name);
      if (id === undefined) throw invalidZone(this.#name);
      this.#use(offsetsOf(id));
    }
    return this.#iana as IANAZone;
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
    let zone: CompiledZone;
    // The default zone is known to be valid under that name: `Intl` (whose first use costs tens of
    // milliseconds) is asked for its offsets only when they are first needed.
    if (name === VIETNAM_ZONE) zone = new CompiledZone(name, undefined);
    else {
      // A blank name, or one too long to be a zone, is not asked to Intl.
      const id = name.trim() === '' || name.length > 256 ? undefined : resolveZone(name);
      if (id === undefined) throw invalidZone(name);
      zone = new CompiledZone(name.toLowerCase() === id.toLowerCase() ? id : name, offsetsOf(id));
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cache
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
    return this.#resolved().offsetName(ts, opts) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#resolved().formatOffset(ts, format);
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
    if (epoch < TABLE_START) return this.#tableOffset(TABLE_START);
    if (epoch >= EXTRAPOLATED_FROM) {
      let year = this.#lastYear;
      if (year === undefined || epoch < year.start || epoch >= year.end) {
        year = shiftOf(yearOfEpoch(epoch));
        this.#lastYear = year;
      }
      return this.#tableOffset(epoch - year.shift);
    }
    return this.#tableOffset(epoch);
  }

  #lastYear: YearShift | undefined;
  #lastIndex = Number.NaN;
  #lastBucket: Bucket | undefined;

  #tableOffset(epoch: number): number {
    const index = Math.floor(epoch / BUCKET_MS);
    let bucket = this.#lastBucket;
    if (index !== this.#lastIndex || bucket === undefined) {
      bucket = this.#buckets.get(index) ?? this.#bucket(index);
      this.#lastBucket = bucket;
      this.#lastIndex = index;
    }
    const { at, offsets } = bucket;
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past-end
    while (i < at.length && epoch >= (at[i] as number)) i++;
    return offsets[i] as number;
  }

  /** Epoch instants of the offset transitions in `(from, to]`, ascending. */
  transitionsBetween(from: number, to: number): number[] {
    const found: number[] = [];
    this.#visitTransitions(from, to, (t) => {
      found.push(t);
      return false;
    });
    return found;
  }

  /**
   * The offset in ms if it is the same everywhere in `[from, to]` (epoch ms), else `undefined`.
   * The fast path of day arithmetic: no allocation, one or two bucket lookups.
   */
  fixedOffsetBetween(from: number, to: number): number | undefined {
    return this.#visitTransitions(from, to, () => true) ? undefined : this.offsetMs(from);
  }

  /** Whether the zone changes offset anywhere from 2101 on (it follows its last rule there). */
  get changesAfterTable(): boolean {
    this.#changesLate ??= this.#visitTransitions(EXTRAPOLATED_FROM - 1, REFERENCE_END, () => true);
    return this.#changesLate;
  }

  #changesLate: boolean | undefined;

  /**
   * Calls `visit` for each transition in `(from, to]`, ascending, until it returns true;
   * returns whether it did.
   */
  #visitTransitions(rawFrom: number, rawTo: number, visit: (t: number) => boolean): boolean {
    const from = clamp(rawFrom);
    const to = clamp(rawTo);
    const lo = Math.max(from, TABLE_START - 1);
    const mid = Math.min(to, EXTRAPOLATED_FROM - 1);
    if (lo < mid && this.#visitTable(lo, mid, 0, visit)) return true;
    if (to < EXTRAPOLATED_FROM) return false;
    for (let y = yearOfEpoch(Math.max(from, EXTRAPOLATED_FROM)); ; y++) {
      const { shift, start, end } = shiftOf(y);
      if (start > to) return false;
      // The year's own instants, in the reference year's coordinates.
      const a = Math.max(from, start - 1) - shift;
      const b = Math.min(to, end - 1) - shift;
      if (a < b && this.#visitTable(a, b, shift, visit)) return true;
    }
  }

  /** Visits the sampled transitions in `(from, to]`, moved by `shift`. */
  #visitTable(from: number, to: number, shift: number, visit: (t: number) => boolean): boolean {
    for (let b = Math.floor(from / BUCKET_MS); b <= Math.floor(to / BUCKET_MS); b++) {
      const bucket = this.#buckets.get(b) ?? this.#bucket(b);
      for (const t of bucket.at) if (t > from && t <= to && visit(t + shift)) return true;
    }
    return false;
  }

  /**
   * The epoch instant where a wall-clock range boundary falls: like {@link toEpoch}, except that
   * a time inside a gap is the transition itself (the first instant whose wall-clock time is
   * not before it), so that a range keeps exactly the real instants whose wall-clock time it
   * covers.
   */
  rangeBound(local: number): number {
    const e = this.toEpoch(local);
    if (this.toLocal(e) === local) return e;
    const within = this.transitionsBetween(e - DAY_MS, e);
    return within.length > 0 ? (within[within.length - 1] as number) : e;
  }

  /** Wall-clock milliseconds at an epoch instant. */
  toLocal(epoch: number): number {
    return epoch + this.offsetMs(epoch);
  }

  /**
   * The epoch instant of a wall-clock time: a time inside a gap moves forward by the gap (as
   * luxon moves it), a repeated time takes the earlier instant (luxon takes the one with the
   * offset in force today, so its pick changes with the season; this one does not).
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
      if (this.offsetMs(e) === o && e < best) best = e;
    }
    if (best !== Number.POSITIVE_INFINITY) return best;
    return local - Math.min(before, after);
  }

  #bucket(index: number): Bucket {
    this.#resolved();
    const known = this.#buckets.get(index);
    if (known !== undefined) return known;
    const bucket = this.#compile(index);
    this.#buckets.set(index, bucket);
    return bucket;
  }

  #rawOffsetMs(epoch: number): number {
    // One formatted field, parsed by hand: about five times faster than luxon's offset().
    const text = (this.#format as Intl.DateTimeFormat).format(epoch);
    const at = text.lastIndexOf('GMT');
    if (at < 0 || text.length === at + 3) return 0;
    const sign = text.charCodeAt(at + 3) === 45 || text.charCodeAt(at + 3) === 0x2212 ? -1 : 1;
    // "±HH", "±HH:mm" or "±HH:mm:ss", digit by digit.
    let seconds = 0;
    let field = 0;
    let fields = 0;
    for (let i = at + 4; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 58;
      if (c === 58) {
        seconds = seconds * 60 + field;
        field = 0;
        fields++;
      } else field = field * 10 + (c - 48);
    }
    for (; fields < 3; fields++) seconds *= 60;
    return sign * seconds * 1000;
  }

  #format: Intl.DateTimeFormat | undefined;

  /**
   * The transitions of a bucket: those of the year before repeated, when the bucket before is
   * known and they hold, else sampled weekly. Most years repeat the year before (a zone without
   * changes, or one that follows the same rule), so most buckets cost a check every four weeks
   * instead of a sample every week.
   */
  #compile(index: number): Bucket {
    const previous = this.#buckets.get(index - 1);
    return (previous !== undefined ? this.#repeat(index, previous) : undefined) ?? this.#sample(index);
  }

  /**
   * The transitions of bucket `index` if it repeats the year before: each transition of the last
   * year (from the bucket before, then from this one) found again 52 or 53 weeks, or 365 or 366
   * days, later with the same offsets on either side, and the offset every four weeks the one
   * these transitions give. `undefined` when a transition has no such successor inside the
   * bucket, or an offset differs: then the bucket is sampled weekly.
   */
  #repeat(index: number, previous: Bucket): Bucket | undefined {
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS;
    // The transitions of the last year, as (instant, offset before, offset after), ascending; the
    // ones found here are added as they are found.
    const times: number[] = [];
    const before: number[] = [];
    const after: number[] = [];
    previous.at.forEach((t, i) => {
      if (t + NEXT_YEAR_MAX_MS < start) return;
      times.push(t);
      before.push(previous.offsets[i] as number);
      after.push(previous.offsets[i + 1] as number);
    });
    const found: number[] = [];
    /** The offsets on either side of each transition found. */
    const sides = new Map<number, [number, number]>();
    for (let i = 0; i < times.length; i++) {
      const t = times[i] as number;
      const b = before[i] as number;
      const a = after[i] as number;
      let matched = false;
      let beyond = false;
      for (const days of NEXT_YEAR_DAYS) {
        const c = t + days * DAY_MS;
        if (c >= end) {
          beyond = true;
          continue;
        }
        if (c < start) {
          const k = previous.at.indexOf(c);
          matched = k >= 0 && previous.offsets[k] === b && previous.offsets[k + 1] === a;
        } else if (sides.has(c)) {
          const [sb, sa] = sides.get(c) as [number, number];
          matched = sb === b && sa === a;
        } else if (this.#rawOffsetMs(c - 1) === b && this.#rawOffsetMs(c) === a) {
          matched = true;
          found.push(c);
          sides.set(c, [b, a]);
          times.push(c);
          before.push(b);
          after.push(a);
        }
        if (matched) break;
      }
      if (!matched && !beyond) return undefined;
    }
    found.sort((x, y) => x - y);
    const offsets: number[] = [previous.offsets[previous.offsets.length - 1] as number];
    for (const t of found) {
      const [b, a] = sides.get(t) as [number, number];
      if (b !== offsets[offsets.length - 1]) return undefined;
      offsets.push(a);
    }
    // Every four weeks (before 1900 at the end only), the offset must be the one the transitions give.
    let k = 0;
    for (let t = end <= STEADY_BEFORE ? end - 1 : start; ; t = Math.min(t + CHECK_MS, end - 1)) {
      while (k < found.length && (found[k] as number) <= t) k++;
      if (this.#rawOffsetMs(t) !== offsets[k]) return undefined;
      if (t === end - 1) break;
    }
    return { at: found, offsets };
  }

  /** The transitions of bucket `index`, sampled every week and bisected to the millisecond. */
  #sample(index: number): Bucket {
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
    // Narrow to an hour, then try the whole hour (where almost every transition falls) before
    // bisecting to the millisecond.
    while (b - a > HOUR_MS) {
      const mid = a + Math.floor((b - a) / 2);
      if (this.#rawOffsetMs(mid) === oLo) a = mid;
      else b = mid;
    }
    const hour = Math.ceil(a / HOUR_MS) * HOUR_MS;
    if (hour > a && hour <= b && this.#rawOffsetMs(hour - 1) === oLo && this.#rawOffsetMs(hour) !== oLo) {
      a = hour - 1;
      b = hour;
    }
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (this.#rawOffsetMs(mid) === oLo) a = mid;
      else b = mid;
    }
    const oB = this.#rawOffsetMs(b);
    at.push(b);
    offsets.push(oB);
    if (oB !== oHi) this.#bisect(b, oB, hi, oHi, at, offsets);
  }
}

/** Spellings of zone names remembered before the memo is cleared, so that memory stays bounded. */
export const SPELLINGS = 256;
const cache = new Map<string, CompiledZone>();
/** Offsets per zone identifier: one per zone `Intl` knows (a few hundred at most). */
const tables = new Map<string, Offsets>();
/** The buckets of a zone whose offsets are not found yet: always empty. */
const NOT_YET = new Map<number, Bucket>();

/** The shared offsets of the zone `id` (an identifier as `Intl` resolves it). */
function offsetsOf(id: string): Offsets {
  let offsets = tables.get(id);
  if (offsets === undefined) {
    offsets = { iana: IANAZone.create(id), buckets: new Map() };
    tables.set(id, offsets);
  }
  return offsets;
}

/** How many spellings and zones are remembered (for tests of the bound). */
export function zoneMemo(): { spellings: number; zones: number } {
  return { spellings: cache.size, zones: tables.size };
}

/** The default zone of the library: Vietnam, UTC+7. */
export const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';
