/**
 * Types of the notices (thông báo) an official sends when an online dossier is incomplete,
 * inaccurate or outside the agency's authority (DOMAIN.md §4), and of their validation.
 *
 * @module
 */
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { InstantInput } from '../time/instant.js';

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
 * (`social`), or the applicant's account on the public-service portal (`portal`).
 */
export type NoticeChannelType = 'email' | 'sms' | 'app' | 'social' | 'portal';

/** The channel types, in the order of {@link NoticeChannelType}. */
export const NOTICE_CHANNEL_TYPES: readonly NoticeChannelType[] = ['email', 'sms', 'app', 'social', 'portal'];

/** One delivery channel (kênh gửi) of a notice. */
export interface NoticeChannel {
  /** The channel type. */
  type: NoticeChannelType;
  /**
   * The address: an email address for `email`, a Vietnamese mobile number for `sms`
   * (`'0912345678'`, `'+84 912.345.678'`); not needed for `app`, `social` and `portal`.
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
 * - `LATE_NOTICE` — issued after the intake deadline (8 working hours, DOMAIN.md §2).
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
  | 'LATE_NOTICE';

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
];

/** A text in Vietnamese and English. */
export interface NoticeText {
  /** Tiếng Việt. */
  vi: string;
  /** English. */
  en: string;
}

/**
 * One problem of a notice.
 *
 * @example
 * { code: 'MISSING_GUIDANCE', path: 'guidance',
 *   message: { vi: 'Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ phải có ít nhất một hướng dẫn cụ thể.', en: '…' } }
 */
export interface NoticeIssue {
  /** A stable code. */
  code: NoticeIssueCode;
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
