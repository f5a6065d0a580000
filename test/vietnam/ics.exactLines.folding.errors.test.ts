/**
 * `toICS`, exactly: the whole text written for small lists and schedules in both languages
 * (header, events in date order, UID, DTSTART/DTEND, SUMMARY, DESCRIPTION with the kind, the other
 * language and the source, CATEGORIES, TRANSP), the folding of content lines at exactly 75 octets
 * of UTF-8 (1-, 2-, 3- and 4-byte characters right at the limit, continuation lines starting with
 * a space that counts), and the wording and details of every error, including the path of the
 * offending item. The older ics tests checked the structure but not these exact texts.
 *
 * Everything is computed inside the tests, none while the file loads.
 */
import { describe, expect, it } from 'vitest';
import { officialSchedule, toICS } from '../../src/vietnam/index.js';
import type { Holiday, OfficialSchedule } from '../../src/vietnam/index.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const HEADER_VI = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vn-worktime//Vietnam holidays//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Lịch nghỉ lễ\\, Tết (vn-worktime)'];
const HEADER_EN = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vn-worktime//Vietnam holidays//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Vietnam holidays (vn-worktime)'];

/** Three days, deliberately not in date order; the compensatory day has no source. */
function threeDays(): Holiday[] {
  return [
    { date: '2026-05-01', kind: 'statutory', name: { vi: 'Quốc tế Lao động', en: 'Labour Day' }, source: 'Điều 112' },
    { date: '2026-04-27', kind: 'compensatory', name: { vi: 'Nghỉ bù', en: 'Day off' } },
    { date: '2026-01-02', kind: 'swap', name: { vi: 'Hoán đổi', en: 'Swap' }, source: 'CV 1' },
  ];
}

