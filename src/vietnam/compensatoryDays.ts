/**
 * Compensatory days (nghỉ bù): a statutory day on a weekly rest day — Saturday or Sunday for civil
 * servants (QĐ 188/1999/QĐ-TTg) — gives a day off on the next working day (Bộ luật Lao động 2019,
 * Điều 111.3; 2012, Điều 115.3; 1994, Điều 73).
 *
 * @module
 */
import { formatDay, weekdayOf } from '../time/civil.js';
import { compensatoryName } from './names.js';
import { inPeriod } from './tables.js';
import type { HolidayTables } from './tables.js';
import type { DatedHoliday } from './statutoryDays.js';
import type { Holiday } from './types.js';

const SATURDAY = 5;

/**
 * The compensatory days of the given statutory days (sorted, possibly spanning several years).
 * Weekend statutory days are taken in date order; each gets the first Monday–Friday after it that
 * is neither a statutory day nor already given. Two holidays on one weekend day give one day.
 */
export function compensatoryDays(days: readonly DatedHoliday[], tables: HolidayTables): DatedHoliday[] {
  const statutory = new Set(days.map((d) => d.day));
  const taken = new Set<number>();
  const compensated = new Set<number>();
  const out: DatedHoliday[] = [];
  for (const d of days) {
    if (weekdayOf(d.day) < SATURDAY || compensated.has(d.day)) continue;
    const rule = tables.compensation.find((r) => inPeriod(d.holiday.date, r));
    if (!rule) continue;
    compensated.add(d.day);
    let next = d.day + 1;
    while (weekdayOf(next) >= SATURDAY || statutory.has(next) || taken.has(next)) next++;
    taken.add(next);
    const holiday: Holiday = {
      date: formatDay(next),
      name: compensatoryName(d.base, d.holiday.date),
      kind: 'compensatory',
      source: `${rule.source} (${d.holiday.date})`,
    };
    // A compensatory day is as uncertain as the holiday it compensates.
    if (d.holiday.uncertain) holiday.uncertain = d.holiday.uncertain;
    out.push({ day: next, base: d.base, holiday });
  }
  return out;
}
