/**
 * The zone's adjustments of a year: a day near a transition whose ranges (and the day before's)
 * stay clear of the wall-clock time the transition skips or repeats is known to last its wall-clock
 * length without resolving its ranges. The sums over any span equal those of the days resolved one
 * by one (`epochRanges`), in zones with summer time, transitions at midnight, days skipped, and
 * short-lived changes, whatever the hours (at night, across midnight, all day, with holidays and
 * shortened days).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CalendarSpec, TimeRange } from '../../src/calendar/index.js';
import { DAYS, DayIndex, WORK } from '../../src/calendar/dayIndex.js';
import { normalizeSpec } from '../../src/calendar/spec.js';
import { daysFromCivil, formatDay } from '../../src/time/civil.js';
import { rangesLength } from '../../src/time/timeOfDay.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };

const ZONES = [
  'Europe/Paris',
  'America/Los_Angeles',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Asia/Gaza',
  'America/Santiago',
  'Pacific/Apia',
  'America/Sitka',
  'Asia/Ho_Chi_Minh',
  'Pacific/Chatham',
  'Antarctica/Troll',
];

const HOURS: TimeRange[][] = [
  [],
  [['07:00', '11:30'], ['13:30', '17:00']],
  [['00:00', '24:00']],
  [['00:00', '03:30'], ['22:00', '24:00']],
  [['01:00', '04:00']],
  [['02:00', '02:30'], ['02:30', '03:00']],
  [['23:00', '24:00']],
  [['00:00', '00:30']],
  [['05:00', '23:30']],
];
const hoursArb = fc.constantFrom(...HOURS);
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface Case {
  readonly zone: string;
  readonly week: TimeRange[][];
  readonly year: number;
  readonly years: number;
  readonly holidays: number[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  zone: fc.constantFrom(...ZONES),
  week: fc.array(hoursArb, { minLength: 7, maxLength: 7 }),
  // Mostly the years of the table, some of the years that follow the last rule.
  year: fc.oneof(fc.integer({ min: 1798, max: 2101 }), fc.integer({ min: 2098, max: 2140 })),
  years: fc.integer({ min: 1, max: 3 }),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 3 * 366 }), { maxLength: 6 }),
});

function indexOf(c: Case): DayIndex {
  const first = daysFromCivil(c.year, 1, 1);
  const spec: CalendarSpec = {
    zone: c.zone,
    week: Object.fromEntries(WEEKDAYS.map((w, i) => [w, c.week[i] as TimeRange[]])),
    holidays: c.holidays.map((k, i) => (i % 2 === 0 ? formatDay(first + k) : { date: formatDay(first + k), hours: [['01:30', '03:15']] as TimeRange[] })),
  };
  return new DayIndex(normalizeSpec(spec));
}

/** The sums over `[a, b)` with every day resolved on its own. */
function oneByOne(index: DayIndex, a: number, b: number): [number, number] {
  let work = 0;
  let days = 0;
  for (let d = a; d < b; d++) {
    const real = rangesLength(index.epochRanges(d));
    work += real;
    if (real > 0) days++;
  }
  return [work, days];
}

describe('the adjustments of a year', () => {
  test('equal the days resolved one by one', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const index = indexOf(c);
        const a = daysFromCivil(c.year, 1, 1);
        const b = daysFromCivil(c.year + c.years, 1, 1);
        const [work, days] = oneByOne(index, a, b);
        expect(index.between(a, b, WORK)).toBe(work);
        expect(index.between(a, b, DAYS)).toBe(days);
      }),
      RUNS,
    );
  });

  test('of every year of 1890–2101 in Paris, with hours next to the transitions', () => {
    // Office hours, and hours that end at midnight on the eve of a transition at night.
    for (const week of [HOURS[1], HOURS[3], HOURS[6]] as TimeRange[][]) {
      const index = indexOf({ zone: 'Europe/Paris', week: [week, week, week, week, week, week, week], year: 1890, years: 1, holidays: [] });
      for (let y = 1890; y <= 2101; y++) {
        const a = daysFromCivil(y, 1, 1);
        const b = daysFromCivil(y + 1, 1, 1);
        const [work, days] = oneByOne(index, a, b);
        expect([y, index.between(a, b, WORK), index.between(a, b, DAYS)]).toEqual([y, work, days]);
      }
    }
  });
});
