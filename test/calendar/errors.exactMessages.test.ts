/**
 * The errors of `WorkingCalendar` and of the input parsing it rests on, word for word: code,
 * message and details for a catalogue of invalid inputs. Messages are part of the contract
 * ("a message that says what was expected", the README's Errors section); the existing suites check the codes,
 * and mutation testing showed that a changed or emptied message went unnoticed.
 */
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';

function failure(fn: () => unknown): { code: string; message: string; details: string } | string {
  try {
    const result = fn();
    return `returned ${JSON.stringify(result)}`;
  } catch (e) {
    if (!(e instanceof WorktimeError)) return `${(e as Error).name}: ${(e as Error).message}`;
    let details: string;
    try {
      details = JSON.stringify(e.details, (_k, v: unknown) => (v instanceof Date ? `Date(${v.getTime()})` : v));
    } catch {
      details = Object.keys(e.details).join(',');
    }
    return { code: e.code, message: e.message, details };
  }
}

const OFFICE = [['07:00', '11:30'], ['13:30', '17:00']] as [string, string][];
const cal = WorkingCalendar.create({ week: { mon: OFFICE, tue: OFFICE }, range: { from: '2026-01-01', to: '2026-12-31' } });
const open = WorkingCalendar.create({ week: { mon: OFFICE } });

describe('WorkingCalendar.create errors, word for word', () => {
  const specs: Array<[string, unknown]> = [
    ['not an object', 'mon 07:00-17:00'],
    ['an array', [['07:00', '17:00']]],
    ['a Date', new Date(0)],
    ['unknown key', { week: { mon: OFFICE }, weekend: [] }],
    ['no week', { holidays: [] }],
    ['week not an object', { week: [OFFICE] }],
    ['unknown weekday', { week: { monday: OFFICE } }],
    ['ranges not an array', { week: { mon: '07:00-17:00' } }],
    ['range not a pair', { week: { mon: [['07:00']] } }],
    ['range of three', { week: { mon: [['07:00', '08:00', '09:00']] } }],
    ['bad start', { week: { mon: [['7:00', '17:00']] } }],
    ['24:00 as a start', { week: { mon: [['24:00', '24:00']] } }],
    ['bad end', { week: { mon: [['07:00', '24:01']] } }],
    ['minutes 60', { week: { mon: [['07:60', '17:00']] } }],
    ['seconds 60', { week: { mon: [['07:00:60', '17:00']] } }],
    ['end before start', { week: { mon: [['17:00', '07:00']] } }],
    ['empty range', { week: { mon: [['07:00', '07:00']] } }],
    ['overlap', { week: { mon: [['07:00', '12:00'], ['11:00', '17:00']] } }],
    ['overlap, listed backwards', { week: { tue: [['11:00', '17:00'], ['07:00', '12:00']] } }],
    ['bad zone', { week: { mon: OFFICE }, zone: 'Mars/Olympus' }],
    ['zone not a string', { week: { mon: OFFICE }, zone: 7 }],
    ['holidays not an array', { week: { mon: OFFICE }, holidays: '2026-01-01' }],
    ['holiday not a date', { week: { mon: OFFICE }, holidays: ['2026-02-30'] }],
    ['holiday a number', { week: { mon: OFFICE }, holidays: [20260101] }],
    ['holiday out of range', { week: { mon: OFFICE }, holidays: ['0999-12-31'] }],
    ['holiday rule without date', { week: { mon: OFFICE }, holidays: [{ name: 'Tết' }] }],
    ['holiday rule, unknown key', { week: { mon: OFFICE }, holidays: [{ date: '2026-01-01', off: true }] }],
    ['holiday rule, name not a string', { week: { mon: OFFICE }, holidays: [{ date: '2026-01-01', name: 1 }] }],
    ['holiday rule, bad hours', { week: { mon: OFFICE }, holidays: [{ date: '2026-01-01', hours: [['08:00', '25:00']] }] }],
    ['workday rule with no hours', { week: { mon: OFFICE }, workdays: [{ date: '2026-01-03', hours: [] }] }],
    ['workdays item of another type', { week: { mon: OFFICE }, workdays: [true] }],
    ['duplicate holiday', { week: { mon: OFFICE }, holidays: ['2026-01-01', { date: '2026-01-01' }] }],
    ['duplicate workday', { week: { mon: OFFICE }, workdays: ['2026-01-03', '2026-01-03'] }],
    ['holiday and workday', { week: { mon: OFFICE }, holidays: ['2026-01-03'], workdays: ['2026-01-03'] }],
    ['range not an object', { week: { mon: OFFICE }, range: '2026' }],
    ['range, unknown key', { week: { mon: OFFICE }, range: { from: '2026-01-01', to: '2026-12-31', step: 1 } }],
    ['range backwards', { week: { mon: OFFICE }, range: { from: '2026-12-31', to: '2026-01-01' } }],
    ['range, bad from', { week: { mon: OFFICE }, range: { from: '2026-1-1', to: '2026-12-31' } }],
    ['no working time', { week: {} }],
    ['no working time, holidays only', { week: {}, holidays: ['2026-01-01'] }],
    ['workday without hours and no template', { week: {}, workdays: ['2026-01-03'] }],
  ];
  it('each invalid spec', () => {
    expect(Object.fromEntries(specs.map(([label, spec]) => [label, failure(() => WorkingCalendar.create(spec as never))]))).toMatchSnapshot();
  });

  it('extend', () => {
    expect({
      unknown: failure(() => cal.extend({ weeks: {} } as never)),
      notObject: failure(() => cal.extend(null as never)),
      conflict: failure(() => cal.extend({ holidays: ['2026-03-02'], workdays: ['2026-03-02'] })),
      noWork: failure(() => cal.extend({ week: {} })),
    }).toMatchSnapshot();
  });
});

