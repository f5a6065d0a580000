/**
 * `vn-worktime deadline <acceptedAt> --days N | --hours N`: the processing deadline of a dossier,
 * with pauses (`--pause FROM..TO`) and extensions (`--extend 2d:reason`).
 *
 * @module
 */
import { processingDeadline } from '../../tthc/processing/processingDeadline.js';
import type { Extension, Pause, Period, Supplement } from '../../tthc/processing/processingDeadline.js';
import { WorktimeError, describe } from '../../errors.js';
import type { ParsedArgs } from '../args.js';
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { parseAmount } from '../duration.js';
import { UsageError } from '../errors.js';
import { provisionalLines } from '../provisionalText.js';
import { basisLines, dayText, fields, instantText, jsonLine, pick } from '../text.js';
import { asDateTime, instantArg, methodArg, numberArg, rulesArg } from '../values.js';

function periodOf(args: ParsedArgs): Period {
  const days = args.string('days');
  const hours = args.string('hours');
  if (days !== undefined && hours !== undefined) throw new UsageError('CONFLICTING_OPTIONS', 'Expected either --days or --hours (the processing period), not both');
  if (days !== undefined) return { workingDays: numberArg(days, '--days') };
  if (hours === undefined) throw new UsageError('MISSING_OPTION', 'Expected the processing period: --days <n> (working days) or --hours <n> (working hours)');
  if (hours.includes(':')) {
    throw new WorktimeError('INVALID_NUMBER', `Expected --hours to be the processing period in working hours, such as 8, got ${describe(hours)}; office hours are --office-hours on this command`, { hours });
  }
  const amount = /[hms]/.test(hours) ? parseAmount(hours, '--hours') : undefined;
  return { workingHours: amount?.kind === 'time' ? amount.ms / 3_600_000 : numberArg(hours, '--hours') };
}

function pauseOf(text: string, now: () => Date): Pause {
  const parts = text.split('..');
  if (parts.length !== 2) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected --pause to be FROM..TO, such as 2026-03-03T09:00..2026-03-05T09:00, got ${describe(text)}`, { pause: text });
  }
  return { from: instantArg(parts[0] ?? '', now, 'the start of --pause'), to: instantArg(parts[1] ?? '', now, 'the end of --pause') };
}

function supplementOf(text: string, now: () => Date): Supplement {
  const parts = text.split('..');
  if (parts.length > 2 || parts[0] === '') {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected --supplement to be REQUESTED..COMPLETED, or REQUESTED alone while the applicant has not completed the dossier, such as 2026-03-04T10:00..2026-03-09T14:00, got ${describe(text)}`, {
      supplement: text,
    });
  }
  const requestedAt = instantArg(parts[0] ?? '', now, 'the request of --supplement');
  const completed = parts[1];
  return completed === undefined || completed === '' ? { requestedAt } : { requestedAt, completedAt: instantArg(completed, now, 'the completion of --supplement') };
}

function extensionOf(text: string, now: () => Date): Extension {
  // 2d:reason, or 2d@2026-03-08T10:00:reason with the day the extension was requested
  const colon = text.indexOf(':');
  let head = colon < 0 ? text : text.slice(0, colon);
  let reason = colon < 0 ? '' : text.slice(colon + 1);
  let requestedAt: string | Date | undefined;
  const at = head.indexOf('@');
  if (at >= 0) {
    // The request instant may hold colons itself (10:00): the reason follows the last ':' after the '@' part's time.
    const rest = text.slice(at + 1);
    const m = /^(\S+?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)(?::(.*))?$/s.exec(rest);
    requestedAt = instantArg(m?.[1] ?? rest, now, 'the request of --extend');
    reason = m?.[2] ?? '';
    head = head.slice(0, at);
  }
  const amount = parseAmount(head, '--extend');
  const base = amount.kind === 'days' ? { workingDays: amount.days, reason } : { workingHours: amount.ms / 3_600_000, reason };
  return requestedAt === undefined ? base : { ...base, requestedAt };
}

