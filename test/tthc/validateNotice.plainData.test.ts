/**
 * The reading contract of validateNotice: the notice and its context are read once into plain
 * data, and only that data is checked. So a frozen deep copy, the original and a Proxy that
 * counts reads all give the same result, and no property is read twice (not even one reached
 * again through a shared object, such as the notice listed among the previous notices).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NoticeContext } from '../../src/tthc/notice/types.js';
import { validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { anythingArb, corruptedCaseArb, validCaseArb, validNoticeArb } from '../support/arbitraries/notice.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
const FIELDS = ['dossierId', 'kind', 'issuedAt', 'content', 'reason', 'guidance', 'authority', 'channels'];

/** Arrays and plain objects are copied and proxied; Dates, DateTimes and calendars are kept as they are. */
const isPlain = (value: unknown): value is object => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

/** A frozen deep copy that keeps shared objects shared, and getters as getters (never called). */
function frozenCopy<T>(value: T, copies = new Map<object, object>()): T {
  if (!isPlain(value)) return value;
  const known = copies.get(value);
  if (known) return known as T;
  const copy: object = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value) as object | null);
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if ('value' in descriptor) descriptor.value = frozenCopy(descriptor.value, copies);
    Object.defineProperty(copy, key, descriptor);
  }
  return Object.freeze(copy) as T;
}

/** Wraps values in Proxies that count each read (`get`) of each property, the same Proxy for the same object. */
function readCounter(): { wrap: <T>(value: T) => T; mostReads: () => number } {
  const reads = new Map<object, Map<PropertyKey, number>>();
  const proxies = new WeakMap<object, object>();
  const wrap = <T>(value: T): T => {
    if (!isPlain(value)) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get: (target, key, receiver) => {
          const counts = reads.get(target) ?? new Map<PropertyKey, number>();
          reads.set(target, counts.set(key, (counts.get(key) ?? 0) + 1));
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy as T;
  };
  return { wrap, mostReads: () => Math.max(0, ...[...reads.values()].flatMap((counts) => [...counts.values()])) };
}

/** Valid and corrupted cases, and notices with fields replaced by anything (shared objects included). */
const caseArb: fc.Arbitrary<{ notice: unknown; context: unknown }> = fc.oneof(
  validCaseArb,
  corruptedCaseArb,
  fc.tuple(validNoticeArb, fc.dictionary(fc.constantFrom(...FIELDS), anythingArb)).map(([{ notice }, patch]) => {
    const shared = { ...notice, ...patch };
    return { notice: shared, context: { previousNotices: [shared, patch, patch] } };
  }),
);

describe('validateNotice reads its input once, into plain data', () => {
  test('a frozen deep copy, the original and a read-counting Proxy give the same result; no property is read twice', () => {
    fc.assert(
      fc.property(caseArb, ({ notice, context }) => {
        const expected = validateNotice(notice, context as NoticeContext);
        const [frozenNotice, frozenContext] = frozenCopy([notice, context]);
        expect(validateNotice(frozenNotice, frozenContext as NoticeContext)).toEqual(expected);
        const counter = readCounter();
        expect(validateNotice(counter.wrap(notice), counter.wrap(context) as NoticeContext)).toEqual(expected);
        expect(counter.mostReads()).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});
