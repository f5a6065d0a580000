/**
 * isoText writes what luxon's toISO writes, for every instant and zone (it is the fast path of
 * `batch` output): offsets east and west, half hours, daylight saving, zero offsets, years at the
 * edges.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoText, toDateTime } from '../../src/time/instant.js';
import { CompiledZone } from '../../src/time/zone.js';

const ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'America/St_Johns', 'America/Los_Angeles', 'Europe/London', 'UTC', 'Pacific/Chatham', 'Australia/Lord_Howe'];

describe('isoText', () => {
  test('equals luxon toISO', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }), (name, epoch) => {
        const zone = CompiledZone.get(name);
        expect(isoText(epoch, zone)).toBe(toDateTime(epoch, zone).toISO());
      }),
      { numRuns: 2000 },
    );
  });
  test('examples', () => {
    const vn = CompiledZone.get('Asia/Ho_Chi_Minh');
    expect(isoText(Date.UTC(2026, 1, 27, 10), vn)).toBe('2026-02-27T17:00:00.000+07:00');
    expect(isoText(Date.UTC(2026, 1, 27, 10, 0, 0, 5), vn)).toBe('2026-02-27T17:00:00.005+07:00');
    expect(isoText(Date.UTC(2026, 1, 27, 10), CompiledZone.get('UTC'))).toBe(toDateTime(Date.UTC(2026, 1, 27, 10), CompiledZone.get('UTC')).toISO());
  });
});
