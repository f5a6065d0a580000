/**
 * The library's errors in the words of the command line. The library names its parameters
 * (`period.workingDays`, `t`, `supplements[1].completedAt`); the clerk typed `--days 0` or
 * `31/02/2026 09:00`. A command runs each library call with the values it read and where they came
 * from, and a `WorktimeError` becomes an {@link InputError} that names what was typed and the
 * argument or option it was typed into, in Vietnamese and English — never an internal name.
 *
 * @module
 */
import { WorktimeError } from '../errors.js';
import { InputError } from './errors.js';
import { msg, typed } from './messages.js';
import type { Msg } from './messages.js';

/** A value the user typed, where it went, and the library's names for it. */
export interface Source {
  /** The argument or option, e.g. `--days`, `<submittedAt>`. */
  readonly label: Msg;
  /** What the user typed. */
  readonly text: string;
  /** The library's names (parameter names, or path prefixes such as `supplements[0]`). */
  readonly names: readonly string[];
  /** What to say, by error code, instead of the general reason. */
  readonly reasons?: Readonly<Record<string, Msg>>;
  /** A file the user wrote: the library's explanation (with the place in the file) always follows. */
  readonly file?: boolean;
}

/** The general reason of each code: what is wrong with the value. */
const REASONS: Readonly<Record<string, Msg>> = {
  OUT_OF_RANGE: msg(
    'nằm ngoài phạm vi của lịch làm việc (lịch công vụ có các năm 1900–2199)',
    "is outside the working calendar's range (1900–2199 for the civil-service calendar)",
  ),
  INVALID_ZONE: msg('không phải là tên múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)', 'is not an IANA time zone name (such as Asia/Ho_Chi_Minh)'),
  INVALID_TIME: msg('có giờ không hợp lệ: giờ viết HH:mm, từ 00:00 đến 24:00', 'has a time that is not HH:mm from 00:00 to 24:00'),
  INVALID_TIME_RANGE: msg('có khoảng giờ không kết thúc sau khi bắt đầu', 'has a range that does not end after it starts'),
  OVERLAPPING_RANGES: msg('có các khoảng giờ chồng lên nhau', 'has overlapping ranges'),
  NO_WORKING_TIME: msg('không có giờ làm việc nào', 'has no working time'),
  INVALID_NUMBER: msg('không phải là số dùng được ở đây', 'is not a number that can be used here'),
  INVALID_LUNAR_DATE: msg('không phải là ngày âm lịch có thật', 'is not a lunar date that exists'),
  INVALID_YEAR: msg('không phải là năm dùng được', 'is not a year that can be used'),
};
const GENERAL = msg('không dùng được', 'cannot be used');

/** The library's names in an error: its path, its detail keys, and the names quoted in its message. */
function namesOf(error: WorktimeError): string[] {
  const quoted = [...error.message.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
  return [...(error.path === undefined ? [] : [error.path]), ...Object.keys(error.details), ...quoted];
}

function matches(source: Source, names: readonly string[]): boolean {
  return names.some((n) => source.names.some((s) => n === s || n.startsWith(`${s}.`) || n.startsWith(`${s}[`)));
}

/**
 * The library's own words, for detail, with its quoted names replaced by the user's labels. The
 * library words its errors in English: a Vietnamese message says so before quoting them.
 */
function detail(error: WorktimeError, sources: readonly Source[], lang: 'vi' | 'en'): string {
  const words = error.message.replace(/`([^`]+)`/g, (_m, name: string) => {
    const source = sources.find((s) => matches(s, [name]));
    return source === undefined ? name : `${source.label[lang]} ${typed(source.text)}`;
  });
  return lang === 'vi' ? `chi tiết bằng tiếng Anh: ${words}` : words;
}

/** The error a library error stands for, in the user's words. */
export function asInputError(error: WorktimeError, sources: readonly Source[]): InputError {
  const names = namesOf(error);
  // The error's own path first, then its details, then the names in its message.
  let source: Source | undefined;
  for (const name of names) {
    source = sources.find((s) => matches(s, [name]));
    if (source !== undefined) break;
  }
  source ??= sources.length === 1 ? sources[0] : undefined;
  if (sources.length === 0) {
    return new InputError(error.code, msg(`Không tính được: ${REASONS[error.code]?.vi ?? GENERAL.vi} (${detail(error, sources, 'vi')})`, `Cannot compute: ${REASONS[error.code]?.en ?? GENERAL.en} (${detail(error, sources, 'en')})`));
  }
  const reason = source?.reasons?.[error.code] ?? REASONS[error.code];
  const what =
    source === undefined
      ? msg(`Giá trị đã nhập (${sources.map((s) => `${s.label.vi} ${typed(s.text)}`).join(', ')})`, `The values given (${sources.map((s) => `${s.label.en} ${typed(s.text)}`).join(', ')})`)
      : msg(`${source.label.vi} ${typed(source.text)}`, `${source.label.en} ${typed(source.text)}`);
  const why = reason ?? GENERAL;
  // Without a reason of its own, the library's explanation follows (its names replaced by the user's).
  const more = reason === undefined || source === undefined || source.file === true ? (lang: 'vi' | 'en') => ` (${detail(error, sources, lang)})` : () => '';
  return new InputError(error.code, msg(`${what.vi} ${why.vi}${more('vi')}`, `${what.en} ${why.en}${more('en')}`));
}

/**
 * Runs a library call with the values the user typed; a `WorktimeError` becomes an
 * {@link InputError} naming the value and its argument or option.
 */
export function withInputs<T>(sources: readonly Source[], call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof WorktimeError) throw asInputError(error, sources);
    throw error;
  }
}
