/**
 * `summarize`: the SLA report of provincial dashboards over a stream of dossiers — counts per
 * status and channel, late and on-time rates, and the records that could not be read
 * (DOMAIN.md §7).
 *
 * @module
 */
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../errors.js';
import { toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { CompiledZone } from '../time/zone.js';
import { classifyDossier } from './dossierRecord.js';
import type { Dossier } from './dossierRecord.js';
import type { SlaStatusName } from './dossierStatus.js';
import { calendarOption, checkOptions } from './options.js';
import { dayMemo } from './periodDays.js';
import type { DayClock } from './periodDays.js';
import type { Channel } from './types.js';

export type { Dossier } from './dossierRecord.js';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** The instant the report is taken at (required: nothing reads the clock). */
  now: InstantInput;
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
}

/** A record `summarize` could not read, with its position in the input. */
export interface InvalidDossier {
  /** 0-based position in the input. */
  index: number;
  /** The record's `id`, when it has a string one. */
  id?: string;
  /** The `WorktimeError` code, e.g. `'INVALID_ARGUMENT'`, `'INVALID_INSTANT'`. */
  code: string;
  /** What was expected. */
  message: string;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The number of valid dossiers. */
  total: number;
  /** Valid dossiers per status. */
  byStatus: Record<SlaStatusName, number>;
  /** Valid dossiers per channel; `late` counts late and overdue ones. */
  byChannel: Record<Channel, { total: number; late: number }>;
  /** (late + overdue) / (early + on-time + late + overdue); `null` when that is 0. */
  lateRate: number | null;
  /** 1 − `lateRate`; `null` when that is. */
  onTimeRate: number | null;
  /** The records that could not be read, in input order. */
  invalid: InvalidDossier[];
  /**
   * Valid dossiers whose status rests on a provisional schedule: a day between acceptance (or the
   * deadline) and the completion, `now` or the deadline lies in a year not announced yet.
   */
  provisional: number;
}

const EARLY = 0;
const ON_TIME = 1;
const LATE = 2;
const IN_PROGRESS = 3;
const OVERDUE = 4;
const STATUS_INDEX: Record<SlaStatusName, number> = { early: EARLY, 'on-time': ON_TIME, late: LATE, 'in-progress': IN_PROGRESS, overdue: OVERDUE };
const CHANNEL_INDEX: Record<Channel, number> = { online: 0, direct: 1, postal: 2 };

/** Running counts; constant size whatever the input. */
class Tally {
  readonly status = [0, 0, 0, 0, 0];
  readonly channelTotal = [0, 0, 0];
  readonly channelLate = [0, 0, 0];
  readonly invalid: InvalidDossier[] = [];
  provisional = 0;
  index = 0;

  constructor(
    readonly clock: DayClock,
    readonly now: number,
  ) {}

  add(record: unknown): void {
    const index = this.index++;
    try {
      const { channel, status, provisional } = classifyDossier(record, this.clock, this.now);
      if (provisional) this.provisional += 1;
      const s = STATUS_INDEX[status];
      const c = CHANNEL_INDEX[channel];
      this.status[s] = (this.status[s] as number) + 1;
      this.channelTotal[c] = (this.channelTotal[c] as number) + 1;
      if (s === LATE || s === OVERDUE) this.channelLate[c] = (this.channelLate[c] as number) + 1;
    } catch (e) {
      if (!(e instanceof WorktimeError)) throw e;
      const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
      this.invalid.push(typeof id === 'string' ? { index, id, code: e.code, message: e.message } : { index, code: e.code, message: e.message });
    }
  }

  summary(): Summary {
    const [early = 0, onTime = 0, late = 0, inProgress = 0, overdue = 0] = this.status;
    const due = early + onTime + late + overdue;
    const lateRate = due === 0 ? null : (late + overdue) / due;
    const channel = (c: Channel): { total: number; late: number } => ({
      total: this.channelTotal[CHANNEL_INDEX[c]] ?? 0,
      late: this.channelLate[CHANNEL_INDEX[c]] ?? 0,
    });
    return {
      total: early + onTime + late + inProgress + overdue,
      byStatus: { early, 'on-time': onTime, late, 'in-progress': inProgress, overdue },
      byChannel: { online: channel('online'), direct: channel('direct'), postal: channel('postal') },
      lateRate,
      onTimeRate: lateRate === null ? null : 1 - lateRate,
      invalid: this.invalid,
      provisional: this.provisional,
    };
  }
}

