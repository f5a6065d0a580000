/**
 * The edges of validateNotice's checks and of the contact helpers: every size limit at its exact
 * value and one past it, email addresses at the RFC length limits, mobile numbers with separators,
 * null where a list is expected, list-like values that are not arrays (or arrays whose length is
 * not a count), the "một lần" rule with trimmed ids, and a context whose calendar is unusable.
 */
import { describe, expect, test } from 'vitest';
import { isValidEmail, normalizeVietnameseMobile, validateNotice } from '../../src/tthc/index.js';
import type { NoticeContext } from '../../src/tthc/index.js';
import { supplementNotice } from '../support/arbitraries/notice.js';

const base = supplementNotice;
const refusal = { ...base, kind: 'refusal', guidance: [] as unknown[] };

/** `code path` of each issue of the notice `{ ...from, ...patch }`. */
const check = (patch: Record<string, unknown>, context?: unknown, from: object = base): string[] =>
  validateNotice({ ...from, ...patch }, context as NoticeContext).issues.map((i) => `${i.code} ${i.path}`);

/** An array whose `length` reads as `length`. */
const withLength = (length: unknown, items: unknown[] = []): unknown[] =>
  new Proxy(items, { get: (target, key, receiver) => (key === 'length' ? length : Reflect.get(target, key, receiver)) });

describe('isValidEmail at the limits', () => {
  /** A valid address of exactly `total` characters: a 64-character local part and labels of at most 63. */
  const address = (total: number): string => {
    const local = 'a'.repeat(64);
    const rest = total - local.length - 1 - '.vn'.length - 2 * 64;
    return `${local}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(rest)}.vn`;
  };
  test('254 characters is the longest address', () => {
    expect(address(254)).toHaveLength(254);
    expect(isValidEmail(address(254))).toBe(true);
    expect(isValidEmail(address(255))).toBe(false);
  });
  test('surrounding whitespace is ignored, up to 64 characters beyond the limit', () => {
    const padded = `${' '.repeat(200)}hotro@gmail.com`;
    expect(isValidEmail(padded)).toBe(true);
    expect(isValidEmail(`${' '.repeat(318 - 15)}hotro@gmail.com`)).toBe(true);
    // Longer than any address with its padding: not examined at all.
    expect(isValidEmail(`${' '.repeat(319 - 15)}hotro@gmail.com`)).toBe(false);
  });
  test('a local part of at most 64 characters', () => {
    expect(isValidEmail(`${'a'.repeat(64)}@gmail.com`)).toBe(true);
    expect(isValidEmail(`${'a'.repeat(65)}@gmail.com`)).toBe(false);
  });
  test('no dot at the start or end of the local part, and no two dots in a row', () => {
    expect(isValidEmail('nguyen.van.a@gmail.com')).toBe(true);
    expect(isValidEmail('.nguyenvana@gmail.com')).toBe(false);
    expect(isValidEmail('nguyenvana.@gmail.com')).toBe(false);
    expect(isValidEmail('nguyen..vana@gmail.com')).toBe(false);
  });
  test('exactly one @, not at the start', () => {
    expect(isValidEmail('a@gmail.com')).toBe(true);
    expect(isValidEmail('@gmail.com')).toBe(false);
    expect(isValidEmail('a@b@gmail.com')).toBe(false);
    expect(isValidEmail('nguyenvana.gmail.com')).toBe(false);
  });
  test('domain labels of at most 63 characters', () => {
    expect(isValidEmail(`hotro@${'x'.repeat(63)}.vn`)).toBe(true);
    expect(isValidEmail(`hotro@${'x'.repeat(64)}.vn`)).toBe(false);
  });
  test('a top-level domain of at least two characters, not all digits', () => {
    expect(isValidEmail('hotro@10.0.0.25')).toBe(false);
    expect(isValidEmail('hotro@example.1')).toBe(false);
    expect(isValidEmail('hotro@example.v')).toBe(false);
    expect(isValidEmail('hotro@example.mp3')).toBe(true);
    expect(isValidEmail('hotro@example.3d')).toBe(true);
  });
});

describe('normalizeVietnameseMobile reads at most 32 characters', () => {
  test('separators count towards the limit', () => {
    expect(normalizeVietnameseMobile(`0912 345 678${' '.repeat(20)}`)).toBe('0912345678');
    expect(normalizeVietnameseMobile(`0912 345 678${' '.repeat(21)}`)).toBeNull();
  });
});

