/**
 * `summarize`: the SLA report of provincial dashboards over a stream of dossiers — counts per
 * status and channel, late and on-time rates, the QĐ 766 indicators (on time 2.1, online 3.3,
 * digitisation 4.2), and the records that could not be read (docs/domain.md §7, §10). The tally is
 * shared with `vn-worktime batch`, and each record goes through `evaluateRecord`, as in
 * `evaluateDossier`.
 *
 * @module
 */
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../../errors.js';
import { toDay } from '../../time/date.js';
import type { DateInput } from '../../time/date.js';
import { toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone } from '../../time/zone.js';
import type { Issue } from '../../validation/issue.js';
import { dossierIssue } from './dossierIssue.js';
import { evaluateRecord } from './dossierRecord.js';
import type { Dossier, EvaluateContext, Evaluated } from './dossierRecord.js';
import type { SlaStatusName } from '../processing/dossierStatus.js';
import { checkOptions, isRecord } from '../../validation/check.js';
import { calendarOption } from '../options.js';
import { dayMemo, dayStart } from '../processing/days.js';
import type { Channel } from '../types.js';

export type { Dossier } from './dossierRecord.js';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** The instant the report is taken at (required: nothing reads the clock). */
  now: InstantInput;
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /**
   * The reporting period (kỳ báo cáo), days inclusive, for the QĐ 766 indicators: dossiers received
   * or processed in it; unfinished ones judged at its end. @defaultValue every dossier, judged at `now`
   */
  period?: { from: DateInput; to: DateInput };
  /** The synchronisation rate (tỷ lệ đồng bộ hồ sơ) the online rate is multiplied by, 0–1. @defaultValue 1 */
  syncRate?: number;
  /**
   * How many invalid records `invalid` lists (the first ones); all are counted in `invalidCount`,
   * so memory stays bounded whatever the input. @defaultValue 1000
   */
  maxInvalid?: number;
}

/** The default of {@link SummarizeOptions.maxInvalid}. */
export const MAX_INVALID = 1000;

/**
 * A record `summarize` could not read: its {@link Issue} (docs/errors.md) — `code` (e.g.
 * `'INVALID_ARGUMENT'`, `'INVALID_INSTANT'`), `path` in the record and `message: { vi, en }`, the
 * same as `evaluateDossier` gives for it — with its position in the input and its `id`.
 */
export interface InvalidDossier extends Issue {
  /** 0-based position in the input. */
  index: number;
  /** The record's `id`, when it has a string one. */
  id?: string;
}

/** One QĐ 766 indicator: the dossiers that meet it, those it is over, and the rate (`null` when `total` is 0). */
export interface Indicator {
  count: number;
  total: number;
  rate: number | null;
}

/** The QĐ 766 indicators (technical method of the 766 dashboard, docs/domain.md §10). */
export interface Kpi766 {
  /** 2.1 — processed or in progress on time / received or processed in the period (kpi766 method). */
  onTime: Indicator;
  /** 3.3 — received online in the period (with an electronic result where the result is on paper) / received in the period, × `syncRate`. */
  online: Indicator;
  /** 4.2 — digitised (and with an electronic result where the result is on paper) / received or processed in the period. */
  digitized: Indicator;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The number of valid dossiers (those waiting for a supplement included). */
  total: number;
  /** Valid dossiers per status (the legal method); dossiers waiting for a supplement are in `waiting`. */
  byStatus: Record<SlaStatusName, number>;
  /** Valid dossiers per channel; `late` counts late and overdue ones. */
  byChannel: Record<Channel, { total: number; late: number }>;
  /** (late + overdue) / (early + on-time + late + overdue); `null` when that is 0. */
  lateRate: number | null;
  /** 1 − `lateRate`; `null` when that is. */
  onTimeRate: number | null;
  /** The first records that could not be read (at most `maxInvalid`), in input order. */
  invalid: InvalidDossier[];
  /** Every record that could not be read: `invalid.length` unless more than `maxInvalid` were. */
  invalidCount: number;
  /**
   * Valid dossiers whose status rests on a provisional schedule: a day between acceptance (or the
   * deadline) and the completion, `now` or the deadline lies in a year not announced yet.
   */
  provisional: number;
  /** Valid dossiers waiting for the applicant to complete a requested supplement (no legal deadline runs). */
  waiting: number;
  /** The QĐ 766 indicators. */
  kpi766: Kpi766;
}

const EARLY = 0;
const ON_TIME = 1;
const LATE = 2;
const IN_PROGRESS = 3;
const OVERDUE = 4;
const STATUS_INDEX: Record<SlaStatusName, number> = { early: EARLY, 'on-time': ON_TIME, late: LATE, 'in-progress': IN_PROGRESS, overdue: OVERDUE };
const CHANNEL_INDEX: Record<Channel, number> = { online: 0, direct: 1, postal: 2 };

/** The reporting window in epoch ms: `[start, end)`, and the instant unfinished dossiers are judged at. */
export interface ReportWindow {
  readonly start: number;
  readonly end: number;
  readonly judgeAt: number;
  readonly bounded: boolean;
  readonly syncRate: number;
}

