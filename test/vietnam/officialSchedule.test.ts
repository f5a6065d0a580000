/**
 * officialSchedule: the announced civil-service schedules, checked day by day against the
 * announcements (fixture test/support/fixtures/vietnam-official-schedules.json, with its documents).
 */
import { describe, expect, it } from 'vitest';
import { weekdayOf, parseDay } from '../../src/time/civil.js';
import { OFFICIAL_DECISIONS, officialSchedule, scheduleFromDecision } from '../../src/vietnam/index.js';
import { NOT_IN_DATA_SOURCE, PROVISIONAL_SOURCE, provisionalReason, scheduleOf } from '../../src/vietnam/officialSchedule.js';
import { DEFAULT_TABLES } from '../../src/vietnam/tables.js';
import fixture from '../support/fixtures/vietnam-official-schedules.json' with { type: 'json' };

interface FixtureYear {
  documents: string[];
  daysOff: string[];
  workSaturdays: string[];
  swapDaysOff: string[];
}
const YEARS = fixture.years as Record<string, FixtureYear>;
const weekday = (date: string): number => weekdayOf(parseDay(date) ?? Number.NaN);

describe('official years equal the announcements', () => {
  for (const [yearText, expected] of Object.entries(YEARS)) {
    const year = Number(yearText);
    describe(`${year} — ${expected.documents.join(', ')}`, () => {
      const s = officialSchedule(year);
      it('is official and cites the documents', () => {
        expect(s.status).toBe('official');
        expect(s.year).toBe(year);
        for (const doc of expected.documents) expect(s.sources.some((src) => src.startsWith(doc))).toBe(true);
      });
      it('has the announced Monday–Friday days off', () => {
        expect(s.daysOff.map((h) => h.date)).toEqual(expected.daysOff);
        for (const h of s.daysOff) expect(weekday(h.date)).toBeLessThan(5);
      });
      it('has the announced worked Saturdays (làm bù)', () => {
        expect(s.workdays.map((w) => w.date)).toEqual(expected.workSaturdays);
        for (const w of s.workdays) {
          // Saturdays, except Sunday 30/1/2011 (Công văn 9529/VPCP-KGVX: Saturday 29 and Sunday 30 worked before Tết)
          expect(weekday(w.date)).toBe(w.date === '2011-01-30' ? 6 : 5);
          expect(w.name.vi).toMatch(/^Làm bù cho /);
          expect(w.source).toBeDefined();
        }
      });
      it('marks the swapped weekdays as swaps, with their document', () => {
        expect(s.daysOff.filter((h) => h.kind === 'swap').map((h) => h.date)).toEqual(expected.swapDaysOff);
        for (const h of s.daysOff) expect(h.source).toBeTruthy();
      });
    });
  }

  it('2026: the Tết DL swap and the National Day swap (Công văn 12729/VPCP-KGVX, Thông báo 9441/TB-BNV)', () => {
    const s = officialSchedule(2026);
    expect(s.daysOff.find((h) => h.date === '2026-01-02')).toEqual({
      date: '2026-01-02',
      kind: 'swap',
      source: 'Công văn 12729/VPCP-KGVX',
      name: {
        vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)',
        en: "Swapped day off for New Year's Day (worked on Saturday 2026-01-10)",
      },
    });
    expect(s.workdays).toContainEqual({
      date: '2026-08-22',
      source: 'Thông báo 9441/TB-BNV',
      name: { vi: 'Làm bù cho thứ Hai 31/08/2026 (dịp Quốc khánh)', en: 'Working day in exchange for Monday 2026-08-31 (National Day)' },
    });
    expect(s.sources).toEqual(['Công văn 12729/VPCP-KGVX (25/12/2025)', 'Thông báo 9441/TB-BNV (16/10/2025)', 'Công văn 9859/VPCP-KGVX (13/10/2025)']);
  });

  it('2018 includes Monday 31/12/2018, swapped by the 2019 notice (3238/TB-LĐTBXH)', () => {
    const s = officialSchedule(2018);
    expect(s.daysOff.at(-1)).toMatchObject({ date: '2018-12-31', kind: 'swap' });
    expect(s.sources.some((x) => x.startsWith('Thông báo 3238/TB-LĐTBXH'))).toBe(true);
    expect(officialSchedule(2019).workdays[0]?.name.vi).toBe('Làm bù cho thứ Hai 31/12/2018 (dịp Tết Dương lịch)');
  });

  it('the data has one decision per year, each with sources, and covers 2010–2026', () => {
    expect(OFFICIAL_DECISIONS.map((d) => d.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    for (const d of OFFICIAL_DECISIONS) {
      expect(d.sources.length).toBeGreaterThan(0);
      // Tết is decided (5 days) from 2014; until April 2013 it is the fixed 4 days of the Labour Code 1994, in the rule table
      if (d.year >= 2014) expect(d.tet?.days).toHaveLength(5);
      else expect(d.tet).toBeUndefined();
      // every swap names a document number; the 2010 Tết swap, whose number was not found, says so
      for (const s of d.swaps ?? []) expect(s.source).toMatch(/\d+\/[A-ZĐ-]+|số văn bản chưa tìm thấy/);
    }
  });

  it('the swaps that reach into the neighbouring year: 31/12/2012 (2013 notice) and Saturday 27/12/2014 (2015 notice)', () => {
    expect(officialSchedule(2012).daysOff.at(-1)).toMatchObject({ date: '2012-12-31', kind: 'swap', source: 'Công văn 9570/VPCP-KGVX' });
    expect(officialSchedule(2012).sources).toContain('Công văn 9570/VPCP-KGVX');
    expect(officialSchedule(2014).workdays.at(-1)?.date).toBe('2014-12-27');
    expect(officialSchedule(2014).workdays.at(-1)?.name.vi).toBe('Làm bù cho thứ Sáu 02/01/2015 (dịp Tết Dương lịch)');
  });
});

describe('provisional years', () => {
  it.each([1900, 1995, 2009, 2027, 2100, 2199])('%i says provisional in status and sources', (year) => {
    const s = officialSchedule(year);
    expect(s.status).toBe('provisional');
    // A year after the last announced one is not announced yet; an earlier one is only missing from the data.
    expect(s.sources).toContain(year > 2026 ? PROVISIONAL_SOURCE : NOT_IN_DATA_SOURCE);
    expect(provisionalReason(year)).toBe(year > 2026 ? 'not-announced' : 'not-in-data');
    expect(s.workdays).toEqual([]);
  });

  it('2027 (not yet announced): the statute plus the provisional rules', () => {
    expect(officialSchedule(2027).daysOff.map((h) => h.date)).toEqual([
      '2027-01-01', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10',
      '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03', '2027-11-24',
    ]);
    expect(officialSchedule(2027).sources[0]).toBe('Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 và Điều 112');
  });

  it('2013 derived without its decision cites both labour codes', () => {
    const noDecisions = { ...DEFAULT_TABLES, decisions: new Map() };
    expect(scheduleOf(2013, noDecisions).sources.filter((s) => s.startsWith('Bộ luật Lao động'))).toHaveLength(2);
    expect(officialSchedule(2013).status).toBe('official');
  });
});

describe('scheduleFromDecision: a new year is one data object', () => {
  it('builds 2027 from an (illustrative) announcement with a swap', () => {
    const s = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      tet: { days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'], source: 'Thông báo (illustrative)' },
      nationalDay: { date: '2027-09-03', source: 'Thông báo (illustrative)' },
      swaps: [{ off: '2027-02-12', work: '2027-02-20', occasion: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' }, source: 'Thông báo (illustrative)' }],
    });
    expect(s.status).toBe('official');
    expect(s.daysOff.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2027-01-01 statutory',
      '2027-02-05 statutory', '2027-02-08 statutory', '2027-02-09 statutory',
      '2027-02-10 compensatory', '2027-02-11 compensatory', // for Saturday 6 and Sunday 7
      '2027-02-12 swap',
      '2027-04-16 statutory', '2027-04-30 statutory', '2027-05-03 compensatory', '2027-09-02 statutory', '2027-09-03 statutory',
      '2027-11-24 statutory',
    ]);
    expect(s.workdays.map((w) => w.date)).toEqual(['2027-02-20']);
    expect(officialSchedule(2027).status).toBe('provisional'); // built-in data untouched
  });

  it('rejects a malformed decision with WorktimeError', () => {
    expect(() => scheduleFromDecision({ year: 2027, sources: [], tet: { days: ['2027-02-30'], source: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => scheduleFromDecision({ year: 2027.5, sources: [] })).toThrow(expect.objectContaining({ code: 'INVALID_YEAR' }));
    expect(() => scheduleFromDecision({ year: 2027, sources: [], nationalDay: { date: '2028-09-01', source: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => scheduleFromDecision(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
