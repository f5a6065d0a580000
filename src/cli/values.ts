/**
 * Values typed on the command line, turned into the library's inputs: instants, dates, years
 * and numbers. The library validates them; this only adds the forms people type in Vietnam
 * (`13/03/2026 20:00`, `13/3/2026`) and the words `now` and `today`.
 *
 * @module
 */
import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../errors.js';
import { formatDay } from '../time/civil.js';
import { MAX_DAY, MIN_DAY } from '../time/instant.js';
import { parseIso } from '../time/iso.js';

const VN_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (s: string): string => s.padStart(2, '0');

/** `13/03/2026 20:00` → `2026-03-13T20:00`, `13/3/2026` → `2026-03-13`; anything else unchanged. */
export function fromVietnameseForm(text: string): string {
  if (!text.includes('/')) return text; // the common case, ISO 8601, at no cost
  const m = VN_DATE_RE.exec(text.trim());
  if (m === null) return text;
  const [, d = '', mo = '', y = '', h, mi, s] = m;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  return `${date}T${pad(h)}:${mi}${s === undefined ? '' : `:${s}`}`;
}

const INSTANT_FORMS = 'an instant such as 2026-03-13T20:00, "2026-03-13 20:00" or "13/03/2026 20:00" (wall-clock time of the calendar\'s zone unless an offset such as +07:00 or Z is given), or now';

/**
 * An instant argument: `now` (the clock, read only when asked for), an ISO 8601 string
 * (`2026-03-13T20:00`, `2026-03-13 20:00`, with or without an offset) or the Vietnamese form
 * `13/03/2026 20:00`. What no form can read is rejected here, naming the argument; the library
 * validates the rest.
 *
 * @param name - how the argument is named in the error, e.g. `'<submittedAt>'`.
 * @throws WorktimeError `INVALID_INSTANT`.
 */
export function instantArg(text: string, now: () => Date, name: string): string | Date {
  if (text.trim().toLowerCase() === 'now') return now();
  const value = fromVietnameseForm(text);
  const parts = parseIso(value);
  if (typeof parts === 'string') {
    const why = parts === '' ? '' : ` (${parts})`;
    throw new WorktimeError('INVALID_INSTANT', `Expected ${name} to be ${INSTANT_FORMS}, got ${describe(text)}${why}`, { [name]: text });
  }
  // A day alone in any ISO form (20260310, 2026-W11-2, 2026-069) is written YYYY-MM-DD, the form
  // the commands read as a day; one outside the years 1000–9999 is left for the library to refuse.
  return parts.time === undefined && parts.day >= MIN_DAY && parts.day <= MAX_DAY ? formatDay(parts.day) : value;
}

/**
 * A date argument: `today` (in `zone`), `YYYY-MM-DD` or `13/3/2026`.
 *
 * @throws WorktimeError `INVALID_DATE`.
 */
export function dateArg(text: string, now: () => Date, zone: string, name: string): string {
  if (text.trim().toLowerCase() === 'today') return DateTime.fromJSDate(now(), { zone }).toISODate() ?? '';
  const value = fromVietnameseForm(text).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw new WorktimeError('INVALID_DATE', `Expected ${name} to be a day such as 2026-02-13 or 13/2/2026, or today, got ${describe(text)}`, { [name]: text });
  }
  return value;
}

/**
 * A Gregorian year such as `2026`; the library checks its range.
 *
 * @throws WorktimeError `INVALID_YEAR`.
 */
export function yearArg(text: string): number {
  if (!/^\d{1,4}$/.test(text.trim())) {
    throw new WorktimeError('INVALID_YEAR', `Expected the year to be a year such as 2026, got ${describe(text)}`, { year: text });
  }
  return Number(text);
}

/**
 * A number such as `5` or `0.5`.
 *
 * @throws WorktimeError `INVALID_NUMBER`.
 */
export function numberArg(text: string, name: string): number {
  const t = text.trim();
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) throw new WorktimeError('INVALID_NUMBER', `Expected ${name} to be a number such as 5, got ${describe(text)}`, { [name]: text });
  return n;
}

/** An instant input as a DateTime in the calendar's zone (`addWorkingTime(t, 0)` is `t`). */
export function asDateTime(calendar: WorkingCalendar, input: string | Date): DateTime {
  return calendar.addWorkingTime(input, 0);
}

/** Whether an argument is a day without a time (`2026-02-27`; {@link instantArg} writes every ISO day so). */
export function isDateOnly(input: string | Date): input is string {
  return typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.trim());
}

/** `--rules tay-ninh|national`. */
export function rulesArg(text: string): 'tay-ninh' | 'national' {
  if (text === 'tay-ninh' || text === 'national') return text;
  throw new WorktimeError('INVALID_ARGUMENT', `Expected --rules to be tay-ninh or national, got ${describe(text)}`, { rules: text });
}

/** `--method legal|kpi766`. */
export function methodArg(text: string): 'legal' | 'kpi766' {
  if (text === 'legal' || text === 'kpi766') return text;
  throw new WorktimeError('INVALID_ARGUMENT', `Expected --method to be legal or kpi766, got ${describe(text)}`, { method: text });
}
