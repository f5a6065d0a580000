/**
 * `validateNotice`: checks a notice to an applicant — content, reason, specific and complete
 * guidance given once, the competent agency, delivery channels, timing — and returns every
 * problem at once (docs/domain.md §4).
 *
 * @module
 */
import { allowedChannels, checkChannels } from './channels.js';
import { readContext } from './context.js';
import { checkAuthority, checkFields } from './fields.js';
import type { NoticeHead } from './fields.js';
import { checkGuidance } from './guidance.js';
import { checkHistory } from './history.js';
import { NoticeIssueList } from './issues.js';
import { EXPECTED, FIELD } from './labels.js';
import { describeValue, isArray, isRecord, readOwn } from './read.js';
import { checkTiming } from './timing.js';
import type { NoticeContext, NoticeText, NoticeValidation } from './types.js';

/** What is expected when checking itself failed unexpectedly (a bug; reported, never thrown). */
export const UNCHECKABLE: NoticeText = { vi: 'một thông báo có thể kiểm tra được', en: 'a notice that can be checked' };

/**
 * Checks a notice (thông báo) sent when an online dossier is incomplete, inaccurate or outside the
 * agency's authority, and returns every issue at once, each with a stable code, a path and a
 * message in Vietnamese and English. Never throws, whatever it is given.
 *
 * Rules (NĐ 61/2018, Điều 15, until 30/06/2025; NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 from
 * 01/07/2025; QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10):
 * - `dossierId`, `kind`, `issuedAt` readable; content (nội dung) and reason (lý do) with at least
 *   one letter or digit, for every kind (`MISSING_CONTENT`, `MISSING_REASON`);
 * - a `supplement` (bổ sung, hoàn thiện) gives at least one concrete guidance item
 *   (`MISSING_GUIDANCE`), and no earlier supplement request exists for the dossier in
 *   `context.previousNotices` — hướng dẫn đầy đủ một lần (`REPEATED_REQUEST`);
 * - a `redirect` (gửi đúng cơ quan có thẩm quyền) names the competent agency (`MISSING_AUTHORITY`);
 * - at least one channel (`NO_CHANNEL`); email and SMS channels with a valid email address or
 *   Vietnamese mobile number (`INVALID_CONTACT`); app, social, portal and vneid need no address;
 * - each channel allowed by `context.rules` (default `'tay-ninh'`) on the day of issue
 *   (`CHANNEL_NOT_ALLOWED`): nationally email, SMS and the portal account (NĐ 61/2018; NĐ 118/2025,
 *   Điều 17 khoản 2 điểm c) and VNeID from 01/01/2026 (NĐ 367/2025, secondary source); under
 *   `'tay-ninh'` also Tây Ninh Smart (`app`) and the province's social page (`social`) from
 *   31/10/2022 (QĐ 35/2022/QĐ-UBND). Not checked without a readable `issuedAt` or a valid `rules`;
 * - with `context.submittedAt`: issued no later than the intake deadline, 8 working hours
 *   (`LATE_NOTICE`), and not before the submission.
 *
 * Gotchas: only own properties count (an inherited or polluted prototype value is ignored);
 * wall-clock strings are read in the context calendar's zone (default `Asia/Ho_Chi_Minh`);
 * a malformed context (wrong types, unknown options such as a misspelt `submitedAt`) is reported
 * as `INVALID_FIELD` under `context`; very large inputs are examined only up to fixed limits
 * (200 guidance items or channels, 100 000 previous notices, 100 000 characters a text) and
 * exceeding a limit is itself an issue.
 *
 * @param notice - the notice to check, of any type.
 * @param context - optional: `submittedAt` enables `LATE_NOTICE`, `previousNotices` enables
 *   `REPEATED_REQUEST`, `calendar` (default `civilServiceCalendar()`) computes the deadline and
 *   gives the zone of the day of issue, `rules` (default `'tay-ninh'`) decides the channels.
 * @returns `{ valid, issues }`; `valid` is `issues.length === 0`.
 * @example
 * validateNotice({
 *   dossierId: 'HS-2026-0001', kind: 'supplement', issuedAt: '2026-03-16T10:00',
 *   content: 'Hồ sơ chưa đầy đủ.', reason: 'Thiếu bản sao Căn cước.', guidance: [],
 *   channels: [{ type: 'sms', to: '0212345678' }],
 * }, { submittedAt: '2026-03-13T20:00' }).issues.map((i) => `${i.code} ${i.path}`);
 * //=> ['MISSING_GUIDANCE guidance', 'INVALID_CONTACT channels[0].to']
 * // Submitted Friday 20:00, the intake deadline is Tuesday 17/03/2026 08:00; 08:01 would be LATE_NOTICE.
 */
export function validateNotice(notice: unknown, context?: NoticeContext): NoticeValidation {
  const list = new NoticeIssueList();
  try {
    const ctx = readContext(context);
    let head: NoticeHead = {};
    if (!isRecord(notice) || isArray(notice) !== false) {
      list.invalid('', FIELD.notice, EXPECTED.object, describeValue(notice));
    } else {
      head = checkFields(notice, ctx.zone, list);
      checkGuidance(readOwn(notice, 'guidance'), head.kind, list);
      checkAuthority(readOwn(notice, 'authority'), head.kind, list);
      const allowed = ctx.rules !== undefined && head.issuedAt !== undefined ? allowedChannels(ctx.rules, head.issuedAt, ctx.zone) : undefined;
      checkChannels(readOwn(notice, 'channels'), allowed, list);
    }
    list.issues.push(...ctx.issues.issues);
    if (ctx.previous) checkHistory(ctx.previous, notice, head, ctx.zone, list);
    checkTiming(ctx, head, list);
  } catch {
    list.invalid('', FIELD.notice, UNCHECKABLE);
  }
  return { valid: list.issues.length === 0, issues: list.issues };
}
