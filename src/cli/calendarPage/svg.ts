/**
 * The year as one standalone SVG image: the same months, colours, markers, named days, legend and
 * sources as the HTML page, laid out three months across; each named cell carries its name as a
 * `<title>`. No script, no font or image to fetch.
 *
 * @module
 */
import type { Lang } from '../text.js';
import { escapeXml as x } from './escape.js';
import { COLORS } from './html.js';
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
  sourcesWord,
  statusLine,
  subtitle,
  title,
} from './words.js';
import type { PageDay, YearPage } from './yearData.js';

const WIDTH = 1000;
const MARGIN = 30;
const COLUMN_GAP = 30;
const CELL_W = 41;
const CELL_H = 34;
const LINE = 13;
/** Characters of a list line under a month (10 px text in a 287 px column). */
const MONTH_CHARS = 46;
/** Characters of a line across the page (11 px text). */
const PAGE_CHARS = 150;
const FONT = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif";

/** A text as lines of at most `width` characters, broken at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function fill(day: PageDay): { bg: string; ink: string } {
  if (day.kind === 'workday') return { bg: '#ffffff', ink: '#1c1c1c' };
  const [bg, ink] = COLORS[day.kind];
  return { bg, ink };
}

function cell(day: PageDay, cx: number, cy: number, lang: Lang): string {
  const { bg, ink } = fill(day);
  const mark = markOf(day);
  const stroke = day.provisional ? `stroke="${COLORS.provisional[0]}" stroke-width="2" stroke-dasharray="4 2"` : 'stroke="#d4d4d0"';
  const name = day.name === undefined ? '' : `<title>${x(`${day.name[lang]} (${kindWord(day.kind, lang)}${day.provisional ? (lang === 'vi' ? ', tạm tính' : ', provisional') : ''})`)}</title>`;
  return [
    `<g class="day ${day.kind}${day.provisional ? ' provisional' : ''}" data-date="${day.date}">${name}`,
    `<rect x="${cx}" y="${cy}" width="${CELL_W}" height="${CELL_H}" fill="${bg}" ${stroke}/>`,
    `<text x="${cx + 4}" y="${cy + 14}" font-size="12" font-weight="bold" fill="${ink}">${day.day}</text>`,
    mark === '' ? '' : `<text x="${cx + 4}" y="${cy + 29}" font-size="11" fill="${ink}">${mark}</text>`,
    `<text x="${cx + CELL_W - 3}" y="${cy + 29}" font-size="8" text-anchor="end" fill="${day.kind === 'workday' ? '#6b6b6b' : ink}">${lunarMark(day)}</text>`,
    `</g>`,
  ].join('');
}

/** One month at (`left`, `top`); returns its markup and height. */
function month(days: readonly PageDay[], index: number, left: number, top: number, lang: Lang): { svg: string; height: number } {
  const out = [`<g class="month" data-month="${index + 1}">`, `<text x="${left}" y="${top + 16}" font-size="15" font-weight="bold">${monthName(index + 1, lang)}</text>`];
  WEEKDAYS[lang].forEach(([short], i) => {
    out.push(`<text x="${left + i * CELL_W + CELL_W / 2}" y="${top + 36}" font-size="10" text-anchor="middle" fill="${i >= 5 ? COLORS.weekend[1] : '#333'}"${i >= 5 ? ' font-weight="bold"' : ''}>${short}</text>`);
  });
  let row = 0;
  for (const day of days) {
    out.push(cell(day, left + day.weekday * CELL_W, top + 42 + row * CELL_H, lang));
    if (day.weekday === 6) row++;
  }
  const rows = (days[days.length - 1] as PageDay).weekday === 6 ? row : row + 1;
  let y = top + 42 + rows * CELL_H + 14;
  for (const d of namedDays(days)) {
    const date = `${String(d.day).padStart(2, '0')}/${String(index + 1).padStart(2, '0')}`;
    const prov = d.provisional ? (lang === 'vi' ? ' (tạm tính)' : ' (provisional)') : '';
    const lines = wrapText(`${date} ${markOf(d)} ${d.name?.[lang] ?? ''}${prov}`, MONTH_CHARS);
    out.push(`<text class="named" x="${left}" y="${y}" font-size="10" fill="${fill(d).ink}">${lines.map((l, i) => `<tspan x="${left + (i === 0 ? 0 : 12)}" dy="${i === 0 ? 0 : LINE}">${x(i < lines.length - 1 ? `${l} ` : l)}</tspan>`).join('')}</text>`);
    y += lines.length * LINE;
  }
  out.push('</g>');
  return { svg: out.join('\n'), height: y - top };
}

