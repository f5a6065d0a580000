/**
 * Durations on the command line: 1h, 30m, 1h30m, 90m, 0, 8h, -2h, and working days (2d).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmount, parseDuration } from '../../src/cli/duration.js';
import { WorktimeError } from '../../src/errors.js';

const H = 3_600_000;
const M = 60_000;

describe('parseDuration', () => {
  test.each([
    ['1h', H],
    ['30m', 30 * M],
    ['1h30m', 90 * M],
    ['90m', 90 * M],
    ['0', 0],
    ['-0', 0],
    ['8h', 8 * H],
    ['-2h', -2 * H],
    ['+2h', 2 * H],
    ['1.5h', 90 * M],
    ['45s', 45_000],
    ['1h0m30s', H + 30_000],
    [' 2h ', 2 * H],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text, 'duration')).toBe(ms);
  });

  test.each(['', 'h', '8', '1x', '1m1h', '2d', '1h 30m', '--1h', 'abc', '1e3h', 'Infinityh'])('%j is INVALID_DURATION', (text) => {
    expect(() => parseDuration(text, '--grace')).toThrow(WorktimeError);
    try {
      parseDuration(text, '--grace');
    } catch (e) {
      expect((e as WorktimeError).code).toBe('INVALID_DURATION');
      expect((e as WorktimeError).message).toMatch(/^Expected --grace to be a duration such as 8h/);
    }
  });

  test('property: h/m/s written out parse back to the same milliseconds', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(59), fc.nat(59), fc.boolean(), (h, m, s, negative) => {
        fc.pre(h + m + s > 0);
        const text = `${negative ? '-' : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
        const ms = (h * 3600 + m * 60 + s) * 1000;
        expect(parseDuration(text, 'd')).toBe(negative ? -ms : ms);
      }),
    );
  });

  test('property: any string parses to a finite whole number of ms or throws INVALID_DURATION', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+]?\d{0,3}(\.\d)?[hms]?\d{0,3}[hms]?$/)), (text) => {
        try {
          expect(Number.isSafeInteger(parseDuration(text, 'd'))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(WorktimeError);
          expect((e as WorktimeError).code).toBe('INVALID_DURATION');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseAmount', () => {
  test('working days or working time', () => {
    expect(parseAmount('2d', 'x')).toEqual({ kind: 'days', days: 2 });
    expect(parseAmount('-3d', 'x')).toEqual({ kind: 'days', days: -3 });
    expect(parseAmount('0d', 'x')).toEqual({ kind: 'days', days: 0 });
    expect(parseAmount('-0d', 'x')).toEqual({ kind: 'days', days: 0 });
    expect(parseAmount('4h', 'x')).toEqual({ kind: 'time', ms: 4 * H });
    expect(() => parseAmount('1.5d', '--extend')).toThrow(/Expected --extend to be working days such as 2d/);
  });
});
