/**
 * The civil-service schedules and public holidays in the details the other suites leave open:
 * the exact `sources` of announced and provisional years (which laws were in force, which
 * documents of a neighbouring year's swaps are cited), the names and sources of Tết's days and of
 * the day next to 2 September, compensatory days at the edges (1900, a gap in the compensation
 * rules, a week of holidays after a weekend), and announcements whose days come out of order or
 * whose swaps fall on a weekend or on a day already off.
 *
 * The holiday engine keeps one memo per table object. Every test here builds its answers from a
 * table object of its own (`fresh()`, or `scheduleFromDecision`, which does the same), so that what
 * it checks is computed inside the test and not reused from an earlier one.
 */
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/time/civil.js';
import { OFFICIAL_DECISIONS, scheduleFromDecision } from '../../src/vietnam/index.js';
import { PROVISIONAL_SOURCE, scheduleOf } from '../../src/vietnam/officialSchedule.js';
import { PROVISIONAL_ADJACENT_RULE, PROVISIONAL_TET_RULE, tetDaysBefore } from '../../src/vietnam/provisionalRules.js';
import { holidaysOf } from '../../src/vietnam/publicHolidays.js';
import { statutoryDays } from '../../src/vietnam/statutoryDays.js';
import { DEFAULT_TABLES } from '../../src/vietnam/tables.js';
import type { HolidayTables } from '../../src/vietnam/tables.js';
import type { Holiday, ScheduleDecision, StatutoryRule } from '../../src/vietnam/types.js';

/** The built-in tables in a new object (a memo of its own). */
const fresh = (changes: Partial<HolidayTables> = {}): HolidayTables => ({ ...DEFAULT_TABLES, ...changes });

/** `publicHolidays(year)` computed from `tables`. */
const holidays = (year: number, tables: HolidayTables = fresh()): Holiday[] => holidaysOf(year, tables).map((d) => d.holiday);

const decisionOf = (year: number): ScheduleDecision => {
  const d = OFFICIAL_DECISIONS.find((x) => x.year === year);
  if (!d) throw new Error(`no decision for ${year}`);
  return d;
};

const BLLD_2019_LAW = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 và Điều 112';
const NQ_28_2026_LAW = 'Nghị quyết 28/2026/QH16 (24/11, Ngày Văn hóa Việt Nam; nguồn thứ cấp / secondary source)';
const BLLD_2012_LAW = 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115';
const BLLD_1994_LAW = 'Bộ luật Lao động 1994, Điều 73 (Giỗ Tổ Hùng Vương from 2007: Luật 84/2007/QH11)';
const MODEL =
  'Mô hình vn-worktime: trước 1995 áp dụng quy tắc của Bộ luật Lao động 1994, Điều 73 (luật trước đó không được mô hình hoá) / model: years before 1995 use the Labour Code 1994 rules';
const TET_2019_CODE = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.b (05 ngày); Điều 112.3 (Thủ tướng quyết định cụ thể)';
const ADJACENT_2019_CODE = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.đ (01 ngày liền kề trước hoặc sau); Điều 112.3 (Thủ tướng quyết định cụ thể)';
const APRIL_MAY = { vi: 'Ngày Chiến thắng và Ngày Quốc tế Lao động', en: 'Reunification Day and Labour Day' };
const NEW_YEAR = { vi: 'Tết Dương lịch', en: "New Year's Day" };

