/**
 * Violations of the procedural rules found while computing a processing deadline: each with a
 * stable code, words in Vietnamese and English, and the text it rests on (docs/domain.md §9).
 *
 * @module
 */

/** The codes of {@link Violation}. */
export type ViolationCode =
  /** The first request to supplement came after the end of the 3rd working day from the day of receipt. */
  | 'SUPPLEMENT_NOTICE_LATE'
  /** More than one request to supplement (only one is allowed). */
  | 'REPEATED_SUPPLEMENT'
  /** More than one extension (the appointment may be moved once). */
  | 'REPEATED_EXTENSION'
  /** An extension requested on a calendar day later than the due date it extends − 1 day. */
  | 'EXTENSION_NOTICE_LATE';

/** Every violation code. */
export const VIOLATION_CODES: readonly ViolationCode[] = ['SUPPLEMENT_NOTICE_LATE', 'REPEATED_SUPPLEMENT', 'REPEATED_EXTENSION', 'EXTENSION_NOTICE_LATE'];

/** A rule of the procedure that a dossier's history breaks. */
export interface Violation {
  code: ViolationCode;
  /** What happened and what the rule requires, in Vietnamese. */
  vi: string;
  /** The same in English. */
  en: string;
  /** The text the rule rests on, e.g. `'NĐ 118/2025/NĐ-CP, Điều 19 khoản 5'`. */
  source: string;
}
