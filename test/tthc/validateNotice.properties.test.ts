/**
 * Properties of validateNotice: it never throws on anything; a valid notice under a valid context
 * (its channels allowed on its day of issue, see `test/support/arbitraries/noticeInForce.ts`) has no issue; each single corruption gives exactly its own code; the result is deterministic;
 * every issue has a known code, a path, and messages in Vietnamese and English.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOTICE_ISSUE_CODES } from '../../src/tthc/notice/types.js';
import type { NoticeContext, NoticeValidation } from '../../src/tthc/notice/types.js';
import { UNCHECKABLE, validateNotice } from '../../src/tthc/notice/validateNotice.js';
import { anyBoxArb, messyNoticeArb } from '../support/arbitraries/notice.js';
import { officeCalendar } from '../support/calendars.js';
import { ALL_CORRUPTIONS, corruptedInForceCaseArb, inForceCaseArb } from '../support/arbitraries/noticeInForce.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const PATH = /^(?:|context|(?:context\.)?[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])*)$/;

/** The shape every result must have, whatever the input. */
function wellFormed(result: NoticeValidation): void {
  expect(result.valid).toBe(result.issues.length === 0);
  for (const issue of result.issues) {
    expect(NOTICE_ISSUE_CODES).toContain(issue.code);
    expect(issue.path).toMatch(PATH);
    expect(issue.message.vi.trim()).not.toBe('');
    expect(issue.message.en.trim()).not.toBe('');
    expect(issue.message.en).not.toContain(UNCHECKABLE.en);
  }
}

/** Contexts of every kind, boxed: anything, hostile values, or objects whose options are anything or sensible values. */
const contextBoxArb: fc.Arbitrary<{ value: unknown }> = fc.oneof(
  anyBoxArb,
  fc
    .record(
      {
        submittedAt: fc.oneof(anyBoxArb, fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((value) => ({ value })), fc.constant({ value: '2026-03-13T20:00' })),
        calendar: fc.oneof(anyBoxArb, fc.constant({ value: officeCalendar })),
        rules: fc.oneof(anyBoxArb, fc.constantFrom('tay-ninh', 'national').map((value) => ({ value }))),
        previousNotices: fc.oneof(
          anyBoxArb,
          fc.array(fc.oneof(anyBoxArb, fc.record({ dossierId: fc.string(), kind: fc.constantFrom('supplement', 'refusal'), issuedAt: anyBoxArb }).map(({ issuedAt, ...rest }) => ({ value: { ...rest, issuedAt: issuedAt.value } })))).map((boxes) => ({ value: boxes.map((b) => b.value) })),
        ),
      },
      { requiredKeys: [] },
    )
    .map((boxes) => ({ value: Object.fromEntries(Object.entries(boxes).map(([key, box]) => [key, box.value])) })),
);

describe('never throws', () => {
  test('on anything (and hostile values) as the notice', () => {
    fc.assert(
      fc.property(anyBoxArb, (notice) => {
        wellFormed(validateNotice(notice.value));
      }),
      RUNS,
    );
  });
  test('on notices with fields replaced by anything or hostile values', () => {
    fc.assert(
      fc.property(messyNoticeArb, (notice) => {
        wellFormed(validateNotice(notice));
      }),
      RUNS,
    );
  });
  test('on arbitrary contexts', () => {
    fc.assert(
      fc.property(fc.oneof(messyNoticeArb, inForceCaseArb.map((c) => c.notice)), contextBoxArb, (notice, context) => {
        wellFormed(validateNotice(notice, context.value as NoticeContext));
      }),
      RUNS,
    );
  });
});

describe('valid notices', () => {
  test('a valid notice under a valid context has no issue', () => {
    fc.assert(
      fc.property(inForceCaseArb, ({ notice, context }) => {
        expect(validateNotice(notice, context)).toEqual({ valid: true, issues: [] });
      }),
      RUNS,
    );
  });
});

describe('single corruptions', () => {
  test('each corruption gives exactly one issue, of its own code', () => {
    fc.assert(
      fc.property(corruptedInForceCaseArb, ({ corruption, notice, context }) => {
        const result = validateNotice(notice, context);
        expect(result.valid, corruption.name).toBe(false);
        expect(result.issues.map((i) => i.code), corruption.name).toEqual([corruption.code]);
        wellFormed(result);
      }),
      RUNS,
    );
  });
  test('the corruptions cover every code', () => {
    expect(new Set(ALL_CORRUPTIONS.map((c) => c.code))).toEqual(new Set(NOTICE_ISSUE_CODES));
  });
  test('every corruption, once each, on one valid case', () => {
    const [valid] = fc.sample(inForceCaseArb, { numRuns: 1, seed: 42 });
    for (const corruption of ALL_CORRUPTIONS) {
      const { notice, context } = corruption.apply(valid!);
      expect(validateNotice(notice, context).issues.map((i) => i.code), corruption.name).toEqual([corruption.code]);
    }
  });
});

describe('determinism', () => {
  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(fc.oneof(anyBoxArb, messyNoticeArb.map((value) => ({ value })), corruptedInForceCaseArb.map((c) => ({ value: c.notice }))), contextBoxArb, (notice, context) => {
        expect(validateNotice(notice.value, context.value as NoticeContext)).toEqual(validateNotice(notice.value, context.value as NoticeContext));
      }),
      RUNS,
    );
  });
});
