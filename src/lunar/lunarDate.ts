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
