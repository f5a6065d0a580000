/**
 * The exact words of validateNotice's messages: how each field is named (with its 1-based number
 * and its path), how the value that was given is described (a string is quoted and shortened, an
 * object is never printed), what was expected, and the message of each issue code in Vietnamese
 * and English. A clerk reads these texts, so every part of them is checked, not just the code.
 */
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { TimeRange } from '../../src/calendar/index.js';
import { validateNotice } from '../../src/tthc/index.js';
import type { NoticeContext, NoticeIssue } from '../../src/tthc/index.js';
import { supplementNotice } from '../support/arbitraries/notice.js';

const base = supplementNotice;

const issues = (patch: Record<string, unknown>, context?: unknown): NoticeIssue[] =>
  validateNotice({ ...base, ...patch }, context as NoticeContext).issues;

/** The only issue of the notice, as `[code, path, vi, en]`. */
function only(patch: Record<string, unknown>, context?: unknown): [string, string, string, string] {
  const list = issues(patch, context);
  expect(list.map((i) => `${i.code} ${i.path}`)).toHaveLength(1);
  const [issue] = list;
  return [issue?.code ?? '', issue?.path ?? '', issue?.message.vi ?? '', issue?.message.en ?? ''];
}

/** An object whose property `key` is a getter that throws. */
function throwing<T extends object>(target: T, key: string): T {
  return Object.defineProperty(target, key, { enumerable: true, get: () => { throw new Error('unreadable'); } });
}

const KIND_VI = "'supplement' (bổ sung, hoàn thiện), 'refusal' (từ chối) hoặc 'redirect' (gửi đúng cơ quan có thẩm quyền)";
const KIND_EN = "'supplement', 'refusal' or 'redirect'";

describe('how the value given is described', () => {
  test.each<[string, unknown, string, string]>([
    ['nothing', undefined, 'không có giá trị', 'nothing'],
    ['an empty string', '', 'một chuỗi rỗng', 'an empty string'],
    ['a string, quoted', 'approval', 'chuỗi "approval"', 'the string "approval"'],
    ['a string of 40 characters, whole', 'a'.repeat(40), `chuỗi "${'a'.repeat(40)}"`, `the string "${'a'.repeat(40)}"`],
    ['a longer string, cut to 40 characters', 'b'.repeat(41), `chuỗi "${'b'.repeat(39)}…"`, `the string "${'b'.repeat(39)}…"`],
    ['a number', 42, 'số 42', 'the number 42'],
    ['a bigint', 10n, 'một số nguyên lớn (BigInt)', 'a bigint'],
    ['a boolean', true, 'giá trị true', 'the boolean true'],
    ['a symbol', Symbol('supplement'), 'một ký hiệu (Symbol)', 'a symbol'],
    ['a function', () => 'supplement', 'một hàm', 'a function'],
    ['null', null, 'null', 'null'],
    ['an array', ['supplement'], 'một danh sách', 'an array'],
    ['an object, never its contents', { kind: 'supplement' }, 'một đối tượng', 'an object'],
  ])('%s', (_, kind, vi, en) => {
    expect(only({ kind })).toEqual([
      'INVALID_FIELD',
      'kind',
      `Loại thông báo (kind) không hợp lệ: cần ${KIND_VI}, nhận được ${vi}.`,
      `The notice kind (kind) is invalid: expected ${KIND_EN}, got ${en}.`,
    ]);
  });
});

