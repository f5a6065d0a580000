/**
 * publicHolidays: the statutory days of the law in force each year, lunar dates included, and the
 * compensatory days (Bộ luật Lao động 2019 Điều 111.3, 112; 2012 Điều 115; 1994 Điều 73).
 */
import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import { publicHolidays } from '../../src/vietnam/index.js';
import { holidaysOf } from '../../src/vietnam/publicHolidays.js';
import { scheduleOf } from '../../src/vietnam/officialSchedule.js';
import { STATUTORY_RULES } from '../../src/vietnam/rules.js';
import { DEFAULT_TABLES } from '../../src/vietnam/tables.js';
import type { HolidayTables } from '../../src/vietnam/tables.js';
import { GOLDEN_PUBLIC_HOLIDAYS } from '../support/fixtures/vietnam-public-holidays.js';

const dates = (kind: string, year: number): string[] => publicHolidays(year).filter((h) => h.kind === kind).map((h) => h.date);

describe('publicHolidays 2019–2030 against the statute (golden table, lunar dates from python-holidays)', () => {
  for (const [yearText, golden] of Object.entries(GOLDEN_PUBLIC_HOLIDAYS)) {
    const year = Number(yearText);
    it(`${year}: statutory days and compensatory days`, () => {
      expect(dates('statutory', year)).toEqual(golden.statutory);
      expect(dates('compensatory', year)).toEqual(golden.compensatory);
      expect(dates('swap', year)).toEqual([]); // swaps live in officialSchedule only
    });

    it(`${year}: Tết ${golden.tet} and Giỗ Tổ ${golden.hungKings} come from vn-worktime/lunar`, () => {
      expect(lunarYear(year).tet).toBe(golden.tet);
      expect(fromLunar({ year, month: 3, day: 10, leap: false })).toBe(golden.hungKings);
      const list = publicHolidays(year);
      const tetDay = list.find((h) => h.date === golden.tet);
      expect(tetDay?.name.vi).toBe('Tết Nguyên Đán (mùng 1 tháng Giêng)');
      expect(list.find((h) => h.date === golden.hungKings)?.name.vi).toBe('Giỗ Tổ Hùng Vương');
      // the eve is the day before mùng 1 and named by its real lunar day (29 or 30 tháng Chạp)
      const eve = list.find((h) => h.name.vi.includes('giao thừa'));
      expect(eve).toBeDefined();
      const lunarEve = toLunar(eve?.date ?? '');
      expect(lunarEve.month).toBe(12);
      expect(eve?.name.vi).toBe(`Tết Nguyên Đán (${lunarEve.day} tháng Chạp, giao thừa)`);
      expect(toLunar(golden.tet)).toEqual({ year, month: 1, day: 1, leap: false });
    });
  }

  it('counts 10 statutory days under the Labour Code 2012, 11 under the Labour Code 2019 and 12 from 24/11/2026', () => {
    expect(dates('statutory', 2019)).toHaveLength(10);
    expect(dates('statutory', 2020)).toHaveLength(10);
    for (let y = 2021; y <= 2025; y++) expect(dates('statutory', y)).toHaveLength(11);
    for (let y = 2026; y <= 2030; y++) expect(dates('statutory', y)).toHaveLength(12);
  });

  it('names every entry in Vietnamese and English and cites its source', () => {
    for (let y = 2019; y <= 2030; y++) {
      for (const h of publicHolidays(y)) {
        expect(h.name.vi.length).toBeGreaterThan(0);
        expect(h.name.en.length).toBeGreaterThan(0);
        expect(h.source).toMatch(/Bộ luật Lao động (2012|2019)/);
      }
    }
    const y2026 = publicHolidays(2026);
    expect(y2026[0]).toEqual({
      date: '2026-01-01',
      name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
      kind: 'statutory',
      source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.a',
    });
    expect(y2026.find((h) => h.date === '2026-02-17')?.source).toContain('Thông báo 9441/TB-BNV');
    expect(y2026.find((h) => h.date === '2026-09-01')?.source).toContain('Thông báo 9441/TB-BNV');
    expect(y2026.find((h) => h.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)' },
      source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 (2026-04-26)',
    });
    expect(publicHolidays(2019).find((h) => h.date === '2019-04-15')?.source).toContain('Điều 115.3');
  });

  it('marks the derived days of a provisional year as provisional in their source', () => {
    const y2027 = publicHolidays(2027);
    expect(y2027.find((h) => h.date === '2027-02-04')?.source).toContain('provisional');
    expect(y2027.find((h) => h.date === '2027-09-03')?.source).toContain('provisional');
    expect(y2027.find((h) => h.date === '2027-04-16')?.source).not.toContain('provisional');
  });

  it('returns a fresh array each call (callers may change it)', () => {
    const a = publicHolidays(2026);
    (a[0] as { date: string }).date = 'changed';
    expect(publicHolidays(2026)[0]?.date).toBe('2026-01-01');
  });
});

