/**
 * Types shared by the administrative-procedure (TTHC) rules.
 *
 * @module
 */

/** How a dossier was received: trực tuyến, trực tiếp, bưu chính công ích. */
export type Channel = 'online' | 'direct' | 'postal';

/** The channels in processing order (online first). */
export const CHANNELS: readonly Channel[] = ['online', 'direct', 'postal'];

/**
 * One rule applied to a result, in words a clerk can cite.
 *
 * @example
 * intakeDeadline('2026-03-13T20:00').basis[1];
 * //=> { code: 'OFF_HOURS_GRACE',
 * //     vi: 'Nộp ngoài giờ làm việc (Thứ Sáu, 13/03/2026 20:00): giờ làm việc kế tiếp là Thứ Hai, 16/03/2026 07:00; …',
 * //     en: 'Submitted outside working hours (Fri 13/03/2026 20:00): …', source: 'QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10' }
 */
export interface Basis {
  /** A stable code, e.g. `'INTAKE_LIMIT'`. */
  code: string;
  /** The explanation in Vietnamese. */
  vi: string;
  /** The explanation in English. */
  en: string;
  /** The legal reference, when there is one. */
  source?: string;
}
