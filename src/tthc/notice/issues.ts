/**
 * Issues of a notice with the messages of the catalogue, and the few words the checks need about
 * plain values.
 *
 * @module
 */
import type { CompiledZone } from '../../time/zone.js';
import { readInstant } from './instant.js';
import type { InstantRead } from './instant.js';
import { NOTICE_MESSAGES } from './messages.js';
import type { NoticeMessageParams } from './messages.js';
import { is } from './read.js';
import type { Plain } from './read.js';
import { describeValue } from './text.js';
import type { NoticeIssue, NoticeIssueCode, NoticeText } from './types.js';

/** Most issues reported for the items of one list. */
export const MAX_ITEM_ISSUES = 20;

/** An issue with the catalogue's message for `code`. */
export function issue<C extends NoticeIssueCode>(code: C, path: string, params: NoticeMessageParams[C]): NoticeIssue {
  const build = NOTICE_MESSAGES[code] as (p: NoticeMessageParams[C]) => NoticeText;
  return { code, path, message: build(params) };
}

/** An `INVALID_FIELD` issue. */
export function invalid(path: string, field: NoticeText, expected: NoticeText, got?: NoticeText): NoticeIssue {
  return issue('INVALID_FIELD', path, got === undefined ? { field, expected } : { field, expected, got });
}

/** The issues of a list's items, item after item until {@link MAX_ITEM_ISSUES} or more are found. */
export function itemIssues<T>(items: readonly T[], check: (item: T, i: number) => NoticeIssue[]): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  for (const [i, item] of items.entries()) {
    if (issues.length >= MAX_ITEM_ISSUES) break;
    issues.push(...check(item, i));
  }
  return issues;
}

/** What a plain value is, in words for a message. */
export function describe(value: Plain): NoticeText {
  return is(value, 'opaque') ? value.got : describeValue(value);
}

const NOT_AN_INSTANT: InstantRead = { ok: false, outOfRange: false };

/** A plain value read as an instant; a wall-clock string is read in `zone`. */
export function instantOf(value: Plain, zone: CompiledZone): InstantRead {
  return is(value, 'opaque') ? (value.instant ?? NOT_AN_INSTANT) : readInstant(value, zone);
}