describe('size limits: the limit itself is fine, one more is an issue', () => {
  test('200 channels and 200 guidance items', () => {
    const channels = Array.from({ length: 200 }, () => ({ type: 'portal' }));
    const guidance = Array.from({ length: 200 }, (_, i) => `Nộp giấy tờ số ${i + 1}.`);
    expect(check({ channels, guidance })).toEqual([]);
    expect(check({ guidance: [...guidance, 'Nộp thêm.'] })).toEqual(['INVALID_FIELD guidance']);
  });
  test('texts of 100 000 characters', () => {
    const long = 'a'.repeat(100_000);
    expect(check({ content: long, reason: long, guidance: [long] })).toEqual([]);
    expect(check({ authority: long }, undefined, refusal)).toEqual([]);
    expect(check({ authority: `${long}a` }, undefined, refusal)).toEqual(['INVALID_FIELD authority']);
    expect(check({ guidance: [`${long}a`] })).toEqual(['INVALID_FIELD guidance[0]']);
    const [issue] = validateNotice({ ...base, guidance: [`${long}a`] }).issues;
    expect(issue?.message.en).toBe('Guidance item 1 (guidance[0]) is invalid: expected a string of at most 100,000 characters.');
  });
  test('ids and addresses of 1 000 characters', () => {
    const id = 'H'.repeat(1_000);
    expect(check({ dossierId: id, channels: [{ type: 'app', to: id }] })).toEqual([]);
    expect(check({ dossierId: `${id}H` })).toEqual(['INVALID_FIELD dossierId']);
    expect(check({ channels: [{ type: 'app', to: `${id}H` }] })).toEqual(['INVALID_FIELD channels[0].to']);
  });
  test('an issue time of at most 64 characters, surrounding spaces included', () => {
    expect(check({ issuedAt: `${' '.repeat(48)}2026-03-16T10:00` })).toEqual([]);
    expect(check({ issuedAt: `${' '.repeat(49)}2026-03-16T10:00` })).toEqual(['INVALID_FIELD issuedAt']);
  });
  test('100 000 previous notices', () => {
    const previousNotices = Array.from({ length: 100_000 }, () => ({ dossierId: 'HS-2026-0001', kind: 'refusal' }));
    expect(check({}, { previousNotices })).toEqual([]);
  });
  test('at most 20 issues about previous notices', () => {
    const bad = (n: number): unknown[] => Array.from({ length: n }, () => 'HS-2026-0001');
    expect(check({}, { previousNotices: bad(20) })).toHaveLength(20);
    expect(check({}, { previousNotices: bad(21) })).toHaveLength(20);
  });
});

describe('null and look-alikes where a list is expected', () => {
  test('null channels are no channel; null guidance of a supplement is no guidance', () => {
    expect(check({ channels: null })).toEqual(['NO_CHANNEL channels']);
    expect(check({ guidance: null })).toEqual(['MISSING_GUIDANCE guidance']);
  });
  test('previous notices that are a string or an array-like object are not a list', () => {
    expect(check({}, { previousNotices: 'ab' })).toEqual(['INVALID_FIELD context.previousNotices']);
    expect(check({}, { previousNotices: { length: 1, 0: { dossierId: 'HS-2026-0042', kind: 'supplement' } } })).toEqual([
      'INVALID_FIELD context.previousNotices',
    ]);
  });
  test.each<[string, unknown]>([
    ['not a number', 'x'],
    ['negative', -1],
    ['fractional', 1.5],
    ['a numeric string', '1'],
  ])('an array whose length is %s is not a list', (_, length) => {
    const earlier = { dossierId: 'HS-2026-0042', kind: 'supplement' };
    expect(check({ channels: withLength(length, [{ type: 'portal' }]) })).toEqual(['INVALID_FIELD channels']);
    expect(check({}, { previousNotices: withLength(length, [earlier]) })).toEqual(['INVALID_FIELD context.previousNotices']);
  });
});

describe('"một lần": one earlier supplement request for the same dossier', () => {
  const earlier = { dossierId: 'HS-2026-0042', kind: 'supplement', issuedAt: '2026-03-16T08:00' };
  test('the notice id is trimmed before comparing, and quoted trimmed', () => {
    const [issue] = validateNotice({ ...base, dossierId: '  HS-2026-0042 ' }, { previousNotices: [earlier] }).issues;
    expect(issue?.code).toBe('REPEATED_REQUEST');
    expect(issue?.message.en.startsWith('Dossier "HS-2026-0042" already')).toBe(true);
  });
  test('an id of 1 000 characters matches; a longer one is never a match, even if it trims to the same', () => {
    const id = 'H'.repeat(1_000);
    expect(check({ dossierId: id }, { previousNotices: [{ ...earlier, dossierId: id }] })).toEqual(['REPEATED_REQUEST context.previousNotices[0]']);
    expect(check({ dossierId: id }, { previousNotices: [{ ...earlier, dossierId: ` ${id}` }] })).toEqual([]);
  });
  test('the notice itself in the list is not an earlier request, even when its time is unreadable', () => {
    const notice = { ...base, issuedAt: 'hôm nay' };
    expect(validateNotice(notice, { previousNotices: [notice] }).issues.map((i) => `${i.code} ${i.path}`)).toEqual(['INVALID_FIELD issuedAt']);
  });
});

describe('an unusable calendar', () => {
  test('skips the timing checks instead of using the default calendar', () => {
    const context = { calendar: 'civil', submittedAt: '2026-03-13T20:00' };
    expect(check({ issuedAt: '2026-03-20T10:00' }, context)).toEqual(['INVALID_FIELD context.calendar']);
    expect(check({ issuedAt: '2026-03-20T10:00' }, { submittedAt: '2026-03-13T20:00' })).toEqual(['LATE_NOTICE issuedAt']);
  });
});
