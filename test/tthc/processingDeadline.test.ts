/**
 * processingDeadline by example (docs/domain.md §7): periods in working days counted as the Civil
 * Code counts days (BLDS 2015 Art. 147–148), periods in working hours, extensions and pauses,
 * on an explicit 2025–2026 civil-service calendar (Mon–Fri 07:00–11:30, 13:30–17:00 with the
 * official days off and worked Saturdays of legal-notes §5), and on the default calendar.
 */
import { describe, expect, test } from 'vitest';
import { processingDeadline } from '../../src/tthc/processing/processingDeadline.js';
import type { ProcessingDeadlineOptions } from '../../src/tthc/processing/processingDeadline.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { civil20252026 } from '../fixtures/civil-2025-2026.js';
import { thrown as error } from '../support/arbitraries/outcomes.js';

const cal = civil20252026;

type Period = Parameters<typeof processingDeadline>[1];
const iso = (r: ReturnType<typeof processingDeadline>): string => r.deadline!.toFormat("yyyy-MM-dd'T'HH:mm");
const run = (acceptedAt: string, period: Period, options: ProcessingDeadlineOptions = {}) =>
  processingDeadline(acceptedAt, period, { calendar: cal, ...options });
const codes = (r: ReturnType<typeof processingDeadline>): string[] => r.basis.map((b) => b.code);


describe('working days (BLDS 2015 Art. 147.2, 148.1)', () => {
  test('5 working days from Friday afternoon 13/2/2026, before Tết (16–20/2 off) → Fri 27/2 17:00', () => {
    const r = run('2026-02-13T16:30', { workingDays: 5 });
    expect(r.dueDate).toBe('2026-02-27');
    expect(iso(r)).toBe('2026-02-27T17:00');
    expect(r.deadline!.zoneName).toBe('Asia/Ho_Chi_Minh');
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'PROCESSING_DEADLINE']);
    expect(r.basis[0]?.source).toBe('BLDS 2015, Điều 147–148');
    expect(r.basis[0]?.vi).toContain('không tính ngày tiếp nhận (Thứ Sáu, 13/02/2026)');
    expect(r.basis[0]?.vi).toContain('Thứ Sáu, 27/02/2026 17:00');
    expect(r.basis.at(-1)?.vi).toBe('Hạn giải quyết: Thứ Sáu, 27/02/2026 17:00.');
    expect(r.basis.at(-1)?.en).toBe('Processing deadline: Fri 27/02/2026 17:00.');
  });

  test('the hour of acceptance does not matter: the day of acceptance is never counted', () => {
    for (const t of ['2026-03-10T07:00', '2026-03-10T12:00', '2026-03-10T16:59', '2026-03-10T20:00', '2026-03-10T00:00']) {
      expect(run(t, { workingDays: 1 }).dueDate).toBe('2026-03-11');
    }
  });

  test('30/4–1/5/2025 with the swap: Sat 26/4 worked, Fri 2/5 off', () => {
    // Thu 24/4 → Fri 25 (1), Sat 26 (2, làm bù), Mon 28 (3), Tue 29 (4), [30/4, 1/5, 2/5 off, weekend], Mon 5/5 (5).
    expect(iso(run('2025-04-24T10:00', { workingDays: 5 }))).toBe('2025-05-05T17:00');
    expect(run('2025-04-29T10:00', { workingDays: 1 }).dueDate).toBe('2025-05-05');
    expect(run('2025-04-25T10:00', { workingDays: 1 }).dueDate).toBe('2025-04-26');
    // Accepted on the worked Saturday itself: a normal working day.
    expect(run('2025-04-26T09:00', { workingDays: 1 }).dueDate).toBe('2025-04-28');
  });

  test('accepted on a Saturday: Monday is the first day counted (same as a Friday acceptance)', () => {
    expect(iso(run('2026-03-07T09:00', { workingDays: 1 }))).toBe('2026-03-09T17:00');
    expect(run('2026-03-07T09:00', { workingDays: 3 }).dueDate).toBe('2026-03-11');
    expect(run('2026-03-06T10:00', { workingDays: 3 }).dueDate).toBe('2026-03-11');
    expect(run('2026-03-08T22:00', { workingDays: 3 }).dueDate).toBe('2026-03-11');
  });

  test('accepted in the evening or on a holiday', () => {
    expect(iso(run('2026-03-06T20:00', { workingDays: 1 }))).toBe('2026-03-09T17:00');
    // Mùng 2 Tết (Wed 18/2/2026): counting starts Mon 23/2.
    expect(run('2026-02-18T09:00', { workingDays: 1 }).dueDate).toBe('2026-02-23');
    // Tết Dương lịch 2026: 1–2/1 off, Sat 10/1 worked.
    expect(run('2025-12-31T15:00', { workingDays: 1 }).dueDate).toBe('2026-01-05');
    expect(run('2026-01-09T15:00', { workingDays: 1 }).dueDate).toBe('2026-01-10');
  });

  test('a long period across Quốc khánh 2026 (Sat 22/8 worked, 31/8–2/9 off)', () => {
    // Fri 21/8 → Sat 22 (1), Mon 24 … Fri 28 (2–6), Thu 3/9 (7).
    expect(run('2026-08-21T09:00', { workingDays: 7 }).dueDate).toBe('2026-09-03');
  });
});

