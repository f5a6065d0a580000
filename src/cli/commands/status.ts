/**
 * `vn-worktime status <deadline> [--completed T] [--now T]`: trước hạn, đúng hạn, trễ hạn, đang xử
 * lý or quá hạn, and by how much working time.
 *
 * @module
 */
import { slaStatus } from '../../tthc/processing/slaStatus.js';
import type { SlaStatusInput } from '../../tthc/processing/slaStatus.js';
import { calendarOptions } from '../calendarOptions.js';
import { provisionalLines } from '../provisionalText.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { resolveDeadline } from '../resolveDeadline.js';
import { durationText, fields, hoursNumber, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { statusText } from '../statusText.js';
import { asDateTime, instantArg } from '../values.js';

/** `--now` is required unless the dossier is completed: nothing reads the clock unasked. */
const MISSING_NOW = 'Expected --now <instant> for a dossier that is not completed (--completed): the status is taken at an instant; pass --now now for the current time';

export const status: Command = {
  name: 'status',
  synopsis: '<deadline>',
  summary: 'early / on time / late, or in progress / overdue, and by how much working time',
  description: [
    'The status of a dossier due at <deadline> (an instant, or a day alone: the close of working hours that day): completed (--completed) before the due day → trước hạn (early); on the due day by the deadline → đúng hạn (on time); after it → trễ hạn (late). Not completed: đang xử lý (in progress), or quá hạn (overdue) once --now is past the deadline.',
    '--now is required when --completed is not given; the clock is read only with --now now.',
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'completed', value: '<instant>', help: 'when the dossier was settled' },
    { name: 'now', value: '<instant>', help: "the instant the status is taken at ('now' for the clock); required without --completed" },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime status 2026-02-27T17:00 --completed 2026-02-27T16:59', 'đúng hạn (on time), 1 minute to spare'],
    ['vn-worktime status 2026-02-27 --completed 2026-02-26T17:00', 'trước hạn (early) by 8 working hours'],
    ['vn-worktime status 2026-02-27T17:00 --now 2026-03-02T08:00 --json', 'quá hạn (overdue), for scripts'],
    ['vn-worktime status 2026-02-27T17:00 --now now', 'at the current time'],
  ],
  run(ctx) {
    const [deadlineArg = ''] = ctx.args.positionals;
    const completed = ctx.args.string('completed');
    const now = ctx.args.string('now');
    if (completed === undefined && now === undefined) throw new UsageError('MISSING_OPTION', MISSING_NOW);
    const calendar = ctx.processingCalendar();
    const input: SlaStatusInput = { deadline: instantArg(deadlineArg, ctx.now, '<deadline>'), calendar };
    if (completed !== undefined) input.completedAt = instantArg(completed, ctx.now, '--completed');
    if (now !== undefined) input.now = instantArg(now, ctx.now, '--now');
    const r = slaStatus(input);
    const deadline = resolveDeadline(calendar, input.deadline as string | Date);
    const completedAt = input.completedAt === undefined || input.completedAt === null ? undefined : asDateTime(calendar, input.completedAt as string | Date);
    const at = input.now === undefined ? undefined : asDateTime(calendar, input.now as string | Date);
    const ms = r.margin.toMillis();
    if (ctx.json) {
      ctx.print(
        jsonLine({ status: r.status, margin: isoDuration(ms), marginHours: hoursNumber(ms), provisional: r.provisional, deadline, ...(completedAt && { completedAt }), ...(at && { now: at }) }),
      );
      return 0;
    }
    const { lang, style } = ctx;
    const side = ms >= 0 ? pick(lang, 'trước hạn', 'before the deadline') : pick(lang, 'sau hạn', 'after the deadline');
    const rows: Array<[string, string]> = [
      [pick(lang, 'Trạng thái', 'Status'), statusText(r.status, lang, style)],
      [pick(lang, 'Hạn giải quyết', 'Deadline'), instantText(deadline, lang)],
    ];
    if (completedAt !== undefined) rows.push([pick(lang, 'Hoàn thành', 'Completed'), instantText(completedAt, lang)]);
    if (at !== undefined) rows.push([pick(lang, 'Thời điểm xét', 'As of'), instantText(at, lang)]);
    rows.push([pick(lang, 'Chênh lệch', 'Margin'), `${durationText(Math.abs(ms), lang)} ${pick(lang, 'làm việc', 'of working time')} ${side}`]);
    ctx.print(...fields(rows, style), ...provisionalLines(calendar, deadline, completedAt ?? at ?? deadline, lang, style));
    return 0;
  },
};
