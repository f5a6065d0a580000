import { describe, expect, it } from 'vitest';
import { lunarYear } from '../../src/lunar/lunarYear.js';

describe('lunarYear', () => {
  it('gives Tết 2026 and no leap month', () => {
    const y = lunarYear(2026);
    expect(y.tet).toBe('2026-02-17');
    expect(y.leapMonth).toBe(0);
    expect(y.monthStarts).toHaveLength(12);
    expect(y.monthStarts[0]).toBe(y.tet);
    expect(y.monthStarts[2]).toBe('2026-04-17'); // month 3: Giỗ Tổ (10/3) is 2026-04-26
  });

  it('gives the leap month 2 of 2023, starting 2023-03-22', () => {
    const y = lunarYear(2023);
    expect(y.leapMonth).toBe(2);
    expect(y.monthStarts).toHaveLength(13);
    expect(y.monthStarts.slice(1, 4)).toEqual(['2023-02-20', '2023-03-22', '2023-04-20']);
  });

  it('keeps the leap 11 of 2033 in lunar 2033: months 11, 11 leap, 12, then Tết 2034-02-19', () => {
    const y = lunarYear(2033);
    expect(y.tet).toBe('2033-01-31');
    expect(y.leapMonth).toBe(11);
    expect(y.monthStarts.slice(-3)).toEqual(['2033-11-22', '2033-12-22', '2034-01-20']);
    expect(lunarYear(2034).tet).toBe('2034-02-19');
  });

  it('describes lunar 2199 up to its month 12, which starts in January 2200', () => {
    expect(lunarYear(2199).monthStarts.at(-1)).toBe('2200-01-16');
  });

  it('returns a fresh object each time', () => {
    lunarYear(2026).monthStarts.pop();
    expect(lunarYear(2026).monthStarts).toHaveLength(12);
  });
});
