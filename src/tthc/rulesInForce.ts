/**
 * The rules of administrative procedures as dated data, in two layers (docs/domain.md §9):
 *
 * - **national** rules, one row per decree: Nghị định 61/2018/NĐ-CP (as amended by 107/2021) until
 *   30/06/2025, Nghị định 118/2025/NĐ-CP from 01/07/2025 (Art. 40(1) ends the earlier decree);
 * - **provincial** additions, one row per regulation: Tây Ninh's QĐ 35/2022/QĐ-UBND (the +1 h
 *   off-hours grace, online dossiers first, the Tây Ninh Smart app and the province's social page).
 *
 * `rules: 'tay-ninh'` (the default) applies both layers; `rules: 'national'` the national one only.
 * A new decree or a new provincial decision is a new row here: nothing else changes. Every `source`
 * says which text a rule rests on and how sure we are of it; the rules and the texts are in
 * docs/domain.md §9 (the rules) and §12 (the texts by date, each marked verified, secondary or model).
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { parseDay } from '../time/civil.js';
import type { NoticeChannelType } from './notice/types.js';

/** Which layers of rules apply: the seed's Tây Ninh rules (national + provincial) or the national ones. */
export type RuleSetName = 'tay-ninh' | 'national';

/** The rule sets, the default first. */
export const RULE_SETS: readonly RuleSetName[] = ['tay-ninh', 'national'];

/** How the processing period behaves after a request to supplement the dossier. */
export type SupplementMethod = 'restart' | 'pause';

/** A channel through which an intake notice may reach the applicant. */
export interface IntakeChannelRule {
  readonly type: NoticeChannelType;
  /** First day the channel may be used, when later than the row's `from` (a channel added by an amending decree). */
  readonly from?: string;
  /** The text that adds the channel, when it is not the row's `intakeChannelsSource`. */
  readonly source?: string;
  /** Whether `source` is known only from a secondary source (news, a summary). */
  readonly secondary?: boolean;
}

/** The rules of one national decree. */
export interface NationalRules {
  /** A stable identifier, e.g. `'nd-118-2025'`. */
  readonly id: string;
  /** The decree, as cited: `'NĐ 118/2025/NĐ-CP'`. */
  readonly title: string;
  /** First day in force, `'YYYY-MM-DD'` (rows before the first decree the library knows are a model: see `source`). */
  readonly from: string;
  /** Last day in force, inclusive; open-ended when absent. */
  readonly to?: string;
  readonly intake: {
    /** The 8-working-hour rule. */
    readonly source: string;
    /** Clock time within which the TTHC system must alert the intake officer after the portal's reply; absent when the decree sets none. */
    readonly alert?: { readonly ms: number; readonly source: string };
    /** Where a per-procedure limit set by sector law is allowed. */
    readonly sectorSource: string;
  };
  readonly supplement: {
    /** `'restart'`: the period is counted again in full from the complete dossier; `'pause'`: the waiting time is added back. */
    readonly method: SupplementMethod;
    readonly methodSource: string;
    /** Whether `methodSource` quotes the decree (false: the library's model where the text could not be confirmed). */
    readonly quoted: boolean;
    /** Only one request to supplement is allowed. */
    readonly onceSource: string;
    /** Working days from the day of receipt within which the request must be sent; absent when not set. */
    readonly noticeWorkingDays?: number;
    readonly noticeSource?: string;
    /** Calendar days after the request after which an incomplete dossier is closed; absent when not set. */
    readonly closeAfterDays?: number;
    readonly closeSource?: string;
  };
  /**
   * The channels of intake notices (accept, supplement, refuse, redirect) that the decree names,
   * in its order. The provincial rules may add their own (`ProvincialRules.channels`).
   */
  readonly intakeChannels: readonly IntakeChannelRule[];
  readonly intakeChannelsSource: string;
  readonly extension: {
    /** Most appointments moves allowed; absent when the library could not confirm a limit. */
    readonly max?: number;
    /** Calendar days before the due date by which the apology and extension request must be sent. */
    readonly leadDays?: number;
    readonly source?: string;
  };
}

