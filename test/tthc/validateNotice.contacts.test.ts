/**
 * Contact addresses of notice channels: Vietnamese mobile numbers for SMS (10 digits starting
 * 03, 05, 07, 08 or 09, written 0…, 84… or +84…, spaces and dots ignored) and email addresses
 * (one @, a local part, a domain with a dot, no spaces; IDN and punycode domains accepted).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isValidEmail, isVietnameseMobile, normalizeVietnameseMobile } from '../../src/tthc/notice/contacts.js';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { emailArb, mobileArb } from '../support/arbitraries/notice.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const refusal = {
  dossierId: 'HS-2026-0042',
  kind: 'refusal',
  issuedAt: '2026-03-16T10:00',
  content: 'Từ chối tiếp nhận hồ sơ.',
  reason: 'Hồ sơ đã được giải quyết trước đó.',
  guidance: [],
};
const viaChannel = (type: string, to: unknown): string[] =>
  validateNotice({ ...refusal, channels: [{ type, to }] }).issues.map((i) => `${i.code} ${i.path}`);

describe('Vietnamese mobile numbers (SMS)', () => {
  test.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['84912345678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['0312345678', '0312345678'],
    ['0512345678', '0512345678'],
    ['0712345678', '0712345678'],
    ['0812345678', '0812345678'],
    ['+84 8 1234 5678', '0812345678'],
    ['0912-345-678', '0912345678'],
  ])('%s is a mobile number (%s)', (text, national) => {
    expect(normalizeVietnameseMobile(text)).toBe(national);
    expect(viaChannel('sms', text)).toEqual([]);
  });

  test.each([
    ['0212345678', 'a landline prefix (02)'],
    ['091234567', '9 digits'],
    ['09123456789', '11 digits'],
    ['+8491234567', '+84 with 8 digits'],
    ['0012345678', 'prefix 00'],
    ['0412345678', 'prefix 04'],
    ['0612345678', 'prefix 06'],
    ['09l2345678', 'a letter l for a one'],
    ['abcdefghij', 'letters'],
    ['+840912345678', '+84 followed by the national 0'],
    ['84 0912 345 678', '84 followed by the national 0'],
    ['(091) 234 5678', 'parentheses'],
    ['', 'empty'],
  ])('%s is not (%s)', (text) => {
    expect(isVietnameseMobile(text)).toBe(false);
    expect(viaChannel('sms', text)).toEqual(['INVALID_CONTACT channels[0].to']);
  });

  test('an SMS channel without a number, or with a number that is not text', () => {
    expect(viaChannel('sms', undefined)).toEqual(['INVALID_CONTACT channels[0].to']);
    expect(viaChannel('sms', null)).toEqual(['INVALID_CONTACT channels[0].to']);
    expect(viaChannel('sms', 912345678)).toEqual(['INVALID_FIELD channels[0].to']);
  });

  test('property: every accepted writing normalises to 0 + 9 digits', () => {
    fc.assert(
      fc.property(mobileArb, (text) => {
        expect(normalizeVietnameseMobile(text)).toMatch(/^0[35789]\d{8}$/);
      }),
      RUNS,
    );
  });

  test('property: any other digit string of 10 is rejected unless it starts 03, 05, 07, 08, 09', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
        expect(isVietnameseMobile(digits)).toBe(/^0[35789]/.test(digits));
      }),
      RUNS,
    );
  });
});

describe('email addresses', () => {
  test.each([
    'nguyenvana@gmail.com',
    'nguyen.van.a+hoso@tayninh.gov.vn',
    'hotro@sở-tư-pháp.việtnam.vn',
    'hotro@xn--s-t-php-mwa37pr84l.xn--vitnam-jk8b.vn',
    ' nguyenvana@gmail.com ',
    'a@b.co',
  ])('%s is valid', (address) => {
    expect(isValidEmail(address)).toBe(true);
    expect(viaChannel('email', address)).toEqual([]);
  });

  test.each([
    ['nguyenvana@gmail', 'a domain without a dot'],
    ['nguyenvana.gmail.com', 'no @'],
    ['nguyen@van@gmail.com', 'two @'],
    ['@gmail.com', 'an empty local part'],
    ['nguyen van a@gmail.com', 'a space'],
    ['nguyenvana@gmail..com', 'an empty domain label'],
    ['nguyenvana@.gmail.com', 'a domain starting with a dot'],
    ['nguyenvana@gmail.com.', 'a domain ending with a dot'],
    ['nguyenvana@-gmail.com', 'a label starting with a hyphen'],
    ['.nguyenvana@gmail.com', 'a local part starting with a dot'],
    ['nguyen..vana@gmail.com', 'two dots in a row'],
    ['nguyenvana@gmail.c', 'a one-letter top-level domain'],
    ['nguyenvana@10.0.0.1', 'an IP address'],
    ['<nguyenvana@gmail.com>', 'angle brackets'],
    [`${'a'.repeat(65)}@gmail.com`, 'a local part over 64 characters'],
    [`a@${'b'.repeat(250)}.vn`, 'over 254 characters'],
  ])('%s is not (%s)', (address) => {
    expect(isValidEmail(address)).toBe(false);
    expect(viaChannel('email', address)).toEqual(['INVALID_CONTACT channels[0].to']);
  });

  test('an email channel without an address', () => {
    expect(viaChannel('email', undefined)).toEqual(['INVALID_CONTACT channels[0].to']);
    expect(viaChannel('email', '')).toEqual(['INVALID_CONTACT channels[0].to']);
  });

  test('property: generated addresses (with IDN and punycode domains) are valid', () => {
    fc.assert(
      fc.property(emailArb, (address) => {
        expect(isValidEmail(address)).toBe(true);
      }),
      RUNS,
    );
  });

  test('property: an address with a space inside is never valid', () => {
    fc.assert(
      fc.property(emailArb, fc.nat(), (address, at) => {
        const i = 1 + (at % (address.length - 1));
        expect(isValidEmail(`${address.slice(0, i)} ${address.slice(i)}`)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('app, social and portal channels need no address', () => {
  test.each(['app', 'social', 'portal'])('%s', (type) => {
    expect(viaChannel(type, undefined)).toEqual([]);
    expect(viaChannel(type, 'tai-khoan-0912345678')).toEqual([]);
  });
});
