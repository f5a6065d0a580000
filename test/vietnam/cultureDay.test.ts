/**
 * 24 November, Ngày Văn hóa Việt Nam: a paid public holiday from 2026 by Nghị quyết 28/2026/QH16
 * (in force 01/07/2026; it adds the day to the list of Bộ luật Lao động 2019, Điều 112.1), with a
 * compensatory day when it falls on a weekend (Điều 111.3). Expectations written by hand from a
 * calendar: 24/11/2025 Monday (before the resolution), 24/11/2026 Tuesday, 24/11/2027 Wednesday,
 * 24/11/2029 Saturday (→ Monday 26/11), 24/11/2030 Sunday (→ Monday 25/11).
 */
import { describe, expect, it } from 'vitest';
import { civilServiceCalendar, officialSchedule, publicHolidays } from '../../src/vietnam/index.js';

const on = (year: number, date: string) => publicHolidays(year).filter((h) => h.date === date);

describe('24/11 Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16)', () => {
  it('Tuesday 24/11/2026 is a statutory day off, citing the resolution', () => {
    expect(on(2026, '2026-11-24')).toEqual([
      {
        date: '2026-11-24',
        kind: 'statutory',
        name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
        source: expect.stringContaining('Nghị quyết 28/2026/QH16') as unknown as string,
      },
    ]);
    expect(on(2026, '2026-11-24')[0]?.source).toMatch(/secondary/);
    expect(officialSchedule(2026).daysOff.map((h) => h.date)).toContain('2026-11-24');
    expect(officialSchedule(2026).daysOff.at(-1)).toMatchObject({ date: '2026-11-24', kind: 'statutory' });
  });

  it('the civil-service calendar is closed on 24/11/2026 and open the days around it', () => {
    const cal = civilServiceCalendar();
    expect(cal.isWorkingDay('2026-11-24')).toBe(false);
    expect(cal.isWorkingDay('2026-11-23')).toBe(true); // the proposed swap (23/11 off) was never confirmed
    expect(cal.isWorkingDay('2026-11-25')).toBe(true);
    expect(cal.isWorkingDay('2026-11-28')).toBe(false); // Saturday: not worked, no swap in the data
    expect(cal.addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
  });

  it('24/11/2025 (a Monday, before the resolution) is a working day', () => {
    expect(on(2025, '2025-11-24')).toEqual([]);
    expect(civilServiceCalendar().isWorkingDay('2025-11-24')).toBe(true);
    expect(officialSchedule(2025).daysOff.map((h) => h.date)).not.toContain('2025-11-24');
  });

  it('a weekend 24/11 gives a compensatory day on the next working day (Điều 111.3)', () => {
    expect(on(2029, '2029-11-24').map((h) => h.kind)).toEqual(['statutory']); // Saturday
    expect(on(2029, '2029-11-26')).toEqual([
      expect.objectContaining({ kind: 'compensatory', name: expect.objectContaining({ vi: expect.stringContaining('Ngày Văn hóa Việt Nam') }) }),
    ]);
    expect(on(2029, '2029-11-26')[0]?.source).toContain('(2029-11-24)');
    expect(civilServiceCalendar().isWorkingDay('2029-11-26')).toBe(false);
    expect(on(2030, '2030-11-25').map((h) => h.kind)).toEqual(['compensatory']); // for Sunday 24/11/2030
    expect(officialSchedule(2027).daysOff.map((h) => h.date)).toContain('2027-11-24'); // Wednesday, provisional year
  });

  it('the 2026 schedule cites Thông báo 9441/TB-BNV and the approval Công văn 9859/VPCP-KGVX', () => {
    const sources = officialSchedule(2026).sources;
    expect(sources.some((s) => s.startsWith('Thông báo 9441/TB-BNV'))).toBe(true);
    expect(sources).toContain('Công văn 9859/VPCP-KGVX (13/10/2025)');
    expect(sources.some((s) => s.startsWith('Công văn 12729/VPCP-KGVX'))).toBe(true); // the New Year swap
  });
});
