/**
 * Validation of user-supplied schedules and decisions: named rules, one `WorktimeError` each.
 *
 * @module
 */
import { WorktimeError } from '../errors.js';
import { invalidArgument, invalidAt, isRecord } from '../validation/check.js';
import { civilFromDays, parseDay } from '../time/civil.js';
import type { Holiday, HolidayKind, LocalizedName, OfficialSchedule, ScheduleDecision, ScheduleWorkday, SwapDecision } from './types.js';
import { checkYear } from './year.js';

const KINDS = new Set<HolidayKind>(['statutory', 'compensatory', 'swap']);

/** Entries of a year's schedule or decision: far more than a year has days is not one. */
const MAX_ENTRIES = 1000;

/** A dense copy of an array: a hole is read as `undefined`, so its entry is reported like any other bad one. */
function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array', value);
  if (value.length > MAX_ENTRIES) {
    throw invalidAt(`Expected \`${path}\` to be an array of at most ${MAX_ENTRIES} entries, got ${value.length} entries`, path, value.length);
  }
  return Array.from(value);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidArgument(path, 'a non-empty string', value);
  return value;
}

function name(value: unknown, path: string): LocalizedName {
  if (!isRecord(value)) throw invalidArgument(path, "a name { vi: string, en: string }", value);
  return { vi: text(value.vi, `${path}.vi`), en: text(value.en, `${path}.en`) };
}

/** A `'YYYY-MM-DD'` date, optionally required to fall in `year`. */
export function checkDate(value: unknown, path: string, year?: number): string {
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) {
    throw invalidArgument(path, "a date 'YYYY-MM-DD'", value, 'INVALID_DATE');
  }
  if (year !== undefined && civilFromDays(day).year !== year) {
    throw invalidArgument(path, `a date in ${year} (a schedule holds the days of its own year)`, value);
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
  if (!isRecord(value)) throw invalidArgument(path, 'a schedule { year, status, daysOff, workdays, sources }', value);
  const year = checkYear(value.year, `${path}.year`);
  const status = value.status ?? 'official';
  if (status !== 'official' && status !== 'provisional') throw invalidArgument(`${path}.status`, "'official' or 'provisional'", status);
  const seen = new Map<string, string>();
  const remember = (date: string, where: string): void => {
    const before = seen.get(date);
    if (before !== undefined) {
      const code = before.includes('.daysOff') === where.includes('.daysOff') ? 'DUPLICATE_DATE' : 'CONFLICTING_DAY_RULES';
      throw new WorktimeError(code, `Expected each date once in \`${path}\`; ${date} is in both \`${before}\` and \`${where}\``, { date, [where]: date }, where);
    }
    seen.set(date, where);
  };
  const daysOff: Holiday[] = array(value.daysOff, `${path}.daysOff`).map((item, i) => {
    const p = `${path}.daysOff[${i}]`;
    if (!isRecord(item)) throw invalidArgument(p, 'a day off { date, name, kind, source? }', item);
    const date = checkDate(item.date, `${p}.date`, year);
    remember(date, p);
    const kind = item.kind ?? 'statutory';
    if (!KINDS.has(kind as HolidayKind)) throw invalidArgument(`${p}.kind`, "'statutory', 'compensatory' or 'swap'", kind);
    const h: Holiday = { date, name: name(item.name, `${p}.name`), kind: kind as HolidayKind };
    if (item.source !== undefined) h.source = text(item.source, `${p}.source`);
    return h;
  });
  const workdays: ScheduleWorkday[] = array(value.workdays ?? [], `${path}.workdays`).map((item, i) => {
    const p = `${path}.workdays[${i}]`;
    if (!isRecord(item)) throw invalidArgument(p, 'a worked day { date, name, source? }', item);
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
  if (!isRecord(value)) throw invalidArgument(path, 'a decision { year, sources, tet?, nationalDay?, swaps? }', value);
  const year = checkYear(value.year, `${path}.year`);
  const decision: ScheduleDecision = {
    year,
    sources: array(value.sources, `${path}.sources`).map((s, i) => text(s, `${path}.sources[${i}]`)),
  };
  if (value.tet !== undefined) {
    const tet = value.tet;
    if (!isRecord(tet)) throw invalidArgument(`${path}.tet`, '{ days: string[], source: string }', tet);
    const days = array(tet.days, `${path}.tet.days`).map((d, i) => checkDate(d, `${path}.tet.days[${i}]`, year));
    if (days.length === 0) throw invalidArgument(`${path}.tet.days`, 'a non-empty array of dates', tet.days);
    decision.tet = { days, source: text(tet.source, `${path}.tet.source`) };
  }
  if (value.nationalDay !== undefined) {
    const nd = value.nationalDay;
    if (!isRecord(nd)) throw invalidArgument(`${path}.nationalDay`, '{ date: string, source: string }', nd);
    decision.nationalDay = { date: checkDate(nd.date, `${path}.nationalDay.date`, year), source: text(nd.source, `${path}.nationalDay.source`) };
  }
  if (value.swaps !== undefined) {
    decision.swaps = array(value.swaps, `${path}.swaps`).map((s, i): SwapDecision => {
      const p = `${path}.swaps[${i}]`;
      if (!isRecord(s)) throw invalidArgument(p, '{ off, work, occasion, source }', s);
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
