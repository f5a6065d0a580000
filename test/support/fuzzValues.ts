/**
 * Hostile values for the fuzz suite: `fc.anything()` with every option, values that are almost
 * valid (a 30 February, 24:00, an offset of +25:00), numbers at the edges (-0, NaN, ±Infinity,
 * ±8.64e15, huge), Dates at the limits, invalid luxon DateTimes and Durations, Proxies whose
 * traps throw, revoked Proxies, objects with throwing getters, and objects shaped like the
 * library's inputs whose leaves are any of these.
 */
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';

/** What the hostile getters and Proxy traps throw: the caller's own error may pass through. */
export class HostileError extends Error {
  constructor(what: string) {
    super(`hostile ${what}`);
    this.name = 'HostileError';
  }
}

function hostile(what: string): never {
  throw new HostileError(what);
}

/** Lets fast-check print a counterexample without touching the hostile value's traps. */
function labelled<T extends object>(value: T, label: string): T {
  try {
    Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
  } catch {
    // A Proxy that refuses defineProperty: printed by fast-check's fallback.
  }
  return value;
}

/** A Proxy whose every trap throws, except the one fast-check uses to print it. */
function throwingProxy(target: object, label: string): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of [
    'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor',
    'defineProperty', 'set', 'deleteProperty', 'ownKeys', 'apply', 'construct',
  ] as const) {
    (handler as Record<string, unknown>)[trap] = () => hostile(`${label}.${trap}`);
  }
  // fast-check prints counterexamples through these two symbols: let it.
  const printing = (key: PropertyKey): boolean => key === fc.toStringMethod || key === fc.asyncToStringMethod;
  handler.get = (_t, key) => (printing(key) ? () => label : hostile(`${label}.get(${String(key)})`));
  handler.has = (_t, key) => (printing(key) ? true : hostile(`${label}.has(${String(key)})`));
  return new Proxy(target, handler);
}

function revokedProxy(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** An object whose listed properties throw when read, and which also look like real fields. */
function throwingGetters(keys: readonly string[], label: string): object {
  const o: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(o, key, { enumerable: true, get: () => hostile(`${label}.${key}`) });
  return labelled(o, label);
}

/** A Proxy that answers every property read with a valid-looking value, a different one each time. */
function shapeShifter(): object {
  let n = 0;
  const answers = ['2026-03-13T16:45', 8, { hours: 8 }, [['07:00', '17:00']], 'online', undefined, null, '2026-02-30'];
  return new Proxy(
    {},
    {
      get: (_t, key) => (key === fc.toStringMethod || key === fc.asyncToStringMethod ? () => 'shapeShifter' : answers[n++ % answers.length]),
      has: () => true,
      ownKeys: () => ['week', 'mon', 'hours', 'deadline', 'now', 'channel', 'receivedAt', 'workingDays', 'from', 'to'],
      getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: answers[n++ % answers.length] }),
    },
  );
}

