/**
 * The value type of the lunar calendar.
 *
 * @module
 */

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * - `year`: the lunar year, numbered like the Gregorian year in which its Tết (1/1) falls;
 *   it runs from that Tết to the day before the next one, so 5 January 2026 is in lunar 2025.
 * - `month`: 1–12; a leap month repeats the number of the month before it.
 * - `day`: 1–29 or 1–30.
 * - `leap`: whether the month is the leap month (tháng nhuận) of the year.
 *
 * @example
 * const gioTo: LunarDate = { year: 2026, month: 3, day: 10, leap: false }; // Giỗ Tổ Hùng Vương
 */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/**
 * A month start that the calendar cannot know today: its new moon lies within the uncertainty of
 * ΔT (TT − UT, the drift of the Earth's rotation, which can only be extrapolated after 2026) of a
 * midnight at UTC+7, so the month may start a day earlier or later than the table says. Only
 * years after 2076 have such months (2077, 2085, 2124, 2130, 2150, 2159, 2175, 2199).
 *
 * @example
 * lunarYear(2175).uncertain?.[0];
 * //=> { index: 0, monthStart: '2175-01-23', alternative: '2175-01-22',
 * //     newMoon: '2175-01-23T00:02:13+07:00', secondsFromMidnight: 133, deltaTUncertainty: 157 }
 */
export interface UncertainMonthStart {
  /** The month's index in `lunarYear(year).monthStarts`; `monthStarts.length` for the next year's Tết (the end of the last month). */
  index: number;
  /** The start the library uses (`'YYYY-MM-DD'`), from the central ΔT. */
  monthStart: string;
  /** The other possible start, a day before or after. */
  alternative: string;
  /** The new moon at UTC+7 (`'YYYY-MM-DDTHH:MM:SS+07:00'`) under the central ΔT. */
  newMoon: string;
  /** How far the new moon is from the nearest midnight at UTC+7, in seconds (negative: before it). */
  secondsFromMidnight: number;
  /** The uncertainty of ΔT that year, in seconds: more than `|secondsFromMidnight|`. */
  deltaTUncertainty: number;
}

/**
 * What `toLunar` returns: a {@link LunarDate}, with `uncertain` when the day's lunar date depends
 * on a month start that ΔT could move (its own month's start, or the next one's when the day
 * could become its first day).
 */
export interface LunarDateInfo extends LunarDate {
  /** Present only for a day whose lunar date is not certain (years after 2076). */
  uncertain?: UncertainMonthStart;
}
