/**
 * The summary line of `batch`: the library's summary (`SummaryTally`, as `summarize` counts)
 * with the number of rows read; invalid rows are counted, each already reported in its own row.
 *
 * @module
 */
import type { Summary, SummaryTally } from '../../tthc/report/summarize.js';

/** The summary of a batch (the NDJSON `{"summary": …}` line). */
export type BatchSummary = Omit<Summary, 'invalid' | 'invalidCount'> & {
  /** Rows read (dossiers, valid or not). */
  rows: number;
  /** Invalid rows (each reported in its own output row). */
  invalid: number;
};

/** The summary of `rows` rows counted in `tally`. */
export function batchSummary(rows: number, tally: SummaryTally): BatchSummary {
  const { invalid: _details, invalidCount: _count, ...summary } = tally.summary();
  return { rows, ...summary, invalid: tally.invalidCount };
}
