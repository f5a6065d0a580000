/**
 * validateNotice never throws and stays fast, whatever it is given: throwing getters and Proxies,
 * revoked Proxies, cyclic objects, prototype-pollution keys, symbols, BigInt, huge strings and
 * arrays. Fixed limits bound the work; exceeding one is itself an issue.
 */
import { describe, expect, test } from 'vitest';
import type { NoticeContext } from '../../src/tthc/notice/types.js';
import { UNCHECKABLE, validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { hostileValues } from '../support/arbitraries/notice.js';

const refusal = {
  dossierId: 'HS-2026-0007',
  kind: 'refusal',
  issuedAt: '2026-03-16T10:00',
  content: 'Từ chối tiếp nhận hồ sơ.',
  reason: 'Người nộp không có quyền đề nghị.',
  guidance: [] as unknown[],
  channels: [{ type: 'portal' }] as unknown[],
};
const codes = (notice: unknown, context?: unknown): string[] =>
  validateNotice(notice, context as NoticeContext).issues.map((i) => `${i.code} ${i.path}`);
const neverUnchecked = (notice: unknown, context?: unknown): void => {
  const result = validateNotice(notice, context as NoticeContext);
  expect(result.issues.every((i) => i.message.en !== UNCHECKABLE.en && !i.message.en.includes(UNCHECKABLE.en))).toBe(true);
};

describe('hostile values', () => {
  test.each(hostileValues().map((v, i) => [i, v] as const))('value #%i as the notice, as each field, and as the context', (_, value) => {
    expect(() => validateNotice(value)).not.toThrow();
    neverUnchecked(value);
    for (const key of Object.keys(refusal)) {
      neverUnchecked({ ...refusal, [key]: value });
      neverUnchecked({ ...refusal, channels: [{ type: 'email', to: value }, value] });
    }
    neverUnchecked(refusal, value);
    neverUnchecked(refusal, { submittedAt: value, calendar: value, previousNotices: value });
    neverUnchecked({ ...refusal, kind: 'supplement', guidance: ['x'] }, { previousNotices: [value, { dossierId: value, kind: value, issuedAt: value }] });
  });

  test('a getter that throws is an unreadable field', () => {
    const notice = Object.defineProperty({ ...refusal }, 'content', { enumerable: true, get: () => { throw new Error('boom'); } });
    const [issue] = validateNotice(notice).issues;
    expect(issue?.code).toBe('INVALID_FIELD');
    expect(issue?.path).toBe('content');
    expect(issue?.message.vi).toBe('Nội dung (content) không hợp lệ: cần một chuỗi ký tự, nhận được một giá trị không đọc được.');
  });
  test('a Proxy whose every trap throws is one issue per field', () => {
    const thrower = new Proxy({}, { get: () => { throw new Error('x'); }, getOwnPropertyDescriptor: () => { throw new Error('x'); } });
    expect(codes(thrower)).toEqual([
      'INVALID_FIELD dossierId',
      'INVALID_FIELD kind',
      'INVALID_FIELD issuedAt',
      'INVALID_FIELD content',
      'INVALID_FIELD reason',
      'INVALID_FIELD guidance',
      'INVALID_FIELD authority',
      'INVALID_FIELD channels',
    ]);
  });
  test('a revoked Proxy as the notice', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codes(proxy)).toEqual(['INVALID_FIELD ']);
  });
  test('a cyclic notice', () => {
    const notice: Record<string, unknown> = { ...refusal };
    notice.guidance = [notice];
    notice.channels = [notice];
    expect(codes(notice)).toEqual(['INVALID_FIELD guidance[0]', 'INVALID_FIELD channels[0].type']);
  });
  test('symbol and BigInt values are described, never converted', () => {
    const [a, b] = validateNotice({ ...refusal, dossierId: Symbol('id'), content: 10n }).issues;
    expect(a?.message.en).toContain('got a symbol');
    expect(b?.message.en).toContain('got a bigint');
  });
  test('prototype-pollution keys neither pollute nor count', () => {
    const notice = JSON.parse('{"__proto__": {"content": "x", "polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    validateNotice(notice, JSON.parse('{"__proto__": {"polluted": true}}') as NoticeContext);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codes(notice)).toContain('MISSING_CONTENT content');
  });
  test('a calendar Proxy cannot fool the calendar check', () => {
    const hoursProxy = new Proxy({}, { getPrototypeOf: () => { throw new Error('proto'); } });
    expect(codes(refusal, { calendar: hoursProxy, submittedAt: '2026-03-16T09:00' })).toEqual(['INVALID_FIELD context.calendar']);
  });
});

// Each of these would take seconds or hang without the limits; the test timeout catches that.
describe('limits keep the work small', () => {
  test('a 10 MB content or reason is too long, found at once', () => {
    const huge = 'a'.repeat(10_000_000);
    expect(codes({ ...refusal, content: huge, reason: ' '.repeat(10_000_000) })).toEqual(['INVALID_FIELD content', 'INVALID_FIELD reason']);
  });
  test('10 MB ids, instants and addresses', () => {
    const huge = '9'.repeat(10_000_000);
    expect(codes({ ...refusal, dossierId: huge, issuedAt: huge, channels: [{ type: 'sms', to: huge }, { type: 'email', to: `${huge}@x.vn` }] })).toEqual([
      'INVALID_FIELD dossierId',
      'INVALID_FIELD issuedAt',
      'INVALID_FIELD channels[0].to',
      'INVALID_FIELD channels[1].to',
    ]);
  });
  test('a million guidance items: too many, and only the first 200 examined', () => {
    const guidance = new Array<unknown>(1_000_000).fill(' ');
    const result = validateNotice({ ...refusal, guidance });
    expect(result.issues[0]?.path).toBe('guidance');
    expect(result.issues[0]?.message.en).toContain('at most 200 items');
    expect(result.issues.filter((i) => i.code === 'MISSING_GUIDANCE')).toHaveLength(20);
  });
  test('a sparse array of length 2³² − 1', () => {
    const channels: unknown[] = [];
    channels.length = 2 ** 32 - 1;
    const result = validateNotice({ ...refusal, channels, guidance: channels });
    expect(result.issues.map((i) => i.path)).toContain('channels');
  });
  test('a million previous notices: too many, and the first 100 000 examined', () => {
    const other = { dossierId: 'HS-1', kind: 'supplement', issuedAt: 0 };
    const previousNotices = new Array<unknown>(1_000_000).fill(other);
    previousNotices[5] = { dossierId: refusal.dossierId, kind: 'supplement', issuedAt: '2026-03-16T08:00' };
    const notice = { ...refusal, kind: 'supplement', guidance: ['Nộp tờ khai.'] };
    let issues: string[] = [];
    issues = codes(notice, { previousNotices });
    expect(issues).toEqual(['INVALID_FIELD context.previousNotices', 'REPEATED_REQUEST context.previousNotices[5]']);
  });
  test('at most 20 issues for the items of a list', () => {
    const channels = new Array<unknown>(150).fill({ type: 'sms', to: '0212345678' });
    expect(validateNotice({ ...refusal, channels }).issues).toHaveLength(20);
  });
  test('a context with many unknown options: at most 20 reported', () => {
    const context = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`option${i}`, i]));
    expect(validateNotice(refusal, context as NoticeContext).issues).toHaveLength(20);
  });
});