describe('sources of an announced year: its documents, and those of swaps that reach into it', () => {
  it('2026 cites its three documents once, although two of them also carry a swap', () => {
    expect(scheduleFromDecision(decisionOf(2026)).sources).toEqual([
      'Công văn 12729/VPCP-KGVX (25/12/2025)',
      'Thông báo 9441/TB-BNV (16/10/2025)',
      'Công văn 9859/VPCP-KGVX (13/10/2025)',
    ]);
  });

  it('2025 cites its own documents only, not the swaps of 2024 (2450/VPCP-KGVX) or 2026', () => {
    expect(scheduleFromDecision(decisionOf(2025)).sources).toEqual([
      'Công văn 8726/VPCP-KGVX (26/11/2024)',
      'Quốc khánh 30/8–2/9/2025: vietnamnews.vn 1722634',
    ]);
  });

  it('2018 also cites the 2019 notice (3238/TB-LĐTBXH) that made Monday 31/12/2018 a day off', () => {
    const s = scheduleFromDecision(decisionOf(2018));
    expect(s.sources).toEqual([
      'Thông báo 573/TB-VPCP (14/12/2017)',
      'Thông báo 5427/TB-LĐTBXH (22/12/2017)',
      'Công văn 4092/LĐTBXH-ATLD (2017): không hoán đổi ngày làm việc năm 2018',
      'Thông báo 3238/TB-LĐTBXH (2018), lịch nghỉ lễ, Tết năm 2019',
    ]);
    expect(s.daysOff.at(-1)).toEqual({
      date: '2018-12-31',
      kind: 'swap',
      source: 'Thông báo 3238/TB-LĐTBXH (2018), lịch nghỉ lễ, Tết năm 2019',
      name: {
        vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 05/01/2019)',
        en: "Swapped day off for New Year's Day (worked on Saturday 2019-01-05)",
      },
    });
    expect(s.workdays).toEqual([]);
  });

  it('a swap whose worked Saturday is in the year but whose day off is in the year before adds its document', () => {
    // like 2019's swap of Monday 31/12/2018 for Saturday 5/1/2019, one year later
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative) lịch nghỉ năm 2027'],
      swaps: [{ off: '2026-12-31', work: '2027-01-09', occasion: NEW_YEAR, source: 'Công văn (illustrative) hoán đổi Tết Dương lịch' }],
    });
    expect(s.sources).toEqual(['Thông báo (illustrative) lịch nghỉ năm 2027', 'Công văn (illustrative) hoán đổi Tết Dương lịch']);
    expect(s.workdays.map((w) => w.date)).toEqual(['2027-01-09']);
    expect(s.daysOff.map((h) => h.date)).not.toContain('2026-12-31');
  });
});

describe('sources of a provisional year: the laws in force during the year, then the provisional note', () => {
  it.each([
    [1994, [MODEL]],
    [1995, [BLLD_1994_LAW]],
    [2013, [BLLD_1994_LAW, BLLD_2012_LAW]], // the 2012 code took effect on 1 May 2013
    [2017, [BLLD_2012_LAW]],
    [2027, [BLLD_2019_LAW, NQ_28_2026_LAW]], // 24/11 from 1 July 2026
  ])('%i', (year, laws) => {
    const s = scheduleOf(year, fresh({ decisions: new Map() })); // 2013 and 2017 are announced years: derive them without
    expect(s.status).toBe('provisional');
    expect(s.sources).toEqual([...laws, PROVISIONAL_SOURCE]);
  });

  it('a law counts for a year when in force on any of its days, its first and last included', () => {
    const tables = fresh({
      decisions: new Map(),
      laws: [
        { from: '2030-12-31', citation: 'law from 31/12/2030' },
        { from: '1900-01-01', to: '2030-01-01', citation: 'law until 1/1/2030' },
      ],
    });
    expect(scheduleOf(2029, tables).sources).toEqual(['law until 1/1/2030', PROVISIONAL_SOURCE]);
    expect(scheduleOf(2030, tables).sources).toEqual(['law from 31/12/2030', 'law until 1/1/2030', PROVISIONAL_SOURCE]);
    expect(scheduleOf(2031, tables).sources).toEqual(['law from 31/12/2030', PROVISIONAL_SOURCE]);
  });
});

