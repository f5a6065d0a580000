/**
 * toICS: RFC 5545 structure, parsed back — CRLF, VCALENDAR/VEVENT, all-day DTSTART/DTEND, stable
 * UIDs, deterministic DTSTAMP, TEXT escaping, folding at 75 octets without splitting characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialSchedule, publicHolidays, toICS } from '../../src/vietnam/index.js';
import { escapeText, foldLine } from '../../src/vietnam/ics.js';
import type { Holiday } from '../../src/vietnam/index.js';

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Splits on CRLF, checks folding, unfolds (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    expect(utf8(line)).toBeLessThanOrEqual(75);
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

interface Event { [property: string]: string }

/** A minimal parser: the calendar's properties and its events, nesting checked. */
function parse(text: string): { calendar: Event; events: Event[] } {
  const lines = unfold(text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar: Event = {};
  const events: Event[] = [];
  let current: Event | undefined;
  for (const line of lines.slice(1, -1)) {
    if (line === 'BEGIN:VEVENT') {
      expect(current).toBeUndefined();
      current = {};
      continue;
    }
    if (line === 'END:VEVENT') {
      expect(current).toBeDefined();
      events.push(current as Event);
      current = undefined;
      continue;
    }
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    (current ?? calendar)[line.slice(0, colon)] = line.slice(colon + 1);
  }
  expect(current).toBeUndefined();
  return { calendar, events };
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('toICS(officialSchedule(2026))', () => {
  const text = toICS(officialSchedule(2026));
  const { calendar, events } = parse(text);

  it('is a VCALENDAR with VERSION and PRODID', () => {
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar.PRODID).toBe('-//vn-worktime//Vietnam holidays//VI');
    expect(calendar.CALSCALE).toBe('GREGORIAN');
  });

  it('has one all-day event per day off and per worked Saturday', () => {
    expect(events).toHaveLength(14 + 2);
    for (const e of events) {
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(e['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(e.DTSTAMP).toBe('20260101T000000Z');
      expect(e.UID).toMatch(/^\d{8}-(statutory|compensatory|swap|workday)@vn-worktime$/);
    }
    const tet = events.find((e) => e.UID === '20260217-statutory@vn-worktime');
    expect(tet?.['DTSTART;VALUE=DATE']).toBe('20260217');
    expect(tet?.['DTEND;VALUE=DATE']).toBe('20260218');
    expect(unescape(tet?.SUMMARY ?? '')).toBe('Tết Nguyên Đán (mùng 1 tháng Giêng)');
    expect(events.find((e) => e.UID === '20260102-swap@vn-worktime')).toBeDefined();
    const workday = events.find((e) => e.UID === '20260822-workday@vn-worktime');
    expect(unescape(workday?.SUMMARY ?? '')).toBe('Làm bù cho thứ Hai 31/08/2026 (dịp Quốc khánh)');
    expect(unescape(workday?.DESCRIPTION ?? '')).toContain('Căn cứ: Thông báo 9441/TB-BNV');
  });

  it('escapes TEXT values', () => {
    const summary = events.find((e) => e.UID === '20260102-swap@vn-worktime')?.SUMMARY ?? '';
    expect(summary).toBe('Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)');
    const description = events.find((e) => e.UID === '20260217-statutory@vn-worktime')?.DESCRIPTION ?? '';
    expect(description).toContain('\\n');
    expect(description).toContain('\\;');
    expect(description).toContain('\\,');
  });

  it('is deterministic (no clock) and its UIDs are stable', () => {
    expect(toICS(officialSchedule(2026))).toBe(text);
    expect(parse(toICS(publicHolidays(2026))).events.map((e) => e.UID)).toContain('20260217-statutory@vn-worktime');
  });

  it('can leave out the worked Saturdays, and speak English', () => {
    expect(parse(toICS(officialSchedule(2026), { workdays: false })).events).toHaveLength(14);
    const en = parse(toICS(publicHolidays(2026), { lang: 'en', name: 'Vietnam, 2026' }));
    expect(unescape(en.calendar['X-WR-CALNAME'] ?? '')).toBe('Vietnam, 2026');
    expect(en.events.map((e) => unescape(e.SUMMARY ?? ''))).toContain("Hùng Kings' Commemoration Day");
  });
});

describe('folding and escaping', () => {
  it('folds long Vietnamese lines at 75 octets without splitting a character', () => {
    const h: Holiday = { date: '2026-09-02', kind: 'statutory', name: { vi: 'Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam; ngày hội, ngày vui, đường phố rợp cờ hoa — ', en: 'x' } };
    h.name.vi = h.name.vi.repeat(4);
    const text = toICS([h]);
    const { events } = parse(text);
    expect(unescape(events[0]?.SUMMARY ?? '')).toBe(h.name.vi);
    for (const line of text.split('\r\n')) expect(line).toBe(Buffer.from(line, 'utf8').toString('utf8')); // no broken UTF-8
  });

  it('property: any text survives escape + fold + unfold + unescape, every line ≤ 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), (a, b) => {
        for (const value of [a, b, `${a};,\\\n${b}\r\n`]) {
          const folded = foldLine(`SUMMARY:${escapeText(value)}`);
          const physical = folded.split('\r\n');
          for (const line of physical) expect(utf8(line)).toBeLessThanOrEqual(75);
          const unfolded = physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('');
          expect(unescape(unfolded.slice('SUMMARY:'.length))).toBe(value.replace(/\r\n|\r/g, '\n'));
        }
      }),
    );
  });

  it('gives repeated date+kind pairs distinct UIDs', () => {
    const h: Holiday = { date: '2026-05-01', kind: 'statutory', name: { vi: 'A', en: 'A' } };
    const uids = parse(toICS([h, { ...h, name: { vi: 'B', en: 'B' } }])).events.map((e) => e.UID);
    expect(uids).toEqual(['20260501-statutory@vn-worktime', '20260501-statutory-2@vn-worktime']);
  });

  it.each([[null], [42], [{ daysOff: 'x' }], [{ daysOff: [{ date: '2026-01-01', kind: 'x', name: { vi: 'a', en: 'a' } }], workdays: [] }], [{ daysOff: [], workdays: [null] }], [[null]], [[{ date: '2026-13-01', kind: 'statutory', name: { vi: 'a', en: 'a' } }]], [[{ date: '2026-01-01', kind: 'other', name: { vi: 'a', en: 'a' } }]], [[{ date: '2026-01-01', kind: 'statutory', name: 'a' }]]])(
    'rejects %j with WorktimeError',
    (input) => {
      expect(() => toICS(input as never)).toThrow(expect.objectContaining({ name: 'WorktimeError' }));
    },
  );
});
