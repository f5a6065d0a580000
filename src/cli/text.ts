/**
 * How results read on a terminal: instants and days as Vietnamese users read them
 * (`Thứ Ba, 17/03/2026 08:00`), or in English (`Tue 17/03/2026 08:00`); aligned fields; the
 * `basis` of a result as a list a clerk can cite.
 *
 * @module
 */
import { DateTime, Duration } from 'luxon';
import { enInstant, hoursText, viInstant } from '../tthc/format.js';
import type { Basis } from '../tthc/types.js';
import type { Style } from './color.js';

/** The language of the output. */
export type Lang = 'vi' | 'en';

/** `Thứ Ba, 17/03/2026 08:00` or `Tue 17/03/2026 08:00`. */
export function instantText(dt: DateTime, lang: Lang): string {
  return lang === 'vi' ? viInstant(dt) : enInstant(dt);
}

/** `Thứ Ba, 17/02/2026` or `Tue 17/02/2026`, for a `YYYY-MM-DD` day. */
export function dayText(date: string, lang: Lang): string {
  // The instant formats print `HH:mm` (and no seconds) at midnight: drop those six characters.
  return instantText(DateTime.fromISO(date, { zone: 'UTC' }), lang).slice(0, -6);
}

/** `8 giờ 30 phút` / `8 h 30 min` of a duration. */
export function durationText(d: Duration | number, lang: Lang): string {
  return hoursText(typeof d === 'number' ? d : d.toMillis(), lang);
}

/** The two words of a language: `pick(lang, 'Hạn', 'Deadline')`. */
export function pick(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Lines `label  value` with the labels padded to one width. */
export function fields(rows: ReadonlyArray<readonly [label: string, value: string]>, style: Style): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${style.dim(`${label}:`.padEnd(width))} ${value}`);
}

/** The `basis` of a result: a heading and one bullet per rule, with its legal reference. */
export function basisLines(basis: readonly Basis[], lang: Lang, style: Style): string[] {
  if (basis.length === 0) return [];
  const lines = ['', style.bold(pick(lang, 'Căn cứ:', 'Basis:'))];
  for (const b of basis) {
    lines.push(`  - ${lang === 'vi' ? b.vi : b.en}`);
    if (b.source !== undefined) lines.push(`    ${style.dim(`(${b.source})`)}`);
  }
  return lines;
}

/** A JSON line for scripts: instants as ISO strings (luxon's `toJSON`). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value);
}

/** A duration of working time in ISO 8601 hours and minutes (`PT8H30M`), never in days. */
export function isoDuration(ms: number): string {
  if (ms === 0) return 'PT0S';
  return Duration.fromMillis(ms).shiftTo('hours', 'minutes', 'seconds', 'milliseconds').toISO() ?? 'PT0S';
}

/** Hours as a number with at most 4 decimals (`8.5`). */
export function hoursNumber(ms: number): number {
  const h = Math.round((ms / 3_600_000) * 10_000) / 10_000;
  return h === 0 ? 0 : h;
}
