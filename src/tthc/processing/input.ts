/**
 * Validation of processing periods, extensions and pauses (the inputs of `processingDeadline`
 * and of the dossiers given to `summarize`), into plain numbers.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { checkProperties, invalidArgument, isRecord } from '../../validation/check.js';
import { toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import type { CompiledZone } from '../../time/zone.js';

/** A processing period: `{ workingDays }` (a positive integer) or `{ workingHours }` (positive). */
export type Period = { workingDays: number } | { workingHours: number };

/** An extension (gia hạn) of working days or working hours, with its reason. */
export interface Extension {
  workingDays?: number;
  workingHours?: number;
  reason: string;
  /**
   * When the apology and extension request was sent (văn bản xin lỗi và đề nghị gia hạn); checked
   * against "chậm nhất 01 ngày trước ngày hết hạn" (NĐ 118/2025/NĐ-CP, Điều 19 khoản 6).
   */
  requestedAt?: InstantInput;
}

/** A pause (tạm dừng): the clock stops while the dossier waits. */
export interface Pause {
  from: InstantInput;
  to: InstantInput;
}

/** A request to supplement the dossier during appraisal, and when the complete dossier came back. */
export interface Supplement {
  /** When the request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) was sent. */
  requestedAt: InstantInput;
  /** When the complete dossier was received; absent while the applicant has not completed it. */
  completedAt?: InstantInput;
}

/** A validated period or extension amount. */
export type Amount = { readonly kind: 'days'; readonly days: number } | { readonly kind: 'hours'; readonly ms: number };

/** A validated extension. */
export type ParsedExtension = Amount & { readonly reason: string; readonly requestedAt?: number };

/** A validated supplement, in epoch milliseconds; `completedAt` undefined while outstanding. */
export interface ParsedSupplement {
  readonly requestedAt: number;
  readonly completedAt: number | undefined;
  /** Its place in the input, for messages. */
  readonly index: number;
}

/** A validated pause, in epoch milliseconds. */
export interface ParsedPause {
  readonly from: number;
  readonly to: number;
}

const HOUR_MS = 3_600_000;
/** About 11,000 years of working time: more than any calendar holds. */
const MAX_MS = 4e14;

/** Reads `{ workingDays }` or `{ workingHours }` (exactly one) as an amount. */
function amount(obj: Record<string, unknown>, path: string): Amount {
  const days = obj['workingDays'];
  const hours = obj['workingHours'];
  if ((days === undefined) === (hours === undefined)) {
    throw invalidArgument(path, 'exactly one of { workingDays: n } or { workingHours: n }', obj);
  }
  if (days !== undefined) {
    if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 1) {
      throw invalidArgument(`${path}.workingDays`, 'a positive whole number of working days', days);
    }
    return { kind: 'days', days };
  }
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    throw invalidArgument(`${path}.workingHours`, 'a positive number of working hours', hours);
  }
  const ms = Math.round(hours * HOUR_MS);
  if (ms < 1 || ms > MAX_MS) throw invalidArgument(`${path}.workingHours`, 'at least a millisecond and at most 1e8 working hours', hours);
  return { kind: 'hours', ms };
}

/**
 * Validates a processing period.
 *
 * @throws WorktimeError `INVALID_ARGUMENT`: not an object, unknown keys, none or both of the two
 *   keys, days not a positive integer, hours not positive and finite.
 */
export function parsePeriod(period: unknown, path = 'period'): Amount {
  if (!isRecord(period)) throw invalidArgument(path, '{ workingDays: n } or { workingHours: n }', period);
  checkProperties(period, ['workingDays', 'workingHours'], path);
  return amount(period, path);
}

/**
 * Validates the extensions: an array of `{ workingDays | workingHours, reason }`.
 *
 * @throws WorktimeError `INVALID_ARGUMENT`.
 */
export function parseExtensions(value: unknown, path = 'extensions', zone?: CompiledZone): ParsedExtension[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array of { workingDays | workingHours, reason }', value);
  return value.map((ext: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(ext)) throw invalidArgument(at, '{ workingDays: n, reason } or { workingHours: n, reason }', ext);
    checkProperties(ext, zone ? ['workingDays', 'workingHours', 'reason', 'requestedAt'] : ['workingDays', 'workingHours', 'reason'], at);
    const reason = ext['reason'];
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw invalidArgument(`${at}.reason`, 'a non-empty reason (lý do gia hạn)', reason);
    }
    const parsed = { ...amount(ext, at), reason: reason.trim() };
    const requested = ext['requestedAt'];
    return zone && requested !== undefined ? { ...parsed, requestedAt: toEpoch(requested, zone, `${at}.requestedAt`) } : parsed;
  });
}

