/**
 * The Vietnamese lunar calendar (âm lịch): Gregorian ↔ lunar conversion and the shape of each
 * lunar year, computed from the astronomy (Meeus) with the Vietnamese rules at UTC+7.
 *
 * @example
 * import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar';
 * lunarYear(2026).tet;                                        //=> '2026-02-17'
 * fromLunar({ year: 2026, month: 3, day: 10, leap: false });  //=> '2026-04-26'
 * toLunar('2026-04-26');                                      //=> { year: 2026, month: 3, day: 10, leap: false }
 *
 * @module
 */
export type { LunarDate } from './lunarDate.js';
export type { LunarYearInfo } from './lunarYear.js';
export { toLunar } from './toLunar.js';
export { fromLunar } from './fromLunar.js';
export { lunarYear } from './lunarYear.js';
export type { DateInput } from '../time/date.js';
