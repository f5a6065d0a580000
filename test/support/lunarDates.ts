import type { LunarDate } from '../../src/lunar/index.js';

/** A lunar date written out: `lunar(2026, 1, 1)` is Tết 2026; a leap month with `leap = true`. */
export const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({ year, month, day, leap });