/** Strings that are almost valid inputs, or valid in surprising ways. */
export const NEAR_MISS_STRINGS: readonly string[] = [
  '',
  ' ',
  '2026-02-30T09:00',
  '2026-02-29',
  '2025-02-29T09:00',
  '2026-13-01',
  '2026-00-10',
  '2026-03-00',
  '2026-3-9',
  '2026-03-09T24:00',
  '2026-03-09T23:60',
  '2026-03-09T23:59:60',
  '2026-03-09T07:00+25:00',
  '2026-03-09T07:00+07:60',
  '2026-03-09T07:00-00:00',
  '2026-03-09T07:00:00.9999999999Z',
  '2026-03-09T07:00Z ',
  ' 2026-03-09 ',
  '2026-03-09 07:00',
  '2026-03-09t07:00z',
  '+002026-03-09T07:00',
  '-000001-01-01',
  '0000-01-01',
  '0999-12-31',
  '0999-12-31T23:59:59.999Z',
  '1000-01-01',
  '1899-12-31',
  '1900-01-01',
  '1968-01-29',
  '2199-12-31',
  '2200-01-01',
  '2200-01-16',
  '9999-12-31',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999-14:00',
  '10000-01-01',
  '275760-09-13T00:00:00.000Z',
  '2026-W11-5',
  '2026-072',
  // the JavaScript date limit and past it (the zone code overflowed its stack on these)
  '+275760-09-13T00:00',
  '+275760-09-13',
  '-271821-04-20T00:00',
  '+999999-01-01',
  '+275760-09-13T00:00[Asia/Ho_Chi_Minh]',
  // days in every ISO form (read as 00:00 instead of a day), and dates without their day
  '20260310',
  '2026-W11-2',
  '2026W112',
  '2026-069',
  '2026069',
  '2026',
  '2026-03',
  '2026-W11',
  '0900',
  '2026-03-10T09:00[asia/tokyo]',
  '2026-03-10T09:00[Nowhere/Zone]',
  '2026-03-09T07:00[Asia/Ho_Chi_Minh]',
  '13/03/2026',
  '13/03/2026 20:00',
  '2026-03-08T02:30',
  '2026-11-01T01:30',
  '24:00',
  '00:00',
  '25:00',
  '07:60',
  '7:00',
  '07:00:60',
  '07:00:00.5',
  '-01:00',
  'T07:00',
  'PT8H',
  'P1D',
  '8h',
  '1h30m',
  '-2h',
  '0',
  '-0',
  '1e400',
  'NaN',
  'Infinity',
  'now',
  'today',
  'online',
  'fax',
  'Asia/Ho_Chi_Minh',
  'asia/ho_chi_minh',
  'Invalid/Zone',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC+7',
  '+07:00',
  'Etc/GMT-14',
  'system',
  'local',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '\u0000',
  '\uD800',
  '2026-03-09\u200B',
  '２０２６-０３-０９',
  '\n2026-03-09\n',
  'x'.repeat(100_000),
  `2026-03-09T07:00${' '.repeat(100_000)}`,
  `2026-03-09T07:00:00.${'9'.repeat(100_000)}`,
  `${'1'.repeat(50_000)}-03-09`,
];

/** Numbers at the edges. */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1e-300,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
  8.64e15,
  -8.64e15,
  8.64e15 - 1,
  8.639e15,
  8.64e15 + 1,
  -8.64e15 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  4e14,
  4e14 + 1,
  4_000_000,
  4_000_001,
  -4_000_001,
  253_402_300_799_999,
  253_402_300_800_000,
  -30_610_224_000_000,
  -30_610_224_000_001,
  1899,
  1900,
  2199,
  2200,
  999,
  10_000,
  13,
  30,
  31,
  1.5,
];

/** Dates at the limits and beyond. */
function edgeDates(): Date[] {
  return [
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(NaN),
    new Date(0),
    new Date(-1),
    new Date('1000-01-01T00:00:00Z'),
    new Date('0999-12-31T23:59:59.999Z'),
    new Date('9999-12-31T23:59:59.999Z'),
    new Date('+010000-01-01T00:00:00Z'),
    new Date('1899-12-31T17:00:00Z'),
    new Date('2199-12-31T16:59:59.999Z'),
    new Date('2026-03-13T13:45:00Z'),
  ];
}

/** Luxon values: invalid ones, ones at luxon's limits, ones in odd zones, durations with calendar units. */
function luxonValues(): unknown[] {
  return [
    DateTime.invalid('fuzz'),
    DateTime.fromISO('not a date'),
    DateTime.fromISO('2026-02-30T09:00'),
    DateTime.fromMillis(8.64e15),
    DateTime.fromMillis(-8.64e15),
    DateTime.fromMillis(0, { zone: 'UTC+14' }),
    DateTime.fromMillis(0, { zone: 'Invalid/Zone' }),
    DateTime.fromISO('2026-03-13T16:45', { zone: 'Asia/Ho_Chi_Minh' }),
    DateTime.fromISO('2026-03-08T02:30', { zone: 'America/New_York' }),
    DateTime.fromObject({ year: 1000 }, { zone: 'Pacific/Kiritimati' }),
    DateTime.fromObject({ year: 9999, month: 12, day: 31, hour: 23 }, { zone: 'Etc/GMT+12' }),
    Duration.invalid('fuzz'),
    Duration.fromObject({ hours: 8 }),
    Duration.fromObject({ days: 1 }),
    Duration.fromObject({ months: 1 }),
    Duration.fromObject({ hours: -8, minutes: 30 }),
    Duration.fromObject({ milliseconds: 4e14 + 1 }),
    Duration.fromObject({ hours: 1e300 }),
    Duration.fromMillis(-0),
  ];
}