describe('announcements: order, weekend swaps and days off for two reasons', () => {
  it('sorts worked Saturdays and swapped days that the announcement lists out of order', () => {
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      swaps: [
        { off: '2027-04-29', work: '2027-04-24', occasion: APRIL_MAY, source: 'Thông báo (illustrative)' },
        { off: '2027-02-11', work: '2027-01-30', occasion: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' }, source: 'Thông báo (illustrative)' },
        { off: '2027-09-06', work: '2027-09-11', occasion: { vi: 'Quốc khánh', en: 'National Day' }, source: 'Thông báo (illustrative)' },
      ],
    });
    expect(s.workdays.map((w) => w.date)).toEqual(['2027-01-30', '2027-04-24', '2027-09-11']);
    expect(s.daysOff.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2027-01-01 statutory',
      '2027-02-04 statutory', '2027-02-05 statutory', '2027-02-08 statutory',
      '2027-02-09 compensatory', '2027-02-10 compensatory',
      '2027-02-11 swap',
      '2027-04-16 statutory',
      '2027-04-29 swap',
      '2027-04-30 statutory', '2027-05-03 compensatory',
      '2027-09-02 statutory', '2027-09-03 statutory',
      '2027-09-06 swap',
      '2027-11-24 statutory',
    ]);
  });

  it('gives the compensatory days in date order when the decided Tết days are listed backwards', () => {
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      tet: { days: ['2027-02-08', '2027-02-07', '2027-02-06', '2027-02-05', '2027-02-04'], source: 'Thông báo (illustrative)' },
    });
    expect(s.daysOff.filter((h) => h.kind === 'compensatory').map((h) => `${h.date} ${h.name.vi}`)).toEqual([
      '2027-02-09 Nghỉ bù Tết Nguyên Đán (thứ Bảy 06/02/2027)',
      '2027-02-10 Nghỉ bù Tết Nguyên Đán (Chủ nhật 07/02/2027)',
      '2027-05-03 Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 01/05/2027)',
    ]);
  });

  it('a swapped day off that is a Saturday or a Sunday adds no day off (daysOff holds Monday–Friday only)', () => {
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      swaps: [
        { off: '2027-03-13', work: '2027-03-20', occasion: NEW_YEAR, source: 'Thông báo (illustrative)' },
        { off: '2027-03-14', work: '2027-03-27', occasion: NEW_YEAR, source: 'Thông báo (illustrative)' },
      ],
    });
    expect(s.daysOff.filter((h) => h.date.startsWith('2027-03'))).toEqual([]);
    expect(s.workdays.map((w) => w.date)).toEqual(['2027-03-20', '2027-03-27']);
  });

  it('a day off for two reasons is listed once, as the holiday, with both names and both sources', () => {
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      swaps: [{ off: '2027-05-03', work: '2027-05-08', occasion: APRIL_MAY, source: 'Thông báo (illustrative)' }],
    });
    expect(s.daysOff.filter((h) => h.date >= '2027-04-30' && h.date <= '2027-05-31')).toEqual([
      {
        date: '2027-04-30',
        kind: 'statutory',
        name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
        source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.c',
      },
      {
        date: '2027-05-03',
        kind: 'compensatory',
        name: {
          vi: 'Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 01/05/2027); Nghỉ hoán đổi dịp Ngày Chiến thắng và Ngày Quốc tế Lao động (làm bù thứ Bảy 08/05/2027)',
          en: 'Compensatory day off for International Labour Day (Saturday 2027-05-01); Swapped day off for Reunification Day and Labour Day (worked on Saturday 2027-05-08)',
        },
        source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 (2027-05-01); Thông báo (illustrative)',
      },
    ]);
    expect(s.workdays.map((w) => w.date)).toEqual(['2027-05-08']);
  });
});

