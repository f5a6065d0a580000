/**
 * The `basis` of intakeDeadline and processingDeadline, the margins of slaStatus, and the errors of
 * the TTHC functions, word for word, over scenarios that reach every step and every branch of the
 * wording (each weekday, seconds shown or not, 1 or several days, hours with and without minutes).
 * Mutation testing showed that the explanations could change unnoticed: the other suites check
 * the codes of the basis and the instants, not the words a clerk reads.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { comparePriority, intakeDeadline, processingDeadline, slaStatus, sortByPriority, summarize } from '../../src/tthc/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';

const civil = civilServiceCalendar();
const OFFICE = [['07:00', '11:30'], ['13:30', '17:00']] as [string, string][];
const everyDay = WorkingCalendar.create({
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: OFFICE, sun: OFFICE },
});

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function failure(fn: () => unknown): unknown {
  try {
    return { returned: plain(fn()) };
  } catch (e) {
    if (!(e instanceof WorktimeError)) return `${(e as Error).name}: ${(e as Error).message}`;
    return { code: e.code, message: e.message, details: Object.keys(e.details) };
  }
}

describe('intakeDeadline, word for word', () => {
  it('within hours, off hours with and without grace, custom limits, every weekday', () => {
    const cases: Array<[string, Parameters<typeof intakeDeadline>]> = [
      ['Monday within hours', ['2026-03-09T09:15']],
      ['Tuesday with seconds', ['2026-03-10T10:05:07']],
      ['Wednesday lunch', ['2026-03-11T12:00']],
      ['Thursday evening', ['2026-03-12T20:00']],
      ['Friday evening', ['2026-03-13T20:00']],
      ['Saturday', ['2026-03-14T09:00']],
      ['Sunday', ['2026-03-15T09:00']],
      ['no grace', ['2026-03-13T20:00', { offHoursGrace: 0 }]],
      ['grace of 30 minutes', ['2026-03-13T20:00', { offHoursGrace: { minutes: 30 } }]],
      ['limit 4 h 30 min', ['2026-03-09T09:00', { limit: { hours: 4, minutes: 30 } }]],
      ['limit 45 min', ['2026-03-09T09:00', { limit: { minutes: 45 } }]],
      ['limit 0', ['2026-03-09T09:00', { limit: 0 }]],
      ['limit 1 h', ['2026-03-09T09:00', { limit: 3_600_000 }]],
      ['grace 1 h 1 min', ['2026-03-09T05:00', { offHoursGrace: { hours: 1, minutes: 1 } }]],
      ['every-day calendar, Sunday', ['2026-03-15T16:30', { calendar: everyDay }]],
      ['before Tết', ['2026-02-13T16:30']],
    ];
    const out = Object.fromEntries(cases.map(([label, args]) => [label, plain(intakeDeadline(args[0], { calendar: civil, ...args[1] }))]));
    expect(out).toMatchSnapshot();
  });

  it('errors', () => {
    expect({
      negativeLimit: failure(() => intakeDeadline('2026-03-09T09:00', { limit: -1 })),
      negativeGrace: failure(() => intakeDeadline('2026-03-09T09:00', { offHoursGrace: { hours: -1 } })),
      options: failure(() => intakeDeadline('2026-03-09T09:00', 7 as never)),
      unknownOption: failure(() => intakeDeadline('2026-03-09T09:00', { grace: 1 } as never)),
      calendar: failure(() => intakeDeadline('2026-03-09T09:00', { calendar: { week: {} } } as never)),
      instant: failure(() => intakeDeadline('2026-02-30T09:00')),
    }).toMatchSnapshot();
  });
});

describe('processingDeadline, word for word', () => {
  it('days, hours, extensions, pauses and the end of the day', () => {
    const cases: Array<[string, Parameters<typeof processingDeadline>]> = [
      ['1 working day', ['2026-03-09T09:00', { workingDays: 1 }]],
      ['15 working days over 30/4', ['2026-04-20T09:00', { workingDays: 15 }]],
      ['accepted on a Saturday', ['2026-03-14T09:00', { workingDays: 2 }]],
      ['accepted in the evening', ['2026-03-12T19:00', { workingDays: 3 }]],
      ['8 working hours', ['2026-03-13T15:00', { workingHours: 8 }]],
      ['1.5 working hours', ['2026-03-13T16:30', { workingHours: 1.5 }]],
      ['hours, accepted off hours', ['2026-03-13T20:00', { workingHours: 4 }]],
      ['extensions', ['2026-03-09T09:00', { workingDays: 5 }, { extensions: [{ workingDays: 1, reason: 'hồ sơ phức tạp' }, { workingDays: 3, reason: 'xác minh' }, { workingHours: 2.25, reason: 'họp' }] }]],
      ['extension of hours on an hours period', ['2026-03-09T09:00', { workingHours: 4 }, { extensions: [{ workingHours: 1, reason: 'x' }] }]],
      ['pauses, overlapping and before acceptance', ['2026-03-09T09:00', { workingDays: 5 }, {
        pauses: [
          { from: '2026-03-01T09:00', to: '2026-03-02T09:00' },
          { from: '2026-03-10T09:00', to: '2026-03-11T10:30' },
          { from: '2026-03-11T08:00', to: '2026-03-12T09:00' },
          { from: '2026-03-16T13:00', to: '2026-03-16T13:20:30' },
        ],
      }]],
      ['a pause that moves the deadline into the next day', ['2026-03-09T09:00', { workingHours: 7 }, { pauses: [{ from: '2026-03-09T10:00', to: '2026-03-09T12:00' }] }]],
      ['pause over a whole day period', ['2026-03-09T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-09T10:00', to: '2026-03-10T10:00' }] }]],
      ['every-day calendar', ['2026-03-14T09:00', { workingDays: 2 }, { calendar: everyDay }]],
    ];
    const out = Object.fromEntries(
      cases.map(([label, [at, period, options]]) => [label, plain(processingDeadline(at, period, { calendar: civil, ...options }))]),
    );
    expect(out).toMatchSnapshot();
  });

  it('errors', () => {
    expect({
      period: failure(() => processingDeadline('2026-03-09T09:00', 5 as never)),
      both: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1, workingHours: 1 } as never)),
      neither: failure(() => processingDeadline('2026-03-09T09:00', {} as never)),
      unknownKey: failure(() => processingDeadline('2026-03-09T09:00', { workingWeeks: 1 } as never)),
      zeroDays: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 0 })),
      fractionDays: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1.5 })),
      negativeHours: failure(() => processingDeadline('2026-03-09T09:00', { workingHours: -1 })),
      hugeHours: failure(() => processingDeadline('2026-03-09T09:00', { workingHours: 1e12 })),
      extensionsNotArray: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { extensions: {} as never })),
      extensionItem: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { extensions: [null as never] })),
      extensionReason: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { extensions: [{ workingDays: 1, reason: ' ' }] })),
      extensionNoReason: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { extensions: [{ workingDays: 1 } as never] })),
      extensionKey: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { extensions: [{ days: 1, reason: 'x' } as never] })),
      pausesNotArray: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { pauses: 'x' as never })),
      pauseItem: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { pauses: [1 as never] })),
      pauseKey: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-09T10:00', until: '2026-03-09T11:00' } as never] })),
      pauseBackwards: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-09T11:00', to: '2026-03-09T10:00' }] })),
      pauseInstant: failure(() => processingDeadline('2026-03-09T09:00', { workingDays: 1 }, { pauses: [{ from: 'x', to: '2026-03-09T10:00' }] })),
      outOfRange: failure(() => processingDeadline('2199-12-30T09:00', { workingDays: 30 })),
    }).toMatchSnapshot();
  });
});

describe('slaStatus and summarize, word for word', () => {
  it('every status and margin', () => {
    const deadline = '2026-03-20T17:00';
    const cases: Record<string, Parameters<typeof slaStatus>[0]> = {
      early: { deadline, completedAt: '2026-03-19T09:00' },
      onTime: { deadline, completedAt: '2026-03-20T16:59' },
      atTheDeadline: { deadline, completedAt: deadline },
      late: { deadline, completedAt: '2026-03-23T08:00' },
      inProgress: { deadline, now: '2026-03-20T09:00' },
      overdue: { deadline, now: '2026-03-24T09:00' },
      completedAfterNow: { deadline, completedAt: '2026-03-23T08:00', now: '2026-03-19T09:00' },
      completedAtNow: { deadline, completedAt: '2026-03-19T09:00', now: '2026-03-19T09:00' },
      completedBeforeNow: { deadline, completedAt: '2026-03-19T09:00', now: '2026-03-25T09:00' },
      nullCompleted: { deadline, completedAt: null, now: '2026-03-19T09:00' },
      dateOnlyDeadline: { deadline: '2026-03-20', completedAt: '2026-03-20T16:00' },
      dateOnlyDeadlineLate: { deadline: '2026-03-20', completedAt: '2026-03-20T17:01' },
    };
    const out = Object.fromEntries(Object.entries(cases).map(([label, input]) => {
      const r = slaStatus({ calendar: civil, ...input });
      return [label, { status: r.status, marginMs: r.margin.toMillis() }];
    }));
    expect(out).toMatchSnapshot();
    expect({
      noDeadline: failure(() => slaStatus({ now: '2026-03-20T09:00' } as never)),
      nullDeadline: failure(() => slaStatus({ deadline: null, now: '2026-03-20T09:00' } as never)),
      noInput: failure(() => slaStatus(undefined as never)),
      noNow: failure(() => slaStatus({ deadline: '2026-03-20T17:00' })),
      badDeadline: failure(() => slaStatus({ deadline: '2026-02-30', now: '2026-03-20T09:00' })),
      dayWithoutWork: failure(() => slaStatus({ deadline: '2026-03-21', now: '2026-03-20T09:00' })),
    }).toMatchSnapshot();
  });

  it('summaries and their invalid records', async () => {
    const result = await summarize(
      [
        { id: 'a', channel: 'online', deadline: '2026-03-20T17:00', completedAt: '2026-03-19T09:00' },
        { id: 'b', channel: 'direct', acceptedAt: '2026-03-10T09:00', period: { workingDays: 3 } },
        { id: 'c', channel: 'postal', deadline: '2026-03-20', completedAt: '2026-03-24T09:00' },
        { id: 'd', channel: 'online', acceptedAt: '2026-03-18T09:00', period: { workingHours: 8 }, completedAt: '2026-03-30T09:00' },
        { id: 'e', channel: 'fax' as never, deadline: '2026-03-20T17:00' },
        { channel: 'online' },
        { id: 7 as never, channel: 'online', deadline: 'x' },
        { id: 'f', channel: 'online', deadline: '2026-03-20T17:00', acceptedAt: '2026-03-10T09:00', period: { workingDays: 1 } },
        null as never,
        { id: 'g', channel: 'direct', acceptedAt: '2026-03-10T09:00' },
        { id: 'h', channel: 'direct', period: { workingDays: 1 } },
      ],
      { now: '2026-03-23T09:00', calendar: civil },
    );
    expect(plain(result)).toMatchSnapshot();
    expect({
      noNow: await summarize([], {} as never).catch((e: WorktimeError) => [e.code, e.message]),
      options: await summarize([], null as never).catch((e: WorktimeError) => [e.code, e.message]),
      notIterable: await summarize(5 as never, { now: 0 }).catch((e: WorktimeError) => [e.code, e.message]),
      empty: plain(await summarize([], { now: '2026-03-23T09:00' })),
    }).toMatchSnapshot();
  });
});

describe('priority, word for word', () => {
  const online = { channel: 'online', receivedAt: '2026-03-10T09:00' } as const;
  it('errors', () => {
    expect({
      nullItem: failure(() => comparePriority(null as never, online)),
      numberItem: failure(() => comparePriority(online, 5 as never)),
      channel: failure(() => comparePriority({ channel: 'fax', receivedAt: 0 } as never, online)),
      id: failure(() => comparePriority({ ...online, id: 7 } as never, online)),
      receivedAt: failure(() => comparePriority({ channel: 'online', receivedAt: 'x' }, online)),
      notArray: failure(() => sortByPriority('x' as never)),
      item: failure(() => sortByPriority([online, { channel: 'x' } as never])),
    }).toMatchSnapshot();
  });

  it('order: channel, then time, then id (absent last), then input order', () => {
    const at = '2026-03-10T09:00';
    const items = [
      { tag: 1, channel: 'postal', receivedAt: at },
      { tag: 2, channel: 'direct', receivedAt: at, id: 'B' },
      { tag: 3, channel: 'direct', receivedAt: at },
      { tag: 4, channel: 'direct', receivedAt: at, id: 'A' },
      { tag: 5, channel: 'direct', receivedAt: at },
      { tag: 6, channel: 'direct', receivedAt: '2026-03-10T08:59' },
      { tag: 7, channel: 'online', receivedAt: '2026-03-10T10:00' },
      { tag: 8, channel: 'direct', receivedAt: at },
      { tag: 9, channel: 'direct', receivedAt: at, id: 'A' },
      { tag: 10, channel: 'direct', receivedAt: at },
    ] as const;
    expect(sortByPriority(items).map((i) => i.tag)).toEqual([7, 6, 4, 9, 2, 3, 5, 8, 10, 1]);
    expect(comparePriority(items[1], items[2])).toBe(-1);
    expect(comparePriority(items[2], items[1])).toBe(1);
    expect(comparePriority(items[3], items[8])).toBe(0);
    expect(comparePriority(items[2], items[4])).toBe(0);
    expect(comparePriority(items[3], items[1])).toBe(-1);
    expect(comparePriority(items[1], items[3])).toBe(1);
  });
});

describe('processing deadlines on calendars that work around midnight', () => {
  // Monday ends at 17:00 and Tuesday starts at 00:00: Monday's work ends at 17:00, even though
  // the instant right after Monday (Tuesday 00:00) is working time.
  const cal = WorkingCalendar.create({ week: { fri: [['08:00', '12:00']], mon: [['08:00', '17:00']], tue: [['00:00', '06:00']] } });
  it('a period in days ends when the last day\'s work ends, not at the next day\'s start', () => {
    const r = processingDeadline('2026-03-13T09:00', { workingDays: 1 }, { calendar: cal });
    expect(r.deadline!.toISO()).toBe('2026-03-16T17:00:00.000+07:00');
    expect(r.dueDate).toBe('2026-03-16');
  });
  it('a day worked until 24:00 ends at 24:00 (the next day\'s 00:00), due that day', () => {
    const allDay = WorkingCalendar.create({ week: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], fri: [['08:00', '12:00']] } });
    const r = processingDeadline('2026-03-13T09:00', { workingDays: 1 }, { calendar: allDay });
    expect(r.deadline!.toISO()).toBe('2026-03-17T00:00:00.000+07:00');
    expect(r.dueDate).toBe('2026-03-16');
  });
});
