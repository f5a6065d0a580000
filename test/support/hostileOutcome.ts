/**
 * The one rule of the hostile-instant suites (`hostileInstants.test.ts` in the feature folders): a
 * call returns a clean result (no invalid DateTime or Duration, no NaN) or throws a
 * `WorktimeError`; nothing else escapes, nothing hangs (each test has a timeout: a call that never
 * returns fails its test; how long calls take is the benchmarks' business, not a test's).
 */
import { expect } from 'vitest';
import { WorktimeError } from '../../src/calendar/index.js';
import { walkResult } from './fuzzHarness.js';

/** Each test's timeout (`HOSTILE_TEST_MS`: longer for instrumented code, see vitest.stryker.config.ts). */
export const TEST_MS = Number(process.env['HOSTILE_TEST_MS'] ?? 120_000);

/** Calls `fn`: returns 'ok' or the WorktimeError code; fails on anything else. */
export function outcome(fn: () => unknown, label: string): string {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!(e instanceof WorktimeError)) throw new Error(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} escaped`);
    expect(typeof e.message).toBe('string');
    // A message names instants as dates, never raw epoch milliseconds of 13 digits or more.
    if (e.code === 'OUT_OF_RANGE' && /\b(?:within|after|before)\b/.test(e.message)) expect(e.message, label).not.toMatch(/got \d{12,}\b|(?:after|before) \d{12,}\b/);
    return e.code;
  }
  walkResult(result, label);
  return 'ok';
}

export async function outcomeAsync(fn: () => Promise<unknown>, label: string): Promise<string> {
  try {
    walkResult(await fn(), label);
    return 'ok';
  } catch (e) {
    if (!(e instanceof WorktimeError)) throw new Error(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} escaped`);
    return e.code;
  }
}

export const label = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number') return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

export type Call = (v: never) => unknown;
