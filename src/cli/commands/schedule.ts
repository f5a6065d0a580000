/**
 * `vn-worktime schedule <year>`: the civil-service schedule of a year — its Monday–Friday days
 * off, its worked Saturdays (làm bù), whether it is official or provisional, and its sources.
 *
 * @module
 */
import { provisionalNote } from '../../tthc/provisional.js';
import { officialSchedule } from '../../vietnam/officialSchedule.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { FORMAT_OPTION, Notes, dayLines, formatOf, writeExport } from '../holidayTable.js';
import { fields, pick } from '../text.js';
import { yearArg } from '../values.js';

export const schedule: Command = {
  name: 'schedule',
  synopsis: '<year>',
  summary: msg('lịch nghỉ của cán bộ, công chức trong một năm: ngày nghỉ, thứ Bảy làm bù, tình trạng và văn bản', 'civil-service schedule of a year: days off, worked Saturdays, status and sources'),
  description: [
    msg('Các ngày (thứ Hai–thứ Sáu) cán bộ, công chức nghỉ vì lễ, Tết, các ngày cuối tuần làm bù, và các văn bản quy định. Lịch chính thức có trong dữ liệu cho 2010–2026. Năm sau chưa công bố là tạm tính: suy ra từ luật và các quyết định trước; khi có lịch chính thức, truyền cho các lệnh khác bằng --schedule. Năm trước đó cũng được suy ra như vậy, và ghi rõ lịch của năm đó không có trong dữ liệu.', "The days a civil servant does not work for a holiday reason (Monday–Friday), the weekend days worked in exchange (làm bù), and the documents they rest on. Official schedules are in the data for 2010–2026. A later year not yet announced is provisional (tạm tính): derived from the statute and past decisions; pass the official schedule with --schedule to the other commands once it appears. An earlier year is derived the same way, and says that its schedule is not in the data."),
  ],
  arity: { min: 1, max: 1 },
  options: [FORMAT_OPTION],
  examples: [
    ['vn-worktime schedule 2026', msg('chính thức (Thông báo 9441/TB-BNV): Tết 16–20/02; làm bù Thứ Bảy 10/01 và 22/08', 'official (Thông báo 9441/TB-BNV): Tết 16–20/02; Thứ Bảy 10/01 and 22/08 worked')],
    ['vn-worktime schedule 2027', msg('tạm tính cho đến khi được công bố', 'provisional (tạm tính) until it is announced')],
    ['vn-worktime schedule 2025 --format ics > lich-nghi-2025.ics', msg('ngày nghỉ và thứ Bảy làm bù thành sự kiện lịch', 'days off and worked Saturdays as calendar events')],
  ],
  run(ctx) {
    const year = yearArg(ctx.args.positionals[0] ?? '');
    const format = formatOf(ctx);
    const s = officialSchedule(year);
    if (writeExport(ctx, format, s)) return 0;
    const { lang, style } = ctx;
    const official = s.status === 'official';
    const note = provisionalNote([year]);
    const status = official ? style.green(pick(lang, 'chính thức', 'official')) : style.yellow(pick(lang, `tạm tính (${note.vi})`, `provisional (${note.en})`));
    const notes = new Notes();
    ctx.print(
      style.bold(pick(lang, `Lịch nghỉ năm ${year} của cán bộ, công chức, viên chức`, `Civil-service schedule of ${year}`)),
      ...fields(
        [
          [pick(lang, 'Trạng thái', 'Status'), status],
          [pick(lang, 'Văn bản', 'Documents'), s.sources.join('; ')],
        ],
        style,
      ),
      '',
      style.bold(pick(lang, 'Ngày nghỉ (thứ Hai – thứ Sáu):', 'Days off (Monday–Friday):')),
      ...dayLines(s.daysOff, lang, style, notes),
    );
    if (s.workdays.length > 0) {
      ctx.print('', style.bold(pick(lang, 'Ngày làm bù:', 'Worked weekend days:')), ...dayLines(s.workdays.map((w) => ({ ...w, kind: 'workday' as const })), lang, style, notes));
    }
    ctx.print(...notes.lines(lang, style));
    return 0;
  },
};
