/**
 * The DateTimes and durations at the edges of a calendar: a returned DateTime is the one luxon
 * builds itself for the same instant and zone (fields, offset, zone, locale), in every kind of
 * zone and across the supported years; a luxon Duration given again and again is read once.
 */
import { DateTime, Duration } from 'luxon';
import { describe, expect, test } from 'vitest';
import { WorkingCalendar } from '../../src/calendar/index.js';
import { toMillis } from '../../src/time/duration.js';
import { toDateTime } from '../../src/time/instant.js';
import { CompiledZone } from '../../src/time/zone.js';
import { thrown } from '../support/arbitraries/outcomes.js';

const HOUR = 3_600_000;
/**
 * Zones of every kind: no change since 1975, summer time, half-hour summer time, offsets of
 * +14 and -12, local mean time with seconds before 1911 (Paris, Monrovia), a day skipped (Apia).
 */
const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Africa/Monrovia', 'Pacific/Apia', 'UTC'];

/** A fixed pseudo-random sequence of instants in `[from, to)`, at any millisecond. */
function* instants(from: number, to: number, n: number): Generator<number> {
  let x = 987654;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
  for (let i = 0; i < n; i++) yield from + Math.floor((next() + next() / 2 ** 31) * (to - from));
}

/** What a DateTime shows of itself. */
function facts(dt: DateTime): unknown {
  return {
    valid: dt.isValid,
    millis: dt.toMillis(),
    offset: dt.offset,
    fields: dt.toObject(),
    iso: dt.toISO(),
    zone: dt.zoneName,
    locale: dt.locale,
    numbering: dt.numberingSystem,
    calendar: dt.outputCalendar,
    weekday: dt.weekday,
    ordinal: dt.ordinal,
  };
}

describe('returned DateTimes are the ones luxon builds', () => {
  test.each(ZONES)('%s: instants across 1000–9999, and around its transitions', (name) => {
    const zone = CompiledZone.get(name);
    const checked: number[] = [...instants(Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31), 400), ...instants(Date.UTC(1800, 0, 1), Date.UTC(2100, 0, 1), 400)];
    for (const t of zone.transitionsBetween(Date.UTC(1850, 0, 1), Date.UTC(2030, 0, 1)).slice(0, 60)) checked.push(t - 1, t, t + 1, t + HOUR);
    for (const t of checked) {
      const dt = toDateTime(t, zone);
      expect(dt.zone).toBe(zone);
      expect(facts(dt)).toEqual(facts(DateTime.fromMillis(t, { zone })));
    }
  });

  test('instants before the year 0 and at the ends of the range of dates', () => {
    const zone = CompiledZone.get('Europe/Paris');
    for (const t of [Date.UTC(-100, 5, 1, 12, 34, 56, 789), Date.UTC(-1, 11, 31, 23, 59, 59, 999), Date.UTC(0, 0, 1), Date.UTC(0, 2, 1) - 1, -8.64e15 + 3 * 86_400_000, 8.64e15 - 3 * 86_400_000]) {
      expect(facts(toDateTime(t, zone))).toEqual(facts(DateTime.fromMillis(t, { zone })));
    }
  });

  test('a calendar returns them in its zone, with the instant of calendar.epoch', () => {
    for (const name of ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'Australia/Lord_Howe']) {
      const cal = WorkingCalendar.create({ zone: name, week: { mon: [['07:00', '11:30'], ['13:30', '17:00']], sat: [['00:00', '24:00']] } });
      for (const t of instants(Date.UTC(1900, 0, 1), Date.UTC(2200, 0, 1), 50)) {
        const dt = cal.addWorkingTime(t, 8 * HOUR);
        expect(dt.zoneName).toBe(name);
        expect(facts(dt)).toEqual(facts(DateTime.fromMillis(cal.epoch.addWorkingTime(t, 8 * HOUR), { zone: name })));
        expect(facts(cal.addWorkingTime(DateTime.fromMillis(t, { zone: 'UTC' }), Duration.fromObject({ hours: 8 })))).toEqual(facts(dt));
      }
    }
  });
});

describe('a luxon Duration given again', () => {
  test('gives the same milliseconds, and another Duration its own', () => {
    const eight = Duration.fromObject({ hours: 8 });
    expect(toMillis(eight, 'd')).toBe(8 * HOUR);
    expect(toMillis(eight, 'd')).toBe(8 * HOUR);
    expect(toMillis(Duration.fromObject({ minutes: 90 }), 'd')).toBe(90 * 60_000);
    expect(toMillis(eight, 'd')).toBe(8 * HOUR);
    expect(toMillis(Duration.fromObject({ hours: 8 }), 'd')).toBe(8 * HOUR);
    expect(toMillis(Duration.fromObject({ milliseconds: 1.6 }), 'd')).toBe(2);
  });

  test('an invalid or refused one is refused every time', () => {
    const invalid = Duration.invalid('broken');
    const days = Duration.fromObject({ days: 1 });
    for (let i = 0; i < 2; i++) {
      expect(thrown(() => toMillis(invalid, 'd')).code).toBe('INVALID_DURATION');
      expect(thrown(() => toMillis(days, 'd')).code).toBe('INVALID_DURATION');
    }
    const far = Duration.fromObject({ hours: 1e11 });
    expect(thrown(() => toMillis(far, 'd')).message).toMatch(/longer than the supported span of years/);
    expect(thrown(() => toMillis(far, 'd')).code).toBe('INVALID_DURATION');
    expect(thrown(() => toMillis(undefined, 'd')).code).toBe('INVALID_DURATION');
  });
});
