/**
 * The working periods of a calendar as a timeline of epoch milliseconds, cut into windows of
 * 2^32 ms (about 50 days). A window, built on first use, holds its periods in typed arrays with
 * the working time before each one, so that placing an instant or finding where an amount of
 * working time ends is a binary search, without time-zone lookups or allocation.
 *
 * Positions are absolute: `position(e)` is the working time from the start of an origin day (the
 * first one queried) to `e` (negative before it). The position of each window's start comes from the day index (its
 * sums are independent of the distance), so windows far apart are built without those between.
 *
 * @module
 */
import { DAY_MS } from '../time/civil.js';
import { WORK } from './dayIndex.js';
import type { DayIndex } from './dayIndex.js';
import { countAtMost, countBelow } from './sorted.js';

const WINDOW_BITS = 32;
const WINDOW_MS = 2 ** WINDOW_BITS;
/** Windows kept at once; beyond that the cache starts again (a calendar queried over centuries). */
const MAX_WINDOWS = 256;
const MAX_BASES = 1 << 16;
const SLOTS = 64;

/** One window `[from, from + WINDOW_MS)` of the timeline. */
export interface Window {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** Position of `from`. */
  readonly base: number;
  /** Working time inside the window. */
  readonly total: number;
  /** Starts and ends of the periods (clipped to the window), ascending. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Working time from `from` to the start of each period. */
  readonly before: Float64Array;
}

export class Timeline {
  readonly #index: DayIndex;
  /** The day positions are counted from: the first one asked about, so that nearby queries sum few days. */
  #origin: number | undefined;
  readonly #windows = new Map<number, Window>();
  /** A direct-mapped cache in front of the map: slot `index & 63`. */
  readonly #slots: Array<Window | undefined> = new Array<Window | undefined>(SLOTS).fill(undefined);
  readonly #bases = new Map<number, number>();
  #last: Window | undefined;
  /** Indexes of the first and last windows holding days of the calendar's range. */
  readonly #first: number;
  readonly #final: number;
  /** Average working time per window, to guess where a far position lies. */
  readonly #perWindow: number;

  constructor(index: DayIndex) {
    this.#index = index;
    this.#first = Math.floor(((index.minDay - 1) * DAY_MS) / WINDOW_MS);
    this.#final = Math.floor(((index.maxDay + 2) * DAY_MS) / WINDOW_MS);
    this.#perWindow = (index.averagePerDay[WORK] * WINDOW_MS) / DAY_MS;
  }

  /** The window holding instant `e`. */
  window(e: number): Window {
    const last = this.#last;
    if (last !== undefined && e >= last.from && e < last.to) return last;
    return this.#window(Math.floor(e / WINDOW_MS));
  }

  /** Working time from the origin to `e`. */
  position(e: number): number {
    const w = this.window(e);
    const starts = w.starts;
    const lo = countBelow(starts, e); // after the last period starting before e
    if (lo === 0) return w.base;
    const i = lo - 1;
    const s = starts[i] as number;
    return w.base + (w.before[i] as number) + Math.min(e, w.ends[i] as number) - s;
  }

  /** Whether `e` lies inside a period. */
  isWorking(e: number): boolean {
    const w = this.window(e);
    const lo = countAtMost(w.starts, e);
    return lo > 0 && e < (w.ends[lo - 1] as number);
  }

