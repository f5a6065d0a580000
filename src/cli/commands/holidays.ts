/**
 * `vn-worktime holidays <year>`: the public holidays of a year (Bộ luật Lao động), with Tết's days
 * as decided or derived and the compensatory days; as a table, JSON or an iCalendar file.
 *
 * @module
 */
import { provisionalNote } from '../../tthc/provisional.js';
import { officialSchedule } from '../../vietnam/officialSchedule.js';
import { publicHolidays } from '../../vietnam/publicHolidays.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { FORMAT_OPTION, Notes, dayLines, formatOf, writeExport } from '../holidayTable.js';
import { pick } from '../text.js';
import { yearArg } from '../values.js';

export const holidays: Command = {
  name: 'holidays',
  synopsis: '<year>',
  summary: msg('các ngày nghỉ lễ của một năm (bảng, JSON hoặc iCalendar)', 'public holidays of a year (table, JSON or iCalendar)'),
  description: [
    msg('Các ngày nghỉ lễ theo Bộ luật Lao động có hiệu lực năm đó (kể cả ngày rơi vào cuối tuần), các ngày Tết theo quyết định của Chính phủ (hoặc suy ra, với năm chưa công bố), và các ngày nghỉ bù. Các ngày hoán đổi của Chính phủ có trong vn-worktime schedule <year>.', "The statutory holidays of the Labour Code in force that year (also those on a weekend), Tết's days as the Government decided them (or as derived, for a year not yet announced), and the compensatory days (nghỉ bù). Government swaps are in vn-worktime schedule <year>."),
  ],
  arity: { min: 1, max: 1 },
  options: [FORMAT_OPTION],
  examples: [
    ['vn-worktime holidays 2026', msg('Tết Bính Ngọ 16–20/02, Giỗ Tổ 26/04 và ngày nghỉ bù 27/04, …', 'Tết Bính Ngọ 16–20/02, Giỗ Tổ 26/04 with its compensatory day 27/04, …')],
    ['vn-worktime holidays 2026 --format ics > nghi-le-2026.ics', msg('nhập vào Outlook hoặc Google Calendar', 'import into Outlook or Google Calendar')],
    ['vn-worktime holidays 2026 --json --lang en', msg('cho chương trình', 'for scripts')],
  ],
  run(ctx) {
    const year = yearArg(ctx.args.positionals[0] ?? '');
    const format = formatOf(ctx);
    const list = publicHolidays(year);
    const provisional = officialSchedule(year).status === 'provisional';
    if (writeExport(ctx, format, list, provisional)) return 0;
    const { lang, style } = ctx;
    const notes = new Notes();
    const note = provisionalNote([year]);
    ctx.print(
      style.bold(pick(lang, `Ngày nghỉ lễ, Tết năm ${year}`, `Public holidays of ${year}`)),
      ...(provisional
        ? [style.yellow(pick(lang, `Tạm tính (${note.vi}): ngày Tết và ngày liền kề Quốc khánh suy ra từ luật và các năm trước.`, `Provisional (${note.en}): Tết and the day next to National Day are derived from the statute and past years.`))]
        : []),
      ...dayLines(list, lang, style, notes),
      ...notes.lines(lang, style),
    );
    return 0;
  },
};
