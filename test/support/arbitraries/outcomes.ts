/**
 * Small helpers for tests that expect, or tolerate, a WorktimeError.
 */
import { WorktimeError } from '../../../src/errors.js';

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

/** The code, message and details of the WorktimeError that `fn` throws, to compare whole. */
export function failure(fn: () => unknown): { code: string; message: string; details: unknown } {
  const e = thrown(fn);
  return { code: e.code, message: e.message, details: e.details };
}

/** The `INVALID_ARGUMENT` error the library throws for a value at `path` that is not `expected`. */
export const invalidArgument = (path: string, expected: string, got: string, value: unknown): ReturnType<typeof failure> => ({
  code: 'INVALID_ARGUMENT',
  message: `Expected \`${path}\` to be ${expected}, got ${got}`,
  details: { [path]: value },
});

/** The `INVALID_DATE` error for a value at `path` that is no 'YYYY-MM-DD' date. */
export const invalidDate = (path: string, got: string, value: unknown): ReturnType<typeof failure> => ({
  code: 'INVALID_DATE',
  message: `Expected \`${path}\` to be a date 'YYYY-MM-DD', got ${got}`,
  details: { [path]: value },
});

/** The error for an empty or blank text at `path`. */
export const emptyText = (path: string, got: string, value: unknown): ReturnType<typeof failure> =>
  invalidArgument(path, 'a non-empty string', got, value);
