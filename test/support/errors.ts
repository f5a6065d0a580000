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

/**
 * The code of the WorktimeError that `fn` throws; otherwise a text that no code equals, saying
 * what happened instead (`returned …`, or the name and message of another error).
 */
export function codeOf(fn: () => unknown): string {
  try {
    const result = fn();
    return `returned ${String(result)}`;
  } catch (e) {
    return e instanceof WorktimeError ? e.code : `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** What `promise` rejects with (any error); a promise that resolves fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
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

/**
 * What `fn` did, for a snapshot that also shows the calls that do not throw: the code, message
 * and details of its WorktimeError, or what it returned, or the name and message of another error.
 * `details: 'keys'` keeps only the names of the details, `'json'` all of them as JSON (a date as
 * `Date(epoch)`; only the names when they cannot be written). `returned: 'data'` gives
 * `{ returned }` as plain data, `'text'` the text `returned …`.
 */
export function outcomeOf(fn: () => unknown, options: { details: 'keys' | 'json'; returned: 'data' | 'text' }): unknown {
  try {
    const result = fn();
    return options.returned === 'data' ? { returned: JSON.parse(JSON.stringify(result)) as unknown } : `returned ${JSON.stringify(result)}`;
  } catch (e) {
    if (!(e instanceof WorktimeError)) return `${(e as Error).name}: ${(e as Error).message}`;
    return { code: e.code, message: e.message, details: options.details === 'keys' ? Object.keys(e.details) : detailsJson(e.details) };
  }
}

function detailsJson(details: object): string {
  try {
    return JSON.stringify(details, (_k, v: unknown) => (v instanceof Date ? `Date(${v.getTime()})` : v));
  } catch {
    return Object.keys(details).join(',');
  }
}