describe('a value that cannot be read is said so', () => {
  const UNREADABLE = ['một giá trị không đọc được', 'a value that cannot be read'] as const;
  test.each<[string, () => object, string, string, string]>([
    ['dossierId', () => throwing({ ...base }, 'dossierId'), 'dossierId', 'Mã hồ sơ (dossierId)', 'The dossier id (dossierId)'],
    ['kind', () => throwing({ ...base, kind: 'refusal' }, 'kind'), 'kind', 'Loại thông báo (kind)', 'The notice kind (kind)'],
    ['issuedAt', () => throwing({ ...base }, 'issuedAt'), 'issuedAt', 'Thời điểm ban hành thông báo (issuedAt)', 'The issue time (issuedAt)'],
    ['guidance', () => throwing({ ...base }, 'guidance'), 'guidance', 'Danh sách hướng dẫn (guidance)', 'The guidance list (guidance)'],
    ['a guidance item', () => ({ ...base, guidance: throwing(['x'], '0') }), 'guidance[0]', 'Mục hướng dẫn thứ 1 (guidance[0])', 'Guidance item 1 (guidance[0])'],
    ['a channel', () => ({ ...base, channels: throwing([{ type: 'portal' }], '0') }), 'channels[0]', 'Kênh gửi thứ 1 (channels[0])', 'Channel 1 (channels[0])'],
    [
      'a channel address',
      () => ({ ...base, channels: [throwing({ type: 'app' }, 'to')] }),
      'channels[0].to',
      'Địa chỉ nhận của kênh gửi thứ 1 (channels[0].to)',
      'The address of channel 1 (channels[0].to)',
    ],
  ])('%s', (_, make, path, fieldVi, fieldEn) => {
    const list = validateNotice(make()).issues;
    const issue = list.find((i) => i.path === path);
    expect(issue?.code).toBe('INVALID_FIELD');
    expect(issue?.message.vi).toMatch(new RegExp(`^${fieldVi.replace(/[()[\]]/g, '\\$&')} không hợp lệ: cần .*, nhận được ${UNREADABLE[0]}\\.$`, 'u'));
    expect(issue?.message.en).toMatch(new RegExp(`^${fieldEn.replace(/[()[\]]/g, '\\$&')} is invalid: expected .*, got ${UNREADABLE[1]}\\.$`, 'u'));
  });
});

describe('the labels of list items name the 1-based item and its path', () => {
  test('a guidance item that is not text', () => {
    expect(only({ guidance: ['Nộp tờ khai.', 7] })).toEqual([
      'INVALID_FIELD',
      'guidance[1]',
      'Mục hướng dẫn thứ 2 (guidance[1]) không hợp lệ: cần một chuỗi ký tự, nhận được số 7.',
      'Guidance item 2 (guidance[1]) is invalid: expected a string, got the number 7.',
    ]);
  });
  test('a channel that is not an object, or is an array', () => {
    expect(only({ channels: [{ type: 'portal' }, 'sms'] })).toEqual([
      'INVALID_FIELD',
      'channels[1]',
      'Kênh gửi thứ 2 (channels[1]) không hợp lệ: cần một đối tượng, nhận được chuỗi "sms".',
      'Channel 2 (channels[1]) is invalid: expected an object, got the string "sms".',
    ]);
    expect(only({ channels: [[{ type: 'portal' }]] })).toEqual([
      'INVALID_FIELD',
      'channels[0]',
      'Kênh gửi thứ 1 (channels[0]) không hợp lệ: cần một đối tượng, nhận được một danh sách.',
      'Channel 1 (channels[0]) is invalid: expected an object, got an array.',
    ]);
  });
  test('an unknown channel type', () => {
    expect(only({ channels: [{ type: 'portal' }, { type: 'fax' }] })).toEqual([
      'INVALID_FIELD',
      'channels[1].type',
      "Loại của kênh gửi thứ 2 (channels[1].type) không hợp lệ: cần 'email', 'sms', 'app', 'social', 'portal' hoặc 'vneid', nhận được chuỗi \"fax\".",
      "The type of channel 2 (channels[1].type) is invalid: expected 'email', 'sms', 'app', 'social', 'portal' or 'vneid', got the string \"fax\".",
    ]);
  });
  test('a null address of a channel that needs none is still not text', () => {
    expect(only({ channels: [{ type: 'portal' }, { type: 'app', to: null }] })).toEqual([
      'INVALID_FIELD',
      'channels[1].to',
      'Địa chỉ nhận của kênh gửi thứ 2 (channels[1].to) không hợp lệ: cần một chuỗi ký tự tối đa 1.000 ký tự, nhận được null.',
      'The address of channel 2 (channels[1].to) is invalid: expected a string of at most 1,000 characters, got null.',
    ]);
  });
  test('a previous notice that is not an object, and its fields', () => {
    const earlier = { dossierId: 'HS-2026-0001', kind: 'refusal' };
    expect(only({}, { previousNotices: [earlier, 5] })).toEqual([
      'INVALID_FIELD',
      'context.previousNotices[1]',
      'Thông báo trước thứ 2 (context.previousNotices[1]) không hợp lệ: cần một đối tượng, nhận được số 5.',
      'Previous notice 2 (context.previousNotices[1]) is invalid: expected an object, got the number 5.',
    ]);
    expect(only({}, { previousNotices: [earlier, [earlier]] })[2]).toBe(
      'Thông báo trước thứ 2 (context.previousNotices[1]) không hợp lệ: cần một đối tượng, nhận được một danh sách.',
    );
    expect(only({}, { previousNotices: [earlier, { dossierId: 7, kind: 'refusal' }] })).toEqual([
      'INVALID_FIELD',
      'context.previousNotices[1].dossierId',
      'Trường dossierId của thông báo trước thứ 2 (context.previousNotices[1].dossierId) không hợp lệ: cần một chuỗi ký tự không để trống, tối đa 1.000 ký tự, nhận được số 7.',
      'The dossierId of previous notice 2 (context.previousNotices[1].dossierId) is invalid: expected a non-blank string of at most 1,000 characters, got the number 7.',
    ]);
    expect(only({}, { previousNotices: [{ dossierId: 'HS-2026-0001', kind: false }] })).toEqual([
      'INVALID_FIELD',
      'context.previousNotices[0].kind',
      `Trường kind của thông báo trước thứ 1 (context.previousNotices[0].kind) không hợp lệ: cần ${KIND_VI}, nhận được giá trị false.`,
      `The kind of previous notice 1 (context.previousNotices[0].kind) is invalid: expected ${KIND_EN}, got the boolean false.`,
    ]);
  });
});

