/**
 * The hostile suite: every public function, every argument position that takes an instant, a
 * day, a duration or a year, with instants at and past the JavaScript date limit, every ISO form
 * of a day, and values shaped like luxon objects as JSON writes them. The one rule: the call
 * returns a clean result (no invalid DateTime or Duration, no NaN) or throws a `WorktimeError`;
 * nothing else escapes, nothing hangs (each test has a timeout, each call a time limit).
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { fromLunar, lunarYear, toLunar } from '../../src/lunar/index.js';
import {
  classifyService,
  comparePriority,
  evaluateDossier,
  intakeDeadline,
  processingDeadline,
  serviceLevel,
  slaStatus,
  sortByPriority,
  summarize,
  validateNotice,
} from '../../src/tthc/index.js';
import { civilServiceCalendar, officialSchedule, publicHolidays, scheduleFromDecision, toICS } from '../../src/vietnam/index.js';
import { walkResult } from '../support/fuzzHarness.js';
import { FAR_NUMBERS, hostileInstants } from '../support/hostileInstants.js';

/** A single call may take this long (a guard against hangs, on a shared 2-core machine). */
const CALL_MS = 3000;
/** Each test's timeout. */
const TEST_MS = 120_000;

const OFFICE: Array<[string, string]> = [['07:00', '11:30'], ['13:30', '17:00']];
const office = WorkingCalendar.create({
  range: { from: '2000-01-01', to: '2040-12-31' },
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
});
// A zone with daylight saving and a range: an unbounded calendar compiles its index up to the
// farthest query (seconds for thousands of years), which is the engine's cost, not a hang.
const newYork = WorkingCalendar.create({
  zone: 'America/New_York',
  range: { from: '1990-01-01', to: '2060-12-31' },
  week: { mon: [['00:00', '24:00']], sat: [['09:00', '12:00']] },
});
// Two working days ever: most queries run out of working time.
const finite = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-13', hours: [['07:00', '17:00']] }] });
const civil = civilServiceCalendar();
const CALENDARS = { office, newYork, finite, civil };

const T = '2026-03-10T09:00';
const D = '2026-03-10';
const VALUES = hostileInstants();

/** Calls `fn`: returns 'ok' or the WorktimeError code; fails on anything else. */
function outcome(fn: () => unknown, label: string): string {
  const started = performance.now();
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!(e instanceof WorktimeError)) throw new Error(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} escaped`);
    expect(typeof e.message).toBe('string');
    // A message names instants as dates, never raw epoch milliseconds of 13 digits or more.
    if (e.code === 'OUT_OF_RANGE' && /\b(?:within|after|before)\b/.test(e.message)) expect(e.message, label).not.toMatch(/got \d{12,}\b|(?:after|before) \d{12,}\b/);
    return e.code;
  } finally {
    const took = performance.now() - started;
    if (took > CALL_MS) throw new Error(`${label}: took ${Math.round(took)} ms`);
  }
  walkResult(result, label);
  return 'ok';
}

async function outcomeAsync(fn: () => Promise<unknown>, label: string): Promise<string> {
  try {
    walkResult(await fn(), label);
    return 'ok';
  } catch (e) {
    if (!(e instanceof WorktimeError)) throw new Error(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} escaped`);
    return e.code;
  }
}

const label = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number') return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

type Call = (v: never) => unknown;

/** The calendar methods, one argument position at a time. */
function calendarCalls(cal: WorkingCalendar): Record<string, Call> {
  return {
    'isWorkingTime(v)': (v) => cal.isWorkingTime(v),
    'isWorkingDay(v)': (v) => cal.isWorkingDay(v),
    'nextWorkingTime(v)': (v) => cal.nextWorkingTime(v),
    'previousWorkingTime(v)': (v) => cal.previousWorkingTime(v),
    'addWorkingTime(v, 8h)': (v) => cal.addWorkingTime(v, { hours: 8 }),
    'addWorkingTime(v, -8h)': (v) => cal.addWorkingTime(v, { hours: -8 }),
    'addWorkingTime(t, v)': (v) => cal.addWorkingTime(T, v),
    'workingTimeBetween(v, t)': (v) => cal.workingTimeBetween(v, T),
    'workingTimeBetween(t, v)': (v) => cal.workingTimeBetween(T, v),
    'addWorkingDays(v, 3)': (v) => cal.addWorkingDays(v, 3),
    'addWorkingDays(v, -3)': (v) => cal.addWorkingDays(v, -3),
    'workingDaysBetween(v, d)': (v) => cal.workingDaysBetween(v, D),
    'workingDaysBetween(d, v)': (v) => cal.workingDaysBetween(D, v),
    'workingPeriods(v, t)': (v) => cal.workingPeriods(v, T),
    'workingPeriods(t, v)': (v) => cal.workingPeriods(T, v),
    'dayInfo(v)': (v) => cal.dayInfo(v),
    'extend({ holidays: [v] })': (v) => cal.extend({ holidays: [v] }),
    'extend({ workdays: [{ date: v }] })': (v) => cal.extend({ workdays: [{ date: v }] }),
  };
}

