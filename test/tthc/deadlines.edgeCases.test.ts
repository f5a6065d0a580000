/**
 * Processing deadlines, SLA statuses and summaries in the corners the other suites leave out:
 * error messages that name the function and the offending field, the invalid records `summarize`
 * lists (with their messages), pauses that touch, are empty or end exactly at acceptance,
 * extensions on a calendar with a short day, the smallest and the largest periods in hours, a
 * completion not known yet at `now`, date-only deadlines written with spaces, inputs that are not
 * iterable, and the answers `summarize` shares between dossiers, which must never be reused for a
 * different day or a different number of working days, even centuries apart.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { processingDeadline, slaStatus, summarize } from '../../src/tthc/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const civil = civilServiceCalendar();
const OFFICE = [['07:00', '11:30'], ['13:30', '17:00']] as [string, string][];
const MORNING = [['07:00', '11:30']] as [string, string][];
/** Monday to Friday office hours, and Saturday mornings. */
const withSaturday = WorkingCalendar.create({
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: MORNING },
});
const ALL_DAY = [['00:00', '24:00']] as [string, string][];
/** Every day is a working day, all day long (UTC): n working days are n calendar days. */
const allDays = WorkingCalendar.create({
  zone: 'UTC',
  week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
});

const ACCEPTED = '2026-03-09T09:00'; // a Monday
const one = { workingDays: 1 };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e;
  }
}

function codes(r: { basis: ReadonlyArray<{ code: string }> }): string[] {
  return r.basis.map((b) => b.code);
}

describe('errors name the function and the field', () => {
  it('processingDeadline', () => {
    expect(thrown(() => processingDeadline(ACCEPTED, one, { holidays: [] } as never)).message).toBe(
      "Unknown option 'holidays' of processingDeadline; expected calendar, pauses, extensions, supplements, method, rules",
    );
    expect(thrown(() => processingDeadline(ACCEPTED, one, { calendar: 5 as never })).message).toBe(
      'Expected `calendar` of processingDeadline to be a WorkingCalendar, got 5',
    );
    const e = thrown(() => processingDeadline('Monday morning', one));
    expect([e.code, e.message.startsWith('Expected `acceptedAt` to be ')]).toEqual(['INVALID_INSTANT', true]);
  });

  it('slaStatus', () => {
    const deadline = '2026-03-13T17:00';
    expect(thrown(() => slaStatus({ deadline, now: ACCEPTED, when: 1 } as never)).message).toBe(
      "Unknown option 'when' of slaStatus; expected deadline, completedAt, now, calendar",
    );
    for (const input of [{ now: ACCEPTED }, { deadline: null, now: ACCEPTED }]) {
      const e = thrown(() => slaStatus(input as never));
      expect([e.code, e.message]).toEqual(['INVALID_ARGUMENT', 'Expected `deadline` of slaStatus, e.g. processingDeadline(…).deadline']);
    }
    expect(thrown(() => slaStatus({ deadline, now: ACCEPTED, calendar: 'civil' as never })).message).toBe(
      'Expected `calendar` of slaStatus to be a WorkingCalendar, got "civil"',
    );
    expect(thrown(() => slaStatus({ deadline, completedAt: 'soon' })).message).toMatch(/^Expected `completedAt` to be /);
    expect(thrown(() => slaStatus({ deadline, now: 'today' })).message).toMatch(/^Expected `now` to be /);
  });

  it('summarize', async () => {
    const noNow = await rejection(summarize([], {} as never));
    expect(noNow).toBeInstanceOf(WorktimeError);
    expect((noNow as WorktimeError).details).toEqual({ options: {} });
    const badNow = await rejection(summarize([], { now: 'today' }));
    expect((badNow as WorktimeError).message).toMatch(/^Expected `now` to be /);
    // A calendar that is not one is refused, not replaced by the default calendar.
    const badCalendar = await rejection(summarize([], { now: ACCEPTED, calendar: 5 as never }));
    expect((badCalendar as WorktimeError).message).toBe('Expected `calendar` of summarize to be a WorkingCalendar, got 5');
  });

  it('summarize uses the calendar it is given', async () => {
    // Due at the close of 10/03, completed that day at 20:00: late on the default calendar
    // (closing at 17:00, +07:00), on time on a calendar open until 24:00 (UTC).
    const r = await summarize([{ channel: 'online', deadline: '2026-03-10', completedAt: '2026-03-10T20:00' }], {
      now: '2026-03-16T09:00',
      calendar: allDays,
    });
    expect(r.byStatus['on-time']).toBe(1);
  });
});

