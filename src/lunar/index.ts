/**
 * The Vietnamese lunar calendar (âm lịch): Gregorian ↔ lunar conversion and the shape of each
 * lunar year, read from a table computed with the Swiss Ephemeris (JPL DE431) and the Vietnamese
 * rules at UTC+7. Month starts after 2076 whose new moon lies within the uncertainty of ΔT of
 * midnight are marked `uncertain`.
 *
 * @example
 * import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar';
 * lunarYear(2026).tet;                                        //=> '2026-02-17'
 * fromLunar({ year: 2026, month: 3, day: 10, leap: false });  //=> '2026-04-26'
 * toLunar('2026-04-26');                                      //=> { year: 2026, month: 3, day: 10, leap: false }
 *
 * @module
 */
export type { LunarDate, LunarDateInfo, UncertainMonthStart } from './lunarDate.js';
export type { LunarYearInfo } from './lunarYear.js';
export { toLunar } from './toLunar.js';
export { fromLunar } from './fromLunar.js';
export { lunarYear } from './lunarYear.js';
export type { DateInput } from '../time/date.js';
