/**
 * Compiled zones that repeat the year before: the transitions of 1800–2100 are the same whether
 * each ~398-day block is sampled every week or found from the year before and checked every four
 * weeks, in zones whose changes are short-lived (a summer time undone after three weeks, cut by
 * Ramadan, cancelled after a week) or one-off (a day skipped, local mean time given up), and
 * whatever the order the blocks are compiled in.
 */
import { IANAZone } from 'luxon';
import { describe, expect, test, vi } from 'vitest';

const WEEK = 7 * 86_400_000;
const BLOCK = 2 ** 35;
const FROM = Date.UTC(1799, 11, 31);
const TO = Date.UTC(2100, 11, 31);
const ZONES = [
  'Europe/Paris',
  'America/Los_Angeles',
  'Australia/Lord_Howe',
  'Asia/Ho_Chi_Minh',
  // A summer time of three weeks (2007–2008), and one of three weeks in 1933.
  'America/Argentina/San_Luis',
  'Pacific/Honolulu',
  // A summer time cancelled after a week (October 2000).
  'America/Noronha',
  // Summer time suspended during Ramadan, resumed for a week some years, up to 2086.
  'Asia/Gaza',
  'Africa/Casablanca',
  'Europe/Moscow',
  // A day skipped (2011) or repeated (1844).
  'Pacific/Apia',
  'Asia/Manila',
];

type Transition = [at: number, before: number, after: number];

/** The offset Intl gives, in ms (`GMT`, `GMT+07:00`, `GMT-00:09:21`). */
function intlOffset(format: Intl.DateTimeFormat, t: number): number {
  const text = format.format(t);
  const m = /GMT(?:([+\u2212-])(\d+)(?::(\d+))?(?::(\d+))?)?$/.exec(text);
  if (m === null) throw new Error(`unexpected offset text ${text}`);
  if (m[1] === undefined) return 0;
  const sign = m[1] === '+' ? 1 : -1;
  return sign * ((Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** The reference: every block sampled every week, each change bisected to the millisecond. */
function weekly(name: string): Transition[] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: name, second: 'numeric', timeZoneName: 'longOffset' });
  const offset = (t: number): number => intlOffset(format, t);
  const found: Transition[] = [];
  const bisect = (lo: number, oLo: number, hi: number, oHi: number): void => {
    let a = lo;
    let b = hi;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (offset(mid) === oLo) a = mid;
      else b = mid;
    }
    const oB = offset(b);
    found.push([b, oLo, oB]);
    if (oB !== oHi) bisect(b, oB, hi, oHi);
  };
  for (let i = Math.floor(FROM / BLOCK); i <= Math.floor(TO / BLOCK); i++) {
    const start = i * BLOCK;
    const end = start + BLOCK;
    let prevT = start - 1;
    let prevO = offset(prevT);
    for (let t = start; ; t = Math.min(t + WEEK, end - 1)) {
      const o = offset(t);
      if (o !== prevO) bisect(prevT, prevO, t, o);
      prevT = t;
      prevO = o;
      if (t === end - 1) break;
    }
  }
  return found.filter(([t]) => t > FROM && t <= TO);
}

/** A fresh copy of the zone module: no block compiled yet. */
async function freshZone(name: string): Promise<import('../../src/time/zone.js').CompiledZone> {
  vi.resetModules();
  const { CompiledZone } = await import('../../src/time/zone.js');
  return CompiledZone.get(name);
}

function listed(zone: import('../../src/time/zone.js').CompiledZone): Transition[] {
  return zone.transitionsBetween(FROM, TO).map((t) => [t, zone.offsetMs(t - 1), zone.offsetMs(t)]);
}

/** Counts the calls of Intl.DateTimeFormat's `format` during `fn`. */
function intlCalls(fn: () => void): number {
  const proto = Intl.DateTimeFormat.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'format') as PropertyDescriptor;
  let calls = 0;
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      calls++;
      return (own.get as () => unknown).call(this);
    },
  });
  try {
    fn();
  } finally {
    Object.defineProperty(proto, 'format', own);
  }
  return calls;
}

describe('blocks found from the year before', () => {
  test.each(ZONES)('%s: the transitions of weekly sampling, in any order', async (name) => {
    const expected = weekly(name);
    expect(expected.length).toBeGreaterThan(0);

    const inOrder = await freshZone(name);
    expect(listed(inOrder)).toEqual(expected);

    // Blocks compiled out of order first, then the rest from the year before.
    const scattered = await freshZone(name);
    for (let k = 0; k < 40; k++) scattered.offsetMs(FROM + ((k * 7919) % 40) * ((TO - FROM) / 40));
    expect(listed(scattered)).toEqual(expected);

    // And luxon agrees on either side of each.
    const iana = IANAZone.create(name);
    for (const [t, before, after] of expected.slice(-40)) {
      expect(Math.round(iana.offset(t - 1) * 60_000)).toBe(before);
      expect(Math.round(iana.offset(t) * 60_000)).toBe(after);
    }
  });

  test('a sweep over 1800–2100 asks Intl far less than once a week', async () => {
    const weeks = (TO - FROM) / WEEK;
    for (const [name, share] of [['Asia/Ho_Chi_Minh', 0.3], ['Europe/Paris', 0.4]] as const) {
      const zone = await freshZone(name);
      const calls = intlCalls(() => zone.transitionsBetween(FROM, TO));
      expect(calls).toBeLessThan(weeks * share);
    }
  });

  test('offsets of every zone from 1800 to 2000 equal luxon', async () => {
    const { CompiledZone } = await import('../../src/time/zone.js');
    const wrong: string[] = [];
    for (const name of Intl.supportedValuesOf('timeZone')) {
      const compiled = CompiledZone.get(name);
      const iana = IANAZone.create(name);
      for (let k = 0; k < 4; k++) {
        const t = Date.UTC(1800, 0, 1) + ((k * 104_729 + name.length * 7_919) % 200) * 365.2425 * 86_400_000 + k * 3_600_000;
        if (compiled.offset(t) !== iana.offset(t)) wrong.push(`${name} at ${new Date(t).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
