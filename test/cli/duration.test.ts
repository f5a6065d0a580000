/**
 * Durations on the command line: 1h, 30m, 1h30m, 90m, 0, 8h, -2h, and working days (2d).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmount, parseDuration } from '../../src/cli/duration.js';
import { InputError } from '../../src/cli/errors.js';
import { label } from '../../src/cli/values.js';

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
    expect(parseDuration(text, label('duration'))).toBe(ms);
  });

  test.each(['', 'h', '8', '1x', '1m1h', '2d', '1h 30m', '--1h', 'abc', '1e3h', 'Infinityh'])('%j is INVALID_DURATION', (text) => {
    expect(() => parseDuration(text, label('--grace'))).toThrow(InputError);
    try {
      parseDuration(text, label('--grace'));
    } catch (e) {
      expect((e as InputError).code).toBe('INVALID_DURATION');
      expect((e as InputError).message).toMatch(/^--grace ".*" is not a duration: write it like 8h/);
    }
  });

  test('property: h/m/s written out parse back to the same milliseconds', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(59), fc.nat(59), fc.boolean(), (h, m, s, negative) => {
        fc.pre(h + m + s > 0);
        const text = `${negative ? '-' : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
        const ms = (h * 3600 + m * 60 + s) * 1000;
        expect(parseDuration(text, label('d'))).toBe(negative ? -ms : ms);
      }),
    );
  });

  test('property: any string parses to a finite whole number of ms or throws INVALID_DURATION', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+]?\d{0,3}(\.\d)?[hms]?\d{0,3}[hms]?$/)), (text) => {
        try {
          expect(Number.isSafeInteger(parseDuration(text, label('d')))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as InputError).code).toBe('INVALID_DURATION');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseAmount', () => {
  test('working days or working time', () => {
    expect(parseAmount('2d', label('x'))).toEqual({ kind: 'days', days: 2 });
    expect(parseAmount('-3d', label('x'))).toEqual({ kind: 'days', days: -3 });
    expect(parseAmount('0d', label('x'))).toEqual({ kind: 'days', days: 0 });
    expect(parseAmount('-0d', label('x'))).toEqual({ kind: 'days', days: 0 });
    expect(parseAmount('4h', label('x'))).toEqual({ kind: 'time', ms: 4 * H });
    expect(() => parseAmount('1.5d', label('--extend'))).toThrow(/--extend "1.5d" is not a duration: write working days such as 2d/);
  });
});
