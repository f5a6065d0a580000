/**
 * `vn-worktime solar <lunar date>`: the Gregorian day of a Vietnamese lunar date.
 *
 * @module
 */
import { fromLunar } from '../../lunar/fromLunar.js';
import type { LunarDate } from '../../lunar/lunarDate.js';
import type { Command } from '../command.js';
import { InputError } from '../errors.js';
import { withInputs } from '../inputs.js';
import { msg } from '../messages.js';
import { label, notA } from '../values.js';
import { canChiText, lunarText } from '../lunarText.js';
import { dayText, fields, jsonLine, pick } from '../text.js';

/**
 * `2026-03-10` (year-month-day) or `10/3/2026` (day/month/year) as a lunar date.
 *
 * @throws InputError `INVALID_LUNAR_DATE`.
 */
export function parseLunar(text: string, leap: boolean): LunarDate {
  const t = text.trim();
  const ymd = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/.exec(t);
  if (ymd !== null) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]), leap };
  if (dmy !== null) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]), leap };
  throw new InputError('INVALID_LUNAR_DATE', notA(label('<lunar date>'), text, 'một ngày âm lịch', 'a lunar date', msg('hãy viết YYYY-MM-DD hoặc D/M/YYYY, như 2026-03-10 hoặc 10/3/2026', 'write it as YYYY-MM-DD or D/M/YYYY, such as 2026-03-10 or 10/3/2026')));
}

export const solar: Command = {
  name: 'solar',
  synopsis: '<lunar date>',
  summary: msg('âm lịch → dương lịch (--leap cho tháng nhuận)', 'lunar → Gregorian date (--leap for a leap month)'),
  description: [
    msg('Ngày dương lịch của một ngày âm lịch, viết YYYY-MM-DD hoặc D/M/YYYY (ngày/tháng/năm), trong đó năm là năm âm lịch, đánh số như năm dương lịch có Tết của nó. Thêm --leap cho một ngày của tháng nhuận.', 'The Gregorian day of a Vietnamese lunar date, given as YYYY-MM-DD or D/M/YYYY (day/month/year), where the year is the lunar year numbered like the Gregorian year of its Tết. Add --leap for a day of the leap month.'),
  ],
  arity: { min: 1, max: 1 },
  options: [{ name: 'leap', help: msg('ngày thuộc tháng nhuận', 'the day is in the leap month (tháng nhuận)') }],
  examples: [
    ['vn-worktime solar 10/3/2026', msg('Giỗ Tổ Hùng Vương → Chủ Nhật, 26/04/2026', 'Giỗ Tổ Hùng Vương → Chủ Nhật, 26/04/2026')],
    ['vn-worktime solar 2026-01-01', msg('Tết Bính Ngọ → Thứ Ba, 17/02/2026', 'Tết Bính Ngọ → Thứ Ba, 17/02/2026')],
    ['vn-worktime solar 1/4/2020 --leap', msg('tháng 4 nhuận năm Canh Tý → 23/05/2020', 'the leap 4th month of Canh Tý → 23/05/2020')],
  ],
  run(ctx) {
    const text = ctx.args.positionals[0] ?? '';
    const l = parseLunar(text, ctx.args.has('leap'));
    const leap = ctx.args.has('leap') ? ' --leap' : '';
    const date = withInputs(
      [{ label: label('<lunar date>'), text: `${text}${leap}`, names: ['lunar', 'l', 'year'], reasons: { INVALID_LUNAR_DATE: msg('không phải là ngày âm lịch có thật (tháng thiếu có 29 ngày; --leap chỉ dùng cho tháng nhuận của năm đó)', 'is not a lunar date that exists (a short month has 29 days; --leap only for the leap month of that year)') } }],
      () => fromLunar(l),
    );
    if (ctx.json) {
      ctx.print(jsonLine({ lunar: l, date }));
      return 0;
    }
    const { lang, style } = ctx;
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Dương lịch', 'Gregorian'), style.bold(style.cyan(dayText(date, lang)))],
          [pick(lang, 'Âm lịch', 'Lunar'), lunarText(l, lang)],
          ['Can Chi', canChiText(l, date, lang)],
        ],
        style,
      ),
    );
    return 0;
  },
};
