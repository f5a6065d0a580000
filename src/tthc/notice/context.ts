/**
 * The context of a notice check (submission time, calendar, previous notices, rule set), read from
 * untrusted input: a malformed context is reported as `INVALID_FIELD` issues under `context`,
 * never thrown.
 *
 * @module
 */
import { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { CompiledZone } from '../../time/zone.js';
import { NoticeIssueList } from './issues.js';
import { readInstant } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_ITEM_ISSUES, MAX_PREVIOUS, UNREADABLE_VALUE, describeValue, isArray, isRecord, lengthOf, ownKeys, readOwn } from './read.js';
import { RULE_SETS } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';

/** The zone of the default calendar, `civilServiceCalendar()`. */
const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
const KEYS = ['submittedAt', 'calendar', 'previousNotices', 'rules'];

/** A context that has been read: what could be used, and the issues of what could not. */
export interface ReadContext {
  /** The zone in which wall-clock strings are read: the calendar's, or `Asia/Ho_Chi_Minh`. */
  zone: CompiledZone;
  /** The calendar given, if valid; `undefined` means the default calendar. */
  calendar?: WorkingCalendar;
  /** Whether a calendar was given but is not usable (then no deadline is computed). */
  badCalendar: boolean;
  /** The submission time in epoch ms, if given and readable. */
  submittedAt?: number;
  /** The previous notices (an array) and how many of them to examine. */
  previous?: { list: object; count: number };
  /** The rule set whose channels apply: `'tay-ninh'` unless given; `undefined` when the value given is not a rule set (then channels are not checked against the rules). */
  rules: RuleSetName | undefined;
  /** The issues found in the context. */
  issues: NoticeIssueList;
}

/** A path segment for a key: `.key` for identifiers, `["a b"]` otherwise. */
function keyPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key)}]`;
}

function readCalendar(context: object, out: ReadContext): void {
  const read = readOwn(context, 'calendar');
  if (read.ok && read.value === undefined) return;
  try {
    if (read.ok && read.value instanceof WorkingCalendar) {
      out.zone = CompiledZone.get(read.value.zone);
      out.calendar = read.value;
      return;
    }
  } catch {
    // A Proxy or a look-alike: reported below.
  }
  out.badCalendar = true;
  out.issues.invalid('context.calendar', FIELD.calendar, EXPECTED.calendar, read.ok ? describeValue(read.value) : UNREADABLE_VALUE);
}

function readSubmittedAt(context: object, out: ReadContext): void {
  const read = readOwn(context, 'submittedAt');
  if (read.ok && read.value === undefined) return;
  const instant = read.ok ? readInstant(read.value, out.zone) : undefined;
  if (instant?.ok) out.submittedAt = instant.epoch;
  else {
    const expected = instant?.outOfRange ? EXPECTED.inRange : EXPECTED.instant;
    out.issues.invalid('context.submittedAt', FIELD.submittedAt, expected, read.ok ? describeValue(read.value) : UNREADABLE_VALUE);
  }
}

function readPrevious(context: object, out: ReadContext): void {
  const read = readOwn(context, 'previousNotices');
  if (read.ok && read.value === undefined) return;
  const list = read.value;
  const length = isArray(list) === true ? lengthOf(list as object) : undefined;
  if (length === undefined) {
    out.issues.invalid('context.previousNotices', FIELD.previousNotices, EXPECTED.previousNotices, read.ok ? describeValue(list) : UNREADABLE_VALUE);
    return;
  }
  if (length > MAX_PREVIOUS) out.issues.invalid('context.previousNotices', FIELD.previousNotices, EXPECTED.atMost(MAX_PREVIOUS));
  out.previous = { list: list as object, count: Math.min(length, MAX_PREVIOUS) };
}

function readRules(context: object, out: ReadContext): void {
  const read = readOwn(context, 'rules');
  if (read.ok && read.value === undefined) return;
  out.rules = read.ok ? RULE_SETS.find((r) => r === read.value) : undefined;
  if (out.rules === undefined) out.issues.invalid('context.rules', FIELD.rules, EXPECTED.rules, read.ok ? describeValue(read.value) : UNREADABLE_VALUE);
}

/**
 * Reads `context`: `undefined` is an empty context; anything but a plain object, and any option
 * other than `submittedAt`, `calendar`, `previousNotices`, `rules` (a typo would silently skip a check),
 * is an `INVALID_FIELD` issue.
 */
export function readContext(context: unknown): ReadContext {
  const out: ReadContext = { zone: CompiledZone.get(DEFAULT_ZONE), badCalendar: false, rules: 'tay-ninh', issues: new NoticeIssueList() };
  if (context === undefined) return out;
  if (!isRecord(context) || isArray(context) !== false) {
    out.issues.invalid('context', FIELD.context, EXPECTED.object, describeValue(context));
    return out;
  }
  const keys = ownKeys(context, 1_000);
  if (keys === undefined) out.issues.invalid('context', FIELD.context, EXPECTED.object, UNREADABLE_VALUE);
  const unknown = (keys ?? []).filter((key) => !KEYS.includes(key));
  for (const key of unknown.slice(0, MAX_ITEM_ISSUES)) {
    out.issues.invalid(`context${keyPath(key)}`, FIELD.contextKey(key), EXPECTED.contextKey);
  }
  readCalendar(context, out);
  readSubmittedAt(context, out);
  readPrevious(context, out);
  readRules(context, out);
  return out;
}
