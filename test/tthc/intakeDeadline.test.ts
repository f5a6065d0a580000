/**
 * intakeDeadline: the 8-working-hour rule and the off-hours +1 hour rule (docs/domain.md §2), on the
 * default civil-service calendar (Mon–Fri 07:00–11:30, 13:30–17:00, official days off).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { intakeDeadline } from '../../src/tthc/intake/intakeDeadline.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { durationArb, epochArb, specArb } from '../support/arbitraries/calendar.js';

const fmt = (r: ReturnType<typeof intakeDeadline>) => ({
  offHours: r.offHours,
  clockStart: r.clockStart.toFormat("yyyy-MM-dd'T'HH:mm"),
  deadline: r.deadline.toFormat("yyyy-MM-dd'T'HH:mm"),
});

describe('the worked examples of docs/domain.md §2', () => {
  test('Tue 2026-03-10 09:00, in working hours → Wed 09:00', () => {
    expect(fmt(intakeDeadline('2026-03-10T09:00'))).toEqual({ offHours: false, clockStart: '2026-03-10T09:00', deadline: '2026-03-11T09:00' });
  });
  test('Fri 2026-03-13 20:00, off hours → clock starts Mon 08:00 → Tue 08:00', () => {
    expect(fmt(intakeDeadline('2026-03-13T20:00'))).toEqual({ offHours: true, clockStart: '2026-03-16T08:00', deadline: '2026-03-17T08:00' });
  });
});

describe('edges', () => {
  test('exactly at 07:00 is working time: the whole day', () => {
    expect(fmt(intakeDeadline('2026-03-10T07:00'))).toEqual({ offHours: false, clockStart: '2026-03-10T07:00', deadline: '2026-03-10T17:00' });
  });
  test('exactly at 11:30 is the lunch break: 13:30 + 1 h', () => {
    expect(fmt(intakeDeadline('2026-03-10T11:30'))).toEqual({ offHours: true, clockStart: '2026-03-10T14:30', deadline: '2026-03-11T14:30' });
  });
  test('during the lunch break', () => {
    expect(fmt(intakeDeadline('2026-03-10T12:15'))).toEqual({ offHours: true, clockStart: '2026-03-10T14:30', deadline: '2026-03-11T14:30' });
  });
  test('16:59 on the last working day before Tết 2026 (Fri 13/2): the deadline is after the holiday', () => {
    expect(fmt(intakeDeadline('2026-02-13T16:59'))).toEqual({ offHours: false, clockStart: '2026-02-13T16:59', deadline: '2026-02-23T16:59' });
  });
  test('on a public holiday (Thu 30/4/2026; Fri 1/5 off too)', () => {
    expect(fmt(intakeDeadline('2026-04-30T10:00'))).toEqual({ offHours: true, clockStart: '2026-05-04T08:00', deadline: '2026-05-05T08:00' });
  });
  test('on a làm-bù Saturday (22/8/2026) it is working time', () => {
    expect(fmt(intakeDeadline('2026-08-22T09:00'))).toEqual({ offHours: false, clockStart: '2026-08-22T09:00', deadline: '2026-08-24T09:00' });
  });
  test('a deadline across the National Day block (31/8–2/9/2026)', () => {
    expect(fmt(intakeDeadline('2026-08-28T14:00'))).toEqual({ offHours: false, clockStart: '2026-08-28T14:00', deadline: '2026-09-03T14:00' });
  });
  test('grace 0 against grace 1 hour', () => {
    expect(fmt(intakeDeadline('2026-03-13T20:00', { offHoursGrace: 0 }))).toEqual({ offHours: true, clockStart: '2026-03-16T07:00', deadline: '2026-03-16T17:00' });
    expect(fmt(intakeDeadline('2026-03-13T20:00', { offHoursGrace: { hours: 1 } }))).toEqual({ offHours: true, clockStart: '2026-03-16T08:00', deadline: '2026-03-17T08:00' });
  });
  test('a custom limit', () => {
    expect(fmt(intakeDeadline('2026-03-10T09:00', { limit: { hours: 4 } }))).toEqual({ offHours: false, clockStart: '2026-03-10T09:00', deadline: '2026-03-10T15:00' });
  });
  test('a custom calendar (Saturday desk)', () => {
    const hours: [string, string][] = [['07:30', '11:30'], ['13:00', '17:00']];
    const calendar = WorkingCalendar.create({ week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [['07:30', '11:30']] } });
    expect(fmt(intakeDeadline('2026-03-13T20:00', { calendar }))).toEqual({ offHours: true, clockStart: '2026-03-14T08:30', deadline: '2026-03-16T14:00' });
  });
  test('an instant with an offset', () => {
    expect(intakeDeadline('2026-03-10T02:00:00Z').deadline.toISO()).toBe('2026-03-11T09:00:00.000+07:00');
  });
});

describe('basis', () => {
  test('explains the off-hours case with its source, in Vietnamese and English', () => {
    const r = intakeDeadline('2026-03-13T20:00');
    expect(r.basis.map((b) => b.code)).toEqual(['INTAKE_LIMIT', 'OFF_HOURS_GRACE', 'INTAKE_DEADLINE']);
    const grace = r.basis[1];
    expect(grace?.source).toContain('35/2022/QĐ-UBND');
    expect(grace?.vi).toContain('Thứ Sáu, 13/03/2026 20:00');
    expect(grace?.vi).toContain('Thứ Hai, 16/03/2026 08:00');
    expect(grace?.en).toContain('Mon 16/03/2026 08:00');
    expect(r.basis[2]?.vi).toContain('Thứ Ba, 17/03/2026 08:00');
  });
  test('names the in-hours case and grace 0', () => {
    expect(intakeDeadline('2026-03-10T09:00').basis.map((b) => b.code)).toEqual(['INTAKE_LIMIT', 'WITHIN_WORKING_HOURS', 'INTAKE_DEADLINE']);
    expect(intakeDeadline('2026-03-13T20:00', { offHoursGrace: 0 }).basis[1]?.code).toBe('OFF_HOURS_NEXT_WORKING_TIME');
  });
});

describe('bad input', () => {
  test.each([
    ['not an instant', () => intakeDeadline('tomorrow'), 'INVALID_INSTANT'],
    ['negative limit', () => intakeDeadline('2026-03-10T09:00', { limit: -1 }), 'INVALID_DURATION'],
    ['negative grace', () => intakeDeadline('2026-03-10T09:00', { offHoursGrace: { hours: -1 } }), 'INVALID_DURATION'],
    ['a limit in days', () => intakeDeadline('2026-03-10T09:00', { limit: { days: 1 } as never }), 'INVALID_DURATION'],
    ['unknown option', () => intakeDeadline('2026-03-10T09:00', { grace: 0 } as never), 'INVALID_ARGUMENT'],
    ['calendar not a calendar', () => intakeDeadline('2026-03-10T09:00', { calendar: {} as never }), 'INVALID_ARGUMENT'],
    ['options not an object', () => intakeDeadline('2026-03-10T09:00', 5 as never), 'INVALID_ARGUMENT'],
    ['beyond the preset years', () => intakeDeadline('2250-03-10T09:00'), 'OUT_OF_RANGE'],
  ])('%s', (_name, fn, code) => {
    expect(fn).toThrow(WorktimeError);
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
});

describe('properties', () => {
  const graceArb = fc.constantFrom(0, 3_600_000, 1_800_000);
  const limitArb = fc.oneof(fc.constant(8 * 3_600_000), durationArb);
  test('clock start and deadline follow the rule, on the default calendar and on random calendars', () => {
    fc.assert(
      fc.property(fc.option(specArb, { nil: undefined }), epochArb, graceArb, limitArb, (spec, t, grace, limit) => {
        const calendar = spec ? WorkingCalendar.create(spec) : civilServiceCalendar();
        let r: ReturnType<typeof intakeDeadline>;
        try {
          r = intakeDeadline(t, { offHoursGrace: grace, limit, ...(spec ? { calendar } : {}) });
        } catch (e) {
          if (e instanceof WorktimeError && e.code === 'OUT_OF_RANGE') return;
          throw e;
        }
        const ms = (x: { toMillis(): number }): number => x.toMillis();
        expect(ms(r.submittedAt)).toBe(t);
        expect(ms(r.submittedAt)).toBeLessThanOrEqual(ms(r.clockStart));
        expect(ms(r.clockStart)).toBeLessThanOrEqual(ms(r.deadline));
        expect(calendar.workingTimeBetween(r.clockStart, r.deadline).toMillis()).toBe(limit);
        expect(r.offHours).toBe(!calendar.isWorkingTime(t));
        if (!r.offHours) expect(ms(r.clockStart)).toBe(t);
        else expect(ms(r.clockStart)).toBe(ms(calendar.addWorkingTime(calendar.nextWorkingTime(t), grace)));
        expect(r.deadline.zoneName).toBe(calendar.zone);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the words of basis and errors', () => {
  test('off hours with the grace, in full', () => {
    expect(intakeDeadline('2026-03-13T20:00').basis).toEqual([
      {
        code: 'INTAKE_LIMIT',
        vi: 'Hồ sơ nộp trực tuyến phải được tiếp nhận chính thức hoặc yêu cầu bổ sung, hoặc từ chối, trong 8 giờ làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận hồ sơ.',
        en: 'An online dossier must be accepted, returned for supplementation or refused within 8 h of working time from its receipt by the TTHC information system.',
        source: 'NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c',
      },
      {
        code: 'OFF_HOURS_GRACE',
        vi: 'Nộp ngoài giờ làm việc (Thứ Sáu, 13/03/2026 20:00): giờ làm việc kế tiếp là Thứ Hai, 16/03/2026 07:00; thời điểm bắt đầu tính không quá 1 giờ làm việc sau đó: Thứ Hai, 16/03/2026 08:00.',
        en: 'Submitted outside working hours (Fri 13/03/2026 20:00): the next working time is Mon 16/03/2026 07:00; the limit starts 1 h of working time later: Mon 16/03/2026 08:00.',
        source: 'QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10',
      },
      {
        code: 'INTAKE_DEADLINE',
        vi: 'Hạn tiếp nhận: Thứ Ba, 17/03/2026 08:00 (8 giờ làm việc từ Thứ Hai, 16/03/2026 08:00).',
        en: 'Intake deadline: Tue 17/03/2026 08:00 (8 h of working time from Mon 16/03/2026 08:00).',
      },
    ]);
  });
  test('in working hours and with grace 0, in full', () => {
    expect(intakeDeadline('2026-03-10T09:00', { limit: { hours: 4, minutes: 30 } }).basis.slice(1)).toEqual([
      {
        code: 'WITHIN_WORKING_HOURS',
        vi: 'Nộp trong giờ làm việc (Thứ Ba, 10/03/2026 09:00): thời hạn tính từ thời điểm nộp.',
        en: 'Submitted during working hours (Tue 10/03/2026 09:00): the limit counts from the submission.',
      },
      {
        code: 'INTAKE_DEADLINE',
        vi: 'Hạn tiếp nhận: Thứ Ba, 10/03/2026 15:30 (4 giờ 30 phút làm việc từ Thứ Ba, 10/03/2026 09:00).',
        en: 'Intake deadline: Tue 10/03/2026 15:30 (4 h 30 min of working time from Tue 10/03/2026 09:00).',
      },
    ]);
    expect(intakeDeadline('2026-03-13T20:00', { offHoursGrace: 0 }).basis[1]).toEqual({
      code: 'OFF_HOURS_NEXT_WORKING_TIME',
      vi: 'Nộp ngoài giờ làm việc (Thứ Sáu, 13/03/2026 20:00): thời hạn tính từ giờ làm việc kế tiếp, Thứ Hai, 16/03/2026 07:00.',
      en: 'Submitted outside working hours (Fri 13/03/2026 20:00): the limit counts from the next working time, Mon 16/03/2026 07:00.',
      source: 'QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10',
    });
  });
  test('errors name the option and what was expected', () => {
    const err = (fn: () => unknown): WorktimeError => {
      try {
        fn();
      } catch (e) {
        return e as WorktimeError;
      }
      throw new Error('expected a WorktimeError');
    };
    const limit = err(() => intakeDeadline('2026-03-10T09:00', { limit: -1 }));
    expect(limit.message).toBe('Expected `limit` to be zero or more working time, got -1');
    expect(limit.details).toEqual({ limit: -1 });
    const grace = err(() => intakeDeadline('2026-03-10T09:00', { offHoursGrace: { hours: -1 } }));
    expect(grace.message).toBe('Expected `offHoursGrace` to be zero or more working time, got an object');
    expect(err(() => intakeDeadline('2026-03-10T09:00', { grace: 0 } as never)).message).toBe(
      "Unknown option 'grace' of intakeDeadline; expected calendar, receivedAt, rules, limit, limitSource, offHoursGrace",
    );
    expect(err(() => intakeDeadline('2026-03-10T09:00', { calendar: 1 } as never)).message).toBe(
      'Expected `calendar` of intakeDeadline to be a WorkingCalendar, got 1',
    );
    expect(err(() => intakeDeadline('nope')).message).toContain('Expected `submittedAt` to be');
  });
});
