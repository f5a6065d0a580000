/**
 * slaStatus (docs/domain.md §7): early (trước hạn) before the due date, on time (đúng hạn) on the due
 * date by the deadline, late (trễ hạn) after it; in progress, or overdue (quá hạn) once `now` is
 * past the deadline; the margin in working time. Examples on the 2025–2026 civil-service
 * calendar, properties on it and on random calendars.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import { slaStatus } from '../../src/tthc/processing/slaStatus.js';
import type { SlaStatusInput } from '../../src/tthc/processing/slaStatus.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { epochArb, specArb } from '../support/arbitraries/calendar.js';
import { civil20252026 } from '../fixtures/civil-2025-2026.js';
import { thrown as error } from '../support/arbitraries/outcomes.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const cal = civil20252026;

const sla = (input: Omit<SlaStatusInput, 'calendar'>) => slaStatus({ calendar: cal, ...input });
const hours = (r: ReturnType<typeof slaStatus>): number => r.margin.as('hours');


// 5 working days from Friday 13/2/2026, after Tết Bính Ngọ: due Friday 27/2 at 17:00.
const deadline = processingDeadline('2026-02-13T16:30', { workingDays: 5 }, { calendar: cal }).deadline!;

describe('completed dossiers', () => {
  test('on the due date at 16:59 → on time, one minute left', () => {
    const r = sla({ deadline, completedAt: '2026-02-27T16:59' });
    expect(r.status).toBe('on-time');
    expect(r.margin.as('minutes')).toBe(1);
  });

  test('exactly at the deadline → on time, margin 0', () => {
    const r = sla({ deadline, completedAt: '2026-02-27T17:00' });
    expect(r.status).toBe('on-time');
    expect(r.margin.toMillis()).toBe(0);
  });

  test('at 17:01 → late (after working hours: no working time lost yet)', () => {
    const r = sla({ deadline, completedAt: '2026-02-27T17:01' });
    expect(r.status).toBe('late');
    expect(r.margin.toMillis()).toBe(0);
    expect(sla({ deadline, completedAt: '2026-03-02T08:00' }).margin.as('hours')).toBe(-1);
  });

  test('a day early, or the morning of the due date', () => {
    const early = sla({ deadline, completedAt: '2026-02-26T17:00' });
    expect(early.status).toBe('early');
    expect(hours(early)).toBe(8);
    expect(sla({ deadline, completedAt: '2026-02-26T23:59' }).status).toBe('early');
    // The due date starts at 00:00: from then on it is on time, not early.
    expect(sla({ deadline, completedAt: '2026-02-27T00:00' }).status).toBe('on-time');
    expect(sla({ deadline, completedAt: '2026-02-27T07:00' }).status).toBe('on-time');
    // Before Tết: 5 working days of margin.
    expect(hours(sla({ deadline, completedAt: '2026-02-13T17:00' }))).toBe(40);
  });

  test('`now` does not change a completed dossier', () => {
    expect(sla({ deadline, completedAt: '2026-03-02T08:00', now: '2026-04-01T08:00' }).status).toBe('late');
    expect(sla({ deadline, completedAt: '2026-02-26T09:00', now: '2026-04-01T08:00' }).status).toBe('early');
  });

  test('a completion after `now` is not known at `now`: in progress or overdue then', () => {
    expect(sla({ deadline, completedAt: '2026-02-26T09:00', now: '2026-02-24T09:00' }).status).toBe('in-progress');
    expect(sla({ deadline, completedAt: '2026-03-05T09:00', now: '2026-03-02T09:00' }).status).toBe('overdue');
  });
});

describe('dossiers in progress', () => {
  test('in progress before the deadline, with the working time left', () => {
    const r = sla({ deadline, now: '2026-02-27T10:00' });
    expect(r.status).toBe('in-progress');
    expect(hours(r)).toBe(5);
  });

  test('at the deadline itself still in progress; overdue right after', () => {
    expect(sla({ deadline, now: '2026-02-27T17:00' }).status).toBe('in-progress');
    expect(sla({ deadline, now: '2026-02-27T17:00:00.001' }).status).toBe('overdue');
  });

  test('overdue, with the working time overdue', () => {
    const r = sla({ deadline, now: '2026-03-02T09:00' });
    expect(r.status).toBe('overdue');
    expect(hours(r)).toBe(-2);
  });

  test('`now` is required: nothing reads the clock', () => {
    const e = error(() => sla({ deadline }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toContain('`now`');
    expect(error(() => sla({ deadline, completedAt: null })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('deadlines given directly', () => {
  test('an instant: a wall-clock string, a Date, epoch ms', () => {
    expect(sla({ deadline: '2026-02-27T17:00', completedAt: '2026-02-27T16:59' }).status).toBe('on-time');
    expect(sla({ deadline: new Date('2026-02-27T10:00:00Z'), completedAt: '2026-02-27T17:01' }).status).toBe('late');
    expect(sla({ deadline: Date.parse('2026-02-27T10:00:00Z'), completedAt: '2026-02-26T16:00' }).status).toBe('early');
  });

  test('a date alone (ngày hẹn trả) means the close of working hours that day', () => {
    expect(sla({ deadline: '2026-02-27', completedAt: '2026-02-27T16:59' }).status).toBe('on-time');
    expect(sla({ deadline: '2026-02-27', completedAt: '2026-02-27T17:01' }).status).toBe('late');
    expect(sla({ deadline: '2026-02-27', completedAt: '2026-02-26T16:00' }).status).toBe('early');
    // A due date on a day off moves to the next working day (BLDS 2015 Art. 148.5): Sat 21/2 → Mon 23/2.
    expect(sla({ deadline: '2026-02-21', completedAt: '2026-02-23T16:00' }).status).toBe('on-time');
  });

  test('a deadline at exactly 00:00 is 24:00 of the day before (BLDS 2015 Art. 148.6)', () => {
    const r = sla({ deadline: '2026-02-28T00:00', completedAt: '2026-02-27T20:00' });
    expect(r.status).toBe('on-time');
    expect(sla({ deadline: '2026-02-28T00:00', completedAt: '2026-02-26T20:00' }).status).toBe('early');
  });

  test('invalid inputs', () => {
    expect(error(() => sla({ deadline: 'next Friday', now: '2026-02-27T10:00' })).code).toBe('INVALID_INSTANT');
    expect(error(() => sla({ deadline, completedAt: 'yesterday' })).code).toBe('INVALID_INSTANT');
    expect(error(() => slaStatus({ completedAt: '2026-02-27T10:00' } as unknown as SlaStatusInput)).code).toBe('INVALID_ARGUMENT');
    expect(error(() => slaStatus({ deadline, now: '2026-02-27T10:00', today: 1 } as unknown as SlaStatusInput)).code).toBe('INVALID_ARGUMENT');
    expect(error(() => slaStatus(undefined as unknown as SlaStatusInput)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('on the default calendar', () => {
  test('the Tết 2026 example', () => {
    const d = processingDeadline('2026-02-13T16:30', { workingDays: 5 }).deadline!;
    expect(slaStatus({ deadline: d, completedAt: '2026-02-27T16:59' }).status).toBe('on-time');
    expect(slaStatus({ deadline: d, completedAt: '2026-02-27T17:01' }).status).toBe('late');
    expect(slaStatus({ deadline: d, completedAt: '2026-02-26T17:00' }).margin.as('hours')).toBe(8);
    expect(slaStatus({ deadline: d, now: '2026-03-02T09:00' }).status).toBe('overdue');
  });
});

describe('properties', () => {
  const instantArb = fc.integer({ min: daysFromCivil(2025, 1, 1) * 1440, max: daysFromCivil(2026, 12, 1) * 1440 }).map((m) => m * 60_000);

  test('a completed status agrees with comparing the completion with the deadline and its day', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: -20 * 1440, max: 20 * 1440 }), (t, n, offset) => {
        const r = processingDeadline(t, { workingDays: n }, { calendar: cal });
        const d = r.deadline!.toMillis();
        const c = d + offset * 60_000;
        const { status, margin } = sla({ deadline: r.deadline!, completedAt: c });
        const day = DateTime.fromMillis(c, { zone: cal.zone }).toISODate() as string;
        if (c > d) expect(status).toBe('late');
        else if (day < r.dueDate!) expect(status).toBe('early');
        else expect(status).toBe('on-time');
        expect(margin.toMillis()).toBe(cal.workingTimeBetween(c, d).toMillis());
        if (status === 'late') expect(margin.toMillis()).toBeLessThanOrEqual(0);
        else expect(margin.toMillis()).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  test('without a completion: overdue exactly when now is past the deadline', () => {
    fc.assert(
      fc.property(specArb, epochArb, epochArb, (spec, d, now) => {
        const calendar = WorkingCalendar.create(spec);
        const r = slaStatus({ deadline: d, now, calendar });
        expect(r.status).toBe(now > d ? 'overdue' : 'in-progress');
        expect(Math.sign(r.margin.toMillis())).not.toBe(now > d ? 1 : -1);
      }),
      RUNS,
    );
  });

  test('on random calendars: early only on an earlier day, late only after the deadline', () => {
    fc.assert(
      fc.property(specArb, epochArb, epochArb, (spec, d, c) => {
        const calendar = WorkingCalendar.create(spec);
        const { status } = slaStatus({ deadline: d, completedAt: c, calendar });
        expect(status === 'late').toBe(c > d);
        const dueDay = DateTime.fromMillis(d - 1, { zone: calendar.zone }).toISODate() as string;
        const day = DateTime.fromMillis(c, { zone: calendar.zone }).toISODate() as string;
        if (status === 'early') expect(day < dueDay).toBe(true);
        if (status === 'on-time') expect(day >= dueDay && c <= d).toBe(true);
      }),
      RUNS,
    );
  });
});
