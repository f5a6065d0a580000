/**
 * `toJSON` and `extend`, exactly: the normalized spec a calendar writes back (dates sorted,
 * touching ranges merged, names and hours kept, empty lists and an absent range left out), and
 * what `extend` inherits. Mutation testing showed the exact shape was not pinned down.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';

describe('toJSON', () => {
  it('sorted dates, merged ranges, names and hours, only the lists that have items', () => {
    const cal = WorkingCalendar.create({
      zone: 'Asia/Bangkok',
      week: { tue: [['13:30', '17:00'], ['07:00', '11:30'], ['11:30', '12:00']], mon: [['08:00', '09:00:30']] },
      holidays: ['2026-05-01', { date: '2026-01-01', name: 'Tết Dương lịch' }, { date: '2026-04-30', hours: [['08:00', '10:00']] }],
      workdays: [{ date: '2026-01-10', name: 'Làm bù', hours: [['07:00', '11:00']] }, '2026-01-03'],
    });
    expect(cal.toJSON()).toEqual({
      zone: 'Asia/Bangkok',
      week: { mon: [['08:00', '09:00:30']], tue: [['07:00', '12:00'], ['13:30', '17:00']] },
      holidays: [{ date: '2026-01-01', name: 'Tết Dương lịch' }, { date: '2026-04-30', hours: [['08:00', '10:00']] }, '2026-05-01'],
      workdays: ['2026-01-03', { date: '2026-01-10', name: 'Làm bù', hours: [['07:00', '11:00']] }],
    });
    expect(Object.keys(cal.toJSON())).toEqual(['zone', 'week', 'holidays', 'workdays']);
  });

  it('no holidays, no workdays, no range: those keys are absent', () => {
    const json = WorkingCalendar.create({ week: { fri: [['07:00', '17:00']] } }).toJSON();
    expect(json).toEqual({ zone: 'Asia/Ho_Chi_Minh', week: { fri: [['07:00', '17:00']] } });
    expect('holidays' in json || 'workdays' in json || 'range' in json).toBe(false);
  });

  it('only workdays', () => {
    const json = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-01-03', hours: [['07:00', '08:00']] }] }).toJSON();
    expect(json).toEqual({ zone: 'Asia/Ho_Chi_Minh', week: {}, workdays: [{ date: '2026-01-03', hours: [['07:00', '08:00']] }] });
  });
});

describe('extend', () => {
  const base = WorkingCalendar.create({
    week: { mon: [['07:00', '17:00']] },
    holidays: ['2026-03-02'],
    range: { from: '2026-01-01', to: '2026-12-31' },
  });

  it('keeps the base rules and range, adds and replaces rules', () => {
    const more = base.extend({ holidays: [{ date: '2026-03-09', name: 'x' }], workdays: ['2026-03-02'] });
    expect(more.toJSON()).toEqual({
      zone: 'Asia/Ho_Chi_Minh',
      week: { mon: [['07:00', '17:00']] },
      holidays: [{ date: '2026-03-09', name: 'x' }],
      workdays: ['2026-03-02'],
      range: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(more.isWorkingDay('2026-03-02')).toBe(true);
    expect(more.isWorkingDay('2026-03-09')).toBe(false);
    expect(more.isWorkingDay('2026-03-16')).toBe(true);
    expect(() => more.isWorkingDay('2027-01-04')).toThrow(/within the calendar's range 2026-01-01\.\.2026-12-31/);
  });

  it('an empty extension is the same calendar; a new range replaces the old', () => {
    expect(base.extend({}).toJSON()).toEqual(base.toJSON());
    const wider = base.extend({ range: { from: '2025-01-01', to: '2027-12-31' } });
    expect(wider.toJSON().range).toEqual({ from: '2025-01-01', to: '2027-12-31' });
    expect(wider.isWorkingDay('2027-01-04')).toBe(true);
    const unbounded = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } }).extend({ holidays: ['2026-03-02'] });
    expect('range' in unbounded.toJSON()).toBe(false);
  });

  it('a range of one day; a range that ends before it starts', () => {
    const one = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] }, range: { from: '2026-03-02', to: '2026-03-02' } });
    expect(one.isWorkingDay('2026-03-02')).toBe(true);
    expect(one.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(() => one.isWorkingDay('2026-03-01')).toThrow(/range 2026-03-02..2026-03-02/);
    expect(() => WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] }, range: { from: '2026-03-03', to: '2026-03-02' } })).toThrow(/not before/);
  });
});