describe('summarize: inputs that are not dossiers', () => {
  it.each([
    ['null', null],
    ['a plain object', { length: 1 }],
    ['a number', 5],
  ])('%s is refused with INVALID_ARGUMENT naming it', async (_label, input) => {
    const e = await rejection(summarize(input as never, { now: ACCEPTED }));
    expect(e).toBeInstanceOf(WorktimeError);
    expect([(e as WorktimeError).code, (e as WorktimeError).details]).toEqual(['INVALID_ARGUMENT', { dossiers: input }]);
  });

  it('an async iterable and a plain iterable are both read', async () => {
    async function* cursor(): AsyncGenerator<unknown> {
      yield { channel: 'online', deadline: '2026-03-13T17:00' };
    }
    const set = new Set([{ channel: 'postal' as const, deadline: '2026-03-13T17:00' }]);
    expect((await summarize(cursor() as never, { now: ACCEPTED })).byChannel.online.total).toBe(1);
    expect((await summarize(set, { now: ACCEPTED })).byChannel.postal.total).toBe(1);
  });

  it('a null record is listed as invalid, without an id', async () => {
    const r = await summarize([null as never, undefined as never], { now: ACCEPTED });
    expect(r.invalid).toEqual([
      { index: 0, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^Expected the dossier to be an object .*, got null$/) as unknown },
      { index: 1, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/, got undefined$/) as unknown },
    ]);
  });

  it('an error that is not a WorktimeError (a throwing getter) rejects the whole run', async () => {
    const hostile = {
      get channel(): string {
        throw new RangeError('boom');
      },
    };
    const e = await rejection(summarize([hostile as never], { now: ACCEPTED }));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toBe('boom');
  });
});

describe('summarize: invalid records and their messages', () => {
  const now = '2026-03-16T09:00';

  it('each reason is worded with the fields and values involved', async () => {
    const records = [
      { id: 'ext', channel: 'online', deadline: '2026-03-13T17:00', extensions: [{ workingDays: 1, reason: 'x' }] },
      { id: 'acc', channel: 'online', acceptedAt: 'yesterday', period: one },
      { id: 'before', channel: 'online', acceptedAt: '2026-03-10T09:00', deadline: '2026-03-09T17:00' },
      { id: 'done', channel: 'online', deadline: '2026-03-13T17:00', completedAt: 'done' },
      { id: 'early', channel: 'online', acceptedAt: '2026-03-10T09:00', period: one, completedAt: '2026-03-09T10:00' },
    ];
    const r = await summarize(records as never, { now });
    expect(r.total).toBe(0);
    const byId = Object.fromEntries(r.invalid.map((i) => [i.id, i.message]));
    expect(byId['ext']).toBe('Expected either `deadline` or `acceptedAt` + `period` (with `pauses`, `extensions`), not both');
    expect(byId['acc']).toMatch(/^Expected `acceptedAt` to be .*, got "yesterday"$/);
    expect(byId['before']).toBe('Expected `deadline` not before `acceptedAt`, got "2026-03-09T17:00" and "2026-03-10T09:00"');
    expect(byId['done']).toMatch(/^Expected `completedAt` to be .*, got "done"$/);
    expect(byId['early']).toBe('Expected `completedAt` not before `acceptedAt`, got "2026-03-09T10:00" and "2026-03-10T09:00"');
  });

  it('a deadline at the very instant of acceptance is valid', async () => {
    const r = await summarize([{ channel: 'direct', acceptedAt: '2026-03-10T09:00', deadline: '2026-03-10T09:00' }], { now });
    expect([r.invalid, r.byStatus.overdue]).toEqual([[], 1]);
  });

  it('records with extensions in hours and pauses before acceptance are computed', async () => {
    const base = { channel: 'direct' as const, acceptedAt: ACCEPTED, period: one };
    const r = await summarize(
      [
        // Due Tuesday 17:00; 2 more working hours reach Wednesday 09:00, and a period in days
        // then ends with that day: Wednesday 17:00, not yet past at 10:00.
        { ...base, extensions: [{ workingHours: 2, reason: 'x' }] },
        // A pause over before acceptance does not count: still due Tuesday 17:00.
        { ...base, pauses: [{ from: '2026-03-06T09:00', to: '2026-03-06T10:00' }] },
      ],
      { now: '2026-03-11T10:00' },
    );
    expect([r.invalid, r.byStatus['in-progress'], r.byStatus.overdue]).toEqual([[], 1, 1]);
  });
});

