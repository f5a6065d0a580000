/**
 * Texts of the command line in both languages: every help text and every error has a Vietnamese
 * and an English form, and the command prints the one of `--lang` (Vietnamese by default).
 *
 * @module
 */

/** A text in Vietnamese and in English. */
export interface Msg {
  readonly vi: string;
  readonly en: string;
}

/** `msg('Hạn', 'Deadline')`. */
export function msg(vi: string, en: string): Msg {
  return { vi, en };
}

/** A value as the user typed it, quoted: `"31/02/2026 09:00"` (long values shortened). */
export function typed(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** Joins texts of both languages with `sep`. */
export function join(parts: readonly Msg[], sep = ' '): Msg {
  return { vi: parts.map((p) => p.vi).join(sep), en: parts.map((p) => p.en).join(sep) };
}

/** Each form of `m` mapped by `f`. */
export function mapMsg(m: Msg, f: (text: string, lang: 'vi' | 'en') => string): Msg {
  return { vi: f(m.vi, 'vi'), en: f(m.en, 'en') };
}

/** `see vn-worktime --help` / `xem vn-worktime --help`. */
export function seeHelp(where: string): Msg {
  return msg(`xem ${where} --help`, `see ${where} --help`);
}
