/**
 * The days of one year as a printed calendar shows them: each day's kind for a civil servant
 * (working day, weekend, day off and why, worked weekend day), its name in both languages, whether
 * it rests on a provisional schedule, and its lunar date. Everything comes from the library's
 * public functions — `civilServiceCalendar().dayInfo` says what each day is, `officialSchedule`
 * and `publicHolidays` name it — so the page can never disagree with the other commands.
 *
 * @module
 */
import { yearCanChi } from '../../lunar/canChi.js';
import { toLunar } from '../../lunar/toLunar.js';
import { daysFromCivil, formatDay, weekdayOf } from '../../time/civil.js';
import { provisionalNote } from '../../tthc/provisional.js';
import { civilServiceCalendar } from '../../vietnam/civilServiceCalendar.js';
import { officialSchedule } from '../../vietnam/officialSchedule.js';
import { publicHolidays } from '../../vietnam/publicHolidays.js';
import type { LocalizedName, ScheduleStatus } from '../../vietnam/types.js';

/**
 * What a day is on the page:
 * - `workday`: an ordinary working day; `weekend`: a weekly rest day (Saturday, Sunday);
 * - `statutory`: a public holiday (also one that falls on a weekend);
 * - `compensatory`: nghỉ bù, a working day off for a holiday on a weekend;
 * - `swap`: nghỉ hoán đổi, a working day off in exchange for a worked weekend day;
 * - `worked`: làm bù, a weekend day worked in exchange.
 */
export type DayKind = 'workday' | 'weekend' | 'statutory' | 'compensatory' | 'swap' | 'worked';

/** One day of the page. */
export interface PageDay {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The day of the month, 1–31. */
  readonly day: number;
  /** 0 for Monday … 6 for Sunday (the columns of the page). */
  readonly weekday: number;
  readonly kind: DayKind;
  /** The name of a day off or worked day, as the library gives it. */
  readonly name?: LocalizedName;
  /** Whether the day rests on a guess: a day off or worked day of a provisional year, or one whose lunar month start is uncertain. */
  readonly provisional: boolean;
  /** The lunar date of the day. */
  readonly lunar: { readonly day: number; readonly month: number; readonly leap: boolean };
}

/** A year as the calendar page shows it. */
export interface YearPage {
  readonly year: number;
  /** The Can Chi name of the lunar year whose Tết falls in `year` (`Bính Ngọ` for 2026). */
  readonly canChi: string;
  readonly status: ScheduleStatus;
  /** Why the schedule is provisional (absent when it is official). */
  readonly provisionalNote?: LocalizedName;
  /** The documents the schedule rests on, as `officialSchedule` gives them. */
  readonly sources: readonly string[];
  /** Twelve months, each the list of its days. */
  readonly months: ReadonlyArray<readonly PageDay[]>;
}

const DAY_OFF_KIND = { statutory: 'statutory', compensatory: 'compensatory', swap: 'swap' } as const;

function daysInMonth(year: number, month: number): number {
  return (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - daysFromCivil(year, month, 1);
}

/**
 * The page of `year`.
 *
 * @throws WorktimeError `INVALID_YEAR` for a non-integer; `OUT_OF_RANGE` outside 1900–2199.
 * @example
 * yearPage(2026).months[1]?.[16];
 * //=> { date: '2026-02-17', weekday: 1, kind: 'statutory', name: { vi: 'Tết Nguyên Đán (mùng 1 tháng Giêng)', en: … },
 * //     provisional: false, lunar: { day: 1, month: 1, leap: false } }
 * yearPage(2026).months[0]?.[9]?.kind;   //=> 'worked' (thứ Bảy 10/01/2026, làm bù)
 * yearPage(2027).provisionalNote?.en;    //=> '2027 not announced yet'
 */
export function yearPage(year: number): YearPage {
  const schedule = officialSchedule(year); // validates the year
  const calendar = civilServiceCalendar();
  const provisional = schedule.status === 'provisional';
  // Monday–Friday days off and worked days from the schedule; holidays on a weekend from the statute.
  const named = new Map<string, { kind: DayKind; name: LocalizedName; uncertain: boolean }>();
  for (const h of publicHolidays(year)) named.set(h.date, { kind: DAY_OFF_KIND[h.kind], name: h.name, uncertain: h.uncertain !== undefined });
  for (const h of schedule.daysOff) named.set(h.date, { kind: DAY_OFF_KIND[h.kind], name: h.name, uncertain: h.uncertain !== undefined });
  for (const w of schedule.workdays) named.set(w.date, { kind: 'worked', name: w.name, uncertain: false });
  const months: PageDay[][] = [];
  for (let month = 1; month <= 12; month++) {
    const days: PageDay[] = [];
    const first = daysFromCivil(year, month, 1);
    for (let i = 0; i < daysInMonth(year, month); i++) {
      const date = formatDay(first + i);
      const info = calendar.dayInfo(date);
      const entry = info.kind === 'holiday' || info.kind === 'extra-workday' ? named.get(date) : undefined;
      const lunar = toLunar(date);
      days.push({
        date,
        day: i + 1,
        weekday: weekdayOf(first + i),
        kind: entry?.kind ?? (info.kind === 'workday' ? 'workday' : 'weekend'),
        ...(entry && { name: entry.name }),
        provisional: entry !== undefined && (provisional || entry.uncertain),
        lunar: { day: lunar.day, month: lunar.month, leap: lunar.leap },
      });
    }
    months.push(days);
  }
  return {
    year,
    canChi: yearCanChi(year),
    status: schedule.status,
    ...(provisional && { provisionalNote: provisionalNote([year]) }),
    sources: schedule.sources,
    months,
  };
}
