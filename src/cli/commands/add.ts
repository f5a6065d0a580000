/**
 * `vn-worktime add <instant> <duration>`: working time (`8h`, `-2h`, `1h30m`) or working days
 * (`5d`) added to an instant or a day.
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { parseAmount } from '../duration.js';
import { dayText, durationText, fields, instantText, isoDuration, jsonLine, pick } from '../text.js';
import { asDateTime, instantArg, isDateOnly } from '../values.js';

export const add: Command = {
  name: 'add',
  synopsis: '<instant> <duration>',
  summary: 'add working time (8h, -2h, 1h30m) or working days (5d)',
  description: [
    'The instant <duration> of working time after <instant> (before it when negative): the earliest instant at which that much working time has passed, so 8 hours from Monday 07:00 is Monday 17:00. A duration in days (5d, -1d) gives the n-th working day after (before) the day of <instant>.',
  ],
  arity: { min: 2, max: 2 },
  options: calendarOptions(true),
  examples: [
    ['vn-worktime add 2026-02-13T16:30 8h', 'half an hour before Tết, 7.5 hours after it → Thứ Hai, 23/02/2026 16:30'],
    ['vn-worktime add 2026-03-16T08:00 -2h', 'two working hours earlier → Thứ Sáu, 13/03/2026 16:00'],
    ['vn-worktime add 2025-04-29 1d', 'the next working day after 30/4–1/5 → Thứ Hai, 05/05/2025'],
  ],
  run(ctx) {
    const [instant = '', durationArg = ''] = ctx.args.positionals;
    const amount = parseAmount(durationArg, 'the duration');
    const calendar = ctx.calendar();
    const input = instantArg(instant, ctx.now, '<instant>');
    const { lang, style } = ctx;
    if (amount.kind === 'days') {
      const from = isDateOnly(input) ? input.trim() : asDateTime(calendar, input);
      const result = calendar.addWorkingDays(from, amount.days);
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
    const from = asDateTime(calendar, input);
    const result = calendar.addWorkingTime(from, amount.ms);
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
