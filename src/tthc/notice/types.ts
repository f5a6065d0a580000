/**
 * Types of the notices (thông báo) an official sends when an online dossier is incomplete,
 * inaccurate or outside the agency's authority (docs/domain.md §4), and of their validation.
 *
 * @module
 */
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import type { InstantInput } from '../../time/instant.js';
import type { Issue } from '../../validation/issue.js';
import type { RuleSetName } from '../rulesInForce.js';

/**
 * What the notice asks of the applicant:
 * - `'supplement'` — bổ sung, hoàn thiện hồ sơ (complete or correct the dossier);
 * - `'refusal'` — từ chối tiếp nhận (the dossier is refused);
 * - `'redirect'` — gửi đúng cơ quan có thẩm quyền (send it to the competent agency).
 */
export type NoticeKind = 'supplement' | 'refusal' | 'redirect';

/** The notice kinds, in the order of {@link NoticeKind}. */
export const NOTICE_KINDS: readonly NoticeKind[] = ['supplement', 'refusal', 'redirect'];

/**
 * How a notice reaches the applicant: thư điện tử (`email`), tin nhắn SMS (`sms`), the provincial
 * app such as Tây Ninh Smart (`app`), the provincial administrative page on social networks
 * (`social`), the applicant's account on the public-service portal (`portal`), or the national
 * identity app VNeID (`vneid`).
 *
 * Which of them a notice may use depends on the rules in force on its day (`context.rules`):
 * NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c names the portal account and the portal's automatic
 * email and SMS; VNeID is added by NĐ 367/2025 (from 01/01/2026; secondary source); `app` and
 * `social` are Tây Ninh's own (QĐ 35/2022/QĐ-UBND).
 */
export type NoticeChannelType = 'email' | 'sms' | 'app' | 'social' | 'portal' | 'vneid';

/** The channel types, in the order of {@link NoticeChannelType}. */
export const NOTICE_CHANNEL_TYPES: readonly NoticeChannelType[] = ['email', 'sms', 'app', 'social', 'portal', 'vneid'];

/** One delivery channel (kênh gửi) of a notice. */
export interface NoticeChannel {
  /** The channel type. */
  type: NoticeChannelType;
  /**
   * The address: an email address for `email`, a Vietnamese mobile number for `sms`
   * (`'0912345678'`, `'+84 912.345.678'`); not needed for `app`, `social`, `portal` and `vneid`.
   */
  to?: string;
}

/**
 * A notice (thông báo) sent to the applicant (tổ chức, cá nhân): it must state the content, the
 * reason and specific, complete guidance given once (hướng dẫn cụ thể, đầy đủ một lần).
 *
 * @example
 * const notice: Notice = {
 *   dossierId: '000.00.22.H54-260316-0001',
 *   kind: 'supplement',
 *   issuedAt: '2026-03-16T10:00',
 *   content: 'Hồ sơ đăng ký hộ kinh doanh chưa đầy đủ.',
 *   reason: 'Thiếu bản sao Căn cước của chủ hộ kinh doanh.',
 *   guidance: ['Nộp bản sao Căn cước của chủ hộ kinh doanh (bản chụp rõ hai mặt).'],
 *   channels: [{ type: 'sms', to: '0912345678' }, { type: 'portal' }],
 * };
 */
export interface Notice {
  /** Mã hồ sơ: the id of the dossier the notice is about. */
  dossierId: string;
  /** Loại thông báo: bổ sung, hoàn thiện / từ chối / gửi đúng cơ quan có thẩm quyền. */
  kind: NoticeKind;
  /** Thời điểm ban hành: when the notice was issued; a wall-clock string is read in the calendar's zone. */
  issuedAt: InstantInput;
  /** Nội dung: what the notice is about. Required for every kind. */
  content: string;
  /** Lý do: why the dossier is incomplete, refused or misdirected. Required for every kind. */
  reason: string;
  /**
   * Hướng dẫn cụ thể, đầy đủ một lần: one item per thing to add, correct or do. A `supplement`
   * needs at least one concrete item; the list may be empty for the other kinds.
   */
  guidance: string[];
  /** Cơ quan có thẩm quyền: the competent agency; required for a `redirect`. */
  authority?: string;
  /** Kênh gửi: how the notice is delivered; at least one. */
  channels: NoticeChannel[];
}

/**
 * What {@link validateNotice} needs beyond the notice itself to check timing and the "một lần"
 * rule. An option that is `undefined` is absent.
 */
