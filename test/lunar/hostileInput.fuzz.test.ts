/**
 * Fuzzing of `vn-worktime/lunar`: every function, every argument position, plus valid skeletons
 * with one hostile part. See test/support/fuzzHarness.ts for what is checked.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import { RUNS, check, fuzzPositions, fuzzShapes } from '../support/fuzzHarness.js';

describe('fuzz: lunar', () => {
  it('toLunar', () => fuzzPositions(['2026-02-17'], ([d]) => toLunar(d as never), {}, RUNS * 3));
  it('fromLunar', () => fuzzPositions([{ year: 2026, month: 3, day: 10, leap: false }], ([l]) => fromLunar(l as never), {}, RUNS * 3));
  it('fromLunar: one hostile field', () => {
    const shapes = ['year', 'month', 'day', 'leap'].map(
      (key) => (v: unknown) => ({ ...{ year: 2033, month: 11, day: 30, leap: true }, [key]: v }),
    );
    fuzzShapes(shapes, (l) => fromLunar(l as never));
  });
  it('lunarYear', () => fuzzPositions([2026], ([y]) => lunarYear(y as never), {}, RUNS * 3));
  it('round trips at the edges of the range do not crash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1899, max: 2200 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 31 }), fc.boolean(), (year, month, day, leap) => {
        check(() => fromLunar({ year, month, day, leap }));
        check(() => lunarYear(year));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
