/**
 * validateNotice by example: a notice states the content, the reason and specific, complete
 * guidance given once, names the competent agency when redirecting, and has a delivery channel
 * (docs/domain.md §4). Every problem is reported at once, with a stable code, a path and vi/en messages.
 */
import { describe, expect, test } from 'vitest';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import type { Notice, NoticeIssue } from '../../src/tthc/notice/types.js';
import { NOTICE_MESSAGES } from '../../src/tthc/notice/messages.js';
import { NOTICE_ISSUE_CODES } from '../../src/tthc/notice/types.js';

/** A valid request to supplement a household-business registration. */
const supplement: Notice = {
  dossierId: '000.00.22.H54-260316-0001',
  kind: 'supplement',
  issuedAt: '2026-03-16T10:00',
  content: 'Hồ sơ đăng ký hộ kinh doanh chưa đầy đủ.',
  reason: 'Thiếu bản sao Căn cước của chủ hộ kinh doanh.',
  guidance: ['Nộp bản sao Căn cước của chủ hộ kinh doanh (chụp rõ hai mặt).', 'Ghi rõ ngành nghề kinh doanh tại mục 4 của giấy đề nghị.'],
  channels: [{ type: 'sms', to: '0912345678' }, { type: 'email', to: 'nguyenvana@gmail.com' }, { type: 'portal' }],
};
const refusal: Notice = {
  dossierId: '000.00.22.H54-260316-0002',
  kind: 'refusal',
  issuedAt: new Date('2026-03-16T03:00:00Z'),
  content: 'Từ chối tiếp nhận hồ sơ cấp Giấy phép xây dựng.',
  reason: 'Công trình thuộc khu vực đã có quyết định thu hồi đất.',
  guidance: [],
  channels: [{ type: 'app' }],
};
const redirect: Notice = {
  dossierId: '000.00.22.H54-260316-0003',
  kind: 'redirect',
  issuedAt: 1_773_630_000_000,
  content: 'Hồ sơ không thuộc thẩm quyền giải quyết của UBND phường.',
  reason: 'Thủ tục cấp Phiếu lý lịch tư pháp do Sở Tư pháp giải quyết.',
  guidance: ['Nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.'],
  authority: 'Sở Tư pháp tỉnh Tây Ninh',
  channels: [{ type: 'social' }],
};

const codes = (issues: NoticeIssue[]): string[] => issues.map((i) => `${i.code} ${i.path}`);
const check = (notice: unknown): string[] => codes(validateNotice(notice).issues);

describe('valid notices', () => {
  test.each([
    ['a supplement request (bổ sung, hoàn thiện)', supplement],
    ['a refusal (từ chối) without guidance', refusal],
    ['a redirect (gửi đúng cơ quan có thẩm quyền) naming the agency', redirect],
  ])('%s is valid', (_, notice) => {
    expect(validateNotice(notice)).toEqual({ valid: true, issues: [] });
  });
  test('extra fields are ignored', () => {
    expect(validateNotice({ ...refusal, officer: 'Nguyễn Văn A', attachments: [] }).valid).toBe(true);
  });
  test('frozen notices are read, never modified', () => {
    const frozen = Object.freeze({ ...supplement, guidance: Object.freeze([...supplement.guidance]), channels: Object.freeze([{ type: 'portal' }]) });
    expect(validateNotice(frozen).valid).toBe(true);
  });
  test('a null-prototype object is a notice like any other', () => {
    expect(validateNotice(Object.assign(Object.create(null) as object, refusal)).valid).toBe(true);
  });
});

