/**
 * fast-check arbitraries for notices: valid notices with valid contexts, single corruptions that
 * each break exactly one rule, and hostile values (throwing getters and Proxies, revoked Proxies,
 * cyclic objects, huge strings and arrays) for the never-throws properties.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { WorkingCalendar } from '../../../src/calendar/index.js';
import type { TimeRange } from '../../../src/calendar/index.js';
import type { Notice, NoticeChannel, NoticeContext, NoticeIssueCode, NoticeKind } from '../../../src/tthc/notice/types.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const H: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];

/** Mon–Fri 07:00–11:30, 13:30–17:00 in Asia/Ho_Chi_Minh, without holidays. */
export const officeCalendar = WorkingCalendar.create({ week: { mon: H, tue: H, wed: H, thu: H, fri: H } });

/** A notice with the epoch of its `issuedAt`, and a context under which it is valid. */
export interface NoticeCase {
  notice: Notice & Record<string, unknown>;
  issuedEpoch: number;
  context: NoticeContext & Record<string, unknown>;
}

const HOUR = 3_600_000;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2030, 11, 31);

const CONTENTS = ['Hồ sơ đăng ký hộ kinh doanh chưa đầy đủ.', 'Hồ sơ cấp Giấy phép xây dựng chưa hợp lệ.', 'Hồ sơ không thuộc thẩm quyền giải quyết.', 'Dossier incomplete'];
const REASONS = ['Thiếu bản sao Căn cước của chủ hộ.', 'Bản vẽ thiết kế không có chữ ký.', 'Thủ tục thuộc thẩm quyền của Sở Tư pháp.', 'Tờ khai ghi sai ngày sinh.'];
const GUIDANCE = ['Nộp bản sao Căn cước (chụp rõ hai mặt).', 'Bổ sung bản vẽ có chữ ký của chủ đầu tư.', 'Sửa ngày sinh tại mục 3 của tờ khai.', 'Nộp lệ phí 100.000 đồng.'];
const AUTHORITIES = ['Sở Tư pháp tỉnh Tây Ninh', 'UBND phường Tân Ninh', 'Chi cục Thuế khu vực XVII'];

/** A text with at least one letter: a Vietnamese phrase, then any (possibly empty) suffix. */
const textArb = (phrases: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...phrases), fc.string({ maxLength: 12, unit: 'grapheme' })).map(([p, s]) => `${p}${s}`);

const dossierIdArb = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 260101, max: 261231 }), fc.integer({ min: 1, max: 9999 }))
  .map(([unit, day, seq]) => `000.00.${String(unit).padStart(2, '0')}.H54-${day}-${String(seq).padStart(4, '0')}`);

const sep = fc.constantFrom('', ' ', '.', '-');
/** A valid Vietnamese mobile number in any accepted writing. */
export const mobileArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('0', '84', '+84'), fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), sep, sep)
  .map(([prefix, first, rest, a, b]) => `${prefix}${a}${first}${rest.slice(0, 2)}${b}${rest.slice(2, 5)}${b}${rest.slice(5)}`);

