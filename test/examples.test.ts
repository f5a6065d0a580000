/**
 * Every runnable script in examples/ runs here, against the sources, and its output is checked.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { printedBy } from './support/examples.js';

afterEach(() => vi.restoreAllMocks());

describe('examples', () => {
  test('downstream-tests.mjs: a downstream project tests its workflow with vn-worktime/testing', async () => {
    const out = await printedBy('examples/downstream-tests.mjs');
    expect(out).toContain('Slip: Hạn tiếp nhận: Thứ Ba, 17/03/2026 08:00');
    expect(out).toContain('2026 sources: ');
    expect(out).toContain('4 properties held');
  });

  test('working-calendar.mjs: an 8-hour limit across Tết 2026', async () => {
    const out = await printedBy('examples/working-calendar.mjs');
    expect(out).toContain('Deadline:  2026-02-23T16:30:00.000+07:00');
    expect(out).toContain('Working hours in between: 8');
    expect(out).toContain('Next working day after 13/02: 2026-02-23');
  });
});