describe('context options', () => {
  const OPTIONS_VI = 'cần một trong các tùy chọn submittedAt, calendar, previousNotices, rules.';
  const OPTIONS_EN = 'expected one of the options submittedAt, calendar, previousNotices, rules.';
  test('a misspelt option is named, with nothing said about its value', () => {
    expect(only({}, { submitedAt: '2026-03-16T08:00' })).toEqual([
      'INVALID_FIELD',
      'context.submitedAt',
      `Tùy chọn "submitedAt" của context không hợp lệ: ${OPTIONS_VI}`,
      `The context option "submitedAt" is invalid: ${OPTIONS_EN}`,
    ]);
  });
  test('an option name that is not an identifier is a quoted path segment, cut after 40 characters', () => {
    expect(only({}, { 'submitted at': 1 }).slice(0, 2)).toEqual(['INVALID_FIELD', 'context["submitted at"]']);
    const forty = `a b${'c'.repeat(37)}`;
    expect(only({}, { [forty]: 1 })[1]).toBe(`context["${forty}"]`);
    const long = `a b${'c'.repeat(38)}`;
    expect(only({}, { [long]: 1 })[1]).toBe(`context["${long.slice(0, 39)}…"]`);
  });
  test('previous notices that are not a list', () => {
    expect(only({}, { previousNotices: 'HS-2026-0001' }).slice(2)).toEqual([
      'Danh sách thông báo trước (context.previousNotices) không hợp lệ: cần một danh sách các thông báo, nhận được chuỗi "HS-2026-0001".',
      'The previous notices (context.previousNotices) is invalid: expected an array of notices, got the string "HS-2026-0001".',
    ]);
  });
  test('previous notices that cannot be read', () => {
    const context = Object.defineProperty({}, 'previousNotices', { enumerable: true, get: () => { throw new Error('unreadable'); } });
    expect(only({}, context)).toEqual([
      'INVALID_FIELD',
      'context.previousNotices',
      'Danh sách thông báo trước (context.previousNotices) không hợp lệ: cần một danh sách các thông báo, nhận được một giá trị không đọc được.',
      'The previous notices (context.previousNotices) is invalid: expected an array of notices, got a value that cannot be read.',
    ]);
  });
  test('a context whose keys cannot be listed', () => {
    const context = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(only({}, context)).toEqual([
      'INVALID_FIELD',
      'context',
      'Thông tin kèm theo (context) không hợp lệ: cần một đối tượng, nhận được một giá trị không đọc được.',
      'The context (context) is invalid: expected an object, got a value that cannot be read.',
    ]);
  });
});

