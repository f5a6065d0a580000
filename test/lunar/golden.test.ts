/**
 * Golden dates from published sources (see the `source` of each group in
 * test/support/fixtures/lunar-golden.json).
 */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import { formatDay, parseDay } from '../../src/time/civil.js';
import goldenJson from '../support/fixtures/lunar-golden.json';

interface GoldenGroup {
  name: string;
  source: string[];
  tet?: Record<string, string>;
  chinaTet?: Record<string, string>;
  hungKings?: Record<string, string>;
  chinaHungKings?: Record<string, string>;
  leapMonth?: Record<string, number>;
  eveOn29th?: number[];
}

const groups = (goldenJson as unknown as { groups: GoldenGroup[] }).groups;
const rows = <T>(table: Record<string, T> | undefined): Array<[number, T]> =>
  Object.entries(table ?? {}).map(([year, value]) => [Number(year), value]);
const dayBefore = (date: string): string => formatDay((parseDay(date) as number) - 1);

describe.each(groups)('$name', (group) => {
  it('cites a source', () => {
    expect(group.source.length).toBeGreaterThan(0);
  });

  it.each(rows(group.tet))('Tết %i is %s', (year, date) => {
    expect(lunarYear(year).tet).toBe(date);
    expect(toLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(fromLunar({ year, month: 1, day: 1, leap: false })).toBe(date);
  });

  it.each(rows(group.chinaTet))("China's Tết %i, %s, is not Vietnam's", (year, date) => {
    expect(lunarYear(year).tet).not.toBe(date);
  });

  it.each(rows(group.hungKings))('Giỗ Tổ %i (10/3) is %s', (year, date) => {
    expect(fromLunar({ year, month: 3, day: 10, leap: false })).toBe(date);
    expect(toLunar(date)).toEqual({ year, month: 3, day: 10, leap: false });
  });

  it.each(rows(group.chinaHungKings))("China's 10/3 of %i, %s, is not Vietnam's", (year, date) => {
    expect(fromLunar({ year, month: 3, day: 10, leap: false })).not.toBe(date);
  });

  it.each(rows(group.leapMonth))('lunar %i has leap month %i (0 = none)', (year, leapMonth) => {
    const y = lunarYear(year);
    expect(y.leapMonth).toBe(leapMonth);
    expect(y.monthStarts).toHaveLength(leapMonth === 0 ? 12 : 13);
  });

  it.each((group.eveOn29th ?? []).map((year) => [year]))("the eve of Tết %i is the 29th of month 12", (year) => {
    expect(toLunar(dayBefore(lunarYear(year).tet))).toEqual({ year: year - 1, month: 12, day: 29, leap: false });
  });
});

describe('1985: a whole month earlier than China', () => {
  it("China's Tết, 1985-02-20, is 1/2/1985 in Vietnam", () => {
    expect(toLunar('1985-02-20')).toEqual({ year: 1985, month: 2, day: 1, leap: false });
  });

  it('and 1984 has no leap month in Vietnam, while 1985 has a leap 2', () => {
    expect(lunarYear(1984).leapMonth).toBe(0);
    expect(lunarYear(1985).leapMonth).toBe(2);
  });
});

describe('1938: the knife-edge leap month', () => {
  // The September 1938 equinox fell within about 30 s of midnight in Hanoi
  // (astronomy-engine: 00:00:01 on 24 Sep; VSOP87 via astronomia: 23:59:31 on 23 Sep). Equinox
  // before midnight: the month from 24 Sep has no major term and is leap 8; after: leap 7. The
  // historical tables keep 7 (Ho Ngoc Duc's own table, China, the calendar in force in 1938).
  //
  // This library's astronomy (VSOP87 + Espenak–Meeus ΔT) puts the equinox at 23:59:34 on 23 Sep,
  // 26 s before midnight, and so gives leap 8 — as do the second method of secondMethod.test.ts
  // (Ho Ngoc Duc's low-precision formulas, 1–4 min before midnight), PyEphem 4.1.4 (23:59:38) and
  // every implementation of Ho Ngoc Duc's method. No holiday moves: Tết, its eve and 10/3 of 1938
  // come before month 7.
  it('gives leap month 8 (not 7 as in the historical tables), by the rules as computed here', () => {
    const y = lunarYear(1938);
    expect(y.leapMonth).toBe(8);
    expect(y.monthStarts.slice(6, 10)).toEqual(['1938-07-27', '1938-08-25', '1938-09-24', '1938-10-23']);
    expect(toLunar('1938-09-24')).toEqual({ year: 1938, month: 8, day: 1, leap: true });
  });

  it('leaves the 1938 holidays alone', () => {
    expect(lunarYear(1938).tet).toBe('1938-01-31');
    expect(fromLunar({ year: 1938, month: 3, day: 10, leap: false })).toBe('1938-04-10');
  });
});
