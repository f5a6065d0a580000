/**
 * Validation of user-supplied schedules and decisions: named rules, one `WorktimeError` each.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { civilFromDays, parseDay } from '../time/civil.js';
import type { Holiday, HolidayKind, LocalizedName, OfficialSchedule, ScheduleDecision, ScheduleWorkday, SwapDecision } from './types.js';
import { checkYear } from './year.js';

const KINDS = new Set<HolidayKind>(['statutory', 'compensatory', 'swap']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function argument(path: string, expected: string, value: unknown): WorktimeError {
  return new WorktimeError('INVALID_ARGUMENT', `Expected \`${path}\` to be ${expected}, got ${describe(value)}`, { [path]: value });
}

/** Entries of a year's schedule or decision: far more than a year has days is not one. */
const MAX_ENTRIES = 1000;

/** A dense copy of an array: a hole is read as `undefined`, so its entry is reported like any other bad one. */
function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw argument(path, 'an array', value);
  if (value.length > MAX_ENTRIES) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${path}\` to be an array of at most ${MAX_ENTRIES} entries, got ${value.length} entries`, { [path]: value.length });
  }
  return Array.from(value);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw argument(path, 'a non-empty string', value);
  return value;
}

function name(value: unknown, path: string): LocalizedName {
  if (!isObject(value)) throw argument(path, "a name { vi: string, en: string }", value);
  return { vi: text(value.vi, `${path}.vi`), en: text(value.en, `${path}.en`) };
}

/** A `'YYYY-MM-DD'` date, optionally required to fall in `year`. */
export function checkDate(value: unknown, path: string, year?: number): string {
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) {
    throw new WorktimeError('INVALID_DATE', `Expected \`${path}\` to be a date 'YYYY-MM-DD', got ${describe(value)}`, { [path]: value });
  }
  if (year !== undefined && civilFromDays(day).year !== year) {
    throw argument(path, `a date in ${year} (a schedule holds the days of its own year)`, value);
  }
  return value as string;
}

/**
 * Checks a schedule shaped like the result of `officialSchedule` and returns a clean copy.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` (shape, a date outside the schedule's year),
 *   `INVALID_YEAR` / `OUT_OF_RANGE` (year), `INVALID_DATE`, `DUPLICATE_DATE`, `CONFLICTING_DAY_RULES`
 *   (a date both off and worked).
 */
export function checkSchedule(value: unknown, path: string): OfficialSchedule {
  if (!isObject(value)) throw argument(path, 'a schedule { year, status, daysOff, workdays, sources }', value);
  const year = checkYear(value.year, `${path}.year`);
  const status = value.status ?? 'official';
  if (status !== 'official' && status !== 'provisional') throw argument(`${path}.status`, "'official' or 'provisional'", status);
  const seen = new Map<string, string>();
  const remember = (date: string, where: string): void => {
    const before = seen.get(date);
    if (before !== undefined) {
      const code = before.includes('.daysOff') === where.includes('.daysOff') ? 'DUPLICATE_DATE' : 'CONFLICTING_DAY_RULES';
      throw new WorktimeError(code, `Expected each date once in \`${path}\`; ${date} is in both \`${before}\` and \`${where}\``, { date, [where]: date });
    }
    seen.set(date, where);
  };
  const daysOff: Holiday[] = array(value.daysOff, `${path}.daysOff`).map((item, i) => {
    const p = `${path}.daysOff[${i}]`;
    if (!isObject(item)) throw argument(p, 'a day off { date, name, kind, source? }', item);
    const date = checkDate(item.date, `${p}.date`, year);
    remember(date, p);
    const kind = item.kind ?? 'statutory';
    if (!KINDS.has(kind as HolidayKind)) throw argument(`${p}.kind`, "'statutory', 'compensatory' or 'swap'", kind);
    const h: Holiday = { date, name: name(item.name, `${p}.name`), kind: kind as HolidayKind };
    if (item.source !== undefined) h.source = text(item.source, `${p}.source`);
    return h;
  });
  const workdays: ScheduleWorkday[] = array(value.workdays ?? [], `${path}.workdays`).map((item, i) => {
    const p = `${path}.workdays[${i}]`;
    if (!isObject(item)) throw argument(p, 'a worked day { date, name, source? }', item);
    const date = checkDate(item.date, `${p}.date`, year);
    remember(date, p);
    const w: ScheduleWorkday = { date, name: name(item.name, `${p}.name`) };
    if (item.source !== undefined) w.source = text(item.source, `${p}.source`);
    return w;
  });
  const sources = array(value.sources ?? [], `${path}.sources`).map((s, i) => text(s, `${path}.sources[${i}]`));
  // Dates are unique in each list (duplicates are rejected above), so no two compare equal.
  // Stryker disable next-line EqualityOperator: sort-tie
  const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : 1);
  return { year, status, daysOff: daysOff.sort(byDate), workdays: workdays.sort(byDate), sources };
}

/**
 * Checks a {@link ScheduleDecision} and returns a clean copy.
 *
 * @throws WorktimeError `INVALID_ARGUMENT`, `INVALID_YEAR` / `OUT_OF_RANGE`, `INVALID_DATE`.
 */
export function checkDecision(value: unknown, path = 'decision'): ScheduleDecision {
  if (!isObject(value)) throw argument(path, 'a decision { year, sources, tet?, nationalDay?, swaps? }', value);
  const year = checkYear(value.year, `${path}.year`);
  const decision: ScheduleDecision = {
    year,
    sources: array(value.sources, `${path}.sources`).map((s, i) => text(s, `${path}.sources[${i}]`)),
  };
  if (value.tet !== undefined) {
    const tet = value.tet;
    if (!isObject(tet)) throw argument(`${path}.tet`, '{ days: string[], source: string }', tet);
    const days = array(tet.days, `${path}.tet.days`).map((d, i) => checkDate(d, `${path}.tet.days[${i}]`, year));
    if (days.length === 0) throw argument(`${path}.tet.days`, 'a non-empty array of dates', tet.days);
    decision.tet = { days, source: text(tet.source, `${path}.tet.source`) };
  }
  if (value.nationalDay !== undefined) {
    const nd = value.nationalDay;
    if (!isObject(nd)) throw argument(`${path}.nationalDay`, '{ date: string, source: string }', nd);
    decision.nationalDay = { date: checkDate(nd.date, `${path}.nationalDay.date`, year), source: text(nd.source, `${path}.nationalDay.source`) };
  }
  if (value.swaps !== undefined) {
    decision.swaps = array(value.swaps, `${path}.swaps`).map((s, i): SwapDecision => {
      const p = `${path}.swaps[${i}]`;
      if (!isObject(s)) throw argument(p, '{ off, work, occasion, source }', s);
      return {
        off: checkDate(s.off, `${p}.off`),
        work: checkDate(s.work, `${p}.work`),
        occasion: name(s.occasion, `${p}.occasion`),
        source: text(s.source, `${p}.source`),
      };
    });
  }
  if (value.notes !== undefined) decision.notes = text(value.notes, `${path}.notes`);
  return decision;
}
