/**
 * The calendar specification: its public types and the named validation rules that turn a
 * user's spec into a normalized one. Validation happens once, in `WorkingCalendar.create`.
 *
 * @module
 */
import { WorktimeError, clip, describe } from '../errors.js';
import { checkKeys, isRecord } from '../validation/check.js';
import { formatDay, formatMonthDay, parseDay, parseMonthDay } from '../time/civil.js';
import { MAX_DAY, MIN_DAY } from '../time/instant.js';
import { formatTimeOfDay, parseRanges } from '../time/timeOfDay.js';
import type { TimeRange } from '../time/timeOfDay.js';
import { CompiledZone, VIETNAM_ZONE } from '../time/zone.js';
import { DatedRules } from './datedRules.js';
import type { YearRuleSource } from './datedRules.js';

export type { TimeRange };

/** Days of the week, as keys of {@link CalendarSpec.week}. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The weekdays in ISO order, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A rule for one date: a day off (or a short day with `hours`), or an extra working day. */
export interface DayRule {
  /**
   * The date, `'YYYY-MM-DD'`, or `'--MM-DD'` for that day every year of the calendar's range
   * (`'--02-29'` in leap years only). A dated rule wins over a yearly rule for the same day.
   */
  date: string;
  /** A name shown to users, e.g. `'Tết Nguyên Đán'`. */
  name?: string;
  /** The hours worked that day, whatever its weekday; on a holiday this makes it a short day. */
  hours?: TimeRange[];
}

/** Everything a {@link WorkingCalendar} knows: zone, weekly template and day rules. */
export interface CalendarSpec {
  /** IANA zone; default `'Asia/Ho_Chi_Minh'`. */
  zone?: string;
  /** Weekly template: the working ranges of each weekday; a missing day is closed. */
  week: Partial<Record<Weekday, TimeRange[]>>;
  /** Days off; a rule with `hours` is a short day worked only in those ranges. */
  holidays?: Array<string | DayRule>;
  /** Extra working days (e.g. a swapped Saturday); without `hours` they use the Monday hours. */
  workdays?: Array<string | DayRule>;
  /**
   * The days the calendar knows, inclusive (`'YYYY-MM-DD'`). A query that needs a day outside
   * throws `OUT_OF_RANGE`. Default: 1000-01-01 to 9999-12-31.
   */
  range?: { from: string; to: string };
}

/** A validated day rule. */
export interface NormalizedRule {
  readonly kind: 'holiday' | 'workday';
  readonly day: number;
  readonly name: string | undefined;
  /** Flat ranges in ms since midnight, or `undefined` for "no hours given". */
  readonly ranges: readonly number[] | undefined;
}

/** A validated spec: what the compiled calendar is built from and `toJSON` writes back. */
export interface NormalizedSpec {
  readonly zone: CompiledZone;
  /** Flat ranges per weekday, Monday first. */
  readonly week: ReadonlyArray<readonly number[]>;
  readonly rules: DatedRules;
  /** Yearly rules (`'--MM-DD'`), by `month * 100 + day`; their `day` is that key. */
  readonly recurring: ReadonlyMap<number, NormalizedRule>;
  readonly minDay: number;
  readonly maxDay: number;
  readonly hasRange: boolean;
}

const SPEC_KEYS = new Set(['zone', 'week', 'holidays', 'workdays', 'range']);
const RULE_KEYS = new Set(['date', 'name', 'hours']);

/** An `INVALID_SPEC` error at `path` in the spec (`''` for the spec itself). */
function specError(message: string, details: Record<string, unknown>, path: string): WorktimeError {
  return new WorktimeError('INVALID_SPEC', message, details, path);
}

/**
 * Checks the keys of the object at `path` in the spec (`''` for the spec itself); `named` is how
 * the message names it.
 */
function checkSpecKeys(obj: Record<string, unknown>, allowed: ReadonlySet<string>, path: string, named: string): void {
  checkKeys(obj, allowed, (key) => specError(`Unknown property '${clip(key)}' in ${named}; expected one of ${[...allowed].join(', ')}`, { path: named, key }, path === '' ? key : `${path}.${key}`));
}

