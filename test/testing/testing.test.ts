/**
 * `vn-worktime/testing` (the arbitraries give what they promise) and `formatInstant`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar, civilServiceCalendar, evaluateDossier, formatInstant, validateNotice } from '../../src/index.js';
import { calendarSpec, dossier, fixtures, instant, notice, workingInstant } from '../../src/testing/index.js';
import { codeOf } from '../support/errors.js';

const RUNS = { seed: 20260316, numRuns: 150 };

describe('formatInstant', () => {
  test('Vietnamese by default, English on request, in any zone', () => {
    expect(formatInstant('2026-03-16T08:00')).toBe('Thứ Hai, 16/03/2026 08:00');
    expect(formatInstant('2026-03-16T08:00', { lang: 'en' })).toBe('Mon 16/03/2026 08:00');
    expect(formatInstant('2026-03-16T01:00Z', { zone: 'Europe/Berlin', lang: 'en' })).toBe('Mon 16/03/2026 02:00');
    expect(formatInstant(new Date('2026-02-17T00:00:05Z'))).toBe('Thứ Ba, 17/02/2026 07:00:05');
    expect(formatInstant(Date.UTC(2026, 1, 22, 3))).toBe('Chủ Nhật, 22/02/2026 10:00');
  });

  test('bad input throws WorktimeError with a code', () => {
    expect(codeOf(() => formatInstant('31/02/2026'))).toBe('INVALID_INSTANT');
    expect(codeOf(() => formatInstant('2026-03-16T08:00', { zone: 'Mars/Olympus' }))).toBe('INVALID_ZONE');
    expect(codeOf(() => formatInstant('2026-03-16T08:00', { lang: 'fr' as 'vi' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatInstant('2026-03-16T08:00', 'en' as never))).toBe('INVALID_ARGUMENT');
  });
});

describe('vn-worktime/testing', () => {
  test('instant: DateTimes within the bounds, in the zone asked for', () => {
    fc.assert(
      fc.property(instant({ from: '2026-01-01T00:00+07:00', to: '2026-01-31T23:59+07:00', zone: 'UTC' }), (t) => {
        expect(t.isValid).toBe(true);
        expect(t.zoneName).toBe('UTC');
        expect(t.toMillis()).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00+07:00'));
        expect(t.toMillis()).toBeLessThanOrEqual(Date.parse('2026-01-31T23:59+07:00'));
      }),
      RUNS,
    );
    expect(() => instant({ from: 'soon' })).toThrow(TypeError);
  });

  test('workingInstant: always working time', () => {
    const civil = civilServiceCalendar();
    fc.assert(fc.property(workingInstant(civil), (t) => {
      expect(civil.isWorkingTime(t)).toBe(true);
    }), RUNS);
  });

  test('calendarSpec: every spec makes a calendar', () => {
    fc.assert(fc.property(calendarSpec(), (spec) => {
      expect(WorkingCalendar.create(spec)).toBeInstanceOf(WorkingCalendar);
    }), RUNS);
  });

  test('dossier: every dossier is valid', () => {
    fc.assert(fc.property(dossier(), (d) => {
      expect(evaluateDossier(d, { now: '2027-06-01T00:00' }).ok).toBe(true);
    }), RUNS);
  });

  test('notice: every notice passes validateNotice', () => {
    fc.assert(fc.property(notice(), (n) => {
      expect(validateNotice(n).issues).toEqual([]);
    }), RUNS);
  });

  test('fixtures: the official 2025 and 2026 schedules with their sources', () => {
    expect(fixtures.schedules[2025].status).toBe('official');
    expect(fixtures.schedules[2025].workdays.map((w) => w.date)).toEqual(['2025-04-26']);
    expect(fixtures.schedules[2026].sources.length).toBeGreaterThan(0);
  });
});
