/**
 * One issue shape across the public API (docs/errors.md): every failure of `evaluateDossier`,
 * every entry of `summarize(...).invalid`, every issue of `validateNotice` and every
 * `WorktimeError.issue` is `{ code, path, message: { vi, en } }` (plus `ok`, `id`, `index` where
 * documented), with words in both languages and no backtick in the Vietnamese; `summarize` lists
 * each bad record with the very issue `evaluateDossier` gives for it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/WorkingCalendar.js';
import { WorktimeError } from '../../src/errors.js';
import type { Issue } from '../../src/errors.js';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import type { NoticeIssue } from '../../src/tthc/notice/types.js';
import { evaluateDossier } from '../../src/tthc/report/evaluateDossier.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import type { Dossier } from '../../src/tthc/report/summarize.js';
import { civilServiceCalendar } from '../../src/vietnam/civilServiceCalendar.js';
import { corruptedCaseArb } from '../support/arbitraries/notice.js';

const NOW = '2026-03-20T09:00';

/** Checks the issue part of `value`, and that it has no key but the issue's and `extra`. */
function expectIssue(value: unknown, extra: readonly string[] = []): void {
  expect(Object.keys(value as object).sort()).toEqual(['code', 'message', 'path', ...extra].sort());
  const issue = value as Issue;
  expect(typeof issue.code).toBe('string');
  expect(issue.code).not.toBe('');
  expect(typeof issue.path).toBe('string');
  expect(Object.keys(issue.message).sort()).toEqual(['en', 'vi']);
  expect(issue.message.vi.trim()).not.toBe('');
  expect(issue.message.en.trim()).not.toBe('');
  // names are never quoted in backticks (a value the user wrote, in double quotes, may hold one)
  expect(issue.message.vi.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toContain('`');
}

const instant = fc.oneof(
  fc.constantFrom('2026-03-02T09:00', '2026-03-10T14:30', '2026-03-16', '2026-03-01T08:00', 'yesterday', '31/02/2026', '0999-03-10T17:00', ''),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.constantFrom(null, undefined, true, {}),
);
const period = fc.oneof(
  fc.record({ workingDays: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constant('5')) }),
  fc.record({ workingHours: fc.oneof(fc.double({ min: -1, max: 100, noNaN: true }), fc.constant(0)) }),
  fc.constant({ workingDays: 1, workingHours: 8 }),
  fc.constant({ weeks: 1 }),
  fc.constantFrom(null, 5, 'five'),
);
const supplement = fc.record({ requestedAt: instant, completedAt: instant }, { requiredKeys: [] });
const dossierArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record(
    {
      id: fc.oneof(fc.constantFrom('HS-1', 'HS-2'), fc.integer()),
      channel: fc.constantFrom('online', 'direct', 'postal', 'fax', 5, null),
      deadline: instant,
      acceptedAt: instant,
      receivedAt: instant,
      period,
      supplements: fc.oneof(fc.array(supplement, { maxLength: 3 }), fc.constantFrom('none', 3)),
      pauses: fc.oneof(fc.array(fc.record({ from: instant, to: instant }, { requiredKeys: [] }), { maxLength: 2 }), fc.constant({})),
      extensions: fc.array(fc.record({ workingDays: fc.integer({ min: 0, max: 3 }), reason: fc.constantFrom('', 'Xác minh') }, { requiredKeys: [] }), { maxLength: 2 }),
      completedAt: instant,
      digitized: fc.constantFrom(true, false, 'yes', 1),
    },
    { requiredKeys: ['channel'] },
  ) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 5, 'x', [1, 2]) },
);

