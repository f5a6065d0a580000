/**
 * Per-year memo of derived data, one memo per {@link HolidayTables} object. Results are pure
 * functions of (tables, year), so they are computed once and shared; public functions hand out
 * copies.
 *
 * @module
 */
import type { HolidayTables } from './tables.js';

const memos = new WeakMap<HolidayTables, Map<string, unknown>>();

/** What a memo entry holds: the statutory days of a year, its holidays, or its schedule. */
export const STATUTORY = 0;
export const HOLIDAYS = 1;
export const SCHEDULE = 2;
type MemoKind = typeof STATUTORY | typeof HOLIDAYS | typeof SCHEDULE;

/** `compute()` the first time `(tables, kind, year)` is asked for, the stored value afterwards. */
export function memoYear<T>(tables: HolidayTables, kind: MemoKind, year: number, compute: () => T): T {
  const memo = memos.get(tables) ?? new Map<string, unknown>();
  memos.set(tables, memo);
  const key = `${kind}:${year}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