const FLAGS = { supplements: '--supplement', extensions: '--extend', pauses: '--pause' } as const;
const PARTS: Readonly<Record<string, string>> = {
  requestedAt: 'its request',
  completedAt: 'its completion',
  reason: 'its reason',
  from: 'its start',
  to: 'its end',
  workingDays: 'its working days',
  workingHours: 'its working time',
};

/**
 * The library names list items by their path (`supplements[1].completedAt`); the clerk typed
 * `--supplement 2026-03-09T10:00..2026-03-04T10:00`: say that instead.
 */
function asTyped(error: unknown, typed: Readonly<Record<keyof typeof FLAGS, readonly string[]>>): unknown {
  if (!(error instanceof WorktimeError)) return error;
  const message = error.message.replace(/`(supplements|extensions|pauses)\[(\d+)\](?:\.(\w+))?`/g, (_match, list: keyof typeof FLAGS, index: string, part?: string) => {
    const value = typed[list][Number(index)] ?? '';
    return `${FLAGS[list]} ${JSON.stringify(value)}${part !== undefined && PARTS[part] !== undefined ? ` (${PARTS[part]})` : ''}`;
  });
  return message === error.message ? error : new WorktimeError(error.code, message, { ...error.details }, error.path);
}

export const deadline: Command = {
  name: 'deadline',
  synopsis: '<acceptedAt> --days <n> | --hours <n>',
  summary: 'processing deadline: working days or hours, with pauses and extensions',
  description: [
    'The processing deadline of a dossier accepted at <acceptedAt>. Working days count as the Civil Code counts days (BLDS 2015, Điều 147–148): from the day after acceptance, ending at the close of working hours of the last day. Working hours count from <acceptedAt>.',
    'Supplements (--supplement REQUESTED..COMPLETED): under the law in force (NĐ 118/2025/NĐ-CP, Điều 19 khoản 5) the period restarts in full from the complete dossier; while it is outstanding (REQUESTED alone) there is no deadline and the dossier is closed after 15 days. --method kpi766 counts as the QĐ 766 dashboards do: the waiting time is a pause.',
    'Extensions (gia hạn) add working days or hours with a reason (one extension at most, requested at least one day before the due date: 2d@2026-03-08:reason); pauses (tạm dừng) add back the working time inside them. Every step is listed in the basis, and every broken rule under Vi phạm.',
    'Processing periods count the civil service\'s working days: a Saturday desk (--saturday) is opening hours, not a working day, and does not shorten them.',
    'On this command --hours is the period; office hours are --office-hours.',
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'days', value: '<n>', help: 'the period in working days (a whole number ≥ 1)' },
    { name: 'hours', value: '<n>', help: 'the period in working hours (8, 0.5 or 4h30m)' },
    { name: 'pause', value: '<from..to>', repeatable: true, help: 'a pause of the clock, e.g. 2026-03-03T09:00..2026-03-05T09:00 (repeatable)' },
    { name: 'supplement', value: '<requested..completed>', repeatable: true, help: 'a request to supplement and the complete resubmission; REQUESTED alone while outstanding (repeatable)' },
    { name: 'extend', value: '<amount[@requested]:reason>', repeatable: true, help: 'an extension: 2d:reason (working days) or 4h:reason (working time), optionally @when it was requested (repeatable)' },
    { name: 'method', value: '<legal|kpi766>', help: 'legal: the law in force (default); kpi766: the QĐ 766 dashboards\' method (supplements pause the clock)' },
    { name: 'rules', value: '<tay-ninh|national>', help: 'the rule set (processing periods are national law: both give the same deadline)' },
    ...calendarOptions(false),
  ],
  examples: [
    ['vn-worktime deadline 2026-02-13T16:30 --days 5', '5 working days from the Friday before Tết → Thứ Sáu, 27/02/2026 17:00'],
    ['vn-worktime deadline 2026-03-02T09:00 --days 3 --pause 2026-03-03T09:00..2026-03-05T09:00', 'waiting 2 working days for a supplement → 09/03/2026'],
    ['vn-worktime deadline 2026-04-28T10:00 --days 10 --extend "5d:Xác minh thực địa"', '10 working days over 30/4–1/5, extended by 5 working days'],
    ['vn-worktime deadline 2026-03-02T09:00 --days 5 --supplement 2026-03-04T10:00..2026-03-09T14:00', 'restarted from the complete dossier → Thứ Hai, 16/03/2026 17:00'],
    ['vn-worktime deadline 2026-03-02T09:00 --days 5 --supplement 2026-03-04T10:00..2026-03-09T14:00 --method kpi766', 'the waiting time paused → Thứ Sáu, 13/03/2026 17:00'],
    ['vn-worktime deadline 2026-03-10T09:00 --hours 8 --json', 'an 8-working-hour service, for scripts'],
  ],
  run(ctx) {
    const [accepted = ''] = ctx.args.positionals;
    const period = periodOf(ctx.args);
    const calendar = ctx.processingCalendar();
    const acceptedAt = instantArg(accepted, ctx.now, '<acceptedAt>');
    const method = ctx.args.string('method');
    const rules = ctx.args.string('rules');
    const typed = { pauses: ctx.args.list('pause'), extensions: ctx.args.list('extend'), supplements: ctx.args.list('supplement') };
    const options = {
      calendar,
      pauses: typed.pauses.map((p) => pauseOf(p, ctx.now)),
      extensions: typed.extensions.map((e) => extensionOf(e, ctx.now)),
      supplements: typed.supplements.map((s) => supplementOf(s, ctx.now)),
      ...(method !== undefined && { method: methodArg(method) }),
      ...(rules !== undefined && { rules: rulesArg(rules) }),
    };
    let r: ReturnType<typeof processingDeadline>;
    try {
      r = processingDeadline(acceptedAt, period, options);
    } catch (error) {
      throw asTyped(error, typed);
    }
    const at = asDateTime(calendar, acceptedAt);
    if (ctx.json) {
      ctx.print(jsonLine({ acceptedAt: at, period, ...r }));
      return 0;
    }
    const { lang, style } = ctx;
    const length =
      'workingDays' in period
        ? `${period.workingDays} ${pick(lang, 'ngày làm việc', period.workingDays === 1 ? 'working day' : 'working days')}`
        : `${period.workingHours} ${pick(lang, 'giờ làm việc', period.workingHours === 1 ? 'working hour' : 'working hours')}`;
    const rows: Array<[string, string]> = [
      [
        pick(lang, 'Hạn giải quyết', 'Deadline'),
        r.deadline === null ? style.yellow(pick(lang, 'chưa có (đang chờ bổ sung hồ sơ)', 'none yet (waiting for a supplement)')) : style.bold(style.cyan(instantText(r.deadline, lang))),
      ],
      [pick(lang, 'Tiếp nhận', 'Accepted'), instantText(at, lang)],
      [pick(lang, 'Thời hạn', 'Period'), length],
    ];
    if (r.waiting) {
      rows.push([pick(lang, 'Chờ bổ sung từ', 'Waiting since'), instantText(r.waiting.since, lang)]);
      rows.push([pick(lang, 'Đóng hồ sơ sau ngày', 'Closed after'), dayText(r.waiting.closesOn, lang)]);
    }
    const violations = r.violations.map((v) => style.red(`  - ${lang === 'vi' ? v.vi : v.en} [${v.source}]`));
    ctx.print(
      ...fields(rows, style),
      ...provisionalLines(calendar, at, r.deadline ?? r.waiting?.since ?? at, lang, style),
      ...(violations.length > 0 ? [style.bold(pick(lang, 'Vi phạm:', 'Violations:')), ...violations] : []),
      ...basisLines(r.basis, lang, style),
    );
    return 0;
  },
};