describe("Tết's days and the day next to 2 September: names and sources", () => {
  it('2010 (Labour Code 1994): the eve and mùng 1–3, fixed by the law itself, not provisional', () => {
    const source = 'Bộ luật Lao động 1994, Điều 73 (recalled, not verified against the gazette): một ngày cuối năm và ba ngày đầu năm âm lịch';
    expect(holidays(2010).filter((h) => h.kind === 'statutory' && h.date.startsWith('2010-02'))).toEqual([
      { date: '2010-02-13', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (30 tháng Chạp, giao thừa)', en: "Lunar New Year (Tết), 30th day of the 12th lunar month (New Year's Eve)" } },
      { date: '2010-02-14', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 1 tháng Giêng)', en: 'Lunar New Year (Tết), 1st day of the 1st lunar month' } },
      { date: '2010-02-15', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 2 tháng Giêng)', en: 'Lunar New Year (Tết), 2nd day of the 1st lunar month' } },
      { date: '2010-02-16', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 3 tháng Giêng)', en: 'Lunar New Year (Tết), 3rd day of the 1st lunar month' } },
    ]);
  });

  it('2027 (not announced): 28 tháng Chạp – mùng 3 by the provisional rule, which the source names', () => {
    // Tết Đinh Mùi: mùng 1 on Saturday 6/2/2027, the year's last day (29 tháng Chạp) on Friday 5/2
    const source = `${TET_2019_CODE}; ${PROVISIONAL_TET_RULE}`;
    expect(holidays(2027).filter((h) => h.kind === 'statutory' && h.date.startsWith('2027-02'))).toEqual([
      { date: '2027-02-04', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (28 tháng Chạp)', en: 'Lunar New Year (Tết), 28th day of the 12th lunar month' } },
      { date: '2027-02-05', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (29 tháng Chạp, giao thừa)', en: "Lunar New Year (Tết), 29th day of the 12th lunar month (New Year's Eve)" } },
      { date: '2027-02-06', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 1 tháng Giêng)', en: 'Lunar New Year (Tết), 1st day of the 1st lunar month' } },
      { date: '2027-02-07', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 2 tháng Giêng)', en: 'Lunar New Year (Tết), 2nd day of the 1st lunar month' } },
      { date: '2027-02-08', kind: 'statutory', source, name: { vi: 'Tết Nguyên Đán (mùng 3 tháng Giêng)', en: 'Lunar New Year (Tết), 3rd day of the 1st lunar month' } },
    ]);
  });

  it('2026: the day next to 2/9 cites the decision (Thông báo 9441/TB-BNV), although the provisional rule gives the same day', () => {
    expect(holidays(2026).filter((h) => h.date.startsWith('2026-09'))).toEqual([
      { date: '2026-09-01', kind: 'statutory', source: `${ADJACENT_2019_CODE}; Thông báo 9441/TB-BNV`, name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' } },
      { date: '2026-09-02', kind: 'statutory', source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.đ', name: { vi: 'Quốc khánh', en: 'National Day' } },
    ]);
  });

  it('2027: the day next to 2/9 (Thursday) is Friday 3/9 by the provisional rule, which the source names', () => {
    expect(holidays(2027).find((h) => h.date === '2027-09-03')).toEqual({
      date: '2027-09-03',
      kind: 'statutory',
      source: `${ADJACENT_2019_CODE}; ${PROVISIONAL_ADJACENT_RULE}`,
      name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
    });
  });

  it('2020 (Labour Code 2012, its last year): ten days, 2/9 alone, as Thông báo 4544/TB-LĐTBXH announced', () => {
    const list = holidays(2020);
    expect(list.filter((h) => h.kind === 'statutory').map((h) => h.date)).toEqual([
      '2020-01-01', '2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27',
      '2020-04-02', '2020-04-30', '2020-05-01', '2020-09-02',
    ]);
    expect(list.filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual(['2020-01-28', '2020-01-29']);
  });

  it('tetDaysBefore: the block keeps the eve when mùng 1 is a Monday and the block has 4 days', () => {
    // Tết Quý Sửu, Monday 31/1/2033: 1 day before mùng 1 (the eve, a Sunday) is still the minimum
    expect(tetDaysBefore(daysFromCivil(2033, 1, 31), 4)).toBe(1);
    expect(tetDaysBefore(daysFromCivil(2033, 1, 31), 5)).toBe(2);
  });
});

describe('compensatory days at the edges', () => {
  it('1900, the first year: Sunday 2/9/1900 gives Monday 3/9', () => {
    expect(holidays(1900).filter((h) => h.kind === 'compensatory')).toEqual([
      {
        date: '1900-09-03',
        kind: 'compensatory',
        name: { vi: 'Nghỉ bù Quốc khánh (Chủ nhật 02/09/1900)', en: 'Compensatory day off for National Day (Sunday 1900-09-02)' },
        source: `${MODEL} (1900-09-02)`,
      },
    ]);
  });

  it('no compensatory day while no compensation rule is in force', () => {
    const tables = fresh({ compensation: [{ from: '2021-01-01', source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3' }] });
    // 2020: Tết on Saturday 25 and Sunday 26/1 would give 28 and 29/1 under the 2012 code
    expect(holidays(2020, tables).filter((h) => h.kind === 'compensatory')).toEqual([]);
    // 2021: Saturday 1/5 gives Monday 3/5
    expect(holidays(2021, tables).filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual(['2021-02-15', '2021-02-16', '2021-05-03']);
  });

  it('is never a Saturday, even when the whole working week after the weekend is a holiday', () => {
    // a table with one 7-day Tết from mùng 1: Saturday 6 – Friday 12/2/2027
    const tet: StatutoryRule = {
      id: 'tet', name: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' }, on: { type: 'tet', days: 7, before: 0 }, from: '1900-01-01', source: 'test table',
    };
    const list = holidays(2027, fresh({ rules: [tet] }));
    expect(list.filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual(['2027-02-15', '2027-02-16']);
  });
});

describe('a day next to a holiday follows that holiday only while its rule is in force', () => {
  const tet: StatutoryRule = {
    id: 'tet', name: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' }, on: { type: 'tet', days: 5 }, from: '2021-01-01', source: 'test table',
  };
  const extra: StatutoryRule = {
    id: 'tet-extra', name: { vi: 'Ngày liền kề Tết', en: 'Day next to Tết' }, on: { type: 'adjacent', of: 'tet' }, from: '1900-01-01', source: 'test table',
  };
  const tables = (): HolidayTables => fresh({ rules: [tet, extra] });
  const extraDays = (year: number): string[] =>
    statutoryDays(year, tables())
      .filter((d) => d.holiday.name.vi === extra.name.vi)
      .map((d) => d.holiday.date);

  it('2026: next to mùng 1 (Tuesday 17/2) is Monday 16/2; the decided day of 2/9 is not used for it', () => {
    expect(extraDays(2026)).toEqual(['2026-02-16']);
  });

  it('2020: no Tết in this table, so no day next to it', () => {
    expect(extraDays(2020)).toEqual([]);
  });
});