function indicator(count: number, total: number, factor = 1): Indicator {
  return { count, total, rate: total === 0 ? null : (count / total) * factor };
}

/**
 * Running counts of a report; constant size whatever the input, except the list of invalid
 * records. `summarize` and `vn-worktime batch` both count with it.
 */
export class SummaryTally {
  readonly status = [0, 0, 0, 0, 0];
  readonly channelTotal = [0, 0, 0];
  readonly channelLate = [0, 0, 0];
  readonly invalid: InvalidDossier[] = [];
  /** Invalid records counted (all of them, also when their details are not kept). */
  invalidCount = 0;
  provisional = 0;
  waiting = 0;
  private kpiOnTime = 0;
  private kpiTotal = 0;
  private onlineCount = 0;
  private receivedTotal = 0;
  private digitizedCount = 0;
  index = 0;

  /**
   * @param keepInvalid - how many invalid records' details to keep in `invalid` (`summarize`); a
   *   stream that reports them as it goes (`batch`) keeps none. Memory stays bounded either way.
   */
  constructor(
    readonly context: EvaluateContext,
    readonly window: ReportWindow,
    private readonly keepInvalid = MAX_INVALID,
  ) {}

  /** Evaluates a record and counts it; an unreadable one goes to `invalid`. Returns the evaluation, or the error. */
  add(record: unknown): Evaluated | WorktimeError {
    const index = this.index++;
    try {
      const e = evaluateRecord(record, this.context);
      this.count(e);
      return e;
    } catch (e) {
      if (!(e instanceof WorktimeError)) throw e;
      this.invalidCount += 1;
      if (this.invalid.length < this.keepInvalid) {
        const r = isRecord(record) ? record : undefined;
        const id = r?.['id'];
        const { code, path, message } = dossierIssue(e, r);
        this.invalid.push(typeof id === 'string' ? { index, id, code, path, message } : { index, code, path, message });
      }
      return e;
    }
  }

  /**
   * Counts a record that could not even be read as a record (e.g. a broken line), at the next
   * index; `issue` is asked for only when the record's details are kept.
   */
  addUnreadable(issue: () => Issue): void {
    const index = this.index++;
    this.invalidCount += 1;
    if (this.invalid.length < this.keepInvalid) {
      const { code, path, message } = issue();
      this.invalid.push({ index, code, path, message });
    }
  }

  private count(e: Evaluated): void {
    const c = CHANNEL_INDEX[e.channel];
    this.channelTotal[c] = (this.channelTotal[c] as number) + 1;
    if (e.provisional) this.provisional += 1;
    if (e.status === 'waiting') this.waiting += 1;
    else {
      const s = STATUS_INDEX[e.status];
      this.status[s] = (this.status[s] as number) + 1;
      if (s === LATE || s === OVERDUE) this.channelLate[c] = (this.channelLate[c] as number) + 1;
    }
    // QĐ 766 (docs/domain.md §9, §10): received or processed in the period; unfinished ones judged at its end.
    const w = this.window;
    const electronicOk = !e.paperResult || e.electronicResult;
    const inPeriod = !w.bounded || ((e.received === undefined || e.received < w.end) && (e.completed === undefined || e.completed >= w.start));
    if (inPeriod) {
      this.kpiTotal += 1;
      const finished = e.completed !== undefined && e.completed <= w.judgeAt;
      const end = finished ? (e.completed as number) : (e.judgedAt ?? w.judgeAt);
      if (!e.repeatedSupplement && end <= e.kpiDeadline) this.kpiOnTime += 1;
      if (e.digitized && electronicOk) this.digitizedCount += 1;
    }
    const receivedInPeriod = !w.bounded || (e.received !== undefined && e.received >= w.start && e.received < w.end);
    if (receivedInPeriod) {
      this.receivedTotal += 1;
      if (e.channel === 'online' && electronicOk) this.onlineCount += 1;
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
      total: early + onTime + late + inProgress + overdue + this.waiting,
      byStatus: { early, 'on-time': onTime, late, 'in-progress': inProgress, overdue },
      byChannel: { online: channel('online'), direct: channel('direct'), postal: channel('postal') },
      lateRate,
      onTimeRate: lateRate === null ? null : 1 - lateRate,
      invalid: this.invalid,
      invalidCount: this.invalidCount,
      provisional: this.provisional,
      waiting: this.waiting,
      kpi766: {
        onTime: indicator(this.kpiOnTime, this.kpiTotal),
        online: indicator(this.onlineCount, this.receivedTotal, this.window.syncRate),
        digitized: indicator(this.digitizedCount, this.kpiTotal),
      },
    };
  }
}

/**
 * The report window of the options: the period's days (`[from 00:00, to + 1 day 00:00)`) and the
 * instant unfinished dossiers are judged at (the period's end, or `now` if earlier).
 *
 * @throws WorktimeError `INVALID_ARGUMENT` (period shape, `to` before `from`, `syncRate` not in 0–1), `INVALID_DATE`.
 */
