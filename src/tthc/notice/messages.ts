/**
 * The message catalogue of notice issues: for each {@link NoticeIssueCode}, the Vietnamese and
 * English message a clerk reads, built from a few parameters.
 *
 * @module
 */
import { CHANNEL_NAME } from './labels.js';
import { quote } from './text.js';
import type { RuleSetName } from '../rulesInForce.js';
import type { NoticeChannelType, NoticeIssueCode, NoticeText } from './types.js';

/** The parameters of the message of each code. */
export interface NoticeMessageParams {
  /** `field` is the field's label, `expected` what it should be, `got` what it is (when known). */
  INVALID_FIELD: { field: NoticeText; expected: NoticeText; got?: NoticeText };
  MISSING_CONTENT: Record<string, never>;
  MISSING_REASON: Record<string, never>;
  /** `item`: the 1-based number of a blank guidance item; absent when there is no guidance at all. */
  MISSING_GUIDANCE: { item?: number };
  MISSING_AUTHORITY: Record<string, never>;
  NO_CHANNEL: Record<string, never>;
  /** `position`: the 1-based number of the channel; `to`: the address given, if any (quoted and shortened in the message). */
  INVALID_CONTACT: { channel: 'email' | 'sms'; position: number; to?: string };
  /** `earlier`: when the earlier request was issued, if readable. */
  REPEATED_REQUEST: { dossierId: string; earlier?: NoticeText };
  LATE_NOTICE: { issuedAt: NoticeText; deadline: NoticeText; submittedAt: NoticeText };
  /**
   * `position`: the 1-based number of the channel; `date`: the day of issue, `dd/MM/yyyy`;
   * `source`: the texts in force that name the channels; `allowed`: the channels they allow, in
   * order; `later`: when the channel becomes allowed later (an amending text), that day and text.
   */
  CHANNEL_NOT_ALLOWED: {
    channel: NoticeChannelType;
    position: number;
    rules: RuleSetName;
    date: string;
    source: string;
    allowed: readonly NoticeChannelType[];
    later?: { date: string; source: string; secondary: boolean };
  };
}

const RULES_NAME: { readonly [R in RuleSetName]: NoticeText } = {
  'tay-ninh': { vi: "quy định áp dụng tại Tây Ninh ('tay-ninh')", en: "the Tây Ninh rules ('tay-ninh')" },
  national: { vi: "quy định toàn quốc ('national')", en: "the national rules ('national')" },
};

const channelList = (types: readonly NoticeChannelType[], lang: 'vi' | 'en'): string => types.map((t) => `${CHANNEL_NAME[t][lang]} ('${t}')`).join(', ');

/** The catalogue type: one message builder per code. */
export type NoticeMessageCatalogue = { readonly [C in NoticeIssueCode]: (params: NoticeMessageParams[C]) => NoticeText };

/**
 * The message catalogue, keyed by code.
 *
 * @example
 * NOTICE_MESSAGES.MISSING_GUIDANCE({}).vi;
 * //=> 'Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ phải có ít nhất một hướng dẫn cụ thể về việc cần bổ sung, sửa đổi.'
 * NOTICE_MESSAGES.INVALID_CONTACT({ channel: 'sms', position: 1, to: '0212345678' }).en;
 * //=> 'Channel 1 (SMS): "0212345678" is not a Vietnamese mobile number: expected 10 digits starting with 03, 05, 07, 08 or 09, written 0…, 84… or +84….'
 */