/**
 * Validates the supplements: `{ requestedAt, completedAt? }` each, none requested before
 * `acceptedAt`, none completed before it was requested, none overlapping another, and only the
 * last one outstanding. Returns them sorted by `requestedAt`.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` (with the `path` of the offending item), `INVALID_INSTANT`, `OUT_OF_RANGE`.
 */
export function parseSupplements(value: unknown, zone: CompiledZone, acceptedAt: number, path = 'supplements'): ParsedSupplement[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array of { requestedAt, completedAt? }', value);
  const out = value.map((item: unknown, index): ParsedSupplement => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) throw invalidArgument(at, '{ requestedAt, completedAt? } (instants)', item);
    checkProperties(item, ['requestedAt', 'completedAt'], at);
    if (item['requestedAt'] === undefined) throw invalidArgument(`${at}.requestedAt`, 'the instant the supplement was requested', undefined);
    const requestedAt = toEpoch(item['requestedAt'], zone, `${at}.requestedAt`);
    if (requestedAt < acceptedAt) {
      throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${at}.requestedAt\` not before the acceptance of the dossier, got ${describe(item['requestedAt'])}`, { [at]: item }, `${at}.requestedAt`);
    }
    const completedAt = item['completedAt'] === undefined ? undefined : toEpoch(item['completedAt'], zone, `${at}.completedAt`);
    if (completedAt !== undefined && completedAt < requestedAt) {
      throw new WorktimeError(
        'INVALID_ARGUMENT',
        `Expected \`${at}.completedAt\` not before \`${at}.requestedAt\`: a dossier is completed after the request to supplement it, got the request at ${describe(item['requestedAt'])} and the completion at ${describe(item['completedAt'])}`,
        { [at]: item },
        `${at}.completedAt`,
      );
    }
    return { requestedAt, completedAt, index };
  });
  out.sort((a, b) => a.requestedAt - b.requestedAt || a.index - b.index);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as ParsedSupplement;
    const cur = out[i] as ParsedSupplement;
    if (prev.completedAt === undefined || cur.requestedAt < prev.completedAt) {
      const at = `${path}[${cur.index}]`;
      throw new WorktimeError(
        'INVALID_ARGUMENT',
        `Expected \`${at}\` to be requested after \`${path}[${prev.index}]\` was completed: supplements do not overlap, and only the last may be outstanding`,
        { [at]: value[cur.index] },
        at,
      );
    }
  }
  return out;
}

/**
 * Validates the pauses: an array of `{ from, to }` instants with `to` not before `from`.
 *
 * @throws WorktimeError `INVALID_ARGUMENT`, `INVALID_INSTANT`, `OUT_OF_RANGE`.
 */
export function parsePauses(value: unknown, zone: CompiledZone, path = 'pauses'): ParsedPause[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array of { from, to }', value);
  return value.map((pause: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(pause)) throw invalidArgument(at, '{ from, to } (instants)', pause);
    checkProperties(pause, ['from', 'to'], at);
    if (pause['from'] === undefined || pause['to'] === undefined) throw invalidArgument(at, '{ from, to } with both instants', pause);
    const from = toEpoch(pause['from'], zone, `${at}.from`);
    const to = toEpoch(pause['to'], zone, `${at}.to`);
    if (to < from) {
      throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${at}.to\` not before \`${at}.from\`, got from ${describe(pause['from'])} and to ${describe(pause['to'])}`, {
        [at]: pause,
      });
    }
    return { from, to };
  });
}

/** A pause that counts, with the number of given pauses merged into it. */
export interface MergedPause extends ParsedPause {
  readonly count: number;
}

/**
 * The pauses that count: each clipped to start no earlier than `acceptedAt`, those entirely
 * before it (or empty) dropped, overlapping or touching ones merged (counted once), sorted.
 */
export function mergePauses(pauses: readonly ParsedPause[], acceptedAt: number): MergedPause[] {
  const clipped = pauses
    .map((p) => ({ from: Math.max(p.from, acceptedAt), to: p.to, count: 1 }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number; count: number }> = [];
  for (const p of clipped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && p.from <= last.to) {
      last.to = Math.max(last.to, p.to);
      last.count += 1;
    } else merged.push(p);
  }
  return merged;
}