describe('working hours (BLDS 2015 Art. 147.1)', () => {
  test('8 working hours from Tuesday 09:00 → Wednesday 09:00', () => {
    const r = run('2026-03-10T09:00', { workingHours: 8 });
    expect(iso(r)).toBe('2026-03-11T09:00');
    expect(r.dueDate).toBe('2026-03-11');
    expect(codes(r)).toEqual(['PERIOD_WORKING_HOURS', 'PROCESSING_DEADLINE']);
    expect(r.basis[0]?.source).toBe('BLDS 2015, Điều 147.1');
  });

  test('accepted on a Saturday, in the evening, at lunch: from the next working time', () => {
    expect(iso(run('2026-03-07T09:00', { workingHours: 4 }))).toBe('2026-03-09T11:00');
    expect(iso(run('2026-03-10T20:00', { workingHours: 4 }))).toBe('2026-03-11T11:00');
    expect(iso(run('2026-03-10T12:00', { workingHours: 2 }))).toBe('2026-03-10T15:30');
    const r = run('2026-03-10T20:00', { workingHours: 4 });
    expect(r.basis[0]?.vi).toContain('giờ làm việc kế tiếp (Thứ Tư, 11/03/2026 07:00)');
  });

  test('fractional hours and the lunch break: 4.5 h from 07:00 ends at 11:30, not 13:30', () => {
    expect(iso(run('2026-03-10T07:00', { workingHours: 4.5 }))).toBe('2026-03-10T11:30');
    expect(iso(run('2026-03-10T07:00', { workingHours: 0.25 }))).toBe('2026-03-10T07:15');
  });

  test('across Tết 2026: the last half hour before it, then the first after it', () => {
    expect(iso(run('2026-02-13T16:30', { workingHours: 1 }))).toBe('2026-02-23T07:30');
  });
});

