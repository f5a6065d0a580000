/**
 * The exact Vietnamese and English names of the days `publicHolidays` and `officialSchedule` give
 * (and `toICS` writes as SUMMARY): each Tết day by its lunar date — "mùng N tháng Giêng" after
 * the new year, "N tháng Chạp" before it, the eve (giao thừa) marked whether month 12 has 29 or 30
 * days — the English ordinals (1st, 2nd, 3rd, 4th, 11th–13th, 21st–23rd, 28th–30th), and the
 * weekday and zero-padded date of compensatory, swapped and worked days. The golden tests checked
 * the dates of these days, not their names.
 *
 * Lunar facts used (reference/lunar-notes.md): Tết 2020 = 25 January (month 12 of the old year
 * had 30 days), Tết 2025 = 29 January and Tết 2026 = 17 February (the eve on the 29th).
 */
import { describe, expect, it } from 'vitest';
import { officialSchedule, publicHolidays, toICS } from '../../src/vietnam/index.js';
import { tetDayName } from '../../src/vietnam/names.js';

const TET = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };

function namesOf(year: number, from: string, to: string): Array<[string, string, string, string]> {
  return publicHolidays(year)
    .filter((h) => h.date >= from && h.date <= to)
    .map((h) => [h.date, h.kind, h.name.vi, h.name.en]);
}

describe('Tết days are named by their lunar date', () => {
  it('2026: the eve is 29 tháng Chạp (a 29-day month 12), then mùng 1 to mùng 4', () => {
    expect(namesOf(2026, '2026-02-01', '2026-02-28')).toEqual([
      ['2026-02-16', 'statutory', 'Tết Nguyên Đán (29 tháng Chạp, giao thừa)', "Lunar New Year (Tết), 29th day of the 12th lunar month (New Year's Eve)"],
      ['2026-02-17', 'statutory', 'Tết Nguyên Đán (mùng 1 tháng Giêng)', 'Lunar New Year (Tết), 1st day of the 1st lunar month'],
      ['2026-02-18', 'statutory', 'Tết Nguyên Đán (mùng 2 tháng Giêng)', 'Lunar New Year (Tết), 2nd day of the 1st lunar month'],
      ['2026-02-19', 'statutory', 'Tết Nguyên Đán (mùng 3 tháng Giêng)', 'Lunar New Year (Tết), 3rd day of the 1st lunar month'],
      ['2026-02-20', 'statutory', 'Tết Nguyên Đán (mùng 4 tháng Giêng)', 'Lunar New Year (Tết), 4th day of the 1st lunar month'],
    ]);
  });

  it('2020: 29 tháng Chạp is an ordinary day, the eve is 30 tháng Chạp; the weekend days get nghỉ bù', () => {
    expect(namesOf(2020, '2020-01-20', '2020-01-31')).toEqual([
      ['2020-01-23', 'statutory', 'Tết Nguyên Đán (29 tháng Chạp)', 'Lunar New Year (Tết), 29th day of the 12th lunar month'],
      ['2020-01-24', 'statutory', 'Tết Nguyên Đán (30 tháng Chạp, giao thừa)', "Lunar New Year (Tết), 30th day of the 12th lunar month (New Year's Eve)"],
      ['2020-01-25', 'statutory', 'Tết Nguyên Đán (mùng 1 tháng Giêng)', 'Lunar New Year (Tết), 1st day of the 1st lunar month'],
      ['2020-01-26', 'statutory', 'Tết Nguyên Đán (mùng 2 tháng Giêng)', 'Lunar New Year (Tết), 2nd day of the 1st lunar month'],
      ['2020-01-27', 'statutory', 'Tết Nguyên Đán (mùng 3 tháng Giêng)', 'Lunar New Year (Tết), 3rd day of the 1st lunar month'],
      ['2020-01-28', 'compensatory', 'Nghỉ bù Tết Nguyên Đán (thứ Bảy 25/01/2020)', 'Compensatory day off for Lunar New Year (Tết) (Saturday 2020-01-25)'],
      ['2020-01-29', 'compensatory', 'Nghỉ bù Tết Nguyên Đán (Chủ nhật 26/01/2020)', 'Compensatory day off for Lunar New Year (Tết) (Sunday 2020-01-26)'],
    ]);
  });

  it('2025: 28 tháng Chạp, then the eve on the 29th', () => {
    expect(namesOf(2025, '2025-01-27', '2025-01-28')).toEqual([
      ['2025-01-27', 'statutory', 'Tết Nguyên Đán (28 tháng Chạp)', 'Lunar New Year (Tết), 28th day of the 12th lunar month'],
      ['2025-01-28', 'statutory', 'Tết Nguyên Đán (29 tháng Chạp, giao thừa)', "Lunar New Year (Tết), 29th day of the 12th lunar month (New Year's Eve)"],
    ]);
  });

  it('the English ordinal of any day of tháng Chạp: 11th–13th, 21st–23rd', () => {
    const chap = (day: number, lastDay: number): [string, string] => {
      const name = tetDayName(TET, day - lastDay - 1, lastDay);
      return [name.vi, name.en];
    };
    expect([10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 28].map((d) => chap(d, 30))).toEqual([
      ['Tết Nguyên Đán (10 tháng Chạp)', 'Lunar New Year (Tết), 10th day of the 12th lunar month'],
      ['Tết Nguyên Đán (11 tháng Chạp)', 'Lunar New Year (Tết), 11th day of the 12th lunar month'],
      ['Tết Nguyên Đán (12 tháng Chạp)', 'Lunar New Year (Tết), 12th day of the 12th lunar month'],
      ['Tết Nguyên Đán (13 tháng Chạp)', 'Lunar New Year (Tết), 13th day of the 12th lunar month'],
      ['Tết Nguyên Đán (14 tháng Chạp)', 'Lunar New Year (Tết), 14th day of the 12th lunar month'],
      ['Tết Nguyên Đán (20 tháng Chạp)', 'Lunar New Year (Tết), 20th day of the 12th lunar month'],
      ['Tết Nguyên Đán (21 tháng Chạp)', 'Lunar New Year (Tết), 21st day of the 12th lunar month'],
      ['Tết Nguyên Đán (22 tháng Chạp)', 'Lunar New Year (Tết), 22nd day of the 12th lunar month'],
      ['Tết Nguyên Đán (23 tháng Chạp)', 'Lunar New Year (Tết), 23rd day of the 12th lunar month'],
      ['Tết Nguyên Đán (24 tháng Chạp)', 'Lunar New Year (Tết), 24th day of the 12th lunar month'],
      ['Tết Nguyên Đán (28 tháng Chạp)', 'Lunar New Year (Tết), 28th day of the 12th lunar month'],
    ]);
    expect(chap(30, 30)).toEqual(['Tết Nguyên Đán (30 tháng Chạp, giao thừa)', "Lunar New Year (Tết), 30th day of the 12th lunar month (New Year's Eve)"]);
    expect(chap(29, 30)).toEqual(['Tết Nguyên Đán (29 tháng Chạp)', 'Lunar New Year (Tết), 29th day of the 12th lunar month']);
  });
});

