/**
 * Type tests of `vn-worktime/lunar` and `vn-worktime/vietnam` (the README's API section): accepted and
 * rejected inputs and the return types. Checked by `tsc --noEmit -p .`; the rejected calls sit in
 * functions that are never called.
 */
import { DateTime } from 'luxon';
import { describe, expectTypeOf, it } from 'vitest';
import type { DateInput, TimeRange } from '../../src/calendar/index.js';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import type { LunarDate, LunarDateInfo, LunarYearInfo, UncertainMonthStart } from '../../src/lunar/index.js';
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

/** Holds code that must type-check (or fail to) but must never run. */
function typeOnly(_body: () => void): void {}

describe('lunar types', () => {
  it('toLunar, fromLunar, lunarYear', () => {
    expectTypeOf<LunarDate>().toEqualTypeOf<{ year: number; month: number; day: number; leap: boolean }>();
    expectTypeOf<LunarYearInfo>().toEqualTypeOf<{ tet: string; leapMonth: number; monthStarts: string[]; uncertain?: UncertainMonthStart[] }>();
    expectTypeOf<UncertainMonthStart>().toEqualTypeOf<{
      index: number;
      monthStart: string;
      alternative: string;
      newMoon: string;
      secondsFromMidnight: number;
      deltaTUncertainty: number;
    }>();
    // toLunar's result is a LunarDate (it can be passed back to fromLunar) with an optional `uncertain`.
    expectTypeOf<LunarDateInfo>().toEqualTypeOf<{ year: number; month: number; day: number; leap: boolean; uncertain?: UncertainMonthStart }>();
    expectTypeOf<LunarDateInfo>().toMatchTypeOf<LunarDate>();
    expectTypeOf(toLunar).parameters.toEqualTypeOf<[date: DateInput]>();
    expectTypeOf(toLunar).returns.toEqualTypeOf<LunarDateInfo>();
    expectTypeOf(fromLunar).parameters.toEqualTypeOf<[lunar: LunarDate]>();
    expectTypeOf(fromLunar).returns.toEqualTypeOf<string>();
    expectTypeOf(lunarYear).parameters.toEqualTypeOf<[year: number]>();
    expectTypeOf(lunarYear).returns.toEqualTypeOf<LunarYearInfo>();

    expectTypeOf(toLunar).toBeCallableWith('2026-02-17');
    expectTypeOf(toLunar).toBeCallableWith(new Date());
    expectTypeOf(toLunar).toBeCallableWith(DateTime.now());
    expectTypeOf(fromLunar).toBeCallableWith({ year: 2026, month: 1, day: 1, leap: false });

    typeOnly(() => {
      // @ts-expect-error a date is not epoch milliseconds
      toLunar(1_771_286_400_000);
      // @ts-expect-error a date is required
      toLunar();
      // @ts-expect-error `leap` is required (a leap month and its namesake are different months)
      fromLunar({ year: 2026, month: 1, day: 1 });
      // @ts-expect-error `leap` is a boolean
      fromLunar({ year: 2026, month: 1, day: 1, leap: 0 });
      // @ts-expect-error not a date string
      fromLunar('2026-01-01');
      // @ts-expect-error the year is a number
      lunarYear('2026');
      // @ts-expect-error the result's fields are not optional
      const tet: number = lunarYear(2026).tet;
      void tet;
    });
  });
});

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