/** Names of the special objects, for counterexamples. */
const LABELS = new WeakMap<object, string>();

/** The labels of the special objects that {@link materialize} put in since the last {@link resetUsed}. */
export const usedLabels = new Set<string>();

export function resetUsed(): void {
  usedLabels.clear();
}

/** {@link materialize} for one call: forgets the labels used before. */
export function fresh(value: unknown): unknown {
  resetUsed();
  return materialize(value);
}

/** Objects that break the usual assumptions about objects. */
function trickyObjects(): unknown[] {
  const cyclic: Record<string, unknown> = { week: {} };
  cyclic['self'] = cyclic;
  (cyclic['week'] as Record<string, unknown>)['mon'] = cyclic;
  const sparse: unknown[] = [];
  sparse[5] = ['07:00', '17:00'];
  const longArray = new Array(100_000).fill('2026-03-13');
  const hugeLength = labelled({ length: 2 ** 32, 0: '2026-03-13' }, 'hugeLength');
  const nullProto = Object.assign(Object.create(null) as object, { week: { mon: [['07:00', '17:00']] }, hours: 8, date: '2026-03-13' });
  const withToJSON = labelled({ toJSON: () => hostile('toJSON'), valueOf: () => hostile('valueOf'), toString: () => hostile('toString') }, 'withToJSON');
  const primitiveLike = labelled({ [Symbol.toPrimitive]: () => hostile('toPrimitive') }, 'primitiveLike');
  const fakeDate = labelled(Object.create(Date.prototype) as object, 'fakeDate');
  const fakeDateTime = labelled(Object.create(DateTime.prototype) as object, 'fakeDateTime');
  const fakeDuration = labelled(Object.create(Duration.prototype) as object, 'fakeDuration');
  // Duck-typed DateTimes (luxon recognises DateTimes by `isLuxonDateTime`, so that copies from
  // two luxon installs mix): at a finite instant, and at NaN (once a stack overflow: test/calendar/nanAndFarInstants.fuzz.test.ts).
  const dateLikeDateTime = labelled({ isLuxonDateTime: true, isValid: true, toMillis: () => 1_773_384_300_000, zone: { name: 'UTC' } }, 'dateLikeDateTime');
  const nanDateTime = labelled({ isLuxonDateTime: true, isValid: true, toMillis: () => NaN }, 'nanDateTime');
  // luxon look-alikes as JSON.parse makes them: luxon's own isDateTime/isDuration accept these
  const jsonDateTime = labelled(JSON.parse('{"isLuxonDateTime":true,"isValid":true}') as object, 'jsonDateTime');
  const jsonDuration = labelled(JSON.parse('{"isLuxonDuration":true,"isValid":true,"values":{"hours":8}}') as object, 'jsonDuration');
  const durationLike = labelled({ isLuxonDuration: true, isValid: true, toObject: () => ({ hours: NaN }), toMillis: () => NaN }, 'durationLike');
  const throwingIterable = labelled({ [Symbol.iterator]: () => hostile('iterator') }, 'throwingIterable');
  const throwingAsyncIterable = labelled({ [Symbol.asyncIterator]: () => hostile('asyncIterator') }, 'throwingAsyncIterable');
  const frozen = Object.freeze({ week: Object.freeze({ mon: Object.freeze([Object.freeze(['07:00', '17:00'])]) }) });
  const inherited = Object.create({ week: { mon: [['07:00', '17:00']] }, deadline: '2026-03-20T17:00', now: '2026-03-19T09:00' }) as object;
  const named: Record<string, unknown> = {
    cyclic,
    sparse,
    longArray,
    hugeLength,
    nullProto,
    withToJSON,
    primitiveLike,
    fakeDate,
    fakeDateTime,
    fakeDuration,
    dateLikeDateTime,
    jsonDateTime,
    jsonDuration,
    nanDateTime,
    durationLike,
    throwingIterable,
    throwingAsyncIterable,
    frozen,
    inherited,
    throwingProxy: throwingProxy({}, 'proxy'),
    throwingArrayProxy: throwingProxy([], 'arrayProxy'),
    throwingFunctionProxy: throwingProxy(() => {}, 'functionProxy'),
    revokedProxy: revokedProxy({}),
    revokedArrayProxy: revokedProxy([]),
    shapeShifter: shapeShifter(),
    specGetters: throwingGetters(['week', 'zone', 'holidays', 'workdays', 'hours', 'date', 'name'], 'specGetters'),
    lunarGetters: throwingGetters(['year', 'month', 'day', 'leap'], 'lunarGetters'),
    durationGetters: throwingGetters(['hours', 'minutes', 'seconds', 'milliseconds'], 'durationGetters'),
    optionGetters: throwingGetters(['calendar', 'limit', 'offHoursGrace', 'pauses', 'extensions', 'now'], 'optionGetters'),
    recordGetters: throwingGetters(['channel', 'receivedAt', 'id', 'deadline', 'acceptedAt', 'period', 'completedAt'], 'recordGetters'),
    periodGetters: throwingGetters(['workingDays', 'workingHours', 'reason', 'from', 'to', 'legacyLevel', 'onlineInfo'], 'periodGetters'),
    rangeGetter: Object.defineProperty(['07:00', '17:00'], 0, { get: () => hostile('range[0]') }),
    // An array Proxy whose length is 2^53: Array.prototype.map and friends throw a RangeError
    // ('Invalid array length') on it, which the harness accepts for this value only.
    lyingLength: new Proxy(['07:00', '17:00'], { get: (t, k) => (k === 'length' ? 2 ** 53 : Reflect.get(t, k)) }),
    map: new Map([['week', { mon: [['07:00', '17:00']] }]]),
    set: new Set(['2026-03-13']),
    typedArray: new Uint8Array(4),
    boxedString: new String('2026-03-13'),
    boxedNumber: new Number(8),
    boxedBoolean: new Boolean(true),
    boxedSymbol: Object(Symbol('s')),
    boxedBigInt: Object(10n),
    regexp: /2026-03-13/,
    error: new Error('2026-03-13'),
    promise: Promise.resolve('2026-03-13'),
    argumentsObject: (function args() {
      // eslint-disable-next-line prefer-rest-params
      return arguments;
    })(),
    arrowFunction: () => '2026-03-13',
    classValue: class {},
    symbol: Symbol('2026-03-13'),
    bigint: 10n,
    negativeZeroBigInt: -0n,
    true: true,
    false: false,
    null: null,
    undefined,
  };
  return Object.entries(named).map(([label, value]) => {
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') LABELS.set(value, label);
    return value;
  });
}

