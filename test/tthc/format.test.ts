/**
 * How instants and durations read in explanations: `Thứ Sáu, 13/02/2026 16:30` and
 * `8 giờ 30 phút`.
 */
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { enInstant, hoursText, viInstant } from '../../src/tthc/format.js';

const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' });

describe('viInstant / enInstant', () => {
  test.each([
    ['2026-03-16T08:00', 'Thứ Hai, 16/03/2026 08:00', 'Mon 16/03/2026 08:00'],
    ['2026-03-17T17:05', 'Thứ Ba, 17/03/2026 17:05', 'Tue 17/03/2026 17:05'],
    ['2026-03-18T00:00', 'Thứ Tư, 18/03/2026 00:00', 'Wed 18/03/2026 00:00'],
    ['2026-03-19T09:30', 'Thứ Năm, 19/03/2026 09:30', 'Thu 19/03/2026 09:30'],
    ['2026-02-13T16:30', 'Thứ Sáu, 13/02/2026 16:30', 'Fri 13/02/2026 16:30'],
    ['2026-08-22T07:00', 'Thứ Bảy, 22/08/2026 07:00', 'Sat 22/08/2026 07:00'],
    ['2026-04-26T23:59:07', 'Chủ Nhật, 26/04/2026 23:59:07', 'Sun 26/04/2026 23:59:07'],
    ['0999-01-05T01:02', 'Thứ Bảy, 05/01/0999 01:02', 'Sat 05/01/0999 01:02'],
  ])('%s', (iso, vi, en) => {
    expect(viInstant(at(iso))).toBe(vi);
    expect(enInstant(at(iso))).toBe(en);
  });
  test('milliseconds alone do not show', () => {
    expect(viInstant(at('2026-03-16T08:00:00.250'))).toBe('Thứ Hai, 16/03/2026 08:00');
  });
});

describe('hoursText', () => {
  test.each([
    [0, '0 giờ', '0 h'],
    [60_000, '1 phút', '1 min'],
    [29_999, '0 giờ', '0 h'],
    [30_000, '1 phút', '1 min'],
    [3_600_000, '1 giờ', '1 h'],
    [8 * 3_600_000, '8 giờ', '8 h'],
    [8.5 * 3_600_000, '8 giờ 30 phút', '8 h 30 min'],
    [-2 * 3_600_000, '-2 giờ', '-2 h'],
    [-25 * 3_600_000, '-25 giờ', '-25 h'],
    [-61 * 60_000, '-1 giờ 1 phút', '-1 h 1 min'],
    [-5 * 60_000, '-5 phút', '-5 min'],
    [2000 * 3_600_000, '2000 giờ', '2000 h'],
  ])('%i ms', (ms, vi, en) => {
    expect(hoursText(ms, 'vi')).toBe(vi);
    expect(hoursText(ms, 'en')).toBe(en);
  });
});
