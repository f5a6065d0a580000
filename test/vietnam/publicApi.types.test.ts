/**
 * Type tests of `vn-worktime/vietnam` (the README's entry points): accepted and rejected inputs and
 * the return types. Checked by `tsc --noEmit -p .`; the rejected calls sit in functions that are
 * never called.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { TimeRange } from '../../src/calendar/index.js';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { UncertainMonthStart } from '../../src/lunar/index.js';
import { civilServiceCalendar, officialSchedule, publicHolidays, toICS } from '../../src/vietnam/index.js';
import type {
  CivilServiceCalendarOptions,
  Holiday,
  HolidayKind,
  LocalizedName,
  OfficialSchedule,
  ScheduleStatus,
  ScheduleWorkday,
} from '../../src/vietnam/index.js';
import { typeOnly } from '../support/typeOnly.js';

describe('vietnam types', () => {
  it('publicHolidays and officialSchedule', () => {
    expectTypeOf<LocalizedName>().toEqualTypeOf<{ vi: string; en: string }>();
    expectTypeOf<HolidayKind>().toEqualTypeOf<'statutory' | 'compensatory' | 'swap'>();
    expectTypeOf<Holiday>().toEqualTypeOf<{ date: string; name: LocalizedName; kind: HolidayKind; source?: string; uncertain?: UncertainMonthStart }>();
    expectTypeOf<ScheduleWorkday>().toEqualTypeOf<{ date: string; name: LocalizedName; source?: string }>();
    expectTypeOf<ScheduleStatus>().toEqualTypeOf<'official' | 'provisional'>();
    expectTypeOf<OfficialSchedule>().toEqualTypeOf<{
      year: number;
      status: ScheduleStatus;
      daysOff: Holiday[];
      workdays: ScheduleWorkday[];
      sources: string[];
    }>();
    expectTypeOf(publicHolidays).parameters.toEqualTypeOf<[year: number]>();
    expectTypeOf(publicHolidays).returns.toEqualTypeOf<Holiday[]>();
    expectTypeOf(officialSchedule).parameters.toEqualTypeOf<[year: number]>();
    expectTypeOf(officialSchedule).returns.toEqualTypeOf<OfficialSchedule>();

    typeOnly(() => {
      // @ts-expect-error the year is a number
      publicHolidays('2026');
      // @ts-expect-error the year is required
      officialSchedule();
      // @ts-expect-error a holiday's kind is a closed union
      const kind: HolidayKind = 'weekend';
      void kind;
    });
  });

  it('civilServiceCalendar', () => {
    expectTypeOf(civilServiceCalendar).returns.toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(civilServiceCalendar).parameters.toEqualTypeOf<[options?: CivilServiceCalendarOptions]>();
    expectTypeOf<CivilServiceCalendarOptions>().toEqualTypeOf<{
      hours?: TimeRange[];
      saturday?: TimeRange[];
      zone?: string;
      schedules?: OfficialSchedule[];
    }>();
    expectTypeOf(civilServiceCalendar).toBeCallableWith();
    expectTypeOf(civilServiceCalendar).toBeCallableWith({});
    expectTypeOf(civilServiceCalendar).toBeCallableWith({
      hours: [['08:00', '12:00'], ['13:00', '17:00']],
      saturday: [['07:30', '11:30']],
      zone: 'Asia/Bangkok',
      schedules: [officialSchedule(2026)],
    });
    // The type says what `officialSchedule` returns, so its result can be passed back in.
    expectTypeOf<ReturnType<typeof officialSchedule>>().toMatchTypeOf<NonNullable<CivilServiceCalendarOptions['schedules']>[number]>();

    typeOnly(() => {
      // @ts-expect-error unknown option
      civilServiceCalendar({ sunday: [['08:00', '12:00']] });
      // @ts-expect-error hours are ranges, not a single range
      civilServiceCalendar({ hours: ['07:00', '17:00'] });
      // @ts-expect-error schedules are full schedules, not years
      civilServiceCalendar({ schedules: [2027] });
      // @ts-expect-error the zone is a string
      civilServiceCalendar({ zone: 7 });
    });
  });

  it('toICS', () => {
    expectTypeOf(toICS).returns.toEqualTypeOf<string>();
    expectTypeOf(toICS).toBeCallableWith(publicHolidays(2026));
    expectTypeOf(toICS).toBeCallableWith(officialSchedule(2026), { lang: 'en', workdays: false, name: 'x' });
    typeOnly(() => {
      // @ts-expect-error 'vi' or 'en'
      toICS(publicHolidays(2026), { lang: 'fr' });
    });
  });
});
