import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { fromLunar } from '../../src/lunar/fromLunar.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return error instanceof WorktimeError ? error.code : 'not a WorktimeError';
  }
  return undefined;
};

describe('fromLunar', () => {
  it('gives Tết Bính Ngọ, 1/1/2026, as 2026-02-17', () => {
    expect(fromLunar({ year: 2026, month: 1, day: 1, leap: false })).toBe('2026-02-17');
  });

  it('gives Giỗ Tổ Hùng Vương, 10/3/2026, as 2026-04-26', () => {
    expect(fromLunar({ year: 2026, month: 3, day: 10, leap: false })).toBe('2026-04-26');
  });

  it('addresses the leap month with leap: true', () => {
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: false })).toBe('2023-02-20');
    expect(fromLunar({ year: 2023, month: 3, day: 1, leap: false })).toBe('2023-04-20');
  });

  it('puts Giỗ Tổ in the regular month 3 when month 3 is leap (2031)', () => {
    expect(fromLunar({ year: 2031, month: 3, day: 10, leap: false })).toBe('2031-04-01');
    expect(fromLunar({ year: 2031, month: 3, day: 10, leap: true })).toBe('2031-04-30');
  });

  it('reaches the leap month 11 of 2033 and its month 12 in January 2034', () => {
    expect(fromLunar({ year: 2033, month: 11, day: 1, leap: true })).toBe('2033-12-22');
    expect(fromLunar({ year: 2033, month: 12, day: 1, leap: false })).toBe('2034-01-20');
  });

  it('reads a missing leap as false', () => {
    expect(fromLunar({ year: 2026, month: 3, day: 10 } as never)).toBe('2026-04-26');
  });

  it('rejects 30/12/2025: month 12 of 2025 has 29 days', () => {
    expect(codeOf(() => fromLunar({ year: 2025, month: 12, day: 30, leap: false }))).toBe('INVALID_LUNAR_DATE');
    expect(() => fromLunar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(/has 29 days/);
  });

  it('accepts the last days of lunar 1899, which fall in January 1900, and no earlier', () => {
    expect(fromLunar({ year: 1899, month: 12, day: 1, leap: false })).toBe('1900-01-01');
    expect(codeOf(() => fromLunar({ year: 1899, month: 11, day: 29, leap: false }))).toBe('OUT_OF_RANGE');
  });
});
