/**
 * Calendars whose dated rules are made year by year (the civil-service calendar): a year's rules
 * are derived and compiled the first time a query needs that year, and every year's at the first
 * query over a long span. Whatever the order of the queries, such a calendar answers — results
 * and errors — as the calendar given the same rules at once.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { CalendarSpec, TimeRange } from '../../src/calendar/index.js';
import { createFromYears } from '../../src/calendar/WorkingCalendar.js';
import type { YearRuleSource } from '../../src/calendar/datedRules.js';
import { normalizeSpec } from '../../src/calendar/spec.js';
import type { NormalizedRule } from '../../src/calendar/spec.js';
import { WorktimeError } from '../../src/errors.js';
import { DAY_MS, daysFromCivil, formatDay, parseDay, weekdayOf, yearOfDay } from '../../src/time/civil.js';
import { civilServiceCalendar, officialSchedule, provisionalYears } from '../../src/vietnam/index.js';
import { specArb } from '../support/arbitraries/calendar.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };
const H = 3_600_000;

/** What a call gives: its result as plain data, or its error's code and message. */
function outcome(fn: () => unknown): unknown {
  try {
    const value = fn();
    return { value: JSON.parse(JSON.stringify(value ?? null)) as unknown };
  } catch (e) {
    if (e instanceof WorktimeError) return { code: e.code, message: e.message };
    throw e;
  }
}

/** A query, named for the counterexamples fast-check prints. */
interface Query {
  readonly name: string;
  readonly run: (cal: WorkingCalendar) => unknown;
}
const query = (name: string, run: Query['run']): Query => ({ name, run, toString: () => name } as Query);

/** Random queries over the days `[first, last]` (some of them just outside a range ending there), short and long. */
function queryArb(first: number, last: number): fc.Arbitrary<Query> {
  const day = fc.integer({ min: first - 3, max: last + 3 }).map(formatDay);
  const instant = fc.tuple(fc.integer({ min: first - 3, max: last + 3 }), fc.integer({ min: 0, max: 96 })).map(([d, q]) => d * DAY_MS + q * 900_000 - 7 * H);
  const amount = fc.oneof(fc.integer({ min: -16, max: 16 }), fc.integer({ min: -100_000, max: 100_000 })).map((h) => h * H);
  return fc.oneof(
    day.map((d) => query(`isWorkingDay(${d})`, (cal) => cal.isWorkingDay(d))),
    day.map((d) => query(`dayInfo(${d})`, (cal) => cal.dayInfo(d))),
    fc.tuple(day, fc.integer({ min: -40, max: 40 })).map(([d, n]) => query(`addWorkingDays(${d}, ${n})`, (cal) => cal.addWorkingDays(d, n))),
    fc.tuple(day, day).map(([a, b]) => query(`workingDaysBetween(${a}, ${b})`, (cal) => cal.workingDaysBetween(a, b))),
    fc.tuple(instant, amount).map(([t, ms]) => query(`epoch.addWorkingTime(${t}, ${ms})`, (cal) => cal.epoch.addWorkingTime(t, ms))),
    fc.tuple(instant, instant).map(([a, b]) => query(`epoch.workingTimeBetween(${a}, ${b})`, (cal) => cal.epoch.workingTimeBetween(a, b))),
    instant.map((t) => query(`epoch.nextWorkingTime(${t})`, (cal) => cal.epoch.nextWorkingTime(t))),
    instant.map((t) => query(`previousWorkingTime(${t})`, (cal) => cal.previousWorkingTime(t).toISO())),
    instant.map((t) => query(`epoch.isWorkingTime(${t})`, (cal) => cal.epoch.isWorkingTime(t))),
    instant.map((t) => query(`periodAt(${t})`, (cal) => cal.periodAt(t)?.start.toISO() ?? null)),
    instant.map((t) => query(`workingPeriods(${t}, +3 days)`, (cal) => cal.workingPeriods(t, t + 3 * DAY_MS).map((p) => [p.start.toMillis(), p.end.toMillis()]))),
  );
}

