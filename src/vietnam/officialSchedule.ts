/**
 * `officialSchedule(year)`: the civil-service schedule of a year — official when announced,
 * provisional otherwise — as Monday–Friday days off and worked weekend days.
 *
 * @module
 */
import { civilFromDays, parseDay, weekdayOf } from '../time/civil.js';
import { swapOffName, workdayName } from './names.js';
import { copyHoliday, holidaysOf } from './publicHolidays.js';
import { DEFAULT_TABLES } from './tables.js';
import type { HolidayTables } from './tables.js';
import type { Holiday, OfficialSchedule, ScheduleWorkday } from './types.js';
import { checkYear } from './year.js';
import { SCHEDULE, memoYear } from './yearCache.js';

/** The `sources` line that marks a derived year not announced yet (after the last announced year). */
export const PROVISIONAL_SOURCE =
  'vn-worktime: lịch tạm tính (provisional) — chưa có thông báo chính thức; ngày nghỉ suy ra từ luật và quy luật các năm 2018–2026';

/** The `sources` line that marks a derived year of the past whose announcement is not in the library's data. */
export const NOT_IN_DATA_SOURCE =
  'vn-worktime: lịch tạm tính (provisional) — năm không có trong dữ liệu lịch chính thức của vn-worktime; ngày nghỉ suy ra từ luật, không có ngày hoán đổi (no official schedule in the data for this year)';

/** The `sources` line of a year with a day off that rests on an uncertain lunar month start. */
export const LUNAR_UNCERTAIN_SOURCE =
  'vn-worktime: ngày âm lịch chưa chắc chắn — điểm Sóc cách nửa đêm (UTC+7) ít hơn sai số dự báo ΔT; ngày nghỉ có `uncertain` có thể sớm hoặc muộn một ngày (a lunar month start within the uncertainty of ΔT)';

/**
 * Why a year without a decision is provisional: `'not-announced'` after the last announced year
 * (its schedule is expected), `'not-in-data'` for an earlier year (announced long ago, or never,
 * but not encoded in the library).
 */
export function provisionalReason(year: number, tables: HolidayTables = DEFAULT_TABLES): 'not-announced' | 'not-in-data' {
  let last = Number.NEGATIVE_INFINITY;
  for (const y of tables.decisions.keys()) last = Math.max(last, y);
  return year > last ? 'not-announced' : 'not-in-data';
}

/** Whether the schedule of `year` is official (a decision of that year is in `tables`) or provisional, without deriving it. */
export function scheduleStatus(year: number, tables: HolidayTables): OfficialSchedule['status'] {
  return tables.decisions.has(year) ? 'official' : 'provisional';
}

function dayOf(date: string): number {
  return parseDay(date) ?? Number.NaN;
}

function yearOf(date: string): number {
  return civilFromDays(dayOf(date)).year;
}

function isWeekday(date: string): boolean {
  return weekdayOf(dayOf(date)) < 5;
}

function byDate(a: { date: string }, b: { date: string }): number {
  return dayOf(a.date) - dayOf(b.date);
}

/**
 * Sorts by date and merges entries of one date into the first, joining names and sources. The
 * sort is stable and the days come statutory and compensatory first (from `holidaysOf`), swaps
 * after, so the first entry of a date is the one of the strongest kind.
 */
function mergeByDate(days: Holiday[]): Holiday[] {
  days.sort(byDate);
  const out: Holiday[] = [];
  for (const h of days) {
    const last = out[out.length - 1];
    if (last?.date !== h.date) {
      out.push(h);
      continue;
    }
    last.name = { vi: `${last.name.vi}; ${h.name.vi}`, en: `${last.name.en}; ${h.name.en}` };
    last.source = [last.source, h.source].join('; '); // every day off built here has a source
    if (h.uncertain && !last.uncertain) last.uncertain = h.uncertain;
  }
  return out;
}