function parseWeek(value: unknown): number[][] {
  if (!isRecord(value)) {
    throw specError(`Expected \`week\` to be an object such as { mon: [['07:00', '11:30']] }, got ${describe(value)}`, { week: value }, 'week');
  }
  checkSpecKeys(value, new Set(WEEKDAYS), 'week', '`week`');
  return WEEKDAYS.map((d) => (value[d] === undefined ? [] : parseRanges(value[d], `week.${d}`)));
}

/** A rule's date: a day number, or `month * 100 + day` for a yearly `'--MM-DD'` rule. */
function parseRuleDate(value: unknown, path: string): { day: number; yearly: boolean } {
  if (typeof value === 'string' && value.startsWith('--')) {
    const md = parseMonthDay(value);
    if (md === undefined) {
      throw new WorktimeError('INVALID_DATE', `Expected ${path} to be a date 'YYYY-MM-DD' or a yearly date '--MM-DD', got ${describe(value)}`, { path, value }, path);
    }
    return { day: md, yearly: true };
  }
  return { day: parseRuleDay(value, path), yearly: false };
}

function parseRuleDay(value: unknown, path: string): number {
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) {
    throw new WorktimeError('INVALID_DATE', `Expected ${path} to be a date 'YYYY-MM-DD', got ${describe(value)}`, { path, value }, path);
  }
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new WorktimeError('OUT_OF_RANGE', `Expected ${path} between 1000-01-01 and 9999-12-31, got ${describe(value)}`, { path, value }, path);
  }
  return day;
}

interface RuleMaps {
  readonly dated: Map<number, NormalizedRule>;
  readonly yearly: Map<number, NormalizedRule>;
}

function parseRules(value: unknown, kind: 'holiday' | 'workday', maps: RuleMaps): void {
  const list = kind === 'holiday' ? 'holidays' : 'workdays';
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    throw specError(`Expected \`${list}\` to be an array of 'YYYY-MM-DD' strings or { date, name?, hours? } objects, got ${describe(value)}`, { [list]: value }, list);
  }
  value.forEach((item: unknown, i: number) => {
    const path = `${list}[${i}]`;
    let rule: NormalizedRule;
    let yearly: boolean;
    if (typeof item === 'string') {
      const date = parseRuleDate(item, path);
      yearly = date.yearly;
      rule = { kind, day: date.day, name: undefined, ranges: undefined };
    } else if (isRecord(item)) {
      checkSpecKeys(item, RULE_KEYS, path, path);
      const date = parseRuleDate(item.date, `${path}.date`);
      const day = date.day;
      yearly = date.yearly;
      if (item.name !== undefined && typeof item.name !== 'string') {
        throw specError(`Expected ${path}.name to be a string, got ${describe(item.name)}`, { path, value: item.name }, `${path}.name`);
      }
      const ranges = item.hours === undefined ? undefined : parseRanges(item.hours, `${path}.hours`);
      if (kind === 'workday' && ranges !== undefined && ranges.length === 0) {
        throw new WorktimeError('INVALID_TIME_RANGE', `Expected ${path}.hours to list at least one range (a working day with no hours is a holiday)`, { path }, `${path}.hours`);
      }
      rule = { kind, day, name: item.name, ranges };
    } else {
      throw specError(`Expected ${path} to be a date 'YYYY-MM-DD' or { date, name?, hours? }, got ${describe(item)}`, { path, value: item }, path);
    }
    const into = yearly ? maps.yearly : maps.dated;
    const existing = into.get(rule.day);
    if (existing) {
      const date = yearly ? formatMonthDay(rule.day) : formatDay(rule.day);
      const code = existing.kind === kind ? 'DUPLICATE_DATE' : 'CONFLICTING_DAY_RULES';
      const message =
        code === 'DUPLICATE_DATE'
          ? `Expected each date once in \`${list}\`, but ${date} appears twice`
          : `Expected ${date} in \`holidays\` or in \`workdays\`, not in both`;
      throw new WorktimeError(code, message, { date, path }, path);
    }
    into.set(rule.day, rule);
  });
}

function parseRange(value: unknown): { minDay: number; maxDay: number } {
  if (!isRecord(value)) {
    throw specError(`Expected \`range\` to be { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }, got ${describe(value)}`, { range: value }, 'range');
  }
  checkSpecKeys(value, new Set(['from', 'to']), 'range', '`range`');
  const minDay = parseRuleDay(value.from, 'range.from');
  const maxDay = parseRuleDay(value.to, 'range.to');
  if (maxDay < minDay) {
    throw specError(`Expected range.to (${String(value.to)}) not before range.from (${String(value.from)})`, { range: value }, 'range.to');
  }
  return { minDay, maxDay };
}

