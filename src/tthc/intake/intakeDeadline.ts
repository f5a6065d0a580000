/**
 * `intakeDeadline`: when an online dossier must be accepted, or refused with a notice — 8 working
 * hours from its receipt by the province's TTHC system (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c;
 * before 01/07/2025 NĐ 45/2020 and NĐ 61/2018); under the Tây Ninh rules (QĐ 35/2022/QĐ-UBND,
 * Điều 10), outside working hours the clock starts one working hour after the next working time
 * (docs/domain.md §2, §9).
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../../errors.js';
import { toMillis } from '../../time/duration.js';
import type { DurationInput } from '../../time/duration.js';
import { toDateTime, toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone } from '../../time/zone.js';
import { enInstant, hoursText, viInstant } from '../format.js';
import { dayOf } from '../processing/days.js';
import { provisionalBasis, provisionalYearsBetween } from '../provisional.js';
import { offHoursReason } from './offHoursReason.js';
import { rulesOn, ruleSetOption, NATIONAL_RULES, TAY_NINH_RULES } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';
import { checkOptions } from '../../validation/check.js';
import { calendarOption } from '../options.js';
import type { Basis } from '../types.js';

/** Options of {@link intakeDeadline}. */
export interface IntakeDeadlineOptions {
  /** The working calendar. @defaultValue `civilServiceCalendar()` */
  calendar?: WorkingCalendar;
  /**
   * When the province's TTHC system received the dossier (from the national portal); the limit
   * counts from it (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c). Not before `submittedAt`.
   * @defaultValue `submittedAt`
   */
  receivedAt?: InstantInput;
  /**
   * `'tay-ninh'`: national rules plus QĐ 35/2022/QĐ-UBND (the +1 h off-hours grace);
   * `'national'`: NĐ 61/2018 before 2025-07-01, NĐ 118/2025 from then, no grace.
   * @defaultValue `'tay-ninh'`
   */
  rules?: RuleSetName;
  /** The working time allowed for intake, e.g. a limit set by sector law. @defaultValue 8 working hours */
  limit?: DurationInput;
  /** The sector law that sets `limit` (cited in `basis`); only with `limit`. */
  limitSource?: string;
  /**
   * Working time added after the next working time when received off hours; 0 disables it.
   * @defaultValue 1 hour under the 'tay-ninh' rules (from 31/10/2022), 0 under 'national'
   */
  offHoursGrace?: DurationInput;
}

/** The result of {@link intakeDeadline}. */
export interface IntakeDeadline {
  /** The submission instant, in the calendar's zone. */
  submittedAt: DateTime;
  /** When the TTHC system received the dossier (`submittedAt` unless given). */
  receivedAt: DateTime;
  /** Whether it was received outside working time (evening, lunch break, weekend, holiday). */
  offHours: boolean;
  /** When the limit starts counting: `receivedAt`, or (off hours) the next working time plus the grace. */
  clockStart: DateTime;
  /** `addWorkingTime(clockStart, limit)`. */
  deadline: DateTime;
  /**
   * By when the TTHC system must alert the intake officer: 2 clock hours after the portal's
   * automatic reply (the submission), under NĐ 118/2025 (Điều 17 khoản 2); `null` before it.
   */
  alertBy: DateTime | null;
  /** The rule set applied. */
  rules: RuleSetName;
  /**
   * Whether a day between the submission and the deadline lies in a year whose civil-service
   * schedule is provisional (not announced yet); always false on calendars that are not
   * civil-service calendars.
   */
  provisional: boolean;
  /** The rules applied, in Vietnamese and English, with their legal references. */
  basis: Basis[];
}

/** The text the 8-working-hour rule rests on from 01/07/2025. */
export const INTAKE_SOURCE = (NATIONAL_RULES[NATIONAL_RULES.length - 1] as (typeof NATIONAL_RULES)[number]).intake.source;
/** The text the off-hours +1 hour rule rests on (the Tây Ninh rules). */
export const OFF_HOURS_SOURCE = (TAY_NINH_RULES[0] as (typeof TAY_NINH_RULES)[number]).offHoursSource;

const DEFAULT_LIMIT = 8 * 3_600_000;

function nonNegative(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = toMillis(value, name);
  if (ms < 0) {
    throw new WorktimeError('INVALID_DURATION', `Expected \`${name}\` to be zero or more working time, got ${describe(value)}`, { [name]: value }, name);
  }
  return ms;
}

