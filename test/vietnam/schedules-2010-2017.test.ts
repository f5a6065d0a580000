/**
 * The announced civil-service schedules 2010–2017, written out by hand from the documents (every
 * Monday–Friday day off with its kind, every worked weekend day, and the document each rests on),
 * independent of the fixture used by officialSchedule.test.ts. Kinds: s = statutory, c = nghỉ bù
 * (compensatory), w = swapped day off (hoán đổi). Until 30/04/2013 (Labour Code 1994) Tết is the
 * fixed eve and mùng 1–3; from 2014 the five days are decided.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DECISIONS, civilServiceCalendar, officialSchedule } from '../../src/vietnam/index.js';

interface Year {
  /** `MM-DD` + kind letter, sorted. */
  off: string[];
  worked: string[];
  /** Documents that must be cited in `sources`, and the source of every swap. */
  documents: string[];
  swapSource?: string;
}

const YEARS: Record<number, Year> = {
  // Tết Canh Dần 14/2 (Sunday): 13–16/2 fixed, bù 17, 18; Friday 19/2 ↔ Saturday 27/2 (PM, 02/2010).
  // 30/4 Friday, 1/5 Saturday → bù Monday 3/5. 2/9 Thursday: Friday 3/9 ↔ Saturday 11/9 (5971/VPCP-KGVX).
  2010: {
    off: ['01-01s', '02-15s', '02-16s', '02-17c', '02-18c', '02-19w', '04-23s', '04-30s', '05-03c', '09-02s', '09-03w'],
    worked: ['2010-02-27', '2010-09-11'],
    documents: ['Công văn 5971/VPCP-KGVX'],
  },
  // 1/1 Saturday → 3/1. Tết Tân Mão 3/2: 2–5/2 fixed, bù 7/2 for Saturday 5/2; 31/1 and 1/2 ↔ Saturday 29/1 and
  // Sunday 30/1. Giỗ Tổ Tuesday 12/4: Monday 11/4 ↔ Saturday 9/4 (9529/VPCP-KGVX). 30/4, 1/5 weekend → 2/5, 3/5.
  2011: {
    off: ['01-03c', '01-31w', '02-01w', '02-02s', '02-03s', '02-04s', '02-07c', '04-11w', '04-12s', '05-02c', '05-03c', '09-02s'],
    worked: ['2011-01-29', '2011-01-30', '2011-04-09'],
    documents: ['Công văn 9529/VPCP-KGVX (31/12/2010)'],
    swapSource: 'Công văn 9529/VPCP-KGVX',
  },
  // 1/1 Sunday → 2/1. Tết Nhâm Thìn 23/1 (Monday): eve Sunday 22/1 – 25/1, bù 26/1; Friday 27/1 ↔ Saturday 4/2
  // (9197/VPCP-KGVX). Giỗ Tổ Saturday 31/3 → 2/4. 2/9 Sunday → 3/9. 31/12/2012: swap of the 2013 notice.
  2012: {
    off: ['01-02c', '01-23s', '01-24s', '01-25s', '01-26c', '01-27w', '04-02c', '04-30s', '05-01s', '09-03c', '12-31w'],
    worked: ['2012-02-04'],
    documents: ['Công văn 9197/VPCP-KGVX (27/12/2011)', 'Công văn 9570/VPCP-KGVX'],
  },
  // 9570/VPCP-KGVX: 31/12/2012 ↔ Saturday 5/1; Tết Quý Tỵ 10/2 (Sunday): 9–12/2 fixed, bù 13, 14; Friday 15/2 ↔
  // Saturday 23/2; Monday 29/4 ↔ Saturday 4/5. Giỗ Tổ Friday 19/4. 2/9 Monday (Labour Code 2012 from 1/5/2013).
  2013: {
    off: ['01-01s', '02-11s', '02-12s', '02-13c', '02-14c', '02-15w', '04-19s', '04-29w', '04-30s', '05-01s', '09-02s'],
    worked: ['2013-01-05', '2013-02-23', '2013-05-04'],
    documents: ['Công văn 9570/VPCP-KGVX (23/11/2012)'],
    swapSource: 'Công văn 9570/VPCP-KGVX',
  },
  // 10525/VPCP-KGVX: Tết 28/1–5/2 with Saturdays 25/1 and 8/2 worked for Tuesday 28/1 and Wednesday 29/1 (Tết days
  // 30/1–3/2, bù 4, 5/2 for Saturday 1/2 and Sunday 2/2); Friday 2/5 ↔ Saturday 26/4; Monday 1/9 ↔ Saturday 6/9.
  // Saturday 27/12/2014 is worked for Friday 2/1/2015 (2015 notice).
  2014: {
    off: ['01-01s', '01-28w', '01-29w', '01-30s', '01-31s', '02-03s', '02-04c', '02-05c', '04-09s', '04-30s', '05-01s', '05-02w', '09-01w', '09-02s'],
    worked: ['2014-01-25', '2014-02-08', '2014-04-26', '2014-09-06', '2014-12-27'],
    documents: ['Công văn 10525/VPCP-KGVX (12/12/2013)', 'Tờ trình 89/TTr-LĐTBXH (21/11/2013)'],
  },
  // Friday 2/1 ↔ Saturday 27/12/2014; Tết Ất Mùi 19/2: 17–21/2 (29 Chạp – mùng 3), bù Monday 23/2 for Saturday 21/2,
  // Monday 16/2 ↔ Saturday 14/2; Giỗ Tổ Tuesday 28/4, Wednesday 29/4 ↔ Saturday 25/4; 2/9 Wednesday, one day.
  2015: {
    off: ['01-01s', '01-02w', '02-16w', '02-17s', '02-18s', '02-19s', '02-20s', '02-23c', '04-28s', '04-29w', '04-30s', '05-01s', '09-02s'],
    worked: ['2015-02-14', '2015-04-25'],
    documents: ['Tờ trình 89/TTr-LĐTBXH (20/11/2014)'],
  },
  // 4659/TB-LĐTBXH: Tết 7–11/2 (Sunday 7/2 → bù Friday 12/2), no swap; Giỗ Tổ Saturday 16/4 → 18/4; 30/4, 1/5 → 2/5, 3/5.
  2016: {
    off: ['01-01s', '02-08s', '02-09s', '02-10s', '02-11s', '02-12c', '04-18c', '05-02c', '05-03c', '09-02s'],
    worked: [],
    documents: ['Thông báo 4659/TB-LĐTBXH (13/11/2015)'],
  },
  // 1/1 Sunday → 2/1; 9794/VPCP-KGVX: Tết 26–30/1 (29 Chạp – mùng 3), bù 31/1, 1/2; Giỗ Tổ Thursday 6/4;
  // 30/4 Sunday → Tuesday 2/5 (1/5 Monday); 2/9 Saturday → Monday 4/9.
  2017: {
    off: ['01-02c', '01-26s', '01-27s', '01-30s', '01-31c', '02-01c', '04-06s', '05-01s', '05-02c', '09-04c'],
    worked: [],
    documents: ['Công văn 9794/VPCP-KGVX (14/11/2016)'],
  },
};

