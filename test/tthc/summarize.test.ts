/**
 * summarize: the dashboard report over a stream of dossiers (docs/domain.md §7, §10) — counts per
 * status and channel, late rate = (late + overdue) / (completed + overdue), invalid records
 * listed and never fatal, the same answer for an array and an async generator, and constant
 * memory over a long stream.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorktimeError } from '../../src/calendar/index.js';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import { slaStatus } from '../../src/tthc/processing/slaStatus.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import type { Dossier, Summary } from '../../src/tthc/report/summarize.js';
import { CHANNELS } from '../../src/tthc/types.js';
import type { Channel } from '../../src/tthc/types.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { civil20252026 } from '../support/fixtures/civil-2025-2026.js';
import { rejection } from '../support/errors.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };
const cal = civil20252026;
const STATUSES = ['early', 'on-time', 'late', 'in-progress', 'overdue'] as const;

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const example: unknown[] = [
  { channel: 'online', deadline: '2026-02-27T17:00', completedAt: '2026-02-26T10:00' }, // trước hạn
  { channel: 'direct', deadline: '2026-02-27T17:00', completedAt: '2026-02-27T16:59' }, // đúng hạn
  { channel: 'postal', acceptedAt: '2026-02-13T16:30', period: { workingDays: 5 } }, // quá hạn at now
  { channel: 'fax', deadline: '2026-02-27' }, // invalid
];

describe('by example', () => {
  test('the TSDoc example', async () => {
    const s = await summarize(example as Dossier[], { now: '2026-03-02T09:00', calendar: cal });
    expect(s).toEqual({
      total: 3,
      byStatus: { early: 1, 'on-time': 1, late: 0, 'in-progress': 0, overdue: 1 },
      byChannel: { online: { total: 1, late: 0 }, direct: { total: 1, late: 0 }, postal: { total: 1, late: 1 } },
      lateRate: 1 / 3,
      onTimeRate: 1 - 1 / 3,
      invalid: [
        {
          index: 3,
          code: 'INVALID_ARGUMENT',
          path: 'channel',
          message: {
            vi: 'trường channel "fax" không phải là một kênh: online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính)',
            en: 'field channel "fax" is not a channel: online, direct, postal (or Trực tuyến, Trực tiếp, Bưu chính)',
          },
        },
      ],
      invalidCount: 1,
      provisional: 0,
      waiting: 0,
      kpi766: {
        onTime: { count: 2, total: 3, rate: 2 / 3 },
        online: { count: 1, total: 3, rate: 1 / 3 },
        digitized: { count: 0, total: 3, rate: 0 },
      },
    });
  });

  test('the late rate counts late completions and overdue dossiers; in-progress ones are not due yet', async () => {
    const s = await summarize(
      [
        { channel: 'online', deadline: '2026-03-10T17:00', completedAt: '2026-03-10T17:30' }, // late
        { channel: 'online', deadline: '2026-03-10T17:00', completedAt: '2026-03-09T08:00' }, // early
        { channel: 'direct', deadline: '2026-03-10T17:00' }, // overdue at now
        { channel: 'direct', deadline: '2026-03-20T17:00' }, // in progress
        { channel: 'postal', deadline: '2026-03-10', completedAt: '2026-03-10T16:00' }, // on time
      ],
      { now: '2026-03-12T09:00', calendar: cal },
    );
    expect(s.byStatus).toEqual({ early: 1, 'on-time': 1, late: 1, 'in-progress': 1, overdue: 1 });
    expect(s.byChannel).toEqual({ online: { total: 2, late: 1 }, direct: { total: 2, late: 1 }, postal: { total: 1, late: 0 } });
    expect(s.lateRate).toBe(0.5);
    expect(s.onTimeRate).toBe(0.5);
  });

  test('no dossier due yet, or none at all: rates are null', async () => {
    const none = await summarize([], { now: '2026-03-12T09:00', calendar: cal });
    expect(none).toMatchObject({ total: 0, lateRate: null, onTimeRate: null, invalid: [] });
    const open = await summarize([{ channel: 'online', deadline: '2026-03-20T17:00' }], { now: '2026-03-12T09:00', calendar: cal });
    expect(open).toMatchObject({ total: 1, lateRate: null, onTimeRate: null });
  });

  test('deadlines computed from acceptedAt + period (+ pauses, extensions) as processingDeadline does', async () => {
    const pauses = [{ from: '2026-03-06T15:00', to: '2026-03-09T09:00' }];
    const s = await summarize(
      [
        // Due Mon 9/3 17:00; with the pause, Tue 10/3 17:00.
        { channel: 'online', acceptedAt: '2026-03-04T09:00', period: { workingDays: 3 }, completedAt: '2026-03-10T16:00' },
        { channel: 'online', acceptedAt: '2026-03-04T09:00', period: { workingDays: 3 }, pauses, completedAt: '2026-03-10T16:00' },
        { channel: 'online', acceptedAt: '2026-03-04T09:00', period: { workingDays: 3 }, extensions: [{ workingDays: 2, reason: 'Xác minh' }], completedAt: '2026-03-10T16:00' },
        { channel: 'direct', acceptedAt: '2026-03-10T09:00', period: { workingHours: 8 }, completedAt: '2026-03-11T09:00' },
      ],
      { now: '2026-03-12T09:00', calendar: cal },
    );
    expect(s.byStatus).toEqual({ early: 1, 'on-time': 2, late: 1, 'in-progress': 0, overdue: 0 });
  });

  test('null means absent; other columns are ignored; acceptedAt may come with a deadline', async () => {
    const s = await summarize(
      [
        { id: 'HS-001', channel: 'online', deadline: '2026-03-10T17:00', completedAt: null, acceptedAt: '2026-03-02T08:00', period: null, procedure: 'Cấp giấy phép' },
      ] as unknown as Dossier[],
      { now: '2026-03-09T09:00', calendar: cal },
    );
    expect(s.byStatus['in-progress']).toBe(1);
    expect(s.invalid).toEqual([]);
  });
});

describe('invalid records are listed and never abort the run', () => {
  const now = '2026-03-12T09:00';
  const bad: Array<[string, unknown, string]> = [
    ['not an object', 42, 'INVALID_ARGUMENT'],
    ['null', null, 'INVALID_ARGUMENT'],
    ['an array', [], 'INVALID_ARGUMENT'],
    ['no channel', { deadline: '2026-03-10T17:00' }, 'INVALID_ARGUMENT'],
    ['an unknown channel', { channel: 'email', deadline: '2026-03-10T17:00' }, 'INVALID_ARGUMENT'],
    ['neither deadline nor acceptedAt + period', { channel: 'online', completedAt: '2026-03-10T17:00' }, 'INVALID_ARGUMENT'],
    ['acceptedAt without period', { channel: 'online', acceptedAt: '2026-03-02T08:00' }, 'INVALID_ARGUMENT'],
    ['period without acceptedAt', { channel: 'online', period: { workingDays: 5 } }, 'INVALID_ARGUMENT'],
    ['both deadline and acceptedAt + period', { channel: 'online', deadline: '2026-03-10T17:00', acceptedAt: '2026-03-02T08:00', period: { workingDays: 5 } }, 'INVALID_ARGUMENT'],
    ['pauses with a deadline', { channel: 'online', deadline: '2026-03-10T17:00', pauses: [] }, 'INVALID_ARGUMENT'],
    ['an unreadable deadline', { channel: 'online', deadline: '10/03/2026' }, 'INVALID_INSTANT'],
    ['an unreadable completedAt', { channel: 'online', deadline: '2026-03-10T17:00', completedAt: 'hôm qua' }, 'INVALID_INSTANT'],
    ['completed before accepted', { channel: 'online', acceptedAt: '2026-03-02T08:00', period: { workingDays: 5 }, completedAt: '2026-03-01T08:00' }, 'INVALID_ARGUMENT'],
    ['a deadline before acceptance', { channel: 'online', acceptedAt: '2026-03-02T08:00', deadline: '2026-03-01T17:00' }, 'INVALID_ARGUMENT'],
    ['a period of 0 days', { channel: 'online', acceptedAt: '2026-03-02T08:00', period: { workingDays: 0 } }, 'INVALID_ARGUMENT'],
    ['an extension without a reason', { channel: 'online', acceptedAt: '2026-03-02T08:00', period: { workingDays: 5 }, extensions: [{ workingDays: 1 }] }, 'INVALID_ARGUMENT'],
    ['a year out of range', { channel: 'online', deadline: '0999-03-10T17:00' }, 'OUT_OF_RANGE'],
  ];

  test.each(bad)('%s', async (_, record, code) => {
    const s = await summarize([{ channel: 'online', deadline: '2026-03-10T17:00' }, record as Dossier, { channel: 'direct', deadline: '2026-03-20T17:00' }], { now, calendar: cal });
    expect(s.total).toBe(2);
    expect(s.invalid).toHaveLength(1);
    expect(s.invalid[0]).toMatchObject({ index: 1, code });
    expect(s.invalid[0]?.message.vi.length).toBeGreaterThan(10);
    expect(s.invalid[0]?.message.en.length).toBeGreaterThan(10);
  });

  test('every invalid record is counted; only the first maxInvalid (1000 by default) are listed', async () => {
    const bad = function* (n: number): Generator<Dossier> {
      for (let i = 0; i < n; i++) yield { channel: 'fax', deadline: '2026-02-27' } as unknown as Dossier;
      yield { channel: 'online', deadline: '2026-02-27T17:00' };
    };
    const s = await summarize(bad(2500), { now: '2026-03-02T09:00', calendar: cal });
    expect(s.invalidCount).toBe(2500);
    expect(s.invalid).toHaveLength(1000);
    expect(s.invalid[999]?.index).toBe(999);
    expect(s.total).toBe(1);
    const few = await summarize(bad(5), { now: '2026-03-02T09:00', calendar: cal, maxInvalid: 2 });
    expect([few.invalidCount, few.invalid.map((x) => x.index)]).toEqual([5, [0, 1]]);
    expect((await summarize(bad(5), { now: '2026-03-02T09:00', calendar: cal, maxInvalid: 0 })).invalid).toEqual([]);
    for (const maxInvalid of [-1, 1.5, '10', Number.NaN]) {
      await expect(summarize([], { now: '2026-03-02T09:00', maxInvalid: maxInvalid as number })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: 'maxInvalid' });
    }
  });

  test('the record id is repeated', async () => {
    const s = await summarize([{ id: 'HS-042', channel: 'fax', deadline: '2026-03-10T17:00' } as unknown as Dossier], { now, calendar: cal });
    expect(s.invalid).toEqual([expect.objectContaining({ index: 0, id: 'HS-042', code: 'INVALID_ARGUMENT' })]);
  });
});

describe('options and inputs', () => {
  test('`now` is required, readable; options are checked; the input must be iterable', async () => {
    const e1 = await rejection(summarize([], {} as unknown as { now: string }));
    expect(e1).toBeInstanceOf(WorktimeError);
    expect((e1 as WorktimeError).code).toBe('INVALID_ARGUMENT');
    expect((await rejection(summarize([], { now: 'now' })) as WorktimeError).code).toBe('INVALID_INSTANT');
    expect((await rejection(summarize([], { now: '2026-03-12T09:00', zone: 'UTC' } as unknown as { now: string }))) as WorktimeError).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect((await rejection(summarize(42 as unknown as Dossier[], { now: '2026-03-12T09:00' })) as WorktimeError).code).toBe('INVALID_ARGUMENT');
    expect((await rejection(summarize('dossiers' as unknown as Dossier[], { now: '2026-03-12T09:00' })) as WorktimeError).code).toBe('INVALID_ARGUMENT');
  });

  test('an error of the source itself is not swallowed', async () => {
    async function* broken(): AsyncGenerator<Dossier> {
      yield { channel: 'online', deadline: '2026-03-10T17:00' };
      throw new Error('database connection lost');
    }
    expect(((await rejection(summarize(broken(), { now: '2026-03-12T09:00', calendar: cal }))) as Error).message).toBe('database connection lost');
  });

  test('any iterable: an array, a Set, a generator', async () => {
    const items = example as Dossier[];
    const options = { now: '2026-03-02T09:00', calendar: cal };
    const fromArray = await summarize(items, options);
    expect(await summarize(new Set(items), options)).toEqual(fromArray);
    expect(await summarize((function* () { yield* items; })(), options)).toEqual(fromArray);
    expect(await summarize(stream(items), options)).toEqual(fromArray);
  });

  test('the default calendar', async () => {
    const s = await summarize(example as Dossier[], { now: '2026-03-02T09:00' });
    expect(s.byStatus).toEqual({ early: 1, 'on-time': 1, late: 0, 'in-progress': 0, overdue: 1 });
  });
});

describe('properties', () => {
  const minute = fc.integer({ min: daysFromCivil(2025, 1, 1) * 1440, max: daysFromCivil(2026, 11, 1) * 1440 }).map((m) => m * 60_000);
  const channelArb = fc.constantFrom<Channel>(...CHANNELS);
  const periodArb = fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((n) => ({ workingDays: n })),
    fc.integer({ min: 1, max: 160 }).map((q) => ({ workingHours: q / 2 })),
  );
  const completionArb = fc.option(fc.integer({ min: 0, max: 60 * 1440 }), { nil: undefined });
  const validArb: fc.Arbitrary<Dossier> = fc.oneof(
    fc.record({ channel: channelArb, deadline: minute, done: completionArb, start: fc.integer({ min: -30 * 1440, max: 0 }) }).map(
      ({ channel, deadline, done, start }): Dossier =>
        done === undefined ? { channel, deadline } : { channel, deadline, completedAt: deadline + (start + done) * 60_000 },
    ),
    fc.record({ channel: channelArb, acceptedAt: minute, period: periodArb, done: completionArb }).map(
      ({ channel, acceptedAt, period, done }): Dossier =>
        done === undefined ? { channel, acceptedAt, period } : { channel, acceptedAt, period, completedAt: acceptedAt + done * 60_000 },
    ),
    fc.record({ channel: channelArb, day: fc.integer({ min: daysFromCivil(2025, 1, 1), max: daysFromCivil(2026, 11, 1) }), done: completionArb }).map(
      ({ channel, day, done }): Dossier => {
        const deadline = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return done === undefined ? { channel, deadline } : { channel, deadline, completedAt: (day - 10) * 86_400_000 + done * 60_000 };
      },
    ),
  );
  const invalidArb: fc.Arbitrary<unknown> = fc.constantFrom(
    null,
    'HS-001',
    { channel: 'fax', deadline: '2026-03-10T17:00' },
    { channel: 'online' },
    { channel: 'online', deadline: 'soon' },
    { channel: 'direct', acceptedAt: '2026-03-02T08:00', period: { workingDays: 2 }, completedAt: '2026-03-01T08:00' },
    { channel: 'postal', acceptedAt: '2026-03-02T08:00', period: { weeks: 2 } },
    { channel: 'online', deadline: '2026-03-10T17:00', acceptedAt: '2026-03-02T08:00', period: { workingDays: 2 } },
  );
  const recordsArb = fc.array(fc.oneof({ arbitrary: validArb, weight: 4 }, { arbitrary: invalidArb, weight: 1 }), { maxLength: 60 });
  const nowArb = minute;

  function check(s: Summary, size: number): void {
    const counted = STATUSES.reduce((sum, k) => sum + s.byStatus[k], 0);
    expect(counted).toBe(s.total);
    expect(counted + s.invalidCount).toBe(size);
    expect(CHANNELS.reduce((sum, c) => sum + s.byChannel[c].total, 0)).toBe(s.total);
    expect(CHANNELS.reduce((sum, c) => sum + s.byChannel[c].late, 0)).toBe(s.byStatus.late + s.byStatus.overdue);
    const due = s.total - s.byStatus['in-progress'];
    if (due === 0) {
      expect(s.lateRate).toBeNull();
      expect(s.onTimeRate).toBeNull();
    } else {
      expect(s.lateRate).toBeGreaterThanOrEqual(0);
      expect(s.lateRate).toBeLessThanOrEqual(1);
      expect(s.onTimeRate).toBeGreaterThanOrEqual(0);
      expect(s.onTimeRate).toBeLessThanOrEqual(1);
      expect(s.lateRate).toBeCloseTo((s.byStatus.late + s.byStatus.overdue) / due, 12);
      expect((s.lateRate as number) + (s.onTimeRate as number)).toBeCloseTo(1, 12);
    }
    for (let i = 1; i < s.invalid.length; i++) expect((s.invalid[i] as { index: number }).index).toBeGreaterThan((s.invalid[i - 1] as { index: number }).index);
  }

  test('counts add up to the input size and rates stay in [0, 1]', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, nowArb, async (records, now) => {
        check(await summarize(records as Dossier[], { now, calendar: cal }), records.length);
      }),
      RUNS,
    );
  });

  test('the same result for an array and an async generator of the same items', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, nowArb, async (records, now) => {
        const a = await summarize(records as Dossier[], { now, calendar: cal });
        const b = await summarize(stream(records as Dossier[]), { now, calendar: cal });
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  test('each valid dossier counts under the status slaStatus gives it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validArb, { maxLength: 30 }), nowArb, async (records, now) => {
        const s = await summarize(records, { now, calendar: cal });
        const expected = Object.fromEntries(STATUSES.map((k) => [k, 0])) as Record<(typeof STATUSES)[number], number>;
        for (const r of records) {
          const deadline = r.deadline ?? processingDeadline(r.acceptedAt as number, r.period as { workingDays: number }, { calendar: cal }).deadline!;
          const input = r.completedAt === undefined || r.completedAt === null ? { deadline, now, calendar: cal } : { deadline, completedAt: r.completedAt, now, calendar: cal };
          expected[slaStatus(input).status] += 1;
        }
        expect(s.byStatus).toEqual(expected);
        expect(s.invalid).toEqual([]);
      }),
      RUNS,
    );
  });
});

test('a stream of 200,000 dossiers is summarized without collecting it', async () => {
  const N = 200_000;
  const t0 = Date.UTC(2025, 0, 2, 1);
  let produced = 0;
  async function* dossiers(): AsyncGenerator<Dossier | { channel: string }> {
    for (let i = 0; i < N; i++) {
      produced++;
      const acceptedAt = t0 + i * 157_000; // about a year and a day of acceptances
      const channel = CHANNELS[i % 3] as Channel;
      if (i % 1000 === 999) yield { channel: 'fax' };
      else if (i % 4 === 0) yield { channel, acceptedAt, period: { workingDays: 1 + (i % 20) }, completedAt: acceptedAt + (i % 29) * 86_400_000 };
      else if (i % 4 === 1) yield { channel, acceptedAt, period: { workingHours: 1 + (i % 40) } };
      else yield { channel, deadline: acceptedAt + 10 * 86_400_000, completedAt: acceptedAt + (i % 17) * 86_400_000 };
    }
  }
  const s = await summarize(dossiers() as AsyncIterable<Dossier>, { now: '2026-01-15T09:00', calendar: cal });
  expect(produced).toBe(N);
  expect(s.invalid).toHaveLength(N / 1000);
  expect(s.total).toBe(N - N / 1000);
  expect(STATUSES.reduce((sum, k) => sum + s.byStatus[k], 0) + s.invalidCount).toBe(N);
  expect(s.byStatus['in-progress']).toBeGreaterThan(0);
  expect(s.byStatus.overdue).toBeGreaterThan(0);
  expect(s.lateRate).toBeGreaterThan(0);
  expect(s.lateRate).toBeLessThan(1);
});