/** The additions of one provincial regulation. */
export interface ProvincialRules {
  readonly id: string;
  readonly title: string;
  readonly province: string;
  readonly from: string;
  readonly to?: string;
  /** Working time after the next working time at which the intake clock starts for an off-hours submission. */
  readonly offHoursGraceMs: number;
  readonly offHoursSource: string;
  /** Online dossiers are processed before direct, then postal ones. */
  readonly onlineFirst: boolean;
  readonly prioritySource: string;
  /** Notice channels the province adds to the national ones (Tây Ninh Smart, the social page). */
  readonly channels: readonly string[];
  readonly channelsSource: string;
}

const HOUR_MS = 3_600_000;

const ND_61 = 'NĐ 61/2018/NĐ-CP';
const ND_118 = 'NĐ 118/2025/NĐ-CP';
const QD_35 = 'QĐ 35/2022/QĐ-UBND Tây Ninh';

/** The national decrees, oldest first; rows never overlap. */
export const NATIONAL_RULES: readonly NationalRules[] = Object.freeze([
  Object.freeze({
    id: 'nd-61-2018',
    title: ND_61,
    from: '1900-01-01',
    to: '2025-06-30',
    intake: Object.freeze({
      source: 'NĐ 45/2020/NĐ-CP, Điều 11; NĐ 61/2018/NĐ-CP (sửa đổi bởi NĐ 107/2021/NĐ-CP)',
      sectorSource: 'NĐ 45/2020/NĐ-CP, Điều 11',
    }),
    supplement: Object.freeze({
      method: 'pause',
      methodSource: `${ND_61} (sửa đổi bởi NĐ 107/2021/NĐ-CP) — mô hình của vn-worktime: tạm dừng rồi tính tiếp, chưa đối chiếu được văn bản (library model, not a quote)`,
      quoted: false,
      onceSource: `${ND_61}: hướng dẫn cụ thể, đầy đủ một lần (trích dẫn thứ cấp — secondary quote)`,
    }),
    intakeChannels: Object.freeze([
      Object.freeze({ type: 'email' }),
      Object.freeze({ type: 'sms' }),
      Object.freeze({ type: 'portal' }),
    ] satisfies IntakeChannelRule[]),
    intakeChannelsSource: `${ND_61}; NĐ 45/2020/NĐ-CP, Điều 11 — mô hình của vn-worktime, chưa đối chiếu được văn bản (library model, not a quote)`,
    extension: Object.freeze({}),
  } satisfies NationalRules),
  Object.freeze({
    id: 'nd-118-2025',
    title: ND_118,
    from: '2025-07-01',
    intake: Object.freeze({
      source: `${ND_118}, Điều 17 khoản 2 điểm c`,
      alert: Object.freeze({ ms: 2 * HOUR_MS, source: `${ND_118}, Điều 17 khoản 2` }),
      sectorSource: `${ND_118}, Điều 17 khoản 2 điểm c ("hoặc theo thời hạn được quy định tại pháp luật chuyên ngành")`,
    }),
    supplement: Object.freeze({
      method: 'restart',
      methodSource: `${ND_118}, Điều 19 khoản 5 ("Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ")`,
      quoted: true,
      onceSource: `${ND_118}, Điều 11 khoản 2 điểm c; Điều 16 khoản 3`,
      noticeWorkingDays: 3,
      noticeSource: `${ND_118}, Điều 19 khoản 5 ("không quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ")`,
      closeAfterDays: 15,
      closeSource: `${ND_118}, Điều 19 khoản 5 ("Sau 15 ngày kể từ khi thông báo"); BLDS 2015, Điều 147.2 (ngày dương lịch)`,
    }),
    // Art. 17(2)(c): "tài khoản … trên Cổng Dịch vụ công quốc gia hoặc qua chức năng gửi thư điện tử
    // hoặc gửi tin nhắn điện thoại tự động". VNeID: NĐ 367/2025 (issued 31/12/2025, known from news
    // reports; its effective date is not confirmed, so the library allows it from 01/01/2026).
    intakeChannels: Object.freeze([
      Object.freeze({ type: 'portal' }),
      Object.freeze({ type: 'email' }),
      Object.freeze({ type: 'sms' }),
      Object.freeze({ type: 'vneid', from: '2026-01-01', source: 'NĐ 367/2025/NĐ-CP', secondary: true }),
    ] satisfies IntakeChannelRule[]),
    intakeChannelsSource: `${ND_118}, Điều 17 khoản 2 điểm c`,
    extension: Object.freeze({
      max: 1,
      leadDays: 1,
      source: `${ND_118}, Điều 19 khoản 6`,
    }),
  } satisfies NationalRules),
]);

