/**
 * The rules about the context of a notice (docs/domain.md §4): the context itself, the previous
 * notices and the "một lần" rule (guidance to supplement a dossier is given completely, once), and
 * when the notice is issued — after the submission, by the intake deadline (8 working hours,
 * docs/domain.md §2).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import { MAX_ID, epochOf } from './facts.js';
import type { Facts } from './facts.js';
import { MAX_ITEM_ISSUES, describe, instantOf, invalid, issue, itemIssues } from './issues.js';
import { instantText, isOutOfRange } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { is } from './read.js';
import type { PlainContext } from './read.js';
import { UNREADABLE_VALUE } from './text.js';
import type { NoticeIssue } from './types.js';
import { intakeDeadline } from '../intake/intakeDeadline.js';
import type { IntakeDeadlineOptions } from '../intake/intakeDeadline.js';

const CONTEXT_KEYS = ['submittedAt', 'calendar', 'previousNotices', 'rules'];

/** `context` itself: an object whose keys can be listed, without unknown options (a typo would silently skip a check). */
export function checkContext(context: PlainContext): NoticeIssue[] {
  if (context.got !== undefined) return [invalid('context', FIELD.context, EXPECTED.object, context.got)];
  const unknown = (context.keys ?? []).filter((key) => !CONTEXT_KEYS.includes(key)).slice(0, MAX_ITEM_ISSUES);
  const unreadable = context.keys === undefined ? [invalid('context', FIELD.context, EXPECTED.object, UNREADABLE_VALUE)] : [];
  return [...unreadable, ...unknown.map((key) => invalid(`context${keyPath(key)}`, FIELD.contextKey(key), EXPECTED.contextKey))];
}

/** A path segment for a key: `.key` for identifiers, `["a b"]` otherwise. */
function keyPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key)}]`;
}

/** Each previous notice: an object whose `dossierId` and `kind` are strings; at most {@link MAX_ITEM_ISSUES} issues. */
export function checkPrevious(previous: PlainContext['previousNotices']): NoticeIssue[] {
  if (!is(previous, 'list')) return [];
  const issues = itemIssues(previous.items, (item, i) => {
    const path = `context.previousNotices[${i}]`;
    if (is(item, 'self')) return [];
    if (!is(item, 'record')) return [invalid(path, FIELD.previous(i), EXPECTED.object, describe(item))];
    const id = typeof item.dossierId === 'string' ? [] : [invalid(`${path}.dossierId`, FIELD.previousField(i, 'dossierId'), EXPECTED.id, describe(item.dossierId))];
    const kind = typeof item.kind === 'string' ? [] : [invalid(`${path}.kind`, FIELD.previousField(i, 'kind'), EXPECTED.kind, describe(item.kind))];
    return [...id, ...kind];
  });
  return issues.slice(0, MAX_ITEM_ISSUES);
}

/**
 * "Một lần": for a supplement request, the first previous supplement request for the same dossier
 * (ids compared after trimming) issued earlier — or whose time, or the notice's, cannot be
 * compared — is `REPEATED_REQUEST`. The notice itself and requests issued at the same instant or later do not count.
 */
export function checkOnce(previous: PlainContext['previousNotices'], { kind, dossierId, issued, zone }: Facts): NoticeIssue[] {
  if (!is(previous, 'list') || kind !== 'supplement' || dossierId === undefined) return [];
  const issuedAt = epochOf(issued);
  for (const [i, item] of previous.items.entries()) {
    if (!is(item, 'record') || item.kind !== 'supplement' || typeof item.dossierId !== 'string' || item.dossierId.length > MAX_ID || item.dossierId.trim() !== dossierId) continue;
    const epoch = epochOf(instantOf(item.issuedAt, zone));
    if (epoch !== undefined && issuedAt !== undefined && epoch >= issuedAt) continue;
    return [issue('REPEATED_REQUEST', `context.previousNotices[${i}]`, epoch === undefined ? { dossierId } : { dossierId, earlier: instantText(epoch, zone) })];
  }
  return [];
}

/** The intake deadline, or whether computing it failed because the calendar's range ended. */
function deadlineOf(submittedAt: number, { calendar, rules }: Facts): DateTime | { outOfRange: boolean } {
  try {
    const options: IntakeDeadlineOptions = calendar ? { calendar } : {};
    // The intake deadline of the rule set in force (no off-hours grace under the national rules).
    if (rules !== undefined) options.rules = rules;
    return intakeDeadline(submittedAt, options).deadline;
  } catch (e) {
    return { outOfRange: isOutOfRange(e) };
  }
}

/**
 * The notice's time against `context.submittedAt`: issued before the submission → `INVALID_FIELD`
 * at `issuedAt`; after the intake deadline (the context's calendar, or `civilServiceCalendar()`,
 * and its rule set) → `LATE_NOTICE`; a deadline that cannot be computed → `INVALID_FIELD` at
 * `context.submittedAt`. Nothing is checked without both times, or with an unusable calendar.
 */
export function checkTiming(facts: Facts): NoticeIssue[] {
  const submittedAt = epochOf(facts.submitted);
  const issuedAt = epochOf(facts.issued);
  if (submittedAt === undefined || issuedAt === undefined || facts.badCalendar) return [];
  const submitted = instantText(submittedAt, facts.zone);
  if (issuedAt < submittedAt) return [invalid('issuedAt', FIELD.issuedAt, EXPECTED.afterSubmission(submitted), instantText(issuedAt, facts.zone))];
  const deadline = deadlineOf(submittedAt, facts);
  if (!('toMillis' in deadline)) return [invalid('context.submittedAt', FIELD.submittedAt, deadline.outOfRange ? EXPECTED.inRange : EXPECTED.computable, submitted)];
  if (issuedAt <= deadline.toMillis()) return [];
  return [issue('LATE_NOTICE', 'issuedAt', { issuedAt: instantText(issuedAt, facts.zone), deadline: instantText(deadline, facts.zone), submittedAt: submitted })];
}
