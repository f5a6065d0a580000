/**
 * Invalid inputs: every error is a WorktimeError with a stable code and a message that names
 * what was expected.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { fromLunar, lunarYear, toLunar, type LunarDate } from '../../src/lunar/index.js';
import { lunar } from '../support/lunarDates.js';

/** The error `f` throws (or undefined). */
function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectCode(f: () => unknown, code: string, message?: RegExp): void {
  const error = caught(f);
  expect(error).toBeInstanceOf(WorktimeError);
  expect((error as WorktimeError).code).toBe(code);
  if (message) expect((error as WorktimeError).message).toMatch(message);
}

const RANGE = /1900-01-01 and 2199-12-31/;

describe('toLunar', () => {
  it.each(['1899-12-31', '2200-01-01', '0999-12-31', '9999-12-31'])('throws OUT_OF_RANGE for %s, naming the range', (date) => {
    expectCode(() => toLunar(date), 'OUT_OF_RANGE', RANGE);
  });

  it('throws OUT_OF_RANGE for Dates and DateTimes outside the range too', () => {
    expectCode(() => toLunar(new Date('1899-12-31T12:00:00Z')), 'OUT_OF_RANGE', RANGE);
    expectCode(() => toLunar(DateTime.fromISO('2200-01-01T08:00', { zone: 'Asia/Ho_Chi_Minh' })), 'OUT_OF_RANGE', RANGE);
    expectCode(() => toLunar(new Date(8.64e15)), 'OUT_OF_RANGE', RANGE); // the last instant a Date can hold
    expectCode(() => toLunar(new Date(-8.64e15)), 'OUT_OF_RANGE', RANGE);
  });

  it.each([
    ['garbage', 'hello'],
    ['a day that does not exist', '2026-02-30'],
    ['a number', 20260217],
    ['null', null],
    ['undefined', undefined],
    ['an object', { year: 2026, month: 2, day: 17 }],
    ['an invalid Date', new Date(Number.NaN)],
    ['an invalid DateTime', DateTime.invalid('broken')],
  ])('throws INVALID_DATE for %s', (_, value) => {
    expectCode(() => toLunar(value as never), 'INVALID_DATE');
  });
});

describe('fromLunar', () => {
  it.each([
    ['null', null],
    ['a string', '2026-01-01'],
    ['a number', 20260101],
    ['an array', [2026, 1, 1]],
  ])('throws INVALID_LUNAR_DATE for %s', (_, value) => {
    expectCode(() => fromLunar(value as never), 'INVALID_LUNAR_DATE', /Expected `lunar` to be a lunar date/);
  });

  it.each([
    ['a fractional year', { year: 2026.5, month: 1, day: 1, leap: false }, /lunar\.year/],
    ['a string month', { year: 2026, month: '3', day: 10, leap: false }, /lunar\.month/],
    ['a missing day', { year: 2026, month: 3, leap: false }, /lunar\.day/],
    ['NaN', { year: 2026, month: 3, day: Number.NaN, leap: false }, /lunar\.day/],
    ['a non-boolean leap', { year: 2026, month: 3, day: 10, leap: 'no' }, /lunar\.leap/],
  ])('throws INVALID_LUNAR_DATE for %s', (_, value, message) => {
    expectCode(() => fromLunar(value as never), 'INVALID_LUNAR_DATE', message);
  });

  it.each([
    ['month 0', lunar(2026, 0, 1)],
    ['month 13', lunar(2026, 13, 1)],
    ['day 0', lunar(2026, 1, 0)],
    ['day 31', lunar(2026, 1, 31)],
    ['day 30 of a 29-day month (12/2025)', lunar(2025, 12, 30)],
    ['a leap month in a year without one (2026)', lunar(2026, 3, 1, true)],
    ['a leap month that is not the leap month of the year (2023 has leap 2)', lunar(2023, 3, 1, true)],
    ['day 30 of a 29-day leap month (2 leap/2023)', lunar(2023, 2, 30, true)],
  ])('throws INVALID_LUNAR_DATE for %s', (_, value) => {
    expectCode(() => fromLunar(value), 'INVALID_LUNAR_DATE');
  });

  it('says why a day does not exist', () => {
    expectCode(() => fromLunar(lunar(2025, 12, 30)), 'INVALID_LUNAR_DATE', /30\/12\/2025: that month has 29 days/);
    expectCode(() => fromLunar(lunar(2026, 3, 1, true)), 'INVALID_LUNAR_DATE', /lunar year 2026 has no leap month/);
    expectCode(() => fromLunar(lunar(2023, 3, 1, true)), 'INVALID_LUNAR_DATE', /lunar year 2023 has leap month 2/);
  });

  it.each([
    ['a year before 1899', lunar(1898, 1, 1)],
    ['a year after 2199', lunar(2200, 1, 1)],
    ['a huge year', lunar(1e9, 1, 1)],
    ['lunar 1899 before 1900-01-01', lunar(1899, 11, 29)],
    ['lunar 2199 after 2199-12-31', lunar(2199, 12, 20)],
  ])('throws OUT_OF_RANGE for %s, naming the range', (_, value) => {
    expectCode(() => fromLunar(value), 'OUT_OF_RANGE', RANGE);
  });
});

describe('lunarYear', () => {
  it.each([['a fraction', 2026.5], ['a string', '2026'], ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['null', null]])(
    'throws INVALID_YEAR for %s',
    (_, value) => {
      expectCode(() => lunarYear(value as never), 'INVALID_YEAR');
    },
  );

  it.each([1899, 2200, -1])('throws OUT_OF_RANGE for %i, naming the range', (year) => {
    expectCode(() => lunarYear(year), 'OUT_OF_RANGE', /between 1900 and 2199/);
  });
});

describe('arbitrary input', () => {
  const onlyWorktimeErrors = (f: () => unknown): boolean => {
    const error = caught(f);
    return error === undefined || error instanceof WorktimeError;
  };

  it('never throws anything but a WorktimeError', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), (value) => {
        expect(onlyWorktimeErrors(() => toLunar(value as never))).toBe(true);
        expect(onlyWorktimeErrors(() => fromLunar(value as never))).toBe(true);
        expect(onlyWorktimeErrors(() => lunarYear(value as never))).toBe(true);
      }),
    );
  });

  it('never throws anything but a WorktimeError for any Date, valid or not', () => {
    fc.assert(fc.property(fc.date({ noInvalidDate: false }), (date) => onlyWorktimeErrors(() => toLunar(date))));
  });

  it('never throws anything but a WorktimeError for lunar-date-shaped objects with odd fields', () => {
    const field = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.anything());
    fc.assert(
      fc.property(fc.record({ year: field, month: field, day: field, leap: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] }), (value) => {
        expect(onlyWorktimeErrors(() => fromLunar(value as never))).toBe(true);
      }),
    );
  });

  it('never throws anything but a WorktimeError for any date string, year or lunar date in and around the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 32 }),
        fc.boolean(),
        (y, m, d, leap) => {
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(onlyWorktimeErrors(() => toLunar(iso))).toBe(true);
          expect(onlyWorktimeErrors(() => lunarYear(y))).toBe(true);
          expect(onlyWorktimeErrors(() => fromLunar({ year: 1800 + (y % 500), month: m, day: d, leap }))).toBe(true);
        },
      ),
    );
  });
});
