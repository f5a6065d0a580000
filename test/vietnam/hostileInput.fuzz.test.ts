/**
 * Fuzzing of `vn-worktime/vietnam`: every function, every argument position, plus valid skeletons
 * with one hostile part. See test/support/fuzzHarness.ts for what is checked.
 */
import { describe, it } from 'vitest';
import {
  civilServiceCalendar,
  officialSchedule,
  publicHolidays,
  scheduleFromDecision,
  toICS,
} from '../../src/vietnam/index.js';
import { RUNS, fuzzPositions, fuzzShapes } from '../support/fuzzHarness.js';

const schedule2026 = officialSchedule(2026);

describe('fuzz: vietnam', () => {
  it('publicHolidays', () => fuzzPositions([2026], ([y]) => publicHolidays(y as never), {}, RUNS * 2));
  it('officialSchedule', () => fuzzPositions([2026], ([y]) => officialSchedule(y as never), {}, RUNS * 2));
  it('civilServiceCalendar', () => fuzzPositions([{ saturday: [['07:30', '11:30']] }], ([o]) => civilServiceCalendar(o as never)));
  it('civilServiceCalendar: one hostile option', () => {
    fuzzShapes(
      [
        (v) => ({ hours: v }),
        (v) => ({ hours: [v] }),
        (v) => ({ hours: [['07:00', v]] }),
        (v) => ({ saturday: v }),
        (v) => ({ zone: v }),
        (v) => ({ schedules: v }),
        (v) => ({ schedules: [v] }),
        (v) => ({ schedules: [{ ...schedule2026, year: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, status: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: v }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: [v] }] }),
        (v) => ({ schedules: [{ ...schedule2026, daysOff: [{ ...schedule2026.daysOff[0], date: v }] }] }),
        (v) => ({ schedules: [{ ...schedule2026, workdays: [{ ...schedule2026.workdays[0], date: v }] }] }),
        (v) => ({ schedules: [{ ...schedule2026, sources: v }] }),
      ],
      (o) => civilServiceCalendar(o as never),
      {},
      RUNS * 2,
    );
  });
  it('scheduleFromDecision', () => {
    fuzzPositions([{ year: 2027, sources: ['x'] }], ([d]) => scheduleFromDecision(d as never));
    fuzzShapes(
      [
        (v) => ({ year: v, sources: ['x'] }),
        (v) => ({ year: 2027, sources: v }),
        (v) => ({ year: 2027, sources: ['x'], tet: v }),
        (v) => ({ year: 2027, sources: ['x'], tet: { days: v, source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], tet: { days: ['2027-02-05', v], source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], nationalDay: { date: v, source: 'x' } }),
        (v) => ({ year: 2027, sources: ['x'], swaps: v }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [v] }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [{ off: v, work: '2027-01-09', source: 'x' }] }),
        (v) => ({ year: 2027, sources: ['x'], swaps: [{ off: '2027-01-04', work: v, source: 'x' }] }),
        (v) => ({ year: 2027, sources: ['x'], notes: v }),
      ],
      (d) => scheduleFromDecision(d as never),
      {},
      RUNS * 2,
    );
  });
  it('toICS', () => {
    fuzzPositions([publicHolidays(2026), { lang: 'en' }], ([input, options]) => toICS(input as never, options as never));
    fuzzShapes(
      [
        (v) => [v],
        (v) => [{ date: v, name: { vi: 'a', en: 'b' }, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: v, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: { vi: v, en: 'b' }, kind: 'statutory' }],
        (v) => [{ date: '2026-01-01', name: { vi: 'a', en: 'b' }, kind: v }],
        (v) => ({ ...schedule2026, workdays: [v] }),
      ],
      (input) => toICS(input as never),
    );
  });
});