export interface NoticeContext {
  /** When the dossier was submitted online; enables the intake-deadline check (`LATE_NOTICE`). */
  submittedAt?: InstantInput | undefined;
  /** The working calendar of the intake deadline. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar | undefined;
  /** Notices already sent (any dossier); enables the "một lần" check (`REPEATED_REQUEST`). */
  previousNotices?: readonly unknown[] | undefined;
  /**
   * The rules whose channels a notice may use on the day it is issued (`CHANNEL_NOT_ALLOWED`):
   * `'tay-ninh'` — the national channels and the province's own (Tây Ninh Smart, the social page,
   * from QĐ 35/2022/QĐ-UBND, 31/10/2022); `'national'` — the national ones only: email, SMS and
   * the portal account (NĐ 61/2018, until 30/06/2025; NĐ 118/2025 from 01/07/2025), and VNeID
   * from 01/01/2026 (NĐ 367/2025, secondary source).
   * @defaultValue `'tay-ninh'`
   */
  rules?: RuleSetName | undefined;
}

/**
 * The stable codes of notice issues:
 * - `INVALID_FIELD` — a field has the wrong type or shape, cannot be read, or is missing where no
 *   more specific code applies (e.g. `dossierId`); also a malformed `context`;
 * - `MISSING_CONTENT` / `MISSING_REASON` — empty or blank nội dung / lý do;
 * - `MISSING_GUIDANCE` — a supplement request without a concrete guidance item, or a blank item;
 * - `MISSING_AUTHORITY` — a redirect that does not name the competent agency;
 * - `NO_CHANNEL` — no delivery channel;
 * - `INVALID_CONTACT` — an email channel without a valid address, an SMS channel without a valid
 *   Vietnamese mobile number;
 * - `REPEATED_REQUEST` — a second supplement request for the same dossier (guidance once only);
 * - `LATE_NOTICE` — issued after the intake deadline (8 working hours, docs/domain.md §2);
 * - `CHANNEL_NOT_ALLOWED` — a channel the rules in force on the day of issue do not allow
 *   (`context.rules`; e.g. Tây Ninh Smart under the national rules, NĐ 118/2025/NĐ-CP, Điều 17
 *   khoản 2 điểm c).
 */
export type NoticeIssueCode =
  | 'INVALID_FIELD'
  | 'MISSING_CONTENT'
  | 'MISSING_REASON'
  | 'MISSING_GUIDANCE'
  | 'MISSING_AUTHORITY'
  | 'NO_CHANNEL'
  | 'INVALID_CONTACT'
  | 'REPEATED_REQUEST'
  | 'LATE_NOTICE'
  | 'CHANNEL_NOT_ALLOWED';

/** Every {@link NoticeIssueCode}. */
export const NOTICE_ISSUE_CODES: readonly NoticeIssueCode[] = [
  'INVALID_FIELD',
  'MISSING_CONTENT',
  'MISSING_REASON',
  'MISSING_GUIDANCE',
  'MISSING_AUTHORITY',
  'NO_CHANNEL',
  'INVALID_CONTACT',
  'REPEATED_REQUEST',
  'LATE_NOTICE',
  'CHANNEL_NOT_ALLOWED',
];

/** A text in Vietnamese and English. */
export interface NoticeText {
  /** Tiếng Việt. */
  vi: string;
  /** English. */
  en: string;
}

/**
 * One problem of a notice: the library's one issue shape (docs/errors.md) with the notice codes.
 *
 * @example
 * validateNotice({ dossierId: 'HS-1', kind: 'supplement', issuedAt: '2026-03-16T10:00', content: 'Hồ sơ chưa đầy đủ.',
 *   reason: 'Thiếu bản sao Căn cước.', guidance: [], channels: [{ type: 'portal' }] }).issues;
 * //=> [{ code: 'MISSING_GUIDANCE', path: 'guidance',
 * //      message: { vi: 'Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ phải có ít nhất một hướng dẫn cụ thể về việc cần bổ sung, sửa đổi.',
 * //                 en: 'A request to supplement the dossier must give at least one specific instruction on what to add or correct.' } }]
 */
export interface NoticeIssue extends Issue<NoticeIssueCode> {
  /**
   * Where: a JSON-path-like path from the notice (`'dossierId'`, `'channels[1].to'`,
   * `'guidance[0]'`; `''` is the notice itself) or from the context (`'context.submittedAt'`,
   * `'context.previousNotices[2]'`).
   */
  path: string;
  /** What is wrong and what is expected, for a clerk, in Vietnamese and English. */
  message: NoticeText;
}

/** The result of {@link validateNotice}. */
export interface NoticeValidation {
  /** `true` when there is no issue; the notice then has the shape of {@link Notice}. */
  valid: boolean;
  /** Every issue found, in a stable order (notice fields first, then context, history and timing). */
  issues: NoticeIssue[];
}