/** A fresh set of the special values (some are stateful, so each property builds its own). */
export function specialValues(): unknown[] {
  return [...NEAR_MISS_STRINGS, ...EDGE_NUMBERS, ...edgeDates(), ...luxonValues(), ...trickyObjects()];
}

/** Keys that the library reads, so that random objects hit its code paths. */
export const API_KEYS: readonly string[] = [
  'week', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'zone', 'holidays', 'workdays', 'date', 'name', 'hours',
  'minutes', 'seconds', 'milliseconds', 'days', 'year', 'month', 'day', 'leap', 'saturday', 'schedules', 'status',
  'daysOff', 'sources', 'kind', 'source', 'vi', 'en', 'tet', 'nationalDay', 'swaps', 'notes', 'off', 'work', 'calendar',
  'limit', 'offHoursGrace', 'channel', 'receivedAt', 'id', 'dossierId', 'issuedAt', 'content', 'reason', 'guidance',
  'authority', 'channels', 'type', 'to', 'from', 'submittedAt', 'previousNotices', 'onlineInfo', 'onlineSubmission',
  'onlineProcessing', 'result', 'legacyLevel', 'workingDays', 'workingHours', 'pauses', 'extensions', 'deadline',
  'completedAt', 'now', 'acceptedAt', 'period', 'lang', 'length',
  // Named like Object.prototype members: a lookup in a plain object finds those (test/time/prototypeKeyNames.fuzz.test.ts).
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toJSON', 'then',
];