describe('extensions (gia hạn)', () => {
  test('working days move the due date', () => {
    const r = run('2026-02-13T16:30', { workingDays: 5 }, { extensions: [{ workingDays: 2, reason: 'Lấy ý kiến cơ quan liên quan' }] });
    expect(iso(r)).toBe('2026-03-03T17:00');
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'EXTENSION_WORKING_DAYS', 'PROCESSING_DEADLINE']);
    expect(r.basis[1]?.vi).toContain('lý do: Lấy ý kiến cơ quan liên quan');
  });

  test('working hours move the instant; a period in days then ends at the close of that day', () => {
    const r = run('2026-02-13T16:30', { workingDays: 5 }, { extensions: [{ workingHours: 4, reason: 'Xác minh thực địa' }] });
    expect(iso(r)).toBe('2026-03-02T17:00');
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'EXTENSION_WORKING_HOURS', 'END_OF_DAY', 'PROCESSING_DEADLINE']);
    expect(r.basis[2]?.source).toBe('BLDS 2015, Điều 148.1');
  });

  test('on a period in hours', () => {
    expect(iso(run('2026-03-10T09:00', { workingHours: 8 }, { extensions: [{ workingHours: 4, reason: 'Bổ sung' }] }))).toBe('2026-03-11T15:00');
    // A day keeps the deadline's place in its day: Wed 09:00 → Thu 09:00; 11:30 stays 11:30.
    expect(iso(run('2026-03-10T09:00', { workingHours: 8 }, { extensions: [{ workingDays: 1, reason: 'Bổ sung' }] }))).toBe('2026-03-12T09:00');
    expect(iso(run('2026-03-10T07:00', { workingHours: 4.5 }, { extensions: [{ workingDays: 1, reason: 'Bổ sung' }] }))).toBe('2026-03-11T11:30');
  });

  test('a due date on a short day ends with that day; a day more ends with the next whole day', () => {
    const short = cal.extend({ holidays: [{ date: '2026-03-13', name: 'Làm việc nửa ngày', hours: [['07:00', '11:00']] }] });
    const base = processingDeadline('2026-03-11T09:00', { workingDays: 2 }, { calendar: short });
    expect(iso(base)).toBe('2026-03-13T11:00');
    const extended = processingDeadline('2026-03-11T09:00', { workingDays: 2 }, { calendar: short, extensions: [{ workingDays: 1, reason: 'Xác minh' }] });
    expect(iso(extended)).toBe('2026-03-16T17:00');
  });

  test('several extensions apply in the order given', () => {
    const r = run('2026-02-13T16:30', { workingDays: 5 }, {
      extensions: [
        { workingHours: 2, reason: 'Xác minh' },
        { workingDays: 1, reason: 'Lấy ý kiến' },
      ],
    });
    // 27/2 17:00 + 2 h → Mon 2/3 09:00; + 1 day → Tue 3/3 09:00; end of day → Tue 3/3 17:00.
    expect(iso(r)).toBe('2026-03-03T17:00');
    expect(codes(r)).toEqual(['PERIOD_WORKING_DAYS', 'EXTENSION_WORKING_HOURS', 'EXTENSION_WORKING_DAYS', 'END_OF_DAY', 'PROCESSING_DEADLINE']);
  });
});

