/**
 * ndjsonLine writes, field by field, exactly what JSON.stringify of the row with its added fields
 * would write: the input's deadline takes its computed value in place, an input key named like
 * another added field is kept as `<key> (input)`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ndjsonLine } from '../../src/cli/batch/rows.js';
import type { Outcome } from '../../src/cli/batch/dossier.js';

const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  fc.record({
    ok: fc.constant(true as const),
    channel: fc.constantFrom('online' as const, 'direct' as const, 'postal' as const),
    deadline: fc.option(fc.constant('2026-03-16T17:00:00.000+07:00'), { nil: null }),
    dueDate: fc.option(fc.constant('2026-03-16'), { nil: null }),
    status: fc.constantFrom('early' as const, 'on-time' as const, 'late' as const, 'in-progress' as const, 'overdue' as const, 'waiting' as const),
    marginMs: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
    provisional: fc.boolean(),
    violations: fc.array(fc.constantFrom('REPEATED_SUPPLEMENT', 'EXTENSION_NOTICE_LATE')),
  }),
  fc.record({ ok: fc.constant(false as const), code: fc.string(), path: fc.string(), message: fc.record({ vi: fc.string(), en: fc.string() }) }),
);

describe('ndjsonLine', () => {
  test('equals JSON.stringify of the input object with the added fields', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom('id', 'deadline', 'status', 'error', '__proto__', 'violations'), fc.string()), fc.jsonValue()), outcomeArb, fc.nat(), (values, outcome, line) => {
        const row = { values, line };
        const added = outcome.ok
          ? {
              deadline: outcome.deadline,
              dueDate: outcome.dueDate,
              status: outcome.status,
              marginHours: outcome.marginMs === null ? null : Math.round((outcome.marginMs / 3_600_000) * 10_000) / 10_000 || 0,
              provisional: outcome.provisional,
              violations: outcome.violations,
            }
          : { error: { code: outcome.code, path: outcome.path, message: outcome.message, line } };
        // The input with its keys named like added fields (but deadline) renamed, in place.
        const input: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(values)) {
          const renamed = ['dueDate', 'status', 'marginHours', 'provisional', 'violations', 'error'].includes(k) ? `${k} (input)` : k;
          Object.defineProperty(input, renamed, { value: v, enumerable: true, writable: true, configurable: true });
        }
        const expected = { ...input, ...added };
        expect(ndjsonLine(row, outcome)).toBe(`${JSON.stringify(expected)}\n`);
        for (const [k, v] of Object.entries(values)) {
          const parsed = JSON.parse(ndjsonLine(row, outcome)) as Record<string, unknown>;
          const kept = ['dueDate', 'status', 'marginHours', 'provisional', 'violations', 'error'].includes(k);
          if (k !== 'deadline' || !outcome.ok) expect(JSON.stringify(kept ? parsed[`${k} (input)`] : parsed[k])).toBe(JSON.stringify(v)); // nothing of the input is lost
        }
      }),
      { numRuns: 500 },
    );
  });

  test('strings that JSON escapes are escaped as JSON.stringify does (quotes, backslashes, controls, lone surrogates)', () => {
    const values = { a: 'say "hi"', b: 'C:\\x', c: 'line\nbreak\t', d: '\ud800 lone', e: '\u2028 sep', f: 'Trực tuyến 😀', g: '\u0000' };
    const outcome = { ok: false as const, code: 'X', path: 'p', message: { vi: 'm', en: 'n' } };
    expect(ndjsonLine({ values, line: 1 }, outcome)).toBe(`${JSON.stringify({ ...values, error: { code: 'X', path: 'p', message: { vi: 'm', en: 'n' }, line: 1 } })}\n`);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit: 'binary' })), (v) => {
        expect(ndjsonLine({ values: v, line: 2 }, outcome)).toBe(`${JSON.stringify(Object.assign(Object.fromEntries(Object.entries(v).map(([k, x]) => [['dueDate', 'status', 'marginHours', 'provisional', 'violations', 'error'].includes(k) ? `${k} (input)` : k, x])), { error: { code: 'X', path: 'p', message: { vi: 'm', en: 'n' }, line: 2 } }))}\n`);
      }),
    );
  });
});
