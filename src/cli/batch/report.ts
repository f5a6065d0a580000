/**
 * The summary of a batch as text on standard error (when the output is CSV), in the language of
 * the run.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { SlaStatusName } from '../../tthc/processing/slaStatus.js';
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
  const statuses = [
    ...(Object.keys(s.byStatus) as SlaStatusName[]).map((k) => `${STATUS_NAMES[k][lang]} ${s.byStatus[k]}`),
    ...(s.waiting > 0 ? [`${pick(lang, 'chờ bổ sung', 'waiting')} ${s.waiting}`] : []),
  ].join(' · ');
  const k = s.kpi766;
  const kpi = [
    `${pick(lang, 'đúng hạn (2.1)', 'on time (2.1)')} ${percent(k.onTime.rate, lang)} (${k.onTime.count}/${k.onTime.total})`,
    `${pick(lang, 'trực tuyến (3.3)', 'online (3.3)')} ${percent(k.online.rate, lang)} (${k.online.count}/${k.online.total})`,
    `${pick(lang, 'số hóa (4.2)', 'digitised (4.2)')} ${percent(k.digitized.rate, lang)} (${k.digitized.count}/${k.digitized.total})`,
  ].join(' · ');
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
    `  ${pick(lang, 'Chỉ số QĐ 766', 'QĐ 766 indicators')}: ${kpi}`,
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
