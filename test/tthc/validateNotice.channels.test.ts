/**
 * validateNotice: the channels the rules in force allow on the day a notice is issued
 * (docs/domain.md §4, §9 "Channels").
 *
 * - NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c (from 01/07/2025): "Việc thông báo được gửi đến tài
 *   khoản của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia hoặc qua chức năng gửi thư điện tử
 *   hoặc gửi tin nhắn điện thoại tự động của Cổng Dịch vụ công quốc gia" → portal, email, sms.
 * - NĐ 367/2025/NĐ-CP (issued 31/12/2025; secondary source): VNeID → 'vneid' from 01/01/2026.
 * - NĐ 61/2018/NĐ-CP era (until 30/06/2025): the library's model, email, sms, portal.
 * - QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10 (from 31/10/2022): Tây Ninh Smart ('app') and the
 *   province's social page ('social'), under the 'tay-ninh' rules (the default) only.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { NATIONAL_RULES, TAY_NINH_RULES } from '../../src/tthc/rulesInForce.js';
import { NOTICE_MESSAGES } from '../../src/tthc/notice/messages.js';
import { NOTICE_CHANNEL_TYPES } from '../../src/tthc/notice/types.js';
import type { NoticeChannel, NoticeChannelType, NoticeContext } from '../../src/tthc/notice/types.js';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { allowedOn, inForceCaseArb, vietnamDay } from '../support/arbitraries/noticeInForce.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const ND_118_17_2_C = 'NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c';

const refusal = (issuedAt: unknown, channels: unknown[]): Record<string, unknown> => ({
  dossierId: 'HS-2026-0007',
  kind: 'refusal',
  issuedAt,
  content: 'Hồ sơ đề nghị cấp Giấy phép xây dựng không được tiếp nhận.',
  reason: 'Công trình thuộc thẩm quyền cấp phép của Sở Xây dựng.',
  guidance: [],
  channels,
});
const issues = (notice: unknown, context?: NoticeContext): string[] => validateNotice(notice, context).issues.map((i) => `${i.code} ${i.path}`);

describe('a 2026 notice through Tây Ninh Smart', () => {
  const notice = refusal('2026-03-16T10:00', [{ type: 'app' }]);

  test("valid under 'tay-ninh' (the default): QĐ 35/2022, Điều 10 adds the province's app", () => {
    expect(validateNotice(notice)).toEqual({ valid: true, issues: [] });
    expect(validateNotice(notice, { rules: 'tay-ninh' })).toEqual({ valid: true, issues: [] });
  });

  test("CHANNEL_NOT_ALLOWED under 'national': NĐ 118/2025, Điều 17 khoản 2 điểm c names only the portal account, email and SMS (and VNeID since NĐ 367/2025)", () => {
    expect(validateNotice(notice, { rules: 'national' })).toEqual({
      valid: false,
      issues: [
        {
          code: 'CHANNEL_NOT_ALLOWED',
          path: 'channels[0].type',
          message: {
            vi:
              "Kênh gửi thứ 1 (ứng dụng của tỉnh như Tây Ninh Smart, 'app') không được dùng cho thông báo ngày 16/03/2026 theo quy định toàn quốc ('national'); " +
              "chỉ được gửi qua: tài khoản trên Cổng Dịch vụ công quốc gia ('portal'), thư điện tử ('email'), tin nhắn SMS ('sms'), ứng dụng VNeID ('vneid'). " +
              'Căn cứ: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.',
            en:
              "Channel 1 (the provincial app such as Tây Ninh Smart, 'app') may not carry a notice issued on 16/03/2026 under the national rules ('national'), " +
              "which allow only: the account on the national public-service portal ('portal'), email ('email'), SMS ('sms'), the VNeID app ('vneid'). " +
              'Basis: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.',
          },
        },
      ],
    });
  });

  test("every provincial channel is reported at its own path, national ones pass", () => {
    const mixed = refusal('2026-03-16T10:00', [{ type: 'portal' }, { type: 'app' }, { type: 'sms', to: '0912345678' }, { type: 'social' }, { type: 'vneid' }]);
    expect(issues(mixed, { rules: 'national' })).toEqual(['CHANNEL_NOT_ALLOWED channels[1].type', 'CHANNEL_NOT_ALLOWED channels[3].type']);
    expect(issues(mixed)).toEqual([]);
  });

  test("the social page under 'national' names it", () => {
    const [issue] = validateNotice(refusal('2026-03-16T10:00', [{ type: 'social' }]), { rules: 'national' }).issues;
    expect(issue?.message.vi).toMatch(/^Kênh gửi thứ 1 \(trang hành chính công của tỉnh trên mạng xã hội, 'social'\) không được dùng/);
    expect(issue?.message.en).toContain(`Basis: ${ND_118_17_2_C}.`);
  });
});

describe('a 2024 notice (NĐ 61/2018 era)', () => {
  const notice = refusal('2024-03-15T10:00', [{ type: 'app' }]);

  test("through Tây Ninh Smart: valid under 'tay-ninh' (QĐ 35/2022 in force since 31/10/2022)", () => {
    expect(issues(notice)).toEqual([]);
  });

  test("through Tây Ninh Smart under 'national': CHANNEL_NOT_ALLOWED — the library's NĐ 61/2018 model allows email, SMS and the portal account", () => {
    const [issue, ...rest] = validateNotice(notice, { rules: 'national' }).issues;
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      code: 'CHANNEL_NOT_ALLOWED',
      path: 'channels[0].type',
      message: {
        vi:
          "Kênh gửi thứ 1 (ứng dụng của tỉnh như Tây Ninh Smart, 'app') không được dùng cho thông báo ngày 15/03/2024 theo quy định toàn quốc ('national'); " +
          "chỉ được gửi qua: thư điện tử ('email'), tin nhắn SMS ('sms'), tài khoản trên Cổng Dịch vụ công quốc gia ('portal'). " +
          'Căn cứ: NĐ 61/2018/NĐ-CP; NĐ 45/2020/NĐ-CP, Điều 11 — mô hình của vn-worktime, chưa đối chiếu được văn bản (library model, not a quote).',
        en:
          "Channel 1 (the provincial app such as Tây Ninh Smart, 'app') may not carry a notice issued on 15/03/2024 under the national rules ('national'), " +
          "which allow only: email ('email'), SMS ('sms'), the account on the national public-service portal ('portal'). " +
          'Basis: NĐ 61/2018/NĐ-CP; NĐ 45/2020/NĐ-CP, Điều 11 — mô hình của vn-worktime, chưa đối chiếu được văn bản (library model, not a quote).',
      },
    });
  });

  test('email, SMS and the portal account are allowed under both', () => {
    const national = refusal('2024-03-15T10:00', [{ type: 'email', to: 'nguyenvana@gmail.com' }, { type: 'sms', to: '0912345678' }, { type: 'portal' }]);
    expect(issues(national, { rules: 'national' })).toEqual([]);
    expect(issues(national)).toEqual([]);
  });

  test("VNeID is not a channel yet, under either rule set", () => {
    expect(issues(refusal('2024-03-15T10:00', [{ type: 'vneid' }]), { rules: 'national' })).toEqual(['CHANNEL_NOT_ALLOWED channels[0].type']);
    expect(issues(refusal('2024-03-15T10:00', [{ type: 'vneid' }]))).toEqual(['CHANNEL_NOT_ALLOWED channels[0].type']);
  });
});

describe('the days each text starts', () => {
  test("QĐ 35/2022 (31/10/2022): under 'tay-ninh' the app is not a channel on 30/10/2022, and is on 31/10/2022", () => {
    expect(issues(refusal('2022-10-30T16:00', [{ type: 'app' }]))).toEqual(['CHANNEL_NOT_ALLOWED channels[0].type']);
    expect(issues(refusal('2022-10-31T07:00', [{ type: 'app' }]))).toEqual([]);
  });

  test("NĐ 118/2025 (01/07/2025): the basis changes on the day, the answer for Tây Ninh Smart under 'national' does not", () => {
    const before = validateNotice(refusal('2025-06-30T16:59', [{ type: 'app' }]), { rules: 'national' }).issues[0];
    const after = validateNotice(refusal('2025-07-01T07:00', [{ type: 'app' }]), { rules: 'national' }).issues[0];
    expect(before?.message.vi).toContain('Căn cứ: NĐ 61/2018/NĐ-CP');
    expect(after?.message.vi).toContain(`Căn cứ: ${ND_118_17_2_C}.`);
  });

  test('VNeID in 2026 is valid under both rule sets (NĐ 367/2025, secondary source)', () => {
    const notice = refusal('2026-03-16T10:00', [{ type: 'vneid' }]);
    expect(validateNotice(notice)).toEqual({ valid: true, issues: [] });
    expect(validateNotice(notice, { rules: 'national' })).toEqual({ valid: true, issues: [] });
  });

  test('VNeID on 31/12/2025 is not yet a channel, and the message says from when, and that the source is secondary', () => {
    const [issue] = validateNotice(refusal('2025-12-31T16:00', [{ type: 'vneid' }]), { rules: 'national' }).issues;
    expect(issue).toMatchObject({ code: 'CHANNEL_NOT_ALLOWED', path: 'channels[0].type' });
    expect(issue?.message.vi).toBe(
      "Kênh gửi thứ 1 (ứng dụng VNeID, 'vneid') không được dùng cho thông báo ngày 31/12/2025 theo quy định toàn quốc ('national'); " +
        "chỉ được gửi qua: tài khoản trên Cổng Dịch vụ công quốc gia ('portal'), thư điện tử ('email'), tin nhắn SMS ('sms'). " +
        'Kênh này được dùng từ 01/01/2026 (NĐ 367/2025/NĐ-CP, nguồn thứ cấp). Căn cứ: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.',
    );
    expect(issue?.message.en).toBe(
      "Channel 1 (the VNeID app, 'vneid') may not carry a notice issued on 31/12/2025 under the national rules ('national'), " +
        "which allow only: the account on the national public-service portal ('portal'), email ('email'), SMS ('sms'). " +
        'The channel is allowed from 01/01/2026 (NĐ 367/2025/NĐ-CP, secondary source). Basis: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.',
    );
  });

  test("under 'tay-ninh' the message lists the province's channels and cites QĐ 35/2022 too", () => {
    const [issue] = validateNotice(refusal('2025-12-31T16:00', [{ type: 'vneid' }])).issues;
    expect(issue?.message.en).toContain("under the Tây Ninh rules ('tay-ninh'), which allow only: the account on the national public-service portal ('portal'), email ('email'), SMS ('sms'), the provincial app such as Tây Ninh Smart ('app'), the province's page on social networks ('social').");
    expect(issue?.message.vi).toContain(`Căn cứ: ${ND_118_17_2_C}; QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10`);
  });

  test("the day of issue is read in the context calendar's zone", () => {
    // 31/12/2025 17:30 UTC is 01/01/2026 00:30 in Vietnam, still 31/12/2025 in UTC.
    const notice = refusal('2025-12-31T17:30:00Z', [{ type: 'vneid' }]);
    expect(issues(notice, { rules: 'national' })).toEqual([]);
    const utc = WorkingCalendar.create({ zone: 'UTC', week: { mon: [['08:00', '17:00']] } });
    expect(issues(notice, { rules: 'national', calendar: utc })).toEqual(['CHANNEL_NOT_ALLOWED channels[0].type']);
  });
});

describe('the rules option and what is not checked', () => {
  test("an unknown rule set is INVALID_FIELD at context.rules, and channels are then not judged", () => {
    const result = validateNotice(refusal('2026-03-16T10:00', [{ type: 'app' }]), { rules: 'long-an' as never });
    expect(result.issues).toEqual([
      {
        code: 'INVALID_FIELD',
        path: 'context.rules',
        message: {
          vi: "Bộ quy định áp dụng (context.rules) không hợp lệ: cần 'tay-ninh' (mặc định) hoặc 'national', nhận được chuỗi \"long-an\".",
          en: "The rule set (context.rules) is invalid: expected 'tay-ninh' (the default) or 'national', got the string \"long-an\".",
        },
      },
    ]);
  });

  test('rules null, in capitals, or unreadable are INVALID_FIELD; undefined is the default', () => {
    const notice = refusal('2026-03-16T10:00', [{ type: 'portal' }]);
    expect(issues(notice, { rules: null as never })).toEqual(['INVALID_FIELD context.rules']);
    expect(issues(notice, { rules: 'National' as never })).toEqual(['INVALID_FIELD context.rules']);
    const unreadable = Object.defineProperty({}, 'rules', { enumerable: true, get: () => { throw new Error('rules'); } });
    expect(validateNotice(notice, unreadable).issues.map((i) => [i.path, i.message.en])).toEqual([
      ['context.rules', "The rule set (context.rules) is invalid: expected 'tay-ninh' (the default) or 'national', got a value that cannot be read."],
    ]);
    expect(issues(refusal('2026-03-16T10:00', [{ type: 'app' }]), { rules: undefined })).toEqual([]);
  });

  test('without a readable issuedAt the channels are not judged', () => {
    expect(issues(refusal('hôm nay', [{ type: 'app' }]), { rules: 'national' })).toEqual(['INVALID_FIELD issuedAt']);
  });

  test('an unknown channel type is INVALID_FIELD only', () => {
    expect(issues(refusal('2026-03-16T10:00', [{ type: 'zalo' }]), { rules: 'national' })).toEqual(['INVALID_FIELD channels[0].type']);
  });

  test('VNeID needs no address; an address given must be text', () => {
    expect(issues(refusal('2026-03-16T10:00', [{ type: 'vneid', to: '001203004567' }]))).toEqual([]);
    expect(issues(refusal('2026-03-16T10:00', [{ type: 'vneid', to: 42 }]))).toEqual(['INVALID_FIELD channels[0].to']);
  });

  test('CHANNEL_NOT_ALLOWED has a message in the catalogue', () => {
    const text = NOTICE_MESSAGES.CHANNEL_NOT_ALLOWED({ channel: 'social', position: 2, rules: 'national', date: '01/07/2025', source: ND_118_17_2_C, allowed: ['portal'] });
    expect(text).toEqual({
      vi: "Kênh gửi thứ 2 (trang hành chính công của tỉnh trên mạng xã hội, 'social') không được dùng cho thông báo ngày 01/07/2025 theo quy định toàn quốc ('national'); chỉ được gửi qua: tài khoản trên Cổng Dịch vụ công quốc gia ('portal'). Căn cứ: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.",
      en: "Channel 2 (the province's page on social networks, 'social') may not carry a notice issued on 01/07/2025 under the national rules ('national'), which allow only: the account on the national public-service portal ('portal'). Basis: NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c.",
    });
    const later = NOTICE_MESSAGES.CHANNEL_NOT_ALLOWED({ channel: 'vneid', position: 1, rules: 'national', date: '01/07/2025', source: 'X', allowed: ['portal'], later: { date: '01/01/2026', source: 'Y', secondary: false } });
    expect(later.vi).toContain('Kênh này được dùng từ 01/01/2026 (Y).');
    expect(later.en).toContain('The channel is allowed from 01/01/2026 (Y).');
  });
});

describe('the channels as data', () => {
  test('each national decree lists its intake channels with a source; Tây Ninh adds app and social', () => {
    expect(NATIONAL_RULES.map((r) => [r.id, r.intakeChannels.map((c) => c.type), r.intakeChannelsSource.split(' — ')[0]])).toEqual([
      ['nd-61-2018', ['email', 'sms', 'portal'], 'NĐ 61/2018/NĐ-CP; NĐ 45/2020/NĐ-CP, Điều 11'],
      ['nd-118-2025', ['portal', 'email', 'sms', 'vneid'], ND_118_17_2_C],
    ]);
    expect(NATIONAL_RULES[1]?.intakeChannels[3]).toEqual({ type: 'vneid', from: '2026-01-01', source: 'NĐ 367/2025/NĐ-CP', secondary: true });
    expect(TAY_NINH_RULES[0]?.channels).toEqual(['app', 'social']);
    expect(NOTICE_CHANNEL_TYPES).toEqual(['email', 'sms', 'app', 'social', 'portal', 'vneid']);
  });
});

describe('properties', () => {
  const dayArb = (from: number, to: number): fc.Arbitrary<number> => fc.integer({ min: from, max: to });
  const typesArb = fc.array(fc.constantFrom<NoticeChannelType>(...NOTICE_CHANNEL_TYPES), { minLength: 1, maxLength: 6 });
  const channel = (type: NoticeChannelType): NoticeChannel => (type === 'email' ? { type, to: 'hotro@tayninh.gov.vn' } : type === 'sms' ? { type, to: '0912345678' } : { type });

  test("under 'tay-ninh', a notice issued from 01/01/2026 never gets CHANNEL_NOT_ALLOWED, whatever its channels", () => {
    fc.assert(
      fc.property(inForceCaseArb, dayArb(Date.UTC(2025, 11, 31, 17), Date.UTC(2040, 0, 1)), typesArb, (c, issuedAt, types) => {
        const notice = { ...c.notice, issuedAt, channels: types.map(channel) };
        const codes = validateNotice(notice, { rules: 'tay-ninh', calendar: c.context.calendar, previousNotices: c.context.previousNotices }).issues.map((i) => i.code);
        expect(codes).not.toContain('CHANNEL_NOT_ALLOWED');
      }),
      RUNS,
    );
  });

  test('CHANNEL_NOT_ALLOWED is reported exactly at the channels outside the hand-written set of the day', () => {
    fc.assert(
      fc.property(dayArb(Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)), typesArb, fc.constantFrom<'tay-ninh' | 'national'>('tay-ninh', 'national'), (issuedAt, types, rules) => {
        const allowed = allowedOn(rules, vietnamDay(issuedAt));
        const expected = types.flatMap((t, i) => (allowed.includes(t) ? [] : [`CHANNEL_NOT_ALLOWED channels[${i}].type`]));
        expect(issues(refusal(issuedAt, types.map(channel)), { rules })).toEqual(expected);
      }),
      RUNS,
    );
  });

  test("under 'national', adding a channel allowed on the day never adds an issue", () => {
    fc.assert(
      fc.property(inForceCaseArb, fc.nat(), fc.nat(), (c, pick, at) => {
        const allowed = allowedOn('national', vietnamDay(c.issuedEpoch));
        const context = { ...c.context, rules: 'national' as const };
        const before = validateNotice(c.notice, context).issues;
        const added = channel(allowed[pick % allowed.length] as NoticeChannelType);
        const channels = [...c.notice.channels];
        channels.splice(at % (channels.length + 1), 0, added);
        const after = validateNotice({ ...c.notice, channels }, context).issues;
        expect(after.map((i) => i.code)).toEqual(before.map((i) => i.code));
      }),
      RUNS,
    );
  });

  test("a valid case stays valid under 'national' once its provincial channels are replaced by national ones", () => {
    fc.assert(
      fc.property(inForceCaseArb, (c) => {
        const allowed = allowedOn('national', vietnamDay(c.issuedEpoch));
        const channels = c.notice.channels.map((ch) => (allowed.includes(ch.type) ? ch : { type: 'portal' as const }));
        expect(validateNotice({ ...c.notice, channels }, { ...c.context, rules: 'national' })).toEqual({ valid: true, issues: [] });
      }),
      RUNS,
    );
  });
});
