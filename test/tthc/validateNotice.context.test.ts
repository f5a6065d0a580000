/**
 * validateNotice with a context: the "một lần" rule against previous notices (REPEATED_REQUEST),
 * the intake deadline of 8 working hours (LATE_NOTICE), and a malformed context reported, never
 * thrown.
 */
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import type { Notice, NoticeContext } from '../../src/tthc/notice/types.js';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { OFFICE_HOURS as H, officeCalendar as calendar, officeWeek } from '../support/calendars.js';

const notice: Notice = {
  dossierId: 'HS-2026-0042',
  kind: 'supplement',
  issuedAt: '2026-03-16T10:00',
  content: 'Hồ sơ cấp đổi Giấy phép lái xe chưa đầy đủ.',
  reason: 'Ảnh chân dung không đúng quy cách.',
  guidance: ['Nộp ảnh chân dung 3x4 nền trắng, chụp trong 6 tháng gần nhất.'],
  channels: [{ type: 'sms', to: '0912345678' }],
};
const check = (n: unknown, context: NoticeContext | Record<string, unknown>): string[] =>
  validateNotice(n, context as NoticeContext).issues.map((i) => `${i.code} ${i.path}`);
const earlierSupplement = { dossierId: 'HS-2026-0042', kind: 'supplement', issuedAt: '2026-03-16T08:00' };

describe('REPEATED_REQUEST: guidance is given completely, once (một lần)', () => {
  test('an earlier supplement request for the same dossier', () => {
    expect(check(notice, { previousNotices: [earlierSupplement] })).toEqual(['REPEATED_REQUEST context.previousNotices[0]']);
  });
  test('the message names the dossier and the earlier request', () => {
    const [issue] = validateNotice(notice, { previousNotices: [earlierSupplement] }).issues;
    expect(issue?.message.vi).toBe(
      'Hồ sơ "HS-2026-0042" đã được yêu cầu bổ sung, hoàn thiện (Thứ Hai, 16/03/2026 08:00); hướng dẫn phải cụ thể, đầy đủ một lần, không yêu cầu bổ sung thêm lần nữa.',
    );
  });
  test('ids are compared after trimming', () => {
    expect(check(notice, { previousNotices: [{ ...earlierSupplement, dossierId: ' HS-2026-0042 ' }] })).toEqual(['REPEATED_REQUEST context.previousNotices[0]']);
  });
  test('an earlier supplement request for another dossier is no issue', () => {
    expect(check(notice, { previousNotices: [{ ...earlierSupplement, dossierId: 'HS-2026-0043' }] })).toEqual([]);
  });
  test('an earlier refusal or redirect for the same dossier is no issue', () => {
    expect(check(notice, { previousNotices: [{ ...earlierSupplement, kind: 'refusal' }, { ...earlierSupplement, kind: 'redirect' }] })).toEqual([]);
  });
  test('a request issued at the same instant or later is not earlier', () => {
    expect(check(notice, { previousNotices: [{ ...earlierSupplement, issuedAt: '2026-03-16T10:00' }, { ...earlierSupplement, issuedAt: '2026-03-17T10:00' }] })).toEqual([]);
  });
  test('the notice itself in the list is not an earlier request', () => {
    expect(check(notice, { previousNotices: [notice] })).toEqual([]);
  });
  test('a request without a comparable time counts as earlier', () => {
    expect(check(notice, { previousNotices: [{ dossierId: 'HS-2026-0042', kind: 'supplement' }] })).toEqual(['REPEATED_REQUEST context.previousNotices[0]']);
    expect(check({ ...notice, issuedAt: 'không rõ' }, { previousNotices: [{ ...earlierSupplement, issuedAt: '2026-03-17T10:00' }] })).toEqual([
      'INVALID_FIELD issuedAt',
      'REPEATED_REQUEST context.previousNotices[0]',
    ]);
  });
  test('only the first earlier request is reported', () => {
    const previous = [{ ...earlierSupplement, dossierId: 'HS-1' }, earlierSupplement, { ...earlierSupplement, issuedAt: '2026-03-13T09:00' }];
    expect(check(notice, { previousNotices: previous })).toEqual(['REPEATED_REQUEST context.previousNotices[1]']);
  });
  test('a refusal after a supplement request is no issue (the rule is about guidance)', () => {
    expect(check({ ...notice, kind: 'refusal' }, { previousNotices: [earlierSupplement] })).toEqual([]);
  });
  test('malformed previous notices are reported', () => {
    expect(check(notice, { previousNotices: [null, { dossierId: 42, kind: 'supplement' }, { dossierId: 'HS-1' }] })).toEqual([
      'INVALID_FIELD context.previousNotices[0]',
      'INVALID_FIELD context.previousNotices[1].dossierId',
      'INVALID_FIELD context.previousNotices[2].kind',
    ]);
  });
});

