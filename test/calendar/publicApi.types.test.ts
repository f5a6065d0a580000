/**
 * Type tests of `vn-worktime/calendar` (the README's entry points): what the public signatures accept, what
 * they reject, and what they return. The `expectTypeOf` assertions run in `vitest run` (as no-ops
 * that must not throw) and are checked by `tsc --noEmit -p .`, which also checks that every
 * `@ts-expect-error` line below is an error. The rejected calls sit in functions that are never
 * called, so they cannot throw at run time.
 */
import type { DateTime, Duration } from 'luxon';
import { DateTime as LuxonDateTime, Duration as LuxonDuration } from 'luxon';
import { describe, expectTypeOf, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import type {
  CalendarSpec,
  DateInput,
  DayRule,
  DurationInput,
  InstantInput,
  TimeRange,
  Weekday,
  WorkingPeriod,
  WorktimeErrorCode,
} from '../../src/calendar/index.js';
import { typeOnly } from '../support/typeOnly.js';

describe('WorkingCalendar types', () => {
  const cal = WorkingCalendar.create({ week: { mon: [['07:00', '11:30'], ['13:30', '17:00']] } });

  it('input types are the documented unions', () => {
    expectTypeOf<InstantInput>().toEqualTypeOf<Date | DateTime | string | number>();
    expectTypeOf<DateInput>().toEqualTypeOf<string | Date | DateTime>();
    expectTypeOf<DurationInput>().toEqualTypeOf<
      number | { hours?: number; minutes?: number; seconds?: number; milliseconds?: number } | Duration
    >();
    expectTypeOf<Weekday>().toEqualTypeOf<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>();
    expectTypeOf<TimeRange>().toEqualTypeOf<[start: string, end: string]>();
    expectTypeOf<DayRule>().toHaveProperty('date').toEqualTypeOf<string>();
    expectTypeOf<CalendarSpec>().toHaveProperty('week').toEqualTypeOf<Partial<Record<Weekday, TimeRange[]>>>();
    expectTypeOf<CalendarSpec['holidays']>().toEqualTypeOf<Array<string | DayRule> | undefined>();
    expectTypeOf<CalendarSpec['workdays']>().toEqualTypeOf<Array<string | DayRule> | undefined>();
    expectTypeOf<CalendarSpec['zone']>().toEqualTypeOf<string | undefined>();
  });

  it('create and extend', () => {
    expectTypeOf(WorkingCalendar.create).parameter(0).toEqualTypeOf<CalendarSpec>();
    expectTypeOf(WorkingCalendar.create).returns.toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(cal.extend).parameter(0).toEqualTypeOf<Partial<CalendarSpec>>();
    expectTypeOf(cal.extend).returns.toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(cal.toJSON).returns.toEqualTypeOf<CalendarSpec>();
    expectTypeOf(cal.zone).toEqualTypeOf<string>();
    expectTypeOf(WorkingCalendar.create).toBeCallableWith({
      zone: 'Europe/Berlin',
      week: { sat: [['00:00', '24:00']] },
      holidays: ['2026-01-01', { date: '2026-12-24', name: 'Christmas Eve', hours: [['08:00', '12:00']] }],
      workdays: [{ date: '2026-01-03' }, '2026-01-04'],
    });
    expectTypeOf(cal.extend).toBeCallableWith({});
    expectTypeOf(cal.extend).toBeCallableWith({ holidays: ['2026-03-20'] });

    typeOnly(() => {
      // @ts-expect-error `week` is required
      WorkingCalendar.create({});
      // @ts-expect-error weekday keys are 'mon'…'sun'
      WorkingCalendar.create({ week: { monday: [['07:00', '17:00']] } });
      // @ts-expect-error a range is a [start, end] pair of strings
      WorkingCalendar.create({ week: { mon: [['07:00']] } });
      // @ts-expect-error times are strings, not numbers
      WorkingCalendar.create({ week: { mon: [[7, 17]] } });
      // @ts-expect-error a day rule needs a date
      WorkingCalendar.create({ week: {}, holidays: [{ name: 'Tết' }] });
      // @ts-expect-error the zone is a string
      WorkingCalendar.create({ week: {}, zone: 7 });
      // @ts-expect-error unknown spec property
      WorkingCalendar.create({ week: {}, weekends: [] });
      // @ts-expect-error the constructor is private: use create
      new WorkingCalendar({ week: {} });
      // @ts-expect-error zone is read-only
      cal.zone = 'UTC';
      // @ts-expect-error extend's zone is a string too
      cal.extend({ zone: 7 });
      // @ts-expect-error extend's holidays are dates or day rules
      cal.extend({ holidays: [new Date()] });
    });
  });

  it('queries', () => {
    expectTypeOf(cal.isWorkingTime).parameters.toEqualTypeOf<[t: InstantInput]>();
    expectTypeOf(cal.isWorkingTime).returns.toEqualTypeOf<boolean>();
    expectTypeOf(cal.isWorkingDay).parameters.toEqualTypeOf<[d: DateInput]>();
    expectTypeOf(cal.isWorkingDay).returns.toEqualTypeOf<boolean>();
    expectTypeOf(cal.nextWorkingTime).parameters.toEqualTypeOf<[t: InstantInput]>();
    expectTypeOf(cal.nextWorkingTime).returns.toEqualTypeOf<DateTime>();
    expectTypeOf(cal.previousWorkingTime).parameters.toEqualTypeOf<[t: InstantInput]>();
    expectTypeOf(cal.previousWorkingTime).returns.toEqualTypeOf<DateTime>();
    expectTypeOf(cal.workingPeriods).parameters.toEqualTypeOf<[from: InstantInput, to: InstantInput]>();
    expectTypeOf(cal.workingPeriods).returns.toEqualTypeOf<WorkingPeriod[]>();
    expectTypeOf<WorkingPeriod>().toEqualTypeOf<{ start: DateTime; end: DateTime }>();

    expectTypeOf(cal.isWorkingTime).toBeCallableWith('2026-03-09T07:00');
    expectTypeOf(cal.isWorkingTime).toBeCallableWith(new Date());
    expectTypeOf(cal.isWorkingTime).toBeCallableWith(LuxonDateTime.now());
    expectTypeOf(cal.isWorkingTime).toBeCallableWith(1_773_000_000_000);
    expectTypeOf(cal.isWorkingDay).toBeCallableWith('2026-03-09');
    expectTypeOf(cal.isWorkingDay).toBeCallableWith(new Date());
    expectTypeOf(cal.isWorkingDay).toBeCallableWith(LuxonDateTime.now());

    typeOnly(() => {
      // @ts-expect-error an instant is not a boolean
      cal.isWorkingTime(true);
      // @ts-expect-error an instant is not a plain object
      cal.nextWorkingTime({ year: 2026, month: 3, day: 9 });
      // @ts-expect-error an instant is required
      cal.previousWorkingTime();
      // @ts-expect-error a date is not a number (epoch ms are instants, not dates)
      cal.isWorkingDay(20260309);
      // @ts-expect-error both ends are required
      cal.workingPeriods('2026-03-09');
      // @ts-expect-error a Duration is not an instant
      cal.isWorkingTime(LuxonDuration.fromObject({ hours: 1 }));
    });
  });

  it('arithmetic', () => {
    expectTypeOf(cal.addWorkingTime).parameters.toEqualTypeOf<[t: InstantInput, d: DurationInput]>();
    expectTypeOf(cal.addWorkingTime).returns.toEqualTypeOf<DateTime>();
    expectTypeOf(cal.workingTimeBetween).parameters.toEqualTypeOf<[a: InstantInput, b: InstantInput]>();
    expectTypeOf(cal.workingTimeBetween).returns.toEqualTypeOf<Duration>();
    expectTypeOf(cal.addWorkingDays).parameters.toEqualTypeOf<[d: DateInput, n: number]>();
    expectTypeOf(cal.addWorkingDays).returns.toEqualTypeOf<string>();
    expectTypeOf(cal.workingDaysBetween).parameters.toEqualTypeOf<[a: DateInput, b: DateInput]>();
    expectTypeOf(cal.workingDaysBetween).returns.toEqualTypeOf<number>();

    expectTypeOf(cal.addWorkingTime).toBeCallableWith('2026-03-09T07:00', 3_600_000);
    expectTypeOf(cal.addWorkingTime).toBeCallableWith('2026-03-09T07:00', { hours: 8 });
    expectTypeOf(cal.addWorkingTime).toBeCallableWith('2026-03-09T07:00', { hours: 1, minutes: 30, seconds: 5, milliseconds: 1 });
    expectTypeOf(cal.addWorkingTime).toBeCallableWith('2026-03-09T07:00', LuxonDuration.fromObject({ hours: 8 }));

    typeOnly(() => {
      // @ts-expect-error days of working time are ambiguous: use addWorkingDays
      cal.addWorkingTime('2026-03-09T07:00', { days: 1 });
      // @ts-expect-error no weeks either
      cal.addWorkingTime('2026-03-09T07:00', { weeks: 1 });
      // @ts-expect-error a duration is not an ISO string
      cal.addWorkingTime('2026-03-09T07:00', 'PT8H');
      // @ts-expect-error the amounts are numbers
      cal.addWorkingTime('2026-03-09T07:00', { hours: '8' });
      // @ts-expect-error a duration is required
      cal.addWorkingTime('2026-03-09T07:00');
      // @ts-expect-error n is a number
      cal.addWorkingDays('2026-03-09', '1');
      // @ts-expect-error a date is not epoch milliseconds
      cal.workingDaysBetween(0, 1);
      // @ts-expect-error the result is a Duration, not a number
      const ms: number = cal.workingTimeBetween('2026-03-09T07:00', '2026-03-10T07:00');
      void ms;
      // @ts-expect-error the result is a 'YYYY-MM-DD' string, not a DateTime
      const dt: DateTime = cal.addWorkingDays('2026-03-09', 1);
      void dt;
    });
  });

  it('WorktimeError', () => {
    expectTypeOf<WorktimeError>().toMatchTypeOf<Error>();
    expectTypeOf<WorktimeError['code']>().toEqualTypeOf<WorktimeErrorCode>();
    expectTypeOf<WorktimeError['details']>().toEqualTypeOf<Readonly<Record<string, unknown>>>();
    expectTypeOf<'INVALID_INSTANT'>().toMatchTypeOf<WorktimeErrorCode>();
    expectTypeOf<'OUT_OF_RANGE'>().toMatchTypeOf<WorktimeErrorCode>();
    typeOnly(() => {
      // @ts-expect-error codes are a closed union
      const code: WorktimeErrorCode = 'NOT_A_CODE';
      void code;
    });
  });
});
