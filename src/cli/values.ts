/**
 * Values typed on the command line, turned into the library's inputs: instants, dates, years
 * and numbers. The library validates them; this only adds the forms people type in Vietnam
 * (`13/03/2026 20:00`, `13/3/2026`) and the words `now` and `today`.
 *
 * @module
 */
import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { formatDay } from '../time/civil.js';
import { MAX_DAY, MIN_DAY } from '../time/instant.js';
import { parseIso } from '../time/iso.js';
import { InputError } from './errors.js';
import { msg, typed } from './messages.js';
import type { Msg } from './messages.js';

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

const INSTANT_FORMS = msg(
  'hãy viết một thời điểm như 2026-03-13T20:00, "2026-03-13 20:00" hoặc "13/03/2026 20:00" (giờ theo múi giờ của lịch, trừ khi ghi độ lệch như +07:00 hoặc Z), hoặc now',
  'write an instant such as 2026-03-13T20:00, "2026-03-13 20:00" or "13/03/2026 20:00" (wall-clock time of the calendar\'s zone unless an offset such as +07:00 or Z is given), or now',
);

/** A name for an argument or option that reads the same in both languages: `<deadline>`, `--now`. */
export function label(name: string): Msg {
  return msg(name, name);
}

/** `--now "x" không phải …` / `--now "x" is not …`. */
export function notA(name: Msg, text: string, vi: string, en: string, hint?: Msg): Msg {
  return msg(
    `${name.vi} ${typed(text)} không phải là ${vi}${hint === undefined ? '' : `: ${hint.vi}`}`,
    `${name.en} ${typed(text)} is not ${en}${hint === undefined ? '' : `: ${hint.en}`}`,
  );
}

/** Whether a text has the shape of a day (and time) whose day or time does not exist, such as 31/02/2026. */
function impossibleDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(value.trim());
}

/**
 * An instant argument: `now` (the clock, read only when asked for), an ISO 8601 string
 * (`2026-03-13T20:00`, `2026-03-13 20:00`, with or without an offset) or the Vietnamese form
 * `13/03/2026 20:00`. What no form can read is rejected here, naming the argument; the library
 * validates the rest.
 *
 * @param name - how the argument is named in the error, e.g. `<submittedAt>`.
 * @throws InputError `INVALID_INSTANT`.
 */
export function instantArg(text: string, now: () => Date, name: Msg): string | Date {
  if (text.trim().toLowerCase() === 'now') return now();
  const value = fromVietnameseForm(text);
  const parts = parseIso(value);
  if (typeof parts === 'string') {
    if (impossibleDay(value)) {
      throw new InputError('INVALID_INSTANT', msg(`${name.vi} ${typed(text)}: ngày hoặc giờ này không có trong lịch`, `${name.en} ${typed(text)}: no such day or time of day`));
    }
    const why = parts === '' ? '' : ` (${parts})`;
    const hint = msg(`${INSTANT_FORMS.vi}${why}`, `${INSTANT_FORMS.en}${why}`);
    throw new InputError('INVALID_INSTANT', notA(name, text, 'một thời điểm', 'an instant', hint));
  }
  // A day alone in any ISO form (20260310, 2026-W11-2, 2026-069) is written YYYY-MM-DD, the form
  // the commands read as a day; one outside the years 1000–9999 is left for the library to refuse.
  return parts.time === undefined && parts.day >= MIN_DAY && parts.day <= MAX_DAY ? formatDay(parts.day) : value;
}

/**
 * A date argument: `today` (in `zone`), `YYYY-MM-DD` or `13/3/2026`.
 *
 * @throws InputError `INVALID_DATE`.
 */
export function dateArg(text: string, now: () => Date, zone: string, name: Msg): string {
  if (text.trim().toLowerCase() === 'today') return DateTime.fromJSDate(now(), { zone }).toISODate() ?? '';
  const value = fromVietnameseForm(text).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    if (impossibleDay(value)) throw new InputError('INVALID_DATE', msg(`${name.vi} ${typed(text)}: ngày này không có trong lịch`, `${name.en} ${typed(text)}: no such day`));
    throw new InputError('INVALID_DATE', notA(name, text, 'một ngày', 'a day', msg('hãy viết như 2026-02-13 hoặc 13/2/2026, hoặc today', 'write it like 2026-02-13 or 13/2/2026, or today')));
  }
  return value;
}

/**
 * A Gregorian year such as `2026`; the library checks its range.
 *
 * @throws InputError `INVALID_YEAR`.
 */
export function yearArg(text: string): number {
  if (!/^\d{1,4}$/.test(text.trim())) {
    throw new InputError('INVALID_YEAR', notA(label('<year>'), text, 'một năm', 'a year', msg('hãy viết như 2026', 'write it like 2026')));
  }
  return Number(text);
}

/**
 * A number such as `5` or `0.5`.
 *
 * @throws InputError `INVALID_NUMBER`.
 */
export function numberArg(text: string, name: Msg): number {
  const t = text.trim();
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) throw new InputError('INVALID_NUMBER', notA(name, text, 'một số', 'a number', msg('hãy viết như 5', 'write it like 5')));
  return n;
}

/** An instant input as a DateTime in the calendar's zone (`addWorkingTime(t, 0)` is `t`). */
export function asDateTime(calendar: WorkingCalendar, input: string | Date): DateTime {
  return calendar.addWorkingTime(input, 0);
}

/**
 * The note printed when a day without a time was typed where an instant is read: the one rule of
 * the command line is that such a day means 00:00 of that day, except a deadline (`status
 * <deadline>`, batch's `deadline` column), which the law reads as the close of working hours.
 */
export function dayAloneNote(name: Msg, text: string): Msg {
  return msg(
    `Ghi chú: ${name.vi} ${typed(text)} là một ngày không kèm giờ, được đọc là 00:00 đầu ngày đó (hạn giải quyết không kèm giờ thì là hết giờ làm việc ngày đó).`,
    `Note: ${name.en} ${typed(text)} is a day without a time, read as 00:00 at the start of that day (a deadline without a time is the close of working hours that day).`,
  );
}

/** The note printed when a deadline was typed as a day without a time. */
export function deadlineAloneNote(name: Msg, text: string): Msg {
  return msg(
    `Ghi chú: ${name.vi} ${typed(text)} là một ngày không kèm giờ: hạn là hết giờ làm việc ngày đó, hoặc của ngày làm việc kế tiếp nếu là ngày nghỉ (BLDS 2015, Điều 148).`,
    `Note: ${name.en} ${typed(text)} is a day without a time: the deadline is the close of working hours that day, or of the next working day when it is a day off (BLDS 2015, Điều 148).`,
  );
}

/** Whether an argument is a day without a time (`2026-02-27`). */
export function isDateOnly(input: string | Date): input is string {
  return typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.trim());
}

/** `--rules tay-ninh|national`. */
export function rulesArg(text: string): 'tay-ninh' | 'national' {
  if (text === 'tay-ninh' || text === 'national') return text;
  throw new InputError('INVALID_ARGUMENT', notA(label('--rules'), text, 'tay-ninh hay national', 'tay-ninh or national'));
}

/** `--method legal|kpi766`. */
export function methodArg(text: string): 'legal' | 'kpi766' {
  if (text === 'legal' || text === 'kpi766') return text;
  throw new InputError('INVALID_ARGUMENT', notA(label('--method'), text, 'legal hay kpi766', 'legal or kpi766'));
}