describe('each rule, broken alone, gives exactly its own code and path', () => {
  test.each<[string, Record<string, unknown>, string]>([
    ['a missing dossierId', { dossierId: undefined }, 'INVALID_FIELD dossierId'],
    ['a blank dossierId', { dossierId: '   ' }, 'INVALID_FIELD dossierId'],
    ['a numeric dossierId', { dossierId: 1001 }, 'INVALID_FIELD dossierId'],
    ['an unknown kind', { kind: 'approval' }, 'INVALID_FIELD kind'],
    ['an unreadable issuedAt', { issuedAt: '16/03/2026 10:00' }, 'INVALID_FIELD issuedAt'],
    ['an issuedAt that does not exist', { issuedAt: '2026-02-30T10:00' }, 'INVALID_FIELD issuedAt'],
    ['an issuedAt out of range', { issuedAt: '0900-01-01T10:00' }, 'INVALID_FIELD issuedAt'],
    ['a content that is not text', { content: 42 }, 'INVALID_FIELD content'],
    ['empty content (nội dung)', { content: '' }, 'MISSING_CONTENT content'],
    ['whitespace-only content', { content: ' \n\t\u00A0\u200B' }, 'MISSING_CONTENT content'],
    ['punctuation-only content', { content: '...' }, 'MISSING_CONTENT content'],
    ['no content at all', { content: undefined }, 'MISSING_CONTENT content'],
    ['empty reason (lý do)', { reason: '' }, 'MISSING_REASON reason'],
    ['a null reason', { reason: null }, 'MISSING_REASON reason'],
    ['a supplement without guidance', { guidance: [] }, 'MISSING_GUIDANCE guidance'],
    ['a supplement without the guidance field', { guidance: undefined }, 'MISSING_GUIDANCE guidance'],
    ['a blank guidance item', { guidance: ['Nộp bản sao Căn cước.', ' '] }, 'MISSING_GUIDANCE guidance[1]'],
    ['guidance that is not a list', { guidance: 'Nộp bản sao Căn cước.' }, 'INVALID_FIELD guidance'],
    ['a guidance item that is not text', { guidance: ['Nộp bản sao Căn cước.', 7] }, 'INVALID_FIELD guidance[1]'],
    ['an authority that is not text', { authority: ['Sở Tư pháp'] }, 'INVALID_FIELD authority'],
    ['no channel', { channels: [] }, 'NO_CHANNEL channels'],
    ['no channels field', { channels: undefined }, 'NO_CHANNEL channels'],
    ['channels that are not a list', { channels: { type: 'sms', to: '0912345678' } }, 'INVALID_FIELD channels'],
    ['a channel that is not an object', { channels: [{ type: 'portal' }, 'sms'] }, 'INVALID_FIELD channels[1]'],
    ['an unknown channel type', { channels: [{ type: 'fax', to: '02763822222' }] }, 'INVALID_FIELD channels[0].type'],
    ['a channel address that is not text', { channels: [{ type: 'app', to: 912345678 }] }, 'INVALID_FIELD channels[0].to'],
    ['an email channel without an address', { channels: [{ type: 'portal' }, { type: 'email' }] }, 'INVALID_CONTACT channels[1].to'],
    ['an email channel with a bad address', { channels: [{ type: 'email', to: 'nguyenvana@gmail' }] }, 'INVALID_CONTACT channels[0].to'],
    ['an SMS channel with a landline number', { channels: [{ type: 'sms', to: '0276 3822 222' }] }, 'INVALID_CONTACT channels[0].to'],
    ['an SMS channel with a blank number', { channels: [{ type: 'sms', to: '  ' }] }, 'INVALID_CONTACT channels[0].to'],
  ])('%s', (_, patch, expected) => {
    const notice: Record<string, unknown> = { ...supplement, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete notice[key];
    const result = validateNotice(notice);
    expect(result.valid).toBe(false);
    expect(codes(result.issues)).toEqual([expected]);
  });

  test('a redirect that does not name the competent agency', () => {
    const { authority: _, ...withoutAuthority } = redirect;
    expect(check(withoutAuthority)).toEqual(['MISSING_AUTHORITY authority']);
    expect(check({ ...redirect, authority: ' ' })).toEqual(['MISSING_AUTHORITY authority']);
  });
  test('content and reason are required for every kind', () => {
    expect(check({ ...refusal, content: '', reason: '' })).toEqual(['MISSING_CONTENT content', 'MISSING_REASON reason']);
    expect(check({ ...redirect, reason: ' ' })).toEqual(['MISSING_REASON reason']);
  });
  test('guidance is required only for a supplement request', () => {
    expect(check({ ...refusal, guidance: [] })).toEqual([]);
    expect(check({ ...redirect, guidance: [] })).toEqual([]);
    expect(check({ ...refusal, kind: 'supplement' })).toEqual(['MISSING_GUIDANCE guidance']);
  });
  test('an unknown kind skips the rules of the kinds (no guess at what was meant)', () => {
    expect(check({ ...redirect, kind: 'REDIRECT', authority: undefined })).toEqual(['INVALID_FIELD kind']);
  });
  test('a notice that is not an object is one issue at the root path', () => {
    for (const notice of [null, undefined, 42, 'thông báo', [supplement], () => supplement]) {
      expect(check(notice)).toEqual(['INVALID_FIELD ']);
    }
  });
  test('inherited properties do not count (a polluted prototype cannot fill a field)', () => {
    const { content: _, ...rest } = refusal;
    const notice = Object.assign(Object.create({ content: 'Nội dung kế thừa' }) as object, rest);
    expect(check(notice)).toEqual(['MISSING_CONTENT content']);
  });
});

describe('every issue at once', () => {
  test('an empty object lists each missing field', () => {
    expect(check({})).toEqual([
      'INVALID_FIELD dossierId',
      'INVALID_FIELD kind',
      'INVALID_FIELD issuedAt',
      'MISSING_CONTENT content',
      'MISSING_REASON reason',
      'INVALID_FIELD guidance',
      'NO_CHANNEL channels',
    ]);
  });
  test('a careless supplement request', () => {
    const notice = {
      ...supplement,
      content: '  ',
      reason: '',
      guidance: ['', 'Nộp tờ khai.', 3],
      channels: [{ type: 'email', to: 'a b@gmail.com' }, { type: 'sms', to: '0212345678' }, { type: 'telegram' }, { type: 'sms' }],
    };
    const result = validateNotice(notice);
    expect(result.valid).toBe(false);
    expect(codes(result.issues)).toEqual([
      'MISSING_CONTENT content',
      'MISSING_REASON reason',
      'MISSING_GUIDANCE guidance[0]',
      'INVALID_FIELD guidance[2]',
      'INVALID_CONTACT channels[0].to',
      'INVALID_CONTACT channels[1].to',
      'INVALID_FIELD channels[2].type',
      'INVALID_CONTACT channels[3].to',
    ]);
  });
});

describe('messages a clerk understands', () => {
  test('the supplement-without-guidance message', () => {
    const [issue] = validateNotice({ ...supplement, guidance: [] }).issues;
    expect(issue?.message.vi).toBe('Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ phải có ít nhất một hướng dẫn cụ thể về việc cần bổ sung, sửa đổi.');
    expect(issue?.message.en).toBe('A request to supplement the dossier must give at least one specific instruction on what to add or correct.');
  });
  test('an invalid field says what was expected and what was given', () => {
    const [issue] = validateNotice({ ...supplement, kind: 'approval' }).issues;
    expect(issue?.message.vi).toBe(
      "Loại thông báo (kind) không hợp lệ: cần 'supplement' (bổ sung, hoàn thiện), 'refusal' (từ chối) hoặc 'redirect' (gửi đúng cơ quan có thẩm quyền), nhận được chuỗi \"approval\".",
    );
    expect(issue?.message.en).toBe("The notice kind (kind) is invalid: expected 'supplement', 'refusal' or 'redirect', got the string \"approval\".");
  });
  test('a bad mobile number is quoted and the accepted forms are explained', () => {
    const [issue] = validateNotice({ ...supplement, channels: [{ type: 'sms', to: '0212345678' }] }).issues;
    expect(issue?.message.vi).toContain('"0212345678" không phải số điện thoại di động Việt Nam');
    expect(issue?.message.en).toContain('expected 10 digits starting with 03, 05, 07, 08 or 09');
  });
  test('the catalogue has a message in both languages for every code', () => {
    for (const code of NOTICE_ISSUE_CODES) expect(Object.keys(NOTICE_MESSAGES)).toContain(code);
    expect(NOTICE_MESSAGES.NO_CHANNEL({}).vi).toMatch(/kênh gửi/);
  });
});
