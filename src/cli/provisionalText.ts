/**
 * The warning a clerk sees when an answer rests on a guess: the years whose civil-service
 * schedule is provisional and the provisional days off the answer crossed, by name.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { CompiledZone } from '../time/zone.js';
import { provisionalNote, provisionalYearsBetween } from '../tthc/provisional.js';
import { provisionalYears } from '../vietnam/civilServiceCalendar.js';
import type { Style } from './color.js';
import { dayText, pick } from './text.js';
import type { Lang } from './text.js';

/** Days scanned for names at most (an answer spanning longer names the first ones). */
const MAX_DAYS = 400;
const MAX_NAMED = 3;

/**
 * The warning lines for the span `[from, to]` on `calendar`, or none when no day of it lies in a
 * provisional year.
 */
export function provisionalLines(calendar: WorkingCalendar, from: DateTime, to: DateTime, lang: Lang, style: Style): string[] {
  const years = provisionalYearsBetween(calendar, CompiledZone.get(calendar.zone), from.toMillis(), to.toMillis());
  if (years.length === 0) return [];
  const guessed = provisionalYears(calendar);
  const [a, b] = from <= to ? [from, to] : [to, from];
  const named: string[] = [];
  let day = a.startOf('day');
  for (let i = 0; i < MAX_DAYS && day <= b && named.length < MAX_NAMED; i++, day = day.plus({ days: 1 })) {
    if (!guessed.has(day.year)) continue;
    const date = day.toISODate() ?? '';
    const info = calendar.dayInfo(date);
    if (info.kind === 'holiday' || info.kind === 'extra-workday') named.push(`${dayText(date, lang)}${info.name === undefined ? '' : ` (${info.name})`}`);
  }
  const note = provisionalNote(years);
  const head = pick(
    lang,
    `Cảnh báo: kết quả dựa trên lịch nghỉ tạm tính (${note.vi}); có thể thay đổi theo lịch chính thức.`,
    `Warning: the result rests on a provisional schedule (${note.en}); it may change with the official schedule.`,
  );
  const lines = [style.yellow(head)];
  if (named.length > 0) lines.push(style.yellow(`  ${pick(lang, 'Ngày tạm tính đã dùng', 'Provisional days used')}: ${named.join('; ')}`));
  return lines;
}
