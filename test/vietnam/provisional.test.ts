/**
 * The provisional rules must reproduce each announced year's Monday–Friday days off, apart from
 * its government swaps (which are decisions no rule predicts). Here every year is derived with
 * NO official decision at all and compared with the announcements (fixture with documents).
 *
 * Every announced year 2010–2026 differs from its derivation only by the swapped weekdays listed
 * in the fixture (`swapDaysOff`), except the residual differences of {@link RESIDUAL} (2014) and
 * {@link RESIDUAL_STATUTORY} (2014, 2016), each with its reason. 2010–2013 fall under the Labour
 * Code 1994, whose Tết is fixed (the eve and mùng 1–3), not provisional.
 */
import { describe, expect, it } from 'vitest';
import { officialSchedule } from '../../src/vietnam/index.js';
import { scheduleOf } from '../../src/vietnam/officialSchedule.js';
import { publicHolidays } from '../../src/vietnam/index.js';
import { holidaysOf } from '../../src/vietnam/publicHolidays.js';
import { DEFAULT_TABLES } from '../../src/vietnam/tables.js';
import type { HolidayTables } from '../../src/vietnam/tables.js';
import fixture from '../support/fixtures/vietnam-official-schedules.json' with { type: 'json' };

const NO_DECISIONS: HolidayTables = { ...DEFAULT_TABLES, decisions: new Map() };
const YEARS = fixture.years as Record<string, { documents: string[]; daysOff: string[]; swapDaysOff: string[] }>;

const TET_1_PLUS_4 =
  'Tết block 1 + 4 (the eve – mùng 4), decided although a 2 + 3 block would not start on a Sunday; the provisional rule ' +
  '(learnt from 2018–2026) gives 2 + 3. Nghị định 45/2013/NĐ-CP, Điều 8 allows both';

/** Monday–Friday days off where the derivation differs from the announcement (date → reason). */
const RESIDUAL: Record<number, Record<string, string>> = {
  2014: {
    '2014-01-29': `derived: 29 tháng Chạp, a Tết day; announced: a swapped day (Công văn 10525/VPCP-KGVX). ${TET_1_PLUS_4}`,
    '2014-02-05': `announced: nghỉ bù for Sunday 2/2 after Tết 30/1–3/2; derived: a working day. ${TET_1_PLUS_4}`,
  },
};

/** Statutory days (weekends included) where the derivation differs from the decided days. */
const RESIDUAL_STATUTORY: Record<number, Record<string, string>> = {
  2014: { '2014-01-29': TET_1_PLUS_4, '2014-02-03': TET_1_PLUS_4 },
  // Thông báo 4659/TB-LĐTBXH: Tết 7–11/2/2016; derived 6–10/2. The Monday–Friday days off are the same (8–12/2).
  2016: { '2016-02-06': TET_1_PLUS_4, '2016-02-11': TET_1_PLUS_4 },
};

/** `a` and `b` without the residual dates, after checking that each residual date is in exactly one of them. */
function withoutResidual(a: string[], b: string[], residual: Record<string, string> = {}): [string[], string[]] {
  for (const date of Object.keys(residual)) expect(a.includes(date) !== b.includes(date), date).toBe(true);
  return [a.filter((d) => !(d in residual)), b.filter((d) => !(d in residual))];
}

describe('provisional rules reproduce the announced years (swaps excepted)', () => {
  for (const [yearText, expected] of Object.entries(YEARS)) {
    const year = Number(yearText);
    it(`${year} (${expected.documents.join(', ')})`, () => {
      const derived = scheduleOf(year, NO_DECISIONS);
      expect(derived.status).toBe('provisional');
      const want = expected.daysOff.filter((d) => !expected.swapDaysOff.includes(d));
      const [got, announced] = withoutResidual(derived.daysOff.map((h) => h.date), want, RESIDUAL[year]);
      expect(got).toEqual(announced);
      expect(derived.workdays).toEqual([]);
    });
  }

  it('reproduces the decided Tết days and the day next to 2/9 themselves, weekends included', () => {
    for (const yearText of Object.keys(YEARS)) {
      const year = Number(yearText);
      const decided = holidaysOf(year, DEFAULT_TABLES).filter((d) => d.holiday.kind === 'statutory').map((d) => d.holiday.date);
      const derived = holidaysOf(year, NO_DECISIONS).filter((d) => d.holiday.kind === 'statutory').map((d) => d.holiday.date);
      const [got, want] = withoutResidual(derived, decided, RESIDUAL_STATUTORY[year]);
      expect(got, String(year)).toEqual(want);
    }
  });

  it('an official year and its derivation share the fixed-date days and their sources', () => {
    const official = publicHolidays(2024).find((h) => h.date === '2024-04-18');
    const derived = holidaysOf(2024, NO_DECISIONS).find((d) => d.holiday.date === '2024-04-18')?.holiday;
    expect(derived).toEqual(official);
    expect(officialSchedule(2024).status).toBe('official');
  });
});
