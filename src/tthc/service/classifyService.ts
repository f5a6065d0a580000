/**
 * `classifyService` and `serviceLevel`: the level of an online public service — toàn trình
 * (full), một phần (partial) or not online (docs/domain.md §6, §9). `classifyService` applies Nghị
 * định 42/2022/NĐ-CP, Điều 11; `serviceLevel` applies the text in force on a day (Luật Chuyển đổi
 * số 148/2025/QH15 from 01/07/2026) and says why. Both use one rule over the rows of
 * {@link SERVICE_LEVEL_LAWS}.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { formatDay } from '../../time/civil.js';
import { toDay } from '../../time/date.js';
import type { DateInput } from '../../time/date.js';
import { CompiledZone, VIETNAM_ZONE } from '../../time/zone.js';
import { dateText } from '../format.js';
import { checkOptions, invalidAt } from '../../validation/check.js';
import type { Basis } from '../types.js';

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

/** Where the classification of {@link classifyService} comes from (the first row of {@link SERVICE_LEVEL_LAWS}). */
export const SERVICE_LEVEL_SOURCE = 'Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1';

/** The flags of {@link ServiceFeatures} that say a step is online. */
export type ServiceStep = 'onlineInfo' | 'onlineSubmission' | 'onlineProcessing';

/**
 * Why a service is offered only as một phần (partial) under Luật Chuyển đổi số, Điều 32 khoản 1
 * điểm b: `'legal-exception'` — the law provides otherwise (pháp luật có quy định khác);
 * `'technical-incident'` — a technical incident that cannot be fixed at once (sự cố kỹ thuật chưa
 * thể khắc phục ngay).
 */
export type PartialReason = 'legal-exception' | 'technical-incident';

/** The partial reasons, in the order of {@link PartialReason}. */
export const PARTIAL_REASONS: readonly PartialReason[] = ['legal-exception', 'technical-incident'];

/** A text in Vietnamese and English. */
interface Text {
  readonly vi: string;
  readonly en: string;
}

/**
 * The definitions of the service levels in one legal text, and the days it applies to. The rule
 * itself is one function of these fields (see {@link serviceLevel}); a new text is a new row.
 */
export interface ServiceLevelLaw {
  /** A stable identifier, e.g. `'luat-cds-148-2025'`. */
  readonly id: string;
  /** The text, as cited. */
  readonly title: string;
  /** First day applied, `'YYYY-MM-DD'` (the first row also covers every earlier day: see its comment). */
  readonly from: string;
  /** Last day applied, inclusive; open-ended when absent. */
  readonly to?: string;
  /** Where the levels are defined. */
  readonly source: string;
  /** Whether the row rests on a secondary source (a quote through a third party, or a date from a summary). */
  readonly secondary: boolean;
  /** What ended the row, when it has ended, and how sure that is. */
  readonly endSource?: string;
  /** The steps that must all be online for toàn trình. */
  readonly fullNeeds: readonly ServiceStep[];
  /** How the result may be returned in a toàn trình service. */
  readonly fullResults: readonly ServiceResultDelivery[];
  /**
   * What makes a service một phần rather than not online: `'submission'` — dossiers can be
   * submitted online; `'any-step'` — submission or processing online, or the result returned online.
   */
  readonly partialNeeds: 'submission' | 'any-step';
  /** What each level means under this text, for the basis. */
  readonly levels: { readonly [L in ServiceLevel]: Text };
  /**
   * Toàn trình is the default and một phần needs one of these reasons; absent when the text sets
   * no default.
   */
  readonly partialReasons?: { readonly source: string; readonly reasons: { readonly [R in PartialReason]: Text & { readonly source: string } } };
}

const LUAT_CDS = 'Luật Chuyển đổi số 148/2025/QH15';

/**
 * The texts that define the levels, oldest first; rows never overlap.
 *
 * - Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1 (signed 24/06/2022; the library applies its two
 *   levels to every earlier day too, legacy mức độ mapping onto them). Quoted through a provincial
 *   portal; its repeal by NĐ 224/2026/NĐ-CP from 01/07/2026 is known from a secondary source.
 * - Luật Chuyển đổi số 148/2025/QH15, Điều 3 khoản 15 and Điều 32 khoản 1, from 01/07/2026
 *   (Điều 47). Toàn trình is "thực hiện hoàn toàn trên môi trường số, bao gồm nộp, tiếp nhận hồ sơ,
 *   xử lý, thanh toán (nếu có) và trả kết quả": the library reads it as submission, processing and
 *   the result online (a result sent by post is not on the digital environment); một phần is "một
 *   hoặc một số công đoạn trên môi trường số". Payment is not among the features described.
 */
