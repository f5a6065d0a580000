/**
 * The errors of `civilServiceCalendar` for invalid options and invalid user-supplied schedules
 * (`civilServiceCalendar({ schedules })`), and of the year checks, word for word: code, message
 * and details. Messages are part of the contract ("a message that says what was expected",
 * the README's Errors section) and name the path of the offending value (`schedules[0].daysOff[1].date`); the
 * existing suites check the codes only, and mutation testing showed that a changed path, an
 * emptied message or emptied details went unnoticed, as did a few checks whose removal let the
 * calendar spec report the same error code in other words.
 */
import { describe, expect, it } from 'vitest';
import { civilServiceCalendar, officialSchedule, publicHolidays } from '../../src/vietnam/index.js';
import { emptyText, failure, invalidArgument, invalidDate } from '../support/arbitraries/outcomes.js';


const TET = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' };
const MAKE_UP = { vi: 'Làm bù', en: 'Make-up working day' };
const off = (date: unknown, more: Record<string, unknown> = {}): Record<string, unknown> => ({ date, name: TET, kind: 'statutory', ...more });
const worked = (date: unknown, more: Record<string, unknown> = {}): Record<string, unknown> => ({ date, name: MAKE_UP, ...more });

/** A valid 2027 schedule, with `changes` applied. */
function schedule2027(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { year: 2027, status: 'official', daysOff: [off('2027-02-05')], workdays: [], sources: ['Thông báo 2027/TB-BNV'], ...changes };
}

function scheduleFailure(schedule: unknown): ReturnType<typeof failure> {
  return failure(() => civilServiceCalendar({ schedules: [schedule] } as never));
}


describe('civilServiceCalendar options: errors word for word', () => {
  it('options that are not an object', () => {
    expect(failure(() => civilServiceCalendar('saturday 07:30-11:30' as never))).toEqual(
      invalidArgument('options', 'an object { hours?, saturday?, zone?, schedules? }', '"saturday 07:30-11:30"', 'saturday 07:30-11:30'),
    );
    expect(failure(() => civilServiceCalendar(2026 as never))).toEqual(invalidArgument('options', 'an object { hours?, saturday?, zone?, schedules? }', '2026', 2026));
  });

  it('an unknown option is named', () => {
    expect(failure(() => civilServiceCalendar({ weekend: ['sat', 'sun'] } as never))).toEqual(
      invalidArgument('options', "an object with only hours, saturday, zone, schedules (unknown option 'weekend')", 'an object', { weekend: ['sat', 'sun'] }),
    );
  });

  it('`hours` and `saturday` are checked under their own names', () => {
    expect(failure(() => civilServiceCalendar({ hours: 'all day' } as never))).toEqual({
      code: 'INVALID_TIME_RANGE',
      message: "Expected hours to be an array of ['HH:mm', 'HH:mm'] ranges, got \"all day\"",
      details: { path: 'hours', value: 'all day' },
    });
    expect(failure(() => civilServiceCalendar({ saturday: [['07:30']] } as never))).toEqual({
      code: 'INVALID_TIME_RANGE',
      message: "Expected saturday[0] to be a pair ['HH:mm', 'HH:mm'], got an array",
      details: { path: 'saturday[0]', value: ['07:30'] },
    });
  });

  it('a zone that is not a string', () => {
    expect(failure(() => civilServiceCalendar({ zone: 7 } as never))).toEqual({
      code: 'INVALID_ZONE',
      message: "Expected `zone` to be an IANA zone name such as 'Asia/Ho_Chi_Minh', got 7",
      details: { zone: 7 },
    });
  });

  it('`schedules` must be an array with one schedule per year', () => {
    expect(failure(() => civilServiceCalendar({ schedules: { 2027: schedule2027() } } as never))).toEqual(
      invalidArgument('schedules', 'an array of schedules', 'an object', { 2027: schedule2027() }),
    );
    const twice = [schedule2027(), schedule2027({ daysOff: [] })];
    expect(failure(() => civilServiceCalendar({ schedules: twice } as never))).toEqual(
      invalidArgument('schedules', 'one schedule per year (2027 is given twice)', 'an array', twice),
    );
  });
});

