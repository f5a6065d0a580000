/**
 * `vn-worktime lunar <date>`: a Gregorian day in the Vietnamese lunar calendar (UTC+7), with its
 * Can Chi names.
 *
 * @module
 */
import { toLunar } from '../../lunar/toLunar.js';
import type { Command } from '../command.js';
import { canChiOf, canChiText, lunarText } from '../lunarText.js';
import { dayText, fields, jsonLine, pick } from '../text.js';
import { dateArg } from '../values.js';

export const lunar: Command = {
  name: 'lunar',
  synopsis: '<date>',
  summary: 'Gregorian → lunar date (âm lịch), with Can Chi names',
  description: [
    'The day in the Vietnamese lunar calendar, computed for UTC+7 (it differs from the Chinese calendar in some years, e.g. Tết 1985 and 2007), with the Can Chi (sexagenary) names of its day, month and year. Dates from 1900 to 2199.',
  ],
  arity: { min: 1, max: 1 },
  options: [],
  examples: [
    ['vn-worktime lunar 2026-02-17', '1/1/2026 (Bính Ngọ): mùng 1 Tết'],
    ['vn-worktime lunar 23/5/2020', '1/4 nhuận/2020 (Canh Tý): the first day of a leap month'],
    ['vn-worktime lunar today --json', 'today, for scripts'],
  ],
  run(ctx) {
    const date = dateArg(ctx.args.positionals[0] ?? '', ctx.now, 'Asia/Ho_Chi_Minh', '<date>');
    const l = toLunar(date);
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
