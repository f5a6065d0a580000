/**
 * Holidays on an uncertain lunar month start (src/lunar/table.ts `UNCERTAIN`): Tết 2175 and 2199,
 * whose new moons lie within the uncertainty of ΔT of midnight, are flagged in publicHolidays and
 * officialSchedule, and a deadline over them is provisional.
 */
import { describe, expect, it } from 'vitest';
import { processingDeadline } from '../../src/tthc/index.js';
import { LUNAR_UNCERTAIN_SOURCE } from '../../src/vietnam/officialSchedule.js';
import { officialSchedule, publicHolidays } from '../../src/vietnam/index.js';

describe('holidays on an uncertain lunar month start', () => {
  it('Tết 2175: every day of the block and its compensatory days carry the month start', () => {
    const flagged = publicHolidays(2175).filter((h) => h.uncertain);
    expect(flagged.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2175-01-21 statutory',
      '2175-01-22 statutory',
      '2175-01-23 statutory',
      '2175-01-24 statutory',
      '2175-01-25 statutory',
      '2175-01-26 compensatory',
      '2175-01-27 compensatory',
    ]);
    for (const h of flagged) expect(h.uncertain).toMatchObject({ index: 0, monthStart: '2175-01-23', alternative: '2175-01-22' });
  });

  it('only the Tết of 2175 and 2199 are flagged among the holidays of 1900–2199', () => {
    const years = new Set<number>();
    for (let y = 1900; y <= 2199; y += 1) if (publicHolidays(y).some((h) => h.uncertain)) years.add(y);
    expect([...years]).toEqual([2175, 2199]);
  });

  it('officialSchedule flags the days off and says why in its sources', () => {
    const s = officialSchedule(2199);
    expect(s.status).toBe('provisional');
    expect(s.sources).toContain(LUNAR_UNCERTAIN_SOURCE);
    expect(s.daysOff.filter((d) => d.uncertain).map((d) => d.date)).toEqual(['2199-01-25', '2199-01-28', '2199-01-29', '2199-01-30', '2199-01-31']);
    expect(officialSchedule(2174).sources).not.toContain(LUNAR_UNCERTAIN_SOURCE);
    // A copy: changing it leaves the library's data alone.
    const day = s.daysOff.find((d) => d.uncertain);
    if (day?.uncertain) day.uncertain.alternative = 'changed';
    expect(officialSchedule(2199).daysOff.find((d) => d.uncertain)?.uncertain?.alternative).toBe('2199-01-26');
  });

  it('a deadline over Tết 2175 is provisional', () => {
    expect(processingDeadline('2175-01-16T09:00', { workingDays: 10 }).provisional).toBe(true);
  });
});
