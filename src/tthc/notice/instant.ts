/**
 * Instants inside notices (`issuedAt`, `context.submittedAt`), read without throwing.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import { WorktimeError } from '../../errors.js';
import { toDateTime, toEpoch } from '../../time/instant.js';
import type { CompiledZone } from '../../time/zone.js';
import { enInstant, viInstant } from '../format.js';
import type { NoticeText } from './types.js';

/** Longest instant string examined: an ISO 8601 string is at most about 40 characters. */
export const MAX_INSTANT_TEXT = 64;

/** An instant read from untrusted data: its epoch milliseconds, or why it could not be read. */
export type InstantRead = { readonly ok: true; readonly epoch: number } | { readonly ok: false; readonly outOfRange: boolean };

/**
 * Reads an InstantInput (Date, luxon DateTime, ISO string, epoch ms); a wall-clock string is read
 * in `zone`. Never throws: a string longer than an ISO instant is not parsed at all.
 */
export function readInstant(value: unknown, zone: CompiledZone): InstantRead {
  if (typeof value === 'string' && value.length > MAX_INSTANT_TEXT) return { ok: false, outOfRange: false };
  try {
    return { ok: true, epoch: toEpoch(value, zone, 'instant') };
  } catch (e) {
    return { ok: false, outOfRange: isOutOfRange(e) };
  }
}

/** Whether a caught error is vn-worktime's `OUT_OF_RANGE` (safe on anything thrown, even a hostile Proxy). */
export function isOutOfRange(e: unknown): boolean {
  try {
    return e instanceof WorktimeError && e.code === 'OUT_OF_RANGE';
  } catch {
    return false;
  }
}

/** An instant as a clerk reads it: `Thứ Hai, 16/03/2026 08:00` / `Mon 16/03/2026 08:00`. */
export function instantText(at: number | DateTime, zone: CompiledZone): NoticeText {
  const dt = typeof at === 'number' ? toDateTime(at, zone) : at.setZone(zone);
  return { vi: viInstant(dt), en: enInstant(dt) };
}
