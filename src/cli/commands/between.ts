/**
 * `vn-worktime between <a> <b>`: the working time from one instant to another.
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { durationText, fields, hoursNumber, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { withInputs } from '../inputs.js';
import { asDateTime, label } from '../values.js';

export const between: Command = {
  name: 'between',
  synopsis: '<a> <b>',
  summary: msg('thời gian làm việc giữa hai thời điểm', 'working time between two instants'),
  description: [msg('Thời gian làm việc từ <a> đến <b>: âm khi <b> trước <a>. Nghỉ trưa, ban đêm, cuối tuần và ngày nghỉ không được tính.', 'The working time from <a> to <b>: negative when <b> is before <a>. Lunch breaks, nights, weekends and days off do not count.')],
  arity: { min: 2, max: 2 },
  options: calendarOptions(true),
  examples: [
    ['vn-worktime between 2026-02-13T16:30 2026-02-23T16:30', msg('8 giờ: nửa giờ trước Tết, 7,5 giờ sau Tết', '8 giờ: half an hour before Tết, 7.5 hours after it')],
    ['vn-worktime between "2026-03-10 09:00" "2026-03-10 15:00" --json', msg('4 giờ (không tính nghỉ trưa)', '4 hours (the lunch break does not count)')],
  ],
  run(ctx) {
    const calendar = ctx.calendar();
    const [from = '', to = ''] = ctx.args.positionals;
    const sources = [{ label: label('<a>'), text: from, names: ['a'] }, { label: label('<b>'), text: to, names: ['b'] }];
    const a = withInputs(sources.slice(0, 1), () => asDateTime(calendar, ctx.instant(from, label('<a>'))));
    const b = withInputs(sources.slice(1), () => asDateTime(calendar, ctx.instant(to, label('<b>'))));
    const ms = calendar.workingTimeBetween(a, b).toMillis();
    if (ctx.json) {
      ctx.print(jsonLine({ from: a, to: b, workingTime: isoDuration(ms), hours: hoursNumber(ms) }));
      return 0;
    }
    const { lang, style } = ctx;
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Thời gian làm việc', 'Working time'), style.bold(style.cyan(durationText(ms, lang)))],
          [pick(lang, 'Từ', 'From'), instantText(a, lang)],
          [pick(lang, 'Đến', 'To'), instantText(b, lang)],
        ],
        style,
      ),
    );
    return 0;
  },
};