export const SERVICE_LEVEL_LAWS: readonly ServiceLevelLaw[] = Object.freeze([
  Object.freeze({
    id: 'nd-42-2022',
    title: 'Nghị định 42/2022/NĐ-CP',
    from: '1900-01-01',
    to: '2026-06-30',
    source: SERVICE_LEVEL_SOURCE,
    secondary: true,
    endSource: 'Nghị định 224/2026/NĐ-CP, Điều 90 khoản 2 (nguồn thứ cấp — secondary source)',
    fullNeeds: Object.freeze(['onlineInfo', 'onlineSubmission', 'onlineProcessing'] as const),
    fullResults: Object.freeze(['online', 'postal'] as const),
    partialNeeds: 'submission',
    levels: Object.freeze({
      full: {
        vi: 'Dịch vụ công trực tuyến toàn trình: thông tin, việc nộp và giải quyết hồ sơ đều trên môi trường mạng; kết quả trả trực tuyến hoặc qua dịch vụ bưu chính công ích.',
        en: 'Full online service (toàn trình): information, submission and processing all online; the result returned online or by public postal service.',
      },
      partial: {
        vi: 'Dịch vụ công trực tuyến một phần: nộp hồ sơ trực tuyến được nhưng không bảo đảm đủ các điều kiện của dịch vụ toàn trình.',
        en: 'Partial online service (một phần): dossiers can be submitted online, but not every condition of a full online service is met.',
      },
      'not-online': {
        vi: 'Không phải dịch vụ công trực tuyến: không nộp hồ sơ trực tuyến được.',
        en: 'Not an online public service: dossiers cannot be submitted online.',
      },
    }),
  } satisfies ServiceLevelLaw),
  Object.freeze({
    id: 'luat-cds-148-2025',
    title: LUAT_CDS,
    from: '2026-07-01',
    source: `${LUAT_CDS}, Điều 3 khoản 15`,
    secondary: false,
    fullNeeds: Object.freeze(['onlineSubmission', 'onlineProcessing'] as const),
    fullResults: Object.freeze(['online'] as const),
    partialNeeds: 'any-step',
    levels: Object.freeze({
      full: {
        vi: 'Dịch vụ công trực tuyến toàn trình: thực hiện hoàn toàn trên môi trường số — nộp, tiếp nhận hồ sơ, xử lý và trả kết quả.',
        en: 'Full online service (toàn trình): entirely on the digital environment — submission, intake, processing and the result.',
      },
      partial: {
        vi: 'Dịch vụ công trực tuyến một phần: một hoặc một số công đoạn được thực hiện trên môi trường số.',
        en: 'Partial online service (một phần): one or some steps are carried out on the digital environment.',
      },
      'not-online': {
        vi: 'Không phải dịch vụ công trực tuyến: không công đoạn nào (nộp, xử lý hồ sơ, trả kết quả) được thực hiện trên môi trường số.',
        en: 'Not an online public service: no step (submission, processing, the result) is carried out on the digital environment.',
      },
    }),
    partialReasons: Object.freeze({
      source: `${LUAT_CDS}, Điều 32 khoản 1`,
      reasons: Object.freeze({
        'legal-exception': {
          vi: 'Cung cấp một phần vì pháp luật có quy định khác.',
          en: 'Offered as a partial service because the law provides otherwise.',
          source: `${LUAT_CDS}, Điều 32 khoản 1 điểm b ("pháp luật có quy định khác")`,
        },
        'technical-incident': {
          vi: 'Cung cấp một phần vì xảy ra sự cố kỹ thuật chưa thể khắc phục ngay.',
          en: 'Offered as a partial service because of a technical incident that cannot be fixed at once.',
          source: `${LUAT_CDS}, Điều 32 khoản 1 điểm b ("sự cố kỹ thuật chưa thể khắc phục ngay")`,
        },
      }),
    }),
  } satisfies ServiceLevelLaw),
]);

const FIRST_LAW = SERVICE_LEVEL_LAWS[0] as ServiceLevelLaw;
const LATEST_LAW = SERVICE_LEVEL_LAWS[SERVICE_LEVEL_LAWS.length - 1] as ServiceLevelLaw;

const FEATURE_KEYS = ['onlineInfo', 'onlineSubmission', 'onlineProcessing', 'result'] as const;
const RESULTS: readonly ServiceResultDelivery[] = ['online', 'postal', 'in-person'];
const EXPECTED =
  "{ onlineInfo, onlineSubmission, onlineProcessing: boolean; result: 'online' | 'postal' | 'in-person' } or { legacyLevel: 1 | 2 | 3 | 4 }";