function limitSourceOption(value: unknown, limitGiven: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`limitSource\` to be the sector law that sets the limit, such as 'Luật Đất đai 2024, Điều …', got ${describe(value)}`, { limitSource: value }, 'limitSource');
  }
  if (!limitGiven) {
    throw new WorktimeError('INVALID_ARGUMENT', 'Expected `limit` with `limitSource`: the source names the text that sets a limit', { limitSource: value }, 'limit');
  }
  return value.trim();
}

/**
 * The intake deadline of a dossier submitted online.
 *
 * The limit (8 working hours unless given) counts from `receivedAt`, when the province's TTHC
 * system received the dossier (default: the submission). Received inside working time, the clock
 * starts then. Outside it (evening, night, lunch break, weekend, holiday) it starts at the next
 * working time plus `offHoursGrace` of working time: 1 hour under the Tây Ninh rules (the
 * default), none under the national rules (a limit in working hours already leaves out the time
 * outside them).
 *
 * The rules in force are chosen by date: NĐ 118/2025/NĐ-CP when the clock starts on or after
 * 01/07/2025 (cited in the `INTAKE_LIMIT` basis), NĐ 61/2018 and NĐ 45/2020 before; the Tây Ninh
 * grace from QĐ 35/2022 (31/10/2022). `alertBy` is the NĐ 118 alert: 2 clock hours after the
 * submission. `provisional` says whether a day used lies in a year whose schedule is not official.
 *
 * @param submittedAt - when the portal confirmed the submission; a wall-clock string is read in the calendar's zone.
 * @throws WorktimeError `INVALID_INSTANT`, `INVALID_DURATION`, `INVALID_ARGUMENT` (unknown option,
 *   `rules`, `receivedAt` before `submittedAt`, `limitSource` without `limit`), `OUT_OF_RANGE`.
 * @example
 * intakeDeadline('2026-03-10T09:00').deadline.toISO();   //=> '2026-03-11T09:00:00.000+07:00'
 * const r = intakeDeadline('2026-03-13T20:00');          // Friday evening
 * r.clockStart.toISO();                                  //=> '2026-03-16T08:00:00.000+07:00'
 * r.deadline.toISO();                                    //=> '2026-03-17T08:00:00.000+07:00'
 * intakeDeadline('2026-03-13T20:00', { rules: 'national' }).deadline.toISO();
 * //=> '2026-03-16T17:00:00.000+07:00'
 * intakeDeadline('2027-02-05T10:00').provisional;        //=> true (Tết 2027 is not announced yet)
 */