describe('query errors, word for word', () => {
  it('instants', () => {
    const instants: Array<[string, unknown]> = [
      ['boolean', true],
      ['object', { year: 2026 }],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['invalid Date', new Date(NaN)],
      ['invalid DateTime', DateTime.invalid('bad input')],
      ['no such date', '2026-02-30T09:00'],
      ['no such time', '2026-03-02T24:00'],
      ['no such offset', '2026-03-02T09:00+24:00'],
      ['garbage', 'next monday'],
      ['long garbage', 'x'.repeat(80)],
      ['before the year 1000', '0999-12-31T23:00Z'],
      ['after 9999', 8.64e15],
      ['outside the calendar range', '2027-01-04T09:00'],
      ['outside the range, as a Date', new Date('2025-12-31T00:00:00Z')],
      ['a symbol', Symbol('t')],
      ['a function', () => '2026-03-02T09:00'],
      ['a bigint', 10n],
      ['false', false],
      ['an array', ['2026-03-02T09:00']],
      ['null', null],
      ['undefined', undefined],
      ['60 characters', 'y'.repeat(60)],
      ['61 characters', 'y'.repeat(61)],
      ['a DateTime out of range', DateTime.fromISO('0999-06-01T00:00Z')],
      ['a Date out of range', new Date(8.64e15)],
      ['Z offset, out of range', '0999-12-30T00:00Z'],
      ['lowercase z', '2026-03-02T09:00z'],
      ['offset without a colon', '2026-03-02T09:00+0700'],
      ['offset minutes 60', '2026-03-02T09:00+07:60'],
      ['fraction', '2026-03-02T09:00:00.1234'],
      ['luxon fallback', '2026-W10-1T09:00'],
      ['luxon fallback, out of range', '0999-W10-1'],
    ];
    expect(Object.fromEntries(instants.map(([label, t]) => [label, failure(() => cal.isWorkingTime(t as never))]))).toMatchSnapshot();
  });

  it('dates', () => {
    const dates: Array<[string, unknown]> = [
      ['number', 20260302],
      ['bad string', '2026-3-2'],
      ['invalid Date', new Date(NaN)],
      ['invalid DateTime', DateTime.invalid('bad input')],
      ['out of the supported years', '0999-12-31'],
      ['a Date out of the supported years', new Date(-8.64e15)],
      ['outside the calendar range', '2027-01-04'],
      ['a DateTime out of the supported years', DateTime.fromISO('9999-12-31T23:00Z').plus({ days: 3 })],
      ['a Date just before the supported years', new Date(Date.UTC(999, 11, 30))],
      ['a Date just after the supported years', new Date(Date.UTC(10000, 0, 2))],
      ['padded string', ' 2026-03-02 '],
      ['null', null],
      ['an object', { year: 2026, month: 3, day: 2 }],
    ];
    expect(Object.fromEntries(dates.map(([label, d]) => [label, failure(() => cal.isWorkingDay(d as never))]))).toMatchSnapshot();
  });

  it('durations', () => {
    const durations: Array<[string, unknown]> = [
      ['string', '8h'],
      ['NaN', NaN],
      ['days', { days: 1 }],
      ['weeks', { weeks: 1 }],
      ['months', { months: 1 }],
      ['years', { years: 1 }],
      ['quarters', { quarters: 1 }],
      ['Duration with months', Duration.fromObject({ months: 1 })],
      ['undefined amount with another unit', { hours: undefined, minutes: 30 }],
      ['Infinity', Infinity],
      ['a bigint', 10n],
      ['unknown unit', { hour: 8 }],
      ['amount not a number', { hours: '8' }],
      ['amount infinite', { minutes: Infinity }],
      ['Duration with days', Duration.fromObject({ days: 1 })],
      ['invalid Duration', Duration.invalid('bad')],
      ['too long', { hours: 2e11 }],
      ['an array', [1]],
      ['a Date', new Date(0)],
      ['null', null],
    ];
    expect(Object.fromEntries(durations.map(([label, d]) => [label, failure(() => cal.addWorkingTime('2026-03-02T09:00', d as never))]))).toMatchSnapshot();
  });

  it('working days and periods', () => {
    expect({
      nNotInteger: failure(() => cal.addWorkingDays('2026-03-02', 1.5)),
      nString: failure(() => cal.addWorkingDays('2026-03-02', '1' as never)),
      nTooLarge: failure(() => cal.addWorkingDays('2026-03-02', 4_000_001)),
      noDaysAfter: failure(() => cal.addWorkingDays('2026-12-28', 3)),
      noDaysBefore: failure(() => cal.addWorkingDays('2026-01-06', -3)),
      noDayFromZero: failure(() => cal.addWorkingDays('2026-12-30', 0)),
      noTimeAfter: failure(() => cal.addWorkingTime('2026-12-29T16:00', { hours: 2 })),
      noTimeBefore: failure(() => cal.addWorkingTime('2026-01-05T08:00', { hours: -2 })),
      noNextTime: failure(() => cal.nextWorkingTime('2026-12-29T18:00')),
      noPreviousTime: failure(() => cal.previousWorkingTime('2026-01-05T06:00')),
      periodsBackwards: failure(() => cal.workingPeriods('2026-03-03T09:00', '2026-03-02T09:00')),
      betweenOutside: failure(() => cal.workingTimeBetween('2026-03-02T09:00', '2027-03-02T09:00')),
      daysBetweenOutside: failure(() => cal.workingDaysBetween('2025-03-02', '2026-03-02')),
      openEndOfTime: failure(() => open.addWorkingDays('9999-12-27', 1)),
    }).toMatchSnapshot();
  });
});