describe('pauses (tạm dừng): the working time inside them is added back', () => {
  test('a pause across a weekend adds only its working time', () => {
    // 3 days from Wed 4/3 → Mon 9/3 17:00; paused Fri 15:00 → Mon 09:00 = 2 h + 2 h of working time.
    const pauses = [{ from: '2026-03-06T15:00', to: '2026-03-09T09:00' }];
    const days = run('2026-03-04T09:00', { workingDays: 3 }, { pauses });
    expect(iso(days)).toBe('2026-03-10T17:00');
    expect(codes(days)).toEqual(['PERIOD_WORKING_DAYS', 'PAUSE', 'END_OF_DAY', 'PROCESSING_DEADLINE']);
    expect(days.basis[1]?.vi).toContain('4 giờ làm việc không tính vào thời hạn');
    // 16 working hours from Fri 6/3 09:00 → Tue 10/3 09:00, plus 4 h → Tue 15:00.
    expect(iso(run('2026-03-06T09:00', { workingHours: 16 }, { pauses }))).toBe('2026-03-10T15:00');
  });

  test('overlapping pauses count once', () => {
    const r = run('2026-03-02T09:00', { workingHours: 16 }, {
      pauses: [
        { from: '2026-03-03T09:00', to: '2026-03-03T11:00' },
        { from: '2026-03-03T10:00', to: '2026-03-03T14:30' },
      ],
    });
    // Merged 09:00–14:30 on Tue = 2.5 h + 1 h; Wed 09:00 + 3.5 h → 14:30.
    expect(iso(r)).toBe('2026-03-04T14:30');
    expect(r.basis[1]?.en).toContain('2 overlapping pauses, counted once');
  });

  test('time before acceptance does not count', () => {
    const straddling = run('2026-03-02T09:00', { workingHours: 8 }, { pauses: [{ from: '2026-03-02T08:00', to: '2026-03-02T10:00' }] });
    expect(iso(straddling)).toBe('2026-03-03T10:00');
    const before = run('2026-03-02T09:00', { workingHours: 8 }, { pauses: [{ from: '2026-02-27T08:00', to: '2026-02-27T09:00' }] });
    expect(iso(before)).toBe('2026-03-03T09:00');
    expect(codes(before)).toEqual(['PERIOD_WORKING_HOURS', 'PAUSE_BEFORE_ACCEPTANCE', 'PROCESSING_DEADLINE']);
  });

  test('every pause after acceptance adds its working time, even one that starts after the deadline', () => {
    const late = run('2026-03-02T09:00', { workingHours: 8 }, { pauses: [{ from: '2026-03-03T10:00', to: '2026-03-04T10:00' }] });
    // Tue 10:00–11:30, 13:30–17:00 and Wed 07:00–10:00: 8 working hours.
    expect(iso(late)).toBe('2026-03-04T09:00');
    expect(codes(late)).toEqual(['PERIOD_WORKING_HOURS', 'PAUSE', 'PROCESSING_DEADLINE']);
    expect(iso(run('2026-03-02T09:00', { workingHours: 8 }, { pauses: [{ from: '2026-03-03T08:00', to: '2026-03-03T10:00' }] }))).toBe('2026-03-03T11:00');
    // For a period in days the result then ends with its day.
    const days = run('2026-03-02T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-03T16:00', to: '2026-03-04T08:00' }] });
    expect(iso(days)).toBe('2026-03-04T17:00');
    const after = run('2026-03-02T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-03T17:00', to: '2026-03-04T17:00' }] });
    expect(iso(after)).toBe('2026-03-04T17:00');
  });

  test('extensions first, then pauses', () => {
    const r = run('2026-03-02T09:00', { workingHours: 8 }, {
      extensions: [{ workingHours: 2, reason: 'Xác minh' }],
      pauses: [{ from: '2026-03-03T10:30', to: '2026-03-03T11:30' }],
    });
    // 8 h → Tue 09:00; + 2 h → Tue 11:00; the pause at 10:30 is before it: + 1 h → Tue 14:00.
    expect(iso(r)).toBe('2026-03-03T14:00');
    expect(codes(r)).toEqual(['PERIOD_WORKING_HOURS', 'EXTENSION_WORKING_HOURS', 'PAUSE', 'PROCESSING_DEADLINE']);
  });

  test('an empty pause (to = from) changes nothing', () => {
    expect(iso(run('2026-03-02T09:00', { workingHours: 8 }, { pauses: [{ from: '2026-03-02T10:00', to: '2026-03-02T10:00' }] }))).toBe('2026-03-03T09:00');
  });
});

