/**
 * The public types of `vn-worktime/vietnam` and the shapes of its data tables (statutory rules,
 * official decisions). Data lives in `rules.ts` and `decisions.ts`; this file only says what a
 * row looks like.
 *
 * @module
 */

import type { UncertainMonthStart } from '../lunar/lunarDate.js';

/** A name in Vietnamese and English. */
export interface LocalizedName {
  /** Vietnamese, e.g. `'Giỗ Tổ Hùng Vương'`. */
  vi: string;
  /** English, e.g. `"Hùng Kings' Commemoration Day"`. */
  en: string;
}

/**
 * Why a day is off:
 * - `'statutory'`: a holiday of the Labour Code (Tết's days as decided or derived included);
 * - `'compensatory'`: nghỉ bù, a working day off because a statutory day fell on a weekly rest day;
 * - `'swap'`: hoán đổi, a working day made a day off in exchange for a worked weekend day.
 */
export type HolidayKind = 'statutory' | 'compensatory' | 'swap';

/** One day off. */
export interface Holiday {
  /** `'YYYY-MM-DD'`. */
  date: string;
  name: LocalizedName;
  kind: HolidayKind;
  /** What the day rests on: the article of the law and, for decided days, the document number. */
  source?: string;
  /**
   * Present only when the day rests on a lunar month start that the calendar cannot know today
   * (Tết 2175 and 2199, …): the new moon lies within the uncertainty of ΔT of midnight, so the
   * day may be a day earlier or later. See `UncertainMonthStart` in `vn-worktime/lunar`.
   */
  uncertain?: UncertainMonthStart;
}

/** A weekend day that civil servants work (làm bù), in exchange for a swapped weekday. */
export interface ScheduleWorkday {
  /** `'YYYY-MM-DD'`, normally a Saturday. */
  date: string;
  name: LocalizedName;
  source?: string;
}

/**
 * `'official'`: the year's schedule has been announced and is encoded from its documents;
 * `'provisional'`: derived from the statute and the pattern of past decisions, to be replaced
 * when the official schedule appears.
 */
export type ScheduleStatus = 'official' | 'provisional';

/** The civil-service schedule of one Gregorian year. */
export interface OfficialSchedule {
  year: number;
  status: ScheduleStatus;
  /** Every Monday–Friday day of `year` a civil servant does not work for a holiday reason, sorted. */
  daysOff: Holiday[];
  /** Weekend days of `year` that are worked (làm bù), sorted. */
  workdays: ScheduleWorkday[];
  /** The documents the schedule rests on, e.g. `'Thông báo 9441/TB-BNV'`. */
  sources: string[];
}

// ---------------------------------------------------------------------------------------------
// Data-table shapes
// ---------------------------------------------------------------------------------------------

/** When a statutory holiday falls. */
export type RuleDate =
  /** A Gregorian date every year. */
  | { type: 'solar'; month: number; day: number }
  /** A day of a regular (non-leap) lunar month, in the lunar year whose Tết falls in that Gregorian year. */
  | { type: 'lunar'; month: number; day: number }
  /**
   * Tết Nguyên Đán: `days` consecutive days around lunar 1/1 (mùng 1). With `before`, a fixed
   * split: that many days before mùng 1. Without it, the Prime Minister decides the days each
   * year (an official decision, or the provisional rule of `provisionalRules.ts`).
   */
  | { type: 'tet'; days: number; before?: number }
  /** One day next to the holiday of rule `of` (before or after), decided by the Prime Minister. */
  | { type: 'adjacent'; of: string };

/**
 * One row of the dated table of statutory holidays. A row applies to the occurrences that fall
 * in `[from, to]` (for Tết: mùng 1; for an adjacent day: the day it is adjacent to).
 */
export interface StatutoryRule {
  /** Stable identifier shared by the rows of one holiday across laws, e.g. `'tet'`. */
  id: string;
  name: LocalizedName;
  on: RuleDate;
  /** First date the row applies, `'YYYY-MM-DD'`, inclusive. */
  from: string;
  /** Last date the row applies, inclusive; open-ended when absent. */
  to?: string;
  /** The article the row rests on, and how sure we are of it. */
  source: string;
}

/**
 * One row of the dated table of compensatory-day rules: a statutory day in `[from, to]` that
 * falls on a weekly rest day (Saturday or Sunday for civil servants, QĐ 188/1999/QĐ-TTg) gives a
 * day off on the next working day.
 */
export interface CompensationRule {
  from: string;
  to?: string;
  source: string;
}

/** A weekday off swapped for a worked weekend day (hoán đổi / làm bù). */
export interface SwapDecision {
  /** The weekday made a day off. */
  off: string;
  /** The weekend day worked instead. */
  work: string;
  /** The holiday the swap bridges, e.g. `{ vi: 'Tết Dương lịch', en: "New Year's Day" }`. */
  occasion: LocalizedName;
  source: string;
}

/**
 * The decisions announced for one year: the data behind an official schedule. Everything not
 * listed follows from the statute (fixed-date holidays and compensatory days).
 */
export interface ScheduleDecision {
  year: number;
  /** Every document the year rests on (number, date, where it was read). */
  sources: string[];
  /** Tết's days as decided, weekend days included (5 days from May 2013). */
  tet?: { days: string[]; source: string };
  /** The decided day next to 2 September (from 2021). */
  nationalDay?: { date: string; source: string };
  /** Swapped days; a swap may reach into the neighbouring year (2019's swap of 2018-12-31). */
  swaps?: SwapDecision[];
  /** Anything a reader should know. */
  notes?: string;
}
