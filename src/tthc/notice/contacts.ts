/**
 * Contact addresses of notice channels: email addresses and Vietnamese mobile numbers.
 *
 * @module
 */

/** Longest email address (RFC 5321 path limit). */
const MAX_EMAIL = 254;
/** Longest mobile number text examined, separators included. */
const MAX_PHONE_TEXT = 32;

/** The local part: no whitespace, no control characters, none of `@ < > ( ) [ ] \ , ; : "`. */
const LOCAL = /^[^\s\p{Cc}@<>()[\]\\,;:"]+$/u;
/** A domain label: letters (any script, so IDN), digits, marks and inner hyphens; punycode `xn--…` too. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;

/**
 * Whether `text` is a usable email address: one `@`, a non-empty local part without spaces, and a
 * domain of at least two dot-separated labels (an internationalised or punycode domain is fine).
 * Surrounding whitespace is ignored. Quoted local parts and IP-literal domains are not accepted.
 *
 * @example
 * isValidEmail('nguyenvana@gmail.com');        //=> true
 * isValidEmail('hotro@sở-tư-pháp.việtnam.vn'); //=> true
 * isValidEmail('hotro@xn--vitnam-jk8b.vn');     //=> true
 * isValidEmail('nguyen van a@gmail.com');      //=> false
 * isValidEmail('nguyenvana@gmail');            //=> false
 */
export function isValidEmail(text: string): boolean {
  const address = text.length > MAX_EMAIL + 64 ? text : text.trim();
  if (address.length > MAX_EMAIL) return false;
  const at = address.indexOf('@');
  // An empty address, an '@' first (empty local part) or a second '@' (in the domain) fail the checks below.
  if (at === -1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => label.length <= 63 && LABEL.test(label))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return tld.length >= 2 && !/^\d+$/.test(tld);
}

/** 0 / 84 / +84, then a 9-digit subscriber number whose first digit is 3, 5, 7, 8 or 9. */
const MOBILE = /^(?:0|84|\+84)([35789]\d{8})$/;

/**
 * The national form (`0…`, 10 digits) of a Vietnamese mobile number, or `null` if `text` is not
 * one. Accepted: 10 digits starting 03, 05, 07, 08 or 09, written `0…`, `84…` or `+84…`; spaces,
 * dots and hyphens are ignored.
 *
 * @example
 * normalizeVietnameseMobile('+84 912.345.678'); //=> '0912345678'
 * normalizeVietnameseMobile('84912345678');     //=> '0912345678'
 * normalizeVietnameseMobile('0212345678');      //=> null (a landline prefix)
 * normalizeVietnameseMobile('091234567');       //=> null (9 digits)
 */
export function normalizeVietnameseMobile(text: string): string | null {
  if (text.length > MAX_PHONE_TEXT) return null;
  const m = MOBILE.exec(text.replace(/[\s.-]/g, ''));
  return m ? `0${m[1] ?? ''}` : null;
}

/**
 * Whether `text` is a Vietnamese mobile number (see {@link normalizeVietnameseMobile}).
 *
 * @example
 * isVietnameseMobile('091 234 5678'); //=> true
 * isVietnameseMobile('+8491234567');  //=> false
 */
export function isVietnameseMobile(text: string): boolean {
  return normalizeVietnameseMobile(text) !== null;
}