export const NOTICE_MESSAGES: NoticeMessageCatalogue = Object.freeze({
  INVALID_FIELD: ({ field, expected, got }) => ({
    vi: `${field.vi} không hợp lệ: cần ${expected.vi}${got ? `, nhận được ${got.vi}` : ''}.`,
    en: `${field.en} is invalid: expected ${expected.en}${got ? `, got ${got.en}` : ''}.`,
  }),
  MISSING_CONTENT: () => ({
    vi: 'Thông báo phải nêu rõ nội dung (content); nội dung đang để trống.',
    en: 'The notice must state its content (content); it is empty.',
  }),
  MISSING_REASON: () => ({
    vi: 'Thông báo phải nêu rõ lý do (reason); lý do đang để trống.',
    en: 'The notice must state the reason (reason); it is empty.',
  }),
  MISSING_GUIDANCE: ({ item }) =>
    item === undefined
      ? {
          vi: 'Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ phải có ít nhất một hướng dẫn cụ thể về việc cần bổ sung, sửa đổi.',
          en: 'A request to supplement the dossier must give at least one specific instruction on what to add or correct.',
        }
      : {
          vi: `Mục hướng dẫn thứ ${item} đang để trống; mỗi mục phải là một hướng dẫn cụ thể.`,
          en: `Guidance item ${item} is empty; each item must be a specific instruction.`,
        },
  MISSING_AUTHORITY: () => ({
    vi: 'Thông báo hướng dẫn gửi hồ sơ đến đúng cơ quan có thẩm quyền phải nêu tên cơ quan đó (authority).',
    en: 'A notice redirecting the dossier must name the competent agency (authority).',
  }),
  NO_CHANNEL: () => ({
    vi: 'Thông báo chưa có kênh gửi nào: thư điện tử, tin nhắn SMS, ứng dụng, trang mạng xã hội, tài khoản trên Cổng dịch vụ công hoặc VNeID.',
    en: 'The notice has no delivery channel: email, SMS, app, social network page, public-service portal account or VNeID.',
  }),
  INVALID_CONTACT: ({ channel, position, to }) => {
    if (channel === 'email') {
      return to === undefined
        ? { vi: `Kênh gửi thứ ${position} (thư điện tử) chưa có địa chỉ nhận (to).`, en: `Channel ${position} (email) has no address (to).` }
        : {
            vi: `Kênh gửi thứ ${position} (thư điện tử): địa chỉ ${quote(to)} không hợp lệ; cần dạng ten@tenmien.vn.`,
            en: `Channel ${position} (email): ${quote(to)} is not a valid email address; expected name@domain.vn.`,
          };
    }
    return to === undefined
      ? { vi: `Kênh gửi thứ ${position} (SMS) chưa có số điện thoại di động nhận (to).`, en: `Channel ${position} (SMS) has no mobile number (to).` }
      : {
          vi: `Kênh gửi thứ ${position} (SMS): ${quote(to)} không phải số điện thoại di động Việt Nam; cần 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, viết dạng 0…, 84… hoặc +84….`,
          en: `Channel ${position} (SMS): ${quote(to)} is not a Vietnamese mobile number: expected 10 digits starting with 03, 05, 07, 08 or 09, written 0…, 84… or +84….`,
        };
  },
  REPEATED_REQUEST: ({ dossierId, earlier }) => ({
    vi: `Hồ sơ ${quote(dossierId)} đã được yêu cầu bổ sung, hoàn thiện${earlier ? ` (${earlier.vi})` : ''}; hướng dẫn phải cụ thể, đầy đủ một lần, không yêu cầu bổ sung thêm lần nữa.`,
    en: `Dossier ${quote(dossierId)} already received a request to supplement${earlier ? ` (${earlier.en})` : ''}; guidance must be specific and complete, given once, not requested again.`,
  }),
  LATE_NOTICE: ({ issuedAt, deadline, submittedAt }) => ({
    vi: `Thông báo ban hành lúc ${issuedAt.vi}, sau hạn tiếp nhận ${deadline.vi} của hồ sơ nộp trực tuyến lúc ${submittedAt.vi}.`,
    en: `The notice was issued ${issuedAt.en}, after the intake deadline ${deadline.en} of the dossier submitted online ${submittedAt.en}.`,
  }),
  CHANNEL_NOT_ALLOWED: ({ channel, position, rules, date, source, allowed, later }) => {
    const secondary = later?.secondary ? { vi: ', nguồn thứ cấp', en: ', secondary source' } : { vi: '', en: '' };
    return {
      vi:
        `Kênh gửi thứ ${position} (${CHANNEL_NAME[channel].vi}, '${channel}') không được dùng cho thông báo ngày ${date} theo ${RULES_NAME[rules].vi}; ` +
        `chỉ được gửi qua: ${channelList(allowed, 'vi')}.` +
        (later ? ` Kênh này được dùng từ ${later.date} (${later.source}${secondary.vi}).` : '') +
        ` Căn cứ: ${source}.`,
      en:
        `Channel ${position} (${CHANNEL_NAME[channel].en}, '${channel}') may not carry a notice issued on ${date} under ${RULES_NAME[rules].en}, ` +
        `which allow only: ${channelList(allowed, 'en')}.` +
        (later ? ` The channel is allowed from ${later.date} (${later.source}${secondary.en}).` : '') +
        ` Basis: ${source}.`,
    };
  },
});