const TTHC: Record<string, Call> = {
  'intakeDeadline(v)': (v) => intakeDeadline(v),
  'intakeDeadline(t, { receivedAt: v })': (v) => intakeDeadline(T, { receivedAt: v }),
  'intakeDeadline(t, { limit: v })': (v) => intakeDeadline(T, { limit: v }),
  'intakeDeadline(t, { offHoursGrace: v })': (v) => intakeDeadline('2026-03-10T20:00', { offHoursGrace: v }),
  'intakeDeadline(v, national)': (v) => intakeDeadline(v, { rules: 'national', calendar: office }),
  'comparePriority(v)': (v) => comparePriority({ channel: 'online', receivedAt: v }, { channel: 'direct', receivedAt: T }),
  'sortByPriority([v])': (v) => sortByPriority([{ channel: 'postal', receivedAt: v }, { channel: 'online', receivedAt: T }]),
  'processingDeadline(v, 3 days)': (v) => processingDeadline(v, { workingDays: 3 }),
  'processingDeadline(v, 8 hours)': (v) => processingDeadline(v, { workingHours: 8 }),
  'processingDeadline(pause from v)': (v) => processingDeadline(T, { workingDays: 3 }, { pauses: [{ from: v, to: '2026-03-11T09:00' }] }),
  'processingDeadline(pause to v)': (v) => processingDeadline(T, { workingDays: 3 }, { pauses: [{ from: T, to: v }] }),
  'processingDeadline(supplement at v)': (v) => processingDeadline(T, { workingDays: 3 }, { supplements: [{ requestedAt: v }] }),
  'processingDeadline(supplement done v)': (v) => processingDeadline(T, { workingDays: 3 }, { supplements: [{ requestedAt: T, completedAt: v }] }),
  'processingDeadline(kpi766 supplement)': (v) => processingDeadline(T, { workingDays: 3 }, { method: 'kpi766', supplements: [{ requestedAt: T, completedAt: v }] }),
  'processingDeadline(extension at v)': (v) => processingDeadline(T, { workingDays: 3 }, { extensions: [{ workingDays: 1, reason: 'r', requestedAt: v }] }),
  'slaStatus({ deadline: v })': (v) => slaStatus({ deadline: v, now: T }),
  'slaStatus({ completedAt: v })': (v) => slaStatus({ deadline: D, completedAt: v }),
  'slaStatus({ now: v })': (v) => slaStatus({ deadline: D, now: v }),
  'evaluateDossier({ deadline: v })': (v) => evaluateDossier({ channel: 'online', deadline: v }, { now: T }),
  'evaluateDossier({ acceptedAt: v })': (v) => evaluateDossier({ channel: 'online', acceptedAt: v, period: { workingDays: 3 } }, { now: T }),
  'evaluateDossier({ completedAt: v })': (v) => evaluateDossier({ channel: 'online', deadline: D, completedAt: v }, { now: T }),
  'evaluateDossier({ receivedAt: v })': (v) => evaluateDossier({ channel: 'online', receivedAt: v, acceptedAt: T, period: { workingDays: 3 } }, { now: T }),
  'evaluateDossier(_, { now: v })': (v) => evaluateDossier({ channel: 'online', deadline: D }, { now: v }),
  'validateNotice({ issuedAt: v })': (v) =>
    validateNotice(
      { dossierId: 'x', kind: 'supplement', issuedAt: v, content: 'c', reason: 'r', guidance: ['g'], channels: [{ type: 'portal' }] },
      { submittedAt: T },
    ),
  'validateNotice(_, { submittedAt: v })': (v) =>
    validateNotice({ dossierId: 'x', kind: 'supplement', issuedAt: T, content: 'c', reason: 'r', guidance: ['g'], channels: [{ type: 'portal' }] }, { submittedAt: v }),
  'serviceLevel(_, { on: v })': (v) => serviceLevel({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' }, { on: v }),
  'classifyService(v)': (v) => classifyService(v),
};

const YEARS: Record<string, Call> = {
  'publicHolidays(v)': (v) => publicHolidays(v),
  'officialSchedule(v)': (v) => officialSchedule(v),
  'lunarYear(v)': (v) => lunarYear(v),
  'fromLunar({ year: v })': (v) => fromLunar({ year: v, month: 1, day: 1, leap: false }),
  'fromLunar({ day: v })': (v) => fromLunar({ year: 2026, month: 1, day: v, leap: false }),
  'toICS(publicHolidays(v))': (v) => toICS(publicHolidays(v)),
  'scheduleFromDecision({ year: v })': (v) => scheduleFromDecision({ year: v, sources: ['x'] }),
};

const DAYS: Record<string, Call> = {
  'toLunar(v)': (v) => toLunar(v),
  'civilServiceCalendar({ schedules })': (v) =>
    civilServiceCalendar({ schedules: [{ year: 2026, status: 'official', daysOff: [{ date: v, name: { vi: 'x', en: 'x' }, kind: 'swap' }], workdays: [], sources: ['x'] }] as never }),
};

describe('hostile values never escape as anything but WorktimeError', () => {
  for (const [name, cal] of Object.entries(CALENDARS)) {
    it(
      `WorkingCalendar (${name}): ${VALUES.length} values × every position`,
      () => {
        const codes = new Map<string, number>();
        for (const [call, fn] of Object.entries(calendarCalls(cal))) {
          for (const v of VALUES) {
            const code = outcome(() => fn(v as never), `${name}.${call} with ${label(v)}`);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        }
        // Both answers and every kind of refusal occur: the values reach the code, not one early check.
        expect(codes.get('ok')).toBeGreaterThan(0);
        expect(codes.get('OUT_OF_RANGE')).toBeGreaterThan(0);
        expect(codes.get('INVALID_INSTANT')).toBeGreaterThan(0);
      },
      TEST_MS,
    );
  }

  it(
    `tthc: ${VALUES.length} values × every instant and duration position`,
    () => {
      for (const [call, fn] of Object.entries(TTHC)) {
        for (const v of VALUES) outcome(() => fn(v as never), `${call} with ${label(v)}`);
      }
    },
    TEST_MS,
  );

  it(
    'lunar and vietnam: years, lunar days and days',
    () => {
      const years = [...FAR_NUMBERS, 999, 1000, 1899, 1900, 2199, 2200, 9999, 10_000, 2026.5, -0, '2026', ...hostileInstants()];
      for (const [call, fn] of Object.entries(YEARS)) for (const v of years) outcome(() => fn(v as never), `${call} with ${label(v)}`);
      for (const [call, fn] of Object.entries(DAYS)) for (const v of VALUES) outcome(() => fn(v as never), `${call} with ${label(v)}`);
    },
    TEST_MS,
  );

  it(
    'calendars built from hostile zones and ranges',
    () => {
      const zones = ['', ' ', 'Asia/Ho_Chi_Minh ', 'x'.repeat(100_000), 'asia/tokyo', 'ETC/UTC', '+07:00', 'UTC+7', 'Etc/GMT-14', '../../etc/passwd', '__proto__', 'constructor'];
      for (const zone of zones) outcome(() => WorkingCalendar.create({ zone, week: { mon: OFFICE } }), `zone ${label(zone)}`);
      for (const v of VALUES) {
        outcome(() => WorkingCalendar.create({ range: { from: v as never, to: '2030-01-01' }, week: { mon: OFFICE } }), `range.from ${label(v)}`);
        outcome(() => WorkingCalendar.create({ week: { mon: OFFICE }, holidays: [v as never] }), `holidays ${label(v)}`);
      }
    },
    TEST_MS,
  );

  it(
    'summarize: a hostile value in a record is listed as invalid, never rejects the run',
    async () => {
      const records = VALUES.flatMap((v) => [
        { id: 'd', channel: 'online', deadline: v },
        { id: 'a', channel: 'direct', acceptedAt: v, period: { workingDays: 3 } },
        { id: 'c', channel: 'postal', deadline: D, completedAt: v },
      ]);
      const summary = await summarize(records as never, { now: T });
      const counted = Object.values(summary.byStatus).reduce((a, b) => a + b, 0) + ((summary as { waiting?: number }).waiting ?? 0);
      expect(counted + summary.invalidCount).toBe(records.length);
      expect(summary.invalid.length).toBe(summary.invalidCount);
      for (const v of VALUES) await outcomeAsync(() => summarize([], { now: v as never }), `summarize now ${label(v)}`);
    },
    TEST_MS,
  );
});