/**
 * Validates a spec, optionally on top of a base (for `extend`): zone, week and range replace the
 * base's when given; day rules are added, and a date named again replaces the base's rule.
 */
export function normalizeSpec(spec: unknown, base?: NormalizedSpec): NormalizedSpec {
  if (!isRecord(spec)) {
    throw specError(`Expected a calendar spec object such as { week: { mon: [['07:00', '17:00']] } }, got ${describe(spec)}`, { spec }, '');
  }
  checkSpecKeys(spec, SPEC_KEYS, '', 'the calendar spec');
  const zone = spec.zone === undefined ? (base?.zone ?? CompiledZone.get(VIETNAM_ZONE)) : CompiledZone.get(spec.zone);
  let week: number[][] | ReadonlyArray<readonly number[]>;
  if (spec.week !== undefined) week = parseWeek(spec.week);
  else if (base) week = base.week;
  else throw specError('Expected the calendar spec to have a `week` template such as { mon: [[\'07:00\', \'17:00\']] }', { spec }, 'week');

  const added: RuleMaps = { dated: new Map(), yearly: new Map() };
  parseRules(spec.holidays, 'holiday', added);
  parseRules(spec.workdays, 'workday', added);
  const rules = base === undefined ? DatedRules.of(added.dated) : base.rules.with(added.dated);
  const recurring = new Map<number, NormalizedRule>(base?.recurring ?? []);
  for (const [md, rule] of added.yearly) recurring.set(md, rule);

  let bounds = { minDay: base?.minDay ?? MIN_DAY, maxDay: base?.maxDay ?? MAX_DAY };
  const hasRange = spec.range !== undefined || (base?.hasRange ?? false);
  if (spec.range !== undefined) bounds = parseRange(spec.range);

  return Object.freeze({ zone, week, rules, recurring, ...bounds, hasRange });
}

/**
 * Validates a spec without day rules, whose dated rules come from `source` year by year (see
 * {@link DatedRules}).
 */
export function normalizeYearlySpec(spec: Omit<CalendarSpec, 'holidays' | 'workdays'>, source: YearRuleSource): NormalizedSpec {
  return Object.freeze({ ...normalizeSpec(spec), rules: DatedRules.fromYears(source) });
}

/** Flat local ranges (ms since midnight) as `['HH:mm', 'HH:mm']` pairs. */
export function toRangeStrings(flat: readonly number[]): TimeRange[] {
  const out: TimeRange[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([formatTimeOfDay(flat[i] as number), formatTimeOfDay(flat[i + 1] as number)]);
  return out;
}

/** Writes a normalized spec back as a plain {@link CalendarSpec} (dates sorted). */
export function specToJSON(spec: NormalizedSpec): CalendarSpec {
  const week: Partial<Record<Weekday, TimeRange[]>> = {};
  WEEKDAYS.forEach((d, i) => {
    const flat = spec.week[i] as readonly number[];
    if (flat.length > 0) week[d] = toRangeStrings(flat);
  });
  const holidays: Array<string | DayRule> = [];
  const workdays: Array<string | DayRule> = [];
  const rules = spec.rules.all();
  const dated = [...rules.keys()].sort((a, b) => a - b).map((day) => [formatDay(day), rules.get(day)] as const);
  const yearly = [...spec.recurring.keys()].sort((a, b) => a - b).map((md) => [formatMonthDay(md), spec.recurring.get(md)] as const);
  for (const [date, found] of [...dated, ...yearly]) {
    const rule = found as NormalizedRule;
    let out: string | DayRule = date;
    if (rule.name !== undefined || rule.ranges !== undefined) {
      const obj: DayRule = { date };
      if (rule.name !== undefined) obj.name = rule.name;
      if (rule.ranges !== undefined) obj.hours = toRangeStrings(rule.ranges);
      out = obj;
    }
    (rule.kind === 'holiday' ? holidays : workdays).push(out);
  }
  const json: CalendarSpec = { zone: spec.zone.name, week };
  if (holidays.length > 0) json.holidays = holidays;
  if (workdays.length > 0) json.workdays = workdays;
  if (spec.hasRange) json.range = { from: formatDay(spec.minDay), to: formatDay(spec.maxDay) };
  return json;
}