const labelArb = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
/** A valid email address, sometimes with an internationalised or punycode domain. */
export const emailArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9_+-]{1,10}(?:\.[a-z0-9_+-]{1,10})?$/),
    fc.oneof(labelArb, fc.constantFrom('sở-tư-pháp', 'xn--vitnam-jk8b', 'việtnam')),
    fc.constantFrom('vn', 'gov.vn', 'com', 'xn--vitnam-jk8b.vn'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

export const channelArb: fc.Arbitrary<NoticeChannel> = fc.oneof(
  emailArb.map((to): NoticeChannel => ({ type: 'email', to })),
  mobileArb.map((to): NoticeChannel => ({ type: 'sms', to })),
  fc.constantFrom<NoticeChannel>({ type: 'app' }, { type: 'social' }, { type: 'portal' }, { type: 'portal', to: 'tk-0912345678' }),
);

/** `issuedAt` in each accepted form: epoch ms, Date, DateTime, ISO with offset, wall-clock in Vietnam. */
const issuedAtArb = fc.integer({ min: FROM, max: TO }).chain((epoch) =>
  fc
    .constantFrom<(e: number) => Notice['issuedAt']>(
      (e) => e,
      (e) => new Date(e),
      (e) => DateTime.fromMillis(e, { zone: 'Europe/Paris' }),
      (e) => DateTime.fromMillis(e, { zone: 'UTC' }).toISO() ?? '',
      (e) => DateTime.fromMillis(e, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS"),
    )
    .map((form) => ({ epoch, value: form(epoch) })),
);

/** A valid notice of any kind, sometimes with extra fields (ignored by the validator). */
export const validNoticeArb: fc.Arbitrary<{ notice: Notice & Record<string, unknown>; issuedEpoch: number }> = fc
  .record({
    dossierId: dossierIdArb,
    kind: fc.constantFrom<NoticeKind>('supplement', 'refusal', 'redirect'),
    issued: issuedAtArb,
    content: textArb(CONTENTS),
    reason: textArb(REASONS),
    guidance: fc.array(textArb(GUIDANCE), { maxLength: 4 }),
    authority: fc.option(textArb(AUTHORITIES), { nil: undefined }),
    channels: fc.array(channelArb, { minLength: 1, maxLength: 4 }),
    extra: fc.option(fc.constantFrom({ officer: 'Nguyễn Văn A' }, { attachments: [] }), { nil: undefined }),
  })
  .map((r) => {
    const notice: Notice & Record<string, unknown> = {
      ...r.extra,
      dossierId: r.dossierId,
      kind: r.kind,
      issuedAt: r.issued.value,
      content: r.content,
      reason: r.reason,
      guidance: r.kind === 'supplement' && r.guidance.length === 0 ? [GUIDANCE[0] as string] : r.guidance,
      channels: r.channels,
    };
    const authority = r.kind === 'redirect' ? (r.authority ?? (AUTHORITIES[0] as string)) : r.authority;
    if (authority !== undefined) notice.authority = authority;
    return { notice, issuedEpoch: r.issued.epoch };
  });

/**
 * A valid notice with a context under which it stays valid: submitted at most 8 hours before it
 * was issued (so never late), previous notices that are not earlier supplement requests for
 * the same dossier (other dossiers, refusals, later requests, the notice itself).
 */
export const validCaseArb: fc.Arbitrary<NoticeCase> = validNoticeArb.chain(({ notice, issuedEpoch }) =>
  fc
    .record({
      submittedBefore: fc.option(fc.integer({ min: 0, max: 8 * HOUR }), { nil: undefined }),
      calendar: fc.boolean(),
      previous: fc.option(
        fc.array(
          fc.oneof(
            dossierIdArb.filter((id) => id !== notice.dossierId).map((id) => ({ dossierId: id, kind: 'supplement', issuedAt: issuedEpoch - HOUR })),
            fc.constantFrom('refusal', 'redirect').map((kind) => ({ dossierId: notice.dossierId, kind, issuedAt: issuedEpoch - HOUR })),
            fc.integer({ min: 0, max: 48 * HOUR }).map((later) => ({ dossierId: notice.dossierId, kind: 'supplement', issuedAt: issuedEpoch + later })),
            fc.constant(notice),
          ),
          { maxLength: 5 },
        ),
        { nil: undefined },
      ),
    })
    .map(({ submittedBefore, calendar, previous }) => {
      const context: NoticeCase['context'] = {};
      if (submittedBefore !== undefined) context.submittedAt = issuedEpoch - submittedBefore;
      if (calendar) context.calendar = officeCalendar;
      if (previous !== undefined) context.previousNotices = previous;
      return { notice, issuedEpoch, context };
    }),
);

/** One way of breaking a valid case, and the only issue code it must produce. */
export interface Corruption {
  name: string;
  code: NoticeIssueCode;
  apply: (c: NoticeCase) => { notice: unknown; context: NoticeCase['context'] };
}

const without = (o: Record<string, unknown>, key: string): Record<string, unknown> => {
  const copy = { ...o };
  delete copy[key];
  return copy;
};
const set = (c: NoticeCase, patch: Record<string, unknown>): { notice: unknown; context: NoticeCase['context'] } => ({
  notice: { ...c.notice, ...patch },
  context: c.context,
});
const withoutHistory = (r: { notice: unknown; context: NoticeCase['context'] }): { notice: unknown; context: NoticeCase['context'] } => ({
  notice: r.notice,
  context: without(r.context, 'previousNotices'),
});
/** The case as a supplement request (it keeps or gets one concrete guidance item). */
const asSupplement = (c: NoticeCase): Record<string, unknown> => ({
  ...c.notice,
  kind: 'supplement',
  guidance: c.notice.guidance.length > 0 ? c.notice.guidance : [GUIDANCE[1]],
});
const throwing = (o: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.defineProperty({ ...o }, key, { enumerable: true, get: () => { throw new Error(`boom: ${key}`); } });

/** Every corruption; each yields exactly one issue, of its code. */
export const CORRUPTIONS: Corruption[] = [
  { name: 'dossierId missing', code: 'INVALID_FIELD', apply: (c) => ({ notice: without(c.notice, 'dossierId'), context: c.context }) },
  { name: 'dossierId a number', code: 'INVALID_FIELD', apply: (c) => set(c, { dossierId: 42 }) },
  { name: 'dossierId blank', code: 'INVALID_FIELD', apply: (c) => set(c, { dossierId: ' \t' }) },
  { name: 'dossierId getter throws', code: 'INVALID_FIELD', apply: (c) => ({ notice: throwing(c.notice, 'dossierId'), context: c.context }) },
  { name: 'unknown kind', code: 'INVALID_FIELD', apply: (c) => set(c, { kind: 'approval' }) },
  { name: 'kind in capitals', code: 'INVALID_FIELD', apply: (c) => set(c, { kind: 'Supplement' }) },
  // Without a readable issuedAt every same-dossier supplement counts as earlier: drop the history.
  { name: 'issuedAt unreadable', code: 'INVALID_FIELD', apply: (c) => withoutHistory(set(c, { issuedAt: 'hôm qua' })) },
  { name: 'issuedAt no such date', code: 'INVALID_FIELD', apply: (c) => withoutHistory(set(c, { issuedAt: '2026-02-30T10:00' })) },
  { name: 'issuedAt NaN', code: 'INVALID_FIELD', apply: (c) => withoutHistory(set(c, { issuedAt: Number.NaN })) },
  { name: 'content a number', code: 'INVALID_FIELD', apply: (c) => set(c, { content: 42 }) },
  { name: 'reason an array', code: 'INVALID_FIELD', apply: (c) => set(c, { reason: ['Thiếu giấy tờ'] }) },
  { name: 'guidance a string', code: 'INVALID_FIELD', apply: (c) => set(c, { guidance: 'Nộp bản sao Căn cước' }) },
  { name: 'guidance item a number', code: 'INVALID_FIELD', apply: (c) => set(c, { guidance: [...c.notice.guidance, 42] }) },
  { name: 'authority a number', code: 'INVALID_FIELD', apply: (c) => set(c, { authority: 42 }) },
  { name: 'channels a string', code: 'INVALID_FIELD', apply: (c) => set(c, { channels: 'email' }) },
  { name: 'channel null', code: 'INVALID_FIELD', apply: (c) => set(c, { channels: [...c.notice.channels, null] }) },
  { name: 'channel type unknown', code: 'INVALID_FIELD', apply: (c) => set(c, { channels: [...c.notice.channels, { type: 'fax', to: '0283829' }] }) },
  { name: 'context.submittedAt unreadable', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, submittedAt: 'sáng nay' } }) },
  { name: 'context.calendar not a calendar', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, calendar: { zone: ZONE } as never } }) },
  { name: 'context option misspelt', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, submitedAt: c.issuedEpoch } }) },
  { name: 'previous notice not an object', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, previousNotices: [...(c.context.previousNotices ?? []), 7] } }) },
  { name: 'issued before the submission', code: 'INVALID_FIELD', apply: (c) => ({ notice: c.notice, context: { ...c.context, submittedAt: c.issuedEpoch + 1 } }) },
  { name: 'content empty', code: 'MISSING_CONTENT', apply: (c) => set(c, { content: '' }) },
  { name: 'content whitespace', code: 'MISSING_CONTENT', apply: (c) => set(c, { content: ' \n\t\u00A0\u200B' }) },
  { name: 'content missing', code: 'MISSING_CONTENT', apply: (c) => ({ notice: without(c.notice, 'content'), context: c.context }) },
  { name: 'content punctuation only', code: 'MISSING_CONTENT', apply: (c) => set(c, { content: '...' }) },
  { name: 'reason empty', code: 'MISSING_REASON', apply: (c) => set(c, { reason: '' }) },
  { name: 'reason whitespace', code: 'MISSING_REASON', apply: (c) => set(c, { reason: '   ' }) },
  { name: 'reason null', code: 'MISSING_REASON', apply: (c) => set(c, { reason: null }) },
  { name: 'supplement without guidance', code: 'MISSING_GUIDANCE', apply: (c) => set(c, { kind: 'supplement', guidance: [] }) },
  { name: 'supplement guidance missing', code: 'MISSING_GUIDANCE', apply: (c) => ({ notice: without({ ...c.notice, kind: 'supplement' }, 'guidance'), context: c.context }) },
  { name: 'blank guidance item', code: 'MISSING_GUIDANCE', apply: (c) => set(c, { guidance: [...c.notice.guidance, '  '] }) },
  { name: 'redirect without authority', code: 'MISSING_AUTHORITY', apply: (c) => ({ notice: without({ ...c.notice, kind: 'redirect' }, 'authority'), context: c.context }) },
  { name: 'redirect with blank authority', code: 'MISSING_AUTHORITY', apply: (c) => set(c, { kind: 'redirect', authority: ' ' }) },
  { name: 'no channels', code: 'NO_CHANNEL', apply: (c) => set(c, { channels: [] }) },
  { name: 'channels missing', code: 'NO_CHANNEL', apply: (c) => ({ notice: without(c.notice, 'channels'), context: c.context }) },
  { name: 'email without address', code: 'INVALID_CONTACT', apply: (c) => set(c, { channels: [...c.notice.channels, { type: 'email' }] }) },
  { name: 'email malformed', code: 'INVALID_CONTACT', apply: (c) => set(c, { channels: [{ type: 'email', to: 'nguyenvana@gmail' }, ...c.notice.channels] }) },
  { name: 'sms landline', code: 'INVALID_CONTACT', apply: (c) => set(c, { channels: [...c.notice.channels, { type: 'sms', to: '0212345678' }] }) },
  { name: 'sms too short', code: 'INVALID_CONTACT', apply: (c) => set(c, { channels: [...c.notice.channels, { type: 'sms', to: '091234567' }] }) },
  {
    name: 'earlier supplement request for the dossier',
    code: 'REPEATED_REQUEST',
    apply: (c) => ({
      notice: asSupplement(c),
      context: { ...c.context, previousNotices: [...(c.context.previousNotices ?? []), { dossierId: c.notice.dossierId, kind: 'supplement', issuedAt: c.issuedEpoch - 1 }] },
    }),
  },
  {
    name: 'supplement request for the dossier with no readable time',
    code: 'REPEATED_REQUEST',
    apply: (c) => ({ notice: asSupplement(c), context: { ...c.context, previousNotices: [{ dossierId: c.notice.dossierId, kind: 'supplement' }] } }),
  },
  {
    name: 'issued after the intake deadline',
    code: 'LATE_NOTICE',
    apply: (c) => ({ notice: c.notice, context: { ...c.context, calendar: officeCalendar, submittedAt: c.issuedEpoch - 7 * 24 * HOUR } }),
  },
];

