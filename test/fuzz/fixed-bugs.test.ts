/**
 * Bugs the fuzz suite found, kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { toLunar } from '../../src/lunar/index.js';

/** luxon recognises a DateTime by its `isLuxonDateTime` flag (so that two luxon copies mix). */
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
});
