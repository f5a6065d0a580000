/**
 * The year as a grid for the terminal: three months side by side, Monday first, each day off or
 * worked day followed by an ASCII marker (`*` holiday, `+` nghỉ bù, `~` hoán đổi, `#` làm bù, `?`
 * provisional) and coloured when the output is a terminal; then every named day, the legend and
 * the sources.
 *
 * @module
 */
import type { Style } from '../color.js';
import type { Lang } from '../text.js';
import { ASCII_MARKS, MARKED_KINDS, PROVISIONAL_MARK, WEEKDAYS, kindWord, monthName, namedDays, provisionalLegend, sourcesWord, statusLine, subtitle, title } from './words.js';
import type { PageDay, YearPage } from './yearData.js';

/** Months side by side. */
const ACROSS = 3;
/** Width of a month: seven cells of three characters and the spaces between them. */
const WIDTH = 7 * 3 + 6;
const GAP = '  ';

/** A day's one-character marker: its kind's, `?` when provisional, a space for an ordinary day. */
function marker(day: PageDay): string {
  if (day.kind === 'workday' || day.kind === 'weekend') return ' ';
  return day.provisional ? PROVISIONAL_MARK : ASCII_MARKS[day.kind];
}

function paint(day: PageDay, text: string, style: Style): string {
  if (day.kind === 'weekend') return style.dim(text);
  if (day.kind === 'worked') return style.cyan(text);
  if (day.kind === 'workday') return text;
  return day.provisional ? style.yellow(text) : style.red(text);
}

/** The lines of one month, each exactly `WIDTH` characters wide (before colour). */
function monthLines(days: readonly PageDay[], month: number, lang: Lang, style: Style): string[] {
  const lines = [style.bold(monthName(month, lang).padEnd(WIDTH)), WEEKDAYS[lang].map(([short]) => `${short} `).join(' ')];
  let row: string[] = Array.from({ length: (days[0] as PageDay).weekday }, () => '   ');
  for (const day of days) {
    row.push(paint(day, `${String(day.day).padStart(2)}${marker(day)}`, style));
    if (row.length === 7) {
      lines.push(row.join(' '));
      row = [];
    }
  }
  if (row.length > 0) lines.push([...row, ...Array.from({ length: 7 - row.length }, () => '   ')].join(' '));
  return lines;
}

/** The grid: rows of `ACROSS` months, each block padded to six weeks. */
function grid(page: YearPage, lang: Lang, style: Style): string[] {
  const out: string[] = [];
  for (let first = 0; first < 12; first += ACROSS) {
    const blocks = page.months.slice(first, first + ACROSS).map((days, i) => monthLines(days, first + i + 1, lang, style));
    const height = Math.max(...blocks.map((b) => b.length));
    for (let line = 0; line < height; line++) out.push(blocks.map((b) => b[line] ?? ' '.repeat(WIDTH)).join(GAP).trimEnd());
    out.push('');
  }
  return out;
}

/**
 * The terminal lines of a year, in `lang`, coloured by `style` (plain when colour is off); the
 * first is the title, `Calendar 2026 (lunar year Bính Ngọ)`.
 */
export function calendarText(page: YearPage, lang: Lang, style: Style): string[] {
  const status = statusLine(page, lang);
  const named = page.months.flatMap((days, m) =>
    namedDays(days).map((d) => {
      const kind = [kindWord(d.kind, lang), ...(d.provisional ? [lang === 'vi' ? 'tạm tính' : 'provisional'] : [])].join(', ');
      const date = `${String(d.day).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}`;
      return `  ${paint(d, `${date} ${marker(d)}`, style)}  ${d.name?.[lang] ?? ''} ${style.dim(`— ${kind}`)}`;
    }),
  );
  const legend = [
    ...MARKED_KINDS.map((k) => `${ASCII_MARKS[k]} ${kindWord(k, lang)}`),
    ...(page.status === 'provisional' ? [`${PROVISIONAL_MARK} ${provisionalLegend(lang)}`] : []),
    `${WEEKDAYS[lang][5]?.[0]}, ${WEEKDAYS[lang][6]?.[0]}: ${lang === 'vi' ? 'nghỉ hằng tuần' : 'weekly rest days'}`,
  ];
  return [
    style.bold(title(page, lang)),
    subtitle(lang),
    page.status === 'provisional' ? style.yellow(status) : style.green(status),
    '',
    ...grid(page, lang, style),
    style.bold(lang === 'vi' ? 'Ngày nghỉ và ngày làm bù:' : 'Days off and worked days:'),
    ...named,
    '',
    `${style.bold(lang === 'vi' ? 'Chú giải:' : 'Legend:')} ${legend.join('   ')}`,
    '',
    style.bold(`${sourcesWord(lang)}:`),
    ...page.sources.map((s) => style.dim(`  - ${s}`)),
  ];
}
