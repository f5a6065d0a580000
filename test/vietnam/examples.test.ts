/**
 * The `//=>` results shown in the TSDoc examples of src/vietnam are true.
 */
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/time/civil.js';
import { civilServiceCalendar, officialSchedule, publicHolidays, scheduleFromDecision, toICS } from '../../src/vietnam/index.js';
import { adjacentDay, tetDaysBefore } from '../../src/vietnam/provisionalRules.js';

describe('TSDoc examples', () => {
  it('index.ts', () => {
    expect(publicHolidays(2025).find((h) => h.name.vi === 'Giỗ Tổ Hùng Vương')?.date).toBe('2025-04-07');
    expect(officialSchedule(2025).workdays[0]?.date).toBe('2025-04-26');
    expect(civilServiceCalendar().addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('publicHolidays', () => {
    const lines = publicHolidays(2026).map((h) => `${h.date} ${h.kind} ${h.name.vi}`);
    expect(lines).toEqual([
      '2026-01-01 statutory Tết Dương lịch',
      '2026-02-16 statutory Tết Nguyên Đán (29 tháng Chạp, giao thừa)',
      '2026-02-17 statutory Tết Nguyên Đán (mùng 1 tháng Giêng)',
      '2026-02-18 statutory Tết Nguyên Đán (mùng 2 tháng Giêng)',
      '2026-02-19 statutory Tết Nguyên Đán (mùng 3 tháng Giêng)',
      '2026-02-20 statutory Tết Nguyên Đán (mùng 4 tháng Giêng)',
      '2026-04-26 statutory Giỗ Tổ Hùng Vương',
      '2026-04-27 compensatory Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)',
      '2026-04-30 statutory Ngày Chiến thắng',
      '2026-05-01 statutory Ngày Quốc tế Lao động',
      '2026-09-01 statutory Quốc khánh (ngày liền kề)',
      '2026-09-02 statutory Quốc khánh',
      '2026-11-24 statutory Ngày Văn hóa Việt Nam',
    ]);
  });

  it('officialSchedule', () => {
    const s = officialSchedule(2026);
    expect(s.status).toBe('official');
    expect(s.daysOff.map((h) => h.date)).toEqual([
      '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
      '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
      '2026-11-24',
    ]);
    expect(s.workdays.map((w) => w.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(s.daysOff[1]).toMatchObject({ date: '2026-01-02', kind: 'swap', source: 'Công văn 12729/VPCP-KGVX', name: { vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)' } });
    expect(officialSchedule(2027).status).toBe('provisional');
  });

  it('scheduleFromDecision', () => {
    const s2027 = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo …/TB-BNV'],
      tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: 'Thông báo …/TB-BNV' },
      nationalDay: { date: '2027-09-03', source: 'Thông báo …/TB-BNV' },
    });
    expect(s2027.status).toBe('official');
    expect(s2027.daysOff.map((h) => h.date).slice(1, 8)).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-04-16', '2027-04-30']);
    expect(civilServiceCalendar({ schedules: [s2027] }).isWorkingDay('2027-02-10')).toBe(false);
  });

  it('civilServiceCalendar', () => {
    const cal = civilServiceCalendar();
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(cal.addWorkingTime('2025-04-29T16:00', { hours: 2 }).toISO()).toBe('2025-05-05T08:00:00.000+07:00');
    expect(civilServiceCalendar({ saturday: [['07:30', '11:30']] }).isWorkingDay('2026-03-07')).toBe(true);
  });

  it('provisional rules', () => {
    expect(tetDaysBefore(daysFromCivil(2027, 2, 6), 5)).toBe(2);
    expect(tetDaysBefore(daysFromCivil(2026, 2, 17), 5)).toBe(1);
    expect(formatDay(adjacentDay(daysFromCivil(2027, 9, 2)))).toBe('2027-09-03');
  });

  it('toICS', () => {
    const lines = toICS(officialSchedule(2026)).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vn-worktime//Vietnam holidays//VI']);
    const at = lines.indexOf('UID:20260217-statutory@vn-worktime');
    expect(lines.slice(at - 1, at + 5)).toEqual([
      'BEGIN:VEVENT',
      'UID:20260217-statutory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260217',
      'DTEND;VALUE=DATE:20260218',
      'SUMMARY:Tết Nguyên Đán (mùng 1 tháng Giêng)',
    ]);
    expect(lines).toContain('SUMMARY:Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)');
  });
});