/** The physical lines of a calendar file, checking the CRLF endings. */
function linesOf(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** The physical lines of the X-WR-CALNAME property of a calendar named `name` (no events). */
function calNameLines(name: string): string[] {
  const lines = linesOf(toICS([], { name }));
  expect(lines.slice(0, 5)).toEqual(HEADER_VI.slice(0, 5));
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  return lines.slice(5, -1);
}

describe('toICS writes exactly these lines', () => {
  it('a holiday list in Vietnamese: sorted by date, the English name and the source in DESCRIPTION', () => {
    expect(linesOf(toICS(threeDays()))).toEqual([
      ...HEADER_VI,
      'BEGIN:VEVENT',
      'UID:20260102-swap@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260102',
      'DTEND;VALUE=DATE:20260103',
      'SUMMARY:Hoán đổi',
      'DESCRIPTION:Nghỉ hoán đổi / Swapped day off\\nSwap\\nCăn cứ: CV 1',
      'CATEGORIES:SWAP',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20260427-compensatory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260427',
      'DTEND;VALUE=DATE:20260428',
      'SUMMARY:Nghỉ bù',
      'DESCRIPTION:Nghỉ bù / Compensatory day off\\nDay off',
      'CATEGORIES:COMPENSATORY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20260501-statutory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260501',
      'DTEND;VALUE=DATE:20260502',
      'SUMMARY:Quốc tế Lao động',
      // 74 octets, and the next character (ứ) takes 3: the line folds before it.
      'DESCRIPTION:Ngày nghỉ lễ\\, Tết / Public holiday\\nLabour Day\\nCăn c',
      ' ứ: Điều 112',
      'CATEGORIES:STATUTORY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('the same list in English: English SUMMARY and calendar name, Vietnamese in DESCRIPTION, "Source:"', () => {
    expect(linesOf(toICS(threeDays(), { lang: 'en' }))).toEqual([
      ...HEADER_EN,
      'BEGIN:VEVENT',
      'UID:20260102-swap@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260102',
      'DTEND;VALUE=DATE:20260103',
      'SUMMARY:Swap',
      // exactly 75 octets, then the continuation line: a space and the rest.
      'DESCRIPTION:Swapped day off / Nghỉ hoán đổi\\nHoán đổi\\nSource: CV',
      '  1',
      'CATEGORIES:SWAP',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20260427-compensatory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260427',
      'DTEND;VALUE=DATE:20260428',
      'SUMMARY:Day off',
      'DESCRIPTION:Compensatory day off / Nghỉ bù\\nNghỉ bù',
      'CATEGORIES:COMPENSATORY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20260501-statutory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260501',
      'DTEND;VALUE=DATE:20260502',
      'SUMMARY:Labour Day',
      'DESCRIPTION:Public holiday / Ngày nghỉ lễ\\, Tết\\nQuốc tế Lao đ',
      ' ộng\\nSource: Điều 112',
      'CATEGORIES:STATUTORY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('a schedule: its days off and worked Saturdays (CATEGORIES:WORKDAY), or without them', () => {
    const schedule: OfficialSchedule = {
      year: 2026,
      status: 'official',
      daysOff: [{ date: '2026-01-02', kind: 'swap', name: { vi: 'Hoán đổi', en: 'Swap' } }],
      workdays: [{ date: '2026-01-10', name: { vi: 'Làm bù', en: 'Make-up' }, source: 'CV 1' }],
      sources: ['CV 1'],
    };
    const swap = [
      'BEGIN:VEVENT',
      'UID:20260102-swap@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260102',
      'DTEND;VALUE=DATE:20260103',
      'SUMMARY:Hoán đổi',
      'DESCRIPTION:Nghỉ hoán đổi / Swapped day off\\nSwap',
      'CATEGORIES:SWAP',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    expect(linesOf(toICS(schedule))).toEqual([
      ...HEADER_VI,
      ...swap,
      'BEGIN:VEVENT',
      'UID:20260110-workday@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260110',
      'DTEND;VALUE=DATE:20260111',
      'SUMMARY:Làm bù',
      'DESCRIPTION:Ngày làm bù / Working day (make-up)\\nMake-up\\nCăn cứ: CV ',
      ' 1',
      'CATEGORIES:WORKDAY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(linesOf(toICS(schedule, { workdays: false }))).toEqual([...HEADER_VI, ...swap, 'END:VCALENDAR']);
    expect(linesOf(toICS(schedule, { lang: 'en', name: 'Lịch' }))).toContain('DESCRIPTION:Working day (make-up) / Ngày làm bù\\nLàm bù\\nSource: CV 1');
  });

  it('officialSchedule(2026): mùng 1 Tết, with its long source folded', () => {
    const lines = linesOf(toICS(officialSchedule(2026)));
    const start = lines.indexOf('UID:20260217-statutory@vn-worktime');
    expect(lines.slice(start - 1, start + 15)).toEqual([
      'BEGIN:VEVENT',
      'UID:20260217-statutory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260217',
      'DTEND;VALUE=DATE:20260218',
      'SUMMARY:Tết Nguyên Đán (mùng 1 tháng Giêng)',
      'DESCRIPTION:Ngày nghỉ lễ\\, Tết / Public holiday\\nLunar New Year (T',
      ' ết)\\, 1st day of the 1st lunar month\\nCăn cứ: Bộ luật Lao động',
      '  2019 (45/2019/QH14)\\, Điều 112.1.b (05 ngày)\\; Điều 112.3 (Thủ t',
      ' ướng quyết định cụ thể)\\; Thông báo 9441/TB-BNV (29 tháng C',
      ' hạp – mùng 4)',
      'CATEGORIES:STATUTORY',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20260218-statutory@vn-worktime',
    ]);
    // The worked Saturday of 10 January comes right after the swapped day off of 2 January.
    expect(lines.filter((l) => l.startsWith('UID:')).slice(0, 4)).toEqual([
      'UID:20260101-statutory@vn-worktime',
      'UID:20260102-swap@vn-worktime',
      'UID:20260110-workday@vn-worktime',
      'UID:20260216-statutory@vn-worktime',
    ]);
  });

  it('a date at the end of a month and of a year: DTEND is the next day', () => {
    const h: Holiday = { date: '2026-12-31', kind: 'statutory', name: { vi: 'A', en: 'A' } };
    expect(linesOf(toICS([h])).slice(6, 11)).toEqual([
      'BEGIN:VEVENT',
      'UID:20261231-statutory@vn-worktime',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
    ]);
  });

  it('events of one date keep the order of the input (the sort is stable)', () => {
    const a: Holiday = { date: '2026-05-01', kind: 'statutory', name: { vi: 'A', en: 'A' } };
    const b: Holiday = { date: '2026-05-01', kind: 'statutory', name: { vi: 'B', en: 'B' } };
    const c: Holiday = { date: '2026-04-30', kind: 'compensatory', name: { vi: 'C', en: 'C' } };
    const d: Holiday = { date: '2026-05-01', kind: 'compensatory', name: { vi: 'D', en: 'D' } };
    const summaries = (list: Holiday[]): string[] => linesOf(toICS(list)).filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries([a, b])).toEqual(['SUMMARY:A', 'SUMMARY:B']);
    expect(summaries([b, a])).toEqual(['SUMMARY:B', 'SUMMARY:A']);
    expect(summaries([a, b, c, d])).toEqual(['SUMMARY:C', 'SUMMARY:A', 'SUMMARY:B', 'SUMMARY:D']);
    expect(summaries([d, c, b, a])).toEqual(['SUMMARY:C', 'SUMMARY:D', 'SUMMARY:B', 'SUMMARY:A']);
    const uids = linesOf(toICS([a, b, c, d])).filter((l) => l.startsWith('UID:'));
    expect(uids).toEqual(['UID:20260430-compensatory@vn-worktime', 'UID:20260501-statutory@vn-worktime', 'UID:20260501-statutory-2@vn-worktime', 'UID:20260501-compensatory@vn-worktime']);
  });

  it('a name with every special character is escaped once each', () => {
    expect(calNameLines('a,b;c\\d\ne\r\nf\rg')).toEqual(['X-WR-CALNAME:a\\,b\\;c\\\\d\\ne\\nf\\ng']);
  });
});

describe('folding at 75 octets of UTF-8 ("X-WR-CALNAME:" is 13 octets)', () => {
  const a = (n: number): string => 'a'.repeat(n);

  it('75 octets stay on one line; 76 fold, the continuation line starting with a space', () => {
    expect(calNameLines(a(62))).toEqual([`X-WR-CALNAME:${a(62)}`]);
    expect(calNameLines(a(63))).toEqual([`X-WR-CALNAME:${a(62)}`, ' a']);
  });

  it('the leading space counts: continuation lines carry 74 more octets each', () => {
    expect(calNameLines(`${a(62)}${'b'.repeat(74)}c`)).toEqual([`X-WR-CALNAME:${a(62)}`, ` ${'b'.repeat(74)}`, ' c']);
    expect(calNameLines(`${a(62)}${'b'.repeat(74)}`)).toEqual([`X-WR-CALNAME:${a(62)}`, ` ${'b'.repeat(74)}`]);
  });

  it.each([
    // [character, its UTF-8 length]
    ['\u007f', 1],
    ['\u0080', 2],
    ['é', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['ế', 3],
    ['\uffff', 3],
    ['\u{10000}', 4],
    ['😀', 4],
  ] as const)('%j (%i octets) fits exactly at the end of a line, and one octet later moves to the next', (ch, octets) => {
    expect(Buffer.byteLength(ch, 'utf8')).toBe(octets);
    const fill = 75 - 13 - octets;
    expect(calNameLines(`${a(fill)}${ch}`)).toEqual([`X-WR-CALNAME:${a(fill)}${ch}`]);
    expect(calNameLines(`${a(fill + 1)}${ch}`)).toEqual([`X-WR-CALNAME:${a(fill + 1)}`, ` ${ch}`]);
  });

  it('a long Vietnamese line: 25 three-octet characters per line, never split', () => {
    // ế is 3 octets: 13 + 20 × 3 = 73, a 21st would make 76; then 1 + 24 × 3 = 73 per continuation.
    expect(calNameLines('ế'.repeat(50))).toEqual([`X-WR-CALNAME:${'ế'.repeat(20)}`, ` ${'ế'.repeat(24)}`, ` ${'ế'.repeat(6)}`]);
  });
});

describe('toICS errors', () => {
  const ok: Holiday = { date: '2026-01-01', kind: 'statutory', name: { vi: 'Tết Dương lịch', en: "New Year's Day" } };

  it('options must be an object, lang "vi" or "en"', () => {
    for (const options of [null, 'en', 5]) {
      const e = thrown(() => toICS([], options as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', `Expected \`options\` to be an object, got ${options === null ? 'null' : options === 'en' ? '"en"' : '5'}`, { options }]);
    }
    const e = thrown(() => toICS([], { lang: 'fr' as never }));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `options.lang` to be \'vi\' or \'en\', got "fr"', { lang: 'fr' }]);
    expect(linesOf(toICS([], undefined))).toEqual([...HEADER_VI, 'END:VCALENDAR']);
    expect(linesOf(toICS([], { lang: 'en' }))).toEqual([...HEADER_EN, 'END:VCALENDAR']);
  });

  it('an input that is neither a list nor a schedule', () => {
    for (const [input, got] of [[42, '42'], ['x', '"x"'], [null, 'null'], [{ daysOff: 'x' }, 'an object'], [{ workdays: [] }, 'an object']] as const) {
      const e = thrown(() => toICS(input as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', `Expected a Holiday[] (publicHolidays) or a schedule (officialSchedule), got ${got}`, { input }]);
    }
  });

  it('a worked day that is not an object makes the whole schedule invalid', () => {
    for (const w of [null, 5]) {
      const input = { year: 2026, status: 'official', daysOff: [ok], workdays: [w], sources: [] };
      const e = thrown(() => toICS(input as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected a Holiday[] (publicHolidays) or a schedule (officialSchedule), got an object', { input }]);
      // Without the worked days they are not read at all.
      expect(linesOf(toICS(input as never, { workdays: false })).filter((l) => l.startsWith('UID:'))).toEqual(['UID:20260101-statutory@vn-worktime']);
    }
  });

  it('an item that is not a holiday, named by its index', () => {
    for (const [item, got] of [[42, '42'], [null, 'null'], ['x', '"x"']] as const) {
      const e = thrown(() => toICS([ok, item] as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', `Expected \`input[1]\` to be a holiday { date, name, kind }, got ${got}`, { 'input[1]': item }]);
    }
    const e = thrown(() => toICS({ daysOff: [ok, ok, null], workdays: [] } as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `daysOff[2]` to be a holiday { date, name, kind }, got null', { 'daysOff[2]': null }]);
  });

  it('a kind other than statutory, compensatory or swap', () => {
    let e = thrown(() => toICS([ok, { ...ok, kind: 'other' }] as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `input[1].kind` to be \'statutory\', \'compensatory\' or \'swap\', got "other"', { 'input[1].kind': 'other' }]);
    e = thrown(() => toICS({ daysOff: [ok, { ...ok, kind: 'workday' }], workdays: [] } as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `daysOff[1].kind` to be \'statutory\', \'compensatory\' or \'swap\', got "workday"', { 'daysOff[1].kind': 'workday' }]);
    e = thrown(() => toICS([{ date: '2026-01-01', name: ok.name }] as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `input[0].kind` to be \'statutory\', \'compensatory\' or \'swap\', got undefined', { 'input[0].kind': undefined }]);
  });

  it('a bad date, named by its path', () => {
    let e = thrown(() => toICS([ok, { ...ok, date: '2026-13-01' }]));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_DATE', 'Expected `input[1].date` to be a date \'YYYY-MM-DD\', got "2026-13-01"', { 'input[1].date': '2026-13-01' }]);
    e = thrown(() => toICS({ daysOff: [{ ...ok, date: 20260101 }], workdays: [] } as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_DATE', 'Expected `daysOff[0].date` to be a date \'YYYY-MM-DD\', got 20260101', { 'daysOff[0].date': 20260101 }]);
    e = thrown(() => toICS({ daysOff: [], workdays: [{ date: '2026-01-10', name: ok.name }, { date: '2026-02-30', name: ok.name }] } as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_DATE', 'Expected `workdays[1].date` to be a date \'YYYY-MM-DD\', got "2026-02-30"', { 'workdays[1].date': '2026-02-30' }]);
  });

  it('a name that is not { vi: string, en: string }', () => {
    for (const [name, got] of [['a', '"a"'], [null, 'null'], [5, '5'], [{ en: 'x' }, 'an object'], [{ vi: 'x' }, 'an object'], [{ vi: 1, en: 'x' }, 'an object'], [{ vi: 'x', en: null }, 'an object']] as const) {
      const e = thrown(() => toICS([ok, { ...ok, name }] as never));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', `Expected \`input[1].name\` to be { vi: string, en: string }, got ${got}`, { 'input[1].name': name }]);
    }
    // A function is not a name, even with string properties vi and en.
    const fn = Object.assign(() => 'Tết', { vi: 'Tết', en: 'Tet' });
    let e = thrown(() => toICS([{ ...ok, name: fn }] as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `input[0].name` to be { vi: string, en: string }, got a function', { 'input[0].name': fn }]);
    e = thrown(() => toICS({ daysOff: [], workdays: [{ date: '2026-01-10', name: 'Làm bù' }] } as never));
    expect([e.code, e.message, e.details]).toEqual(['INVALID_ARGUMENT', 'Expected `workdays[0].name` to be { vi: string, en: string }, got "Làm bù"', { 'workdays[0].name': 'Làm bù' }]);
  });
});
