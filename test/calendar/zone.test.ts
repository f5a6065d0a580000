/**
 * Compiled zones against luxon's own IANA zones: the sampled table (1800–2128), the constant
 * offset before 1800 and the layout extrapolation after 2100, for every zone Intl knows.
 */
import { IANAZone } from 'luxon';
import { describe, expect, test } from 'vitest';
import { CompiledZone } from '../../src/time/zone.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const HOUR = 3_600_000;
/** A fixed pseudo-random sequence, so that failures repeat. */
function* instants(from: number, to: number, n: number): Generator<number> {
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield from + Math.floor((x / 2 ** 31) * ((to - from) / HOUR)) * HOUR + (i % 4) * 900_000;
  }
}

describe('offsets equal luxon', () => {
  test('every zone: before 1800, the table and after 2100', () => {
    const wrong: string[] = [];
    for (const name of ZONES) {
      const compiled = CompiledZone.get(name);
      const iana = IANAZone.create(name);
      const spans: Array<[number, number, number]> = [
        [Date.UTC(1000, 0, 1), Date.UTC(1800, 0, 1), 3],
        [Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1), 6],
        [Date.UTC(2101, 0, 1), Date.UTC(9999, 11, 1), 12],
      ];
      for (const [from, to, n] of spans) {
        for (const t of instants(from, to, n)) {
          if (compiled.offset(t) !== iana.offset(t)) wrong.push(`${name} at ${new Date(t).toISOString()}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each(['Europe/Paris', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham', 'Asia/Ho_Chi_Minh'])(
    '%s: the transitions of far years are those luxon sees',
    (name) => {
      const compiled = CompiledZone.get(name);
      const iana = IANAZone.create(name);
      for (const year of [2101, 2150, 2200, 2400, 3000, 5001, 9999]) {
        const from = Date.UTC(year, 0, 1);
        const to = Date.UTC(year, 11, 31);
        for (const t of compiled.transitionsBetween(from, to)) {
          expect(iana.offset(t - 1)).not.toBe(iana.offset(t));
          expect(compiled.offset(t - 1)).toBe(iana.offset(t - 1));
          expect(compiled.offset(t)).toBe(iana.offset(t));
        }
        // Every change of luxon's offset, sampled weekly, is one of the listed transitions.
        let count = 0;
        for (let t = from; t + 7 * 24 * HOUR <= to; t += 7 * 24 * HOUR) if (iana.offset(t) !== iana.offset(t + 7 * 24 * HOUR)) count++;
        expect(compiled.transitionsBetween(from, to).length).toBe(count);
      }
    },
  );

  test('a zone without changes after 2100 says so', () => {
    expect(CompiledZone.get('Asia/Ho_Chi_Minh').changesAfterTable).toBe(false);
    expect(CompiledZone.get('Europe/Paris').changesAfterTable).toBe(true);
  });

  test('rangeBound: a time in a gap is the transition; other times resolve as usual', () => {
    const la = CompiledZone.get('America/Los_Angeles');
    const gap = Date.UTC(2006, 3, 2, 2, 30); // 02:30 wall clock, which does not exist
    expect(la.rangeBound(gap)).toBe(Date.UTC(2006, 3, 2, 10));
    expect(la.toEpoch(gap)).toBe(Date.UTC(2006, 3, 2, 10, 30));
    expect(la.rangeBound(Date.UTC(2006, 3, 2, 1, 30))).toBe(Date.UTC(2006, 3, 2, 9, 30));
  });
});