type FunctionName = 'classifyService' | 'serviceLevel';

/** `details` is `{ [path]: value }`. */
function invalid(fn: FunctionName, what: string, expected: string, value: unknown, path: string): WorktimeError {
  return invalidAt(`Expected ${what} of ${fn} to be ${expected}, got ${describe(value)}`, path, value);
}

function fromLegacy(level: unknown, fn: FunctionName): ServiceLevel {
  if (level === 4) return 'full';
  if (level === 3) return 'partial';
  if (level === 1 || level === 2) return 'not-online';
  throw invalid(fn, '`legacyLevel`', '1, 2, 3 or 4', level, 'legacyLevel');
}

function fromFeatures(s: Record<string, unknown>, law: ServiceLevelLaw, fn: FunctionName): ServiceLevel {
  for (const key of FEATURE_KEYS.slice(0, 3)) {
    if (typeof s[key] !== 'boolean') throw invalid(fn, `\`${key}\``, 'true or false', s[key], key);
  }
  const result = RESULTS.find((r) => r === s.result);
  if (result === undefined) throw invalid(fn, '`result`', "'online', 'postal' or 'in-person'", s.result, 'result');
  if (law.fullNeeds.every((step) => s[step] === true) && law.fullResults.includes(result)) return 'full';
  const partial = law.partialNeeds === 'submission' ? s.onlineSubmission === true : s.onlineSubmission === true || s.onlineProcessing === true || result === 'online';
  return partial ? 'partial' : 'not-online';
}

/** The one classification rule: the level of `s` under `law`, and whether it came from a legacy level. */
function classify(s: unknown, law: ServiceLevelLaw, fn: FunctionName): { level: ServiceLevel; legacy: boolean } {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw invalid(fn, 'the service', EXPECTED, s, 'service');
  const record = s as Record<string, unknown>;
  const legacy = 'legacyLevel' in record;
  const features = FEATURE_KEYS.some((key) => key in record);
  if (legacy && features) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the service of ${fn} to be ${EXPECTED}, not both shapes at once`, { service: s }, 'service');
  }
  if (legacy) return { level: fromLegacy(record.legacyLevel, fn), legacy: true };
  if (features) return { level: fromFeatures(record, law, fn), legacy: false };
  throw invalid(fn, 'the service', EXPECTED, s, 'service');
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
 * This is the rule of NĐ 42/2022 whatever the day: from 01/07/2026 the levels are defined by Luật
 * Chuyển đổi số 148/2025/QH15 (NĐ 42/2022 was repealed by NĐ 224/2026), and a result sent by post
 * no longer makes a service toàn trình; {@link serviceLevel} applies the text in force on a day.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` when `s` is neither shape (a flag that is not a
 *   boolean, an unknown `result`, a level outside 1–4, or both shapes at once).
 * @example
 * classifyService({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'postal' }); //=> 'full'
 * classifyService({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'in-person' }); //=> 'partial'
 * classifyService({ legacyLevel: 2 }); //=> 'not-online'
 */
export function classifyService(s: ServiceFeatures | LegacyServiceLevel): ServiceLevel {
  return classify(s, FIRST_LAW, 'classifyService').level;
}

/** Options of {@link serviceLevel}. */
export interface ServiceLevelOptions {
  /**
   * The day whose text applies (a `Date` or `DateTime` means its day in Vietnam). Nothing reads
   * the clock: without `on` the latest text of {@link SERVICE_LEVEL_LAWS} applies (Luật Chuyển
   * đổi số 148/2025/QH15, from 01/07/2026).
   */
  on?: DateInput | undefined;
  /**
   * Why a một phần service is not toàn trình (Luật Chuyển đổi số, Điều 32 khoản 1 điểm b). Read
   * only when the result is `'partial'` under a text that makes toàn trình the default; ignored
   * otherwise.
   */
  partialReason?: PartialReason | undefined;
}

/** The result of {@link serviceLevel}. */
export interface ServiceLevelResult {
  /** The level under the text in force. */
  level: ServiceLevel;
  /**
   * Why, citing that text: `SERVICE_LEVEL` (the definition applied), `LEGACY_LEVEL` (a mức độ
   * 1–4 mapped), and under Luật Chuyển đổi số for a partial service either `PARTIAL_REASON`
   * (the reason given) or `PARTIAL_NEEDS_REASON` (none given: một phần needs one).
   */
  basis: Basis[];
}

const VIETNAM = CompiledZone.get(VIETNAM_ZONE);

/** The row of {@link SERVICE_LEVEL_LAWS} in force on `date` (`'YYYY-MM-DD'`); the first row covers earlier days. */
function lawOn(date: string): ServiceLevelLaw {
  let found = FIRST_LAW;
  for (const law of SERVICE_LEVEL_LAWS) if (law.from <= date) found = law;
  return found;
}

function partialReasonOption(value: unknown): PartialReason | undefined {
  if (value === undefined) return undefined;
  const reason = PARTIAL_REASONS.find((r) => r === value);
  if (reason === undefined) throw invalid('serviceLevel', '`partialReason`', "'legal-exception' or 'technical-incident'", value, 'partialReason');
  return reason;
}

/** `'YYYY-MM-DD'` → `dd/MM/yyyy`. */
function dayText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateText(y, m, d);
}