describe('the answers summarize shares between dossiers stay apart', () => {
  // Day numbers: one block of keys per day, 65,536 numbers of working days per block.
  it('65,536 working days from one day is not the next day with 0 working days', async () => {
    const r = await summarize(
      [
        // 2026-01-01 + 65,536 days = 2205-06-08: in progress in 2026.
        { id: 'long', channel: 'online', acceptedAt: '2026-01-01T12:00', period: { workingDays: 65_536 } },
        // Due at the end of 02/01/2026: overdue in June 2026.
        { id: 'short', channel: 'online', deadline: '2026-01-02' },
      ],
      { now: '2026-06-01T00:00', calendar: allDays },
    );
    expect(r.byStatus).toEqual({ early: 0, 'on-time': 0, late: 0, 'in-progress': 1, overdue: 1 });
  });

  it('131,072 working days from one day is not 65,536 from the next', async () => {
    const r = await summarize(
      [
        // 2026-01-01 + 131,072 days = 2384-11-12: in progress in 2300.
        { channel: 'online', acceptedAt: '2026-01-01T12:00', period: { workingDays: 131_072 } },
        // 2026-01-02 + 65,536 days = 2205-06-09: overdue in 2300.
        { channel: 'online', acceptedAt: '2026-01-02T12:00', period: { workingDays: 65_536 } },
      ],
      { now: '2300-01-01T00:00', calendar: allDays },
    );
    expect(r.byStatus).toEqual({ early: 0, 'on-time': 0, late: 0, 'in-progress': 1, overdue: 1 });
  });

  it('1 working day from one day is not 0 working days from a day 65,536 days later', async () => {
    const r = await summarize(
      [
        // Due 02/01/2026: overdue in June 2026.
        { channel: 'online', acceptedAt: '2026-01-01T12:00', period: one },
        // 2026-01-01 + 65,536 days: due 08/06/2205, in progress.
        { channel: 'online', deadline: '2205-06-08' },
      ],
      { now: '2026-06-01T00:00', calendar: allDays },
    );
    expect(r.byStatus).toEqual({ early: 0, 'on-time': 0, late: 0, 'in-progress': 1, overdue: 1 });
  });
});