function paragraph(text: string, left: number, top: number, size: number, attrs = ''): { svg: string; height: number } {
  const lines = wrapText(text, PAGE_CHARS);
  // A line's closing space keeps the words apart in the text a reader copies.
  const spans = lines.map((l, i) => `<tspan x="${left}" dy="${i === 0 ? 0 : size + 3}">${x(i < lines.length - 1 ? `${l} ` : l)}</tspan>`).join('');
  return { svg: `<text x="${left}" y="${top + size}" font-size="${size}"${attrs}>${spans}</text>`, height: lines.length * (size + 3) };
}

/**
 * The SVG image of a year, in `lang`: `calendarSvg(yearPage(2026), 'en')` is an XML document whose
 * root is `<svg xmlns="http://www.w3.org/2000/svg" lang="en" …>`.
 */
export function calendarSvg(page: YearPage, lang: Lang): string {
  const parts: string[] = [];
  let y = MARGIN;
  parts.push(`<text x="${MARGIN}" y="${y + 22}" font-size="24" font-weight="bold">${x(title(page, lang))}</text>`);
  y += 34;
  const sub = paragraph(subtitle(lang), MARGIN, y, 11, ' fill="#444"');
  parts.push(sub.svg);
  y += sub.height + 4;
  const provisional = page.status === 'provisional';
  const status = paragraph(statusLine(page, lang), MARGIN, y, 11, ` class="status" font-weight="bold"${provisional ? ` fill="${COLORS.provisional[1]}"` : ''}`);
  parts.push(status.svg);
  y += status.height + 12;
  const columnWidth = (WIDTH - 2 * MARGIN - 2 * COLUMN_GAP) / 3;
  for (let first = 0; first < 12; first += 3) {
    const blocks = page.months.slice(first, first + 3).map((days, i) => month(days, first + i, MARGIN + i * (columnWidth + COLUMN_GAP), y, lang));
    parts.push(...blocks.map((b) => b.svg));
    y += Math.max(...blocks.map((b) => b.height)) + 16;
  }
  parts.push(`<text x="${MARGIN}" y="${y + 13}" font-size="13" font-weight="bold">${legendWordTitle(lang)}</text>`);
  y += 22;
  const other = otherLegend(lang);
  const entries: Array<[swatch: string, fill: string, ink: string, text: string, dashed: boolean]> = [
    ...MARKED_KINDS.map((k) => [MARKS[k], COLORS[k][0], COLORS[k][1], legendWord(k, lang), false] as [string, string, string, string, boolean]),
    [WEEKDAYS[lang][5]?.[0] ?? '', COLORS.weekend[0], COLORS.weekend[1], other.weekend, false],
    ...(provisional ? [[PROVISIONAL_MARK, '#ffffff', COLORS.provisional[1], provisionalLegend(lang), true] as [string, string, string, string, boolean]] : []),
    ['1/2', '#ffffff', '#6b6b6b', other.lunar, false],
  ];
  entries.forEach(([swatch, bg, ink, text, dashed], i) => {
    const ex = MARGIN + (i % 2) * ((WIDTH - 2 * MARGIN) / 2);
    const ey = y + Math.floor(i / 2) * 20;
    const stroke = dashed ? `stroke="${COLORS.provisional[0]}" stroke-width="2" stroke-dasharray="4 2"` : 'stroke="#bdbdb8"';
    parts.push(
      `<g class="legend-entry"><rect x="${ex}" y="${ey}" width="30" height="16" fill="${bg}" ${stroke}/><text x="${ex + 15}" y="${ey + 12}" font-size="10" text-anchor="middle" fill="${ink}">${x(swatch)}</text><text x="${ex + 38}" y="${ey + 12}" font-size="10">${x(text)}</text></g>`,
    );
  });
  y += Math.ceil(entries.length / 2) * 20 + 8;
  parts.push(`<text x="${MARGIN}" y="${y + 13}" font-size="13" font-weight="bold">${sourcesWord(lang)}</text>`);
  y += 20;
  for (const [i, s] of page.sources.entries()) {
    const p = paragraph(`${i + 1}. ${s}`, MARGIN, y, 9, ' fill="#333"');
    parts.push(p.svg);
    y += p.height + 2;
  }
  const height = Math.ceil(y + MARGIN);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" lang="${lang}" xml:lang="${lang}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="title" font-family="${FONT}" fill="#1c1c1c">
<title id="title">${x(title(page, lang))}</title>
<desc>${x(`${subtitle(lang)}. ${statusLine(page, lang)}`)}</desc>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
}