/**
 * The level of an online public service under the text in force on a day, with its legal basis:
 *
 * - until 30/06/2026: Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1 — the rule of {@link classifyService};
 * - from 01/07/2026: Luật Chuyển đổi số 148/2025/QH15, Điều 3 khoản 15 — toàn trình when
 *   submission and processing are online and the result is returned online; một phần when one or
 *   some steps (submission, processing, an online result) are; otherwise not online. Toàn trình is
 *   the default (Điều 32 khoản 1): a `'partial'` result cites `partialReason` when given, and
 *   otherwise has a `PARTIAL_NEEDS_REASON` basis saying that one of the two reasons is needed.
 *
 * Legacy levels map as in {@link classifyService} under every text.
 *
 * @param s - the service, as for {@link classifyService}.
 * @param options - `on`: the day (default: the latest text, not today); `partialReason`.
 * @throws WorktimeError `INVALID_ARGUMENT` for a service of neither shape, an unknown option or
 *   `partialReason`; `INVALID_DATE` / `OUT_OF_RANGE` for an unreadable `on`.
 * @example
 * const service = { onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'postal' } as const;
 * serviceLevel(service, { on: '2026-06-30' }).level; //=> 'full' (NĐ 42/2022: the result may come by post)
 * serviceLevel(service, { on: '2026-07-01' }).basis.map((b) => b.code);
 * //=> ['SERVICE_LEVEL', 'PARTIAL_NEEDS_REASON'] (Luật Chuyển đổi số: a result by post is not online)
 */
export function serviceLevel(s: ServiceFeatures | LegacyServiceLevel, options?: ServiceLevelOptions): ServiceLevelResult {
  const opts = checkOptions(options, ['on', 'partialReason'], 'serviceLevel');
  const law = opts.on === undefined ? LATEST_LAW : lawOn(formatDay(toDay(opts.on, VIETNAM, 'on')));
  const reason = partialReasonOption(opts.partialReason);
  const { level, legacy } = classify(s, law, 'serviceLevel');
  const basis: Basis[] = [{ code: 'SERVICE_LEVEL', ...law.levels[level], source: law.source }];
  if (legacy) {
    const n = String((s as LegacyServiceLevel).legacyLevel);
    basis.push({
      code: 'LEGACY_LEVEL',
      vi: `Mức độ ${n} (Nghị định 43/2011/NĐ-CP) được quy đổi: mức độ 4 → toàn trình, 3 → một phần, 1–2 → không trực tuyến (quy đổi của vn-worktime).`,
      en: `Level ${n} (Nghị định 43/2011/NĐ-CP) is mapped: level 4 → full, 3 → partial, 1–2 → not online (vn-worktime's mapping).`,
    });
  }
  const reasons = law.partialReasons;
  if (level === 'partial' && reasons !== undefined) {
    if (reason === undefined) {
      const from = dayText(law.from);
      basis.push({
        code: 'PARTIAL_NEEDS_REASON',
        vi: `Từ ${from} thủ tục hành chính được cung cấp mặc định theo hình thức toàn trình; chỉ cung cấp một phần khi pháp luật có quy định khác hoặc khi xảy ra sự cố kỹ thuật chưa thể khắc phục ngay: cần nêu một trong hai lý do (partialReason: 'legal-exception' hoặc 'technical-incident').`,
        en: `From ${from} procedures are offered as full online services by default; a partial service needs one of two reasons (partialReason: 'legal-exception' — the law provides otherwise, or 'technical-incident' — a technical incident that cannot be fixed at once).`,
        source: reasons.source,
      });
    } else {
      basis.push({ code: 'PARTIAL_REASON', ...reasons.reasons[reason] });
    }
  }
  return { level, basis };
}