describe('limits are stated with grouped digits', () => {
  test('at most 200 channels', () => {
    expect(only({ channels: Array.from({ length: 201 }, () => ({ type: 'portal' })) })).toEqual([
      'INVALID_FIELD',
      'channels',
      'Danh sách kênh gửi (channels) không hợp lệ: cần tối đa 200 mục.',
      'The channel list (channels) is invalid: expected at most 200 items.',
    ]);
  });
  test('at most 100.000 / 100,000 previous notices', () => {
    const previousNotices = Array.from({ length: 100_001 }, () => ({ dossierId: 'HS-2026-0001', kind: 'refusal' }));
    expect(only({}, { previousNotices })).toEqual([
      'INVALID_FIELD',
      'context.previousNotices',
      'Danh sách thông báo trước (context.previousNotices) không hợp lệ: cần tối đa 100.000 mục.',
      'The previous notices (context.previousNotices) is invalid: expected at most 100,000 items.',
    ]);
  });
  test('a content longer than 100.000 characters', () => {
    expect(only({ content: 'a'.repeat(100_001) })).toEqual([
      'INVALID_FIELD',
      'content',
      'Nội dung (content) không hợp lệ: cần một chuỗi ký tự tối đa 100.000 ký tự.',
      'The content (content) is invalid: expected a string of at most 100,000 characters.',
    ]);
  });
});

describe('the message of each issue code', () => {
  test('a blank guidance item is numbered from 1', () => {
    expect(only({ guidance: ['Nộp tờ khai.', ' '] })).toEqual([
      'MISSING_GUIDANCE',
      'guidance[1]',
      'Mục hướng dẫn thứ 2 đang để trống; mỗi mục phải là một hướng dẫn cụ thể.',
      'Guidance item 2 is empty; each item must be a specific instruction.',
    ]);
  });
  test.each<[string, unknown, string, string]>([
    ['an email channel without an address', { type: 'email' }, 'Kênh gửi thứ 2 (thư điện tử) chưa có địa chỉ nhận (to).', 'Channel 2 (email) has no address (to).'],
    ['an email channel with a blank address', { type: 'email', to: '  ' }, 'Kênh gửi thứ 2 (thư điện tử) chưa có địa chỉ nhận (to).', 'Channel 2 (email) has no address (to).'],
    [
      'an email channel with a bad address',
      { type: 'email', to: 'nguyen van a@gmail.com' },
      'Kênh gửi thứ 2 (thư điện tử): địa chỉ "nguyen van a@gmail.com" không hợp lệ; cần dạng ten@tenmien.vn.',
      'Channel 2 (email): "nguyen van a@gmail.com" is not a valid email address; expected name@domain.vn.',
    ],
    ['an SMS channel without a number', { type: 'sms' }, 'Kênh gửi thứ 2 (SMS) chưa có số điện thoại di động nhận (to).', 'Channel 2 (SMS) has no mobile number (to).'],
    ['an SMS channel with a blank number', { type: 'sms', to: '\u200B' }, 'Kênh gửi thứ 2 (SMS) chưa có số điện thoại di động nhận (to).', 'Channel 2 (SMS) has no mobile number (to).'],
    [
      'an SMS channel with a landline number',
      { type: 'sms', to: '0276 3822 222' },
      'Kênh gửi thứ 2 (SMS): "0276 3822 222" không phải số điện thoại di động Việt Nam; cần 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, viết dạng 0…, 84… hoặc +84….',
      'Channel 2 (SMS): "0276 3822 222" is not a Vietnamese mobile number: expected 10 digits starting with 03, 05, 07, 08 or 09, written 0…, 84… or +84….',
    ],
  ])('%s (INVALID_CONTACT)', (_, channel, vi, en) => {
    expect(only({ channels: [{ type: 'portal' }, channel] })).toEqual(['INVALID_CONTACT', 'channels[1].to', vi, en]);
  });
  test('a repeated request says when the earlier one was issued, when that is known', () => {
    const earlier = { dossierId: 'HS-2026-0042', kind: 'supplement', issuedAt: '2026-03-16T08:00' };
    expect(only({}, { previousNotices: [earlier] })).toEqual([
      'REPEATED_REQUEST',
      'context.previousNotices[0]',
      'Hồ sơ "HS-2026-0042" đã được yêu cầu bổ sung, hoàn thiện (Thứ Hai, 16/03/2026 08:00); hướng dẫn phải cụ thể, đầy đủ một lần, không yêu cầu bổ sung thêm lần nữa.',
      'Dossier "HS-2026-0042" already received a request to supplement (Mon 16/03/2026 08:00); guidance must be specific and complete, given once, not requested again.',
    ]);
    const { issuedAt: _, ...undated } = earlier;
    expect(only({}, { previousNotices: [undated] })).toEqual([
      'REPEATED_REQUEST',
      'context.previousNotices[0]',
      'Hồ sơ "HS-2026-0042" đã được yêu cầu bổ sung, hoàn thiện; hướng dẫn phải cụ thể, đầy đủ một lần, không yêu cầu bổ sung thêm lần nữa.',
      'Dossier "HS-2026-0042" already received a request to supplement; guidance must be specific and complete, given once, not requested again.',
    ]);
    // An issue time that cannot even be read counts as unknown.
    expect(only({}, { previousNotices: [throwing({ ...earlier }, 'issuedAt')] })[3]).toBe(
      'Dossier "HS-2026-0042" already received a request to supplement; guidance must be specific and complete, given once, not requested again.',
    );
  });
  test('a notice issued before the submission names both times', () => {
    expect(only({ issuedAt: '2026-03-13T19:59' }, { submittedAt: '2026-03-13T20:00' })).toEqual([
      'INVALID_FIELD',
      'issuedAt',
      'Thời điểm ban hành thông báo (issuedAt) không hợp lệ: cần một thời điểm không sớm hơn thời điểm nộp hồ sơ (Thứ Sáu, 13/03/2026 20:00), nhận được Thứ Sáu, 13/03/2026 19:59.',
      'The issue time (issuedAt) is invalid: expected an instant no earlier than the submission (Fri 13/03/2026 20:00), got Fri 13/03/2026 19:59.',
    ]);
  });
});

