/**
 * One application, two copies of vn-worktime: the ESM build (`import`) and the CJS build
 * (`require`) loaded side by side, as in mixed apps and test runners. Every function that takes a
 * calendar accepts one made by the other copy (and keeps its facts, such as the provisional years
 * of the civil-service calendar), and every `WorktimeError` check recognises the other copy's
 * errors — both between the two builds and between the sources and a build.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import * as source from '../../src/index.js';
import { CALENDAR_BRAND, ERROR_BRAND, shared } from '../../src/brand.js';

type Api = typeof source;

const dir = inject('buildDir');
const esm = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Api;
const cjs = createRequire(import.meta.url)(join(dir, 'index.cjs')) as Api;

const NOTICE = {
  dossierId: 'HS-1', kind: 'supplement', issuedAt: '2026-03-17T09:00', content: 'Thiếu giấy tờ.',
  reason: 'Thiếu bản sao.', guidance: ['Nộp bản sao giấy khai sinh'], channels: [{ type: 'portal' }],
};

/** Each pair: the copy that makes calendars and errors, the copy whose functions receive them. */
const PAIRS: Array<[string, Api, Api]> = [
  ['CJS calendar → ESM functions', cjs, esm],
  ['ESM calendar → CJS functions', esm, cjs],
  ['built calendar → source functions', esm, source],
  ['source calendar → built functions', source, cjs],
];

describe.each(PAIRS)('%s', (_name, maker, user) => {
  test('the two copies are distinct classes', () => {
    expect(maker.WorkingCalendar).not.toBe(user.WorkingCalendar);
    expect(maker.WorktimeError).not.toBe(user.WorktimeError);
  });

  test('instanceof recognises the other copy’s calendars and errors, and nothing else', () => {
    const calendar = maker.civilServiceCalendar();
    expect(calendar instanceof user.WorkingCalendar).toBe(true);
    expect(calendar.extend({ holidays: ['2026-03-20'] }) instanceof user.WorkingCalendar).toBe(true);
    expect(Object.create(maker.WorkingCalendar.prototype) instanceof user.WorkingCalendar).toBe(false);
    expect({ zone: 'Asia/Ho_Chi_Minh' } instanceof user.WorkingCalendar).toBe(false);
    let error: unknown;
    try {
      maker.toLunar('1800-01-01');
    } catch (e) {
      error = e;
    }
    expect(error instanceof user.WorktimeError).toBe(true);
    expect(error instanceof Error).toBe(true);
    expect(new Error('x') instanceof user.WorktimeError).toBe(false);
  });

  test('intakeDeadline, with the provisional years of the other copy’s civil-service calendar', () => {
    const calendar = maker.civilServiceCalendar();
    const r = user.intakeDeadline('2027-02-05T10:00', { calendar });
    expect(r.provisional).toBe(true);
    expect(user.intakeDeadline('2026-03-13T20:00', { calendar }).deadline.toISO()).toBe('2026-03-17T08:00:00.000+07:00');
  });

  test('processingDeadline, slaStatus, evaluateDossier, summarize, validateNotice', async () => {
    const calendar = maker.civilServiceCalendar({ hours: [['07:00', '11:30'], ['13:30', '17:00']] });
    expect(user.processingDeadline('2026-02-13T14:00', { workingDays: 5 }, { calendar }).dueDate).toBe('2026-02-27');
    expect(user.slaStatus({ deadline: '2026-02-27T17:00', now: '2026-03-02T08:00', calendar }).status).toBe('overdue');
    const dossier = { channel: 'online' as const, acceptedAt: '2027-02-01T09:00', period: { workingDays: 5 } };
    const evaluated = user.evaluateDossier(dossier, { now: '2027-02-02T09:00', calendar });
    expect(evaluated.ok && evaluated.provisional).toBe(true);
    const report = await user.summarize([dossier], { now: '2027-02-02T09:00', calendar });
    expect(report.byStatus['in-progress']).toBe(1);
    const checked = user.validateNotice(NOTICE, { submittedAt: '2026-03-13T20:00', calendar });
    expect(checked.issues.map((i) => i.code)).toEqual(['LATE_NOTICE']);
  });

  test('the other copy’s errors thrown inside a function are reported, not rethrown', async () => {
    const finite = maker.WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] }, range: { from: '2026-03-02', to: '2026-03-09' } });
    const dossier = { channel: 'online' as const, acceptedAt: '2026-03-02T09:00', period: { workingDays: 30 } };
    const evaluated = user.evaluateDossier(dossier, { now: '2026-03-03T09:00', calendar: finite });
    expect(evaluated.ok ? 'ok' : evaluated.code).toBe('OUT_OF_RANGE');
    const report = await user.summarize([dossier], { now: '2026-03-03T09:00', calendar: finite });
    expect(report.invalid.map((i) => i.code)).toEqual(['OUT_OF_RANGE']);
  });
});

describe('the brands', () => {
  test('hostile look-alikes are not calendars and not errors', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => source.WorkingCalendar.prototype });
    expect(throwing instanceof source.WorkingCalendar).toBe(false);
    expect(throwing instanceof source.WorktimeError).toBe(false);
    const liar = { [CALENDAR_BRAND]: () => { throw new Error('no'); } };
    expect(liar instanceof source.WorkingCalendar).toBe(false);
    expect((null as unknown) instanceof source.WorkingCalendar).toBe(false);
    expect((() => 1) instanceof source.WorktimeError).toBe(false);
    expect({ [ERROR_BRAND]: true } instanceof source.WorktimeError).toBe(true);
  });

  test('a subclass of WorktimeError keeps the ordinary instanceof', () => {
    class Sub extends source.WorktimeError {}
    expect(new Sub('INVALID_DATE', 'x') instanceof Sub).toBe(true);
    expect(new source.WorktimeError('INVALID_DATE', 'x') instanceof Sub).toBe(false);
  });

  test('shared values are created once per process', () => {
    const a = shared('test-value', () => ({}));
    expect(shared('test-value', () => ({}))).toBe(a);
  });
});