describe('user-supplied schedules: errors word for word', () => {
  it('a schedule that is not an object, named by its index', () => {
    expect(failure(() => civilServiceCalendar({ schedules: [schedule2027({ year: 2028, daysOff: [] }), 'the 2027 schedule'] } as never))).toEqual(
      invalidArgument('schedules[1]', 'a schedule { year, status, daysOff, workdays, sources }', '"the 2027 schedule"', 'the 2027 schedule'),
    );
  });

  it('year', () => {
    expect(scheduleFailure(schedule2027({ year: '2027' }))).toEqual({
      code: 'INVALID_YEAR',
      message: 'Expected `schedules[0].year` to be an integer year such as 2026, got "2027"',
      details: { 'schedules[0].year': '2027' },
    });
    expect(scheduleFailure(schedule2027({ year: 1899, daysOff: [] }))).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'Expected `schedules[0].year` between 1900 and 2199, got 1899',
      details: { 'schedules[0].year': 1899 },
    });
    expect(scheduleFailure(schedule2027({ year: 2200, daysOff: [] }))).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'Expected `schedules[0].year` between 1900 and 2199, got 2200',
      details: { 'schedules[0].year': 2200 },
    });
  });

  it('status', () => {
    expect(scheduleFailure(schedule2027({ status: 'draft' }))).toEqual(invalidArgument('schedules[0].status', "'official' or 'provisional'", '"draft"', 'draft'));
  });

  it('daysOff: the list and its items', () => {
    expect(scheduleFailure(schedule2027({ daysOff: 'none' }))).toEqual(invalidArgument('schedules[0].daysOff', 'an array', '"none"', 'none'));
    expect(scheduleFailure(schedule2027({ daysOff: ['2027-02-05'] }))).toEqual(
      invalidArgument('schedules[0].daysOff[0]', 'a day off { date, name, kind, source? }', '"2027-02-05"', '2027-02-05'),
    );
  });

  it('daysOff: dates', () => {
    expect(scheduleFailure(schedule2027({ daysOff: [off('2027-02-05'), off('2027-02-30')] }))).toEqual(
      invalidDate('schedules[0].daysOff[1].date', '"2027-02-30"', '2027-02-30'),
    );
    // An array whose text reads like a date is still not a date.
    expect(scheduleFailure(schedule2027({ daysOff: [off(['2027-02-05'])] }))).toEqual(invalidDate('schedules[0].daysOff[0].date', 'an array', ['2027-02-05']));
    expect(scheduleFailure(schedule2027({ daysOff: [off('2028-01-01')] }))).toEqual(
      invalidArgument('schedules[0].daysOff[0].date', 'a date in 2027 (a schedule holds the days of its own year)', '"2028-01-01"', '2028-01-01'),
    );
  });

  it('daysOff: kind', () => {
    const expected = "'statutory', 'compensatory' or 'swap'";
    expect(scheduleFailure(schedule2027({ daysOff: [off('2027-02-05', { kind: 'holiday' })] }))).toEqual(
      invalidArgument('schedules[0].daysOff[0].kind', expected, '"holiday"', 'holiday'),
    );
    expect(scheduleFailure(schedule2027({ daysOff: [off('2027-02-05', { kind: 7 })] }))).toEqual(invalidArgument('schedules[0].daysOff[0].kind', expected, '7', 7));
  });

  it('daysOff: name and source', () => {
    const at = (n: Record<string, unknown>): ReturnType<typeof failure> => scheduleFailure(schedule2027({ daysOff: [off('2027-02-05', n)] }));
    expect(at({ name: 'Tết' })).toEqual(invalidArgument('schedules[0].daysOff[0].name', 'a name { vi: string, en: string }', '"Tết"', 'Tết'));
    expect(at({ name: { vi: 'Tết', en: '' } })).toEqual(emptyText('schedules[0].daysOff[0].name.en', '""', ''));
    expect(at({ name: { vi: '   ', en: 'Tet' } })).toEqual(emptyText('schedules[0].daysOff[0].name.vi', '"   "', '   '));
    expect(at({ name: { vi: 7, en: 'Tet' } })).toEqual(emptyText('schedules[0].daysOff[0].name.vi', '7', 7));
    expect(at({ source: '' })).toEqual(emptyText('schedules[0].daysOff[0].source', '""', ''));
  });

  it('workdays: the list, its items, dates, names and sources', () => {
    const at = (workdays: unknown): ReturnType<typeof failure> => scheduleFailure(schedule2027({ workdays }));
    expect(at('none')).toEqual(invalidArgument('schedules[0].workdays', 'an array', '"none"', 'none'));
    expect(at(['2027-02-20'])).toEqual(invalidArgument('schedules[0].workdays[0]', 'a worked day { date, name, source? }', '"2027-02-20"', '2027-02-20'));
    expect(at([worked('2027-02-31')])).toEqual(invalidDate('schedules[0].workdays[0].date', '"2027-02-31"', '2027-02-31'));
    expect(at([worked('2027-02-20', { name: 'làm bù' })])).toEqual(
      invalidArgument('schedules[0].workdays[0].name', 'a name { vi: string, en: string }', '"làm bù"', 'làm bù'),
    );
    expect(at([worked('2027-02-20', { source: '' })])).toEqual(emptyText('schedules[0].workdays[0].source', '""', ''));
  });

  it('sources', () => {
    expect(scheduleFailure(schedule2027({ sources: 'Thông báo' }))).toEqual(invalidArgument('schedules[0].sources', 'an array', '"Thông báo"', 'Thông báo'));
    expect(scheduleFailure(schedule2027({ sources: ['Thông báo', ''] }))).toEqual(emptyText('schedules[0].sources[1]', '""', ''));
  });

  it('a date listed twice, or both off and worked', () => {
    expect(scheduleFailure(schedule2027({ daysOff: [off('2027-02-05'), off('2027-02-05')] }))).toEqual({
      code: 'DUPLICATE_DATE',
      message: 'Expected each date once in `schedules[0]`; 2027-02-05 is in both `schedules[0].daysOff[0]` and `schedules[0].daysOff[1]`',
      details: { date: '2027-02-05', 'schedules[0].daysOff[1]': '2027-02-05' },
    });
    expect(scheduleFailure(schedule2027({ workdays: [worked('2027-02-20'), worked('2027-02-20')] }))).toEqual({
      code: 'DUPLICATE_DATE',
      message: 'Expected each date once in `schedules[0]`; 2027-02-20 is in both `schedules[0].workdays[0]` and `schedules[0].workdays[1]`',
      details: { date: '2027-02-20', 'schedules[0].workdays[1]': '2027-02-20' },
    });
    expect(scheduleFailure(schedule2027({ workdays: [worked('2027-02-05')] }))).toEqual({
      code: 'CONFLICTING_DAY_RULES',
      message: 'Expected each date once in `schedules[0]`; 2027-02-05 is in both `schedules[0].daysOff[0]` and `schedules[0].workdays[0]`',
      details: { date: '2027-02-05', 'schedules[0].workdays[0]': '2027-02-05' },
    });
  });
});

describe('years of publicHolidays and officialSchedule: errors word for word', () => {
  it('a year that is not an integer', () => {
    expect(failure(() => publicHolidays('2026' as never))).toEqual({
      code: 'INVALID_YEAR',
      message: 'Expected `year` to be an integer year such as 2026, got "2026"',
      details: { year: '2026' },
    });
    expect(failure(() => officialSchedule(2026.5))).toEqual({
      code: 'INVALID_YEAR',
      message: 'Expected `year` to be an integer year such as 2026, got 2026.5',
      details: { year: 2026.5 },
    });
  });

  it('a year outside 1900–2199', () => {
    expect(failure(() => publicHolidays(1899))).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'Expected `year` between 1900 and 2199, got 1899',
      details: { year: 1899 },
    });
    expect(failure(() => officialSchedule(2200))).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'Expected `year` between 1900 and 2199, got 2200',
      details: { year: 2200 },
    });
  });
});
