/**
 * Per-year memo of derived data, one memo per {@link HolidayTables} object. Results are pure
 * functions of (tables, year), so they are computed once and shared; public functions hand out
 * copies.
 *
 * @module
 */
import type { HolidayTables } from './tables.js';

const memos = new WeakMap<HolidayTables, Map<string, unknown>>();

/** `compute()` the first time `(tables, kind, year)` is asked for, the stored value afterwards. */
export function memoYear<T>(tables: HolidayTables, kind: string, year: number, compute: () => T): T {
  let memo = memos.get(tables);
  if (!memo) {
    memo = new Map();
    memos.set(tables, memo);
  }
  const key = `${kind}:${year}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
