import { describe, expect, it } from 'vitest';
import { deltaTSeconds, ttToUt } from '../../src/lunar/deltaT.js';
import { JD_UNIX_EPOCH, vietnamDayOf, vietnamMidnight } from '../../src/lunar/julianDay.js';
import { lunationNear, newMoonJde } from '../../src/lunar/newMoon.js';
import { solarTermJde } from '../../src/lunar/solarTerm.js';
import { sunApparentLongitude } from '../../src/lunar/sunLongitude.js';

/** Julian day (UT) of an ISO instant such as '2007-02-17T16:14Z'. */
const jd = (iso: string): number => Date.parse(iso) / 86_400_000 + JD_UNIX_EPOCH;
const minutes = (days: number): number => days * 1440;
const yearJd = (year: number): number => 2_451_545 + (year - 2000) * 365.25;

/** The new moon nearest an instant, in UT. */
const newMoonUt = (iso: string): number => ttToUt(newMoonJde(lunationNear(jd(iso))));
/** The instant (UT) the Sun reaches `degrees` near an instant. */
const termUt = (degrees: number, iso: string): number => ttToUt(solarTermJde(degrees, jd(iso)));

describe('Meeus, Astronomical Algorithms (2nd ed.), worked examples', () => {
  it('Example 49.a: the new moon of February 1977 (k = −283) is JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it("Example 25.b: the Sun's apparent longitude at 1992-10-13.0 TD is 199°54′21.6″ (within 1″)", () => {
    expect(Math.abs(sunApparentLongitude(2448908.5) - (199 + 54 / 60 + 21.6 / 3600)) * 3600).toBeLessThan(1);
  });
});

describe('ΔT (Espenak & Meeus 2006)', () => {
  it('has the tabulated values of 1900 (−2.8 s), 1950 (29.1 s) and 2000 (63.9 s)', () => {
    expect(deltaTSeconds(yearJd(1900))).toBeCloseTo(-2.8, 0);
    expect(deltaTSeconds(yearJd(1950))).toBeCloseTo(29.1, 0);
    expect(deltaTSeconds(yearJd(2000))).toBeCloseTo(63.9, 0);
  });

  it.each([1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150])('is continuous (within 0.2 s) where its polynomials meet in %i', (year) => {
    const eps = 1e-6 * 365.25;
    expect(Math.abs(deltaTSeconds(yearJd(year) + eps) - deltaTSeconds(yearJd(year) - eps))).toBeLessThan(0.2);
  });
});

describe('UTC+7 days', () => {
  it('a Vietnamese day runs from 17:00 UT the day before', () => {
    expect(vietnamDayOf(jd('2007-02-17T16:59:59Z'))).toBe(vietnamDayOf(jd('2007-02-17T00:00Z')));
    expect(vietnamDayOf(jd('2007-02-17T17:00:00Z'))).toBe(vietnamDayOf(jd('2007-02-17T00:00Z')) + 1);
    expect(vietnamMidnight(0)).toBeCloseTo(jd('1969-12-31T17:00Z'), 9);
  });
});

// The deciding events of lunar-notes §4, in UT to the minute (the notes' high-precision engine).
// Each is between 16:00 and 17:00 UT: 23:xx in Hanoi but 00:xx in Beijing.
describe('event times agree with lunar-notes §4 within a minute', () => {
  it.each([
    ['1903-01-28T16:39Z'], ['1916-02-03T16:05Z'], ['1916-04-02T16:21Z'], ['1935-02-03T16:27Z'],
    ['1939-04-19T16:35Z'], ['1965-02-01T16:36Z'], ['1968-01-29T16:29Z'], ['1969-02-16T16:25Z'],
    ['1975-04-11T16:39Z'], ['1984-12-22T11:47Z'], ['2007-02-17T16:14Z'], ['2009-03-26T16:06Z'],
    ['2030-02-02T16:08Z'], ['2037-04-15T16:08Z'], ['2038-04-04T16:43Z'], ['2053-02-18T16:31Z'],
    ['2085-03-25T16:37Z'], ['2086-04-13T16:53Z'], ['2095-04-04T16:36Z'], ['2100-04-09T16:17Z'],
  ])('new moon %s', (iso) => {
    expect(Math.abs(minutes(newMoonUt(iso) - jd(iso)))).toBeLessThan(1);
  });

  it.each([
    [30, '1917-04-20T16:17Z'],
    [120, '1922-07-23T16:19Z'],
    [270, '1984-12-21T16:23Z'],
    [0, '1985-03-20T16:13Z'],
    [150, '1987-08-23T16:09Z'],
  ])('major term %i° at %s', (degrees, iso) => {
    expect(Math.abs(minutes(termUt(degrees, iso) - jd(iso)))).toBeLessThan(1);
  });

  it('the September 1938 equinox is within a minute of midnight in Hanoi (the 1938 knife-edge)', () => {
    // lunar-notes §5: 00:00:01 on 24 Sep (astronomy-engine), 23:59:31 on 23 Sep (VSOP87 via astronomia).
    // Here: 23:59:34 (UTC+7), i.e. 26 s before the midnight that starts the month of 24 Sep.
    const equinox = termUt(180, '1938-09-23T17:00Z');
    expect(minutes(jd('1938-09-23T17:00Z') - equinox)).toBeGreaterThan(0);
    expect(minutes(jd('1938-09-23T17:00Z') - equinox)).toBeLessThan(1);
  });
});
