/**
 * `toICS(...)`: a list of holidays or an official schedule as an iCalendar (RFC 5545) file, for
 * Outlook, Google Calendar or any calendar client.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { invalidArgument, invalidAt } from '../validation/check.js';
import { formatDay, parseDay } from '../time/civil.js';
import type { Holiday, OfficialSchedule, ScheduleWorkday } from './types.js';
import { checkDate } from './validateSchedule.js';

/** Options of {@link toICS}. */
export interface ICSOptions {
  /** Language of SUMMARY (the other language goes to DESCRIPTION). Default `'vi'`. */
  lang?: 'vi' | 'en';
  /** For a schedule: also export the worked Saturdays (làm bù) as events. Default `true`. */
  workdays?: boolean;
  /** Calendar name (X-WR-CALNAME). Default `'Lịch nghỉ lễ, Tết (vn-worktime)'` or its English. */
  name?: string;
  /**
   * Mark every event as tentative (`STATUS:TENTATIVE`, "(tạm tính)" in SUMMARY): the days come
   * from a provisional schedule. Default: the schedule's `status === 'provisional'`; `false` for a
   * list of holidays (pass `true` for `publicHolidays(y)` of a provisional year).
   */
  provisional?: boolean;
}

const CRLF = '\r\n';
const TENTATIVE_NOTE = 'Lịch tạm tính, không phải lịch chính thức / Provisional, not an official schedule';
const PRODID = '-//vn-worktime//Vietnam holidays//VI';
const KIND_LABEL = {
  statutory: { vi: 'Ngày nghỉ lễ, Tết', en: 'Public holiday' },
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
  swap: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
  workday: { vi: 'Ngày làm bù', en: 'Working day (make-up)' },
} as const;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): continuation lines start with one
 * space, which counts toward their 75; a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

interface EventInput {
  date: string;
  kind: Holiday['kind'] | 'workday';
  summary: string;
  description: string;
}

function isSchedule(input: unknown): input is OfficialSchedule {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && 'daysOff' in input;
}

function invalid(value: unknown): WorktimeError {
  return invalidAt(`Expected a Holiday[] (publicHolidays) or a schedule (officialSchedule), got ${describe(value)}`, 'input', value);
}

function kindOf(h: unknown, path: string): Holiday['kind'] {
  if (typeof h !== 'object' || h === null) {
    throw invalidArgument(path, 'a holiday { date, name, kind }', h);
  }
  const kind = (h as Record<string, unknown>).kind;
  if (kind !== 'statutory' && kind !== 'compensatory' && kind !== 'swap') {
    throw invalidArgument(`${path}.kind`, "'statutory', 'compensatory' or 'swap'", kind);
  }
  return kind;
}

function eventOf(item: Holiday | ScheduleWorkday, kind: EventInput['kind'], lang: 'vi' | 'en', path: string): EventInput {
  const date = checkDate(item.date, `${path}.date`);
  const name = item.name as unknown;
  if (typeof name !== 'object' || name === null || typeof (name as Record<string, unknown>).vi !== 'string' || typeof (name as Record<string, unknown>).en !== 'string') {
    throw invalidArgument(`${path}.name`, '{ vi: string, en: string }', name);
  }
  const other = lang === 'vi' ? 'en' : 'vi';
  const lines = [`${KIND_LABEL[kind][lang]} / ${KIND_LABEL[kind][other]}`, item.name[other]];
  if (item.source !== undefined) lines.push(`${lang === 'vi' ? 'Căn cứ' : 'Source'}: ${item.source}`);
  return { date, kind, summary: item.name[lang], description: lines.join('\n') };
}