describe('an instant that cannot be read, and one outside the calendar', () => {
  const INSTANT_EN = "an instant: a Date, a DateTime, epoch milliseconds or an ISO 8601 string such as '2026-03-16T08:00'";
  const RANGE_EN = "an instant within the working calendar's range";
  const expectedOf = (issuedAt: unknown): string => {
    const en = only({ issuedAt })[3];
    return en.slice('The issue time (issuedAt) is invalid: expected '.length, en.lastIndexOf(', got '));
  };
  test('a date that does not exist is not an instant', () => {
    expect(expectedOf('2026-02-30T10:00')).toBe(INSTANT_EN);
  });
  test('a year before the calendar range is out of range', () => {
    expect(only({ issuedAt: '0900-01-01T10:00' })).toEqual([
      'INVALID_FIELD',
      'issuedAt',
      'Thời điểm ban hành thông báo (issuedAt) không hợp lệ: cần một thời điểm trong phạm vi của lịch làm việc, nhận được chuỗi "0900-01-01T10:00".',
      `The issue time (issuedAt) is invalid: expected ${RANGE_EN}, got the string "0900-01-01T10:00".`,
    ]);
  });
  test('an over-long string is not read at all (not "out of range")', () => {
    expect(expectedOf(' '.repeat(49) + '2026-03-16T10:00')).toBe(INSTANT_EN);
  });
  test('whatever a hostile value throws while being read is "not an instant"', () => {
    // A Proxy whose prototype cannot be looked up, throwing such a Proxy again, or an object that
    // merely looks like an OUT_OF_RANGE error.
    const hostile = (thrown: () => unknown): object => new Proxy({}, { getPrototypeOf: () => { throw thrown(); } });
    const nested = hostile(() => hostile(() => new Error('again')));
    expect(expectedOf(nested)).toBe(INSTANT_EN);
    expect(expectedOf(hostile(() => ({ code: 'OUT_OF_RANGE' })))).toBe(INSTANT_EN);
  });
  test('a deadline that falls beyond the calendar range is reported as out of range', () => {
    const H: TimeRange[] = [['07:00', '11:30'], ['13:30', '17:00']];
    const finite = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-16', hours: H }] });
    expect(only({}, { submittedAt: '2026-03-16T09:00', calendar: finite })).toEqual([
      'INVALID_FIELD',
      'context.submittedAt',
      'Thời điểm nộp hồ sơ (context.submittedAt) không hợp lệ: cần một thời điểm trong phạm vi của lịch làm việc, nhận được Thứ Hai, 16/03/2026 09:00.',
      `The submission time (context.submittedAt) is invalid: expected ${RANGE_EN}, got Mon 16/03/2026 09:00.`,
    ]);
    // Without a readable issue time there is nothing to time, so the deadline is not computed.
    expect(issues({ issuedAt: 'soon' }, { submittedAt: '2026-03-16T09:00', calendar: finite }).map((i) => i.path)).toEqual(['issuedAt']);
  });
});
