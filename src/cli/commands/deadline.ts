/**
 * `vn-worktime deadline <acceptedAt> --days N | --hours N`: the processing deadline of a dossier,
 * with pauses (`--pause FROM..TO`) and extensions (`--extend 2d:reason`).
 *
 * @module
 */
import { processingDeadline } from '../../tthc/processingDeadline.js';
import type { Extension, Pause, Period } from '../../tthc/processingDeadline.js';
import { WorktimeError, describe } from '../../errors.js';
import type { ParsedArgs } from '../args.js';
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { parseAmount } from '../duration.js';
import { UsageError } from '../errors.js';
import { basisLines, fields, instantText, jsonLine, pick } from '../text.js';
import { asDateTime, instantArg, numberArg } from '../values.js';

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

function extensionOf(text: string): Extension {
  const colon = text.indexOf(':');
  const amount = parseAmount(colon < 0 ? text : text.slice(0, colon), '--extend');
  const reason = colon < 0 ? '' : text.slice(colon + 1);
  if (amount.kind === 'days') return { workingDays: amount.days, reason };
  return { workingHours: amount.ms / 3_600_000, reason };
}

export const deadline: Command = {
  name: 'deadline',
  synopsis: '<acceptedAt> --days <n> | --hours <n>',
  summary: 'processing deadline: working days or hours, with pauses and extensions',
  description: [
    'The processing deadline of a dossier accepted at <acceptedAt>. Working days count as the Civil Code counts days (BLDS 2015, Điều 147–148): from the day after acceptance, ending at the close of working hours of the last day. Working hours count from <acceptedAt>.',
    'Extensions (gia hạn) add working days or hours with a reason; pauses (tạm dừng, e.g. waiting for the applicant to supplement the dossier) add back the working time inside them. Every step is listed in the basis.',
    'On this command --hours is the period; office hours are --office-hours.',
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'days', value: '<n>', help: 'the period in working days (a whole number ≥ 1)' },
    { name: 'hours', value: '<n>', help: 'the period in working hours (8, 0.5 or 4h30m)' },
    { name: 'pause', value: '<from..to>', repeatable: true, help: 'a pause of the clock, e.g. 2026-03-03T09:00..2026-03-05T09:00 (repeatable)' },
    { name: 'extend', value: '<amount:reason>', repeatable: true, help: 'an extension: 2d:reason (working days) or 4h:reason (working time) (repeatable)' },
    ...calendarOptions(false),
  ],
  examples: [
    ['vn-worktime deadline 2026-02-13T16:30 --days 5', '5 working days from the Friday before Tết → Thứ Sáu, 27/02/2026 17:00'],
    ['vn-worktime deadline 2026-03-02T09:00 --days 3 --pause 2026-03-03T09:00..2026-03-05T09:00', 'waiting 2 working days for a supplement → 09/03/2026'],
    ['vn-worktime deadline 2026-04-28T10:00 --days 10 --extend "5d:Xác minh thực địa"', '10 working days over 30/4–1/5, extended by 5 working days'],
    ['vn-worktime deadline 2026-03-10T09:00 --hours 8 --json', 'an 8-working-hour service, for scripts'],
  ],
  run(ctx) {
    const [accepted = ''] = ctx.args.positionals;
    const period = periodOf(ctx.args);
    const calendar = ctx.calendar();
    const acceptedAt = instantArg(accepted, ctx.now, '<acceptedAt>');
    const r = processingDeadline(acceptedAt, period, {
      calendar,
      pauses: ctx.args.list('pause').map((p) => pauseOf(p, ctx.now)),
      extensions: ctx.args.list('extend').map(extensionOf),
    });
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
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Hạn giải quyết', 'Deadline'), style.bold(style.cyan(instantText(r.deadline, lang)))],
          [pick(lang, 'Tiếp nhận', 'Accepted'), instantText(at, lang)],
          [pick(lang, 'Thời hạn', 'Period'), length],
        ],
        style,
      ),
      ...basisLines(r.basis, lang, style),
    );
    return 0;
  },
};