describe('official schedules 2010–2017, by hand from the documents', () => {
  for (const [yearText, y] of Object.entries(YEARS)) {
    const year = Number(yearText);
    it(`${year}: Monday–Friday days off, worked days and documents`, () => {
      const s = officialSchedule(year);
      expect(s.status).toBe('official');
      expect(s.daysOff.map((h) => `${h.date.slice(5)}${h.kind === 'swap' ? 'w' : h.kind[0]}`)).toEqual(y.off);
      expect(s.workdays.map((w) => w.date)).toEqual(y.worked);
      for (const doc of y.documents) expect(s.sources.some((src) => src.startsWith(doc)), doc).toBe(true);
      if (y.swapSource) for (const h of s.daysOff.filter((d) => d.kind === 'swap')) expect(h.source).toBe(y.swapSource);
      const cal = civilServiceCalendar();
      for (const h of s.daysOff) expect(cal.isWorkingDay(h.date), h.date).toBe(false);
      for (const w of y.worked) expect(cal.isWorkingDay(w), w).toBe(true);
    });
  }

  it('2013: Friday 15/2 off and Saturday 23/2 worked (Tết Quý Tỵ 9–17/2), Monday 29/4 off for Saturday 4/5', () => {
    const cal = civilServiceCalendar();
    for (let d = 9; d <= 17; d++) expect(cal.isWorkingDay(`2013-02-${String(d).padStart(2, '0')}`)).toBe(false);
    expect(cal.isWorkingDay('2013-02-18')).toBe(true);
    expect(cal.isWorkingDay('2013-02-23')).toBe(true);
    expect(officialSchedule(2013).daysOff.find((h) => h.date === '2013-04-29')?.name.vi).toBe(
      'Nghỉ hoán đổi dịp Ngày Chiến thắng và Ngày Quốc tế Lao động (làm bù thứ Bảy 04/05/2013)',
    );
  });

  it('2014: Tết 28/1–5/2 with Saturdays 25/1 and 8/2 worked; 2015: Friday 2/1 off for Saturday 27/12/2014', () => {
    const cal = civilServiceCalendar();
    expect(cal.addWorkingDays('2014-01-27', 1)).toBe('2014-02-06');
    expect(cal.isWorkingDay('2014-01-25')).toBe(true);
    expect(cal.isWorkingDay('2014-02-08')).toBe(true);
    expect(cal.isWorkingDay('2015-01-02')).toBe(false);
    expect(cal.isWorkingDay('2014-12-27')).toBe(true);
    expect(officialSchedule(2015).daysOff[1]).toMatchObject({ date: '2015-01-02', kind: 'swap' });
    expect(officialSchedule(2014).workdays.at(-1)?.source).toContain('Tờ trình 89/TTr-LĐTBXH');
  });

  it('2011: the worked Sunday 30/1 is a working day of the calendar', () => {
    expect(civilServiceCalendar().isWorkingDay('2011-01-30')).toBe(true);
    expect(civilServiceCalendar().isWorkingDay('2011-01-23')).toBe(false); // an ordinary Sunday
  });

  it('2010: the Đại lễ 1000 năm Thăng Long (Hà Nội only) is not a national day off', () => {
    expect(officialSchedule(2010).daysOff.filter((h) => h.date.startsWith('2010-10'))).toEqual([]);
    expect(notesOf(2010)).toMatch(/Hà Nội only/);
  });
});

function notesOf(year: number): string {
  return OFFICIAL_DECISIONS.find((d) => d.year === year)?.notes ?? '';
}
