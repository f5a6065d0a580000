/**
 * `classifyService`: the level of an online public service — toàn trình (full), một phần
 * (partial) or not online — per Nghị định 42/2022/NĐ-CP, Điều 11 (DOMAIN.md §6).
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';

/** How a result (kết quả) is returned: online, by public postal service (bưu chính công ích), or in person. */
export type ServiceResultDelivery = 'online' | 'postal' | 'in-person';

/** What is online in a service. */
export interface ServiceFeatures {
  /** All information on the procedure is provided online. */
  onlineInfo: boolean;
  /** Dossiers can be submitted online. */
  onlineSubmission: boolean;
  /** The dossier is processed (giải quyết) online. */
  onlineProcessing: boolean;
  /** How the result is returned. */
  result: ServiceResultDelivery;
}

/** A level of the old four-level scheme (mức độ 1–4, NĐ 43/2011). */
export interface LegacyServiceLevel {
  /** Mức độ 1, 2, 3 or 4. */
  legacyLevel: 1 | 2 | 3 | 4;
}

/** `'full'` — toàn trình; `'partial'` — một phần; `'not-online'` — not an online public service. */
export type ServiceLevel = 'full' | 'partial' | 'not-online';

/** Where the classification comes from. */
export const SERVICE_LEVEL_SOURCE = 'Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1';

const FEATURE_KEYS = ['onlineInfo', 'onlineSubmission', 'onlineProcessing', 'result'] as const;
const RESULTS: readonly ServiceResultDelivery[] = ['online', 'postal', 'in-person'];
const EXPECTED =
  "{ onlineInfo, onlineSubmission, onlineProcessing: boolean; result: 'online' | 'postal' | 'in-person' } or { legacyLevel: 1 | 2 | 3 | 4 }";

function invalid(what: string, expected: string, value: unknown, details: Record<string, unknown>): WorktimeError {
  return new WorktimeError('INVALID_ARGUMENT', `Expected ${what} of classifyService to be ${expected}, got ${describe(value)}`, details);
}

function fromLegacy(level: unknown): ServiceLevel {
  if (level === 4) return 'full';
  if (level === 3) return 'partial';
  if (level === 1 || level === 2) return 'not-online';
  throw invalid('`legacyLevel`', '1, 2, 3 or 4', level, { legacyLevel: level });
}

function fromFeatures(s: Record<string, unknown>): ServiceLevel {
  for (const key of FEATURE_KEYS.slice(0, 3)) {
    if (typeof s[key] !== 'boolean') throw invalid(`\`${key}\``, 'true or false', s[key], { [key]: s[key] });
  }
  if (!RESULTS.includes(s.result as ServiceResultDelivery)) {
    throw invalid('`result`', "'online', 'postal' or 'in-person'", s.result, { result: s.result });
  }
  if (!s.onlineSubmission) return 'not-online';
  const resultOnlineOrPostal = s.result === 'online' || s.result === 'postal';
  return s.onlineInfo && s.onlineProcessing && resultOnlineOrPostal ? 'full' : 'partial';
}

/**
 * The level of an online public service (mức độ dịch vụ công trực tuyến), per Nghị định
 * 42/2022/NĐ-CP, Điều 11 khoản 1:
 * - **toàn trình** (`'full'`): information, submission and processing all online, and the result
 *   returned online or by public postal service;
 * - **một phần** (`'partial'`): otherwise, when dossiers can still be submitted online;
 * - `'not-online'`: without online submission.
 *
 * Legacy levels (NĐ 43/2011) map as mức độ 4 → `'full'`, 3 → `'partial'`, 1–2 → `'not-online'`.
 * From 01/7/2026 NĐ 42/2022 is replaced by NĐ 224/2026, which keeps the two levels.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` when `s` is neither shape (a flag that is not a
 *   boolean, an unknown `result`, a level outside 1–4, or both shapes at once).
 * @example
 * classifyService({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'postal' }); //=> 'full'
 * classifyService({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'in-person' }); //=> 'partial'
 * classifyService({ legacyLevel: 2 }); //=> 'not-online'
 */
export function classifyService(s: ServiceFeatures | LegacyServiceLevel): ServiceLevel {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw invalid('the service', EXPECTED, s, { service: s });
  const record = s as unknown as Record<string, unknown>;
  const legacy = 'legacyLevel' in record;
  const features = FEATURE_KEYS.some((key) => key in record);
  if (legacy && features) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the service of classifyService to be ${EXPECTED}, not both shapes at once`, { service: s });
  }
  if (legacy) return fromLegacy(record.legacyLevel);
  if (features) return fromFeatures(record);
  throw invalid('the service', EXPECTED, s, { service: s });
}
