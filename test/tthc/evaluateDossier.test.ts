/**
 * evaluateDossier — the one evaluation behind summarize and batch — and the QĐ 766 indicators of
 * summarize (docs/domain.md §9, §10), checked by hand on a small written-out set. Civil-service
 * calendar; March 2026 has no day off.
 */
import { describe, expect, test } from 'vitest';
import { evaluateDossier } from '../../src/tthc/report/evaluateDossier.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import type { Dossier } from '../../src/tthc/report/summarize.js';
import { WorktimeError } from '../../src/errors.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const NOW = '2026-03-10T09:00';

describe('evaluateDossier', () => {
  test('a supplemented dossier: the legal deadline restarts; kpi766 pauses', () => {
    const d: Dossier = {
      id: 'HS-1',
      channel: 'online',
      acceptedAt: '2026-03-02T09:00',
      period: { workingDays: 5 },
      supplements: [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }],
    };
    const legal = evaluateDossier(d, { now: NOW });
    expect(legal).toMatchObject({ ok: true, id: 'HS-1', channel: 'online', dueDate: '2026-03-16', status: 'in-progress', provisional: false, violations: [] });
    expect(legal.ok && legal.deadline?.toISO()).toBe('2026-03-16T17:00:00.000+07:00');
    expect(legal.ok && legal.margin?.as('hours')).toBe(8 * 5 - 2); // Tue 10/03 09:00 → Mon 16/03 17:00
    const kpi = evaluateDossier(d, { now: NOW, method: 'kpi766' });
    expect(kpi).toMatchObject({ ok: true, dueDate: '2026-03-13', status: 'in-progress' });
  });

  test('waiting for the applicant: no deadline under the law; judged at the request under QĐ 766', () => {
    const d: Dossier = { channel: 'direct', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 }, supplements: [{ requestedAt: '2026-03-04T10:00' }] };
    expect(evaluateDossier(d, { now: '2026-03-20T09:00' })).toMatchObject({ ok: true, deadline: null, dueDate: null, status: 'waiting', margin: null });
    // At the request (04/03 10:00) the appointment 09/03 17:00 had not passed: not late, whatever `now`
    expect(evaluateDossier(d, { now: '2026-03-20T09:00', method: 'kpi766' })).toMatchObject({ ok: true, dueDate: '2026-03-09', status: 'early' });
  });

  test('more than one request to supplement: a violation, and late under QĐ 766', () => {
    const d: Dossier = {
      channel: 'online',
      acceptedAt: '2026-03-02T09:00',
      period: { workingDays: 5 },
      supplements: [
        { requestedAt: '2026-03-03T09:00', completedAt: '2026-03-04T09:00' },
        { requestedAt: '2026-03-05T09:00', completedAt: '2026-03-06T09:00' },
      ],
      completedAt: '2026-03-09T10:00',
    };
    const legal = evaluateDossier(d, { now: NOW });
    expect(legal).toMatchObject({ ok: true, status: 'early', dueDate: '2026-03-13' });
    expect(legal.ok && legal.violations.map((v) => v.code)).toEqual(['REPEATED_SUPPLEMENT']);
    expect(evaluateDossier(d, { now: NOW, method: 'kpi766' })).toMatchObject({ ok: true, status: 'late' });
  });

  test('a bad record is an error with a code, a path and words in both languages; it never throws', () => {
    const fax = evaluateDossier({ id: 'X', channel: 'fax' as never, deadline: '2026-03-16' }, { now: NOW });
    expect(fax).toEqual({
      ok: false,
      id: 'X',
      code: 'INVALID_ARGUMENT',
      path: 'channel',
      message: {
        vi: 'Hồ sơ không hợp lệ ở trường `channel` (INVALID_ARGUMENT): Expected `channel` to be \'online\', \'direct\' or \'postal\', got "fax"',
        en: 'Expected `channel` to be \'online\', \'direct\' or \'postal\', got "fax"',
      },
    });
    const backwards = evaluateDossier(
      { channel: 'online', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 }, supplements: [{ requestedAt: '2026-03-05T09:00', completedAt: '2026-03-04T09:00' }] },
      { now: NOW },
    );
    expect(backwards).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', path: 'supplements[0].completedAt' });
    expect(evaluateDossier(null as never, { now: NOW })).toMatchObject({ ok: false, path: 'dossier' });
    expect(evaluateDossier({ channel: 'online' } as never, { now: NOW })).toMatchObject({ ok: false, path: 'acceptedAt' });
    expect(evaluateDossier({ channel: 'online', deadline: '2026-03-16', digitized: 'yes' } as never, { now: NOW })).toMatchObject({ ok: false, path: 'digitized' });
  });

  test('bad options throw', () => {
    expect(thrown(() => evaluateDossier({ channel: 'online', deadline: '2026-03-16' }, {} as never)).path).toBe('now');
    expect(thrown(() => evaluateDossier({ channel: 'online', deadline: '2026-03-16' }, { now: NOW, method: 'x' as never })).path).toBe('method');
    expect(thrown(() => evaluateDossier({ channel: 'online', deadline: '2026-03-16' }, { now: NOW, rules: 'x' as never })).path).toBe('rules');
    expect(thrown(() => evaluateDossier({ channel: 'online', deadline: '2026-03-16' }, { now: NOW, calendar: {} as never })).code).toBe('INVALID_ARGUMENT');
  });

  test('a dossier that crosses into 2027 is provisional', () => {
    expect(evaluateDossier({ channel: 'online', acceptedAt: '2026-12-28T09:00', period: { workingDays: 10 } }, { now: '2026-12-29T09:00' })).toMatchObject({ ok: true, provisional: true });
  });
});

