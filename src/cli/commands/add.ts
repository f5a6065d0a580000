/**
 * `vn-worktime add <instant> <duration>`: working time (`8h`, `-2h`, `1h30m`) or working days
 * (`5d`) added to an instant or a day.
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { parseAmount } from '../duration.js';
import { dayText, durationText, fields, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { withInputs } from '../inputs.js';
import { asDateTime, instantArg, isDateOnly, label } from '../values.js';

export const add: Command = {
  name: 'add',
  synopsis: '<instant> <duration>',
  summary: msg('cộng thời gian làm việc (8h, -2h, 1h30m) hoặc ngày làm việc (5d)', 'add working time (8h, -2h, 1h30m) or working days (5d)'),
  description: [
    msg('Thời điểm sau <instant> một lượng <duration> thời gian làm việc (trước nó khi âm): thời điểm sớm nhất mà lượng thời gian làm việc đó đã trôi qua, nên 8 giờ từ 07:00 thứ Hai là 17:00 thứ Hai. Một số ngày (5d, -1d) cho ngày làm việc thứ n sau (trước) ngày của <instant>.', 'The instant <duration> of working time after <instant> (before it when negative): the earliest instant at which that much working time has passed, so 8 hours from Monday 07:00 is Monday 17:00. A duration in days (5d, -1d) gives the n-th working day after (before) the day of <instant>.'),
  ],
  arity: { min: 2, max: 2 },
  options: calendarOptions(true),
  examples: [
    ['vn-worktime add 2026-02-13T16:30 8h', msg('nửa giờ trước Tết, 7,5 giờ sau Tết → Thứ Hai, 23/02/2026 16:30', 'half an hour before Tết, 7.5 hours after it → Thứ Hai, 23/02/2026 16:30')],
    ['vn-worktime add 2026-03-16T08:00 -2h', msg('sớm hơn hai giờ làm việc → Thứ Sáu, 13/03/2026 16:00', 'two working hours earlier → Thứ Sáu, 13/03/2026 16:00')],
    ['vn-worktime add 2025-04-29 1d', msg('ngày làm việc kế tiếp sau 30/4–1/5 → Thứ Hai, 05/05/2025', 'the next working day after 30/4–1/5 → Thứ Hai, 05/05/2025')],
  ],
  run(ctx) {
    const [instant = '', durationArg = ''] = ctx.args.positionals;
    const amount = parseAmount(durationArg, label('<duration>'));
    const calendar = ctx.calendar();
    const input = amount.kind === 'days' ? instantArg(instant, ctx.now, label('<instant>')) : ctx.instant(instant, label('<instant>'));
    const sources = [{ label: label('<instant>'), text: instant, names: ['t', 'd'] }, { label: label('<duration>'), text: durationArg, names: ['n', 'duration'] }];
    const { lang, style } = ctx;
    if (amount.kind === 'days') {
      const from = isDateOnly(input) ? input.trim() : asDateTime(calendar, input);
      const result = withInputs(sources, () => calendar.addWorkingDays(from, amount.days));
      const day = typeof from === 'string' ? from : (from.toISODate() ?? '');
      if (ctx.json) {
        ctx.print(jsonLine({ from: day, workingDays: amount.days, result }));
        return 0;
      }
      ctx.print(
        ...fields(
          [
            [pick(lang, 'Kết quả', 'Result'), style.bold(style.cyan(dayText(result, lang)))],
            [pick(lang, 'Từ', 'From'), dayText(day, lang)],
            [pick(lang, 'Cộng', 'Added'), `${amount.days} ${pick(lang, 'ngày làm việc', 'working days')}`],
          ],
          style,
        ),
      );
      return 0;
    }
    const from = withInputs(sources, () => asDateTime(calendar, input));
    const result = withInputs(sources, () => calendar.addWorkingTime(from, amount.ms));
    if (ctx.json) {
      ctx.print(jsonLine({ from, duration: isoDuration(amount.ms), result }));
      return 0;
    }
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Kết quả', 'Result'), style.bold(style.cyan(instantText(result, lang)))],
          [pick(lang, 'Từ', 'From'), instantText(from, lang)],
          [pick(lang, 'Cộng', 'Added'), `${durationText(amount.ms, lang)} ${pick(lang, 'làm việc', 'of working time')}`],
        ],
        style,
      ),
    );
    return 0;
  },
};
