/**
 * Can Chi names of lunar years, months and days. Days and years are checked against
 * lunar-javascript (the day cycle and the year cycle are the same in the Chinese and Vietnamese
 * calendars). Months are not: lunar-javascript gives a leap month a name of its own and shifts the
 * months after it, while Vietnamese calendars name a month by its number and the year's stem
 * (a leap month has no name of its own); they are checked against published Vietnamese values and
 * the cycle.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayCanChi, monthCanChi, yearAnimal, yearCanChi } from '../../src/lunar/canChi.js';

interface LunarJs {
  Solar: { fromYmd(y: number, m: number, d: number): { getLunar(): { getDayInGanZhi(): string } } };
  Lunar: { fromYmd(y: number, m: number, d: number): { getYearInGanZhi(): string } };
}
const { Lunar, Solar } = createRequire(import.meta.url)('lunar-javascript') as LunarJs;

const STEMS: Record<string, string> = { 甲: 'Giáp', 乙: 'Ất', 丙: 'Bính', 丁: 'Đinh', 戊: 'Mậu', 己: 'Kỷ', 庚: 'Canh', 辛: 'Tân', 壬: 'Nhâm', 癸: 'Quý' };
const BRANCHES: Record<string, string> = { 子: 'Tý', 丑: 'Sửu', 寅: 'Dần', 卯: 'Mão', 辰: 'Thìn', 巳: 'Tỵ', 午: 'Ngọ', 未: 'Mùi', 申: 'Thân', 酉: 'Dậu', 戌: 'Tuất', 亥: 'Hợi' };
const vi = (ganZhi: string): string => `${STEMS[ganZhi[0] ?? '']} ${BRANCHES[ganZhi[1] ?? '']}`;

describe('Can Chi', () => {
  test('known names', () => {
    expect(yearCanChi(2026)).toBe('Bính Ngọ');
    expect(yearCanChi(1984)).toBe('Giáp Tý');
    expect(yearCanChi(2025)).toBe('Ất Tỵ');
    expect(yearAnimal(2023)).toBe('Year of the Cat'); // Quý Mão: the Cat in Vietnam
    expect(monthCanChi(2026, 1)).toBe('Canh Dần');
    expect(monthCanChi(2024, 1)).toBe('Bính Dần');
    expect(dayCanChi('2026-02-17')).toBe('Nhâm Tuất');
  });

  test('property: day names agree with lunar-javascript, 1900–2199', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-31T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        const [y, m, day] = date.split('-').map(Number) as [number, number, number];
        expect(dayCanChi(date)).toBe(vi(Solar.fromYmd(y, m, day).getLunar().getDayInGanZhi()));
      }),
      { numRuns: 500 },
    );
  });

  test('year names agree with lunar-javascript, 1901–2199', () => {
    for (let year = 1901; year <= 2199; year++) expect(yearCanChi(year)).toBe(vi(Lunar.fromYmd(year, 1, 1).getYearInGanZhi()));
  });

  test('month names: published values, and one step of the 60-month cycle from each month to the next', () => {
    expect(monthCanChi(2025, 12)).toBe('Kỷ Sửu'); // tháng Chạp Ất Tỵ (January 2026)
    expect(monthCanChi(2026, 3)).toBe('Nhâm Thìn'); // Giỗ Tổ Hùng Vương 2026, 10/3 Bính Ngọ
    expect(monthCanChi(2020, 4)).toBe('Tân Tỵ');
    const stems = Object.values(STEMS);
    const branches = Object.values(BRANCHES);
    const cycle = Array.from({ length: 60 }, (_, i) => `${stems[i % 10]} ${branches[i % 12]}`);
    let previous = cycle.indexOf(monthCanChi(1900, 1));
    for (let year = 1900; year <= 2199; year++) {
      for (let month = year === 1900 ? 2 : 1; month <= 12; month++) {
        const index = cycle.indexOf(monthCanChi(year, month));
        expect(index).toBe((previous + 1) % 60);
        previous = index;
      }
    }
  });
});