describe('the QĐ 766 indicators, by hand (period March 2026, now 31/03/2026 17:00, syncRate 0.9)', () => {
  const set: Dossier[] = [
    // A: online, two requests to supplement → late under QĐ 766; digitised, no paper result
    {
      id: 'A', channel: 'online', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 }, completedAt: '2026-03-12T10:00', digitized: true,
      supplements: [
        { requestedAt: '2026-03-03T09:00', completedAt: '2026-03-04T09:00' },
        { requestedAt: '2026-03-05T09:00', completedAt: '2026-03-06T09:00' },
      ],
    },
    // B: direct, waiting for the applicant since 04/03 10:00 → judged at the request: on time
    { id: 'B', channel: 'direct', acceptedAt: '2026-03-02T09:00', period: { workingDays: 5 }, supplements: [{ requestedAt: '2026-03-04T10:00' }] },
    // C: postal, due Mon 06/04/2026, unfinished at the end of the period → judged then: on time
    { id: 'C', channel: 'postal', acceptedAt: '2026-03-23T09:00', period: { workingDays: 10 } },
    // D: online, due Thu 05/03 17:00, completed Fri 06/03 → late; paper result with an electronic one; digitised
    { id: 'D', channel: 'online', acceptedAt: '2026-03-02T09:00', period: { workingDays: 3 }, completedAt: '2026-03-06T10:00', paperResult: true, electronicResult: true, digitized: true },
    // E: online, on time; paper result without an electronic one → neither online nor digitised
    { id: 'E', channel: 'online', acceptedAt: '2026-03-10T09:00', period: { workingDays: 5 }, completedAt: '2026-03-16T10:00', paperResult: true, electronicResult: false, digitized: true },
    // F: direct, received in February, completed on time on 02/03 → processed in the period
    { id: 'F', channel: 'direct', acceptedAt: '2026-02-23T09:00', period: { workingDays: 5 }, completedAt: '2026-03-02T16:00' },
    // G: online, received and completed in January → outside the period
    { id: 'G', channel: 'online', acceptedAt: '2026-01-05T09:00', period: { workingDays: 5 }, completedAt: '2026-01-09T09:00', digitized: true },
  ];

  test('on time 4/6, online 2/5 × 0.9, digitised 2/6', async () => {
    const s = await summarize(set, { now: '2026-03-31T17:00', period: { from: '2026-03-01', to: '2026-03-31' }, syncRate: 0.9 });
    expect(s.kpi766.onTime).toEqual({ count: 4, total: 6, rate: 4 / 6 });
    expect(s.kpi766.online).toEqual({ count: 2, total: 5, rate: (2 / 5) * 0.9 });
    expect(s.kpi766.digitized).toEqual({ count: 2, total: 6, rate: 2 / 6 });
    expect(s.waiting).toBe(1);
    expect(s.total).toBe(7);
    expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0) + s.waiting + s.invalid.length).toBe(set.length);
  });

  test('without a period every dossier counts, judged at now', async () => {
    const s = await summarize(set, { now: '2026-03-31T17:00' });
    expect(s.kpi766.onTime.total).toBe(7);
    expect(s.kpi766.onTime.count).toBe(5); // G too
    expect(s.kpi766.online).toEqual({ count: 3, total: 7, rate: 3 / 7 }); // A, D, G
  });

  test('bad period or syncRate', async () => {
    await expect(summarize(set, { now: '2026-03-31T17:00', syncRate: 1.5 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: 'syncRate' });
    await expect(summarize(set, { now: '2026-03-31T17:00', period: { from: '2026-03-31', to: '2026-03-01' } })).rejects.toMatchObject({ path: 'period.to' });
    await expect(summarize(set, { now: '2026-03-31T17:00', period: '2026-03' as never })).rejects.toBeInstanceOf(WorktimeError);
  });
});