/**
 * An RFC 5545 calendar (VCALENDAR text, CRLF line endings) with one all-day VEVENT per day: the
 * days of a `publicHolidays(year)` list, or the days off — and, unless `workdays: false`, the
 * worked Saturdays — of an `officialSchedule(year)`.
 *
 * - `DTSTART;VALUE=DATE` is the day, `DTEND;VALUE=DATE` the next day; events are transparent.
 * - `UID` is stable: `YYYYMMDD-<kind>@vn-worktime` (`kind`: statutory, compensatory, swap, workday;
 *   `-2`, `-3` … are appended if one list holds a date and kind twice).
 * - `DTSTAMP` is deterministic, not the clock: 00:00:00 UTC on 1 January of the event's year, so
 *   the same input always gives the same file.
 * - `SUMMARY` is the Vietnamese name (or English with `lang: 'en'`); `DESCRIPTION` gives the kind,
 *   the other language and the legal source. Text is escaped and lines folded at 75 octets.
 *
 * @param input - A `Holiday[]` or an `OfficialSchedule`.
 * @param options - `lang`, `workdays`, `name`.
 * @throws WorktimeError `INVALID_ARGUMENT` (not a list or schedule, a name without vi/en),
 *   `INVALID_DATE`.
 *
 * @example
 * const ics = toICS(officialSchedule(2026));
 * ics.split('\r\n').slice(0, 3);  //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vn-worktime//Vietnam holidays//VI']
 * // …
 * // BEGIN:VEVENT
 * // UID:20260217-statutory@vn-worktime
 * // DTSTAMP:20260101T000000Z
 * // DTSTART;VALUE=DATE:20260217
 * // DTEND;VALUE=DATE:20260218
 * // SUMMARY:Tết Nguyên Đán (mùng 1 tháng Giêng)
 * // …
 * // SUMMARY:Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)
 */
export function toICS(input: readonly Holiday[] | OfficialSchedule, options: ICSOptions = {}): string {
  if (typeof options !== 'object' || options === null) throw new WorktimeError('INVALID_ARGUMENT', `Expected \`options\` to be an object, got ${describe(options)}`, { options }, 'options');
  const lang = options.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new WorktimeError('INVALID_ARGUMENT', `Expected \`options.lang\` to be 'vi' or 'en', got ${describe(lang)}`, { lang }, 'options.lang');
  const events: EventInput[] = [];
  if (Array.isArray(input)) {
    (input as unknown[]).forEach((h, i) => events.push(eventOf(h as Holiday, kindOf(h, `input[${i}]`), lang, `input[${i}]`)));
  } else if (isSchedule(input) && Array.isArray(input.daysOff)) {
    input.daysOff.forEach((h, i) => events.push(eventOf(h, kindOf(h, `daysOff[${i}]`), lang, `daysOff[${i}]`)));
    if (options.workdays !== false && Array.isArray(input.workdays)) {
      input.workdays.forEach((w, i) => {
        if (typeof w !== 'object' || w === null) throw invalid(input);
        events.push(eventOf(w, 'workday', lang, `workdays[${i}]`));
      });
    }
  } else {
    throw invalid(input);
  }
  events.sort((a, b) => {
    if (a.date < b.date) return -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: sort-tie
    return a.date > b.date ? 1 : 0;
  });

  const tentative = options.provisional ?? (!Array.isArray(input) && (input as OfficialSchedule).status === 'provisional');
  if (typeof tentative !== 'boolean') throw new WorktimeError('INVALID_ARGUMENT', `Expected \`options.provisional\` to be true or false, got ${describe(tentative)}`, { provisional: tentative }, 'options.provisional');
  const mark = tentative ? (lang === 'vi' ? ' (tạm tính)' : ' (provisional)') : '';
  const calName = (options.name ?? (lang === 'vi' ? 'Lịch nghỉ lễ, Tết (vn-worktime)' : 'Vietnam holidays (vn-worktime)')) + mark;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calName)}`];
  const uids = new Map<string, number>();
  for (const e of events) {
    const base = `${compact(e.date)}-${e.kind}`;
    const n = (uids.get(base) ?? 0) + 1;
    uids.set(base, n);
    const next = formatDay((parseDay(e.date) ?? 0) + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${base}${n > 1 ? `-${n}` : ''}@vn-worktime`,
      `DTSTAMP:${e.date.slice(0, 4)}0101T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${escapeText(e.summary + mark)}`,
      `DESCRIPTION:${escapeText(tentative ? `${e.description}\n${TENTATIVE_NOTE}` : e.description)}`,
      `CATEGORIES:${e.kind.toUpperCase()}`,
      ...(tentative ? ['STATUS:TENTATIVE'] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
