/**
 * Small helpers for tests that expect, or tolerate, a WorktimeError.
 */
import { WorktimeError } from '../../src/errors.js';

/** The WorktimeError that `fn` throws; any other outcome fails the test. */
export function thrown(fn: () => unknown): WorktimeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WorktimeError) return e;
    throw e;
  }
  throw new Error('expected a WorktimeError');
}

/** Runs `fn`; an OUT_OF_RANGE error (a random calendar too sparse for the query) skips the case. */
export function orSkip<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WorktimeError && e.code === 'OUT_OF_RANGE') return undefined;
    throw e;
  }
}