/** A valid case together with one corruption. */
export const corruptedCaseArb: fc.Arbitrary<{ corruption: Corruption; notice: unknown; context: NoticeCase['context'] }> = fc
  .tuple(validCaseArb, fc.constantFrom(...CORRUPTIONS))
  .map(([c, corruption]) => ({ corruption, ...corruption.apply(c) }));

/** Values built to break careless code: throwing getters and Proxies, revoked Proxies, cycles, huge values. */
export function hostileValues(): unknown[] {
  const thrower = new Proxy({}, { get: () => { throw new Error('get'); }, has: () => { throw new Error('has'); }, ownKeys: () => { throw new Error('ownKeys'); }, getOwnPropertyDescriptor: () => { throw new Error('gopd'); }, getPrototypeOf: () => { throw new Error('proto'); } });
  const revocable = Proxy.revocable([], {});
  revocable.revoke();
  const cyclic: Record<string, unknown> = { dossierId: 'HS-1' };
  cyclic.self = cyclic;
  cyclic.guidance = [cyclic];
  const badLength = new Proxy([], { get: (t, k) => (k === 'length' ? -1 : Reflect.get(t, k)) });
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  const throwingArray = new Proxy(['a', 'b'], { get: (t, k) => { if (k === '0') throw new Error('item'); return Reflect.get(t, k); } });
  return [
    thrower,
    revocable.proxy,
    cyclic,
    badLength,
    sparse,
    throwingArray,
    Object.freeze({ dossierId: Object.freeze(['x']) }),
    Object.create(null),
    JSON.parse('{"__proto__": {"kind": "supplement"}, "constructor": {"prototype": {"polluted": true}}}'),
    'x'.repeat(10_000_000),
    ' '.repeat(1_000_000),
    new Array(1_000_000).fill('Nộp bản sao'),
    Symbol('notice'),
    10n ** 30n,
    () => 'notice',
    new Date(Number.NaN),
    DateTime.invalid('bad'),
    new Map([['dossierId', 'x']]),
    new String('supplement'),
  ];
}

