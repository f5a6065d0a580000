/**
 * The running counts of `batch`, of constant size whatever the input, and the report they give:
 * the counts and rates of `summarize` (late rate = (late + overdue) / (early + on time + late +
 * overdue)), with the number of rows read and of invalid rows.
 *
 * @module
 */
import type { SlaStatusName } from '../../tthc/slaStatus.js';
import type { Channel } from '../../tthc/types.js';
import type { Outcome } from './dossier.js';

/** The summary of a batch (the NDJSON `{"summary": …}` line). */
export interface BatchSummary {
  /** Rows read (dossiers, valid or not). */
  rows: number;
  /** Valid dossiers. */
  total: number;
  /** `waiting`: a supplement outstanding, no deadline running (the law in force since 01/07/2025). */
  byStatus: Record<SlaStatusName | 'waiting', number>;
  /** `late` counts late and overdue dossiers. */
  byChannel: Record<Channel, { total: number; late: number }>;
  lateRate: number | null;
  onTimeRate: number | null;
  /** Invalid rows (each reported in its own output row). */
  invalid: number;
  /** Valid dossiers whose answer rests on a provisional schedule (a year not announced yet). */
  provisional: number;
}

/** Counts outcomes as they stream by. */
export class Tally {
  private rows = 0;
  private invalid = 0;
  private provisional = 0;
  private readonly byStatus: Record<SlaStatusName | 'waiting', number> = { early: 0, 'on-time': 0, late: 0, 'in-progress': 0, overdue: 0, waiting: 0 };
  private readonly byChannel: Record<Channel, { total: number; late: number }> = {
    online: { total: 0, late: 0 },
    direct: { total: 0, late: 0 },
    postal: { total: 0, late: 0 },
  };

  /** The number of rows counted so far. */
  get count(): number {
    return this.rows;
  }

  add(outcome: Outcome): void {
    this.rows++;
    if (!outcome.ok) {
      this.invalid++;
      return;
    }
    this.byStatus[outcome.status]++;
    if (outcome.provisional) this.provisional++;
    const channel = this.byChannel[outcome.channel];
    channel.total++;
    if (outcome.status === 'late' || outcome.status === 'overdue') channel.late++;
  }

  summary(): BatchSummary {
    const s = this.byStatus;
    const due = s.early + s['on-time'] + s.late + s.overdue;
    const lateRate = due === 0 ? null : (s.late + s.overdue) / due;
    return {
      rows: this.rows,
      total: this.rows - this.invalid,
      byStatus: { ...s },
      byChannel: { online: { ...this.byChannel.online }, direct: { ...this.byChannel.direct }, postal: { ...this.byChannel.postal } },
      lateRate,
      onTimeRate: lateRate === null ? null : 1 - lateRate,
      invalid: this.invalid,
      provisional: this.provisional,
    };
  }
}