describe('the issue of a bad dossier record', () => {
  test('evaluateDossier: { ok: false, id?, code, path, message: { vi, en } }', () => {
    fc.assert(
      fc.property(dossierArb, (record) => {
        const r = evaluateDossier(record as Dossier, { now: NOW });
        if (r.ok) return;
        const id = (record as { id?: unknown } | null)?.id;
        expectIssue(r, typeof id === 'string' ? ['ok', 'id'] : ['ok']);
      }),
      { numRuns: 300 },
    );
  });

  test('summarize lists each bad record with the issue evaluateDossier gives for it, and its index', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dossierArb, { minLength: 1, maxLength: 8 }), async (records) => {
        const s = await summarize(records as Dossier[], { now: NOW });
        const expected = records.flatMap((record, index) => {
          const r = evaluateDossier(record as Dossier, { now: NOW });
          if (r.ok) return [];
          const { ok: _ok, ...issue } = r;
          return [{ index, ...issue }];
        });
        expect(s.invalid).toEqual(expected);
        for (const entry of s.invalid) expectIssue(entry, entry.id === undefined ? ['index'] : ['index', 'id']);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the issues of a notice', () => {
  test('validateNotice: each issue is { code, path, message: { vi, en } }', () => {
    fc.assert(
      fc.property(corruptedCaseArb, ({ notice, context }) => {
        const { issues } = validateNotice(notice as never, context);
        for (const issue of issues) expectIssue(issue);
      }),
      { numRuns: 150 },
    );
  });

  test('a NoticeIssue is an Issue', () => {
    const issue: NoticeIssue = { code: 'NO_CHANNEL', path: 'channels', message: { vi: 'x', en: 'x' } };
    const asIssue: Issue = issue;
    expect(asIssue.code).toBe('NO_CHANNEL');
  });
});

describe('WorktimeError.issue', () => {
  const text = fc.oneof(fc.constantFrom('25:00', '08:00', '2026-13-01', '--02-30', 'Asia/Nowhere', ''), fc.string({ maxLength: 6 }));
  const anything = fc.oneof(text, fc.integer(), fc.constantFrom(null, undefined, true, [], {}));
  const failures = fc.oneof(
    fc.record({ mon: fc.array(fc.tuple(text, text), { maxLength: 2 }), holidays: fc.array(anything, { maxLength: 2 }), range: anything }).map(
      (spec) => () => WorkingCalendar.create({ week: { mon: spec.mon }, holidays: spec.holidays, range: spec.range } as never),
    ),
    fc.dictionary(fc.constantFrom('week', 'zone', 'weekend', 'holidays', 'workdays'), anything).map((spec) => () => WorkingCalendar.create(spec as never)),
    fc.record({ year: anything, daysOff: anything }).map((s) => () => civilServiceCalendar({ schedules: [s as never] })),
    fc.tuple(anything, anything).map(([at, days]) => () => processingDeadline(at as never, { workingDays: days } as never)),
    fc.dictionary(fc.constantFrom('calendar', 'pauses', 'method', 'timezone'), anything).map((options) => () => processingDeadline('2026-03-02T09:00', { workingDays: 3 }, options as never)),
  );

  test('any thrown error gives { code, path, message: { vi, en } }, with its code and path', () => {
    fc.assert(
      fc.property(failures, (run) => {
        let error: unknown;
        try {
          run();
        } catch (e) {
          error = e;
        }
        if (error === undefined) return;
        expect(error).toBeInstanceOf(WorktimeError);
        const e = error as WorktimeError;
        const issue = e.issue;
        expectIssue(issue);
        expect([issue.code, issue.path, issue.message.en]).toEqual([e.code, e.path ?? Object.keys(e.details)[0] ?? '', e.message]);
      }),
      { numRuns: 300 },
    );
  });

  test('a calendar spec error points into the spec', () => {
    const cases: Array<[unknown, string]> = [
      [{ week: { mon: [['08:00', '25:00']] } }, 'week.mon[0][1]'],
      [{ week: { mon: [['08:00', '17:00']] }, holidays: ['2026-01-01', '2026-01-02', '2026-01-03', { date: '2026-13-01' }] }, 'holidays[3].date'],
      [{ week: { monday: [] } }, 'week.monday'],
      [{ week: {}, weekend: true }, 'weekend'],
      [{ week: {}, range: { from: '2026-02-01', to: '2026-01-01' } }, 'range.to'],
      [{ week: {}, holidays: ['2026-01-01', '2026-01-01'] }, 'holidays[1]'],
      [[], ''],
    ];
    for (const [spec, path] of cases) {
      let error: unknown;
      try {
        WorkingCalendar.create(spec as never);
      } catch (e) {
        error = e;
      }
      expect((error as WorktimeError).issue.path).toBe(path);
    }
  });
});
