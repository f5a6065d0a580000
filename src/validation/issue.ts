/**
 * The one shape in which vn-worktime reports a problem with its input: an {@link Issue} — a stable
 * `code`, a `path` into the input and a message in Vietnamese and English (docs/errors.md). It is
 * what `validateNotice` lists, what `evaluateDossier` returns for a bad record, what
 * `summarize(...).invalid` holds and what `WorktimeError.issue` gives for any thrown error.
 *
 * This module words the issue of a `WorktimeError` from its code, path and details: the English
 * text is the error's message, the Vietnamese one names the field as a clerk reads it (`trường
 * holidays (mục 4, date "2026-13-01")`), never with backticks.
 *
 * @module
 */
import type { WorktimeError, WorktimeErrorCode } from '../errors.js';

/** A text in Vietnamese and in English. */
export interface IssueText {
  /** Tiếng Việt. */
  vi: string;
  /** English. */
  en: string;
}

/**
 * One problem with an input, in the one shape of the library (docs/errors.md): returned by
 * `validateNotice` (`issues`), `evaluateDossier` (with `ok: false`), `summarize` (`invalid`, with
 * `index`), written for each bad row by `vn-worktime batch`, and given by `WorktimeError.issue`.
 */
export interface Issue<Code extends string = string> {
  /** A stable machine-readable code: a `WorktimeErrorCode`, or a `NoticeIssueCode` for notices. */
  code: Code;
  /**
   * Where in the input: a JSON-path-like path such as `'supplements[1].completedAt'`,
   * `'week.mon[0]'` or `'holidays[3].date'`; `''` (`'dossier'` for a dossier record) is the input
   * itself.
   */
  path: string;
  /** What is wrong and what is expected, in Vietnamese and in English. */
  message: IssueText;
}

/** A value as it was written, quoted: `"31/02/2026 09:00"` (long values shortened). */
export function typed(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** A value as the user wrote it: a text as it is, a number or a boolean as JSON; `undefined` for anything else. */
export function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A path in an input: `supplements[1].completedAt`, `week.mon[0]`, `schedules[0].daysOff[1]`. */
const SEGMENT = /\[(\d+)\]|\.?([^.[\]]+)/g;

/**
 * How a clerk reads a path, with the value there: `trường holidays (mục 4, date "2026-13-01")`,
 * `trường now "hôm qua"`; `dữ liệu đầu vào` for the input itself.
 */
export function placeText(path: string, value: unknown): IssueText {
  const v = shown(value);
  const quoted = v === undefined ? '' : ` ${typeof value === 'string' ? typed(v) : v}`;
  if (path === '') return { vi: `dữ liệu đầu vào${quoted}`, en: `the input${quoted}` };
  const parts: { vi: string[]; en: string[] } = { vi: [], en: [] };
  let top: string | undefined;
  for (const m of path.matchAll(SEGMENT)) {
    const [, index, key] = m;
    if (top === undefined && key !== undefined) top = key;
    else if (index !== undefined) {
      parts.vi.push(`mục ${Number(index) + 1}`);
      parts.en.push(`item ${Number(index) + 1}`);
    } else if (key !== undefined) {
      parts.vi.push(key);
      parts.en.push(key);
    }
  }
  const name = top ?? path;
  if (parts.vi.length === 0) return { vi: `trường ${name}${quoted}`, en: `field ${name}${quoted}` };
  return { vi: `trường ${name} (${parts.vi.join(', ')}${quoted})`, en: `field ${name} (${parts.en.join(', ')}${quoted})` };
}

/** What is wrong, in Vietnamese, by code (the English is the error's own message). */
const WHAT: Readonly<Record<WorktimeErrorCode, string>> = {
  INVALID_INSTANT: 'không phải là một thời điểm: hãy viết như 2026-03-13T20:00 hoặc 2026-03-13T20:00:00+07:00',
  INVALID_DATE: 'không phải là một ngày có trong lịch, viết như 2026-03-13 (năm-tháng-ngày)',
  INVALID_DURATION: 'không phải là một khoảng thời gian: số mili giây, hoặc như { hours: 8 }',
  INVALID_NUMBER: 'không phải là một số nguyên hợp lệ',
  INVALID_ZONE: 'không phải là tên một múi giờ IANA, như Asia/Ho_Chi_Minh',
  INVALID_TIME: 'không phải là một giờ trong ngày, viết như 07:30 (giờ:phút)',
  INVALID_TIME_RANGE: 'không phải là các khoảng giờ như [["07:00", "11:30"]], mỗi khoảng kết thúc sau khi bắt đầu',
  OVERLAPPING_RANGES: 'có các khoảng giờ chồng lên nhau',
  DUPLICATE_DATE: 'ghi một ngày hai lần',
  CONFLICTING_DAY_RULES: 'ghi một ngày vừa là ngày nghỉ vừa là ngày làm việc',
  INVALID_SPEC: 'không đúng cấu trúc của lịch làm việc',
  NO_WORKING_TIME: 'không có giờ làm việc nào để tính',
  OUT_OF_RANGE: 'nằm ngoài phạm vi của lịch làm việc',
  INVALID_LUNAR_DATE: 'không phải là một ngày âm lịch có thật',
  INVALID_YEAR: 'không phải là một năm được hỗ trợ',
  INVALID_ARGUMENT: 'không hợp lệ',
};

/** The offending value of an error: under its path in `details`, or `details.value` (`{ path, value }`). */
function valueOf(error: WorktimeError, path: string): unknown {
  const d = error.details;
  if (Object.hasOwn(d, path)) return d[path];
  if (Object.hasOwn(d, 'value')) return d['value'];
  return undefined;
}

/**
 * The issue of a thrown error: its code, its path (`''` when it names none) and its message in
 * both languages — the English message as it is, the Vietnamese worded from the code and the path.
 */
export function issueOf(error: WorktimeError): Issue<WorktimeErrorCode> {
  const path = error.path ?? Object.keys(error.details)[0] ?? '';
  const where = placeText(path, valueOf(error, path));
  // An unknown key or option (`checkKeys`): named as such whatever the code.
  const what = /^Unknown (?:property|option) /.test(error.message) ? 'là một khóa không dùng được ở đây' : (WHAT[error.code] ?? WHAT.INVALID_ARGUMENT);
  return { code: error.code, path, message: { vi: `${where.vi} ${what}`, en: error.message } };
}