describe('processingDeadline: pauses, extensions and periods at their limits', () => {
  it('a pause that ends exactly at acceptance is listed as before acceptance, and changes nothing', () => {
    const r = processingDeadline(ACCEPTED, one, { calendar: civil, pauses: [{ from: '2026-03-06T09:00', to: ACCEPTED }] });
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'PAUSE_BEFORE_ACCEPTANCE', 'PROCESSING_DEADLINE']);
    expect(r.deadline!.toISO()).toBe('2026-03-10T17:00:00.000+07:00');
  });

  it('an empty pause is dropped', () => {
    const r = processingDeadline(ACCEPTED, one, { calendar: civil, pauses: [{ from: '2026-03-10T09:00', to: '2026-03-10T09:00' }] });
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'PROCESSING_DEADLINE']);
  });

  it('touching pauses are merged and counted once', () => {
    const pauses = [
      { from: '2026-03-10T09:00', to: '2026-03-10T10:00' },
      { from: '2026-03-10T10:00', to: '2026-03-10T11:00' },
    ];
    const r = processingDeadline(ACCEPTED, one, { calendar: civil, pauses });
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'PAUSE', 'END_OF_DAY', 'PROCESSING_DEADLINE']);
    expect(r.basis[1]?.en).toBe(
      'The clock stopped from Tue 10/03/2026 09:00 to Tue 10/03/2026 11:00 (2 overlapping pauses, counted once): ' +
        '2 h of working time not counted; the deadline moves to Wed 11/03/2026 09:00.',
    );
    expect(r.deadline!.toISO()).toBe('2026-03-11T17:00:00.000+07:00');
  });

  it('an extension in days after a short last day ends with the next working day', () => {
    // Five working days from Monday 09/03: Tue–Sat, the Saturday a morning only (until 11:30).
    expect(processingDeadline(ACCEPTED, { workingDays: 5 }, { calendar: withSaturday }).deadline!.toISO()).toBe(
      '2026-03-14T11:30:00.000+07:00',
    );
    // One more working day: Monday 16/03, to its close (17:00), in one step.
    const r = processingDeadline(ACCEPTED, { workingDays: 5 }, { calendar: withSaturday, extensions: [{ workingDays: 1, reason: 'x' }] });
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'EXTENSION_WORKING_DAYS', 'PROCESSING_DEADLINE']);
    expect(r.deadline!.toISO()).toBe('2026-03-16T17:00:00.000+07:00');
  });

  it('the reason of an extension is trimmed', () => {
    const r = processingDeadline(ACCEPTED, one, { calendar: civil, extensions: [{ workingDays: 1, reason: '  thiếu giấy tờ \n' }] });
    expect(r.basis[1]?.en).toBe('Extended by 1 working day (reason: thiếu giấy tờ): the deadline moves to Wed 11/03/2026 17:00.');
  });

  it('periods that are not positive, or below a millisecond', () => {
    const cases: Array<[unknown, string]> = [
      [{ workingDays: 0 }, 'Expected `period.workingDays` to be a positive whole number of working days, got 0'],
      [{ workingHours: 0 }, 'Expected `period.workingHours` to be a positive number of working hours, got 0'],
      [{ workingHours: Number.NaN }, 'Expected `period.workingHours` to be a positive number of working hours, got NaN'],
      [{ workingHours: 1e-7 }, 'Expected `period.workingHours` to be at least a millisecond and at most 1e8 working hours, got 1e-7'],
    ];
    for (const [period, message] of cases) {
      const e = thrown(() => processingDeadline(ACCEPTED, period as never, { calendar: civil }));
      expect([e.code, e.message]).toEqual(['INVALID_ARGUMENT', message]);
    }
  });

  it('one millisecond, and the largest period in hours, are accepted', () => {
    expect(processingDeadline(ACCEPTED, { workingHours: 1 / 3_600_000 }, { calendar: civil }).deadline!.toISO()).toBe(
      '2026-03-09T09:00:00.001+07:00',
    );
    // 4e14 ms is a valid period; from December 9999 the calendar runs out of working time.
    const e = thrown(() => processingDeadline('9999-12-01T00:00Z', { workingHours: 4e14 / 3_600_000 }, { calendar: allDays }));
    expect(e.code).toBe('OUT_OF_RANGE');
  });

  it('a pause needs both instants, each named in its error', () => {
    const half = thrown(() => processingDeadline(ACCEPTED, one, { pauses: [{ from: '2026-03-10T09:00' } as never] }));
    expect([half.code, half.message]).toEqual(['INVALID_ARGUMENT', 'Expected `pauses[0]` to be { from, to } with both instants, got an object']);
    const badTo = thrown(() => processingDeadline(ACCEPTED, one, { pauses: [{ from: '2026-03-10T09:00', to: 'later' }] }));
    expect([badTo.code, badTo.message.startsWith('Expected `pauses[0].to` to be ')]).toEqual(['INVALID_INSTANT', true]);
  });
});

describe('slaStatus: a completion not known yet, and date-only deadlines', () => {
  it('a completion after `now` is not known at `now`: in progress, the margin counted from `now`', () => {
    const r = slaStatus({ deadline: '2026-03-13T17:00', now: '2026-03-13T09:00', completedAt: '2026-03-13T16:00', calendar: civil });
    // Friday 09:00–11:30 and 13:30–17:00: 6 working hours left.
    expect([r.status, r.margin.as('hours')]).toEqual(['in-progress', 6]);
  });

  it('a date-only deadline with spaces around it is still the close of that day', () => {
    const r = slaStatus({ deadline: ' 2026-02-27 ', completedAt: '2026-02-27T16:00', calendar: civil });
    expect([r.status, r.margin.as('hours')]).toEqual(['on-time', 1]);
  });
});