describe('compensatory, swapped and worked days name the weekday and the date', () => {
  it('2026: nghỉ bù of Giỗ Tổ on a Sunday; the swaps of 2/1 and 31/8 and their worked Saturdays', () => {
    const s = officialSchedule(2026);
    const byDate = (date: string): [string, string] | undefined => {
      const h = s.daysOff.find((d) => d.date === date) ?? s.workdays.find((w) => w.date === date);
      return h && [h.name.vi, h.name.en];
    };
    expect(byDate('2026-04-27')).toEqual(['Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)', "Compensatory day off for Hùng Kings' Commemoration Day (Sunday 2026-04-26)"]);
    expect(byDate('2026-01-02')).toEqual(['Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', "Swapped day off for New Year's Day (worked on Saturday 2026-01-10)"]);
    expect(byDate('2026-01-10')).toEqual(['Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)', "Working day in exchange for Friday 2026-01-02 (New Year's Day)"]);
    expect(byDate('2026-08-31')).toEqual(['Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)', 'Swapped day off for National Day (worked on Saturday 2026-08-22)']);
    expect(byDate('2026-08-22')).toEqual(['Làm bù cho thứ Hai 31/08/2026 (dịp Quốc khánh)', 'Working day in exchange for Monday 2026-08-31 (National Day)']);
  });

  it('the weekdays of 2013 and 2024: thứ Bảy and Chủ nhật of Tết', () => {
    expect(namesOf(2013, '2013-02-13', '2013-02-14').map((h) => [h[2], h[3]])).toEqual([
      ['Nghỉ bù Tết Nguyên Đán (thứ Bảy 09/02/2013)', 'Compensatory day off for Lunar New Year (Tết) (Saturday 2013-02-09)'],
      ['Nghỉ bù Tết Nguyên Đán (Chủ nhật 10/02/2013)', 'Compensatory day off for Lunar New Year (Tết) (Sunday 2013-02-10)'],
    ]);
    expect(namesOf(2024, '2024-02-13', '2024-02-14').map((h) => h[2])).toEqual(['Nghỉ bù Tết Nguyên Đán (thứ Bảy 10/02/2024)', 'Nghỉ bù Tết Nguyên Đán (Chủ nhật 11/02/2024)']);
  });

  it('the names are the SUMMARY of the calendar file, in either language', () => {
    const summaries = (lang: 'vi' | 'en'): string[] =>
      toICS(officialSchedule(2026), { lang })
        .replace(/\r\n /g, '') // unfolds the folded lines
        .split('\r\n')
        .filter((l) => l.startsWith('SUMMARY:'))
        .slice(0, 4);
    expect(summaries('vi')).toEqual([
      'SUMMARY:Tết Dương lịch',
      'SUMMARY:Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)',
      'SUMMARY:Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)',
      'SUMMARY:Tết Nguyên Đán (29 tháng Chạp\\, giao thừa)',
    ]);
    expect(summaries('en')).toEqual([
      "SUMMARY:New Year's Day",
      "SUMMARY:Swapped day off for New Year's Day (worked on Saturday 2026-01-10)",
      "SUMMARY:Working day in exchange for Friday 2026-01-02 (New Year's Day)",
      "SUMMARY:Lunar New Year (Tết)\\, 29th day of the 12th lunar month (New Year's Eve)",
    ]);
  });
});
