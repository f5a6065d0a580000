/**
 * `formatInstant`: an instant as Vietnamese users read it (`Thứ Hai, 16/03/2026 08:00`), or in
 * English (`Mon 16/03/2026 08:00`) — the format of the `basis` texts and of the command line.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { enInstant, viInstant } from '../tthc/format.js';
import { toDateTime, toEpoch } from './instant.js';
import type { InstantInput } from './instant.js';
import { CompiledZone } from './zone.js';

/** The options of {@link formatInstant}. */
export interface FormatInstantOptions {
  /** `'vi'` (default): `Thứ Hai, 16/03/2026 08:00`; `'en'`: `Mon 16/03/2026 08:00`. */
  lang?: 'vi' | 'en';
  /** The IANA zone the wall-clock time is shown in (and wall-clock strings are read in). @defaultValue `'Asia/Ho_Chi_Minh'` */
  zone?: string;
}

/**
 * An instant as a clerk reads it: weekday, `dd/MM/yyyy HH:mm` (with `:ss` when the seconds are
 * not zero), in the zone given (default `Asia/Ho_Chi_Minh`).
 *
 * @throws WorktimeError `INVALID_INSTANT`, `INVALID_ZONE`, `INVALID_ARGUMENT` (a `lang` other than
 *   `'vi'` or `'en'`, an options value that is not an object).
 * @example
 * formatInstant('2026-03-16T08:00');                   //=> 'Thứ Hai, 16/03/2026 08:00'
 * formatInstant('2026-03-16T08:00', { lang: 'en' });   //=> 'Mon 16/03/2026 08:00'
 * formatInstant('2026-03-16T01:00Z', { zone: 'Europe/Berlin', lang: 'en' });   //=> 'Mon 16/03/2026 02:00'
 */
export function formatInstant(t: InstantInput, options?: FormatInstantOptions): string {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the options of formatInstant to be an object, got ${describe(options)}`, { options }, 'options');
  }
  const lang = options?.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected lang to be 'vi' or 'en', got ${describe(lang)}`, { lang }, 'lang');
  }
  const zone = CompiledZone.get(options?.zone ?? 'Asia/Ho_Chi_Minh');
  const dt = toDateTime(toEpoch(t, zone, 't'), zone);
  return lang === 'vi' ? viInstant(dt) : enInstant(dt);
}