/**
 * Summarizes dossiers as provincial dashboards report them, at the instant `now`.
 *
 * Reads an array, any iterable or an async iterable (a database cursor, a stream of parsed
 * lines) once, in constant memory: it never collects the input. Each dossier's status is that
 * of {@link slaStatus} at `now` (a completion after `now` is not known yet); its deadline is
 * `deadline` (a date alone means the close of working hours that day) or is computed from
 * `acceptedAt` + `period` (+ `pauses`, `extensions`) as {@link processingDeadline} does.
 *
 * A record that cannot be read — not an object, a channel other than online/direct/postal,
 * both or neither of `deadline` and `acceptedAt` + `period`, an unreadable instant, a completion
 * before acceptance, a bad period — is listed in `invalid` with its index, error code and
 * message, and the run goes on: `byStatus` counts plus `invalid.length` equal the input size.
 * The rates are over the dossiers completed or overdue at `now`: late rate = (late + overdue) /
 * (early + on-time + late + overdue), on-time rate = 1 − late rate; both `null` when none.
 *
 * @param dossiers - the dossiers; see {@link Dossier}.
 * @param options - `now` (required) and `calendar`.
 * @returns a promise of the summary; it rejects with `WorktimeError` `INVALID_ARGUMENT` for bad
 *   options or an input that is not iterable (`INVALID_INSTANT` for a bad `now`), and with
 *   whatever the iterator itself throws.
 * @example
 * await summarize([
 *   { channel: 'online', deadline: '2026-02-27T17:00', completedAt: '2026-02-26T10:00' },   // trước hạn
 *   { channel: 'direct', deadline: '2026-02-27T17:00', completedAt: '2026-02-27T16:59' },   // đúng hạn
 *   { channel: 'postal', acceptedAt: '2026-02-13T16:30', period: { workingDays: 5 } },       // quá hạn
 *   { channel: 'fax', deadline: '2026-02-27' },                                               // invalid
 * ], { now: '2026-03-02T09:00' });
 * //=> { total: 3, byStatus: { early: 1, 'on-time': 1, late: 0, 'in-progress': 0, overdue: 1 },
 * //     byChannel: { online: { total: 1, late: 0 }, direct: { total: 1, late: 0 }, postal: { total: 1, late: 1 } },
 * //     lateRate: 0.333…, onTimeRate: 0.666…,
 * //     invalid: [{ index: 3, code: 'INVALID_ARGUMENT', message: "Expected `channel` to be 'online', 'direct' or 'postal', got \"fax\"" }],
 * //     provisional: 0 }
 */
export async function summarize(dossiers: Iterable<Dossier> | AsyncIterable<Dossier>, options: SummarizeOptions): Promise<Summary> {
  const opts = checkOptions(options, ['now', 'calendar'], 'summarize');
  if (opts['now'] === undefined) {
    throw new WorktimeError('INVALID_ARGUMENT', 'Expected `now` in the options of summarize: the instant the report is taken at (it never reads the clock)', {
      options,
    });
  }
  const calendar = calendarOption(opts['calendar'], 'summarize');
  const zone = CompiledZone.get(calendar.zone);
  const tally = new Tally({ calendar, zone, memo: dayMemo() }, toEpoch(opts['now'], zone, 'now'));

  const input = dossiers as unknown;
  if (typeof input === 'object' && input !== null && typeof (input as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    for await (const record of input as AsyncIterable<unknown>) tally.add(record);
  } else if (typeof input === 'object' && input !== null && typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const record of input as Iterable<unknown>) tally.add(record);
  } else {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected the dossiers of summarize to be an array, an iterable or an async iterable, got ${describe(input)}`, {
      dossiers: input,
    });
  }
  return tally.summary();
}
