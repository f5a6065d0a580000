/**
 * The lunar calendar's errors word for word (code, message, details) and the Sun's position
 * against Meeus' worked example to a fraction of an arcsecond. The existing lunar suites check
 * the error codes and a few words of each message; mutation testing showed that an emptied
 * message, a dropped "(leap)", a message naming no argument or emptied details went unnoticed,
 * and so did the sign of the FK5 correction (0.18″, a few seconds of the Sun's motion), which no
 * calendar date in the supported range depends on.
 */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarYear, toLunar, type LunarDate } from '../../src/lunar/index.js';
import { sunApparentLongitude } from '../../src/lunar/sunLongitude.js';
import { failure, thrown } from '../support/errors.js';
import { lowAccuracySunLongitude } from '../support/lunarSecondMethod.js';
import { lunar } from '../support/lunarDates.js';

const RANGE = 'between 1900-01-01 and 2199-12-31 (the range of the lunar calendar)';

describe('fromLunar errors, word for word', () => {
  it.each([
    ['a year before 1899', lunar(1898, 1, 1), '1/1/1898'],
    ['a leap month in a year after 2199', lunar(2200, 2, 3, true), '3/2 (leap)/2200'],
    ['lunar 1899 before 1900-01-01', lunar(1899, 11, 29), '29/11/1899'],
    ['lunar 2199 after 2199-12-31', lunar(2199, 12, 20), '20/12/2199'],
  ])('OUT_OF_RANGE for %s shows the lunar date as d/m/y', (_, value, shown) => {
    expect(failure(() => fromLunar(value))).toEqual({
      code: 'OUT_OF_RANGE',
      message: `Expected \`lunar\` ${RANGE}, got ${shown}`,
      details: { lunar: value },
    });
  });

  it.each([
    ['month 13', lunar(2026, 13, 1), 'Expected `lunar.month` from 1 to 12, got 13'],
    ['month 0', lunar(2026, 0, 1), 'Expected `lunar.month` from 1 to 12, got 0'],
    ['day 31', lunar(2026, 1, 31), 'Expected `lunar.day` from 1 to 30, got 31'],
    ['day 0', lunar(2026, 1, 0), 'Expected `lunar.day` from 1 to 30, got 0'],
    [
      'leap 3 in 2023, whose leap month is 2',
      lunar(2023, 3, 1, true),
      'Expected `lunar` to be a day that exists, got 1/3 (leap)/2023: lunar year 2023 has leap month 2',
    ],
    [
      'day 30 of leap 2/2023, a 29-day month',
      lunar(2023, 2, 30, true),
      'Expected `lunar` to be a day that exists, got 30/2 (leap)/2023: that month has 29 days',
    ],
  ])('INVALID_LUNAR_DATE for %s, with the date in the details', (_, value, message) => {
    expect(failure(() => fromLunar(value))).toEqual({ code: 'INVALID_LUNAR_DATE', message, details: { lunar: value } });
  });
});

describe('lunarYear errors, word for word', () => {
  it('INVALID_YEAR for a fraction', () => {
    expect(failure(() => lunarYear(2026.5))).toEqual({
      code: 'INVALID_YEAR',
      message: 'Expected `year` to be an integer lunar year such as 2026, got 2026.5',
      details: { year: 2026.5 },
    });
  });

  it.each([1899, 2200])('OUT_OF_RANGE for %i', (year) => {
    expect(failure(() => lunarYear(year))).toEqual({
      code: 'OUT_OF_RANGE',
      message: `Expected \`year\` between 1900 and 2199 (the range of the lunar calendar), got ${year}`,
      details: { year },
    });
  });
});

describe('toLunar errors, word for word', () => {
  it.each(['1899-12-31', '2200-01-01'])('OUT_OF_RANGE for %s, just outside the range', (date) => {
    expect(failure(() => toLunar(date))).toEqual({
      code: 'OUT_OF_RANGE',
      message: `Expected \`date\` ${RANGE}, got "${date}"`,
      details: { date },
    });
  });

  it('OUT_OF_RANGE, with the lunar range, for a year the dates themselves refuse', () => {
    const date = new Date(8.64e15);
    expect(failure(() => toLunar(date))).toEqual({ code: 'OUT_OF_RANGE', message: `Expected \`date\` ${RANGE}, got a Date`, details: { date } });
    expect(failure(() => toLunar('0999-12-31'))).toEqual({
      code: 'OUT_OF_RANGE',
      message: `Expected \`date\` ${RANGE}, got "0999-12-31"`,
      details: { date: '0999-12-31' },
    });
  });

  it('INVALID_DATE names the argument `date`', () => {
    expect(failure(() => toLunar('2026-02-30'))).toEqual({
      code: 'INVALID_DATE',
      message: 'Expected `date` to be a date \'YYYY-MM-DD\' (or a Date or luxon DateTime), got "2026-02-30"',
      details: { date: '2026-02-30' },
    });
  });
});

describe("the Sun's apparent longitude, Meeus Example 25.b", () => {
  // 1992-10-13.0 TD: λ = 199°54′21.818″ (Meeus, Astronomical Algorithms, 2nd ed., p. 169, with the
  // FK5 correction −0.09033″ and the full nutation Δψ = +15.908″). The 0.5″ nutation formula used
  // here gives Δψ = +16.029″, so λ comes out 0.12″ larger; a wrong FK5 sign would add 0.18″ more.
  it('is 199°54′21.818″ within 0.2″', () => {
    const arcsec = (sunApparentLongitude(2448908.5) - (199 + 54 / 60)) * 3600;
    expect(Math.abs(arcsec - 21.818)).toBeLessThan(0.2);
  });
});

describe('the nutation in longitude agrees with an independent low-precision Sun', () => {
  // Where the Moon's mean longitude is 270°, sin(2·L′) is near zero: a term divided by it instead
  // of multiplied blows up. The independent series of test/support/lunarSecondMethod.ts (no shared code)
  // agrees with the full one to about 8″ at these instants.
  it.each([2461029.511469, 2461029.511469 + 36525e-9])('at JDE %f', (jde) => {
    expect(Math.abs(sunApparentLongitude(jde) - lowAccuracySunLongitude(jde))).toBeLessThan(0.01);
  });
});

describe('fromLunar: years before the supported ones are out of range, whatever the date', () => {
  it('a leap month of 1898 and a year far in the past are OUT_OF_RANGE, not another error', () => {
    const leap = thrown(() => fromLunar({ year: 1898, month: 2, day: 1, leap: true }));
    expect([leap.code, leap.message.endsWith('got 1/2 (leap)/1898')]).toEqual(['OUT_OF_RANGE', true]);
    expect(thrown(() => fromLunar({ year: -100000, month: 1, day: 1, leap: false })).code).toBe('OUT_OF_RANGE');
  });
});
