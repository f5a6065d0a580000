/**
 * The words of the legal clock (see `clock.ts`): violations, supplements and the waiting
 * state, in Vietnamese and English, with their sources.
 *
 * @module
 */
import { formatDay } from '../../time/civil.js';
import { toDateTime } from '../../time/instant.js';
import type { CompiledZone } from '../../time/zone.js';
import type { ClockResult, SupplementFact, ViolationFact } from './clock.js';
import { dayNumberText, enDay, enInstant, viDay, viInstant } from '../format.js';
import type { Basis } from '../types.js';
import type { Violation } from './violations.js';

/** A violation in words. */
export function violationOf(fact: ViolationFact, zone: CompiledZone): Violation {
  const vi = (e: number): string => viInstant(toDateTime(e, zone));
  const en = (e: number): string => enInstant(toDateTime(e, zone));
  switch (fact.code) {
    case 'SUPPLEMENT_NOTICE_LATE':
      return {
        code: fact.code,
        vi: `Yêu cầu bổ sung, hoàn thiện hồ sơ gửi lúc ${vi(fact.requestedAt)}, quá thời hạn ${fact.days} ngày làm việc kể từ ngày tiếp nhận (hết ${vi(fact.limit)}).`,
        en: `The request to supplement the dossier was sent at ${en(fact.requestedAt)}, after the ${fact.days} working days from the day of receipt (ending ${en(fact.limit)}).`,
        source: fact.source,
      };
    case 'REPEATED_SUPPLEMENT':
      return {
        code: fact.code,
        vi: `Yêu cầu bổ sung lần thứ ${fact.ordinal} (${vi(fact.requestedAt)}): chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần.`,
        en: `Request to supplement number ${fact.ordinal} (${en(fact.requestedAt)}): the dossier may be returned for supplementation only once.`,
        source: fact.source,
      };
    case 'REPEATED_EXTENSION':
      return {
        code: fact.code,
        vi: `Gia hạn lần thứ ${fact.ordinal}: việc hẹn lại ngày trả kết quả được thực hiện không quá ${fact.max === 1 ? 'một' : fact.max} lần.`,
        en: `Extension number ${fact.ordinal}: the appointment may be moved at most ${fact.max === 1 ? 'once' : `${fact.max} times`}.`,
        source: fact.source,
      };
    case 'EXTENSION_NOTICE_LATE':
      return {
        code: fact.code,
        vi: `Văn bản xin lỗi và đề nghị gia hạn (lần ${fact.ordinal}) gửi lúc ${vi(fact.requestedAt)}, muộn hơn ${fact.leadDays} ngày trước ngày hết hạn (${viDay(fact.dueDay)}): phải gửi chậm nhất ngày ${dayNumberText(fact.dueDay - fact.leadDays)}.`,
        en: `The apology and extension request (extension ${fact.ordinal}) was sent at ${en(fact.requestedAt)}, later than ${fact.leadDays} day before the due date (${enDay(fact.dueDay)}): it was due by ${dayNumberText(fact.dueDay - fact.leadDays)}.`,
        source: fact.source,
      };
  }
}

/** A supplement's effect on the clock in words. */
function supplementBasis(fact: SupplementFact, zone: CompiledZone): Basis {
  const vi = (e: number): string => viInstant(toDateTime(e, zone));
  const en = (e: number): string => enInstant(toDateTime(e, zone));
  switch (fact.kind) {
    case 'restart':
      return {
        code: 'SUPPLEMENT_RESTART',
        vi: `Yêu cầu bổ sung lúc ${vi(fact.requestedAt)}, nhận đủ hồ sơ lúc ${vi(fact.completedAt)}: thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ.`,
        en: `Supplement requested at ${en(fact.requestedAt)}, complete dossier received at ${en(fact.completedAt)}: the period restarts in full from the complete dossier.`,
        source: fact.source,
      };
    case 'pause':
      return {
        code: fact.method === 'kpi766' ? 'SUPPLEMENT_PAUSE_KPI766' : 'SUPPLEMENT_PAUSE',
        vi:
          `Yêu cầu bổ sung lúc ${vi(fact.requestedAt)}, nhận đủ hồ sơ lúc ${vi(fact.completedAt)}: thời gian chờ bổ sung không tính vào thời hạn` +
          (fact.method === 'kpi766' ? ' (cách tính chỉ số QĐ 766, không phải thời hạn theo pháp luật).' : fact.model ? ' (mô hình của vn-worktime, không phải trích dẫn văn bản).' : '.'),
        en:
          `Supplement requested at ${en(fact.requestedAt)}, complete dossier received at ${en(fact.completedAt)}: the waiting time is not counted` +
          (fact.method === 'kpi766' ? ' (the QĐ 766 indicator method, not the legal deadline).' : fact.model ? " (the library's model, not a quote of the text)." : '.'),
        source: fact.source,
      };
    case 'judged-at-request':
      return {
        code: 'SUPPLEMENT_JUDGED_AT_REQUEST',
        vi: `Hồ sơ đang chờ bổ sung từ ${vi(fact.requestedAt)}: theo cách tính QĐ 766, hồ sơ được đánh giá tại thời điểm yêu cầu bổ sung.`,
        en: `The dossier has been waiting for a supplement since ${en(fact.requestedAt)}: the QĐ 766 method judges it at the request.`,
      };
  }
}

/** The basis lines of supplements and of the waiting state. */
export function clockBasis(result: ClockResult, zone: CompiledZone): { before: Basis[]; waiting: Basis | undefined } {
  const before = result.supplementFacts.filter((f) => f.kind !== 'judged-at-request').map((f) => supplementBasis(f, zone));
  const judged = result.supplementFacts.find((f) => f.kind === 'judged-at-request');
  if (judged) before.push(supplementBasis(judged, zone));
  const w = result.waiting;
  const waiting: Basis | undefined =
    w === undefined
      ? undefined
      : {
          code: 'WAITING_FOR_SUPPLEMENT',
          vi: `Đang chờ tổ chức, cá nhân bổ sung hồ sơ từ ${viInstant(toDateTime(w.since, zone))}; chưa có hạn giải quyết. Hết ngày ${dayNumberText(w.closesOnDay)} (ngày thứ ${w.days} kể từ khi thông báo) mà chưa hoàn thiện thì hồ sơ bị đóng.`,
          en: `Waiting for the applicant to supplement the dossier since ${enInstant(toDateTime(w.since, zone))}; no deadline runs meanwhile. If it is not completed by the end of ${formatDay(w.closesOnDay)} (day ${w.days} after the notice), the dossier is closed.`,
          source: w.source,
        };
  return { before, waiting };
}
