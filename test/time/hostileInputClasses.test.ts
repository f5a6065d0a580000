/**
 * The classes of bugs behind the hostile-input issue, one describe each: the date limit reached
 * zone arithmetic, luxon's duck-typed checks, day forms read as 00:00, the last day of a range,
 * unbounded memos and outputs, a quadratic message cleaner, an output that cannot be written.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MAX_WORKING_PERIODS } from '../../src/calendar/WorkingCalendar.js';
import { WorkingCalendar, WorktimeError } from '../../src/calendar/index.js';
import { OUTPUT_ERROR_STATUS, outputErrorHandler } from '../../src/cli/outputError.js';
import { oneLine } from '../../src/cli/run.js';
import { instantArg, label } from '../../src/cli/values.js';
import { clip } from '../../src/errors.js';
import { describeInstant, toEpoch } from '../../src/time/instant.js';
import { dateOnlyDay, parseIso } from '../../src/time/iso.js';
import { isLuxonDateTime, isLuxonDuration } from '../../src/time/luxon.js';
import { CompiledZone, SPELLINGS, zoneMemo } from '../../src/time/zone.js';
import { evaluateDossier, processingDeadline, slaStatus } from '../../src/tthc/index.js';
import { civilServiceCalendar } from '../../src/vietnam/index.js';
import { thrown } from '../support/errors.js';
import { runCli } from '../support/cli.js';

const TEST_MS = 60_000;
const VN = CompiledZone.get('Asia/Ho_Chi_Minh');


describe('the JavaScript date limit never reaches zone arithmetic', () => {
  it('instants at and past the limit are OUT_OF_RANGE, in any zone', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
      const z = CompiledZone.get(zone);
      for (const t of ['+275760-09-13T00:00', '-271821-04-20T00:00', '+999999-01-01', '+275760-09-13', '-999999-12-31T23:59Z', 8.64e15, -8.64e15, 1e300]) {
        expect(thrown(() => toEpoch(t, z, 't')).code).toBe('OUT_OF_RANGE');
      }
    }
  });

  it('the zone answers NaN for NaN (as luxon zones do) and a finite offset for any finite instant', () => {
    expect(VN.offset(Number.NaN)).toBeNaN();
    expect(VN.offset(Number.POSITIVE_INFINITY)).toBeNaN();
    for (const t of [8.64e15, -8.64e15, 8.64e15 + 1e9, 1e300, -Number.MAX_VALUE]) {
      expect(Number.isFinite(VN.offsetMs(t))).toBe(true);
      expect(VN.transitionsBetween(t - 1, t)).toEqual([]);
    }
    expect(VN.fixedOffsetBetween(1e300, 1e300)).toBe(VN.offsetMs(1e300));
    // luxon itself, given the compiled zone, turns those instants into invalid DateTimes, never a stack overflow
    expect(() => DateTime.fromISO('+275760-09-13T00:00', { zone: VN })).not.toThrow();
    expect(() => DateTime.fromISO('+999999-01-01', { zone: VN })).not.toThrow();
    expect(DateTime.fromMillis(Number.NaN, { zone: VN }).isValid).toBe(false);
  });

  it('the first and last supported instants still work', () => {
    expect(toEpoch('1000-01-01T00:00', VN, 't')).toBe(DateTime.fromISO('1000-01-01T00:00', { zone: 'Asia/Ho_Chi_Minh' }).toMillis());
    expect(toEpoch('+009999-12-31T23:59:59.999Z', VN, 't')).toBe(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    expect(toEpoch('0999-12-30T23:00-01:00', VN, 't')).toBe(Date.UTC(999, 11, 31));
  });
});

describe('luxon values are recognised by what JSON cannot forge', () => {
  const forged = [
    JSON.parse('{"isLuxonDateTime":true,"isValid":true}') as unknown,
    JSON.parse('{"isLuxonDuration":true,"isValid":true}') as unknown,
    { isLuxonDateTime: true, isValid: true, toMillis: () => 0, toISO: () => '', setZone: () => null },
    Object.assign(Object.create(null) as object, { isLuxonDateTime: true }),
  ];

  it('plain objects are neither DateTimes nor Durations', () => {
    for (const v of forged) {
      expect(isLuxonDateTime(v)).toBe(false);
      expect(isLuxonDuration(v)).toBe(false);
    }
    expect(isLuxonDateTime(DateTime.now())).toBe(true);
    expect(isLuxonDuration(Duration.fromMillis(1))).toBe(true);
    expect(isLuxonDateTime([])).toBe(false);
  });

  it('the library refuses them with its own codes', () => {
    const cal = civilServiceCalendar();
    expect(thrown(() => cal.nextWorkingTime(forged[0] as never)).code).toBe('INVALID_INSTANT');
    expect(thrown(() => cal.isWorkingDay(forged[0] as never)).code).toBe('INVALID_DATE');
    expect(thrown(() => cal.addWorkingTime('2026-03-10T09:00', forged[1] as never)).code).toBe('INVALID_DURATION');
    const r = evaluateDossier({ channel: 'online', deadline: forged[0] as never }, { now: '2026-03-10T09:00' });
    expect(r.ok).toBe(false);
  });

  it('a DateTime or Duration of another copy of luxon (a class of its own) is read through its methods', () => {
    class OtherDateTime {
      readonly isLuxonDateTime = true;
      readonly isValid = true;
      toMillis(): number {
        return Date.UTC(2026, 2, 10, 2);
      }
      toISO(): string {
        return '';
      }
      setZone(): this {
        return this;
      }
    }
    class OtherDuration {
      readonly isLuxonDuration = true;
      readonly isValid = true;
      toObject(): Record<string, number> {
        return { hours: 1 };
      }
      toMillis(): number {
        return 3_600_000;
      }
      shiftTo(): this {
        return this;
      }
    }
    class Broken extends OtherDateTime {
      override toMillis(): number {
        throw new Error('broken');
      }
    }
    class BrokenDuration extends OtherDuration {
      override toObject(): Record<string, number> {
        throw new Error('broken');
      }
    }
    class NullDuration extends OtherDuration {
      override toObject(): Record<string, number> {
        return null as never;
      }
    }
    const cal = civilServiceCalendar();
    expect(cal.addWorkingTime(new OtherDateTime() as never, new OtherDuration() as never).toISO()).toBe('2026-03-10T10:00:00.000+07:00');
    expect(thrown(() => cal.nextWorkingTime(new Broken() as never)).message).toContain('not a working luxon DateTime');
    expect(thrown(() => cal.addWorkingTime('2026-03-10T09:00', new BrokenDuration() as never)).message).toContain('not a working luxon Duration');
    expect(thrown(() => cal.addWorkingTime('2026-03-10T09:00', new NullDuration() as never)).message).toContain('not a working luxon Duration');
    expect(thrown(() => cal.addWorkingTime('2026-03-10T09:00', Duration.invalid('x'))).message).toContain('invalid Duration');
  });
});

describe('every ISO form of a day is read as a day', () => {
  const FORMS = ['2026-03-10', '20260310', '2026-W11-2', '2026W112', '2026-069', '2026069', '+002026-03-10', ' 2026-03-10 '];

  it('a deadline written as a day in any form is the close of working hours that day', () => {
    for (const deadline of FORMS) {
      const r = slaStatus({ deadline, completedAt: '2026-03-10T16:00' });
      expect([deadline, r.status, r.margin.as('hours')]).toEqual([deadline, 'on-time', 1]);
      const e = evaluateDossier({ channel: 'online', deadline, completedAt: '2026-03-10T16:00' }, { now: '2026-03-11T09:00' });
      expect(e.ok && e.status).toBe('on-time');
    }
  });

  it('week and ordinal dates agree with luxon on every kind of year', () => {
    for (let year = 1000; year <= 9999; year += 7) {
      for (const [m, d] of [[1, 1], [1, 4], [2, 29], [12, 28], [12, 31], [6, 15]] as const) {
        const dt = DateTime.fromObject({ year, month: m, day: d }, { zone: 'utc' });
        if (!dt.isValid) continue;
        const day = Math.floor(dt.toMillis() / 86_400_000);
        for (const text of [dt.toISOWeekDate() as string, dt.toFormat('yyyy-ooo'), dt.toFormat('yyyyMMdd'), dt.toFormat("kkkk'W'WWc")]) {
          expect([text, dateOnlyDay(text)]).toEqual([text, day]);
        }
      }
    }
  });

  it('a date without its day, a time without a date and impossible days are refused', () => {
    for (const text of ['2026', '2026-03', '202603', '2026-W11', '09:00', '0900', 'T09:00', '2025-W53-1', '2026-W00-1', '2026-W11-8', '2026-000', '2026-366', '2026-02-29']) {
      expect([text, thrown(() => toEpoch(text, VN, 't')).code]).toEqual([text, 'INVALID_INSTANT']);
      expect(dateOnlyDay(text)).toBeUndefined();
    }
    expect(parseIso('2026')).toBe("a date needs its day, such as '2026-03-10'");
    expect(parseIso('2026-03-10T24:00')).toBe('no such time of day');
    expect(parseIso('2026-03-10T09:00+24:00')).toBe('no such offset');
    expect(parseIso('2024-366')).toEqual({ day: 20_088 });
  });

  it('the quick reading of the common forms agrees with the pattern', () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    for (let i = 0; i < 4000; i++) {
      const y = 1000 + ((i * 7919) % 9000);
      const mo = 1 + (i % 13);
      const d = 1 + ((i * 31) % 32);
      const h = (i * 17) % 25;
      const mi = (i * 13) % 61;
      const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
      const time = `${pad(h)}:${pad(mi)}:${pad(mi)}`;
      // '+00YYYY' and a lowercase 't' are read by the pattern only
      expect(parseIso(date)).toEqual(parseIso(`+00${date}`));
      expect(parseIso(`${date}T${time}`)).toEqual(parseIso(`+00${date}t${time}`));
      expect(parseIso(`${date} ${time.slice(0, 5)}`)).toEqual(parseIso(`+00${date}t${time.slice(0, 5)}`));
    }
    for (const odd of ['2026-03-1x', '2026/03/10', '2026-03-10X09:00', '2026-03-10Tab:00', 'x026-03-10']) {
      expect([odd, typeof parseIso(odd)]).toEqual([odd, 'string']);
    }
  });

  it('times of day, offsets and bracketed zones are read as luxon reads them', () => {
    const same = (text: string): void => {
      const luxon = DateTime.fromISO(text, { zone: 'Asia/Ho_Chi_Minh' });
      expect([text, toEpoch(text, VN, 't')]).toEqual([text, luxon.toMillis()]);
    };
    for (const text of ['20260310T0930', '2026-W11-2T09:30', '2026-069T09:30+07', '2026-03-10T09:00:00,5Z', '2026-03-10T09', '2026-03-10T09:00-00:30', '2026-03-10T09:00[Asia/Tokyo]', '2026-03-10T09:00+07:00[Asia/Tokyo]', '2026-03-10T09:00:00.123456789012345678901234567890Z']) same(text);
    expect(toEpoch('2026-03-10T09:00[asia/tokyo]', VN, 't')).toBe(toEpoch('2026-03-10T09:00+09:00', VN, 't'));
    expect(thrown(() => toEpoch('2026-03-10T09:00[Nowhere/Zone]', VN, 't')).message).toContain("unknown time zone 'Nowhere/Zone'");
  });

  it('the command line writes every ISO day as YYYY-MM-DD, and reads it as a day', async () => {
    const now = (): Date => new Date();
    for (const text of ['20260310', '2026-W11-2', '2026-069']) expect(instantArg(text, now, label('<deadline>'))).toBe('2026-03-10');
    expect(instantArg('+275760-09-13', now, label('<deadline>'))).toBe('+275760-09-13');
    expect(instantArg('20260310T0900', now, label('<deadline>'))).toBe('20260310T0900');
    expect(() => instantArg('2026-03', now, label('<deadline>'))).toThrow('a date needs its day');
    const r = await runCli(['status', '2026-W11-2', '--completed', '2026-03-10T16:00', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'on-time', deadline: '2026-03-10T17:00:00.000+07:00' });
  });
});

describe('the last day of a calendar range', () => {
  it('a period ending on it has its deadline', () => {
    const r = processingDeadline('2199-12-30T09:00', { workingDays: 1 });
    expect(r.deadline?.toISO()).toBe('2199-12-31T17:00:00.000+07:00');
    const day = WorkingCalendar.create({ range: { from: '2026-01-01', to: '2026-03-10' }, week: { tue: [['20:00', '24:00']] } });
    expect(processingDeadline('2026-03-03T21:00', { workingDays: 1 }, { calendar: day }).deadline?.toISO()).toBe('2026-03-11T00:00:00.000+07:00');
    // 24:00 of the last day closes the range: a deadline there can be compared with
    expect(slaStatus({ deadline: '2026-03-10', completedAt: '2026-03-10T23:00', calendar: day })).toMatchObject({ status: 'on-time' });
    expect(day.previousWorkingTime('2026-03-11T00:00').toISO()).toBe('2026-03-11T00:00:00.000+07:00');
    expect(day.workingTimeBetween('2026-03-10T20:00', '2026-03-11T00:00').as('hours')).toBe(4);
    expect(thrown(() => day.nextWorkingTime('2026-03-11T00:00')).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => day.addWorkingTime('2026-03-11T00:00', 1)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => day.isWorkingTime('2026-03-11T00:00:00.001')).code).toBe('OUT_OF_RANGE');
    expect(day.isWorkingTime('2026-03-11T00:00')).toBe(false);
  });

  it('the command line answers too, for a day alone', async () => {
    const r = await runCli(['status', '2199-12-31', '--completed', '2199-12-31T16:00', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'on-time', deadline: '2199-12-31T17:00:00.000+07:00' });
    const night = join(tmpdir(), `vn-worktime-night-${process.pid}.json`);
    writeFileSync(night, JSON.stringify({ range: { from: '2026-01-01', to: '2026-03-10' }, week: { tue: [['20:00', '24:00']] } }));
    const n = await runCli(['add', '2026-03-10T23:00', '1h', '--calendar', night, '--json']);
    expect(JSON.parse(n.stdout)).toMatchObject({ result: '2026-03-11T00:00:00.000+07:00' });
  });

  it('OUT_OF_RANGE messages write instants as dates, not epoch milliseconds', () => {
    const civil = civilServiceCalendar();
    const e = thrown(() => civil.addWorkingTime(Date.UTC(2199, 11, 31, 9), { hours: 2 }));
    expect(e.message).toBe(
      'The calendar has no working time after 2199-12-31T16:00:00.000+07:00 within 1900-01-01..2199-12-31 to reach the requested amount',
    );
    expect(thrown(() => civil.nextWorkingTime(DateTime.fromISO('2200-01-01T09:00Z'))).message).toContain('got 2200-01-01T16:00:00.000+07:00');
    expect(thrown(() => civil.isWorkingDay(new Date('2200-01-01T09:00Z'))).message).toContain('got 2200-01-01T16:00:00.000+07:00');
    expect(describeInstant('x', VN)).toBe('"x"');
    expect(describeInstant(8.64e15, VN)).toBe('8640000000000000');
    expect(describeInstant(DateTime.invalid('x'), VN)).toBe('an object');
  });
});

describe('bounded memos and outputs', () => {
  it('zone names: case variants share the identifier spelling and one table; spellings are bounded', () => {
    expect(CompiledZone.get('asia/tokyo').name).toBe('Asia/Tokyo');
    expect(CompiledZone.get('ASIA/TOKYO')).toBe(CompiledZone.get('ASIA/TOKYO'));
    expect(CompiledZone.get('Asia/Ho_Chi_Minh').name).toBe('Asia/Ho_Chi_Minh');
    expect(WorkingCalendar.create({ zone: 'america/new_york', week: { mon: [['09:00', '17:00']] } }).zone).toBe('America/New_York');
    const zones = zoneMemo().zones;
    const name = 'asia/ho_chi_minh';
    for (let i = 0; i < 2 * SPELLINGS + 10; i++) {
      let variant = '';
      for (let j = 0; j < name.length; j++) variant += (i >> j) & 1 ? (name[j] as string).toUpperCase() : (name[j] as string);
      CompiledZone.get(variant);
    }
    expect(zoneMemo().spellings).toBeLessThanOrEqual(SPELLINGS);
    expect(zoneMemo().zones).toBeLessThanOrEqual(zones + 1);
    for (const bad of ['', ' ', 'x'.repeat(300), 'Nowhere/Zone', 7]) expect(thrown(() => CompiledZone.get(bad)).code).toBe('INVALID_ZONE');
  });

  it(`workingPeriods returns at most ${MAX_WORKING_PERIODS} periods, else says so`, () => {
    const civil = civilServiceCalendar();
    const e = thrown(() => civil.workingPeriods('1950-01-01', '2100-01-01'));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.details).toMatchObject({ limit: MAX_WORKING_PERIODS });
    expect(e.message).toContain(`at most ${MAX_WORKING_PERIODS} working periods`);
    expect(civil.workingPeriods('2000-01-01', '2030-01-01').length).toBeLessThanOrEqual(MAX_WORKING_PERIODS);
  }, TEST_MS);

  it('long keys are clipped in messages', () => {
    expect(clip('a'.repeat(100))).toBe(`${'a'.repeat(57)}...`);
    const e = thrown(() => WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] }, [`k${' '.repeat(400_000)}`]: 1 } as never));
    expect(e.message.length).toBeLessThan(300);
  });
});

describe('the command line under hostile output', () => {
  it('one-line messages of 400 000 spaces come out whole (a quadratic pass would run into the test timeout)', () => {
    expect(oneLine(`a${' '.repeat(400_000)}b\n  c \r\n d`)).toBe(`a${' '.repeat(400_000)}b c d`);
  });

  it('a 400 kB --calendar file with a bad key reports its error at once', async () => {
    const file = join(tmpdir(), `vn-worktime-hostile-${process.pid}.json`);
    writeFileSync(file, `{"week":{"m${' '.repeat(400_000)}":[["07:00","17:00"]]}}`);
    const r = await runCli(['intake', '2026-03-13T20:00', '--calendar', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(400);
  });

  it('an output that cannot be written: one line and status 74; EPIPE on stdout is a quiet stop', () => {
    const statuses: number[] = [];
    let err = '';
    const stderr = { write: (s: string): boolean => ((err += s), true) };
    const exit = (s: number): void => void statuses.push(s);
    outputErrorHandler('stdout', stderr, exit)(Object.assign(new Error('x'), { code: 'EPIPE' }));
    outputErrorHandler('stdout', stderr, exit)(Object.assign(new Error('x'), { code: 'ENOSPC' }));
    outputErrorHandler('stdout', stderr, exit)(Object.assign(new Error('x'), { code: 'EIO' }));
    outputErrorHandler('stdout', stderr, exit)(new Error('closed'));
    outputErrorHandler('stderr', stderr, exit)(Object.assign(new Error('x'), { code: 'ENOSPC' }));
    const broken = { write: (): never => { throw new Error('stderr is broken too'); } };
    outputErrorHandler('stdout', broken, exit)(Object.assign(new Error('x'), { code: 'ENOSPC' }));
    expect(statuses).toEqual([0, OUTPUT_ERROR_STATUS, 74, 74, 74, 74]);
    expect(err).toBe(
      'vn-worktime: OUTPUT_ERROR: cannot write the output (no space left on the device)\n' +
        'vn-worktime: OUTPUT_ERROR: cannot write the output (EIO)\n' +
        'vn-worktime: OUTPUT_ERROR: cannot write the output (closed)\n',
    );
  });
});
