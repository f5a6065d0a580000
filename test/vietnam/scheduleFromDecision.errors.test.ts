/**
 * The errors of `scheduleFromDecision` word for word (code, message, details), each naming the
 * path of the offending value (`decision.tet.days[1]`, `decision.swaps[0].occasion`), and the
 * optional parts of a decision: a decision without `tet` or `nationalDay` takes those days from
 * the provisional rules. The existing suites check the codes of a few cases only; mutation
 * testing showed that changed paths and messages, and some skipped checks, went unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { officialSchedule, scheduleFromDecision } from '../../src/vietnam/index.js';
import type { ScheduleDecision } from '../../src/vietnam/index.js';
import { emptyText, failure, invalidArgument, invalidDate } from '../support/arbitraries/outcomes.js';


const SOURCE = 'Thông báo 2027/TB-BNV';
const TET_2027 = { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: SOURCE };
const SWAP = { off: '2027-09-03', work: '2027-09-11', occasion: { vi: 'Quốc khánh', en: 'National Day' }, source: SOURCE };

function decisionFailure(changes: Record<string, unknown>): ReturnType<typeof failure> {
  return failure(() => scheduleFromDecision({ year: 2027, sources: [SOURCE], ...changes } as never));
}


describe('scheduleFromDecision: errors word for word', () => {
  it('a decision that is not an object', () => {
    expect(failure(() => scheduleFromDecision('Tết 2027' as never))).toEqual(
      invalidArgument('decision', 'a decision { year, sources, tet?, nationalDay?, swaps? }', '"Tết 2027"', 'Tết 2027'),
    );
  });

  it('year and sources', () => {
    expect(decisionFailure({ year: '2027' })).toEqual({
      code: 'INVALID_YEAR',
      message: 'Expected `decision.year` to be an integer year such as 2026, got "2027"',
      details: { 'decision.year': '2027' },
    });
    expect(decisionFailure({ sources: SOURCE })).toEqual(invalidArgument('decision.sources', 'an array', JSON.stringify(SOURCE), SOURCE));
    expect(decisionFailure({ sources: [SOURCE, ' '] })).toEqual(emptyText('decision.sources[1]', '" "', ' '));
  });

  it('tet', () => {
    expect(decisionFailure({ tet: '2027-02-04' })).toEqual(invalidArgument('decision.tet', '{ days: string[], source: string }', '"2027-02-04"', '2027-02-04'));
    expect(decisionFailure({ tet: { days: '2027-02-04', source: SOURCE } })).toEqual(invalidArgument('decision.tet.days', 'an array', '"2027-02-04"', '2027-02-04'));
    expect(decisionFailure({ tet: { days: ['2027-02-04', '2027-02-30'], source: SOURCE } })).toEqual(
      invalidDate('decision.tet.days[1]', '"2027-02-30"', '2027-02-30'),
    );
    expect(decisionFailure({ tet: { days: [], source: SOURCE } })).toEqual(invalidArgument('decision.tet.days', 'a non-empty array of dates', 'an array', []));
    expect(decisionFailure({ tet: { ...TET_2027, source: '' } })).toEqual(emptyText('decision.tet.source', '""', ''));
  });

  it('nationalDay', () => {
    expect(decisionFailure({ nationalDay: '2027-09-03' })).toEqual(
      invalidArgument('decision.nationalDay', '{ date: string, source: string }', '"2027-09-03"', '2027-09-03'),
    );
    expect(decisionFailure({ nationalDay: { date: '2027-09-31', source: SOURCE } })).toEqual(
      invalidDate('decision.nationalDay.date', '"2027-09-31"', '2027-09-31'),
    );
    expect(decisionFailure({ nationalDay: { date: '2027-09-03', source: '' } })).toEqual(emptyText('decision.nationalDay.source', '""', ''));
  });

  it('swaps', () => {
    expect(decisionFailure({ swaps: SWAP })).toEqual(invalidArgument('decision.swaps', 'an array', 'an object', SWAP));
    expect(decisionFailure({ swaps: [SWAP, 'x'] })).toEqual(invalidArgument('decision.swaps[1]', '{ off, work, occasion, source }', '"x"', 'x'));
    expect(decisionFailure({ swaps: [{ ...SWAP, off: '2027-13-03' }] })).toEqual(invalidDate('decision.swaps[0].off', '"2027-13-03"', '2027-13-03'));
    expect(decisionFailure({ swaps: [{ ...SWAP, work: '11/09/2027' }] })).toEqual(invalidDate('decision.swaps[0].work', '"11/09/2027"', '11/09/2027'));
    expect(decisionFailure({ swaps: [{ ...SWAP, occasion: 'Quốc khánh' }] })).toEqual(
      invalidArgument('decision.swaps[0].occasion', 'a name { vi: string, en: string }', '"Quốc khánh"', 'Quốc khánh'),
    );
    expect(decisionFailure({ swaps: [{ ...SWAP, source: '' }] })).toEqual(emptyText('decision.swaps[0].source', '""', ''));
  });

  it('notes', () => {
    expect(decisionFailure({ notes: '' })).toEqual(emptyText('decision.notes', '""', ''));
  });
});

describe('scheduleFromDecision: the optional parts of a decision', () => {
  it('without tet and nationalDay, those days come from the provisional rules; the result is official', () => {
    const decision: ScheduleDecision = { year: 2027, sources: [SOURCE] };
    const s = scheduleFromDecision(decision);
    expect(s.status).toBe('official');
    expect(s.sources).toEqual([SOURCE]);
    // The provisional 2027: Tết 4–8/2 (two days before mùng 1, three from it), 2/9 with Friday 3/9.
    expect(s.daysOff.map((h) => h.date)).toEqual(officialSchedule(2027).daysOff.map((h) => h.date));
    expect(s.daysOff.map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
      '2027-11-24',
    ]);
  });

  it('a decision with notes is accepted', () => {
    expect(scheduleFromDecision({ year: 2027, sources: [SOURCE], tet: TET_2027, notes: 'Thông báo kết luận của Thủ tướng' }).year).toBe(2027);
  });
});
