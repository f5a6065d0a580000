/**
 * `vn-worktime calendar <year>`: a printable calendar of the year — twelve months, weekends, every
 * day off with its name, compensatory and swapped days, worked Saturdays, provisional days marked,
 * a legend and the schedule's sources — as one self-contained HTML page, a standalone SVG, or a
 * grid for the terminal.
 *
 * @module
 */
import { calendarHtml } from '../calendarPage/html.js';
import { calendarSvg } from '../calendarPage/svg.js';
import { calendarText } from '../calendarPage/terminal.js';
import { yearPage } from '../calendarPage/yearData.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { msg } from '../messages.js';
import { jsonLine } from '../text.js';
import { yearArg } from '../values.js';

type Format = 'html' | 'svg' | 'text';

export const calendar: Command = {
  name: 'calendar',
  synopsis: '<year>',
  summary: msg('lịch cả năm để in: ngày nghỉ, ngày làm bù, tạm tính (HTML, SVG hoặc văn bản)', 'a printable calendar of the year: days off, worked days, provisional days (HTML, SVG or text)'),
  description: [
    msg(
      'Mười hai tháng của năm, thứ Bảy và Chủ Nhật, mỗi ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi và ngày làm bù với tên của nó, ngày âm lịch, chú giải và các văn bản của lịch nghỉ. Ngày của năm chưa có lịch chính thức được đánh dấu tạm tính (?). Mỗi loại ngày có màu và một ký hiệu riêng, nên bản in đen trắng vẫn đọc được.',
      'The twelve months of the year, Saturdays and Sundays, every public holiday, compensatory day (nghỉ bù), swapped day (hoán đổi) and worked day (làm bù) with its name, the lunar dates, a legend and the documents of the schedule. Days of a year without an official schedule are marked provisional (?). Each kind of day has a colour and a symbol of its own, so a black-and-white print still reads.',
    ),
    msg(
      'html (mặc định): một trang tự chứa (không cần mạng), in vừa khổ A4. svg: một ảnh SVG độc lập. text: lưới cho terminal, có màu trên terminal trừ khi đặt NO_COLOR. --json: dữ liệu của từng ngày.',
      'html (the default): one self-contained page (nothing fetched), printable on A4. svg: a standalone SVG image. text: a grid for the terminal, in colour on a terminal unless NO_COLOR is set. --json: the data of every day.',
    ),
  ],
  arity: { min: 1, max: 1 },
  options: [{ name: 'format', value: '<html|svg|text>', choices: ['html', 'svg', 'text'], help: msg('html (mặc định), svg, hoặc text cho terminal', 'html (default), svg, or text for the terminal') }],
  examples: [
    ['vn-worktime calendar 2026 > lich-2026.html', msg('mở bằng trình duyệt rồi in ra khổ A4', 'open it in a browser and print it on A4')],
    ['vn-worktime calendar 2027 --format svg --lang en > calendar-2027.svg', msg('năm chưa công bố: các ngày nghỉ được đánh dấu tạm tính', 'a year not announced yet: its days off are marked provisional')],
    ['vn-worktime calendar 2026 --format text', msg('xem ngay trên terminal', 'right in the terminal')],
  ],
  run(ctx) {
    const year = yearArg(ctx.args.positionals[0] ?? '');
    const format = ctx.args.string('format') as Format | undefined;
    if (ctx.json && format !== undefined) throw new UsageError('CONFLICTING_OPTIONS', msg(`chỉ dùng --json hoặc --format ${format}, không dùng cả hai`, `expected either --json or --format ${format}, not both`));
    const page = yearPage(year);
    if (ctx.json) ctx.print(jsonLine(page));
    else if (format === 'svg') ctx.io.stdout.write(calendarSvg(page, ctx.lang));
    else if (format === 'text') ctx.print(...calendarText(page, ctx.lang, ctx.style));
    else ctx.io.stdout.write(calendarHtml(page, ctx.lang));
    return 0;
  },
};
