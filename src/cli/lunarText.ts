/**
 * A lunar date as Vietnamese calendars print it: `1/1/2026 (Bính Ngọ)`, a leap month as
 * `1/4 nhuận/2020`, with the Can Chi names of the day, month and year.
 *
 * @module
 */
import type { LunarDate } from '../lunar/lunarDate.js';
import { dayCanChi, monthCanChi, yearAnimal, yearCanChi } from '../lunar/canChi.js';
import { pick } from './text.js';
import type { Lang } from './text.js';

/** The Can Chi names of a lunar date falling on the Gregorian day `date`; a leap month has none. */
export function canChiOf(lunar: LunarDate, date: string): { year: string; month: string | null; day: string } {
  return { year: yearCanChi(lunar.year), month: lunar.leap ? null : monthCanChi(lunar.year, lunar.month), day: dayCanChi(date) };
}

/** `1/1/2026 (Bính Ngọ)`, `1/4 nhuận/2020 (Canh Tý)`; in English `1/1/2026 (Bính Ngọ, Year of the Horse)`. */
export function lunarText(lunar: LunarDate, lang: Lang): string {
  const month = lunar.leap ? `${lunar.month} ${pick(lang, 'nhuận', 'leap')}` : String(lunar.month);
  const name = lang === 'vi' ? yearCanChi(lunar.year) : `${yearCanChi(lunar.year)}, ${yearAnimal(lunar.year)}`;
  return `${lunar.day}/${month}/${lunar.year} (${name})`;
}

/** `Ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ`. */
export function canChiText(lunar: LunarDate, date: string, lang: Lang): string {
  const c = canChiOf(lunar, date);
  const month = c.month ?? pick(lang, `${lunar.month} nhuận`, `leap ${lunar.month}`);
  return pick(lang, `Ngày ${c.day}, tháng ${month}, năm ${c.year}`, `Day ${c.day}, month ${month}, year ${c.year}`);
}
