/**
 * `processingDeadline`: when a dossier must be settled — a period of working days counted as the
 * Civil Code counts days, or of working hours — with supplements, extensions and pauses, under the
 * rules in force on the day of acceptance (docs/domain.md §7, §9).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../../errors.js';
import { formatDay } from '../../time/civil.js';
import { toDateTime, toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone } from '../../time/zone.js';
import { checkOptions } from '../../validation/check.js';
import { calendarOption } from '../options.js';
import { clockBasis, violationOf } from './clockText.js';
import { dossierClock } from './clock.js';
import type { ProcessingMethod } from './clock.js';
import { dueDayOf } from './days.js';
import type { Step } from './deadline.js';
import { parseExtensions, parsePauses, parsePeriod, parseSupplements } from './input.js';
import type { Extension, Pause, Period, Supplement } from './input.js';
import { basisOf } from './text.js';
import { provisionalBasis, provisionalYearsBetween } from '../provisional.js';
import { ruleSetOption } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';
import type { Basis } from '../types.js';
import type { Violation } from './violations.js';

export type { Extension, Pause, Period, Supplement } from './input.js';
export type { ProcessingMethod } from './clock.js';

/** Options of {@link processingDeadline}. */
export interface ProcessingDeadlineOptions {
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /** Pauses; overlapping ones count once, time before `acceptedAt` not at all. */
  pauses?: Pause[];
  /** Extensions (gia hạn), each of working days or working hours, with a reason and when it was requested. */
  extensions?: Extension[];
  /**
   * Requests to supplement the dossier during appraisal (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)
   * and when the complete dossier came back; the last may be outstanding (no `completedAt`).
   */
  supplements?: Supplement[];
  /**
   * `'legal'`: the rule in force (NĐ 118/2025: the period restarts from the complete dossier);
   * `'kpi766'`: the QĐ 766 dashboards' method (the waiting time is a pause).
   * @defaultValue `'legal'`
   */
  method?: ProcessingMethod;
  /** The rule set; processing periods are national law, so both give the same deadline. @defaultValue `'tay-ninh'` */
  rules?: RuleSetName;
}

/** The outstanding supplement of a dossier. */
export interface Waiting {
  /** When the supplement was requested. */
  since: DateTime;
  /** The last day of the 15 days after the request (`'YYYY-MM-DD'`); after it the dossier is closed (NĐ 118/2025, Điều 19 khoản 5). */
  closesOn: string;
}

/** The result of {@link processingDeadline}. */
export interface ProcessingDeadline {
  /** The instant the period ends, in the calendar's zone; `null` while a supplement is outstanding (legal method). */
  deadline: DateTime | null;
  /** The calendar day of `deadline` (`'YYYY-MM-DD'`), the due date (ngày hẹn trả); `null` with `deadline`. */
  dueDate: string | null;
  /** Present while a supplement is outstanding. */
  waiting?: Waiting;
  /** Whether a day used lies in a year whose civil-service schedule is provisional. */
  provisional: boolean;
  /** The procedural rules the dossier's history breaks, with their sources. */
  violations: Violation[];
  /** Every step, in Vietnamese and English, with its legal reference. */
  basis: Basis[];
}

function methodOption(value: unknown): ProcessingMethod {
  if (value === undefined || value === 'legal' || value === 'kpi766') return value ?? 'legal';
  throw new WorktimeError('INVALID_ARGUMENT', `Expected \`method\` to be 'legal' or 'kpi766', got ${describe(value)}`, { method: value }, 'method');
}

