/**
 * The list of issues found while checking a notice, with the messages of the catalogue.
 *
 * @module
 */
import { NOTICE_MESSAGES } from './messages.js';
import type { NoticeMessageParams } from './messages.js';
import type { NoticeIssue, NoticeIssueCode, NoticeText } from './types.js';

/** Collects issues in the order they are found. */
export class NoticeIssueList {
  /** The issues so far. */
  readonly issues: NoticeIssue[] = [];

  /** Adds an issue with the catalogue's message for `code`. */
  add<C extends NoticeIssueCode>(code: C, path: string, params: NoticeMessageParams[C]): void {
    const build = NOTICE_MESSAGES[code] as (p: NoticeMessageParams[C]) => NoticeText;
    this.issues.push({ code, path, message: build(params) });
  }

  /** Adds an `INVALID_FIELD` issue. */
  invalid(path: string, field: NoticeText, expected: NoticeText, got?: NoticeText): void {
    this.add('INVALID_FIELD', path, got === undefined ? { field, expected } : { field, expected, got });
  }
}
