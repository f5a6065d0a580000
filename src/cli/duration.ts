/**
 * Durations as they are typed on the command line: `8h`, `30m`, `1h30m`, `90m`, `45s`, `0`,
 * `1.5h`, with an optional sign (`-2h`); and, where a command accepts them, working days (`2d`).
 *
 * @module
 */
import { InputError } from './errors.js';
import { msg } from './messages.js';
import type { Msg } from './messages.js';
import { notA } from './values.js';

/** A duration of working time, or a whole number of working days. */
export type Amount = { readonly kind: 'time'; readonly ms: number } | { readonly kind: 'days'; readonly days: number };

const TIME_RE = /^([+-])?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const ZERO_RE = /^[+-]?0+(?:\.0+)?$/;
const DAYS_RE = /^([+-]?\d+)d$/;

function invalid(text: string, name: Msg, days: boolean): InputError {
  const hint = days
    ? msg('hãy viết số ngày làm việc như 2d, hoặc thời gian làm việc như 8h, 30m, 1h30m', 'write working days such as 2d, or working time such as 8h, 30m, 1h30m')
    : msg('hãy viết như 8h, 30m, 1h30m, 90m hoặc 0', 'write it like 8h, 30m, 1h30m, 90m or 0');
  return new InputError('INVALID_DURATION', notA(name, text, 'một khoảng thời gian', 'a duration', hint));
}

/**
 * Milliseconds of a duration such as `1h30m`.
 *
 * @param name - how the value is named in the error, e.g. `'--grace'`.
 * @throws InputError `INVALID_DURATION`.
 * @example
 * parseDuration('1h30m', label('--limit'));  //=> 5_400_000
 * parseDuration('-2h', label('<duration>'));   //=> -7_200_000
 */
export function parseDuration(text: string, name: Msg): number {
  const t = text.trim();
  if (ZERO_RE.test(t)) return 0;
  const m = TIME_RE.exec(t);
  if (m === null || (m[2] === undefined && m[3] === undefined && m[4] === undefined)) throw invalid(text, name, false);
  const ms = Number(m[2] ?? 0) * 3_600_000 + Number(m[3] ?? 0) * 60_000 + Number(m[4] ?? 0) * 1000;
  if (!Number.isFinite(ms)) throw invalid(text, name, false);
  const signed = m[1] === '-' ? -Math.round(ms) : Math.round(ms);
  return Object.is(signed, -0) ? 0 : signed;
}

/**
 * A duration, or a whole number of working days (`2d`, `-3d`).
 *
 * @throws InputError `INVALID_DURATION`.
 */
export function parseAmount(text: string, name: Msg): Amount {
  const days = DAYS_RE.exec(text.trim());
  if (days !== null) {
    const n = Number(days[1]);
    if (!Number.isSafeInteger(n)) throw invalid(text, name, true);
    return { kind: 'days', days: n === 0 ? 0 : n };
  }
  try {
    return { kind: 'time', ms: parseDuration(text, name) };
  } catch {
    throw invalid(text, name, true);
  }
}
