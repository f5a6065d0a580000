/**
 * classifyService: the level of an online public service per Nghị định 42/2022/NĐ-CP, Điều 11
 * (docs/domain.md §6). Toàn trình (full): information, submission and processing online and the
 * result returned online or by public postal service; một phần (partial): otherwise with online
 * submission; not online without online submission. Legacy mức độ 4 → full, 3 → partial, 1–2 →
 * not online.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorktimeError } from '../../src/errors.js';
import { classifyService } from '../../src/tthc/service/classifyService.js';
import type { ServiceLevel, ServiceResultDelivery } from '../../src/tthc/service/classifyService.js';
import { RESULT_DELIVERIES, serviceFeaturesArb } from '../support/arbitraries/service.js';

/** Every combination of the three flags, with every way of returning the result. */
const TABLE: Array<[onlineInfo: boolean, onlineSubmission: boolean, onlineProcessing: boolean, result: ServiceResultDelivery, level: ServiceLevel]> = [
  [true, true, true, 'online', 'full'],
  [true, true, true, 'postal', 'full'],
  [true, true, true, 'in-person', 'partial'],
  [true, true, false, 'online', 'partial'],
  [true, true, false, 'postal', 'partial'],
  [true, true, false, 'in-person', 'partial'],
  [true, false, true, 'online', 'not-online'],
  [true, false, true, 'postal', 'not-online'],
  [true, false, true, 'in-person', 'not-online'],
  [true, false, false, 'online', 'not-online'],
  [true, false, false, 'postal', 'not-online'],
  [true, false, false, 'in-person', 'not-online'],
  [false, true, true, 'online', 'partial'],
  [false, true, true, 'postal', 'partial'],
  [false, true, true, 'in-person', 'partial'],
  [false, true, false, 'online', 'partial'],
  [false, true, false, 'postal', 'partial'],
  [false, true, false, 'in-person', 'partial'],
  [false, false, true, 'online', 'not-online'],
  [false, false, true, 'postal', 'not-online'],
  [false, false, true, 'in-person', 'not-online'],
  [false, false, false, 'online', 'not-online'],
  [false, false, false, 'postal', 'not-online'],
  [false, false, false, 'in-person', 'not-online'],
];

describe('the features of a service (NĐ 42/2022, Điều 11 khoản 1)', () => {
  test.each(TABLE)('info %s, submission %s, processing %s, result %s → %s', (onlineInfo, onlineSubmission, onlineProcessing, result, level) => {
    expect(classifyService({ onlineInfo, onlineSubmission, onlineProcessing, result })).toBe(level);
  });

  test('the table covers every combination once', () => {
    expect(new Set(TABLE.map((row) => row.slice(0, 4).join())).size).toBe(2 * 2 * 2 * RESULT_DELIVERIES.length);
  });

  test('property: full ⇔ all online and the result online or by post; not online ⇔ no online submission', () => {
    fc.assert(
      fc.property(serviceFeaturesArb, (s) => {
        const level = classifyService(s);
        expect(level === 'full').toBe(s.onlineInfo && s.onlineSubmission && s.onlineProcessing && s.result !== 'in-person');
        expect(level === 'not-online').toBe(!s.onlineSubmission);
      }),
    );
  });
});

describe('legacy levels (mức độ 1–4)', () => {
  test.each<[1 | 2 | 3 | 4, ServiceLevel]>([
    [4, 'full'],
    [3, 'partial'],
    [2, 'not-online'],
    [1, 'not-online'],
  ])('mức độ %i → %s', (legacyLevel, level) => {
    expect(classifyService({ legacyLevel })).toBe(level);
  });
});

describe('invalid input throws INVALID_ARGUMENT with a clear message', () => {
  const full = { onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' };
  test.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /Expected the service of classifyService to be .*legacyLevel.*, got undefined/],
    ['null', null, /got null/],
    ['a number', 4, /got 4/],
    ['a string', 'toàn trình', /got "toàn trình"/],
    ['an array', [true, true, true, 'online'], /got an array/],
    ['an empty object', {}, /Expected the service of classifyService to be/],
    ['legacy level 0', { legacyLevel: 0 }, /Expected `legacyLevel` of classifyService to be 1, 2, 3 or 4, got 0/],
    ['legacy level 5', { legacyLevel: 5 }, /got 5/],
    ['legacy level as text', { legacyLevel: '4' }, /got "4"/],
    ['legacy level 3.5', { legacyLevel: 3.5 }, /got 3.5/],
    ['a flag that is not a boolean', { ...full, onlineInfo: 'yes' }, /Expected `onlineInfo` of classifyService to be true or false, got "yes"/],
    ['a missing flag', { onlineInfo: true, onlineSubmission: true, result: 'online' }, /`onlineProcessing` of classifyService to be true or false, got undefined/],
    ['an unknown result', { ...full, result: 'email' }, /Expected `result` of classifyService to be 'online', 'postal' or 'in-person', got "email"/],
    ['a missing result', { onlineInfo: true, onlineSubmission: true, onlineProcessing: true }, /`result`.*got undefined/],
    ['both shapes at once', { ...full, legacyLevel: 4 }, /not both shapes at once/],
  ])('%s', (_, input, message) => {
    let error: unknown;
    try {
      classifyService(input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorktimeError);
    expect((error as WorktimeError).code).toBe('INVALID_ARGUMENT');
    expect((error as WorktimeError).message).toMatch(message);
  });
});
