/**
 * Type tests of `vn-worktime/lunar` (the README's entry points): accepted and rejected inputs and
 * the return types. Checked by `tsc --noEmit -p .`; the rejected calls sit in functions that are
 * never called.
 */
import { DateTime } from 'luxon';
import { describe, expectTypeOf, it } from 'vitest';
import type { DateInput } from '../../src/calendar/index.js';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import type { LunarDate, LunarDateInfo, LunarYearInfo, UncertainMonthStart } from '../../src/lunar/index.js';
import { typeOnly } from '../support/typeOnly.js';

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
