/**
 * The provisional rules must reproduce each announced year's Monday–Friday days off, apart from
 * its government swaps (which are decisions no rule predicts). Here every year is derived with
 * NO official decision at all and compared with the announcements (fixture with documents).
 *
 * Residual differences: none. Every announced year 2018–2026 differs from its derivation only by
 * the swapped weekdays listed in the fixture (`swapDaysOff`): 31/12/2018, 29/4/2019, 29/4/2024,
 * 2/5/2025, 2/1/2026 and 31/8/2026.
 */
import { describe, expect, it } from 'vitest';
import { officialSchedule } from '../../src/vietnam/index.js';
import { scheduleOf } from '../../src/vietnam/officialSchedule.js';
import { publicHolidays } from '../../src/vietnam/index.js';
import { holidaysOf } from '../../src/vietnam/publicHolidays.js';
import { DEFAULT_TABLES } from '../../src/vietnam/tables.js';
import type { HolidayTables } from '../../src/vietnam/tables.js';
import fixture from '../fixtures/vietnam-official-schedules.json' with { type: 'json' };

const NO_DECISIONS: HolidayTables = { ...DEFAULT_TABLES, decisions: new Map() };
const YEARS = fixture.years as Record<string, { documents: string[]; daysOff: string[]; swapDaysOff: string[] }>;

/** Differences documented per year (date → reason). Empty: the rules reproduce every year. */
const RESIDUAL: Record<number, Record<string, string>> = {};

describe('provisional rules reproduce the announced years (swaps excepted)', () => {
  for (const [yearText, expected] of Object.entries(YEARS)) {
    const year = Number(yearText);
    it(`${year} (${expected.documents.join(', ')})`, () => {
      const derived = scheduleOf(year, NO_DECISIONS);
      expect(derived.status).toBe('provisional');
      const want = expected.daysOff.filter((d) => !expected.swapDaysOff.includes(d) && !(d in (RESIDUAL[year] ?? {})));
      expect(derived.daysOff.map((h) => h.date)).toEqual(want);
      expect(derived.workdays).toEqual([]);
    });
  }

  it('reproduces the decided Tết days and the day next to 2/9 themselves, weekends included', () => {
    for (const yearText of Object.keys(YEARS)) {
      const year = Number(yearText);
      const decided = holidaysOf(year, DEFAULT_TABLES).filter((d) => d.holiday.kind === 'statutory').map((d) => d.holiday.date);
      const derived = holidaysOf(year, NO_DECISIONS).filter((d) => d.holiday.kind === 'statutory').map((d) => d.holiday.date);
      expect(derived, String(year)).toEqual(decided);
    }
  });

  it('an official year and its derivation share the fixed-date days and their sources', () => {
    const official = publicHolidays(2024).find((h) => h.date === '2024-04-18');
    const derived = holidaysOf(2024, NO_DECISIONS).find((d) => d.holiday.date === '2024-04-18')?.holiday;
    expect(derived).toEqual(official);
    expect(officialSchedule(2024).status).toBe('official');
  });
});
