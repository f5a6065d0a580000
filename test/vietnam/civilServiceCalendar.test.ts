/**
 * civilServiceCalendar: Monday–Friday 07:00–11:30, 13:30–17:00 with every year's days off and
 * worked Saturdays. Scenarios: Tết 2025 and 2026, 30/4–1/5/2025 (Friday 2/5 off, Saturday 26/4
 * worked — Công văn 8726/VPCP-KGVX), 2/9/2026 (Monday 31/8 off, Saturday 22/8 worked — Thông báo
 * 9441/TB-BNV).
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { CalendarSpec } from '../../src/calendar/index.js';
import { civilServiceCalendar, officialSchedule, scheduleFromDecision } from '../../src/vietnam/index.js';
import type { OfficialSchedule } from '../../src/vietnam/index.js';

const cal = civilServiceCalendar();
const iso = (t: { toISO(): string | null }): string | null => t.toISO();

describe('Tết 2025 (Công văn 8726/VPCP-KGVX): off Monday 27/1 – Friday 31/1', () => {
  it('isWorkingDay', () => {
    expect(cal.isWorkingDay('2025-01-24')).toBe(true);
    for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2025-02-03')).toBe(true);
  });
  it('addWorkingDays / workingDaysBetween jump the 9-day break', () => {
    expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(cal.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(cal.addWorkingDays('2025-01-28', 0)).toBe('2025-02-03');
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
  });
  it('addWorkingTime: Friday 16:00 + 2 h = Monday 3/2 08:00', () => {
    expect(iso(cal.addWorkingTime('2025-01-24T16:00', { hours: 2 }))).toBe('2025-02-03T08:00:00.000+07:00');
    expect(iso(cal.addWorkingTime('2025-02-03T08:00', { hours: -2 }))).toBe('2025-01-24T16:00:00.000+07:00');
  });
});

describe('Tết 2026 (Thông báo 9441/TB-BNV): off Monday 16/2 – Friday 20/2; 1–4/1 with Saturday 10/1 worked', () => {
  it('isWorkingDay', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // swapped
    expect(cal.isWorkingDay('2026-01-10')).toBe(true); // làm bù Saturday
    expect(cal.isWorkingDay('2026-01-17')).toBe(false); // ordinary Saturday
  });
  it('addWorkingDays', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
  });
  it('addWorkingTime: Friday 13/2 15:00 + 8 h = Monday 23/2 15:00', () => {
    expect(iso(cal.addWorkingTime('2026-02-13T15:00', { hours: 8 }))).toBe('2026-02-23T15:00:00.000+07:00');
    expect(cal.workingTimeBetween('2026-02-13T15:00', '2026-02-23T15:00').toMillis()).toBe(8 * 3_600_000);
  });
});

describe('30/4–1/5/2025: Friday 2/5 off, Saturday 26/4 worked (Công văn 8726/VPCP-KGVX)', () => {
  it('isWorkingDay', () => {
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(cal.isWorkingTime('2025-04-26T08:00')).toBe(true);
    expect(cal.isWorkingTime('2025-04-26T15:00')).toBe(true); // weekday hours on a làm-bù Saturday
    for (const d of ['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2025-04-29')).toBe(true);
  });
  it('addWorkingDays', () => {
    expect(cal.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(cal.addWorkingDays('2025-04-25', 2)).toBe('2025-04-28');
    expect(cal.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(cal.addWorkingDays('2025-05-05', -1)).toBe('2025-04-29');
    expect(cal.workingDaysBetween('2025-04-24', '2025-05-05')).toBe(5); // 25, 26 (Sat), 28, 29, 5/5
  });
  it('addWorkingTime', () => {
    expect(iso(cal.addWorkingTime('2025-04-29T16:00', { hours: 2 }))).toBe('2025-05-05T08:00:00.000+07:00');
    expect(iso(cal.addWorkingTime('2025-04-25T16:45', { hours: 1 }))).toBe('2025-04-26T07:45:00.000+07:00');
    expect(iso(cal.nextWorkingTime('2025-04-30T09:00'))).toBe('2025-05-05T07:00:00.000+07:00');
  });
});

describe('2/9/2026: Monday 31/8 off, Saturday 22/8 worked (Thông báo 9441/TB-BNV)', () => {
  it('isWorkingDay', () => {
    expect(cal.isWorkingDay('2026-08-22')).toBe(true);
    for (const d of ['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-09-03')).toBe(true);
  });
  it('addWorkingDays', () => {
    expect(cal.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(cal.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(cal.addWorkingDays('2026-09-03', -2)).toBe('2026-08-27');
  });
  it('addWorkingTime: Friday 28/8 16:30 + 1 h = Thursday 3/9 07:30', () => {
    expect(iso(cal.addWorkingTime('2026-08-28T16:30', { hours: 1 }))).toBe('2026-09-03T07:30:00.000+07:00');
    expect(iso(cal.addWorkingTime('2026-08-21T17:00', { minutes: 30 }))).toBe('2026-08-22T07:30:00.000+07:00');
  });
});

describe('options', () => {
  it('returns the shared instance for no options or equal options', () => {
    expect(civilServiceCalendar()).toBe(cal);
    expect(civilServiceCalendar({})).toBe(cal);
    expect(civilServiceCalendar({ hours: [['07:00', '11:30'], ['13:30', '17:00']], zone: 'Asia/Ho_Chi_Minh' })).toBe(cal);
    const desk = civilServiceCalendar({ saturday: [['07:30', '11:30']] });
    expect(desk).not.toBe(cal);
    expect(civilServiceCalendar({ saturday: [['07:30', '11:30']] })).toBe(desk);
  });

  it('other hours give the same days off and make-up days (the year data is shared, not recomputed per calendar)', () => {
    const office = civilServiceCalendar({ zone: 'Asia/Bangkok' }).toJSON();
    const other = civilServiceCalendar({ hours: [['08:00', '12:00'], ['13:00', '17:00']], zone: 'Asia/Bangkok' }).toJSON();
    expect(other.week).not.toEqual(office.week);
    const days = (rules: CalendarSpec['holidays']): string[] => (rules ?? []).map((r) => (typeof r === 'string' ? r : r.date));
    expect(days(other.holidays)).toEqual(days(office.holidays));
    expect(days(other.workdays)).toEqual(days(office.workdays));
    expect(days(office.holidays).length).toBeGreaterThan(100);
  });

  it('Saturday desk hours: ordinary Saturdays open, statutory Saturdays closed, làm-bù Saturdays use weekday hours', () => {
    const desk = civilServiceCalendar({ saturday: [['07:30', '11:30']] });
    expect(desk.isWorkingTime('2026-03-07T08:00')).toBe(true);
    expect(desk.isWorkingTime('2026-03-07T14:00')).toBe(false);
    expect(desk.isWorkingTime('2026-08-22T14:00')).toBe(true); // làm bù: weekday hours
    expect(desk.isWorkingDay('2027-05-01')).toBe(false); // 1/5/2027 is a Saturday holiday
    expect(desk.isWorkingDay('2026-02-21')).toBe(true); // mùng 5 Tết, not a holiday
    expect(desk.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('other hours and zone', () => {
    const c = civilServiceCalendar({ hours: [['07:30', '11:30'], ['13:30', '17:00']], zone: 'UTC' });
    expect(c.zone).toBe('UTC');
    expect(c.isWorkingTime('2026-03-10T07:15')).toBe(false);
    expect(c.isWorkingTime('2025-04-26T16:00')).toBe(true);
    expect(c.isWorkingDay('2026-02-17')).toBe(false);
  });

  it('covers 1900–2199 and says OUT_OF_RANGE beyond', () => {
    expect(cal.isWorkingDay('1900-01-01')).toBe(false); // Tết Dương lịch
    expect(cal.isWorkingDay('2199-12-31')).toBe(true);
    expect(() => cal.isWorkingDay('1899-12-29')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => cal.addWorkingDays('2199-12-30', 5)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(cal.toJSON().range).toEqual({ from: '1900-01-01', to: '2199-12-31' });
  });

  it('toJSON round-trips', () => {
    const again = WorkingCalendar.create(cal.toJSON());
    for (const d of ['2025-04-26', '2025-05-02', '2026-01-10', '2026-08-31', '2027-02-09']) expect(again.isWorkingDay(d)).toBe(cal.isWorkingDay(d));
  });
});

describe('user-supplied schedules replace a year entirely', () => {
  it('a provisional 2027 is replaced by the supplied schedule', () => {
    expect(officialSchedule(2027).status).toBe('provisional');
    expect(cal.isWorkingDay('2027-02-08')).toBe(false); // provisional Tết
    const announced: OfficialSchedule = {
      year: 2027,
      status: 'official',
      daysOff: [
        { date: '2027-01-01', name: { vi: 'Tết Dương lịch', en: "New Year's Day" }, kind: 'statutory', source: 'Thông báo (illustrative)' },
        { date: '2027-02-10', name: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' }, kind: 'statutory' },
      ],
      workdays: [{ date: '2027-02-20', name: { vi: 'Làm bù', en: 'Working Saturday' } }],
      sources: ['Thông báo (illustrative)'],
    };
    const c = civilServiceCalendar({ schedules: [announced] });
    expect(c.isWorkingDay('2027-02-08')).toBe(true); // no longer off: the year was replaced
    expect(c.isWorkingDay('2027-02-10')).toBe(false);
    expect(c.isWorkingDay('2027-02-20')).toBe(true);
    expect(c.isWorkingTime('2027-02-20T15:00')).toBe(true);
    expect(c.isWorkingDay('2026-02-17')).toBe(false); // other years untouched
    expect(civilServiceCalendar({ schedules: [structuredClone(announced)] })).toBe(c); // equal options → same instance
  });

  it('a schedule built with scheduleFromDecision plugs in', () => {
    const s2027 = scheduleFromDecision({
      year: 2027,
      sources: ['Thông báo (illustrative)'],
      tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: 'Thông báo (illustrative)' },
      nationalDay: { date: '2027-09-03', source: 'Thông báo (illustrative)' },
      swaps: [{ off: '2027-02-11', work: '2027-02-20', occasion: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' }, source: 'Thông báo (illustrative)' }],
    });
    const c = civilServiceCalendar({ schedules: [s2027] });
    expect(c.addWorkingDays('2027-02-03', 1)).toBe('2027-02-12');
    expect(c.isWorkingDay('2027-02-20')).toBe(true);
  });

  it('an official year can be replaced too', () => {
    const s = officialSchedule(2026);
    s.daysOff = s.daysOff.filter((h) => h.date !== '2026-08-31');
    s.workdays = s.workdays.filter((w) => w.date !== '2026-08-22');
    const c = civilServiceCalendar({ schedules: [s] });
    expect(c.isWorkingDay('2026-08-31')).toBe(true);
    expect(c.isWorkingDay('2026-08-22')).toBe(false);
  });

  it.each([
    ['a hole in daysOff', { daysOff: [, { date: '2027-02-03', name: { vi: 'a', en: 'a' }, kind: 'statutory' }] }, 'schedules[0].daysOff[0]'],
    ['a hole in workdays', { daysOff: [], workdays: [,] }, 'schedules[0].workdays[0]'],
    ['a hole in sources', { daysOff: [], sources: ['x', ,] }, 'schedules[0].sources[1]'],
    ['more entries than a year has days, by far', { daysOff: new Array(1001) }, 'schedules[0].daysOff'],
  ])('a schedule with %s is refused with a WorktimeError that names the entry', (_what, part, path) => {
    const schedule = { year: 2027, status: 'official', workdays: [], sources: ['x'], ...part };
    expect(() => civilServiceCalendar({ schedules: [schedule] as never })).toThrow(expect.objectContaining({ name: 'WorktimeError', code: 'INVALID_ARGUMENT', message: expect.stringContaining(path) }));
  });

  it.each([
    [{ bogus: 1 }, 'INVALID_ARGUMENT'],
    [null, 'INVALID_ARGUMENT'],
    [{ hours: [['07:00', '25:00']] }, 'INVALID_TIME'],
    [{ hours: 'all day' }, undefined],
    [{ zone: 'Mars/Olympus' }, 'INVALID_ZONE'],
    [{ zone: 7 }, 'INVALID_ZONE'],
    [{ schedules: {} }, 'INVALID_ARGUMENT'],
    [{ schedules: [{ year: 1899, daysOff: [], workdays: [], sources: [] }] }, 'OUT_OF_RANGE'],
    [{ schedules: [{ year: '2027', daysOff: [], workdays: [], sources: [] }] }, 'INVALID_YEAR'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2028-01-01', name: { vi: 'a', en: 'a' }, kind: 'statutory' }], workdays: [], sources: [] }] }, 'INVALID_ARGUMENT'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2027-02-30', name: { vi: 'a', en: 'a' }, kind: 'statutory' }], workdays: [], sources: [] }] }, 'INVALID_DATE'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2027-02-03', name: { vi: 'a', en: 'a' }, kind: 'holiday' }], workdays: [], sources: [] }] }, 'INVALID_ARGUMENT'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2027-02-03', name: 'Tết', kind: 'statutory' }], workdays: [], sources: [] }] }, 'INVALID_ARGUMENT'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2027-02-03', name: { vi: 'a', en: 'a' }, kind: 'statutory' }, { date: '2027-02-03', name: { vi: 'b', en: 'b' }, kind: 'statutory' }], workdays: [], sources: [] }] }, 'DUPLICATE_DATE'],
    [{ schedules: [{ year: 2027, daysOff: [{ date: '2027-02-06', name: { vi: 'a', en: 'a' }, kind: 'statutory' }], workdays: [{ date: '2027-02-06', name: { vi: 'b', en: 'b' } }], sources: [] }] }, 'CONFLICTING_DAY_RULES'],
    [{ schedules: [{ year: 2027, daysOff: [], workdays: [], sources: [] }, { year: 2027, daysOff: [], workdays: [], sources: [] }] }, 'INVALID_ARGUMENT'],
  ])('rejects %j with WorktimeError %s', (options, code) => {
    let error: unknown;
    try {
      civilServiceCalendar(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'WorktimeError' });
    if (code) expect(error).toMatchObject({ code });
  });
});