describe('a calendar made year by year answers as the calendar given every rule at once', () => {
  /** The spec's dated rules, made year by year by a source that counts what it is asked. */
  function yearly(spec: CalendarSpec): { source: YearRuleSource; asked: number[] } {
    const byYear = new Map<number, NormalizedRule[]>();
    for (const rule of normalizeSpec(spec).rules.all().values()) {
      const y = yearOfDay(rule.day);
      byYear.set(y, [...(byYear.get(y) ?? []), rule]);
    }
    const asked: number[] = [];
    const source: YearRuleSource = {
      firstYear: 2000,
      lastYear: 2050,
      rulesOf: (year) => {
        asked.push(year);
        return byYear.get(year) ?? [];
      },
    };
    return { source, asked };
  }

  test('random specs and zones, queries in any order; each year is made at most once', () => {
    const first = daysFromCivil(2019, 1, 1);
    const last = daysFromCivil(2031, 12, 31);
    fc.assert(
      fc.property(specArb, fc.array(queryArb(first, last), { minLength: 1, maxLength: 12 }), (spec, queries) => {
        const atOnce = WorkingCalendar.create(spec);
        const { source, asked } = yearly(spec);
        // The yearly '--MM-DD' rules are given: they are not made year by year.
        const recurring = (list: CalendarSpec['holidays']) => (list ?? []).filter((r) => (typeof r === 'string' ? r : r.date).startsWith('--'));
        const byYear = createFromYears({ zone: spec.zone as string, week: spec.week }, source).extend({ holidays: recurring(spec.holidays), workdays: recurring(spec.workdays) });
        for (const q of queries) expect(outcome(() => q.run(byYear))).toEqual(outcome(() => q.run(atOnce)));
        expect(new Set(asked).size).toBe(asked.length);
        expect(byYear.toJSON()).toEqual(atOnce.toJSON());
      }),
      RUNS,
    );
  });

  test('a rule given (extend) wins over the rule the source makes for that day', () => {
    const source: YearRuleSource = {
      firstYear: 2026,
      lastYear: 2026,
      rulesOf: () => [{ kind: 'holiday', day: daysFromCivil(2026, 3, 10), name: 'Made', ranges: undefined }],
    };
    const week = { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']] } as CalendarSpec['week'];
    const made = createFromYears({ week }, source);
    expect(made.dayInfo('2026-03-10')).toEqual({ date: '2026-03-10', working: false, kind: 'holiday', name: 'Made', hours: [] });
    const given = made.extend({ workdays: [{ date: '2026-03-10', name: 'Given', hours: [['09:00', '10:00']] }] });
    expect(given.dayInfo('2026-03-10')).toEqual({ date: '2026-03-10', working: true, kind: 'extra-workday', name: 'Given', hours: [['09:00', '10:00']] });
    expect(given.workingDaysBetween('2026-03-01', '2026-03-31')).toBe(made.workingDaysBetween('2026-03-01', '2026-03-31') + 1);
    expect(made.isWorkingDay('2026-03-10')).toBe(false);
  });

  test('a year is made when a query first needs it; a span over many years makes every year', () => {
    const asked: number[] = [];
    const source: YearRuleSource = {
      firstYear: 1900,
      lastYear: 2199,
      rulesOf: (year) => {
        asked.push(year);
        return [{ kind: 'holiday', day: daysFromCivil(year, 1, 1), name: undefined, ranges: undefined }];
      },
    };
    const office: TimeRange[] = [['07:00', '17:00']];
    const cal = createFromYears({ week: { mon: office, tue: office, wed: office, thu: office, fri: office }, range: { from: '1900-01-01', to: '2199-12-31' } }, source);
    // Working days in (a, b]: Monday to Friday, but 1 January.
    const count = (a: string, b: string): number => {
      let n = 0;
      for (let d = (parseDay(a) as number) + 1; d <= (parseDay(b) as number); d++) if (weekdayOf(d) < 5 && !formatDay(d).endsWith('-01-01')) n++;
      return n;
    };
    expect(asked).toEqual([]);
    expect(cal.isWorkingDay('2031-01-01')).toBe(false);
    expect(asked).toEqual([2031]);
    expect(cal.addWorkingDays('2031-01-01', 1)).toBe('2031-01-02');
    expect(asked).toEqual([2031]);
    expect(cal.workingDaysBetween('2030-12-20', '2031-01-10')).toBe(count('2030-12-20', '2031-01-10'));
    expect(asked).toEqual([2031, 2030]);
    expect(cal.workingDaysBetween('1900-01-01', '2199-12-31')).toBe(count('1900-01-01', '2199-12-31'));
    expect([...asked].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => 1900 + i));
  });
});

describe('civilServiceCalendar', () => {
  const atOnce = WorkingCalendar.create(civilServiceCalendar().toJSON());
  const first = daysFromCivil(1900, 1, 1);
  const last = daysFromCivil(2199, 12, 31);
  let fresh = 0;

  test('a new calendar queried in any order of years answers as the one compiled at once from its rules', () => {
    fc.assert(
      fc.property(fc.array(queryArb(first, last), { minLength: 1, maxLength: 8 }), (queries) => {
        // A year's own schedule given as an option changes nothing, and makes a new calendar (not the shared one).
        const cal = civilServiceCalendar({ schedules: [officialSchedule(1900 + (fresh++ % 300))] });
        for (const q of queries) expect(outcome(() => q.run(cal))).toEqual(outcome(() => q.run(atOnce)));
      }),
      RUNS,
    );
  });

  test('the same rules, provisional years and spec as the calendar of the same options made before', () => {
    const cal = civilServiceCalendar({ saturday: [['07:30', '11:30']], schedules: [officialSchedule(2027)] });
    const years = provisionalYears(cal);
    expect(years.has(2027)).toBe(true);
    expect(years.has(2026)).toBe(false);
    expect([...years].length).toBe([...provisionalYears(civilServiceCalendar())].length);
    const json = cal.toJSON();
    expect(json.week.sat).toEqual([['07:30', '11:30']]);
    expect(WorkingCalendar.create(json).toJSON()).toEqual(json);
    expect(json.holidays).toEqual(atOnce.toJSON().holidays);
  });

  test('office hours with no range are refused as before: the first worked Saturday has no hours', () => {
    const e = outcome(() => civilServiceCalendar({ hours: [], saturday: [['07:30', '11:30']] }));
    expect(e).toEqual({ code: 'INVALID_TIME_RANGE', message: 'Expected workdays[0].hours to list at least one range (a working day with no hours is a holiday)' });
  });
});
