/**
 * Time zones: the zone a calendar accepts, the luxon zone its DateTimes carry, and the compiled
 * offsets its day arithmetic rests on. The offset transitions a compiled zone lists for a span
 * `(from, to]`, and whether a span has one fixed offset, are compared with luxon's own IANA zone
 * at and around real transitions (New York's daylight saving time) and across the ~398-day
 * blocks the offsets are compiled in. Mutation testing showed these answers could change at
 * the ends of a span without any test noticing.
 */
import { DateTime, IANAZone, InvalidZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { CompiledZone } from '../../src/time/zone.js';
import { thrown } from '../support/errors.js';

const HOUR = 3_600_000;
const newYork = CompiledZone.get('America/New_York');
const saigon = CompiledZone.get('Asia/Ho_Chi_Minh');
/** New York, 2026: EST → EDT on 8 March at 02:00 local, EDT → EST on 1 November at 02:00 local. */
const SPRING = Date.UTC(2026, 2, 8, 7);
const AUTUMN = Date.UTC(2026, 10, 1, 6);

describe('the zone of a calendar', () => {
  it('a zone that is not a string is INVALID_ZONE, even when it reads as a valid name', () => {
    for (const zone of [['Asia/Ho_Chi_Minh'], { toString: () => 'UTC' }, 7, null]) {
      const e = thrown(() => WorkingCalendar.create({ zone: zone as never, week: { mon: [['07:00', '17:00']] } }));
      expect(e.code).toBe('INVALID_ZONE');
      expect(e.message).toMatch(/^Expected `zone` to be an IANA time zone name such as 'Asia\/Ho_Chi_Minh', got /);
      expect(e.details).toEqual({ zone });
    }
  });

  it('a runtime whose Intl does not know Asia/Ho_Chi_Minh: a calendar in the default zone is INVALID_ZONE at its first use, not a calendar in UTC', async () => {
    // As on a Node.js built without full ICU data. The default zone's offsets are looked up at their
    // first use, so the modules are loaded afresh with such an Intl.
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const WithoutVietnam = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
      if (options?.timeZone === 'Asia/Ho_Chi_Minh') throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
      return new RealDateTimeFormat(locales, options);
    } as unknown as typeof Intl.DateTimeFormat;
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: WithoutVietnam });
    vi.resetModules();
    try {
      const fresh = await import('../../src/calendar/index.js');
      const cal = fresh.WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
      // The error class of the modules loaded afresh, not the one `thrown` knows.
      expect(() => cal.nextWorkingTime('2026-03-09T06:00')).toThrow(
        expect.objectContaining({
          name: 'WorktimeError',
          code: 'INVALID_ZONE',
          message: "Expected `zone` to be an IANA time zone name such as 'Asia/Ho_Chi_Minh', got \"Asia/Ho_Chi_Minh\"",
        }),
      );
      // Other zones still work.
      const tokyo = fresh.WorkingCalendar.create({ zone: 'Asia/Tokyo', week: { mon: [['07:00', '17:00']] } });
      expect(tokyo.nextWorkingTime('2026-03-09T06:00').toISO()).toBe('2026-03-09T07:00:00.000+09:00');
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('returned DateTimes: the zone name in extended ISO, and no equality with a non-IANA zone of the same name', () => {
    const cal = WorkingCalendar.create({ zone: 'America/New_York', week: { mon: [['07:00', '17:00']] } });
    const dt = cal.nextWorkingTime('2026-03-09T06:00');
    expect(dt.toISO({ extendedZone: true })).toBe('2026-03-09T07:00:00.000-04:00[America/New_York]');
    // luxon's InvalidZone takes the name it could not resolve (its typings omit the argument).
    const invalid = new (InvalidZone as unknown as new (name: string) => InvalidZone)('America/New_York');
    expect(invalid.name).toBe('America/New_York');
    expect(dt.zone.equals(invalid)).toBe(false);
    expect(dt.zone.equals(IANAZone.create('America/New_York'))).toBe(true);
    expect(dt.zone.equals(DateTime.fromISO('2026-03-09T07:00', { zone: 'America/New_York' }).zone)).toBe(true);
  });
});

describe('compiled offsets', () => {
  it('the offset before, at and after a transition, as luxon gives it', () => {
    const iana = IANAZone.create('America/New_York');
    for (const t of [SPRING - 1, SPRING, SPRING + 1, AUTUMN - 1, AUTUMN, AUTUMN + 1]) {
      expect(newYork.offsetMs(t)).toBe(iana.offset(t) * 60_000);
    }
    expect([newYork.offsetMs(SPRING - 1), newYork.offsetMs(SPRING)]).toEqual([-5 * HOUR, -4 * HOUR]);
  });

  it('an instant that is not a finite number is refused at once (the offset search would never end)', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => newYork.offsetMs(t)).toThrow(new Error('vn-worktime internal error: offsets are asked for finite instants only'));
    }
  });

  it('transitionsBetween(from, to) lists the transitions in (from, to], ascending', () => {
    expect(newYork.transitionsBetween(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([SPRING, AUTUMN]);
    expect(newYork.transitionsBetween(SPRING - 1, SPRING)).toEqual([SPRING]);
    expect(newYork.transitionsBetween(SPRING, SPRING + 1)).toEqual([]);
    expect(newYork.transitionsBetween(SPRING, AUTUMN)).toEqual([AUTUMN]);
    expect(newYork.transitionsBetween(SPRING - 1, AUTUMN - 1)).toEqual([SPRING]);
    expect(newYork.transitionsBetween(Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1))).toEqual([]);
    expect(saigon.transitionsBetween(Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1))).toEqual([]);
  });

  it('over many blocks: two transitions a year, each a real change of offset', () => {
    const all = newYork.transitionsBetween(Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1));
    expect(all).toHaveLength(40);
    const iana = IANAZone.create('America/New_York');
    for (const t of all) expect([iana.offset(t - 1), iana.offset(t)]).toEqual(iana.offset(t) === -240 ? [-300, -240] : [-240, -300]);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
  });

  it('fixedOffsetBetween(from, to): the offset when no transition falls in (from, to], else undefined', () => {
    expect(newYork.fixedOffsetBetween(SPRING - 1, SPRING)).toBeUndefined();
    expect(newYork.fixedOffsetBetween(SPRING - HOUR, SPRING + HOUR)).toBeUndefined();
    expect(newYork.fixedOffsetBetween(SPRING, SPRING + 1)).toBe(-4 * HOUR);
    expect(newYork.fixedOffsetBetween(SPRING - HOUR, SPRING - 1)).toBe(-5 * HOUR);
    expect(newYork.fixedOffsetBetween(Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1))).toBe(-4 * HOUR);
    expect(newYork.fixedOffsetBetween(Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 2))).toBe(-5 * HOUR);
    expect(newYork.fixedOffsetBetween(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toBeUndefined();
    expect(newYork.fixedOffsetBetween(AUTUMN, Date.UTC(2027, 2, 14, 7) - 1)).toBe(-5 * HOUR);
    // Spans that cross one or more blocks (one starts near mid-August 2026).
    expect(saigon.fixedOffsetBetween(Date.UTC(2026, 6, 1), Date.UTC(2026, 9, 1))).toBe(7 * HOUR);
    expect(saigon.fixedOffsetBetween(Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1))).toBe(7 * HOUR);
  });

  it('wall-clock times: a time in the spring gap moves forward, a repeated autumn time takes the earlier instant', () => {
    const local = (h: number, m: number, day: number, month: number) => Date.UTC(2026, month - 1, day, h, m);
    expect(newYork.toEpoch(local(2, 30, 8, 3))).toBe(DateTime.fromISO('2026-03-08T02:30', { zone: 'America/New_York' }).toMillis());
    expect(newYork.toEpoch(local(2, 30, 8, 3))).toBe(SPRING + 30 * 60_000);
    expect(newYork.toEpoch(local(1, 30, 1, 11))).toBe(AUTUMN - 30 * 60_000);
  });
});