describe('publicHolidays before 2021', () => {
  it('2013: Tết Quý Tỵ (10/2) still falls under the 1994 code — 4 days, the eve and mùng 1–3', () => {
    const tet = publicHolidays(2013).filter((h) => h.name.vi.startsWith('Tết Nguyên Đán'));
    expect(tet.map((h) => h.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']);
    expect(tet[0]?.source).toContain('Bộ luật Lao động 1994, Điều 73');
    // the eve (Saturday) and mùng 1 (Sunday) give Wednesday 13 and Thursday 14
    expect(dates('compensatory', 2013)).toEqual(['2013-02-13', '2013-02-14']);
    // 1/5/2013 is the first day of the Labour Code 2012
    expect(publicHolidays(2013).find((h) => h.date === '2013-05-01')?.source).toContain('Bộ luật Lao động 2012');
  });

  it('2014–2020: Tết is 5 days (Labour Code 2012), 2/9 one day', () => {
    for (let y = 2014; y <= 2020; y++) {
      expect(publicHolidays(y).filter((h) => h.kind === 'statutory' && h.name.vi.startsWith('Tết Nguyên Đán'))).toHaveLength(5);
      expect(publicHolidays(y).filter((h) => h.name.vi.startsWith('Quốc khánh'))).toHaveLength(1);
    }
  });

  it("Giỗ Tổ Hùng Vương is a holiday from 2007 (Luật 84/2007/QH11), not before", () => {
    expect(publicHolidays(2006).some((h) => h.name.vi === 'Giỗ Tổ Hùng Vương')).toBe(false);
    expect(publicHolidays(2007).find((h) => h.name.vi === 'Giỗ Tổ Hùng Vương')?.date).toBe('2007-04-26');
  });

  it('years before 1995 say that they are a model of the 1994 rules', () => {
    for (const h of publicHolidays(1975)) expect(h.source).toContain('Mô hình vn-worktime');
    expect(publicHolidays(1900).filter((h) => h.kind === 'statutory')).toHaveLength(8); // 1/1, 4 Tết days, 30/4, 1/5, 2/9
  });

  it('2007: Tết on the Vietnamese date (17/2, China 18/2)', () => {
    expect(publicHolidays(2007).find((h) => h.name.vi === 'Tết Nguyên Đán (mùng 1 tháng Giêng)')?.date).toBe('2007-02-17');
  });
});

describe('invalid years', () => {
  it.each([2026.5, Number.NaN, '2026', null, undefined, Infinity])('%s → INVALID_YEAR', (year) => {
    expect(() => publicHolidays(year as number)).toThrow(WorktimeError);
    try {
      publicHolidays(year as number);
    } catch (e) {
      expect((e as WorktimeError).code).toBe('INVALID_YEAR');
    }
  });
  it.each([1899, 2200, -1, 10_000])('%s → OUT_OF_RANGE', (year) => {
    expect(() => publicHolidays(year)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', details: { year } }));
  });
});

describe('adding a holiday is a data change only', () => {
  it('24/11 Ngày Văn hóa Việt Nam is one rule row: without it no day, no nghỉ bù, no schedule entry', () => {
    const row = STATUTORY_RULES.find((r) => r.id === 'culture-day');
    expect(row).toMatchObject({ on: { type: 'solar', month: 11, day: 24 }, from: '2026-07-01' });
    expect(row?.to).toBeUndefined();
    const without: HolidayTables = { ...DEFAULT_TABLES, rules: STATUTORY_RULES.filter((r) => r.id !== 'culture-day') };
    expect(holidaysOf(2029, without).map((d) => d.holiday.date)).not.toContain('2029-11-24');
    expect(holidaysOf(2029, without).map((d) => d.holiday.date)).not.toContain('2029-11-26');
    expect(scheduleOf(2027, without).daysOff.map((h) => h.date)).not.toContain('2027-11-24');
    // with the row (the built-in tables): the day, its nghỉ bù and the schedule
    const in2029 = holidaysOf(2029, DEFAULT_TABLES).map((d) => `${d.holiday.date} ${d.holiday.kind}`);
    expect(in2029).toContain('2029-11-24 statutory'); // a Saturday
    expect(in2029).toContain('2029-11-26 compensatory'); // → Monday
    expect(scheduleOf(2027, DEFAULT_TABLES).daysOff.map((h) => h.date)).toContain('2027-11-24'); // Wednesday
  });

  it('a hypothetical further row (here 24/11 moved to a later start) changes only the years it covers', () => {
    const later: HolidayTables = {
      ...DEFAULT_TABLES,
      rules: STATUTORY_RULES.map((r) => (r.id === 'culture-day' ? { ...r, from: '2027-01-01' } : r)),
    };
    expect(holidaysOf(2026, later).map((d) => d.holiday.date)).not.toContain('2026-11-24');
    expect(holidaysOf(2027, later).map((d) => d.holiday.date)).toContain('2027-11-24');
    expect(publicHolidays(2026).map((h) => h.date)).toContain('2026-11-24'); // the built-in tables are untouched
  });
});
