/**
 * The year as one self-contained HTML page: inline CSS, no script, no font or image to fetch;
 * one table per month (caption, column heads, a cell per day), each day off and worked day named
 * in its cell and in the list under its month, marked by colour and by a symbol, provisional days
 * outlined and marked `?`; a legend and the sources. Printable on A4 (`@media print`).
 *
 * @module
 */
import type { Lang } from '../text.js';
import { escapeXml as x } from './escape.js';
import {
  MARKED_KINDS,
  MARKS,
  PROVISIONAL_MARK,
  WEEKDAYS,
  kindWord,
  legendWord,
  legendWordTitle,
  lunarMark,
  markOf,
  monthName,
  namedDays,
  otherLegend,
  provisionalLegend,
  shortName,
  sourcesWord,
  statusLine,
  subtitle,
  title,
} from './words.js';
import type { PageDay, YearPage } from './yearData.js';

/** The colours of the page: background and ink of each kind of day. */
export const COLORS = {
  statutory: ['#f8cfc8', '#8a1b10'],
  compensatory: ['#fbd9ae', '#7a3d00'],
  swap: ['#e2d3f4', '#4b2378'],
  worked: ['#cce0f6', '#0c467f'],
  weekend: ['#ecece8', '#5f5f5f'],
  provisional: ['#9a5b00', '#9a5b00'],
} as const;

const CSS = `
@page { size: A4 portrait; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 18px; font-family: 'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif; font-size: 13px; color: #1c1c1c; background: #fff; }
header h1 { margin: 0 0 2px; font-size: 24px; }
header p { margin: 2px 0; }
.subtitle { color: #444; }
.status { font-weight: bold; }
.status.provisional { color: ${COLORS.provisional[1]}; border: 2px dashed ${COLORS.provisional[0]}; padding: 4px 8px; }
.months { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 16px 22px; margin: 14px 0; }
.month { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
caption { text-align: left; font-weight: bold; font-size: 15px; padding: 0 0 4px; }
th { font-size: 11px; font-weight: normal; color: #333; padding: 2px 0; border-bottom: 1.5px solid #888; }
th.weekend { color: ${COLORS.weekend[1]}; font-weight: bold; }
td { position: relative; vertical-align: top; height: 50px; padding: 2px 3px; border: 1px solid #d4d4d0; overflow: hidden; }
td.blank { border: none; }
td time { font-weight: bold; font-size: 13px; }
.lunar { position: absolute; top: 2px; right: 3px; font-size: 9px; color: #6b6b6b; }
.mark { margin-left: 2px; font-size: 11px; }
.name { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; font-size: 8.5px; line-height: 1.15; margin-top: 1px; }
td.weekend { background: ${COLORS.weekend[0]}; color: ${COLORS.weekend[1]}; }
td.statutory { background: ${COLORS.statutory[0]}; color: ${COLORS.statutory[1]}; }
td.compensatory { background: ${COLORS.compensatory[0]}; color: ${COLORS.compensatory[1]}; }
td.swap { background: ${COLORS.swap[0]}; color: ${COLORS.swap[1]}; }
td.worked { background: ${COLORS.worked[0]}; color: ${COLORS.worked[1]}; }
td.provisional { outline: 2px dashed ${COLORS.provisional[0]}; outline-offset: -3px; }
td.statutory .lunar, td.compensatory .lunar, td.swap .lunar, td.worked .lunar { color: inherit; }
.named { list-style: none; margin: 4px 0 0; padding: 0; font-size: 11px; line-height: 1.35; }
.named .d { display: inline-block; min-width: 2.6em; font-weight: bold; }
.prov { color: ${COLORS.provisional[1]}; font-style: italic; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { break-inside: avoid; page-break-inside: avoid; font-size: 11px; }
footer h2 { font-size: 13px; margin: 8px 0 3px; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.legend .swatch { display: inline-block; min-width: 26px; padding: 0 3px; margin-right: 4px; text-align: center; border: 1px solid #bdbdb8; }
.swatch.statutory { background: ${COLORS.statutory[0]}; color: ${COLORS.statutory[1]}; }
.swatch.compensatory { background: ${COLORS.compensatory[0]}; color: ${COLORS.compensatory[1]}; }
.swatch.swap { background: ${COLORS.swap[0]}; color: ${COLORS.swap[1]}; }
.swatch.worked { background: ${COLORS.worked[0]}; color: ${COLORS.worked[1]}; }
.swatch.weekend { background: ${COLORS.weekend[0]}; color: ${COLORS.weekend[1]}; }
.swatch.provisional { outline: 2px dashed ${COLORS.provisional[0]}; outline-offset: -3px; color: ${COLORS.provisional[1]}; }
.sources ol { margin: 0; padding-left: 18px; }
@media print {
  body { margin: 0; font-size: 9pt; }
  header h1 { font-size: 16pt; }
  .months { grid-template-columns: repeat(2, 1fr); gap: 4mm 7mm; margin: 3mm 0; }
  caption { font-size: 11pt; padding-bottom: 1mm; }
  th { font-size: 7.5pt; }
  .month[data-month="7"] { break-before: page; page-break-before: always; }
  td { height: 9mm; padding: 0.4mm 0.7mm; }
  td time { font-size: 9pt; }
  .lunar { font-size: 6pt; }
  .mark { font-size: 7.5pt; }
  .name { font-size: 5.5pt; -webkit-line-clamp: 2; }
  .named { margin-top: 1mm; font-size: 6.5pt; line-height: 1.2; }
  footer { font-size: 7.5pt; }
  footer h2 { font-size: 9pt; }
}
`;