describe('instants parsed exactly', () => {
  it('offsets, fractions, spaces and luxon\'s other ISO forms', () => {
    const inputs = [
      '2026-03-02T09:00z', '2026-03-02T09:00+0700', '2026-03-02T09:00-0330', '2026-03-02T09:00+07', '2026-03-02T09:00:00.1234',
      '2026-03-02T09:00:00,5', '2026-03-02T09:00:00.999999999', '2026-03-02 09:00', ' 2026-03-02T09:00 ', '2026-03-02',
      '2026-03-02T09', '2026-W10-1T09:00', '2026-061T09:00', '2026-03-02T09:00:00.000+07:00[Asia/Ho_Chi_Minh]',
    ];
    expect(Object.fromEntries(inputs.map((t) => [t, failure(() => open.addWorkingTime(t, 0).toISO())]))).toMatchSnapshot();
  });
});

describe('edges of the supported years', () => {
  const all = WorkingCalendar.create({ week: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], wed: [['00:00', '24:00']], thu: [['00:00', '24:00']], fri: [['00:00', '24:00']], sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] }, zone: 'UTC' });
  it('the first and last supported days are accepted, their neighbours are not', () => {
    expect(all.isWorkingDay('1000-01-01')).toBe(true);
    expect(all.isWorkingDay('9999-12-31')).toBe(true);
    expect(all.isWorkingDay(new Date(Date.UTC(1000, 0, 1)))).toBe(true);
    expect(all.isWorkingDay(new Date(Date.UTC(9999, 11, 31, 23, 59)))).toBe(true);
    expect(failure(() => all.isWorkingDay('0999-12-31'))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(failure(() => all.isWorkingDay(new Date(Date.UTC(999, 11, 31, 23, 59))))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(failure(() => all.isWorkingDay(new Date(Date.UTC(10000, 0, 1))))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(all.isWorkingTime('1000-01-01T00:00Z')).toBe(true);
    expect(all.isWorkingTime('9999-12-31T23:59:59.999Z')).toBe(true);
    expect(failure(() => all.isWorkingTime('0999-12-31T23:59:59.999Z'))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(all.workingDaysBetween('1000-01-01', '1000-01-08')).toBe(7);
    expect(all.addWorkingDays('9999-12-30', 1)).toBe('9999-12-31');
  });
});
