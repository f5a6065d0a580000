/**
 * `vn-worktime calendar`'s page: the year's data agrees with the library (the civil-service
 * calendar, officialSchedule, publicHolidays, toLunar), and the three renderers (HTML, SVG, text)
 * show it in Vietnamese and English, provisional years marked. What a reader sees in a browser is
 * checked by test/browser/calendarPage.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { styleOf } from '../../src/cli/color.js';
import { calendarHtml } from '../../src/cli/calendarPage/html.js';
import { calendarSvg, wrapText } from '../../src/cli/calendarPage/svg.js';
import { calendarText } from '../../src/cli/calendarPage/terminal.js';
import { escapeXml } from '../../src/cli/calendarPage/escape.js';
import { lunarMark, markOf, shortName } from '../../src/cli/calendarPage/words.js';
import { yearPage } from '../../src/cli/calendarPage/yearData.js';
import type { PageDay } from '../../src/cli/calendarPage/yearData.js';
import { toLunar } from '../../src/lunar/toLunar.js';
import { civilServiceCalendar } from '../../src/vietnam/civilServiceCalendar.js';
import { officialSchedule } from '../../src/vietnam/officialSchedule.js';
import { publicHolidays } from '../../src/vietnam/publicHolidays.js';

const ESC = '\u001b[';
const plain = styleOf(false);

function dayOf(year: number, date: string): PageDay {
  const day = yearPage(year).months.flat().find((d) => d.date === date);
  if (day === undefined) throw new Error(`no ${date}`);
  return day;
}

describe('yearPage: the year as the library gives it', () => {
  test('2026: twelve months, 365 days, Monday = 0', () => {
    const page = yearPage(2026);
    expect(page.months).toHaveLength(12);
    expect(page.months.map((m) => m.length)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(page.months[0]?.[0]).toMatchObject({ date: '2026-01-01', day: 1, weekday: 3 }); // a Thursday
    expect(yearPage(2028).months[1]).toHaveLength(29);
    expect(page).toMatchObject({ year: 2026, canChi: 'Bính Ngọ', status: 'official', sources: officialSchedule(2026).sources });
    expect(page.provisionalNote).toBeUndefined();
  });

  test('2026: each kind of day, with its names in both languages', () => {
    expect(dayOf(2026, '2026-02-17')).toEqual({
      date: '2026-02-17',
      day: 17,
      weekday: 1,
      kind: 'statutory',
      name: { vi: 'Tết Nguyên Đán (mùng 1 tháng Giêng)', en: 'Lunar New Year (Tết), 1st day of the 1st lunar month' },
      provisional: false,
      lunar: { day: 1, month: 1, leap: false },
    });
    expect(dayOf(2026, '2026-01-02')).toMatchObject({ kind: 'swap', name: { vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)' } });
    expect(dayOf(2026, '2026-01-10')).toMatchObject({ kind: 'worked', weekday: 5, name: { en: 'Working day in exchange for Friday 2026-01-02 (New Year\'s Day)' } });
    expect(dayOf(2026, '2026-04-26')).toMatchObject({ kind: 'statutory', weekday: 6, name: { vi: 'Giỗ Tổ Hùng Vương' } }); // a Sunday
    expect(dayOf(2026, '2026-04-27')).toMatchObject({ kind: 'compensatory', name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)' } });
    expect(dayOf(2026, '2026-01-03')).toMatchObject({ kind: 'weekend' });
    expect(dayOf(2026, '2026-01-05')).toMatchObject({ kind: 'workday' });
    expect(dayOf(2026, '2026-01-05').name).toBeUndefined();
  });

  test.each([1950, 1995, 2013, 2020, 2025, 2026, 2027, 2100, 2199])('%i: agrees with the civil-service calendar, the schedule and the statute', (year) => {
    const calendar = civilServiceCalendar();
    const schedule = officialSchedule(year);
    const days = yearPage(year).months.flat();
    const byDate = new Map(days.map((d) => [d.date, d]));
    for (const d of days) {
      const off = d.kind === 'statutory' || d.kind === 'compensatory' || d.kind === 'swap' || d.kind === 'weekend';
      expect(calendar.isWorkingDay(d.date), d.date).toBe(!off);
      expect(d.name === undefined, d.date).toBe(d.kind === 'workday' || d.kind === 'weekend');
      const lunar = toLunar(d.date);
      expect(d.lunar).toEqual({ day: lunar.day, month: lunar.month, leap: lunar.leap });
      expect(d.provisional, d.date).toBe(d.name !== undefined && schedule.status === 'provisional');
    }
    for (const h of schedule.daysOff) expect(byDate.get(h.date)).toMatchObject({ kind: h.kind, name: h.name });
    for (const w of schedule.workdays) expect(byDate.get(w.date)).toMatchObject({ kind: 'worked', name: w.name });
    for (const h of publicHolidays(year)) expect(byDate.get(h.date)?.name, h.date).toBeDefined();
  });

  test('2027: provisional, with the reason; every named day marked', () => {
    const page = yearPage(2027);
    expect(page.status).toBe('provisional');
    expect(page.provisionalNote).toEqual({ vi: 'năm 2027 chưa có thông báo chính thức', en: '2027 not announced yet' });
    const named = page.months.flat().filter((d) => d.name !== undefined);
    expect(named.length).toBeGreaterThan(10);
    expect(named.every((d) => d.provisional)).toBe(true);
    expect(page.months.flat().filter((d) => d.provisional)).toEqual(named);
    expect(yearPage(1950).provisionalNote?.en).toBe("no official schedule of 1950 in vn-worktime's data");
  });

  test('out of range and not a year: the library\'s errors', () => {
    expect(() => yearPage(2200)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => yearPage(2026.5)).toThrow(expect.objectContaining({ code: 'INVALID_YEAR' }));
  });
});

describe('words', () => {
  test('markers, lunar dates, short names, escaping, wrapping', () => {
    expect(markOf(dayOf(2026, '2026-02-17'))).toBe('★');
    expect(markOf(dayOf(2026, '2026-01-10'))).toBe('●');
    expect(markOf(dayOf(2027, '2027-02-05'))).toBe('★?');
    expect(markOf(dayOf(2026, '2026-01-05'))).toBe('');
    expect(lunarMark(dayOf(2026, '2026-02-17'))).toBe('1/1');
    expect(lunarMark(dayOf(2026, '2026-02-18'))).toBe('2');
    expect(lunarMark(dayOf(2023, '2023-03-22'))).toBe('1/2n'); // tháng 2 nhuận
    expect(shortName('Tết Nguyên Đán (mùng 1 tháng Giêng)')).toBe('Tết Nguyên Đán');
    expect(shortName('Lunar New Year (Tết), 1st day of the 1st lunar month')).toBe('Lunar New Year');
    expect(shortName('Quốc khánh; Nghỉ bù (x)')).toBe('Quốc khánh; Nghỉ bù');
    expect(escapeXml(`New Year's <Day> & "Eve"`)).toBe('New Year&#39;s &lt;Day&gt; &amp; &quot;Eve&quot;');
    expect(wrapText('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapText('', 6)).toEqual(['']);
  });
});

describe('calendarHtml', () => {
  const vi = calendarHtml(yearPage(2026), 'vi');
  const en = calendarHtml(yearPage(2026), 'en');
  const provisional = calendarHtml(yearPage(2027), 'en');

  test('one self-contained page: inline CSS, no script, nothing fetched, printable on A4', () => {
    expect(vi.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(en).toContain('<html lang="en">');
    for (const page of [vi, en, provisional]) {
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=|https?:/i);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain('@page { size: A4 portrait;');
      expect(page).toContain('@media print');
    }
  });

  test('a table per month, with a caption and the days; names in the cells and under each month', () => {
    expect(vi.match(/<table>/g)).toHaveLength(12);
    expect(vi.match(/<caption>Tháng \d+<\/caption>/g)).toHaveLength(12);
    expect(en).toContain('<caption>February</caption>');
    expect(vi.match(/<td class="day /g)).toHaveLength(365);
    expect(vi.match(/<th scope="col"/g)).toHaveLength(84);
    expect(vi).toContain('<th scope="col" abbr="Chủ Nhật" class="weekend">CN</th>');
    expect(vi).toMatch(/<td class="day statutory" data-date="2026-02-17" data-kind="statutory" title="Tết Nguyên Đán \(mùng 1 tháng Giêng\)"><time datetime="2026-02-17">17<\/time><span class="mark" aria-hidden="true">★<\/span><span class="sr"> \(nghỉ lễ, Tết\)<\/span><span class="lunar">1\/1<\/span><span class="name">Tết Nguyên Đán<\/span><\/td>/);
    expect(vi).toContain('<span class="d">17/02</span> <span class="mark" aria-hidden="true">★</span> Tết Nguyên Đán (mùng 1 tháng Giêng)</li>');
    expect(vi).toContain('data-date="2026-01-10" data-kind="worked"');
    expect(en).toContain('New Year&#39;s Day');
    expect(en).not.toContain("New Year's");
  });

  test('header, status, legend and sources', () => {
    expect(vi).toContain('<h1>Lịch năm 2026 (Bính Ngọ)</h1>');
    expect(vi).toContain('<p class="status official">Lịch nghỉ chính thức.</p>');
    expect(vi).toContain('<h2>Chú giải</h2>');
    expect(vi).toContain('Thông báo 9441/TB-BNV (16/10/2025)');
    expect(vi).not.toContain('data-kind="provisional"');
    expect(en).toContain('<h2>Legend</h2>');
    expect(en).toContain('<h2>Sources</h2>');
  });

  test('a provisional year: the reason, each day outlined and marked ?, a legend entry', () => {
    expect(provisional).toContain('<p class="status provisional">Provisional (2027 not announced yet)');
    expect(provisional).toContain('<td class="day statutory provisional" data-date="2027-02-05"');
    expect(provisional).toContain('★?</span><span class="sr"> (public holiday, provisional)</span>');
    expect(provisional).toContain('<span class="prov">(provisional)</span>');
    expect(provisional).toContain('<li data-kind="provisional">');
    expect(calendarHtml(yearPage(2027), 'vi')).toContain('Tạm tính (năm 2027 chưa có thông báo chính thức)');
  });
});

describe('calendarSvg', () => {
  const vi = calendarSvg(yearPage(2026), 'vi');
  const provisional = calendarSvg(yearPage(2027), 'en');

  test('a standalone SVG with the same days, colours, markers and names', () => {
    expect(vi.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" lang="vi"')).toBe(true);
    expect(vi).not.toMatch(/<script|<image|href=|@import|url\(/i);
    expect(vi.match(/<g class="month"/g)).toHaveLength(12);
    expect(vi.match(/<g class="day /g)).toHaveLength(365);
    expect(vi).toContain('<g class="day statutory" data-date="2026-02-17"><title>Tết Nguyên Đán (mùng 1 tháng Giêng) (nghỉ lễ, Tết)</title>');
    expect(vi).toMatch(/data-date="2026-02-17">.*?fill="#f8cfc8"/);
    expect(vi).toContain('<title id="title">Lịch năm 2026 (Bính Ngọ)</title>');
    expect(vi.match(/class="legend-entry"/g)).toHaveLength(6);
    expect(vi).toContain('Thông báo 9441/TB-BNV');
    expect(vi).toMatch(/<tspan [^>]*>10\/01 ● Làm bù cho thứ Sáu 02\/01\/2026/);
  });

  test('a provisional year: dashed outlines, the reason, a legend entry', () => {
    expect(provisional).toContain('<g class="day statutory provisional" data-date="2027-02-05"><title>Lunar New Year (Tết), 29th day of the 12th lunar month (New Year&#39;s Eve) (public holiday, provisional)</title>');
    expect(provisional).toContain('stroke-dasharray="4 2"');
    expect(provisional).toContain('Provisional (2027 not announced yet)');
    expect(provisional.match(/class="legend-entry"/g)).toHaveLength(7);
    expect(calendarSvg(yearPage(2027), 'vi')).toContain('(tạm tính)');
  });
});

describe('calendarText', () => {
  test('three months across, markers after the days, the named days, legend and sources', () => {
    const lines = calendarText(yearPage(2026), 'vi', plain);
    expect(lines[0]).toBe('Lịch năm 2026 (Bính Ngọ)');
    expect(lines).toContain('Tháng 1                      Tháng 2                      Tháng 3');
    expect(lines).toContain('T2  T3  T4  T5  T6  T7  CN   T2  T3  T4  T5  T6  T7  CN   T2  T3  T4  T5  T6  T7  CN');
    expect(lines).toContain('19  20  21  22  23  24  25   16* 17* 18* 19* 20* 21  22   16  17  18  19  20  21  22');
    expect(lines).toContain(' 5   6   7   8   9  10# 11    2   3   4   5   6   7   8    2   3   4   5   6   7   8');
    expect(lines).toContain('  17/02 *  Tết Nguyên Đán (mùng 1 tháng Giêng) — nghỉ lễ, Tết');
    expect(lines).toContain('  27/04 +  Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026) — nghỉ bù');
    expect(lines).toContain('  02/01 ~  Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026) — nghỉ hoán đổi');
    expect(lines).toContain('Chú giải: * nghỉ lễ, Tết   + nghỉ bù   ~ nghỉ hoán đổi   # làm bù   T7, CN: nghỉ hằng tuần');
    expect(lines).toContain('  - Thông báo 9441/TB-BNV (16/10/2025)');
    expect(Math.max(...lines.slice(0, lines.indexOf('Ngày nghỉ và ngày làm bù:')).filter((l) => /^[ \dT]/.test(l)).map((l) => l.length))).toBeLessThanOrEqual(85);
    expect(lines.join('\n')).not.toContain(ESC);
  });

  test('English, a provisional year marked ?, and colour when the style has it', () => {
    const lines = calendarText(yearPage(2027), 'en', plain);
    expect(lines[0]).toBe('Calendar 2027 (lunar year Đinh Mùi)');
    expect(lines[2]).toMatch(/^Provisional \(2027 not announced yet\)/);
    expect(lines).toContain('Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su   Mo  Tu  We  Th  Fr  Sa  Su');
    expect(lines).toContain('  05/02 ?  Lunar New Year (Tết), 29th day of the 12th lunar month (New Year\'s Eve) — public holiday, provisional');
    expect(lines.join('\n')).toContain('? Provisional: no official schedule yet, may change');
    const coloured = calendarText(yearPage(2026), 'en', styleOf(true)).join('\n');
    expect(coloured).toContain(`${ESC}31m17*${ESC}39m`);
    expect(coloured).toContain(`${ESC}36m10#${ESC}39m`);
    expect(coloured).toContain(`${ESC}2m 3 ${ESC}22m`);
    expect(calendarText(yearPage(2027), 'en', styleOf(true)).join('\n')).toContain(`${ESC}33m 5?${ESC}39m`);
  });
});
