/**
 * What `civilServiceCalendar` does with a supplied schedule beyond checking it, and which calls
 * share one calendar:
 * - statutory days that fall on a weekend close the Saturday desk in a supplied year too (they
 *   come from the statute, not from the schedule, whose days off are Monday–Friday), but never
 *   twice when the schedule lists such a day itself, and never over a day the schedule says is
 *   worked; the supplied schedule otherwise replaces the year entirely;
 * - a schedule is read with its defaults (no `status`: official, no `kind`: statutory, no
 *   `workdays` or `sources`: none) and its days in date order, so schedules that differ only there
 *   are equal options and give the same shared calendar;
 * - the calendar of no options stays shared however many other calendars are made, and recently
 *   used option sets stay shared too.
 * Every calendar here is built inside the test that checks it, with options no other test uses.
 */
import { describe, expect, it } from 'vitest';
import { civilServiceCalendar, scheduleFromDecision } from '../../src/vietnam/index.js';
import type { OfficialSchedule } from '../../src/vietnam/index.js';

const SOURCE = 'Thông báo 2027/TB-BNV';
const TET = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' };
const MAKE_UP = { vi: 'Làm bù', en: 'Make-up working day' };

/** 2027 as announced in the TSDoc example of scheduleFromDecision: Tết 4–8/2, 2/9 with Friday 3/9. */
function announced2027(): OfficialSchedule {
  return scheduleFromDecision({
    year: 2027,
    sources: [SOURCE],
    tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: SOURCE },
    nationalDay: { date: '2027-09-03', source: SOURCE },
  });
}

describe('weekend statutory days in a supplied year', () => {
  it('close the Saturday desk; other Saturdays keep their desk hours', () => {
    const desk = civilServiceCalendar({ saturday: [['07:30', '11:00']], schedules: [announced2027()] });
    expect(desk.isWorkingDay('2027-02-06')).toBe(false); // Saturday, 30 tháng Chạp (Tết)
    expect(desk.isWorkingDay('2027-05-01')).toBe(false); // Saturday, Ngày Quốc tế Lao động
    expect(desk.isWorkingDay('2027-02-13')).toBe(true); // an ordinary Saturday
    expect(desk.isWorkingTime('2027-05-08T08:00')).toBe(true);
    expect(desk.isWorkingTime('2027-05-08T11:30')).toBe(false);
    expect(desk.isWorkingDay('2027-05-03')).toBe(false); // nghỉ bù for 1/5, from the schedule
  });

  it('a schedule that lists a weekend statutory day itself is accepted; the day is closed once', () => {
    const s = {
      year: 2027,
      status: 'official' as const,
      daysOff: [
        { date: '2027-02-05', name: TET, kind: 'statutory' as const },
        { date: '2027-02-06', name: TET, kind: 'statutory' as const },
        { date: '2027-02-08', name: TET, kind: 'statutory' as const },
      ],
      workdays: [],
      sources: [SOURCE],
    };
    const desk = civilServiceCalendar({ saturday: [['07:30', '11:05']], schedules: [s] });
    expect(desk.isWorkingDay('2027-02-06')).toBe(false);
    expect(desk.isWorkingDay('2027-05-01')).toBe(false); // from the statute
    // Replaced entirely: the weekday statutory days and nghỉ bù the schedule leaves out are worked.
    expect(desk.isWorkingDay('2027-02-04')).toBe(true);
    expect(desk.isWorkingDay('2027-04-30')).toBe(true);
    expect(desk.isWorkingDay('2027-05-03')).toBe(true);
  });

  it('a day the schedule says is worked stays worked, even on a weekend statutory day', () => {
    const s = {
      year: 2027,
      status: 'official' as const,
      daysOff: [{ date: '2027-04-30', name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' }, kind: 'statutory' as const }],
      workdays: [{ date: '2027-05-01', name: MAKE_UP }],
      sources: [SOURCE],
    };
    const cal = civilServiceCalendar({ saturday: [['07:30', '11:10']], schedules: [s] });
    expect(cal.isWorkingDay('2027-05-01')).toBe(true);
    // A worked day uses the weekday hours, not the Saturday desk hours.
    expect(cal.isWorkingTime('2027-05-01T14:00')).toBe(true);
    expect(cal.isWorkingDay('2027-02-06')).toBe(false);
  });
});

describe('equal options share one calendar', () => {
  it('a schedule is read with its defaults and its days in date order', () => {
    const full = {
      year: 2027,
      status: 'official',
      daysOff: [
        { date: '2027-02-04', name: TET, kind: 'statutory' },
        { date: '2027-02-05', name: TET, kind: 'statutory' },
        { date: '2027-02-08', name: TET, kind: 'statutory' },
        { date: '2027-02-09', name: TET, kind: 'compensatory' },
      ],
      workdays: [
        { date: '2027-01-16', name: MAKE_UP },
        { date: '2027-02-20', name: MAKE_UP },
        { date: '2027-03-06', name: MAKE_UP },
      ],
      sources: [],
    };
    const scrambled = {
      year: 2027,
      daysOff: [
        { date: '2027-02-08', name: TET },
        { date: '2027-02-09', name: TET, kind: 'compensatory' },
        { date: '2027-02-04', name: TET },
        { date: '2027-02-05', name: TET },
      ],
      workdays: [
        { date: '2027-03-06', name: MAKE_UP },
        { date: '2027-01-16', name: MAKE_UP },
        { date: '2027-02-20', name: MAKE_UP },
      ],
    };
    const hours: Array<[string, string]> = [['07:15', '11:30'], ['13:30', '17:00']];
    const a = civilServiceCalendar({ hours, schedules: [full] } as never);
    expect(civilServiceCalendar({ hours, schedules: [scrambled] } as never)).toBe(a);
    expect(a.isWorkingDay('2027-02-09')).toBe(false);
    expect(a.isWorkingDay('2027-01-16')).toBe(true);
  });

  it('a provisional schedule, and one without workdays or sources, are accepted', () => {
    const provisional = civilServiceCalendar({
      hours: [['07:20', '11:30'], ['13:30', '17:00']],
      schedules: [{ year: 2028, status: 'provisional', daysOff: [{ date: '2028-01-03', name: TET, kind: 'compensatory' }] }],
    } as never);
    expect(provisional.isWorkingDay('2028-01-03')).toBe(false);
    expect(provisional.isWorkingDay('2028-01-04')).toBe(true);
  });

  it('the calendar of no options stays shared however many other calendars are made', () => {
    const shared = civilServiceCalendar();
    for (let m = 0; m < 20; m++) civilServiceCalendar({ hours: [[`06:${String(m).padStart(2, '0')}`, '11:30'], ['13:30', '17:00']] });
    expect(civilServiceCalendar({})).toBe(shared);
    expect(civilServiceCalendar({ zone: 'Asia/Ho_Chi_Minh' })).toBe(shared);
    expect(civilServiceCalendar()).toBe(shared);
  });

  it('the 16 most recently made calendars stay shared', () => {
    const first = civilServiceCalendar({ saturday: [['08:00', '11:00']] });
    for (let m = 1; m < 16; m++) civilServiceCalendar({ saturday: [['08:00', `11:${String(m).padStart(2, '0')}`]] });
    expect(civilServiceCalendar({ saturday: [['08:00', '11:00']] })).toBe(first);
  });
});