/** Any value, including exotic ones. */
export const anythingArb: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'dossierId', 'kind', 'issuedAt', 'guidance', 'channels', 'to', 'type', 'submittedAt', 'calendar', 'previousNotices')),
});

const HOSTILE = hostileValues();

/**
 * A hostile value in a box. fast-check itself probes each generated value (`cloneMethod in
 * value`), which a hostile Proxy answers by throwing, so these values travel boxed and are
 * unboxed inside the property.
 */
export const hostileBoxArb: fc.Arbitrary<{ value: unknown }> = fc.nat({ max: HOSTILE.length - 1 }).map((i) => ({ value: HOSTILE[i] }));

/** Anything or a hostile value, boxed (see {@link hostileBoxArb}). */
export const anyBoxArb: fc.Arbitrary<{ value: unknown }> = fc.oneof(anythingArb.map((value) => ({ value })), hostileBoxArb);

/** A valid notice with some fields replaced by anything or by hostile values. */
export const messyNoticeArb: fc.Arbitrary<unknown> = fc
  .tuple(
    validNoticeArb,
    fc.array(fc.tuple(fc.constantFrom('dossierId', 'kind', 'issuedAt', 'content', 'reason', 'guidance', 'authority', 'channels', '__proto__'), anyBoxArb), { maxLength: 4 }),
  )
  .map(([{ notice }, patches]) => {
    const copy: Record<string, unknown> = { ...notice };
    for (const [key, box] of patches) Object.defineProperty(copy, key, { value: box.value, enumerable: true, configurable: true, writable: true });
    return copy;
  });

/** A valid request to supplement a driving-licence dossier, as a base for single-field changes. */
export const supplementNotice = {
  dossierId: 'HS-2026-0042',
  kind: 'supplement',
  issuedAt: '2026-03-16T10:00',
  content: 'Hồ sơ cấp đổi Giấy phép lái xe chưa đầy đủ.',
  reason: 'Ảnh chân dung không đúng quy cách.',
  guidance: ['Nộp ảnh chân dung 3x4 nền trắng, chụp trong 6 tháng gần nhất.'] as unknown[],
  channels: [{ type: 'portal' }] as unknown[],
};
