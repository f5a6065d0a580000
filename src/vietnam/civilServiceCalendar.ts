/**
 * `civilServiceCalendar(options?)`: the working calendar of Vietnamese state bodies — Monday to
 * Friday, every year's official (or provisional) days off and worked Saturdays, 1900–2199.
 *
 * @module
 */
import { WorkingCalendar, calendarTag, createFromYears, tagCalendar } from '../calendar/WorkingCalendar.js';
import type { CalendarSpec, DayRule } from '../calendar/index.js';
import type { NormalizedRule } from '../calendar/spec.js';
import { assert } from '../errors.js';
import { parseDay, weekdayOf } from '../time/civil.js';
import { parseRanges } from '../time/timeOfDay.js';
import { readCivilServiceOptions } from './civilServiceOptions.js';
import type { CivilServiceCalendarOptions } from './civilServiceOptions.js';
import { scheduleOf, scheduleStatus } from './officialSchedule.js';
import { holidaysOf } from './publicHolidays.js';
import { DEFAULT_TABLES } from './tables.js';
import type { OfficialSchedule } from './types.js';
import { MAX_YEAR, MIN_YEAR } from './year.js';

const MEMO_SIZE = 16;
const memo = new Map<string, WorkingCalendar>();

interface YearRules {
  readonly off: ReadonlyArray<{ date: string; name: string }>;
  readonly work: ReadonlyArray<{ date: string; name: string }>;
}

/** What a civil-service calendar records about itself: the years whose schedule is provisional. */
interface CivilServiceTag {
  readonly provisionalYears: ReadonlySet<number>;
}

const NO_YEARS: ReadonlySet<number> = new Set();

/**
 * The years of a calendar whose civil-service schedule is provisional (not announced, or outside
 * the library's data): those of a calendar built by {@link civilServiceCalendar} (or extended from
 * one), none for any other calendar.
 */
export function provisionalYears(calendar: WorkingCalendar): ReadonlySet<number> {
  const tag = calendarTag(calendar) as CivilServiceTag | undefined;
  return tag?.provisionalYears ?? NO_YEARS;
}

/**
 * The statutory days of `year` that fall on a weekend (closed even with Saturday desk hours).
 * Compensatory days always fall on Monday–Friday, so the weekend days are the statutory ones.
 */
function weekendStatutory(year: number): Array<{ date: string; name: string }> {
  return holidaysOf(year, DEFAULT_TABLES)
    .filter((d) => weekdayOf(d.day) >= 5)
    .map((d) => ({ date: d.holiday.date, name: d.holiday.name.vi }));
}

function yearRules(schedule: Readonly<OfficialSchedule>): YearRules {
  const work = schedule.workdays.map((w) => ({ date: w.date, name: w.name.vi }));
  const taken = new Set([...work.map((w) => w.date), ...schedule.daysOff.map((h) => h.date)]);
  const off = [...schedule.daysOff.map((h) => ({ date: h.date, name: h.name.vi }))];
  for (const d of weekendStatutory(schedule.year)) {
    if (!taken.has(d.date)) off.push(d);
    taken.add(d.date);
  }
  return { off, work };
}

const builtin = new Map<number, YearRules>();
function builtinRules(year: number): YearRules {
  const rules = builtin.get(year) ?? yearRules(scheduleOf(year, DEFAULT_TABLES));
  builtin.set(year, rules);
  return rules;
}

/**
 * The working calendar of Vietnamese state bodies (cán bộ, công chức, viên chức): Monday–Friday
 * office hours, the days off of every year's official schedule — or its provisional one — from
 * 1900 through 2199, and the worked Saturdays (làm bù), which use the weekday `hours`, not the
 * Saturday desk hours. Statutory holidays that fall on a weekend close the Saturday desk too.
 *
 * Years not yet announced are provisional (see {@link officialSchedule}); pass a newly announced
 * year in `schedules` and it replaces that year's built-in schedule entirely (its weekend
 * statutory days still come from the statute). The calendar's range is 1900-01-01 – 2199-12-31:
 * a query that needs a day outside throws `OUT_OF_RANGE`.
 *
 * Calls with no options, or with equal options, return the same shared calendar. Creating one
 * is cheap: a year's schedule is derived and compiled the first time a query needs that year
 * (every year at the first query over a span of more than a few years), with the same answers.
 *
 * @param options - `hours`, `saturday`, `zone`, `schedules` (all optional).
 * @throws WorktimeError `INVALID_ARGUMENT` (unknown option, bad schedule shape, two schedules of one
 *   year), `INVALID_TIME` / `INVALID_TIME_RANGE` / `OVERLAPPING_RANGES` (hours), `INVALID_ZONE`,
 *   `INVALID_YEAR` / `OUT_OF_RANGE` / `INVALID_DATE` / `DUPLICATE_DATE` / `CONFLICTING_DAY_RULES`
 *   (schedules).
 *
 * @example
 * const cal = civilServiceCalendar();
 * cal.isWorkingDay('2026-02-16');                 //=> false (29 tháng Chạp, Tết Bính Ngọ)
 * cal.addWorkingDays('2026-02-13', 1);            //=> '2026-02-23' (after the 9-day Tết break)
 * cal.isWorkingDay('2025-04-26');                 //=> true  (thứ Bảy làm bù for Friday 2/5/2025)
 * cal.addWorkingTime('2025-04-29T16:00', { hours: 2 }).toISO();
 * //=> '2025-05-05T08:00:00.000+07:00'  (30/4, 1/5 off; 2/5 swapped; 3–4/5 weekend)
 * civilServiceCalendar({ saturday: [['07:30', '11:30']] }).isWorkingDay('2026-03-07'); //=> true
 */
