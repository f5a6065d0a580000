/**
 * serviceLevel: the level of an online public service under the text in force on a day, with its
 * basis (docs/domain.md §6, §9).
 *
 * - until 30/06/2026 Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1: toàn trình = information,
 *   submission and processing online, the result online or by post; một phần = online submission
 *   otherwise; not online without online submission (the rule of classifyService);
 * - from 01/07/2026 Luật Chuyển đổi số 148/2025/QH15, Điều 3 khoản 15: toàn trình = "thực hiện
 *   hoàn toàn trên môi trường số, bao gồm nộp, tiếp nhận hồ sơ, xử lý, thanh toán (nếu có) và trả
 *   kết quả"; một phần = "một hoặc một số công đoạn trên môi trường số". Điều 32 khoản 1: toàn
 *   trình by default, một phần only where the law provides otherwise or after a technical incident.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { PARTIAL_REASONS, SERVICE_LEVEL_LAWS, SERVICE_LEVEL_SOURCE, classifyService, serviceLevel } from '../../src/tthc/service/classifyService.js';
import type { ServiceFeatures, ServiceResultDelivery } from '../../src/tthc/service/classifyService.js';
import { formatDay, parseDay } from '../../src/time/civil.js';
import { serviceFeaturesArb } from '../support/arbitraries/service.js';
import { basisCodes } from '../support/basis.js';

const ND_42 = 'Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1';
const CDS_3_15 = 'Luật Chuyển đổi số 148/2025/QH15, Điều 3 khoản 15';
const CDS_32_1 = 'Luật Chuyển đổi số 148/2025/QH15, Điều 32 khoản 1';

const allOnline = (result: ServiceResultDelivery): ServiceFeatures => ({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result });

describe('the text in force on the day', () => {
  test('30/06/2026: NĐ 42/2022 — a result sent by post keeps the service toàn trình', () => {
    const r = serviceLevel(allOnline('postal'), { on: '2026-06-30' });
    expect(r.level).toBe('full');
    expect(r.basis).toHaveLength(1);
    expect(r.basis[0]).toMatchObject({ code: 'SERVICE_LEVEL', source: ND_42 });
    expect(r.basis[0]?.source).toBe(SERVICE_LEVEL_SOURCE);
  });

  test('01/07/2026: Luật Chuyển đổi số — a result sent by post is not on the digital environment, so một phần', () => {
    const r = serviceLevel(allOnline('postal'), { on: '2026-07-01' });
    expect(r.level).toBe('partial');
    expect(r.basis[0]).toMatchObject({ code: 'SERVICE_LEVEL', source: CDS_3_15 });
    expect(r.basis[0]?.vi).toContain('một hoặc một số công đoạn');
  });

  test('01/07/2026: everything online, the result online → toàn trình, no reason needed', () => {
    const r = serviceLevel(allOnline('online'), { on: '2026-07-01' });
    expect(r).toEqual({
      level: 'full',
      basis: [
        {
          code: 'SERVICE_LEVEL',
          vi: 'Dịch vụ công trực tuyến toàn trình: thực hiện hoàn toàn trên môi trường số — nộp, tiếp nhận hồ sơ, xử lý và trả kết quả.',
          en: 'Full online service (toàn trình): entirely on the digital environment — submission, intake, processing and the result.',
          source: CDS_3_15,
        },
      ],
    });
  });

  // Art. 3(15) lists submission, intake, processing, payment and the result — not the information on the procedure.
  test('information offline, the rest online: một phần under NĐ 42 (Điều 11 khoản 1 điểm a), toàn trình under Luật CĐS (Điều 3 khoản 15)', () => {
    const s: ServiceFeatures = { onlineInfo: false, onlineSubmission: true, onlineProcessing: true, result: 'online' };
    expect(serviceLevel(s, { on: '2026-06-30' }).level).toBe('partial');
    expect(serviceLevel(s, { on: '2026-07-01' }).level).toBe('full');
  });

  test('processing online without online submission: not online under NĐ 42, một phần (one step) under Luật CĐS', () => {
    const s: ServiceFeatures = { onlineInfo: true, onlineSubmission: false, onlineProcessing: true, result: 'in-person' };
    expect(serviceLevel(s, { on: '2026-06-30' }).level).toBe('not-online');
    expect(serviceLevel(s, { on: '2026-07-01' }).level).toBe('partial');
  });

  test('no step online → not online under both', () => {
    const s: ServiceFeatures = { onlineInfo: true, onlineSubmission: false, onlineProcessing: false, result: 'postal' };
    expect(serviceLevel(s, { on: '2026-06-30' })).toMatchObject({ level: 'not-online', basis: [{ code: 'SERVICE_LEVEL', source: ND_42 }] });
    expect(serviceLevel(s, { on: '2026-07-01' })).toMatchObject({ level: 'not-online', basis: [{ code: 'SERVICE_LEVEL', source: CDS_3_15 }] });
    expect(basisCodes(serviceLevel(s, { on: '2026-07-01' }))).toEqual(['SERVICE_LEVEL']);
  });

  test('without `on` the latest text applies (Luật CĐS), never today', () => {
    const s = allOnline('postal');
    expect(serviceLevel(s)).toEqual(serviceLevel(s, { on: '2026-07-01' }));
    expect(serviceLevel(s, { on: undefined })).toEqual(serviceLevel(s, { on: '2040-01-01' }));
  });

  test('days before NĐ 42/2022 use its two levels (the first row covers them)', () => {
    expect(serviceLevel(allOnline('postal'), { on: '2015-03-01' })).toMatchObject({ level: 'full', basis: [{ source: ND_42 }] });
    expect(serviceLevel(allOnline('postal'), { on: '1000-01-01' }).basis[0]?.source).toBe(ND_42);
  });

  test('a Date or DateTime means its day in Vietnam', () => {
    // 30/06/2026 17:30 UTC is 01/07/2026 00:30 in Vietnam.
    expect(serviceLevel(allOnline('postal'), { on: new Date('2026-06-30T17:30:00Z') }).level).toBe('partial');
    expect(serviceLevel(allOnline('postal'), { on: new Date('2026-06-30T16:59:59Z') }).level).toBe('full');
    expect(serviceLevel(allOnline('postal'), { on: DateTime.fromISO('2026-06-30T23:00', { zone: 'Asia/Ho_Chi_Minh' }) }).level).toBe('full');
  });

  test('legacy levels map the same under both texts, with a LEGACY_LEVEL basis', () => {
    for (const on of ['2026-06-30', '2026-07-01']) {
      expect(serviceLevel({ legacyLevel: 4 }, { on }).level).toBe('full');
      expect(serviceLevel({ legacyLevel: 2 }, { on }).level).toBe('not-online');
      expect(basisCodes(serviceLevel({ legacyLevel: 4 }, { on }))).toEqual(['SERVICE_LEVEL', 'LEGACY_LEVEL']);
    }
    expect(serviceLevel({ legacyLevel: 3 }, { on: '2026-06-30' }).basis[1]?.vi).toBe(
      'Mức độ 3 (Nghị định 43/2011/NĐ-CP) được quy đổi: mức độ 4 → toàn trình, 3 → một phần, 1–2 → không trực tuyến (quy đổi của vn-worktime).',
    );
  });
});

describe('một phần needs a reason under Luật Chuyển đổi số (Điều 32 khoản 1)', () => {
  const partial: ServiceFeatures = { onlineInfo: true, onlineSubmission: true, onlineProcessing: false, result: 'in-person' };

  test('without partialReason: PARTIAL_NEEDS_REASON citing Điều 32 khoản 1', () => {
    const r = serviceLevel(partial, { on: '2026-07-01' });
    expect(r.level).toBe('partial');
    expect(r.basis[1]).toEqual({
      code: 'PARTIAL_NEEDS_REASON',
      vi: "Từ 01/07/2026 thủ tục hành chính được cung cấp mặc định theo hình thức toàn trình; chỉ cung cấp một phần khi pháp luật có quy định khác hoặc khi xảy ra sự cố kỹ thuật chưa thể khắc phục ngay: cần nêu một trong hai lý do (partialReason: 'legal-exception' hoặc 'technical-incident').",
      en: "From 01/07/2026 procedures are offered as full online services by default; a partial service needs one of two reasons (partialReason: 'legal-exception' — the law provides otherwise, or 'technical-incident' — a technical incident that cannot be fixed at once).",
      source: CDS_32_1,
    });
  });

  test("with 'legal-exception': PARTIAL_REASON, the law provides otherwise (điểm b)", () => {
    const r = serviceLevel(partial, { on: '2026-07-01', partialReason: 'legal-exception' });
    expect(basisCodes(r)).toEqual(['SERVICE_LEVEL', 'PARTIAL_REASON']);
    expect(r.basis[1]).toEqual({
      code: 'PARTIAL_REASON',
      vi: 'Cung cấp một phần vì pháp luật có quy định khác.',
      en: 'Offered as a partial service because the law provides otherwise.',
      source: 'Luật Chuyển đổi số 148/2025/QH15, Điều 32 khoản 1 điểm b ("pháp luật có quy định khác")',
    });
  });

  test("with 'technical-incident': PARTIAL_REASON, an incident not yet fixed (điểm b)", () => {
    const r = serviceLevel(partial, { partialReason: 'technical-incident' });
    expect(r.basis[1]).toMatchObject({ code: 'PARTIAL_REASON', en: 'Offered as a partial service because of a technical incident that cannot be fixed at once.' });
    expect(r.basis[1]?.source).toContain('sự cố kỹ thuật chưa thể khắc phục ngay');
  });

  test('NĐ 42/2022 sets no default: no reason entry, and a reason given is ignored', () => {
    expect(basisCodes(serviceLevel(partial, { on: '2026-06-30' }))).toEqual(['SERVICE_LEVEL']);
    expect(basisCodes(serviceLevel(partial, { on: '2026-06-30', partialReason: 'legal-exception' }))).toEqual(['SERVICE_LEVEL']);
  });

  test('a reason given for a toàn trình service is ignored', () => {
    expect(serviceLevel(allOnline('online'), { partialReason: 'technical-incident' })).toEqual(serviceLevel(allOnline('online')));
  });
});

describe('one rule with classifyService', () => {
  const dayArb = (from: string, to: string): fc.Arbitrary<string> =>
    fc.integer({ min: parseDay(from) as number, max: parseDay(to) as number }).map(formatDay);

  test('property: until 30/06/2026 serviceLevel gives the level of classifyService', () => {
    fc.assert(
      fc.property(serviceFeaturesArb, dayArb('1900-01-01', '2026-06-30'), (s, on) => {
        expect(serviceLevel(s, { on }).level).toBe(classifyService(s));
      }),
    );
  });

  test('property: from 01/07/2026 full ⇔ submission, processing and the result online; not online ⇔ no step online; PARTIAL_NEEDS_REASON ⇔ partial without a reason', () => {
    fc.assert(
      fc.property(serviceFeaturesArb, dayArb('2026-07-01', '2100-12-31'), fc.option(fc.constantFrom(...PARTIAL_REASONS), { nil: undefined }), (s, on, partialReason) => {
        const r = serviceLevel(s, { on, partialReason });
        expect(r.level === 'full').toBe(s.onlineSubmission && s.onlineProcessing && s.result === 'online');
        expect(r.level === 'not-online').toBe(!s.onlineSubmission && !s.onlineProcessing && s.result !== 'online');
        expect(basisCodes(r).includes('PARTIAL_NEEDS_REASON')).toBe(r.level === 'partial' && partialReason === undefined);
        expect(basisCodes(r).includes('PARTIAL_REASON')).toBe(r.level === 'partial' && partialReason !== undefined);
        expect(r.basis[0]?.source).toBe(CDS_3_15);
      }),
    );
  });

  test('classifyService is unchanged after 01/07/2026: it is the NĐ 42/2022 rule', () => {
    expect(classifyService(allOnline('postal'))).toBe('full');
  });
});

describe('the table of texts', () => {
  test('rows follow each other without gap or overlap; the last is open-ended', () => {
    for (let i = 1; i < SERVICE_LEVEL_LAWS.length; i++) {
      const before = SERVICE_LEVEL_LAWS[i - 1]!;
      expect(before.to).toBeDefined();
      expect(parseDay(SERVICE_LEVEL_LAWS[i]!.from)).toBe((parseDay(before.to!) as number) + 1);
    }
    expect(SERVICE_LEVEL_LAWS[SERVICE_LEVEL_LAWS.length - 1]?.to).toBeUndefined();
  });

  test('NĐ 42/2022 ends on 30/06/2026 (NĐ 224/2026, secondary); Luật CĐS starts on 01/07/2026 (Điều 47)', () => {
    expect(SERVICE_LEVEL_LAWS.map((l) => [l.id, l.from, l.to, l.secondary])).toEqual([
      ['nd-42-2022', '1900-01-01', '2026-06-30', true],
      ['luat-cds-148-2025', '2026-07-01', undefined, false],
    ]);
    expect(SERVICE_LEVEL_LAWS[0]?.endSource).toContain('Nghị định 224/2026/NĐ-CP, Điều 90 khoản 2');
    expect(Object.isFrozen(SERVICE_LEVEL_LAWS)).toBe(true);
  });
});

describe('invalid input throws', () => {
  test.each<[string, () => unknown, string, RegExp]>([
    ['an unreadable day', () => serviceLevel(allOnline('online'), { on: '01/07/2026' }), 'INVALID_DATE', /`on`/],
    ['a day out of range', () => serviceLevel(allOnline('online'), { on: new Date(Date.UTC(10000, 0, 1)) }), 'OUT_OF_RANGE', /`on`/],
    ['an unknown option', () => serviceLevel(allOnline('online'), { at: '2026-07-01' } as never), 'INVALID_ARGUMENT', /Unknown option 'at' of serviceLevel/],
    ['options that are not an object', () => serviceLevel(allOnline('online'), '2026-07-01' as never), 'INVALID_ARGUMENT', /options of serviceLevel/],
    ['an unknown reason', () => serviceLevel(allOnline('online'), { partialReason: 'pháp luật' as never }), 'INVALID_ARGUMENT', /Expected `partialReason` of serviceLevel to be 'legal-exception' or 'technical-incident', got "pháp luật"/],
    ['a service of neither shape', () => serviceLevel({} as never), 'INVALID_ARGUMENT', /Expected the service of serviceLevel to be/],
    ['a flag that is not a boolean', () => serviceLevel({ ...allOnline('online'), onlineInfo: 1 } as never), 'INVALID_ARGUMENT', /Expected `onlineInfo` of serviceLevel to be true or false, got 1/],
    ['both shapes', () => serviceLevel({ ...allOnline('online'), legacyLevel: 4 } as never), 'INVALID_ARGUMENT', /serviceLevel .*not both shapes at once/],
    ['a legacy level 0', () => serviceLevel({ legacyLevel: 0 } as never), 'INVALID_ARGUMENT', /`legacyLevel` of serviceLevel to be 1, 2, 3 or 4, got 0/],
  ])('%s', (_, call, code, message) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorktimeError);
    expect((error as WorktimeError).code).toBe(code);
    expect((error as WorktimeError).message).toMatch(message);
  });
});