/** What a screen reader says for a day's marker: `nghỉ lễ, Tết, tạm tính`. */
function spoken(day: PageDay, lang: Lang): string {
  return [kindWord(day.kind, lang), ...(day.provisional ? [lang === 'vi' ? 'tạm tính' : 'provisional'] : [])].join(', ');
}

function cell(day: PageDay, lang: Lang): string {
  const classes = ['day', day.kind, ...(day.provisional ? ['provisional'] : [])].join(' ');
  const mark = markOf(day);
  const name = day.name?.[lang];
  const parts = [`<time datetime="${day.date}">${day.day}</time>`];
  if (mark !== '') parts.push(`<span class="mark" aria-hidden="true">${mark}</span><span class="sr"> (${x(spoken(day, lang))})</span>`);
  parts.push(`<span class="lunar">${lunarMark(day)}</span>`);
  if (name !== undefined) parts.push(`<span class="name">${x(shortName(name))}</span>`);
  const tip = name === undefined ? '' : ` title="${x(name)}"`;
  return `<td class="${classes}" data-date="${day.date}" data-kind="${day.kind}"${tip}>${parts.join('')}</td>`;
}

function weeks(days: readonly PageDay[]): Array<Array<PageDay | undefined>> {
  const rows: Array<Array<PageDay | undefined>> = [];
  let row: Array<PageDay | undefined> = Array.from({ length: (days[0] as PageDay).weekday }, () => undefined);
  for (const day of days) {
    row.push(day);
    if (row.length === 7) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push([...row, ...Array.from({ length: 7 - row.length }, () => undefined)]);
  return rows;
}

function month(days: readonly PageDay[], index: number, lang: Lang): string {
  const heads = WEEKDAYS[lang].map(([short, full], i) => `<th scope="col" abbr="${full}"${i >= 5 ? ' class="weekend"' : ''}>${short}</th>`).join('');
  const body = weeks(days)
    .map((row) => `<tr>${row.map((d) => (d === undefined ? '<td class="blank"></td>' : cell(d, lang))).join('')}</tr>`)
    .join('\n');
  const named = namedDays(days)
    .map((d) => {
      const prov = d.provisional ? ` <span class="prov">(${lang === 'vi' ? 'tạm tính' : 'provisional'})</span>` : '';
      return `<li data-date="${d.date}"><span class="d">${String(d.day).padStart(2, '0')}/${String(index + 1).padStart(2, '0')}</span> <span class="mark" aria-hidden="true">${markOf(d)}</span> ${x(d.name?.[lang] ?? '')}${prov}</li>`;
    })
    .join('\n');
  return [
    `<section class="month" data-month="${index + 1}">`,
    `<table>`,
    `<caption>${monthName(index + 1, lang)}</caption>`,
    `<thead><tr>${heads}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    `</table>`,
    ...(named === '' ? [] : [`<ul class="named">\n${named}\n</ul>`]),
    `</section>`,
  ].join('\n');
}

function legend(page: YearPage, lang: Lang): string {
  const other = otherLegend(lang);
  const items = [
    ...MARKED_KINDS.map((k) => `<li data-kind="${k}"><span class="swatch ${k}">${MARKS[k]}</span>${x(legendWord(k, lang))}</li>`),
    `<li data-kind="weekend"><span class="swatch weekend">${WEEKDAYS[lang][5]?.[0]}</span>${x(other.weekend)}</li>`,
    `<li data-kind="workday"><span class="swatch">&#160;</span>${x(other.workday)}</li>`,
    ...(page.status === 'provisional' ? [`<li data-kind="provisional"><span class="swatch provisional">${PROVISIONAL_MARK}</span>${x(provisionalLegend(lang))}</li>`] : []),
    `<li data-kind="lunar"><span class="swatch">1/2</span>${x(other.lunar)}</li>`,
  ];
  return `<section class="legend"><h2>${legendWordTitle(lang)}</h2><ul>\n${items.join('\n')}\n</ul></section>`;
}

/**
 * The page of a year, in `lang`: `calendarHtml(yearPage(2026), 'vi')` starts
 * `<!DOCTYPE html>` and `<html lang="vi">`.
 */
export function calendarHtml(page: YearPage, lang: Lang): string {
  const status = `<p class="status ${page.status}">${x(statusLine(page, lang))}</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vn-worktime">
<title>${x(title(page, lang))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${x(title(page, lang))}</h1>
<p class="subtitle">${x(subtitle(lang))}</p>
${status}
</header>
<main class="months">
${page.months.map((days, i) => month(days, i, lang)).join('\n')}
</main>
<footer>
${legend(page, lang)}
<section class="sources"><h2>${sourcesWord(lang)}</h2><ol>
${page.sources.map((s) => `<li>${x(s)}</li>`).join('\n')}
</ol></section>
</footer>
</body>
</html>
`;
}
