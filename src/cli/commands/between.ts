/**
 * `vn-worktime between <a> <b>`: the working time from one instant to another.
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { durationText, fields, hoursNumber, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { asDateTime, instantArg } from '../values.js';

export const between: Command = {
  name: 'between',
  synopsis: '<a> <b>',
  summary: 'working time between two instants',
  description: ['The working time from <a> to <b>: negative when <b> is before <a>. Lunch breaks, nights, weekends and days off do not count.'],
  arity: { min: 2, max: 2 },
  options: calendarOptions(true),
  examples: [
    ['vn-worktime between 2026-02-13T16:30 2026-02-23T16:30', '8 giờ: half an hour before Tết, 7.5 hours after it'],
    ['vn-worktime between "2026-03-10 09:00" "2026-03-10 15:00" --json', '4 hours (the lunch break does not count)'],
  ],
  run(ctx) {
    const calendar = ctx.calendar();
    const [from = '', to = ''] = ctx.args.positionals;
    const a = asDateTime(calendar, instantArg(from, ctx.now, '<a>'));
    const b = asDateTime(calendar, instantArg(to, ctx.now, '<b>'));
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
