/**
 * Gaps in the TTHC suites that mutation testing revealed: error details, records that are not
 * objects, and the memo `summarize` shares between dossiers (answers for one period must never
 * be reused for another period accepted the same day).
 */
import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/calendar/index.js';
import { classifyService, processingDeadline, summarize } from '../../src/tthc/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';

const civil = civilServiceCalendar();

function details(fn: () => unknown): unknown {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return e instanceof WorktimeError ? { code: e.code, details: e.details } : String(e);
  }
}

describe('classifyService errors name the offending value', () => {
  it.each([
    [{ legacyLevel: 5 }, { legacyLevel: 5 }],
    [{ onlineInfo: 1, onlineSubmission: true, onlineProcessing: true, result: 'online' }, { onlineInfo: 1 }],
    [{ onlineInfo: true, onlineSubmission: 'yes', onlineProcessing: true, result: 'online' }, { onlineSubmission: 'yes' }],
    [{ onlineInfo: true, onlineSubmission: true, onlineProcessing: null, result: 'online' }, { onlineProcessing: null }],
    [{ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'email' }, { result: 'email' }],
  ])('%j', (service, expected) => {
    expect(details(() => classifyService(service as never))).toEqual({ code: 'INVALID_ARGUMENT', details: expected });
  });

  it('not an object, or both shapes', () => {
    expect(details(() => classifyService(4 as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { service: 4 } });
    const both = { legacyLevel: 4, onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' };
    expect(details(() => classifyService(both as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { service: both } });
    expect(details(() => classifyService({} as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { service: {} } });
  });
});

describe('summarize', () => {
  it('a record that is a number or a string is "not an object"', async () => {
    const r = await summarize([5 as never, 'x' as never], { now: '2026-03-23T09:00', calendar: civil });
    expect(r.invalid.map((i) => [i.index, i.code, i.message.slice(0, 40)])).toEqual([
      [0, 'INVALID_ARGUMENT', 'Expected the dossier to be an object { c'],
      [1, 'INVALID_ARGUMENT', 'Expected the dossier to be an object { c'],
    ]);
  });

  it('dossiers accepted the same day with different periods each get their own deadline', async () => {
    const acceptedAt = '2026-03-09T09:00';
    const now = '2026-03-12T09:00';
    const periods = [1, 2, 3, 5, 8, 13];
    const dossiers = periods.flatMap((workingDays) => [
      { id: `d${workingDays}`, channel: 'online' as const, acceptedAt, period: { workingDays } },
    ]);
    const r = await summarize([...dossiers, ...dossiers], { now, calendar: civil });
    // The day of acceptance does not count: 1 and 2 days end on 10 and 11 March (overdue on the
    // morning of the 12th); the others are still in progress.
    const overdue = periods.filter((n) => processingDeadline(acceptedAt, { workingDays: n }, { calendar: civil }).deadline!.toMillis() < Date.parse('2026-03-12T02:00:00Z'));
    expect(overdue).toEqual([1, 2]);
    expect(r.byStatus).toEqual({ early: 0, 'on-time': 0, late: 0, 'in-progress': 8, overdue: 4 });
  });

  it('pauses and extensions in records move their deadlines', async () => {
    const base = { channel: 'direct' as const, acceptedAt: '2026-03-09T09:00', period: { workingDays: 1 } };
    const r = await summarize(
      [
        base,
        { ...base, pauses: [{ from: '2026-03-09T10:00', to: '2026-03-11T10:00' }] },
        { ...base, extensions: [{ workingDays: 3, reason: 'x' }] },
      ],
      { now: '2026-03-11T09:00', calendar: civil },
    );
    expect(r.byStatus).toEqual({ early: 0, 'on-time': 0, late: 0, 'in-progress': 2, overdue: 1 });
  });
});