/**
 * The processing deadline of a dossier accepted at `acceptedAt`.
 *
 * **Working days** count as the Civil Code counts days (BLDS 2015 Art. 147.2, 148.1): the day
 * of acceptance is not counted, whatever the hour; the period ends at the close of working hours
 * on the n-th working day after it (`addWorkingDays(acceptance day, n)`). So a dossier accepted
 * on Friday at 16:30, at 20:00, or on Saturday, with 1 working day, is due on Monday at 17:00
 * (accepted on Saturday, Monday is the first day counted). **Working hours** count from
 * `acceptedAt` (Art. 147.1); accepted outside working time, from the next working time.
 *
 * **Supplements.** Under the `'legal'` method (default) the rules in force on the day of
 * acceptance apply: from 01/07/2025 (NĐ 118/2025/NĐ-CP, Điều 19 khoản 5) the period restarts in
 * full from the last complete resubmission, and while a supplement is outstanding `deadline` is
 * `null` and `waiting` says from which day the dossier may be closed (15 days after the request);
 * before, the library models a supplement as a pause (NĐ 61/2018's wording could not be
 * confirmed, and the basis says so). Under `'kpi766'` each supplement is a pause from the request
 * to the resubmission, counted from when the period counts; an outstanding one leaves the
 * deadline as it was (the dossier is judged at the request).
 *
 * Then, in this order: `extensions` in the order given (working days move the due date, keeping
 * the deadline's place in its day — 17:00 stays 17:00; working hours move the instant); `pauses`,
 * merged (overlapping pauses count once) and clipped to start at the period's start, each adding
 * the working time inside it; finally a period in days ends at the close of working hours on the
 * day it then falls on. `dueDate` is the calendar day of `deadline`.
 *
 * `violations` lists what breaks NĐ 118/2025: a first request to supplement after the 3rd working
 * day from the day of receipt (`SUPPLEMENT_NOTICE_LATE`), a second request (`REPEATED_SUPPLEMENT`),
 * a second extension (`REPEATED_EXTENSION`), an extension requested later than one day before the
 * due date it moves (`EXTENSION_NOTICE_LATE`).
 *
 * Periods are positive: `workingDays` a whole number ≥ 1 (a same-day service is
 * `{ workingHours: … }`), `workingHours` any number > 0 (0.5 is 30 minutes).
 *
 * @param acceptedAt - when the dossier was accepted (tiếp nhận); a wall-clock string is read in the calendar's zone.
 * @param period - `{ workingDays: n }` or `{ workingHours: n }`.
 * @throws WorktimeError `INVALID_ARGUMENT` (period, pause with `to` before `from`, extension without
 *   a reason or without exactly one amount, a supplement completed before it was requested or
 *   requested before acceptance, overlapping supplements, unknown option, `method`, `rules`) with
 *   the `path` of the offending value, `INVALID_INSTANT`, `OUT_OF_RANGE`.
 * @example
 * // 5 working days from Friday 13/02/2026, the last working day before Tết Bính Ngọ (16–20/2 off)
 * const r = processingDeadline('2026-02-13T16:30', { workingDays: 5 });
 * r.dueDate;                     //=> '2026-02-27'
 * r.deadline?.toISO();           //=> '2026-02-27T17:00:00.000+07:00'
 * r.basis[0]?.source;            //=> 'BLDS 2015, Điều 147–148'
 * // a supplement requested Wed 04/03, complete dossier back Mon 09/03 14:00
 * const supplements = [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }];
 * processingDeadline('2026-03-02T09:00', { workingDays: 5 }, { supplements }).dueDate;  //=> '2026-03-16'
 * processingDeadline('2026-03-02T09:00', { workingDays: 5 }, { supplements, method: 'kpi766' }).dueDate;
 * //=> '2026-03-13'
 * processingDeadline('2026-03-10T09:00', { workingHours: 8 }).deadline?.toISO();
 * //=> '2026-03-11T09:00:00.000+07:00'
 */
export function processingDeadline(acceptedAt: InstantInput, period: Period, options?: ProcessingDeadlineOptions): ProcessingDeadline {
  const opts = checkOptions(options, ['calendar', 'pauses', 'extensions', 'supplements', 'method', 'rules'], 'processingDeadline');
  const calendar = calendarOption(opts.calendar, 'processingDeadline');
  const zone = CompiledZone.get(calendar.zone);
  const amount = parsePeriod(period);
  const method = methodOption(opts.method);
  const rules = ruleSetOption(opts.rules);
  const extensions = parseExtensions(opts.extensions, 'extensions', zone);
  const pauses = parsePauses(opts.pauses, zone);
  const accepted = toEpoch(acceptedAt, zone, 'acceptedAt');
  const supplements = parseSupplements(opts.supplements, zone, accepted);

  const trace: Step[] = [];
  const clock = { calendar, zone };
  const result = dossierClock(clock, { acceptedAt: accepted, period: amount, extensions, pauses, supplements, method, rules }, trace);
  const words = clockBasis(result, zone);
  const basis = [...words.before];
  if (result.deadline !== undefined) {
    // An extension rests on the decree in force on the day of acceptance (NĐ 118/2025: Điều 19 khoản 6).
    const extensionSource = result.national?.extension.source;
    for (const b of basisOf(trace, result.deadline, zone)) {
      basis.push(extensionSource !== undefined && b.code.startsWith('EXTENSION_') ? { ...b, source: extensionSource } : b);
    }
  }
  if (words.waiting) basis.push(words.waiting);
  const years = provisionalYearsBetween(calendar, zone, accepted, result.lastUsed);
  if (years.length > 0) basis.push(provisionalBasis(years));
  const out: ProcessingDeadline = {
    deadline: result.deadline === undefined ? null : toDateTime(result.deadline, zone),
    dueDate: result.deadline === undefined ? null : formatDay(dueDayOf(zone, result.deadline)),
    provisional: years.length > 0,
    violations: result.violations.map((v) => violationOf(v, zone)),
    basis,
  };
  if (result.waiting) out.waiting = { since: toDateTime(result.waiting.since, zone), closesOn: formatDay(result.waiting.closesOnDay) };
  return out;
}