  /**
   * The earliest instant at position `target` (`latest = false`), or the latest
   * (`latest = true`); `undefined` when the calendar has no such instant. `near` is an instant
   * whose window is tried first.
   */
  locate(target: number, latest: boolean, near: number): number | undefined {
    let w = this.window(near);
    if (!this.#holds(w.base, w.base + w.total, target, latest)) {
      // A far position: first the windows already built around the guess, then a search.
      const guess = this.#perWindow > 0 ? w.index + Math.trunc((target - w.base) / this.#perWindow) : w.index;
      const built = this.#built(guess, target, latest) ?? this.#built(guess - 1, target, latest) ?? this.#built(guess + 1, target, latest);
      if (built !== undefined) w = built;
      else {
        const index = this.#find(target, latest, w.index);
        if (index === undefined) return undefined;
        w = this.#window(index);
      }
    }
    const rel = target - w.base;
    if (latest ? rel < 0 : rel <= 0) return undefined;
    const before = w.before;
    const ends = w.ends;
    const starts = w.starts;
    // The first period whose end reaches rel (or passes it, for the latest instant).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const end = (before[mid] as number) + (ends[mid] as number) - (starts[mid] as number);
      if (latest ? end > rel : end >= rel) hi = mid;
      else lo = mid + 1;
    }
    if (lo === starts.length) return undefined;
    return (starts[lo] as number) + rel - (before[lo] as number);
  }

  /** Window `i` if it is built and holds position `target`. */
  #built(i: number, target: number, latest: boolean): Window | undefined {
    let w = this.#slots[i & (SLOTS - 1)];
    if (w === undefined || w.index !== i) w = this.#windows.get(i);
    if (w === undefined || !this.#holds(w.base, w.base + w.total, target, latest)) return undefined;
    this.#last = w;
    return w;
  }

  #holds(base: number, end: number, target: number, latest: boolean): boolean {
    return latest ? base <= target && target < end : base < target && target <= end;
  }

  /**
   * The window holding position `target`: the smallest index whose next window starts at or
   * after it (after it, for the latest instant), by galloping from a guess, then bisection.
   */
  #find(target: number, latest: boolean, from: number): number | undefined {
    const reaches = (i: number): boolean => {
      const next = this.#base(i + 1);
      return latest ? next > target : next >= target;
    };
    const first = this.#first;
    const final = this.#final;
    const perWindow = this.#perWindow;
    let guess = from;
    if (perWindow > 0) guess += Math.trunc((target - this.#base(from)) / perWindow);
    guess = Math.min(Math.max(guess, first), final);
    let lo: number;
    let hi: number;
    if (reaches(guess)) {
      hi = guess;
      let step = 1;
      for (;;) {
        const probe = hi - step;
        if (probe < first) {
          lo = first;
          break;
        }
        if (!reaches(probe)) {
          lo = probe + 1;
          break;
        }
        hi = probe;
        step *= 2;
      }
    } else {
      lo = guess + 1;
      let step = 1;
      for (;;) {
        const probe = Math.min(lo + step - 1, final);
        if (reaches(probe)) {
          hi = probe;
          break;
        }
        // The calendar's working time ends before the position.
        if (probe === final) return undefined;
        lo = probe + 1;
        step *= 2;
      }
    }
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (reaches(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Position of the start of window `i`. */
  #base(i: number): number {
    const cached = this.#slots[i & (SLOTS - 1)];
    if (cached !== undefined && cached.index === i) return cached.base;
    const w = this.#windows.get(i);
    if (w !== undefined) return w.base;
    let base = this.#bases.get(i);
    if (base === undefined) {
      base = this.#positionByDays(i * WINDOW_MS);
      if (this.#bases.size >= MAX_BASES) this.#bases.clear();
      this.#bases.set(i, base);
    }
    return base;
  }

  /** Position of `e` from the day index: the sum up to the day before e's, then that day's periods. */
  #positionByDays(e: number): number {
    const index = this.#index;
    const day = Math.floor(index.zone.toLocal(e) / DAY_MS);
    const ref = day - 1;
    this.#origin ??= Math.min(Math.max(ref, index.minDay), index.maxDay);
    let value = index.between(this.#origin, ref, WORK);
    for (let d = ref; d <= day + 1; d++) {
      const r = index.epochRanges(d);
      for (let i = 0; i < r.length; i += 2) {
        const s = r[i] as number;
        if (e <= s) break;
        value += Math.min(e, r[i + 1] as number) - s;
      }
    }
    return value;
  }

  #window(i: number): Window {
    const slot = i & (SLOTS - 1);
    let w = this.#slots[slot];
    if (w === undefined || w.index !== i) {
      w = this.#windows.get(i);
      if (w === undefined) {
        w = this.#build(i);
        if (this.#windows.size >= MAX_WINDOWS) this.#windows.clear();
        this.#windows.set(i, w);
      }
      this.#slots[slot] = w;
    }
    this.#last = w;
    return w;
  }

  #build(i: number): Window {
    const index = this.#index;
    const from = i * WINDOW_MS;
    const to = from + WINDOW_MS;
    const starts: number[] = [];
    const ends: number[] = [];
    const zone = index.zone;
    const firstDay = Math.floor(zone.toLocal(from) / DAY_MS) - 1;
    const lastDay = Math.floor(zone.toLocal(to) / DAY_MS) + 1;
    for (let d = firstDay; d <= lastDay; d++) {
      const r = index.epochRanges(d);
      for (let k = 0; k < r.length; k += 2) {
        const s = Math.max(r[k] as number, from);
        const e = Math.min(r[k + 1] as number, to);
        if (e > s) {
          starts.push(s);
          ends.push(e);
        }
      }
    }
    const before = new Float64Array(starts.length);
    let total = 0;
    for (let k = 0; k < starts.length; k++) {
      before[k] = total;
      total += (ends[k] as number) - (starts[k] as number);
    }
    const base = this.#bases.get(i) ?? this.#positionByDays(from);
    return { index: i, from, to, base, total, starts: Float64Array.from(starts), ends: Float64Array.from(ends), before };
  }
}
