/**
 * `vn-worktime workdays <from> <to>`: the number of working days in (from, to].
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { dayText, jsonLine, pick } from '../text.js';
import { withInputs } from '../inputs.js';
import { dateArg, label } from '../values.js';

export const workdays: Command = {
  name: 'workdays',
  synopsis: '<from> <to>',
  summary: msg('số ngày làm việc trong (from, to]', 'number of working days in (from, to]'),
  description: [
    msg('Số ngày làm việc sau <from> đến hết <to>, như cách tính thời hạn theo ngày (không tính ngày đầu); âm khi <to> trước <from>. Theo lịch công vụ trừ khi có --calendar.', 'The number of working days after <from> up to and including <to>, as periods in days are counted (the first day is not counted); negative when <to> is before <from>. On the civil-service calendar unless --calendar is given.'),
  ],
  arity: { min: 2, max: 2 },
  options: calendarOptions(true),
  examples: [
    ['vn-worktime workdays 2026-02-13 2026-02-27', msg('5: không tính kỳ nghỉ Tết 9 ngày', '5: the 9-day Tết break is not counted')],
    ['vn-worktime workdays 29/4/2025 5/5/2025', msg('1: nghỉ 30/4, 1/5; 2/5 hoán đổi với thứ Bảy 26/4', '1: 30/4, 1/5 off; 2/5 swapped for Saturday 26/4')],
  ],
  run(ctx) {
    const calendar = ctx.calendar();
    const [from = '', to = ''] = ctx.args.positionals;
    const a = dateArg(from, ctx.now, calendar.zone, label('<from>'));
    const b = dateArg(to, ctx.now, calendar.zone, label('<to>'));
    const n = withInputs([{ label: label('<from>'), text: from, names: ['a'] }, { label: label('<to>'), text: to, names: ['b'] }], () => calendar.workingDaysBetween(a, b));
    if (ctx.json) {
      ctx.print(jsonLine({ from: a, to: b, workingDays: n }));
      return 0;
    }
    const { lang, style } = ctx;
    const count = style.bold(style.cyan(String(n)));
    ctx.print(
      pick(
        lang,
        `${count} ngày làm việc từ sau ${dayText(a, lang)} đến hết ${dayText(b, lang)}`,
        `${count} working day${Math.abs(n) === 1 ? '' : 's'} after ${dayText(a, lang)} up to and including ${dayText(b, lang)}`,
      ),
    );
    return 0;
  },
};