export function civilServiceCalendar(options?: CivilServiceCalendarOptions): WorkingCalendar {
  if (options === undefined && defaultCalendar !== undefined) return defaultCalendar;
  const opts = readCivilServiceOptions(options);
  const key = JSON.stringify(opts);
  // The default calendar is kept apart from the memo, so it is never evicted.
  defaultKey ??= JSON.stringify(readCivilServiceOptions(undefined));
  if (key === defaultKey) return (defaultCalendar ??= build(opts));
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const calendar = build(opts);
  memo.set(key, calendar);
  // Stryker disable next-line ConditionalExpression: cache
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return calendar;
}

let defaultCalendar: WorkingCalendar | undefined;
let defaultKey: string | undefined;

type Options = ReturnType<typeof readCivilServiceOptions>;

const RANGE = Object.freeze({ from: '1900-01-01', to: '2199-12-31' });

function weekOf(opts: Options): CalendarSpec['week'] {
  const week: CalendarSpec['week'] = { mon: opts.hours, tue: opts.hours, wed: opts.hours, thu: opts.hours, fri: opts.hours };
  if (opts.saturday !== undefined) week.sat = opts.saturday;
  return week;
}

/**
 * The calendar of `opts`: its years' rules are derived and compiled the first time a query needs
 * them (see `createFromYears`), which answers exactly as a calendar given every year's rules at
 * once; only the years whose schedule is provisional are found now, from the data alone.
 */
function build(opts: Options): WorkingCalendar {
  const supplied = new Map(opts.schedules.map((s) => [s.year, s] as const));
  const provisional = new Set<number>();
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
    if ((supplied.get(year)?.status ?? scheduleStatus(year, DEFAULT_TABLES)) === 'provisional') provisional.add(year);
  }
  const hours = parseRanges(opts.hours, 'hours');
  // Worked days without hours are refused by the spec's validation, with the path of the first:
  // a calendar compiled at once gives that error as it always has.
  const calendar = hours.length === 0 ? buildAtOnce(opts, supplied) : buildByYear(opts, supplied, hours);
  tagCalendar(calendar, { provisionalYears: provisional } satisfies CivilServiceTag);
  return calendar;
}

function buildByYear(opts: Options, supplied: ReadonlyMap<number, OfficialSchedule>, hours: readonly number[]): WorkingCalendar {
  const normalized = (rules: YearRules): NormalizedRule[] => {
    const out: NormalizedRule[] = [];
    for (const d of rules.off) out.push({ kind: 'holiday', day: dayOf(d.date), name: d.name, ranges: undefined });
    for (const d of rules.work) out.push({ kind: 'workday', day: dayOf(d.date), name: d.name, ranges: hours });
    return out;
  };
  // The schedules given are read now, so that whatever they hold shows at creation, as it does
  // in a calendar compiled at once; the built-in years are derived when first needed.
  const given = new Map([...supplied].map(([year, s]) => [year, normalized(yearRules(s))] as const));
  const rulesOf = (year: number): NormalizedRule[] => given.get(year) ?? normalized(builtinRules(year));
  return createFromYears({ zone: opts.zone, week: weekOf(opts), range: RANGE }, { firstYear: MIN_YEAR, lastYear: MAX_YEAR, rulesOf });
}

function dayOf(date: string): number {
  const day = parseDay(date);
  // Stryker disable next-line ConditionalExpression,StringLiteral: invariant
  assert(day !== undefined, 'a schedule has valid dates');
  return day;
}

function buildAtOnce(opts: Options, supplied: ReadonlyMap<number, OfficialSchedule>): WorkingCalendar {
  const holidays: DayRule[] = [];
  const workdays: DayRule[] = [];
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
    const schedule = supplied.get(year);
    const rules = schedule === undefined ? builtinRules(year) : yearRules(schedule);
    for (const d of rules.off) holidays.push({ date: d.date, name: d.name });
    for (const d of rules.work) workdays.push({ date: d.date, name: d.name, hours: opts.hours });
  }
  return WorkingCalendar.create({ zone: opts.zone, week: weekOf(opts), holidays, workdays, range: RANGE });
}
