/**
 * A slow, independent reference for calendar queries: it builds each day's working periods
 * with luxon's own zone arithmetic (not vn-worktime's compiled zones or prefix sums) and walks
 * them one by one.
 */
import { DateTime } from 'luxon';
import type { CalendarSpec, DayRule, TimeRange, Weekday } from '../../../src/calendar/index.js';

const KEYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function rulesOf(list: Array<string | DayRule> | undefined): Map<string, DayRule> {
  const map = new Map<string, DayRule>();
  for (const item of list ?? []) {
    const rule = typeof item === 'string' ? { date: item } : item;
    map.set(rule.date, rule);
  }
  return map;
}

/**
 * The earliest instant whose wall-clock time (to the millisecond) is `dt`'s: the earlier one of a
 * repeated hour, as the library resolves it. luxon's own pick for a repeated time is the instant
 * whose offset is the offset of today, so it changes with the season the tests run in.
 */
export function earliestSameWall(dt: DateTime): number {
  let best = dt.toMillis();
  for (const back of [15, 30, 45, 60, 90, 120, 180]) {
    const earlier = DateTime.fromMillis(dt.toMillis() - back * 60_000, { zone: dt.zone });
    if (earlier.hour === dt.hour && earlier.minute === dt.minute && earlier.second === dt.second && earlier.millisecond === dt.millisecond && earlier.day === dt.day) {
      best = Math.min(best, earlier.toMillis());
    }
  }
  return best;
}

/**
 * Resolves a range boundary like the library documents: a repeated time takes the earlier
 * instant; a time in a gap is the first instant whose wall-clock time is not before it (the
 * transition), so a range keeps exactly the instants whose wall-clock time it covers.
 */
export function wallToEpoch(date: DateTime, time: string, zone: string): number {
  let day = date;
  let [h, m, s] = time.split(':').map(Number) as [number, number, number?];
  if (h === 24) {
    day = date.plus({ days: 1 });
    h = 0;
    m = 0;
  }
  const dt = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: h, minute: m, second: s ?? 0 }, { zone });
  let best = earliestSameWall(dt);
  const wanted = { year: dt.year, month: dt.month, day: dt.day, hour: h, minute: m, second: s ?? 0 };
  const wall = (x: DateTime): string => x.toFormat('yyyyMMddHHmmss');
  const wantedText = DateTime.fromObject(wanted, { zone: 'UTC' }).toFormat('yyyyMMddHHmmss');
  if (wall(DateTime.fromMillis(best, { zone })) !== wantedText) {
    // In a gap: step back while the wall clock stays at or after the wanted time.
    while (wall(DateTime.fromMillis(best - 60_000, { zone })) >= wantedText) best -= 60_000;
  }
  return best;
}

/** Working periods (epoch ms pairs, touching ones merged) of the days from `first` to `last` ('YYYY-MM-DD'). */
export function oraclePeriods(spec: CalendarSpec, first: string, last: string): Array<[number, number]> {
  const zone = spec.zone ?? 'Asia/Ho_Chi_Minh';
  const holidays = rulesOf(spec.holidays);
  const workdays = rulesOf(spec.workdays);
  const monday = spec.week.mon ?? KEYS.map((k) => spec.week[k]).find((r) => r && r.length > 0) ?? [];
  const out: Array<[number, number]> = [];
  let date = DateTime.fromISO(first, { zone: 'UTC' });
  const end = DateTime.fromISO(last, { zone: 'UTC' });
  while (date <= end) {
    const iso = date.toISODate() as string;
    // A dated rule wins over a yearly ('--MM-DD') one.
    const dated = holidays.has(iso) || workdays.has(iso);
    const yearly = `--${iso.slice(5)}`;
    const h = dated ? holidays.get(iso) : holidays.get(yearly);
    const w = dated ? workdays.get(iso) : workdays.get(yearly);
    let ranges: TimeRange[];
    if (h) ranges = h.hours ?? [];
    else if (w) ranges = w.hours ?? monday;
    else ranges = spec.week[KEYS[date.weekday - 1] as Weekday] ?? [];
    for (const [a, b] of [...ranges].sort((x, y) => x[0].localeCompare(y[0]))) {
      const s = wallToEpoch(date, a, zone);
      const e = wallToEpoch(date, b, zone);
      if (e <= s) continue;
      const lastPeriod = out[out.length - 1];
      if (lastPeriod && lastPeriod[1] >= s) lastPeriod[1] = Math.max(lastPeriod[1], e);
      else out.push([s, e]);
    }
    date = date.plus({ days: 1 });
  }
  return out;
}

/** Working ms in [a, b] by walking periods. */
export function oracleBetween(periods: Array<[number, number]>, a: number, b: number): number {
  let total = 0;
  for (const [s, e] of periods) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  return total;
}

/** Earliest s >= t with `ms` of working time in [t, s], or undefined if the periods run out. */
export function oracleAdd(periods: Array<[number, number]>, t: number, ms: number): number | undefined {
  if (ms === 0) return t;
  let left = ms;
  for (const [s, e] of periods) {
    if (e <= t) continue;
    const from = Math.max(s, t);
    if (e - from >= left) return from + left;
    left -= e - from;
  }
  return undefined;
}

/** The period of `periods` (touching ones already merged) that contains `t`, or undefined. */
export function oraclePeriodAt(periods: Array<[number, number]>, t: number): [number, number] | undefined {
  return periods.find(([s, e]) => t >= s && t < e);
}

/** What the spec says of a day: its rule (dated first, then yearly), its kind, name and hours. */
export function oracleDayInfo(spec: CalendarSpec, iso: string): { kind: string; name?: string; hours: TimeRange[] } {
  const holidays = rulesOf(spec.holidays);
  const workdays = rulesOf(spec.workdays);
  const dated = holidays.has(iso) || workdays.has(iso);
  const key = dated ? iso : `--${iso.slice(5)}`;
  const h = holidays.get(key);
  const w = workdays.get(key);
  const weekday = KEYS[(DateTime.fromISO(iso, { zone: 'UTC' }).weekday - 1) as number] as Weekday;
  const monday = spec.week.mon ?? KEYS.map((k) => spec.week[k]).find((r) => r && r.length > 0) ?? [];
  const sorted = (r: TimeRange[]): TimeRange[] => [...r].sort((a, b) => a[0].localeCompare(b[0]));
  if (h) return { kind: 'holiday', ...(h.name === undefined ? {} : { name: h.name }), hours: sorted(h.hours ?? []) };
  if (w) return { kind: 'extra-workday', ...(w.name === undefined ? {} : { name: w.name }), hours: sorted(w.hours ?? monday) };
  const hours = spec.week[weekday] ?? [];
  return { kind: hours.length > 0 ? 'workday' : 'weekend', hours: sorted(hours) };
}
