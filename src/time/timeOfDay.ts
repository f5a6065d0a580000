/**
 * Wall-clock times of day, `'HH:mm'` or `'HH:mm:ss'`, as milliseconds since midnight.
 * `'24:00'` is the end of the day (the next day's start) and is accepted only as a range end.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { DAY_MS } from './civil.js';

/** A wall-clock range `[start, end)`, each `'HH:mm'` or `'HH:mm:ss'`; the end may be `'24:00'`. */
export type TimeRange = [start: string, end: string];

const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses a time of day to ms since midnight; `'24:00'` only when `isEnd`. */
export function parseTimeOfDay(value: unknown, isEnd: boolean, path: string): number {
  const m = typeof value === 'string' ? TIME_RE.exec(value) : null;
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    const s = m[3] === undefined ? 0 : Number(m[3]);
    if (h === 24 && min === 0 && s === 0 && isEnd) return DAY_MS;
    if (h <= 23 && min <= 59 && s <= 59) return ((h * 60 + min) * 60 + s) * 1000;
  }
  const allowed = isEnd ? "'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00'" : "'HH:mm' or 'HH:mm:ss' from '00:00' to '23:59:59'";
  throw new WorktimeError('INVALID_TIME', `Expected ${path} to be a time of day ${allowed}, got ${describe(value)}`, { path, value }, path);
}

/** Formats ms since midnight as `'HH:mm'`, or `'HH:mm:ss'` when seconds are not zero. */
export function formatTimeOfDay(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return s === 0 ? hm : `${hm}:${String(s).padStart(2, '0')}`;
}

/**
 * Validates a list of ranges and returns them as a flat, sorted array
 * `[start0, end0, start1, end1, …]` in ms since midnight, with touching ranges merged.
 *
 * @throws WorktimeError `INVALID_TIME_RANGE` (not a pair, end <= start), `INVALID_TIME`,
 *   `OVERLAPPING_RANGES`.
 */
export function parseRanges(value: unknown, path: string): number[] {
  if (!Array.isArray(value)) {
    throw new WorktimeError('INVALID_TIME_RANGE', `Expected ${path} to be an array of ['HH:mm', 'HH:mm'] ranges, got ${describe(value)}`, { path, value }, path);
  }
  const pairs: Array<[number, number, number]> = [];
  value.forEach((range: unknown, i: number) => {
    const where = `${path}[${i}]`;
    if (!Array.isArray(range) || range.length !== 2) {
      throw new WorktimeError('INVALID_TIME_RANGE', `Expected ${where} to be a pair ['HH:mm', 'HH:mm'], got ${describe(range)}`, { path: where, value: range }, where);
    }
    const start = parseTimeOfDay(range[0], false, `${where}[0]`);
    const end = parseTimeOfDay(range[1], true, `${where}[1]`);
    if (end <= start) {
      throw new WorktimeError('INVALID_TIME_RANGE', `Expected ${where} to end after it starts, got ['${String(range[0])}', '${String(range[1])}']`, { path: where, value: range }, where);
    }
    pairs.push([start, end, i]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  let prev: [number, number, number] | undefined;
  for (const p of pairs) {
    if (prev && p[0] < prev[1]) {
      throw new WorktimeError('OVERLAPPING_RANGES', `Expected the ranges of ${path} not to overlap: ${path}[${prev[2]}] and ${path}[${p[2]}] overlap`, { path, value }, path);
    }
    if (flat[flat.length - 1] === p[0]) flat[flat.length - 1] = p[1];
    else flat.push(p[0], p[1]);
    prev = p;
  }
  return flat;
}

/** Total length in ms of a flat range list. */
export function rangesLength(flat: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < flat.length; i += 2) total += (flat[i + 1] as number) - (flat[i] as number);
  return total;
}
