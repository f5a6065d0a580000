/**
 * The rules of a notice (docs/domain.md §4), as a table: each rule looks at the plain data of the
 * notice and its context and the facts worked out from them, and returns its issues. The issues
 * come in the order of the table: the notice's fields, the context, the history, the timing.
 *
 * @module
 */
import { checkChannels } from './channels.js';
import { checkContext, checkOnce, checkPrevious, checkTiming } from './context.js';
import type { Facts } from './facts.js';
import { describe, invalid, issue, itemIssues } from './issues.js';
import type { InstantRead } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_ITEMS, MAX_PREVIOUS, is } from './read.js';
import type { List, Plain, PlainContext, PlainNotice } from './read.js';
import { isMeaningful } from './text.js';
import type { NoticeIssue, NoticeText } from './types.js';

/** Longest text examined (content, reason, a guidance item, authority). */
export const MAX_TEXT = 100_000;
/** The path of the notice itself. */
export const NOTICE_PATH = '';

/** One rule: when it applies (always, by default) and the issues it finds. */
export interface NoticeRule {
  /** What it checks: a field's path, or the name of a rule. */
  readonly name: string;
  readonly applies?: (notice: PlainNotice) => boolean;
  readonly check: (notice: PlainNotice, context: PlainContext, facts: Facts) => NoticeIssue[];
}

/** A text given: `INVALID_FIELD` unless a string of at most {@link MAX_TEXT} characters, else `missing` unless it has a letter or digit. */
function checkText(value: Plain, path: string, field: NoticeText, missing: () => NoticeIssue[]): NoticeIssue[] {
  if (typeof value !== 'string') return [invalid(path, field, EXPECTED.text, describe(value))];
  if (value.length > MAX_TEXT) return [invalid(path, field, EXPECTED.longText)];
  return isMeaningful(value) ? [] : missing();
}

/** A required text: absent, null or without a letter or digit → `code`. */
function requiredText(value: Plain, path: string, field: NoticeText, code: 'MISSING_CONTENT' | 'MISSING_REASON' | 'MISSING_AUTHORITY'): NoticeIssue[] {
  const missing = (): NoticeIssue[] => [issue(code, path, {})];
  return value === undefined || value === null ? missing() : checkText(value, path, field, missing);
}

/** An `INVALID_FIELD` issue when a list has more than `max` items. */
const tooMany = (list: List<unknown>, max: number, path: string, field: NoticeText): NoticeIssue[] =>
  list.length > max ? [invalid(path, field, EXPECTED.atMost(max))] : [];

/**
 * `guidance`: an array of texts with a letter or digit (`MISSING_GUIDANCE` at the item's path); a
 * supplement needs at least one item. At most {@link MAX_ITEMS} items examined, 20 reported.
 */
function checkGuidance(guidance: PlainNotice['guidance'], { kind }: Facts): NoticeIssue[] {
  if ((guidance === undefined || guidance === null) && kind === 'supplement') return [issue('MISSING_GUIDANCE', 'guidance', {})];
  if (!is(guidance, 'list')) return [invalid('guidance', FIELD.guidance, EXPECTED.guidance, describe(guidance))];
  const items = itemIssues(guidance.items, (item, i) => checkText(item, `guidance[${i}]`, FIELD.guidanceItem(i), () => [issue('MISSING_GUIDANCE', `guidance[${i}]`, { item: i + 1 })]));
  const none = kind === 'supplement' && guidance.length === 0 ? [issue('MISSING_GUIDANCE', 'guidance', {})] : [];
  return [...tooMany(guidance, MAX_ITEMS, 'guidance', FIELD.guidance), ...items, ...none];
}

/** An instant field given: `INVALID_FIELD` unless it reads as an instant in range. */
const checkInstant = (value: Plain, read: InstantRead | undefined, path: string, field: NoticeText): NoticeIssue[] =>
  read === undefined || read.ok ? [] : [invalid(path, field, read.outOfRange ? EXPECTED.inRange : EXPECTED.instant, describe(value))];

const isObject = (notice: PlainNotice): boolean => notice.got === undefined;

/** The rules, in the order of their issues. */
export const NOTICE_RULES: readonly NoticeRule[] = [
  { name: 'notice', check: (n) => (n.got === undefined ? [] : [invalid(NOTICE_PATH, FIELD.notice, EXPECTED.object, n.got)]) },
  { name: 'dossierId', applies: isObject, check: (n, _, f) => (f.dossierId === undefined ? [invalid('dossierId', FIELD.dossierId, EXPECTED.id, describe(n.dossierId))] : []) },
  { name: 'kind', applies: isObject, check: (n, _, f) => (f.kind === undefined ? [invalid('kind', FIELD.kind, EXPECTED.kind, describe(n.kind))] : []) },
  { name: 'issuedAt', applies: isObject, check: (n, _, f) => checkInstant(n.issuedAt, f.issued, 'issuedAt', FIELD.issuedAt) },
  { name: 'content', applies: isObject, check: (n) => requiredText(n.content, 'content', FIELD.content, 'MISSING_CONTENT') },
  { name: 'reason', applies: isObject, check: (n) => requiredText(n.reason, 'reason', FIELD.reason, 'MISSING_REASON') },
  { name: 'guidance', applies: isObject, check: (n, _, f) => checkGuidance(n.guidance, f) },
  {
    name: 'authority',
    applies: isObject,
    check: (n, _, f) =>
      f.kind === 'redirect'
        ? requiredText(n.authority, 'authority', FIELD.authority, 'MISSING_AUTHORITY')
        : n.authority === undefined
          ? []
          : checkText(n.authority, 'authority', FIELD.authority, () => []),
  },
  { name: 'channels', applies: isObject, check: (n, _, f) => checkChannels(n.channels, f.allowed) },
  { name: 'context', check: (_, c) => checkContext(c) },
  { name: 'context.calendar', check: (_, c) => (c.calendar === undefined || is(c.calendar, 'calendar') ? [] : [invalid('context.calendar', FIELD.calendar, EXPECTED.calendar, describe(c.calendar))]) },
  { name: 'context.submittedAt', check: (_, c, f) => checkInstant(c.submittedAt, f.submitted, 'context.submittedAt', FIELD.submittedAt) },
  {
    name: 'context.previousNotices',
    check: (_, { previousNotices: p }) =>
      p === undefined ? [] : is(p, 'list') ? tooMany(p, MAX_PREVIOUS, 'context.previousNotices', FIELD.previousNotices) : [invalid('context.previousNotices', FIELD.previousNotices, EXPECTED.previousNotices, describe(p))],
  },
  { name: 'context.rules', check: (_, c, f) => (c.rules === undefined || f.rules !== undefined ? [] : [invalid('context.rules', FIELD.rules, EXPECTED.rules, describe(c.rules))]) },
  { name: 'previous notices', check: (_, c) => checkPrevious(c.previousNotices) },
  { name: 'một lần', check: (_, c, f) => checkOnce(c.previousNotices, f) },
  { name: 'timing', check: (_, __, f) => checkTiming(f) },
];
