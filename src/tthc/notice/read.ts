/**
 * Reading untrusted notice data without ever throwing: own properties only (an inherited or
 * polluted `Object.prototype` value never counts), getters and Proxy traps that throw, arrays
 * of any length, strings of any size. Every read is bounded.
 *
 * @module
 */
import type { NoticeText } from './types.js';

/** Longest text examined (content, reason, a guidance item, authority): 100 000 characters. */
export const MAX_TEXT = 100_000;
/** Longest id or address examined: 1 000 characters. */
export const MAX_SHORT_TEXT = 1_000;
/** Longest instant string examined: an ISO 8601 string is at most about 40 characters. */
export const MAX_INSTANT_TEXT = 64;
/** Most guidance items or channels examined. */
export const MAX_ITEMS = 200;
/** Most previous notices examined. */
export const MAX_PREVIOUS = 100_000;
/** Most issues reported for the items of one list. */
export const MAX_ITEM_ISSUES = 20;

/** A value read from untrusted data, or the fact that reading it threw. */
export type Read = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly value?: undefined };

const UNREADABLE: Read = { ok: false };

/** Whether `value` is an object (not null, not a function) that properties can be read from. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Reads an own property; `undefined` when absent, `{ ok: false }` when reading threw. */
export function readOwn(target: object, key: string): Read {
  try {
    if (!Object.hasOwn(target, key)) return { ok: true, value: undefined };
    return { ok: true, value: (target as Record<string, unknown>)[key] };
  } catch {
    return UNREADABLE;
  }
}

/** Whether `value` is an array; `undefined` when the check itself threw (a revoked Proxy). */
export function isArray(value: unknown): boolean | undefined {
  try {
    return Array.isArray(value);
  } catch {
    return undefined;
  }
}

/** The length of an array, or `undefined` when it cannot be read as a safe integer. */
export function lengthOf(list: object): number | undefined {
  // A failed read has no value, and undefined (like any non-number) is not a safe integer.
  const length = readOwn(list, 'length').value;
  return Number.isSafeInteger(length) && (length as number) >= 0 ? (length as number) : undefined;
}

/** The own keys of an object (at most `max`), or `undefined` when they cannot be listed. */
export function ownKeys(target: object, max: number): string[] | undefined {
  try {
    const keys = Object.keys(target);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: work-bound
    return keys.length > max ? keys.slice(0, max) : keys;
  } catch {
    return undefined;
  }
}

/** Blank: only whitespace and invisible characters (zero-width space, word joiner, BOM). */
const BLANK = /^[\s\u180E\u200B-\u200D\u2060\uFEFF]*$/u;
/** Meaningful: contains at least one letter or digit of any script. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Whether `text` is empty, or only whitespace and invisible characters. */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Whether `text` says something: at least one letter or digit (so `'...'` or `'-'` does not count). */
export function isMeaningful(text: string): boolean {
  return MEANINGFUL.test(text);
}

/** A string shortened to `max` characters for a message, quoted. */
export function quote(text: string, max = 40): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(short);
}

/** What a value is, in words for a message: `một số (42)` / `a number (42)`, never the value of an object. */
export function describeValue(value: unknown): NoticeText {
  switch (typeof value) {
    case 'undefined':
      return { vi: 'không có giá trị', en: 'nothing' };
    case 'string':
      return value.length === 0 ? { vi: 'một chuỗi rỗng', en: 'an empty string' } : { vi: `chuỗi ${quote(value)}`, en: `the string ${quote(value)}` };
    case 'number':
      return { vi: `số ${String(value)}`, en: `the number ${String(value)}` };
    case 'bigint':
      return { vi: 'một số nguyên lớn (BigInt)', en: 'a bigint' };
    case 'boolean':
      return { vi: `giá trị ${String(value)}`, en: `the boolean ${String(value)}` };
    case 'symbol':
      return { vi: 'một ký hiệu (Symbol)', en: 'a symbol' };
    case 'function':
      return { vi: 'một hàm', en: 'a function' };
    default:
      if (value === null) return { vi: 'null', en: 'null' };
      if (isArray(value) === true) return { vi: 'một danh sách', en: 'an array' };
      return { vi: 'một đối tượng', en: 'an object' };
  }
}

/** The description used when reading a value threw. */
export const UNREADABLE_VALUE: NoticeText = { vi: 'một giá trị không đọc được', en: 'a value that cannot be read' };