/**
 * A placeholder for a special value inside a generated structure. fast-check inspects the values
 * it generates (it looks for a clone method on each), which the hostile Proxies would not
 * survive; so arbitraries generate placeholders and {@link materialize} swaps the real values in
 * just before the call.
 */
export class Special {
  constructor(readonly index: number) {
    Object.defineProperty(this, fc.toStringMethod, { value: () => this.describe(), enumerable: false });
  }

  describe(): string {
    try {
      return this.#describe();
    } catch {
      return `special#${this.index}`;
    }
  }

  #describe(): string {
    const v = SPECIALS[this.index];
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...(${v.length})` : v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Date) return `new Date(${Number.isNaN(v.getTime()) ? 'NaN' : JSON.stringify(v.toISOString())})`;
    if (DateTime.isDateTime(v)) return v.isValid ? `DateTime(${v.toISO() ?? ''}, ${v.zoneName ?? ''})` : `DateTime.invalid(${v.invalidReason ?? ''})`;
    if (Duration.isDuration(v)) return v.isValid ? `Duration(${JSON.stringify(v.toObject())})` : 'Duration.invalid';
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') return LABELS.get(v) ?? `special#${this.index}`;
    return `special#${this.index}: ${String(v)}`;
  }
}

/** The special values, built once. */
export const SPECIALS: readonly unknown[] = specialValues();

/** One special value (as a placeholder). */
export function specialArb(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 0, max: SPECIALS.length - 1 }).map((i) => new Special(i));
}

/**
 * A copy of a generated value with every {@link Special} replaced by its value. Plain objects
 * (also null-prototype ones) and arrays (also sparse ones) are copied; other objects (Map, Set,
 * typed arrays, boxed values, Dates) are kept as generated.
 */
export function materialize(value: unknown): unknown {
  if (value instanceof Special) {
    const real = SPECIALS[value.index];
    if ((typeof real === 'object' && real !== null) || typeof real === 'function') {
      const label = LABELS.get(real);
      if (label !== undefined) usedLabels.add(label);
    }
    return real;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (const key of Object.keys(value)) copy[Number(key)] = materialize(value[Number(key)]);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const copy = Object.create(proto) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, { value: materialize((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}

const anythingOptions = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  // Any code unit, lone surrogates included (what the deprecated withUnicodeString widened to).
  stringUnit: 'binary',
  maxDepth: 3,
  maxKeys: 6,
} as const;

/**
 * Any value: `fc.anything` with every option; the same with the library's own keys and the
 * special values as leaves (structures such as `{ week: { mon: [['24:00', NaN]] } }`); or a special
 * value on its own.
 */
export function hostileArb(): fc.Arbitrary<unknown> {
  const special = specialArb();
  const leaves = [special, fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(undefined), fc.constant(null)];
  return fc.oneof(
    { weight: 3, arbitrary: fc.anything(anythingOptions) },
    {
      weight: 4,
      arbitrary: fc.anything({
        ...anythingOptions,
        key: fc.oneof(fc.constantFrom(...API_KEYS), fc.string({ maxLength: 6 })),
        values: leaves,
      }),
    },
    { weight: 3, arbitrary: special },
  );
}
