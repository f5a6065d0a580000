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
import { msg } from '../messages.js';
import { UsageError } from '../errors.js';
import { durationText, fields, hoursNumber, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { statusText } from '../statusText.js';
import { withInputs } from '../inputs.js';
import type { Source } from '../inputs.js';
import { asDateTime, deadlineAloneNote, instantArg, isDateOnly, label } from '../values.js';
import type { Lang } from '../text.js';

/**
 * The margin in words. Late or overdue without working time over (completed after hours on the
 * due day): how late by the clock, and that it was outside working hours — never "before the
 * deadline" beside "late".
 */
function marginText(status: string, workMs: number, clockMs: number, lang: Lang): string {
  const behind = status === 'late' || status === 'overdue';
  if (behind && workMs === 0) {
    return pick(
      lang,
      `${durationText(clockMs, lang)} sau hạn, ngoài giờ làm việc (0 giờ làm việc quá hạn)`,
      `${durationText(clockMs, lang)} after the deadline, outside working hours (0 h of working time over)`,
    );
  }
  const side = behind ? pick(lang, 'sau hạn', 'after the deadline') : pick(lang, 'trước hạn', 'before the deadline');
  return `${durationText(Math.abs(workMs), lang)} ${pick(lang, 'làm việc', 'of working time')} ${side}`;
}

/** `--now` is required unless the dossier is completed: nothing reads the clock unasked. */
const MISSING_NOW = msg(
  'thiếu --now <instant> cho hồ sơ chưa hoàn thành (--completed): tình trạng được xét tại một thời điểm; dùng --now now cho giờ hiện tại',
  'expected --now <instant> for a dossier that is not completed (--completed): the status is taken at an instant; pass --now now for the current time',
);

export const status: Command = {
  name: 'status',
  synopsis: '<deadline>',
  summary: msg('trước hạn / đúng hạn / trễ hạn, hoặc đang xử lý / quá hạn, và chênh lệch bao nhiêu giờ làm việc', 'early / on time / late, or in progress / overdue, and by how much working time'),
  description: [
    msg('Tình trạng của hồ sơ có hạn <deadline> (một thời điểm, hoặc một ngày không kèm giờ: hết giờ làm việc ngày đó): hoàn thành (--completed) trước ngày hết hạn → trước hạn; trong ngày hết hạn, không muộn hơn hạn → đúng hạn; sau hạn → trễ hạn. Chưa hoàn thành: đang xử lý, hoặc quá hạn khi --now đã qua hạn. Hoàn thành sau giờ làm việc của ngày hết hạn là trễ hạn dù không quá giờ làm việc nào: kết quả ghi trễ bao lâu theo đồng hồ.', 'The status of a dossier due at <deadline> (an instant, or a day alone: the close of working hours that day): completed (--completed) before the due day → trước hạn (early); on the due day by the deadline → đúng hạn (on time); after it → trễ hạn (late). Not completed: đang xử lý (in progress), or quá hạn (overdue) once --now is past the deadline.'),
    msg('Cần --now khi không có --completed; đồng hồ chỉ được đọc với --now now.', '--now is required when --completed is not given; the clock is read only with --now now.'),
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'completed', value: '<instant>', help: msg('thời điểm hồ sơ được giải quyết xong', 'when the dossier was settled') },
    { name: 'now', value: '<instant>', help: msg('thời điểm xét tình trạng (now là giờ hiện tại); bắt buộc khi không có --completed', "the instant the status is taken at ('now' for the clock); required without --completed") },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime status 2026-02-27T17:00 --completed 2026-02-27T16:59', msg('đúng hạn, còn 1 phút', 'đúng hạn (on time), 1 minute to spare')],
    ['vn-worktime status 2026-02-27 --completed 2026-02-26T17:00', msg('trước hạn 8 giờ làm việc', 'trước hạn (early) by 8 working hours')],
    ['vn-worktime status 2026-02-27T17:00 --now 2026-03-02T08:00 --json', msg('quá hạn, cho chương trình', 'quá hạn (overdue), for scripts')],
    ['vn-worktime status 2026-02-27T17:00 --now now', msg('tại thời điểm hiện tại', 'at the current time')],
  ],
  run(ctx) {
    const [deadlineArg = ''] = ctx.args.positionals;
    const completed = ctx.args.string('completed');
    const now = ctx.args.string('now');
    if (completed === undefined && now === undefined) throw new UsageError('MISSING_OPTION', MISSING_NOW);
    const calendar = ctx.processingCalendar();
    const deadlineInput = instantArg(deadlineArg, ctx.now, label('<deadline>'));
    const input: SlaStatusInput = { deadline: deadlineInput, calendar };
    const sources: Source[] = [{ label: label('<deadline>'), text: deadlineArg, names: ['deadline'] }];
    if (completed !== undefined) {
      input.completedAt = ctx.instant(completed, label('--completed'));
      sources.push({ label: label('--completed'), text: completed, names: ['completedAt'] });
    }
    if (now !== undefined) {
      input.now = ctx.instant(now, label('--now'));
      sources.push({ label: label('--now'), text: now, names: ['now'] });
    }
    const r = withInputs(sources, () => slaStatus(input));
    const { deadline } = r;
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
    const rows: Array<[string, string]> = [
      [pick(lang, 'Trạng thái', 'Status'), statusText(r.status, lang, style)],
      [pick(lang, 'Hạn giải quyết', 'Deadline'), instantText(deadline, lang)],
    ];
    if (completedAt !== undefined) rows.push([pick(lang, 'Hoàn thành', 'Completed'), instantText(completedAt, lang)]);
    if (at !== undefined) rows.push([pick(lang, 'Thời điểm xét', 'As of'), instantText(at, lang)]);
    rows.push([pick(lang, 'Chênh lệch', 'Margin'), marginText(r.status, ms, r.at.toMillis() - deadline.toMillis(), lang)]);
    const note = isDateOnly(deadlineInput) ? ['', style.dim(deadlineAloneNote(label('<deadline>'), deadlineArg)[lang])] : [];
    ctx.print(...fields(rows, style), ...provisionalLines(calendar, deadline, completedAt ?? at ?? deadline, lang, style), ...note);
    return 0;
  },
};