/** The schedule of `year` under `tables`, memoized and frozen; callers copy it. */
export function scheduleOf(year: number, tables: HolidayTables): Readonly<OfficialSchedule> {
  return memoYear(tables, SCHEDULE, year, () => {
    const decision = tables.decisions.get(year);
    const daysOff: Holiday[] = holidaysOf(year, tables)
      .filter((d) => weekdayOf(d.day) < 5)
      .map((d) => copyHoliday(d.holiday));
    const workdays: ScheduleWorkday[] = [];
    const sources: string[] = decision
      ? [...decision.sources]
      : [
          ...tables.laws.filter((l) => l.from <= `${year}-12-31` && (l.to === undefined || l.to >= `${year}-01-01`)).map((l) => l.citation),
          provisionalReason(year, tables) === 'not-announced' ? PROVISIONAL_SOURCE : NOT_IN_DATA_SOURCE,
        ];
    for (let y = year - 1; y <= year + 1; y++) {
      for (const swap of tables.decisions.get(y)?.swaps ?? []) {
        const touches = yearOf(swap.off) === year || yearOf(swap.work) === year;
        if (yearOf(swap.off) === year && isWeekday(swap.off)) {
          daysOff.push({ date: swap.off, name: swapOffName(swap.occasion, swap.work), kind: 'swap', source: swap.source });
        }
        if (yearOf(swap.work) === year) workdays.push({ date: swap.work, name: workdayName(swap.occasion, swap.off), source: swap.source });
        if (touches && !sources.some((s) => s.startsWith(swap.source))) sources.push(swap.source);
      }
    }
    workdays.sort(byDate);
    if (daysOff.some((d) => d.uncertain)) sources.push(LUNAR_UNCERTAIN_SOURCE);
    const schedule: OfficialSchedule = {
      year,
      status: scheduleStatus(year, tables),
      daysOff: mergeByDate(daysOff),
      workdays,
      sources,
    };
    return Object.freeze(schedule);
  });
}

/** A deep copy a caller may change. */
export function copySchedule(s: Readonly<OfficialSchedule>): OfficialSchedule {
  return {
    year: s.year,
    status: s.status,
    daysOff: s.daysOff.map(copyHoliday),
    workdays: s.workdays.map((w) => ({ ...w, name: { ...w.name } })),
    sources: [...s.sources],
  };
}

/**
 * The civil-service schedule of a year: every Monday–Friday day off for a holiday reason
 * (statutory, compensatory, swapped) and every weekend day worked (làm bù), for state bodies with
 * a Saturday–Sunday weekend (cán bộ, công chức, viên chức).
 *
 * Announced years (2010–2026) are `'official'`, encoded from the documents in `sources`
 * (e.g. `'Thông báo 9441/TB-BNV (16/10/2025)'`). Every other year is `'provisional'`: derived from
 * the statute and the pattern of past decisions (see {@link publicHolidays}); swaps are never
 * predicted. When a year is announced, pass its schedule to `civilServiceCalendar({ schedules })`
 * (or build it with {@link scheduleFromDecision}) until the library's data is updated.
 *
 * @param year - A Gregorian year, an integer from 1900 to 2199.
 * @returns A new object; `daysOff` and `workdays` sorted by date, each with its `source`.
 * @throws WorktimeError `INVALID_YEAR` for a non-integer; `OUT_OF_RANGE` outside 1900–2199.
 *
 * @example
 * const s = officialSchedule(2026);
 * s.status;                          //=> 'official'
 * s.daysOff.map((h) => h.date);
 * //=> ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
 * //    '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
 * //    '2026-11-24']
 * s.workdays.map((w) => w.date);     //=> ['2026-01-10', '2026-08-22']  (thứ Bảy làm bù)
 * s.daysOff[1];
 * //=> { date: '2026-01-02', kind: 'swap', source: 'Công văn 12729/VPCP-KGVX',
 * //     name: { vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', en: … } }
 * officialSchedule(2027).status;     //=> 'provisional'
 */
export function officialSchedule(year: number): OfficialSchedule {
  checkYear(year);
  return copySchedule(scheduleOf(year, DEFAULT_TABLES));
}
