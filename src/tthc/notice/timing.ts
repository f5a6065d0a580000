/**
 * When a notice is issued: after the submission, and by the intake deadline of an online dossier
 * (8 working hours, docs/domain.md §2) — otherwise `LATE_NOTICE`.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { ReadContext } from './context.js';
import type { NoticeHead } from './fields.js';
import type { NoticeIssueList } from './issues.js';
import { instantText, isOutOfRange } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { intakeDeadline } from '../intake/intakeDeadline.js';
import type { IntakeDeadlineOptions } from '../intake/intakeDeadline.js';

/** The intake deadline, or whether computing it failed because the calendar's range ended. */
function deadlineOf(submittedAt: number, context: ReadContext): DateTime | { outOfRange: boolean } {
  try {
    const options: IntakeDeadlineOptions = context.calendar ? { calendar: context.calendar } : {};
    // The intake deadline of the rule set in force (no off-hours grace under the national rules).
    if (context.rules !== undefined) options.rules = context.rules;
    return intakeDeadline(submittedAt, options).deadline;
  } catch (e) {
    return { outOfRange: isOutOfRange(e) };
  }
}

/**
 * Checks the notice's time against `context.submittedAt`: a notice issued before the submission
 * is `INVALID_FIELD` at `issuedAt`; one issued after the intake deadline (computed with the
 * context's calendar, or `civilServiceCalendar()`, and its rule set) is `LATE_NOTICE`. A deadline that cannot be
 * computed (beyond the calendar's range) is `INVALID_FIELD` at `context.submittedAt`. Nothing is
 * checked without a readable `submittedAt` and `issuedAt`, or with an unusable calendar.
 */
export function checkTiming(context: ReadContext, head: NoticeHead, list: NoticeIssueList): void {
  const submittedAt = context.submittedAt;
  const issuedAt = head.issuedAt;
  if (submittedAt === undefined || issuedAt === undefined || context.badCalendar) return;
  const submitted = instantText(submittedAt, context.zone);
  if (issuedAt < submittedAt) {
    return list.invalid('issuedAt', FIELD.issuedAt, EXPECTED.afterSubmission(submitted), instantText(issuedAt, context.zone));
  }
  const deadline = deadlineOf(submittedAt, context);
  if (!('toMillis' in deadline)) {
    return list.invalid('context.submittedAt', FIELD.submittedAt, deadline.outOfRange ? EXPECTED.inRange : EXPECTED.computable, submitted);
  }
  if (issuedAt > deadline.toMillis()) {
    list.add('LATE_NOTICE', 'issuedAt', { issuedAt: instantText(issuedAt, context.zone), deadline: instantText(deadline, context.zone), submittedAt: submitted });
  }
}
