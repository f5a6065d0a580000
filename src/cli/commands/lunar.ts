/**
 * `vn-worktime lunar <date>`: a Gregorian day in the Vietnamese lunar calendar (UTC+7), with its
 * Can Chi names.
 *
 * @module
 */
import { toLunar } from '../../lunar/toLunar.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { canChiOf, canChiText, lunarText } from '../lunarText.js';
import { dayText, fields, jsonLine, pick } from '../text.js';
import { withInputs } from '../inputs.js';
import { dateArg, label } from '../values.js';

export const lunar: Command = {
  name: 'lunar',
  synopsis: '<date>',
  summary: msg('dương lịch → âm lịch, kèm tên Can Chi', 'Gregorian → lunar date (âm lịch), with Can Chi names'),
  description: [
    msg('Ngày theo âm lịch Việt Nam, tính theo UTC+7 (khác lịch Trung Quốc ở một số năm, như Tết 1985 và 2007), kèm tên Can Chi của ngày, tháng và năm. Từ năm 1900 đến 2199.', 'The day in the Vietnamese lunar calendar, computed for UTC+7 (it differs from the Chinese calendar in some years, e.g. Tết 1985 and 2007), with the Can Chi (sexagenary) names of its day, month and year. Dates from 1900 to 2199.'),
  ],
  arity: { min: 1, max: 1 },
  options: [],
  examples: [
    ['vn-worktime lunar 2026-02-17', msg('1/1/2026 (Bính Ngọ): mùng 1 Tết', '1/1/2026 (Bính Ngọ): mùng 1 Tết')],
    ['vn-worktime lunar 23/5/2020', msg('1/4 nhuận/2020 (Canh Tý): ngày đầu của một tháng nhuận', '1/4 nhuận/2020 (Canh Tý): the first day of a leap month')],
    ['vn-worktime lunar today --json', msg('hôm nay, cho chương trình', 'today, for scripts')],
  ],
  run(ctx) {
    const typedDate = ctx.args.positionals[0] ?? '';
    const date = dateArg(typedDate, ctx.now, 'Asia/Ho_Chi_Minh', label('<date>'));
    const l = withInputs([{ label: label('<date>'), text: typedDate, names: ['date', 'd'] }], () => toLunar(date));
    const day = date.trim();
    if (ctx.json) {
      ctx.print(jsonLine({ date: day, lunar: l, canChi: canChiOf(l, day) }));
      return 0;
    }
    const { lang, style } = ctx;
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Âm lịch', 'Lunar'), style.bold(style.cyan(lunarText(l, lang)))],
          [pick(lang, 'Dương lịch', 'Gregorian'), dayText(day, lang)],
          ['Can Chi', canChiText(l, day, lang)],
        ],
        style,
      ),
    );
    return 0;
  },
};
