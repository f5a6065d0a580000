/**
 * Words about texts and values in notice messages: whether a text is blank or says something, a
 * string quoted and shortened, what a value is.
 *
 * @module
 */
import type { NoticeText } from './types.js';

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

/** The description of a value that could not be read. */
export const UNREADABLE_VALUE: NoticeText = { vi: 'một giá trị không đọc được', en: 'a value that cannot be read' };

/** What a value is, in words for a message: `số 42` / `the number 42`, never the contents of an object. */
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
      return isArray(value) === true ? { vi: 'một danh sách', en: 'an array' } : { vi: 'một đối tượng', en: 'an object' };
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
