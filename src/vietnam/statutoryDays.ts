/**
 * The statutory days of one Gregorian year, from the dated rule table: fixed solar and lunar
 * dates, Tết's block (fixed, decided, or provisional) and the decided adjacent day of 2 September.
 *
 * @module
 */
import { assert } from '../errors.js';
import { fromLunar } from '../lunar/fromLunar.js';
import { lunarYearData, uncertainAt } from '../lunar/lunarYears.js';
import { lunarDateOfDay } from '../lunar/toLunar.js';
import { daysFromCivil, formatDay, parseDay } from '../time/civil.js';
import { tetDayName } from './names.js';
import { PROVISIONAL_ADJACENT_RULE, PROVISIONAL_TET_RULE, adjacentDay, tetDaysBefore } from './provisionalRules.js';
import { inPeriod } from './tables.js';
import type { HolidayTables } from './tables.js';
import type { UncertainMonthStart } from '../lunar/lunarDate.js';
import type { Holiday, LocalizedName, StatutoryRule } from './types.js';

/** A holiday with its day number and the name of the holiday it belongs to. */
export interface DatedHoliday {
  readonly day: number;
  readonly holiday: Readonly<Holiday>;
  /** The holiday's plain name (`'Tết Nguyên Đán'`), for compensatory-day names. */
  readonly base: LocalizedName;
}

function dayOf(date: string): number {
  const day = parseDay(date);
  // Stryker disable next-line ConditionalExpression,StringLiteral: invariant
  assert(day !== undefined, `bad date in holiday data: ${date}`);
  return day;
}

function statutory(day: number, name: LocalizedName, base: LocalizedName, source: string, uncertain?: UncertainMonthStart): DatedHoliday {
  const holiday: Holiday = { date: formatDay(day), name, kind: 'statutory', source };
  if (uncertain) holiday.uncertain = uncertain;
  return { day, base, holiday };
}

function tetBlock(rule: StatutoryRule & { on: { type: 'tet' } }, year: number, tet: number, tables: HolidayTables): DatedHoliday[] {
  if (!inPeriod(formatDay(tet), rule)) return [];
  const decided = tables.decisions.get(year)?.tet;
  let days: number[];
  let source: string;
  if (rule.on.before !== undefined) {
    const first = tet - rule.on.before;
    days = Array.from({ length: rule.on.days }, (_, i) => first + i);
    source = rule.source;
  } else if (decided) {
    days = decided.days.map(dayOf);
    source = `${rule.source}; ${decided.source}`;
  } else {
    const first = tet - tetDaysBefore(tet, rule.on.days);
    days = Array.from({ length: rule.on.days }, (_, i) => first + i);
    source = `${rule.source}; ${PROVISIONAL_TET_RULE}`;
  }
  const lastDayOfYear = lunarDateOfDay(tet - 1).day;
  // Every day of the block moves with mùng 1 when its month start is not certain.
  const uncertain = uncertainAt(lunarYearData(year), 0);
  return days.map((d) => statutory(d, tetDayName(rule.name, d - tet, lastDayOfYear), rule.name, source, uncertain));
}

/**
 * The statutory days of `year` (weekend days included), sorted by date.
 *
 * For an announced year the decided days (Tết, the day next to 2/9) come from its decision; for
 * any other year from the provisional rules.
 */
export function statutoryDays(year: number, tables: HolidayTables): DatedHoliday[] {
  const out: DatedHoliday[] = [];
  const anchors = new Map<string, number>();
  const adjacent: Array<{ rule: StatutoryRule; of: string }> = [];
  let tet: number | undefined;
  for (const rule of tables.rules) {
    const on = rule.on;
    if (on.type === 'tet') {
      tet ??= lunarYearData(year).starts[0] as number;
      const block = tetBlock({ ...rule, on }, year, tet, tables);
      if (block.length > 0) anchors.set(rule.id, tet);
      out.push(...block);
      continue;
    }
    if (on.type === 'adjacent') {
      adjacent.push({ rule, of: on.of });
      continue;
    }
    const date = on.type === 'solar' ? formatDay(daysFromCivil(year, on.month, on.day)) : fromLunar({ year, month: on.month, day: on.day, leap: false });
    if (!inPeriod(date, rule)) continue;
    const day = dayOf(date);
    anchors.set(rule.id, day);
    out.push(statutory(day, rule.name, rule.name, rule.source, on.type === 'lunar' ? lunarDateOfDay(day).uncertain : undefined));
  }
  for (const { rule, of } of adjacent) {
    const anchor = anchors.get(of);
    if (anchor === undefined || !inPeriod(formatDay(anchor), rule)) continue;
    const decided = of === 'national' ? tables.decisions.get(year)?.nationalDay : undefined;
    out.push(
      decided
        ? statutory(dayOf(decided.date), rule.name, rule.name, `${rule.source}; ${decided.source}`)
        : statutory(adjacentDay(anchor), rule.name, rule.name, `${rule.source}; ${PROVISIONAL_ADJACENT_RULE}`),
    );
  }
  return out.sort((a, b) => a.day - b.day);
}
