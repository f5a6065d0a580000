/**
 * The summary of a batch as text on standard error (when the output is CSV), in the language of
 * the run.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { SlaStatusName } from '../../tthc/slaStatus.js';
import type { Channel } from '../../tthc/types.js';
import type { Style } from '../color.js';
import { STATUS_NAMES } from '../statusText.js';
import { instantText, pick } from '../text.js';
import type { Lang } from '../text.js';
import type { BatchSummary } from './tally.js';

const CHANNEL_NAMES: Record<Channel, { vi: string; en: string }> = {
  online: { vi: 'trực tuyến', en: 'online' },
  direct: { vi: 'trực tiếp', en: 'direct' },
  postal: { vi: 'bưu chính', en: 'postal' },
};

function percent(rate: number | null, lang: Lang): string {
  if (rate === null) return '–';
  const text = (rate * 100).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} %`;
}

/** The summary as a few lines of text. */
export function summaryLines(s: BatchSummary, now: DateTime, lang: Lang, style: Style): string[] {
  const statuses = (Object.keys(s.byStatus) as Array<SlaStatusName | 'waiting'>)
    .filter((k) => k !== 'waiting' || s.byStatus.waiting > 0)
    .map((k) => `${k === 'waiting' ? pick(lang, 'chờ bổ sung', 'waiting') : STATUS_NAMES[k][lang]} ${s.byStatus[k]}`)
    .join(' · ');
  const channels = (Object.keys(s.byChannel) as Channel[])
    .map((c) => `${CHANNEL_NAMES[c][lang]} ${s.byChannel[c].total} (${pick(lang, 'trễ', 'late')} ${s.byChannel[c].late})`)
    .join(' · ');
  const invalid = s.invalid > 0 ? style.red(String(s.invalid)) : '0';
  return [
    style.bold(
      pick(
        lang,
        `Tổng hợp lúc ${instantText(now, lang)}: ${s.rows} dòng, ${s.total} hồ sơ hợp lệ, ${invalid} dòng lỗi`,
        `Summary as of ${instantText(now, lang)}: ${s.rows} rows, ${s.total} valid dossiers, ${invalid} invalid rows`,
      ),
    ),
    `  ${statuses}`,
    `  ${pick(lang, 'tỷ lệ trễ hạn', 'late rate')} ${percent(s.lateRate, lang)} · ${pick(lang, 'tỷ lệ đúng hạn', 'on-time rate')} ${percent(s.onTimeRate, lang)}`,
    `  ${channels}`,
    ...(s.provisional > 0
      ? [
          style.yellow(
            pick(
              lang,
              `  Cảnh báo: ${s.provisional} hồ sơ tính theo lịch nghỉ tạm tính (năm chưa có thông báo chính thức); cột provisional = true.`,
              `  Warning: ${s.provisional} dossiers rest on a provisional schedule (a year not announced yet); column provisional = true.`,
            ),
          ),
        ]
      : []),
  ];
}