describe('inputs', () => {
  test('instants as Date, epoch ms, luxon DateTime and strings with an offset', () => {
    const expected = '2026-02-27T17:00';
    expect(iso(processingDeadline(new Date('2026-02-13T09:30:00Z'), { workingDays: 5 }, { calendar: cal }))).toBe(expected);
    expect(iso(processingDeadline(Date.parse('2026-02-13T09:30:00Z'), { workingDays: 5 }, { calendar: cal }))).toBe(expected);
    expect(iso(processingDeadline('2026-02-13T16:30+07:00', { workingDays: 5 }, { calendar: cal }))).toBe(expected);
    const dt = processingDeadline('2026-02-13T16:30', { workingDays: 5 }, { calendar: cal }).deadline;
    expect(iso(processingDeadline(dt!, { workingHours: 1 }, { calendar: cal }))).toBe('2026-03-02T08:00');
  });

  test.each<[string, unknown]>([
    ['no key', {}],
    ['both keys', { workingDays: 1, workingHours: 8 }],
    ['0 days', { workingDays: 0 }],
    ['negative days', { workingDays: -1 }],
    ['fractional days', { workingDays: 1.5 }],
    ['days as a string', { workingDays: '5' }],
    ['0 hours', { workingHours: 0 }],
    ['negative hours', { workingHours: -2 }],
    ['NaN hours', { workingHours: Number.NaN }],
    ['infinite hours', { workingHours: Number.POSITIVE_INFINITY }],
    ['an unknown key', { days: 5 }],
    ['an extra key', { workingDays: 5, note: 'x' }],
    ['null', null],
    ['a number', 5],
  ])('period with %s → INVALID_ARGUMENT', (_, period) => {
    expect(error(() => processingDeadline('2026-03-10T09:00', period as Period, { calendar: cal })).code).toBe('INVALID_ARGUMENT');
  });

  test('the message says what was expected', () => {
    expect(error(() => run('2026-03-10T09:00', { workingDays: 0 })).message).toBe(
      'Expected `period.workingDays` to be a positive whole number of working days, got 0',
    );
  });

  test.each<[string, unknown]>([
    ['a pause ending before it starts', { pauses: [{ from: '2026-03-10T10:00', to: '2026-03-10T09:00' }] }],
    ['a pause without `to`', { pauses: [{ from: '2026-03-10T10:00' }] }],
    ['pauses not an array', { pauses: { from: '2026-03-10T10:00', to: '2026-03-10T11:00' } }],
    ['an extension without a reason', { extensions: [{ workingDays: 1 }] }],
    ['an extension with a blank reason', { extensions: [{ workingDays: 1, reason: '   ' }] }],
    ['an extension with neither amount', { extensions: [{ reason: 'Xác minh' }] }],
    ['an extension with both amounts', { extensions: [{ workingDays: 1, workingHours: 2, reason: 'Xác minh' }] }],
    ['an extension of 0 days', { extensions: [{ workingDays: 0, reason: 'Xác minh' }] }],
    ['an unknown option', { timezone: 'UTC' }],
    ['a calendar that is not one', { calendar: { zone: 'Asia/Ho_Chi_Minh' } }],
  ])('%s → INVALID_ARGUMENT', (_, options) => {
    const opts = { calendar: cal, ...(options as object) } as ProcessingDeadlineOptions;
    expect(error(() => processingDeadline('2026-03-10T09:00', { workingDays: 2 }, opts)).code).toBe('INVALID_ARGUMENT');
  });

  test('a bad pause names where it is', () => {
    const e = error(() => run('2026-03-10T09:00', { workingDays: 2 }, { pauses: [{ from: '2026-03-10T08:00', to: '2026-03-10T09:00' }, { from: '2026-03-10T10:00', to: '2026-03-10T09:00' }] }));
    expect(e.message).toContain('pauses[1].to');
  });

  test('unreadable instants → INVALID_INSTANT', () => {
    expect(error(() => run('13/02/2026', { workingDays: 5 })).code).toBe('INVALID_INSTANT');
    expect(error(() => run('2026-03-10T09:00', { workingDays: 5 }, { pauses: [{ from: 'soon', to: '2026-03-10T10:00' }] })).code).toBe('INVALID_INSTANT');
  });
});

describe('on the default calendar (civilServiceCalendar)', () => {
  test('the Tết 2026 example', () => {
    const r = processingDeadline('2026-02-13T16:30', { workingDays: 5 });
    expect(r.dueDate).toBe('2026-02-27');
    expect(r.deadline!.toISO()).toBe('2026-02-27T17:00:00.000+07:00');
  });

  test('30/4–1/5/2025 and a period in hours', () => {
    expect(processingDeadline('2025-04-24T10:00', { workingDays: 5 }).dueDate).toBe('2025-05-05');
    expect(processingDeadline('2026-03-10T09:00', { workingHours: 8 }).deadline!.toISO()).toBe('2026-03-11T09:00:00.000+07:00');
  });

  test('the same results as the calendar written out, over 2025–2026', () => {
    const civil = civilServiceCalendar();
    for (let i = 0; i < 200; i++) {
      const t = Date.UTC(2025, 0, 2, 1) + i * 2_999_000_00;
      const period = i % 2 ? { workingDays: 1 + (i % 20) } : { workingHours: 1 + (i % 40) };
      expect(processingDeadline(t, period, { calendar: civil }).deadline!.toMillis()).toBe(processingDeadline(t, period, { calendar: cal }).deadline!.toMillis());
    }
  });
});
