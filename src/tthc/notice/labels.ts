/**
 * The words of `INVALID_FIELD` messages: what each field is called and what it should be, in
 * Vietnamese and English.
 *
 * @module
 */
import { quote } from './text.js';
import type { NoticeChannelType, NoticeText } from './types.js';

const n = (i: number): number => i + 1;
/** `100000` → `100.000` (vi) / `100,000` (en). */
const group = (value: number, sep: string): string => new Intl.NumberFormat('en-US').format(value).replaceAll(',', sep);

/** The labels of the notice's and the context's fields. */
export const FIELD = Object.freeze({
  notice: { vi: 'Thông báo', en: 'The notice' },
  dossierId: { vi: 'Mã hồ sơ (dossierId)', en: 'The dossier id (dossierId)' },
  kind: { vi: 'Loại thông báo (kind)', en: 'The notice kind (kind)' },
  issuedAt: { vi: 'Thời điểm ban hành thông báo (issuedAt)', en: 'The issue time (issuedAt)' },
  content: { vi: 'Nội dung (content)', en: 'The content (content)' },
  reason: { vi: 'Lý do (reason)', en: 'The reason (reason)' },
  guidance: { vi: 'Danh sách hướng dẫn (guidance)', en: 'The guidance list (guidance)' },
  guidanceItem: (i: number): NoticeText => ({ vi: `Mục hướng dẫn thứ ${n(i)} (guidance[${i}])`, en: `Guidance item ${n(i)} (guidance[${i}])` }),
  authority: { vi: 'Cơ quan có thẩm quyền (authority)', en: 'The competent agency (authority)' },
  channels: { vi: 'Danh sách kênh gửi (channels)', en: 'The channel list (channels)' },
  channel: (i: number): NoticeText => ({ vi: `Kênh gửi thứ ${n(i)} (channels[${i}])`, en: `Channel ${n(i)} (channels[${i}])` }),
  channelType: (i: number): NoticeText => ({
    vi: `Loại của kênh gửi thứ ${n(i)} (channels[${i}].type)`,
    en: `The type of channel ${n(i)} (channels[${i}].type)`,
  }),
  channelTo: (i: number): NoticeText => ({
    vi: `Địa chỉ nhận của kênh gửi thứ ${n(i)} (channels[${i}].to)`,
    en: `The address of channel ${n(i)} (channels[${i}].to)`,
  }),
  context: { vi: 'Thông tin kèm theo (context)', en: 'The context (context)' },
  contextKey: (key: string): NoticeText => ({ vi: `Tùy chọn ${quote(key)} của context`, en: `The context option ${quote(key)}` }),
  submittedAt: { vi: 'Thời điểm nộp hồ sơ (context.submittedAt)', en: 'The submission time (context.submittedAt)' },
  calendar: { vi: 'Lịch làm việc (context.calendar)', en: 'The working calendar (context.calendar)' },
  previousNotices: { vi: 'Danh sách thông báo trước (context.previousNotices)', en: 'The previous notices (context.previousNotices)' },
  rules: { vi: 'Bộ quy định áp dụng (context.rules)', en: 'The rule set (context.rules)' },
  previous: (i: number): NoticeText => ({
    vi: `Thông báo trước thứ ${n(i)} (context.previousNotices[${i}])`,
    en: `Previous notice ${n(i)} (context.previousNotices[${i}])`,
  }),
  previousField: (i: number, key: string): NoticeText => ({
    vi: `Trường ${key} của thông báo trước thứ ${n(i)} (context.previousNotices[${i}].${key})`,
    en: `The ${key} of previous notice ${n(i)} (context.previousNotices[${i}].${key})`,
  }),
});

/** What a field should be. */
export const EXPECTED = Object.freeze({
  object: { vi: 'một đối tượng', en: 'an object' },
  id: { vi: 'một chuỗi ký tự không để trống, tối đa 1.000 ký tự', en: 'a non-blank string of at most 1,000 characters' },
  kind: {
    vi: "'supplement' (bổ sung, hoàn thiện), 'refusal' (từ chối) hoặc 'redirect' (gửi đúng cơ quan có thẩm quyền)",
    en: "'supplement', 'refusal' or 'redirect'",
  },
  instant: {
    vi: "một thời điểm: Date, DateTime, số mili giây hoặc chuỗi ISO 8601 như '2026-03-16T08:00'",
    en: "an instant: a Date, a DateTime, epoch milliseconds or an ISO 8601 string such as '2026-03-16T08:00'",
  },
  inRange: { vi: 'một thời điểm trong phạm vi của lịch làm việc', en: "an instant within the working calendar's range" },
  text: { vi: 'một chuỗi ký tự', en: 'a string' },
  shortText: { vi: 'một chuỗi ký tự tối đa 1.000 ký tự', en: 'a string of at most 1,000 characters' },
  longText: { vi: 'một chuỗi ký tự tối đa 100.000 ký tự', en: 'a string of at most 100,000 characters' },
  meaningful: { vi: 'nội dung có chữ hoặc số', en: 'text with at least one letter or digit' },
  guidance: { vi: 'một danh sách các chuỗi ký tự (có thể rỗng với thông báo từ chối, chuyển hồ sơ)', en: 'an array of strings (may be empty for a refusal or redirect)' },
  channels: { vi: 'một danh sách kênh gửi dạng { type, to }', en: 'an array of channels { type, to }' },
  channelType: { vi: "'email', 'sms', 'app', 'social', 'portal' hoặc 'vneid'", en: "'email', 'sms', 'app', 'social', 'portal' or 'vneid'" },
  atMost: (max: number): NoticeText => ({ vi: `tối đa ${group(max, '.')} mục`, en: `at most ${group(max, ',')} items` }),
  calendar: { vi: 'một WorkingCalendar (ví dụ civilServiceCalendar())', en: 'a WorkingCalendar (e.g. civilServiceCalendar())' },
  contextKey: { vi: 'một trong các tùy chọn submittedAt, calendar, previousNotices, rules', en: 'one of the options submittedAt, calendar, previousNotices, rules' },
  rules: { vi: "'tay-ninh' (mặc định) hoặc 'national'", en: "'tay-ninh' (the default) or 'national'" },
  previousNotices: { vi: 'một danh sách các thông báo', en: 'an array of notices' },
  afterSubmission: (submitted: NoticeText): NoticeText => ({
    vi: `một thời điểm không sớm hơn thời điểm nộp hồ sơ (${submitted.vi})`,
    en: `an instant no earlier than the submission (${submitted.en})`,
  }),
  computable: { vi: 'một thời điểm tính được hạn tiếp nhận', en: 'an instant from which the intake deadline can be computed' },
});

/** What each channel type is called in messages. */
export const CHANNEL_NAME: { readonly [T in NoticeChannelType]: NoticeText } = Object.freeze({
  email: { vi: 'thư điện tử', en: 'email' },
  sms: { vi: 'tin nhắn SMS', en: 'SMS' },
  app: { vi: 'ứng dụng của tỉnh như Tây Ninh Smart', en: 'the provincial app such as Tây Ninh Smart' },
  social: { vi: 'trang hành chính công của tỉnh trên mạng xã hội', en: "the province's page on social networks" },
  portal: { vi: 'tài khoản trên Cổng Dịch vụ công quốc gia', en: 'the account on the national public-service portal' },
  vneid: { vi: 'ứng dụng VNeID', en: 'the VNeID app' },
});
