/**
 * `vn-worktime solar <lunar date>`: the Gregorian day of a Vietnamese lunar date.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { fromLunar } from '../../lunar/fromLunar.js';
import type { LunarDate } from '../../lunar/lunarDate.js';
import type { Command } from '../command.js';
import { canChiText, lunarText } from '../lunarText.js';
import { dayText, fields, jsonLine, pick } from '../text.js';

/**
 * `2026-03-10` (year-month-day) or `10/3/2026` (day/month/year) as a lunar date.
 *
 * @throws WorktimeError `INVALID_LUNAR_DATE`.
 */
export function parseLunar(text: string, leap: boolean): LunarDate {
  const t = text.trim();
  const ymd = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/.exec(t);
  if (ymd !== null) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]), leap };
  if (dmy !== null) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]), leap };
  throw new WorktimeError('INVALID_LUNAR_DATE', `Expected a lunar date as YYYY-MM-DD or D/M/YYYY, such as 2026-03-10 or 10/3/2026, got ${describe(text)}`, { lunar: text });
}

export const solar: Command = {
  name: 'solar',
  synopsis: '<lunar date>',
  summary: 'lunar → Gregorian date (--leap for a leap month)',
  description: [
    'The Gregorian day of a Vietnamese lunar date, given as YYYY-MM-DD or D/M/YYYY (day/month/year), where the year is the lunar year numbered like the Gregorian year of its Tết. Add --leap for a day of the leap month.',
  ],
  arity: { min: 1, max: 1 },
  options: [{ name: 'leap', help: 'the day is in the leap month (tháng nhuận)' }],
  examples: [
    ['vn-worktime solar 10/3/2026', 'Giỗ Tổ Hùng Vương → Chủ Nhật, 26/04/2026'],
    ['vn-worktime solar 2026-01-01', 'Tết Bính Ngọ → Thứ Ba, 17/02/2026'],
    ['vn-worktime solar 1/4/2020 --leap', 'the leap 4th month of Canh Tý → 23/05/2020'],
  ],
  run(ctx) {
    const l = parseLunar(ctx.args.positionals[0] ?? '', ctx.args.has('leap'));
    const date = fromLunar(l);
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
