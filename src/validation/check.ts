/**
 * The validation kit of vn-worktime: the few checks every module that reads user input shares —
 * what counts as a record, unknown keys, the options object of a function — and the one way to
 * build an invalid-argument {@link WorktimeError}: a `code`, a `path` to the offending value, an
 * English message that says what was expected, and `details` keyed by that path (docs/errors.md).
 *
 * Placed just above `errors.ts`, so that time, calendar, lunar, vietnam and tthc can all use it.
 *
 * @module
 */
import { WorktimeError, clip, describe } from '../errors.js';
import type { WorktimeErrorCode } from '../errors.js';

/** A plain object: not `null`, an array or a `Date`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * An invalid value at `path`, with a message of one's own: `details` is `{ [path]: value }`.
 *
 * @param message - the English message, saying what was expected.
 */
export function invalidAt(message: string, path: string, value: unknown, code: WorktimeErrorCode = 'INVALID_ARGUMENT'): WorktimeError {
  return new WorktimeError(code, message, { [path]: value }, path);
}

/**
 * `Expected \`path\` to be <expected>, got <value>`: the invalid-argument error of the library.
 *
 * @param expected - what was expected, e.g. `'a positive whole number of working days'`.
 * @param why - what is wrong with the value, when more can be said: written in brackets after it.
 */
export function invalidArgument(path: string, expected: string, value: unknown, code: WorktimeErrorCode = 'INVALID_ARGUMENT', why?: string): WorktimeError {
  return invalidAt(`Expected \`${path}\` to be ${expected}, got ${describe(value)}${why ? ` (${why})` : ''}`, path, value, code);
}

/**
 * Throws the error `unknown` builds for the first own key of `obj` not in `allowed`.
 *
 * @param unknown - the error of a key that is not read (each caller words what holds the key).
 */
export function checkKeys(obj: object, allowed: ReadonlySet<string> | readonly string[], unknown: (key: string) => WorktimeError): void {
  const known = (key: string): boolean => ('has' in allowed ? allowed.has(key) : allowed.includes(key));
  for (const key of Object.keys(obj)) {
    if (!known(key)) throw unknown(key);
  }
}

/**
 * Checks that the object at `path` has only `allowed` keys.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` `Unknown property 'k' of \`path\`; expected …`, with the
 *   path `path.k` and `details` `{ [path]: obj }`.
 */
export function checkProperties(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  checkKeys(obj, allowed, (key) => new WorktimeError('INVALID_ARGUMENT', `Unknown property '${clip(key)}' of \`${path}\`; expected ${allowed.join(', ')}`, { [path]: obj }, `${path}.${key}`));
}

/**
 * Checks that the `options` of the function `fn` are undefined or a plain object with only
 * `allowed` keys, and returns them (`{}` when undefined).
 *
 * @throws WorktimeError `INVALID_ARGUMENT` with the path `options`, or the unknown option's name.
 */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the options of ${fn} to be an object, got ${describe(options)}`, { options }, 'options');
  }
  checkKeys(options, allowed, (key) => new WorktimeError('INVALID_ARGUMENT', `Unknown option '${clip(key)}' of ${fn}; expected ${allowed.join(', ')}`, { option: key }, key));
  return options as Record<string, unknown>;
}