/** The provincial regulations of the 'tay-ninh' rule set, oldest first. */
export const TAY_NINH_RULES: readonly ProvincialRules[] = Object.freeze([
  Object.freeze({
    id: 'tay-ninh-qd-35-2022',
    title: QD_35,
    province: 'Tây Ninh',
    // The signing date (31/10/2022); the date it took effect could not be checked.
    from: '2022-10-31',
    offHoursGraceMs: HOUR_MS,
    offHoursSource: `${QD_35}, Điều 10`,
    onlineFirst: true,
    prioritySource: `${QD_35}, Điều 10`,
    channels: Object.freeze(['app', 'social']),
    channelsSource: `${QD_35}, Điều 10 (ứng dụng Tây Ninh Smart, trang hành chính công của tỉnh trên mạng xã hội)`,
  } satisfies ProvincialRules),
]);

/** The rules in force on a day. */
export interface RulesInForce {
  readonly name: RuleSetName;
  readonly national: NationalRules;
  /** The provincial additions, when the rule set has them on that day. */
  readonly provincial: ProvincialRules | undefined;
}

/** A row's bounds as day numbers, computed once. */
interface Bounds<T> {
  readonly row: T;
  readonly from: number;
  readonly to: number;
}

function bounds<T extends { from: string; to?: string }>(rows: readonly T[]): ReadonlyArray<Bounds<T>> {
  return rows.map((row) => ({
    row,
    from: parseDay(row.from) ?? Number.NEGATIVE_INFINITY,
    to: row.to === undefined ? Number.POSITIVE_INFINITY : (parseDay(row.to) ?? Number.POSITIVE_INFINITY),
  }));
}

const NATIONAL_BOUNDS = bounds(NATIONAL_RULES);
const TAY_NINH_BOUNDS = bounds(TAY_NINH_RULES);

function rowOn<T>(rows: ReadonlyArray<Bounds<T>>, day: number): T | undefined {
  for (const b of rows) if (day >= b.from && day <= b.to) return b.row;
  return undefined;
}

/**
 * Validates the `rules` option.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` for anything but `'tay-ninh'`, `'national'` or undefined.
 */
export function ruleSetOption(value: unknown): RuleSetName {
  if (value === undefined) return 'tay-ninh';
  const found = RULE_SETS.find((r) => r === value);
  if (found === undefined) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`rules\` to be 'tay-ninh' or 'national', got ${describe(value)}`, { rules: value }, 'rules');
  }
  return found;
}

/**
 * The rules of a rule set in force on a calendar day (a day number, see `time/civil.ts`).
 * The first national row starts in 1900 and the last is open-ended, so a row is always found
 * within the library's range; a day outside it takes the nearest row.
 */
export function rulesOn(name: RuleSetName, day: number): RulesInForce {
  const provincial = name === 'tay-ninh' ? rowOn(TAY_NINH_BOUNDS, day) : undefined;
  return { name, national: nationalOn(day), provincial };
}

/** The national rules in force on a day (see {@link rulesOn}). */
export function nationalOn(day: number): NationalRules {
  return rowOn(NATIONAL_BOUNDS, day) ?? ((day < (NATIONAL_BOUNDS[0] as Bounds<NationalRules>).from ? NATIONAL_RULES[0] : NATIONAL_RULES[NATIONAL_RULES.length - 1]) as NationalRules);
}
