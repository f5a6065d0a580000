/**
 * Fuzzing of `vn-worktime/tthc`: every function, every argument position, plus valid skeletons
 * with one hostile part. `validateNotice` must never throw at all (it reports issues instead).
 * See test/support/fuzzHarness.ts for what is checked.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import {
  NOTICE_MESSAGES,
  classifyService,
  comparePriority,
  intakeDeadline,
  isValidEmail,
  isVietnameseMobile,
  normalizeVietnameseMobile,
  processingDeadline,
  slaStatus,
  sortByPriority,
  summarize,
  validateNotice,
} from '../../src/tthc/index.js';
import { RUNS, check, checkAsync, fuzzPositions, fuzzPositionsAsync, fuzzShapes } from '../support/fuzzHarness.js';
import { fresh, hostileArb } from '../support/fuzzValues.js';

const cal = WorkingCalendar.create({
  range: { from: '1990-01-01', to: '2060-12-31' },
  week: { mon: [['07:00', '17:00']], tue: [['07:00', '17:00']], wed: [['07:00', '17:00']] },
});

const notice = {
  dossierId: '000.00.22.H54-260316-0001',
  kind: 'supplement',
  issuedAt: '2026-03-16T10:00',
  content: 'Hồ sơ đăng ký hộ kinh doanh chưa đầy đủ.',
  reason: 'Thiếu bản sao Căn cước của chủ hộ kinh doanh.',
  guidance: ['Nộp bản sao Căn cước của chủ hộ kinh doanh (bản chụp rõ hai mặt).'],
  channels: [{ type: 'sms', to: '0912345678' }, { type: 'portal' }],
};

describe('fuzz: tthc', () => {
  it('intakeDeadline', () => {
    fuzzPositions(['2026-03-13T16:45', { calendar: cal }], ([at, o]) => intakeDeadline(at as never, o as never));
    fuzzShapes(
      [
        (v) => ({ calendar: v }),
        (v) => ({ limit: v }),
        (v) => ({ offHoursGrace: v }),
        (v) => ({ calendar: cal, limit: v, offHoursGrace: v }),
      ],
      (o) => intakeDeadline('2026-03-13T20:00', o as never),
    );
  });

  it('comparePriority and sortByPriority', () => {
    const a = { channel: 'online', receivedAt: '2026-03-10T09:00', id: 'A' };
    const b = { channel: 'postal', receivedAt: '2026-03-10T08:00' };
    fuzzPositions([a, b], ([x, y]) => comparePriority(x as never, y as never));
    fuzzShapes(
      [(v) => ({ ...a, channel: v }), (v) => ({ ...a, receivedAt: v }), (v) => ({ ...a, id: v })],
      (x) => comparePriority(x as never, b as never),
    );
    // sortByPriority returns the caller's own items: check the array, not what is inside.
    fuzzPositions([[a, b]], ([items]) => sortByPriority(items as never), { walk: false });
    fuzzShapes([(v) => [a, v, b], (v) => [v], (v) => [{ ...b, receivedAt: v }, a]], (items) => sortByPriority(items as never), { walk: false });
  });

  it('validateNotice never throws', () => {
    const options = { neverThrows: true };
    fuzzPositions([notice, { submittedAt: '2026-03-16T08:00', calendar: cal, previousNotices: [] }], ([n, c]) => validateNotice(n, c as never), options);
    fuzzShapes(
      [
        ...Object.keys(notice).map((key) => (v: unknown) => ({ ...notice, [key]: v })),
        (v) => ({ ...notice, guidance: [v] }),
        (v) => ({ ...notice, channels: [v] }),
        (v) => ({ ...notice, channels: [{ type: 'email', to: v }] }),
        (v) => ({ ...notice, channels: [{ type: v, to: '0912345678' }] }),
        (v) => ({ ...notice, kind: 'redirect', authority: v }),
      ],
      (n) => validateNotice(n),
      options,
    );
    fuzzShapes(
      [
        (v) => ({ submittedAt: v }),
        (v) => ({ calendar: v }),
        (v) => ({ previousNotices: v }),
        (v) => ({ previousNotices: [v] }),
        (v) => ({ previousNotices: [{ ...notice, issuedAt: v }] }),
        (v) => ({ submittedAt: '2026-03-16T08:00', calendar: cal, previousNotices: [notice, v] }),
      ],
      (c) => validateNotice(notice, c as never),
      options,
    );
  });

  it('classifyService', () => {
    fuzzPositions([{ legacyLevel: 3 }], ([s]) => classifyService(s as never));
    const full = { onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' };
    fuzzShapes(
      [...Object.keys(full).map((key) => (v: unknown) => ({ ...full, [key]: v })), (v) => ({ legacyLevel: v }), (v) => ({ ...full, legacyLevel: v })],
      (s) => classifyService(s as never),
    );
  });

  it('processingDeadline', () => {
    fuzzPositions(
      ['2026-03-10T09:00', { workingDays: 15 }, { calendar: cal, pauses: [], extensions: [] }],
      ([at, p, o]) => processingDeadline(at as never, p as never, o as never),
    );
    fuzzShapes(
      [
        (v) => [{ workingDays: v }, undefined],
        (v) => [{ workingHours: v }, undefined],
        (v) => [{ workingDays: 1, workingHours: v }, undefined],
        (v) => [{ workingDays: 3 }, { calendar: v }],
        (v) => [{ workingDays: 3 }, { pauses: v }],
        (v) => [{ workingDays: 3 }, { pauses: [v] }],
        (v) => [{ workingDays: 3 }, { pauses: [{ from: v, to: '2026-03-12T09:00' }] }],
        (v) => [{ workingDays: 3 }, { pauses: [{ from: '2026-03-11T09:00', to: v }] }],
        (v) => [{ workingDays: 3 }, { extensions: v }],
        (v) => [{ workingDays: 3 }, { extensions: [v] }],
        (v) => [{ workingDays: 3 }, { extensions: [{ workingDays: v, reason: 'x' }] }],
        (v) => [{ workingDays: 3 }, { extensions: [{ workingHours: v, reason: 'x' }] }],
        (v) => [{ workingDays: 3 }, { extensions: [{ workingDays: 2, reason: v }] }],
      ],
      (arg) => {
        const [period, options] = arg as [unknown, unknown];
        return processingDeadline('2026-03-10T09:00', period as never, { calendar: cal, ...(options as object) } as never);
      },
    );
  });

  it('slaStatus', () => {
    fuzzPositions([{ deadline: '2026-03-20T17:00', now: '2026-03-19T09:00', calendar: cal }], ([input]) => slaStatus(input as never));
    fuzzShapes(
      [
        (v) => ({ deadline: v, now: '2026-03-19T09:00', calendar: cal }),
        (v) => ({ deadline: '2026-03-20T17:00', now: v, calendar: cal }),
        (v) => ({ deadline: '2026-03-20T17:00', completedAt: v, calendar: cal }),
        (v) => ({ deadline: '2026-03-20', completedAt: v }),
        (v) => ({ deadline: '2026-03-20T17:00', now: '2026-03-19T09:00', calendar: v }),
      ],
      (input) => slaStatus(input as never),
    );
  });

  it('summarize', async () => {
    const dossiers = [
      { id: 'a', channel: 'online', deadline: '2026-03-20T17:00', completedAt: '2026-03-19T09:00' },
      { id: 'b', channel: 'direct', acceptedAt: '2026-03-10T09:00', period: { workingDays: 3 } },
    ];
    await fuzzPositionsAsync([dossiers, { now: '2026-03-19T09:00', calendar: cal }], ([d, o]) => summarize(d as never, o as never));
    const shapes: Array<(v: unknown) => unknown> = [
      (v) => [v],
      (v) => [...dossiers, v],
      (v) => [{ ...dossiers[0], channel: v }],
      (v) => [{ ...dossiers[0], deadline: v }],
      (v) => [{ ...dossiers[0], completedAt: v }],
      (v) => [{ ...dossiers[1], acceptedAt: v }],
      (v) => [{ ...dossiers[1], period: v }],
      (v) => [{ ...dossiers[1], pauses: v }],
      (v) => [{ ...dossiers[1], extensions: v }],
      (v) => new Set([dossiers[0], v]),
      (v) =>
        (async function* gen() {
          yield dossiers[0];
          yield v;
        })(),
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: shapes.length - 1 }), hostileArb(), async (i, v) => {
        const input = (shapes[i] as (v: unknown) => unknown)(fresh(v));
        await checkAsync(() => summarize(input as never, { now: '2026-03-19T09:00', calendar: cal }));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('contact checks', () => {
    fuzzPositions(['a@b.vn'], ([t]) => isValidEmail(t as never), {}, RUNS * 2);
    fuzzPositions(['0912345678'], ([t]) => isVietnameseMobile(t as never), {}, RUNS * 2);
    fuzzPositions(['+84 912.345.678'], ([t]) => normalizeVietnameseMobile(t as never), {}, RUNS * 2);
  });

  it('NOTICE_MESSAGES', () => {
    for (const [code, build] of Object.entries(NOTICE_MESSAGES)) {
      fuzzPositions([{}], ([p]) => (build as (p: unknown) => unknown)(p), {}, RUNS / 2);
      void code;
    }
  });
});
