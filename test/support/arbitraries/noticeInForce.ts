/**
 * Notice cases under the rules in force on their day of issue (docs/domain.md §9 "Channels"): the valid
 * cases of `test/support/arbitraries/notice.ts` use the provincial channels (`app`, `social`) on any day
 * from 2020, but those exist only from QĐ 35/2022/QĐ-UBND (31/10/2022). Here they are replaced by
 * the portal account on earlier days, and the corruptions gain the `context.rules` ones.
 *
 * The channel sets below are written by hand from the texts, independently of `rulesInForce.ts`:
 * - national: email, SMS, the portal account (NĐ 61/2018 until 30/06/2025; NĐ 118/2025, Điều 17
 *   khoản 2 điểm c from 01/07/2025), VNeID from 01/01/2026 (NĐ 367/2025, secondary);
 * - 'tay-ninh': the national ones, and `app`, `social` from 31/10/2022.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { NoticeChannelType } from '../../../src/tthc/notice/types.js';
import { CORRUPTIONS, validCaseArb } from './notice.js';
import type { Corruption, NoticeCase } from './notice.js';

export const QD_35_FROM = '2022-10-31';
export const VNEID_FROM = '2026-01-01';

/** The day of an instant in Vietnam, `'YYYY-MM-DD'`. */
export function vietnamDay(epoch: number): string {
  return DateTime.fromMillis(epoch, { zone: 'Asia/Ho_Chi_Minh' }).toISODate() ?? '';
}

/** The channels allowed on `day` under a rule set (hand-written oracle). */
export function allowedOn(rules: 'tay-ninh' | 'national', day: string): NoticeChannelType[] {
  const types: NoticeChannelType[] = ['email', 'sms', 'portal'];
  if (day >= VNEID_FROM) types.push('vneid');
  if (rules === 'tay-ninh' && day >= QD_35_FROM) types.push('app', 'social');
  return types;
}

/** A valid case whose channels are all allowed under the default rules on its day of issue. */
export function inForce(c: NoticeCase): NoticeCase {
  const allowed = allowedOn('tay-ninh', vietnamDay(c.issuedEpoch));
  const channels = c.notice.channels.map((ch) => (allowed.includes(ch.type) ? ch : { type: 'portal' as const }));
  return { ...c, notice: { ...c.notice, channels } };
}

/** Valid cases under the rules in force (the default `'tay-ninh'`). */
export const inForceCaseArb: fc.Arbitrary<NoticeCase> = validCaseArb.map(inForce);

/** The corruptions of `test/support/arbitraries/notice.ts` and those of `context.rules`. */
export const ALL_CORRUPTIONS: Corruption[] = [
  ...CORRUPTIONS,
  { name: 'context.rules unknown', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, rules: 'long-an' as never } }) },
  { name: 'context.rules null', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, rules: null as never } }) },
  {
    name: 'Tây Ninh Smart under the national rules',
    code: 'CHANNEL_NOT_ALLOWED',
    apply: (c) => ({ notice: { ...c.notice, channels: [{ type: 'portal' }, { type: 'app' }] }, context: { ...c.context, rules: 'national' } }),
  },
  {
    name: "the province's social page under the national rules",
    code: 'CHANNEL_NOT_ALLOWED',
    apply: (c) => ({ notice: { ...c.notice, channels: [{ type: 'social' }, { type: 'sms', to: '0912345678' }] }, context: { ...c.context, rules: 'national' } }),
  },
];

/** A valid case under the rules in force together with one corruption. */
export const corruptedInForceCaseArb: fc.Arbitrary<{ corruption: Corruption; notice: unknown; context: NoticeCase['context'] }> = fc
  .tuple(inForceCaseArb, fc.constantFrom(...ALL_CORRUPTIONS))
  .map(([c, corruption]) => ({ corruption, ...corruption.apply(c) }));
