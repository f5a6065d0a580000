// The Vietnamese lunar calendar (âm lịch, UTC+7): Tết of a few years, the Hùng Kings'
// Commemoration Day (10/3 âm lịch) of 2026, and a leap month.
import { fromLunar, lunarYear, toLunar } from 'vn-worktime/lunar';

for (const year of [2024, 2025, 2026, 2027]) {
  const { tet, leapMonth } = lunarYear(year);
  console.log(`Tết ${year}: ${tet}${leapMonth ? ` (leap month ${leapMonth})` : ''}`);
}

// Giỗ Tổ Hùng Vương is 10 of the regular 3rd lunar month.
console.log(`Giỗ Tổ Hùng Vương 2026: ${fromLunar({ year: 2026, month: 3, day: 10, leap: false })}`);

// 2020 repeated its 4th month: 23/05/2020 was the 1st day of the leap 4th month.
const l = toLunar('2020-05-23');
console.log(`2020-05-23 in the lunar calendar: ${l.day}/${l.month}${l.leap ? ' (nhuận)' : ''}/${l.year}`);

// The Vietnamese and Chinese calendars differ in some years: Tết 1985 fell a month apart.
console.log(`Tết 1985 in Vietnam: ${lunarYear(1985).tet}`);
