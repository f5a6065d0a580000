/**
 * Processing order (docs/domain.md §3): online > direct > postal, then earlier receipt, then id.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { comparePriority, sortByPriority } from '../../src/tthc/intake/priority.js';
import type { Queued } from '../../src/tthc/intake/priority.js';

describe('comparePriority', () => {
  test('channel first, then receipt, then id', () => {
    expect(comparePriority({ channel: 'online', receivedAt: '2026-03-10T16:00' }, { channel: 'direct', receivedAt: '2026-03-10T07:00' })).toBeLessThan(0);
    expect(comparePriority({ channel: 'postal', receivedAt: '2026-03-09T07:00' }, { channel: 'direct', receivedAt: '2026-03-10T07:00' })).toBeGreaterThan(0);
    expect(comparePriority({ channel: 'direct', receivedAt: '2026-03-10T07:00' }, { channel: 'direct', receivedAt: '2026-03-10T07:01' })).toBeLessThan(0);
    expect(comparePriority({ channel: 'direct', receivedAt: '2026-03-10T07:00', id: 'A' }, { channel: 'direct', receivedAt: '2026-03-10T00:00:00Z', id: 'B' })).toBeLessThan(0);
    expect(comparePriority({ channel: 'direct', receivedAt: '2026-03-10T07:00', id: 'B' }, { channel: 'direct', receivedAt: '2026-03-10T07:00', id: 'A' })).toBeGreaterThan(0);
    expect(comparePriority({ channel: 'direct', receivedAt: '2026-03-10T07:00', id: 'A' }, { channel: 'direct', receivedAt: '2026-03-10T07:00', id: 'A' })).toBe(0);
  });
  test('instants in any input form compare as instants', () => {
    const a: Queued = { channel: 'online', receivedAt: new Date('2026-03-10T00:20:00Z') }; // 07:20 in Vietnam
    const b: Queued = { channel: 'online', receivedAt: '2026-03-10T07:30' };
    expect(comparePriority(a, b)).toBeLessThan(0);
  });
  test.each([
    [{ channel: 'fax', receivedAt: '2026-03-10T07:00' }, 'INVALID_ARGUMENT'],
    [{ channel: 'online', receivedAt: 'soon' }, 'INVALID_INSTANT'],
    [{ channel: 'online', receivedAt: '2026-03-10T07:00', id: 7 }, 'INVALID_ARGUMENT'],
    [null, 'INVALID_ARGUMENT'],
  ])('bad item %o', (bad, code) => {
    expect(() => comparePriority(bad as Queued, { channel: 'online', receivedAt: 0 })).toThrow(expect.objectContaining({ code }));
  });
});

describe('sortByPriority', () => {
  test('a morning at the one-stop desk', () => {
    const queue = [
      { id: 'BC-1', channel: 'postal', receivedAt: '2026-03-10T07:05' },
      { id: 'TT-1', channel: 'direct', receivedAt: '2026-03-10T07:10' },
      { id: 'TT-2', channel: 'direct', receivedAt: '2026-03-10T07:01' },
      { id: 'TTu-2', channel: 'online', receivedAt: '2026-03-10T06:00' },
      { id: 'TTu-1', channel: 'online', receivedAt: '2026-03-09T22:00' },
    ] as const;
    expect(sortByPriority(queue).map((d) => d.id)).toEqual(['TTu-1', 'TTu-2', 'TT-2', 'TT-1', 'BC-1']);
  });
  test('returns a new array and keeps the items themselves', () => {
    const items = [{ channel: 'direct' as const, receivedAt: 1 }, { channel: 'online' as const, receivedAt: 2 }];
    const sorted = sortByPriority(items);
    expect(sorted).not.toBe(items);
    expect(sorted[0]).toBe(items[1]);
    expect(items[0]?.channel).toBe('direct');
  });
  test('a bad item names its index', () => {
    expect(() => sortByPriority([{ channel: 'online', receivedAt: 0 }, { channel: 'email', receivedAt: 0 }] as Queued[])).toThrow(/items\[1\]\.channel/);
    expect(() => sortByPriority('x' as never)).toThrow(WorktimeError);
  });
});

describe('properties', () => {
  const itemArb = fc.record(
    {
      channel: fc.constantFrom('online', 'direct', 'postal') as fc.Arbitrary<Queued['channel']>,
      receivedAt: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 3) }).map((t) => t - (t % 3_600_000)),
      id: fc.constantFrom('A', 'B', 'C'),
      tag: fc.nat(),
    },
    { requiredKeys: ['channel', 'receivedAt', 'tag'] },
  );
  const rank = { online: 0, direct: 1, postal: 2 };
  test('a stable total order that never puts a later channel before an earlier one', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), (items) => {
        const sorted = sortByPriority(items);
        expect(sorted).toHaveLength(items.length);
        expect(new Set(sorted)).toEqual(new Set(items));
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1] as (typeof items)[number];
          const b = sorted[i] as (typeof items)[number];
          expect(rank[a.channel]).toBeLessThanOrEqual(rank[b.channel]);
          expect(comparePriority(a, b)).toBeLessThanOrEqual(0);
          // Stable: equal items keep their input order.
          if (comparePriority(a, b) === 0) expect(items.indexOf(a)).toBeLessThan(items.indexOf(b));
        }
        // Sorting is idempotent and independent of the input order up to ties.
        expect(sortByPriority(sorted)).toEqual(sorted);
      }),
      { numRuns: 500 },
    );
  });
  test('comparePriority is antisymmetric and transitive, and answers -1, 0 or 1', () => {
    fc.assert(
      fc.property(itemArb, itemArb, itemArb, (a, b, c) => {
        expect([-1, 0, 1]).toContain(comparePriority(a, b));
        expect(Math.sign(comparePriority(a, b))).toBe(-Math.sign(comparePriority(b, a)) || 0);
        if (comparePriority(a, b) <= 0 && comparePriority(b, c) <= 0) expect(comparePriority(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
