/** The fuzz harness catches what it is meant to catch. */
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { check, checkAsync } from './fuzzHarness.js';
import { HostileError, SPECIALS, Special, materialize } from './fuzzValues.js';

describe('fuzz harness', () => {
  it('lets WorktimeError, TypeError and the input’s own errors through', () => {
    expect(() => check(() => { throw new WorktimeError('INVALID_DATE', 'x'); })).not.toThrow();
    expect(() => check(() => { throw new TypeError('x'); })).not.toThrow();
    expect(() => check(() => { throw new HostileError('x'); })).not.toThrow();
  });

  it('fails on any other error, or any error when the function never throws', () => {
    expect(() => check(() => { throw new RangeError('Maximum call stack size exceeded'); })).toThrow(/only WorktimeError or TypeError/);
    expect(() => check(() => { throw new Error('internal'); })).toThrow(/only WorktimeError or TypeError/);
    expect(() => check(() => { throw 'a string'; })).toThrow(/only WorktimeError or TypeError/);
    expect(() => check(() => { throw new TypeError('x'); }, { neverThrows: true })).toThrow(/never throw/);
  });

  it('fails on NaN, invalid DateTimes and Durations anywhere in the result', () => {
    expect(() => check(() => NaN)).toThrow(/NaN/);
    expect(() => check(() => ({ a: [{ b: NaN }] }))).toThrow(/result\.a\.0\.b is NaN/);
    expect(() => check(() => [DateTime.invalid('x')])).toThrow(/invalid DateTime/);
    expect(() => check(() => ({ margin: Duration.invalid('x') }))).toThrow(/invalid Duration/);
    expect(() => check(() => new Map([['k', NaN]]))).toThrow(/NaN/);
    const cyclic: Record<string, unknown> = { ok: DateTime.now() };
    cyclic['self'] = cyclic;
    expect(() => check(() => cyclic)).not.toThrow();
  });

  it('fails on a call of 2 s or more', () => {
    const slow = (): number => {
      const end = performance.now() + 2050;
      while (performance.now() < end);
      return 1;
    };
    expect(() => check(slow)).toThrow(/took/);
  });

  it('checks promises', async () => {
    await expect(checkAsync(async () => { throw new RangeError('x'); })).rejects.toThrow(/only WorktimeError/);
    await expect(checkAsync(async () => [NaN])).rejects.toThrow(/NaN/);
    await expect(checkAsync(async () => 1)).resolves.toBeUndefined();
  });

  it('materializes placeholders into fresh copies', () => {
    const generated = { week: { mon: [new Special(0), new Special(1)] } };
    const real = materialize(generated) as { week: { mon: unknown[] } };
    expect(real.week.mon).toEqual([SPECIALS[0], SPECIALS[1]]);
    expect(generated.week.mon[0]).toBeInstanceOf(Special);
  });
});