describe('LATE_NOTICE: within 8 working hours of an online submission', () => {
  // Submitted Friday 13/3/2026 20:00 (off hours): the clock starts Monday 08:00 → deadline Tuesday 17/3 08:00.
  const submittedAt = '2026-03-13T20:00';
  test.each([
    ['2026-03-16T10:00', []],
    ['2026-03-17T07:59', []],
    ['2026-03-17T08:00', []],
    ['2026-03-17T08:01', ['LATE_NOTICE issuedAt']],
    ['2026-03-18T09:00', ['LATE_NOTICE issuedAt']],
  ])('issued %s', (issuedAt, expected) => {
    expect(check({ ...notice, issuedAt }, { submittedAt, calendar })).toEqual(expected);
  });
  test('the message gives the deadline', () => {
    const [issue] = validateNotice({ ...notice, issuedAt: '2026-03-17T08:01' }, { submittedAt, calendar }).issues;
    expect(issue?.message.vi).toBe(
      'Thông báo ban hành lúc Thứ Ba, 17/03/2026 08:01, sau hạn tiếp nhận Thứ Ba, 17/03/2026 08:00 của hồ sơ nộp trực tuyến lúc Thứ Sáu, 13/03/2026 20:00.',
    );
    expect(issue?.message.en).toBe(
      'The notice was issued Tue 17/03/2026 08:01, after the intake deadline Tue 17/03/2026 08:00 of the dossier submitted online Fri 13/03/2026 20:00.',
    );
  });
  test('instants in other forms and zones compare as instants', () => {
    expect(check({ ...notice, issuedAt: DateTime.fromISO('2026-03-17T01:01:00Z') }, { submittedAt: new Date('2026-03-13T13:00:00Z'), calendar })).toEqual([
      'LATE_NOTICE issuedAt',
    ]);
    expect(check({ ...notice, issuedAt: Date.parse('2026-03-17T01:00:00Z') }, { submittedAt, calendar })).toEqual([]);
  });
  test('the default calendar is civilServiceCalendar() (Tết 2026: Mon 16/2 – Fri 20/2 off)', () => {
    // Submitted Friday 13/2/2026 16:59, in working hours: 1 minute that day, the rest after Tết → Mon 23/2 16:59.
    expect(check({ ...notice, issuedAt: '2026-02-23T16:59' }, { submittedAt: '2026-02-13T16:59' })).toEqual([]);
    expect(check({ ...notice, issuedAt: '2026-02-23T17:00' }, { submittedAt: '2026-02-13T16:59' })).toEqual(['LATE_NOTICE issuedAt']);
    expect(check({ ...notice, issuedAt: '2026-03-17T08:01' }, { submittedAt })).toEqual(['LATE_NOTICE issuedAt']);
  });
  test('a wall-clock string is read in the calendar zone', () => {
    const berlin = officeWeek({ zone: 'Europe/Berlin' });
    // Both in Berlin wall-clock time: submitted Tue 10/3 09:00, deadline Wed 11/3 09:00.
    expect(check({ ...notice, issuedAt: '2026-03-11T09:00' }, { submittedAt: '2026-03-10T09:00', calendar: berlin })).toEqual([]);
    expect(check({ ...notice, issuedAt: '2026-03-11T09:01' }, { submittedAt: '2026-03-10T09:00', calendar: berlin })).toEqual(['LATE_NOTICE issuedAt']);
  });
  test('a notice issued before the submission is an invalid issuedAt', () => {
    expect(check({ ...notice, issuedAt: '2026-03-13T19:59' }, { submittedAt, calendar })).toEqual(['INVALID_FIELD issuedAt']);
  });
  test('without submittedAt there is no timing check', () => {
    expect(check({ ...notice, issuedAt: '2030-01-01T00:00' }, { calendar })).toEqual([]);
  });
  test('a deadline beyond the calendar is reported on submittedAt', () => {
    const finite = WorkingCalendar.create({ week: {}, workdays: [{ date: '2026-03-16', hours: H }] });
    expect(check(notice, { submittedAt: '2026-03-16T09:00', calendar: finite })).toEqual(['INVALID_FIELD context.submittedAt']);
  });
});

describe('a malformed context is reported, never thrown', () => {
  test.each<[string, unknown, string[]]>([
    ['null', null, ['INVALID_FIELD context']],
    ['a string', '2026-03-13T20:00', ['INVALID_FIELD context']],
    ['an array', [], ['INVALID_FIELD context']],
    ['an unreadable submittedAt', { submittedAt: 'thứ sáu' }, ['INVALID_FIELD context.submittedAt']],
    ['a submittedAt out of range', { submittedAt: 1e300 }, ['INVALID_FIELD context.submittedAt']],
    ['a calendar that is not a WorkingCalendar', { calendar: { zone: 'Asia/Ho_Chi_Minh' } }, ['INVALID_FIELD context.calendar']],
    ['a calendar spec instead of a calendar', { calendar: { week: { mon: H } }, submittedAt: '2026-03-13T20:00' }, ['INVALID_FIELD context.calendar']],
    ['previousNotices that are not a list', { previousNotices: { 0: 'x' } }, ['INVALID_FIELD context.previousNotices']],
    ['a misspelt option', { submitedAt: '2026-03-13T20:00' }, ['INVALID_FIELD context.submitedAt']],
    ['an odd option name', { 'submitted at': 1 }, ['INVALID_FIELD context["submitted at"]']],
    ['a __proto__ key', JSON.parse('{"__proto__": {"submittedAt": "2026-03-13T20:00"}}'), ['INVALID_FIELD context.__proto__']],
  ])('%s', (_, context, expected) => {
    expect(check(notice, context as Record<string, unknown>)).toEqual(expected);
  });
  test('undefined and {} are empty contexts', () => {
    expect(validateNotice(notice, undefined).valid).toBe(true);
    expect(validateNotice(notice, {}).valid).toBe(true);
    expect(validateNotice(notice, { submittedAt: undefined, calendar: undefined, previousNotices: undefined }).valid).toBe(true);
  });
  test('context issues come after the notice issues', () => {
    expect(check({ ...notice, reason: '' }, { submittedAt: 'x' })).toEqual(['MISSING_REASON reason', 'INVALID_FIELD context.submittedAt']);
  });
  test('a context is checked even when the notice is not an object', () => {
    expect(check(null, { calendar: 'civil' })).toEqual(['INVALID_FIELD ', 'INVALID_FIELD context.calendar']);
  });
});
