/**
 * Bugs the fuzz suite found, kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { toLunar } from '../../src/lunar/index.js';

/**
 * luxon recognises a DateTime by its `isLuxonDateTime` flag (so that two luxon copies mix); the
 * library no longer does for a plain object (src/time/luxon.ts), so this one is not a DateTime.
 */
const nanDateTime = { isLuxonDateTime: true, isValid: true, toMillis: () => NaN };

function code(fn: () => unknown): string {
  try {
    fn();
    return 'returned';
  } catch (e) {
    return e instanceof WorktimeError ? e.code : `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('fixed bugs', () => {
  const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });

  // toEpoch (src/time/instant.ts) and toDay (src/time/date.ts) took `value.toMillis()` of a
  // DateTime without checking it is finite; NaN passed the range check (NaN < x is false) and
  // CompiledZone's bisection (src/time/zone.ts) recursed until the stack overflowed.
  it('a DateTime-like value at NaN is INVALID_INSTANT, not a stack overflow', () => {
    expect(code(() => cal.isWorkingTime(nanDateTime as never))).toBe('INVALID_INSTANT');
  });

  it('a DateTime-like value at NaN is INVALID_DATE, not a stack overflow', () => {
    expect(code(() => cal.isWorkingDay(nanDateTime as never))).toBe('INVALID_DATE');
  });

  it('toLunar of a DateTime-like value at NaN is INVALID_DATE', () => {
    expect(code(() => toLunar(nanDateTime as never))).toBe('INVALID_DATE');
  });

  // ISO strings the library's pattern did not read went to luxon's fromISO with the compiled
  // zone; at the JavaScript date limit luxon asked the zone for offsets of invalid instants, the
  // offset was NaN and the bisection in src/time/zone.ts recursed until the stack overflowed
  // (and 1e300 never left the sampling loop). The library reads every ISO form itself now and
  // checks the range first; the zone clamps what luxon may still ask.
  it('instants at the JavaScript date limit are OUT_OF_RANGE, not a stack overflow', () => {
    for (const t of ['+275760-09-13T00:00', '-271821-04-20T00:00', '+999999-01-01', '+275760-09-13']) {
      expect([t, code(() => cal.nextWorkingTime(t))]).toEqual([t, 'OUT_OF_RANGE']);
    }
  });

  // A deadline `20260310` (or `2026-W11-2`, `2026-069`) went to luxon and became 00:00, not the
  // close of working hours: on-time dossiers came out late (src/tthc/processing/dossierStatus.ts).
  it('a day in any ISO form is a day', () => {
    const day = cal.addWorkingDays('2026-03-09', 0);
    for (const t of ['20260309', '2026-W11-1', '2026-068']) expect(cal.nextWorkingTime(t).toISODate()).toBe(day);
  });
});
