/**
 * The words of the calendar page in Vietnamese and English: titles, months, weekdays, the legend,
 * the markers that say a day's kind without colour, and the provisional note.
 *
 * @module
 */
import type { Lang } from '../text.js';
import type { DayKind, PageDay, YearPage } from './yearData.js';

/** The kinds that get a marker and a legend entry, in legend order. */
export const MARKED_KINDS = ['statutory', 'compensatory', 'swap', 'worked'] as const;
export type MarkedKind = (typeof MARKED_KINDS)[number];

/** The marker of each kind on the page (HTML, SVG), so that no kind is told by colour alone. */
export const MARKS: Record<MarkedKind, string> = { statutory: '★', compensatory: '◆', swap: '⇄', worked: '●' };
/** The same in plain ASCII, for terminals (whose width of ★ or ◆ varies). */
export const ASCII_MARKS: Record<MarkedKind, string> = { statutory: '*', compensatory: '+', swap: '~', worked: '#' };
/** Added to the marker of a provisional day. */
export const PROVISIONAL_MARK = '?';

const KIND_WORDS: Record<DayKind, { vi: string; en: string }> = {
  workday: { vi: 'ngày làm việc', en: 'working day' },
  weekend: { vi: 'nghỉ cuối tuần', en: 'weekend' },
  statutory: { vi: 'nghỉ lễ, Tết', en: 'public holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory day off (nghỉ bù)' },
  swap: { vi: 'nghỉ hoán đổi', en: 'swapped day off (hoán đổi)' },
  worked: { vi: 'làm bù', en: 'worked weekend day (làm bù)' },
};

/** `nghỉ bù` / `compensatory day off (nghỉ bù)`. */
export function kindWord(kind: DayKind, lang: Lang): string {
  return KIND_WORDS[kind][lang];
}

/** The legend's explanation of each marked kind. */
const LEGEND: Record<MarkedKind, { vi: string; en: string }> = {
  statutory: { vi: 'Nghỉ lễ, Tết (Bộ luật Lao động)', en: 'Public holiday (Labour Code)' },
  compensatory: { vi: 'Nghỉ bù (ngày lễ trùng ngày nghỉ hằng tuần)', en: 'Compensatory day off (nghỉ bù): a holiday fell on a weekend' },
  swap: { vi: 'Nghỉ hoán đổi (đổi lấy một ngày làm bù)', en: 'Swapped day off (hoán đổi), in exchange for a worked day' },
  worked: { vi: 'Làm bù (ngày cuối tuần đi làm)', en: 'Worked weekend day (làm bù)' },
};

/** The legend line of a kind. */
export function legendWord(kind: MarkedKind, lang: Lang): string {
  return LEGEND[kind][lang];
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Tháng 2` / `February` (month 1–12). */
export function monthName(month: number, lang: Lang): string {
  return lang === 'vi' ? `Tháng ${month}` : (MONTHS_EN[month - 1] ?? '');
}

/** The column heads, Monday first: short and full. */
export const WEEKDAYS: Record<Lang, ReadonlyArray<readonly [short: string, full: string]>> = {
  vi: [
    ['T2', 'Thứ Hai'],
    ['T3', 'Thứ Ba'],
    ['T4', 'Thứ Tư'],
    ['T5', 'Thứ Năm'],
    ['T6', 'Thứ Sáu'],
    ['T7', 'Thứ Bảy'],
    ['CN', 'Chủ Nhật'],
  ],
  en: [
    ['Mo', 'Monday'],
    ['Tu', 'Tuesday'],
    ['We', 'Wednesday'],
    ['Th', 'Thursday'],
    ['Fr', 'Friday'],
    ['Sa', 'Saturday'],
    ['Su', 'Sunday'],
  ],
};

/** `Lịch năm 2026 (Bính Ngọ)` / `Calendar 2026 (Bính Ngọ)`. */
export function title(page: YearPage, lang: Lang): string {
  return lang === 'vi' ? `Lịch năm ${page.year} (${page.canChi})` : `Calendar ${page.year} (lunar year ${page.canChi})`;
}

/** The line under the title: whose days off these are. */
export function subtitle(lang: Lang): string {
  return lang === 'vi'
    ? 'Ngày nghỉ lễ, Tết và ngày làm bù của cán bộ, công chức, viên chức; thứ Bảy, Chủ Nhật nghỉ hằng tuần'
    : 'Public holidays and days off of civil servants (cán bộ, công chức, viên chức); Saturday and Sunday are weekly rest days';
}

/** `Lịch chính thức` or the provisional warning with its reason. */
export function statusLine(page: YearPage, lang: Lang): string {
  const note = page.provisionalNote;
  if (note === undefined) return lang === 'vi' ? 'Lịch nghỉ chính thức.' : 'Official schedule.';
  return lang === 'vi'
    ? `Tạm tính (${note.vi}): ngày nghỉ Tết và ngày liền kề Quốc khánh suy ra từ luật và các năm trước, không có ngày hoán đổi; các ngày đánh dấu ${PROVISIONAL_MARK} có thể khác lịch chính thức.`
    : `Provisional (${note.en}): Tết and the day next to National Day are derived from the statute and past years, with no swapped days; days marked ${PROVISIONAL_MARK} may differ from the official schedule.`;
}

/** The legend entry of provisional days. */
export function provisionalLegend(lang: Lang): string {
  return lang === 'vi' ? 'Tạm tính: năm chưa có lịch chính thức, có thể thay đổi' : 'Provisional: no official schedule yet, may change';
}

/** The heading of the sources. */
export function sourcesWord(lang: Lang): string {
  return lang === 'vi' ? 'Căn cứ' : 'Sources';
}

/** The legend's words for weekends, working days and lunar dates. */
export function otherLegend(lang: Lang): { weekend: string; workday: string; lunar: string } {
  return lang === 'vi'
    ? { weekend: 'Thứ Bảy, Chủ Nhật (nghỉ hằng tuần)', workday: 'Ngày làm việc', lunar: 'Số nhỏ: ngày âm lịch (1/2: mùng 1 tháng 2; n: tháng nhuận)' }
    : { weekend: 'Saturday, Sunday (weekly rest)', workday: 'Working day', lunar: 'Small figures: the lunar date (1/2: first day of month 2; n: leap month, nhuận)' };
}

/** The heading of the legend. */
export function legendWordTitle(lang: Lang): string {
  return lang === 'vi' ? 'Chú giải' : 'Legend';
}

/** The small lunar date of a cell: the day, or `1/2` on the first day of a month (`1/2n` for a leap month). */
export function lunarMark(day: PageDay): string {
  return day.lunar.day === 1 ? `1/${day.lunar.month}${day.lunar.leap ? 'n' : ''}` : String(day.lunar.day);
}

/** The marker of a day: its kind's mark, with `?` when provisional; empty for an ordinary day. */
export function markOf(day: PageDay, marks: Record<MarkedKind, string> = MARKS): string {
  if (day.kind === 'workday' || day.kind === 'weekend') return '';
  return `${marks[day.kind]}${day.provisional ? PROVISIONAL_MARK : ''}`;
}

/** A name without its parenthesis, for a cell: `Tết Nguyên Đán` of `Tết Nguyên Đán (mùng 1 tháng Giêng)`. */
export function shortName(name: string): string {
  return name
    .split('; ')
    .map((part) => part.replace(/\s*\(.*$/, ''))
    .join('; ');
}

/** The days of a month that have a name (days off and worked days), in order. */
export function namedDays(days: readonly PageDay[]): PageDay[] {
  return days.filter((d) => d.name !== undefined);
}
