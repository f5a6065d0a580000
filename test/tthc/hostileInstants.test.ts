/**
 * The hostile suite of `vn-worktime/tthc`: every argument position that takes an instant,
 * a day, a duration or a year, with instants at and past the JavaScript date limit, every ISO form
 * of a day, and values shaped like luxon objects as JSON writes them. The one rule
 * (test/support/hostileOutcome.ts): the call returns a clean result (no invalid DateTime or
 * Duration, no NaN) or throws a `WorktimeError`; nothing else escapes, nothing hangs (each test has
 * a timeout, each call a time limit).
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import {
  classifyService,
  comparePriority,
  evaluateDossier,
  intakeDeadline,
  processingDeadline,
  serviceLevel,
  slaStatus,
  sortByPriority,
  summarize,
  validateNotice,
} from '../../src/tthc/index.js';
import { hostileInstants } from '../support/hostileInstants.js';
import { TEST_MS, label, outcome, outcomeAsync } from '../support/hostileOutcome.js';
import type { Call } from '../support/hostileOutcome.js';

const OFFICE: Array<[string, string]> = [['07:00', '11:30'], ['13:30', '17:00']];
const office = WorkingCalendar.create({
  range: { from: '2000-01-01', to: '2040-12-31' },
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
});
const T = '2026-03-10T09:00';
const D = '2026-03-10';
const VALUES = hostileInstants();

const TTHC: Record<string, Call> = {
  'intakeDeadline(v)': (v) => intakeDeadline(v),
  'intakeDeadline(t, { receivedAt: v })': (v) => intakeDeadline(T, { receivedAt: v }),
  'intakeDeadline(t, { limit: v })': (v) => intakeDeadline(T, { limit: v }),
  'intakeDeadline(t, { offHoursGrace: v })': (v) => intakeDeadline('2026-03-10T20:00', { offHoursGrace: v }),
  'intakeDeadline(v, national)': (v) => intakeDeadline(v, { rules: 'national', calendar: office }),
  'comparePriority(v)': (v) => comparePriority({ channel: 'online', receivedAt: v }, { channel: 'direct', receivedAt: T }),
  'sortByPriority([v])': (v) => sortByPriority([{ channel: 'postal', receivedAt: v }, { channel: 'online', receivedAt: T }]),
  'processingDeadline(v, 3 days)': (v) => processingDeadline(v, { workingDays: 3 }),
  'processingDeadline(v, 8 hours)': (v) => processingDeadline(v, { workingHours: 8 }),
  'processingDeadline(pause from v)': (v) => processingDeadline(T, { workingDays: 3 }, { pauses: [{ from: v, to: '2026-03-11T09:00' }] }),
  'processingDeadline(pause to v)': (v) => processingDeadline(T, { workingDays: 3 }, { pauses: [{ from: T, to: v }] }),
  'processingDeadline(supplement at v)': (v) => processingDeadline(T, { workingDays: 3 }, { supplements: [{ requestedAt: v }] }),
  'processingDeadline(supplement done v)': (v) => processingDeadline(T, { workingDays: 3 }, { supplements: [{ requestedAt: T, completedAt: v }] }),
  'processingDeadline(kpi766 supplement)': (v) => processingDeadline(T, { workingDays: 3 }, { method: 'kpi766', supplements: [{ requestedAt: T, completedAt: v }] }),
  'processingDeadline(extension at v)': (v) => processingDeadline(T, { workingDays: 3 }, { extensions: [{ workingDays: 1, reason: 'r', requestedAt: v }] }),
  'slaStatus({ deadline: v })': (v) => slaStatus({ deadline: v, now: T }),
  'slaStatus({ completedAt: v })': (v) => slaStatus({ deadline: D, completedAt: v }),
  'slaStatus({ now: v })': (v) => slaStatus({ deadline: D, now: v }),
  'evaluateDossier({ deadline: v })': (v) => evaluateDossier({ channel: 'online', deadline: v }, { now: T }),
  'evaluateDossier({ acceptedAt: v })': (v) => evaluateDossier({ channel: 'online', acceptedAt: v, period: { workingDays: 3 } }, { now: T }),
  'evaluateDossier({ completedAt: v })': (v) => evaluateDossier({ channel: 'online', deadline: D, completedAt: v }, { now: T }),
  'evaluateDossier({ receivedAt: v })': (v) => evaluateDossier({ channel: 'online', receivedAt: v, acceptedAt: T, period: { workingDays: 3 } }, { now: T }),
  'evaluateDossier(_, { now: v })': (v) => evaluateDossier({ channel: 'online', deadline: D }, { now: v }),
  'validateNotice({ issuedAt: v })': (v) =>
    validateNotice(
      { dossierId: 'x', kind: 'supplement', issuedAt: v, content: 'c', reason: 'r', guidance: ['g'], channels: [{ type: 'portal' }] },
      { submittedAt: T },
    ),
  'validateNotice(_, { submittedAt: v })': (v) =>
    validateNotice({ dossierId: 'x', kind: 'supplement', issuedAt: T, content: 'c', reason: 'r', guidance: ['g'], channels: [{ type: 'portal' }] }, { submittedAt: v }),
  'serviceLevel(_, { on: v })': (v) => serviceLevel({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' }, { on: v }),
  'classifyService(v)': (v) => classifyService(v),
};

describe('hostile values never escape as anything but WorktimeError', () => {
  it(
    `tthc: ${VALUES.length} values × every instant and duration position`,
    () => {
      for (const [call, fn] of Object.entries(TTHC)) {
        for (const v of VALUES) outcome(() => fn(v as never), `${call} with ${label(v)}`);
      }
    },
    TEST_MS,
  );

  it(
    'summarize: a hostile value in a record is listed as invalid, never rejects the run',
    async () => {
      const records = VALUES.flatMap((v) => [
        { id: 'd', channel: 'online', deadline: v },
        { id: 'a', channel: 'direct', acceptedAt: v, period: { workingDays: 3 } },
        { id: 'c', channel: 'postal', deadline: D, completedAt: v },
      ]);
      const summary = await summarize(records as never, { now: T });
      const counted = Object.values(summary.byStatus).reduce((a, b) => a + b, 0) + ((summary as { waiting?: number }).waiting ?? 0);
      expect(counted + summary.invalidCount).toBe(records.length);
      expect(summary.invalid.length).toBe(summary.invalidCount);
      for (const v of VALUES) await outcomeAsync(() => summarize([], { now: v as never }), `summarize now ${label(v)}`);
    },
    TEST_MS,
  );
});
