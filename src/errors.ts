/**
 * The one error class of vn-worktime.
 *
 * Every invalid input throws a {@link WorktimeError} with a stable string `code`, a `path` to the
 * offending value, a `details` object naming it, a message that says what was expected, and the
 * same problem as an `Issue` in Vietnamese and English (`issue`). See docs/errors.md.
 *
 * @module
 */

import { ERROR_BRAND, brandOf } from './brand.js';
import { issueOf } from './validation/issue.js';
import type { Issue } from './validation/issue.js';

export type { Issue, IssueText } from './validation/issue.js';

/** Stable error codes. New codes may be added; existing ones never change meaning. */
export type WorktimeErrorCode =
  | 'INVALID_INSTANT'
  | 'INVALID_DATE'
  | 'INVALID_DURATION'
  | 'INVALID_NUMBER'
  | 'INVALID_ZONE'
  | 'INVALID_TIME'
  | 'INVALID_TIME_RANGE'
  | 'OVERLAPPING_RANGES'
  | 'DUPLICATE_DATE'
  | 'CONFLICTING_DAY_RULES'
  | 'INVALID_SPEC'
  | 'NO_WORKING_TIME'
  | 'OUT_OF_RANGE'
  | 'INVALID_LUNAR_DATE'
  | 'INVALID_YEAR'
  | 'INVALID_ARGUMENT';

/**
 * Thrown for every invalid input and for queries that cannot be answered (for example
 * `OUT_OF_RANGE` when a calendar has no more working time). Its fields, the codes and the
 * {@link Issue} it gives are described once, in docs/errors.md.
 *
 * @example
 * let code;
 * try { WorkingCalendar.create({ week: { mon: [['08:00', '25:00']] } }); }
 * catch (e) { if (e instanceof WorktimeError) code = e.code; }
 * code; //=> 'INVALID_TIME'
 *
 * @example
 * let issue;
 * try { WorkingCalendar.create({ week: { mon: [['08:00', '25:00']] } }); }
 * catch (e) { if (e instanceof WorktimeError) issue = e.issue; }
 * issue;
 * //=> { code: 'INVALID_TIME', path: 'week.mon[0][1]',
 * //     message: { vi: 'trường week (mon, mục 1, mục 2 "25:00") không phải là một giờ trong ngày, viết như 07:30 (giờ:phút)',
 * //                en: "Expected week.mon[0][1] to be a time of day 'HH:mm' or 'HH:mm:ss' from '00:00' to '24:00', got \"25:00\"" } }
 */
export class WorktimeError extends Error {
  /** A stable machine-readable code, e.g. `'INVALID_INSTANT'`. */
  readonly code: WorktimeErrorCode;
  /**
   * The offending value and where it was found: `{ [path]: value }` for most errors, `{ path, value }`
   * for time-of-day and calendar-spec date errors (docs/errors.md).
   */
  readonly details: Readonly<Record<string, unknown>>;
  /**
   * Where in the input the offending value is, when the function knows it: an option or a field
   * path such as `'supplements[1].completedAt'`.
   */
  readonly path?: string;

  /**
   * The error as an {@link Issue} — `{ code, path, message: { vi, en } }`, the shape in which the
   * library reports every problem (docs/errors.md) — to show it in either language. `path` is
   * `''` when the error names no place in the input.
   */
  get issue(): Issue<WorktimeErrorCode> {
    return issueOf(this);
  }

  static {
    Object.defineProperty(WorktimeError.prototype, ERROR_BRAND, { value: true });
  }

  /**
   * `value instanceof WorktimeError`: true for an error thrown by this copy of vn-worktime or by
   * another copy in the same process (the ESM and the CJS build of one application).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === WorktimeError && brandOf(value, ERROR_BRAND) === true);
  }

  constructor(code: WorktimeErrorCode, message: string, details: Record<string, unknown> = {}, path?: string) {
    super(message);
    this.name = 'WorktimeError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    if (path !== undefined) this.path = path;
  }
}

/** Shortens a text written into an error message (a key, a name) to at most 60 characters. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Shortens any value for inclusion in an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return JSON.stringify(clip(value));
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  return 'an object';
}

/** Internal invariant check; a failure is a bug in vn-worktime, never a user error. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`vn-worktime internal error: ${message}`);
}
