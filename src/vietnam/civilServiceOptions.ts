/**
 * The options of `civilServiceCalendar`: their defaults and their validation.
 *
 * @module
 */
import type { TimeRange } from '../calendar/index.js';
import { clip } from '../errors.js';
import { checkKeys, invalidArgument } from '../validation/check.js';
import { parseRanges } from '../time/timeOfDay.js';
import { deepFreeze } from './freeze.js';
import type { OfficialSchedule } from './types.js';
import { checkSchedule } from './validateSchedule.js';

/** Options of `civilServiceCalendar`. */
export interface CivilServiceCalendarOptions {
  /** Monday–Friday hours, also used on worked (làm bù) Saturdays. Default `[['07:00', '11:30'], ['13:30', '17:00']]`. */
  hours?: TimeRange[];
  /** Saturday desk hours (e.g. a one-stop desk open on Saturday morning). Default: closed. */
  saturday?: TimeRange[];
  /** IANA zone. Default `'Asia/Ho_Chi_Minh'`. */
  zone?: string;
  /** Schedules that replace the built-in schedule of their year entirely (e.g. a newly announced one). */
  schedules?: OfficialSchedule[];
}

/** The default office hours: 07:00–11:30 and 13:30–17:00 (8 hours). */
export const CIVIL_SERVICE_HOURS: readonly TimeRange[] = deepFreeze([
  ['07:00', '11:30'],
  ['13:30', '17:00'],
] as TimeRange[]);

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
const OPTION_KEYS = new Set(['hours', 'saturday', 'zone', 'schedules']);

/** Validated options with defaults applied; equal options give equal objects (the memo key). */
export function readCivilServiceOptions(options: unknown): { hours: TimeRange[]; saturday: TimeRange[] | undefined; zone: string; schedules: OfficialSchedule[] } {
  if (options === undefined) return { hours: CIVIL_SERVICE_HOURS as TimeRange[], saturday: undefined, zone: DEFAULT_ZONE, schedules: [] };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidArgument('options', 'an object { hours?, saturday?, zone?, schedules? }', options);
  }
  const o = options as Record<string, unknown>;
  checkKeys(o, OPTION_KEYS, (key) => invalidArgument('options', `an object with only hours, saturday, zone, schedules (unknown option '${clip(key)}')`, options));
  if (o.hours !== undefined) parseRanges(o.hours, 'hours');
  if (o.saturday !== undefined) parseRanges(o.saturday, 'saturday');
  if (o.zone !== undefined && typeof o.zone !== 'string') {
    throw invalidArgument('zone', "an IANA zone name such as 'Asia/Ho_Chi_Minh'", o.zone, 'INVALID_ZONE');
  }
  let schedules: OfficialSchedule[] = [];
  if (o.schedules !== undefined) {
    if (!Array.isArray(o.schedules)) throw invalidArgument('schedules', 'an array of schedules', o.schedules);
    schedules = o.schedules.map((s, i) => checkSchedule(s, `schedules[${i}]`));
    const years = new Set<number>();
    for (const s of schedules) {
      if (years.has(s.year)) throw invalidArgument('schedules', `one schedule per year (${s.year} is given twice)`, o.schedules);
      years.add(s.year);
    }
  }
  return {
    hours: (o.hours as TimeRange[] | undefined) ?? (CIVIL_SERVICE_HOURS as TimeRange[]),
    saturday: o.saturday as TimeRange[] | undefined,
    zone: (o.zone as string | undefined) ?? DEFAULT_ZONE,
    schedules,
  };
}