export function intakeDeadline(submittedAt: InstantInput, options?: IntakeDeadlineOptions): IntakeDeadline {
  const opts = checkOptions(options, ['calendar', 'receivedAt', 'rules', 'limit', 'limitSource', 'offHoursGrace'], 'intakeDeadline');
  const calendar = calendarOption(opts.calendar, 'intakeDeadline');
  const rules = ruleSetOption(opts.rules);
  const limit = nonNegative(opts.limit, 'limit', DEFAULT_LIMIT);
  const limitSource = limitSourceOption(opts.limitSource, opts.limit !== undefined);
  const zone = CompiledZone.get(calendar.zone);

  // Parsed here so that an error names `submittedAt` / `receivedAt`.
  const submitted = calendar.addWorkingTime(toEpoch(submittedAt, zone, 'submittedAt'), 0);
  const received = opts.receivedAt === undefined ? submitted : calendar.addWorkingTime(toEpoch(opts.receivedAt, zone, 'receivedAt'), 0);
  if (received < submitted) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`receivedAt\` not before \`submittedAt\` (${viInstant(submitted)}), got ${describe(opts.receivedAt)}`, { receivedAt: opts.receivedAt }, 'receivedAt');
  }
  const province = rulesOn(rules, dayOf(zone, received.toMillis())).provincial;
  const grace = nonNegative(opts.offHoursGrace, 'offHoursGrace', province?.offHoursGraceMs ?? 0);
  const offHours = !calendar.isWorkingTime(received);
  const next = offHours ? calendar.nextWorkingTime(received) : received;
  const clockStart = offHours ? calendar.addWorkingTime(next, grace) : received;
  const national = rulesOn(rules, dayOf(zone, clockStart.toMillis())).national;
  const deadline = calendar.addWorkingTime(clockStart, limit);
  const fromReceipt = national.intake.alert !== undefined;

  const basis: Basis[] = [
    fromReceipt
      ? {
          code: 'INTAKE_LIMIT',
          vi: `Hồ sơ nộp trực tuyến phải được tiếp nhận chính thức hoặc yêu cầu bổ sung, hoặc từ chối, trong ${hoursText(limit, 'vi')} làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận hồ sơ.`,
          en: `An online dossier must be accepted, returned for supplementation or refused within ${hoursText(limit, 'en')} of working time from its receipt by the TTHC information system.`,
          source: national.intake.source,
        }
      : {
          code: 'INTAKE_LIMIT',
          vi: `Hồ sơ nộp trực tuyến phải được tiếp nhận hoặc từ chối trong ${hoursText(limit, 'vi')} làm việc kể từ khi nộp thành công.`,
          en: `An online dossier must be accepted or refused within ${hoursText(limit, 'en')} of working time from its successful submission.`,
          source: national.intake.source,
        },
  ];
  if (limitSource !== undefined) {
    basis.push({
      code: 'SECTOR_LIMIT',
      vi: `Thời hạn ${hoursText(limit, 'vi')} làm việc theo pháp luật chuyên ngành: ${limitSource}.`,
      en: `The limit of ${hoursText(limit, 'en')} of working time is set by sector law: ${limitSource}.`,
      source: `${limitSource}; ${national.intake.sectorSource}`,
    });
  }
  if (received.toMillis() !== submitted.toMillis()) {
    basis.push({
      code: 'RECEIVED_AT',
      vi: `Nộp thành công lúc ${viInstant(submitted)}; Hệ thống tiếp nhận hồ sơ lúc ${viInstant(received)}: thời hạn tính từ lúc hệ thống tiếp nhận.`,
      en: `Submitted at ${enInstant(submitted)}; received by the system at ${enInstant(received)}: the limit counts from the receipt.`,
      source: national.intake.source,
    });
  }
  let alertBy: DateTime | null = null;
  const submittedRules = rulesOn(rules, dayOf(zone, submitted.toMillis())).national;
  const alert = submittedRules.intake.alert;
  if (alert !== undefined) {
    alertBy = toDateTime(submitted.toMillis() + alert.ms, zone);
    if (received > alertBy) {
      basis.push({
        code: 'RECEIPT_ALERT_LATE',
        vi: `Hệ thống phải thông báo cho người tiếp nhận trong vòng 02 giờ kể từ khi Cổng Dịch vụ công quốc gia phản hồi (chậm nhất ${viInstant(alertBy)}), nhưng chỉ tiếp nhận hồ sơ lúc ${viInstant(received)}.`,
        en: `The system must alert the intake officer within 2 hours of the national portal's reply (by ${enInstant(alertBy)}), but received the dossier only at ${enInstant(received)}.`,
        source: alert.source,
      });
    }
  }
  if (!offHours) {
    basis.push({
      code: 'WITHIN_WORKING_HOURS',
      vi: `Nộp trong giờ làm việc (${viInstant(received)}): thời hạn tính từ thời điểm nộp.`,
      en: `Submitted during working hours (${enInstant(received)}): the limit counts from the submission.`,
    });
  } else {
    const why = offHoursReason(calendar, zone, received.toMillis());
    basis.push(
      grace > 0
        ? {
            code: 'OFF_HOURS_GRACE',
            vi: `Nộp ngoài giờ làm việc (${viInstant(received)}${why.vi}): giờ làm việc kế tiếp là ${viInstant(next)}; thời điểm bắt đầu tính không quá ${hoursText(grace, 'vi')} làm việc sau đó: ${viInstant(clockStart)}.`,
            en: `Submitted outside working hours (${enInstant(received)}${why.en}): the next working time is ${enInstant(next)}; the limit starts ${hoursText(grace, 'en')} of working time later: ${enInstant(clockStart)}.`,
            source: province?.offHoursSource ?? OFF_HOURS_SOURCE,
          }
        : {
            code: 'OFF_HOURS_NEXT_WORKING_TIME',
            vi: `Nộp ngoài giờ làm việc (${viInstant(received)}${why.vi}): thời hạn tính từ giờ làm việc kế tiếp, ${viInstant(clockStart)}.`,
            en: `Submitted outside working hours (${enInstant(received)}${why.en}): the limit counts from the next working time, ${enInstant(clockStart)}.`,
            source: province?.offHoursSource ?? national.intake.source,
          },
    );
  }
  basis.push({
    code: 'INTAKE_DEADLINE',
    vi: `Hạn tiếp nhận: ${viInstant(deadline)} (${hoursText(limit, 'vi')} làm việc từ ${viInstant(clockStart)}).`,
    en: `Intake deadline: ${enInstant(deadline)} (${hoursText(limit, 'en')} of working time from ${enInstant(clockStart)}).`,
  });
  const years = provisionalYearsBetween(calendar, zone, submitted.toMillis(), deadline.toMillis());
  if (years.length > 0) basis.push(provisionalBasis(years));
  return { submittedAt: submitted, receivedAt: received, offHours, clockStart, deadline, alertBy, rules, provisional: years.length > 0, basis };
}
