import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { toLunar } from '../../src/lunar/toLunar.js';
import { lunar } from '../support/lunarDates.js';

describe('toLunar', () => {
  it('gives Tết Bính Ngọ 2026 as 1/1/2026', () => {
    expect(toLunar('2026-02-17')).toEqual(lunar(2026, 1, 1));
  });

  it('gives Giỗ Tổ Hùng Vương 2026 as 10/3/2026', () => {
    expect(toLunar('2026-04-26')).toEqual(lunar(2026, 3, 10));
  });

  it('gives the eve of Tết 2026 as 29/12/2025: month 12 has 29 days', () => {
    expect(toLunar('2026-02-16')).toEqual(lunar(2025, 12, 29));
  });

  it('marks the leap month: 2023-03-22 is 1/2 (leap)/2023', () => {
    expect(toLunar('2023-03-22')).toEqual(lunar(2023, 2, 1, true));
    expect(toLunar('2023-03-21')).toEqual(lunar(2023, 2, 30));
  });

  it('counts a day before Tết in the previous lunar year', () => {
    expect(toLunar('2026-01-05')).toEqual(lunar(2025, 11, 17));
  });

  it('starts the range with lunar 1/12/1899 (a new moon on 1900-01-01 at 20:52 in Hanoi)', () => {
    expect(toLunar('1900-01-01')).toEqual(lunar(1899, 12, 1));
    expect(toLunar('1900-01-31')).toEqual(lunar(1900, 1, 1));
  });

  it('reads a Date or DateTime as its day in Asia/Ho_Chi_Minh', () => {
    expect(toLunar(new Date('2026-02-16T17:00:00Z'))).toEqual(lunar(2026, 1, 1)); // 00:00 on 17 Feb in Hanoi
    expect(toLunar(new Date('2026-02-16T16:59:59Z'))).toEqual(lunar(2025, 12, 29));
    expect(toLunar(DateTime.fromISO('2026-04-26T09:00', { zone: 'Asia/Ho_Chi_Minh' }))).toEqual(lunar(2026, 3, 10));
    expect(toLunar(DateTime.fromISO('2026-04-25T20:00', { zone: 'America/New_York' }))).toEqual(lunar(2026, 3, 10));
  });

  it('returns a fresh object each time', () => {
    const a = toLunar('2026-02-17');
    a.day = 99;
    expect(toLunar('2026-02-17').day).toBe(1);
  });
});
