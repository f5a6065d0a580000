/**
 * SLA statuses as words: trước hạn, đúng hạn, trễ hạn, đang xử lý, quá hạn (or English), coloured
 * by how they stand.
 *
 * @module
 */
import type { SlaStatusName } from '../tthc/processing/slaStatus.js';
import type { Style } from './color.js';
import type { Lang } from './text.js';

/** The name of each status in each language. */
export const STATUS_NAMES: Record<SlaStatusName, { vi: string; en: string }> = {
  early: { vi: 'trước hạn', en: 'early' },
  'on-time': { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  'in-progress': { vi: 'đang xử lý', en: 'in progress' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
};

/** A status in bold: red when late or overdue, yellow in progress, green otherwise. */
export function statusText(status: SlaStatusName, lang: Lang, style: Style): string {
  const text = STATUS_NAMES[status][lang];
  if (status === 'late' || status === 'overdue') return style.bold(style.red(text));
  if (status === 'in-progress') return style.bold(style.yellow(text));
  return style.bold(style.green(text));
}