export function reportWindow(options: { period?: unknown; syncRate?: unknown }, zone: CompiledZone, now: number): ReportWindow {
  const sync = options.syncRate;
  if (sync !== undefined && (typeof sync !== 'number' || !(sync >= 0 && sync <= 1))) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`syncRate\` to be a number from 0 to 1 (the synchronisation rate), got ${describe(sync)}`, { syncRate: sync }, 'syncRate');
  }
  const syncRate = (sync as number | undefined) ?? 1;
  const period = options.period;
  if (period === undefined) return { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY, judgeAt: now, bounded: false, syncRate };
  if (typeof period !== 'object' || period === null || Array.isArray(period)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`period\` to be { from, to } (days), got ${describe(period)}`, { period }, 'period');
  }
  const p = period as Record<string, unknown>;
  const from = toDay(p['from'], zone, 'period.from');
  const to = toDay(p['to'], zone, 'period.to');
  if (to < from) throw new WorktimeError('INVALID_ARGUMENT', `Expected \`period.to\` not before \`period.from\`, got ${describe(p['from'])} and ${describe(p['to'])}`, { period }, 'period.to');
  const start = dayStart(zone, from);
  const end = dayStart(zone, to + 1);
  return { start, end, judgeAt: Math.min(now, end), bounded: true, syncRate };
}

/**
 * Summarizes dossiers as provincial dashboards report them, at the instant `now`.
 *
 * Reads an array, any iterable or an async iterable (a database cursor, a stream of parsed
 * lines) once, in constant memory: it never collects the input. Each dossier is evaluated as
 * {@link evaluateDossier} evaluates it (the legal method): its status is that of
 * {@link slaStatus} at `now` (a completion after `now` is not known yet), or waiting while a
 * requested supplement is outstanding (counted in `waiting`, not in `byStatus`).
 *
 * The QĐ 766 indicators (`kpi766`) follow the dashboards' method (docs/domain.md §9, §10): supplements
 * pause the clock, more than one request to supplement is late, a dossier waiting for the
 * applicant is judged at the request, an unfinished one at the end of `period` (or at `now`).
 * On time (2.1) and digitisation (4.2) are over the dossiers received or processed in the period,
 * the online rate (3.3) over those received in it, multiplied by `syncRate`; a dossier whose
 * result is on paper (`paperResult`) counts as online or digitised only with an electronic result.
 *
 * A record that cannot be read is counted in `invalidCount` and (the first `maxInvalid`, 1000 by
 * default) listed in `invalid` — its {@link Issue} (`code`, `path`, `message: { vi, en }`, the same
 * as {@link evaluateDossier} gives for it; docs/errors.md) with its `index` and `id` — and the run goes on:
 * `byStatus` counts plus `waiting` plus `invalidCount` equal the input size.
 * The rates are over the dossiers completed or overdue at `now`: late rate = (late + overdue) /
 * (early + on-time + late + overdue), on-time rate = 1 − late rate; both `null` when none.
 *
 * @param dossiers - the dossiers; see {@link Dossier}.
 * @param options - `now` (required), `calendar`, `period`, `syncRate`, `maxInvalid`.
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
 * //     invalid: [{ index: 3, code: 'INVALID_ARGUMENT', path: 'channel', message: { vi: 'trường channel "fax" không phải là một kênh: …', en: … } }], invalidCount: 1,
 * //     provisional: 0, waiting: 0,
 * //     kpi766: { onTime: { count: 2, total: 3, rate: 0.666… }, online: { count: 1, total: 3, rate: 0.333… },
 * //               digitized: { count: 0, total: 3, rate: 0 } } }
 */
export async function summarize(dossiers: Iterable<Dossier> | AsyncIterable<Dossier>, options: SummarizeOptions): Promise<Summary> {
  const opts = checkOptions(options, ['now', 'calendar', 'period', 'syncRate', 'maxInvalid'], 'summarize');
  if (opts['now'] === undefined) {
    throw new WorktimeError('INVALID_ARGUMENT', 'Expected `now` in the options of summarize: the instant the report is taken at (it never reads the clock)', {
      options,
    });
  }
  const calendar = calendarOption(opts['calendar'], 'summarize');
  const zone = CompiledZone.get(calendar.zone);
  const now = toEpoch(opts['now'], zone, 'now');
  const window = reportWindow(opts, zone, now);
  const maxInvalid = opts['maxInvalid'] ?? MAX_INVALID;
  if (typeof maxInvalid !== 'number' || !Number.isInteger(maxInvalid) || maxInvalid < 0) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`maxInvalid\` to be a whole number of records, 0 or more, got ${describe(maxInvalid)}`, { maxInvalid }, 'maxInvalid');
  }
  const tally = new SummaryTally({ clock: { calendar, zone, memo: dayMemo() }, now, method: 'legal', rules: 'tay-ninh', margin: false }, window, maxInvalid);

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
