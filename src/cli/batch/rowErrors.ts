/**
 * The error of a row of `batch` in the words of the person who wrote the file: in Vietnamese (or
 * English with `--lang en`), naming the input column (or NDJSON key) they wrote — as `--columns`
 * or the dvcqg preset maps it, e.g. `NgayTiepNhan` — and the value they typed, never a name
 * internal to the library. Built from the error's stable code and path, the row's values and the
 * record read from them; the library's English message is never read. Only rows with an error
 * build one, in one language.
 *
 * @module
 */
import type { WorktimeError } from '../../errors.js';
import { msg, typed } from '../messages.js';
import type { Msg } from '../messages.js';
import type { Lang } from '../text.js';
import type { ColumnMap, DossierField } from './columns.js';
import { renamed } from './columns.js';
import type { BatchFormat } from './input.js';

/** An error of a row: its stable code and its text in both languages (one of them is printed). */
export interface RowError {
  readonly code: string;
  readonly text: Msg;
}

const CHANNELS = msg('online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính)', 'online, direct, postal (or Trực tuyến, Trực tiếp, Bưu chính)');
const INSTANT_FORMS = msg('hãy viết như 2026-03-13T20:00, 13/03/2026 20:00 hoặc 20260313200000', 'write it like 2026-03-13T20:00, 13/03/2026 20:00 or 20260313200000');
const RANGE = msg('nằm ngoài phạm vi của lịch làm việc (lịch công vụ có các năm 1900–2199)', "is outside the working calendar's range (1900–2199 for the civil-service calendar)");
const SUPPLEMENTS_FORM = '[{"requestedAt":"2026-03-04T10:00","completedAt":"2026-03-09T14:00"}]';
const LIST_FORMS: Readonly<Record<string, string>> = {
  supplements: SUPPLEMENTS_FORM,
  pauses: '[{"from":"2026-03-04T10:00","to":"2026-03-09T14:00"}]',
  extensions: '[{"workingDays":3,"reason":"Xác minh"}]',
};
/** The keys of the objects inside a field, as the library reads them. */
const KEYS: Readonly<Record<string, string>> = {
  period: 'workingDays, workingHours',
  supplements: 'requestedAt, completedAt',
  pauses: 'from, to',
  extensions: 'workingDays, workingHours, reason, requestedAt',
};
/** The instant fields of a record (top level). */
const INSTANTS = new Set(['deadline', 'receivedAt', 'acceptedAt', 'completedAt']);
/** A path in a record: `supplements[1].completedAt`, `period.workingDays`, `channel`. */
const PATH = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/s;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** A value as the user wrote it: a text as it is, anything else as JSON. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** Whether a text has the shape of a day (and time) whose day or time does not exist, such as 31/02/2026. */
function dayShaped(text: string): boolean {
  return /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(text.trim()) || /^\d{8}(\d{6})?$/.test(text.trim());
}

/** The errors of the rows of one run: how its columns are named (the format, the column map). */
export class RowErrors {
  /** The column map, once the run has decided (the dvcqg preset may be detected from the header). */
  map: ColumnMap | undefined;

  constructor(
    readonly lang: Lang,
    private readonly format: BatchFormat,
    map: ColumnMap | undefined,
  ) {
    this.map = map;
  }

  /** The text of an error in the run's language. */
  text(error: RowError): string {
    return error.text[this.lang];
  }

  /** `(dòng 3)` / `(line 3)`. */
  lineText(line: number): string {
    return this.lang === 'vi' ? `(dòng ${line})` : `(line ${line})`;
  }

  /**
   * The error of a row whose dossier could not be read or evaluated.
   *
   * @param values - the row's input values (under the input's own names).
   * @param record - the dossier record read from them, when it was read.
   */
  of(error: WorktimeError, values: Readonly<Record<string, unknown>>, record: Readonly<Record<string, unknown>> | undefined): RowError {
    return { code: error.code, text: new RowWords(this.format, this.map, values, record).reason(error) };
  }
}

/** The words of one row's error. */
class RowWords {
  readonly #from: Partial<Record<DossierField, string>>;

  constructor(
    private readonly format: BatchFormat,
    private readonly map: ColumnMap | undefined,
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly record: Readonly<Record<string, unknown>> | undefined,
  ) {
    this.#from = map === undefined ? {} : renamed(values, map).from;
  }

  /** The input column (or key) a field is read from: the one it came from, else the one the user would write. */
  column(field: string): string {
    const from = this.#from[field as DossierField];
    if (from !== undefined) return from;
    const named = this.map?.shown?.get(field as DossierField);
    if (named !== undefined && !Object.hasOwn(this.values, field)) return named;
    if (field === 'period' && this.record !== undefined && this.record['period'] !== undefined && !present(this.values['period'])) {
      // period built from the workingDays / workingHours columns
      return this.column(present(this.values['workingHours']) && !present(this.values['workingDays']) ? 'workingHours' : 'workingDays');
    }
    return field;
  }

  /** `cột X` / `column X` (NDJSON: `trường X` / `field X`). */
  label(column: string): Msg {
    return this.format === 'csv' ? msg(`cột ${column}`, `column ${column}`) : msg(`trường ${column}`, `field ${column}`);
  }

  /** The value of the input column a field is read from. */
  inputValue(field: string): unknown {
    const column = this.column(field);
    if (Object.hasOwn(this.values, column)) return this.values[column];
    const period = this.values['period'];
    if ((field === 'workingDays' || field === 'workingHours') && isObject(period)) return period[field];
    return undefined;
  }

  /** `cột NgayTiepNhan "31/02/2026 09:00"`: a field and the value typed in it. */
  field(field: string): Msg {
    const label = this.label(this.column(field));
    const value = this.inputValue(field);
    if (value === undefined) return label;
    return msg(`${label.vi} ${typed(shown(value))}`, `${label.en} ${typed(shown(value))}`);
  }

  /**
   * What a path of the record names, with the value there: `cột supplements (mục 2, completedAt
   * "2026-03-01T09:00")`. For a field whose record value was built from the period columns, the
   * column typed into.
   */
  place(path: string): { where: Msg; value: unknown; top: string; index: number | undefined; key: string | undefined } {
    const m = PATH.exec(path);
    if (m === null) return { where: this.label(path), value: undefined, top: path, index: undefined, key: undefined };
    const [, top = '', index, key] = m;
    if (top === 'period' && index === undefined && key !== undefined && (key === 'workingDays' || key === 'workingHours') && !present(this.values['period']) && this.#from.period === undefined) {
      // the period of a CSV row (or an NDJSON one with workingDays / workingHours keys): the column typed into
      return { where: this.field(key), value: this.inputValue(key), top, index: undefined, key };
    }
    if (index === undefined && key === undefined) return { where: this.field(top), value: this.inputValue(top), top, index: undefined, key: undefined };
    const label = this.label(this.column(top));
    let value: unknown = this.record?.[top];
    const parts: { vi: string[]; en: string[] } = { vi: [], en: [] };
    if (index !== undefined) {
      value = Array.isArray(value) ? value[Number(index)] : undefined;
      parts.vi.push(`mục ${Number(index) + 1}`);
      parts.en.push(`item ${Number(index) + 1}`);
    }
    if (key !== undefined) {
      value = isObject(value) ? value[key] : undefined;
      const typedValue = value === undefined ? '' : ` ${typed(shown(value))}`;
      parts.vi.push(`${key}${typedValue}`);
      parts.en.push(`${key}${typedValue}`);
    } else if (value !== undefined && typeof value !== 'object') {
      parts.vi.push(typed(shown(value)));
      parts.en.push(typed(shown(value)));
    }
    return { where: msg(`${label.vi} (${parts.vi.join(', ')})`, `${label.en} (${parts.en.join(', ')})`), value, top, index: index === undefined ? undefined : Number(index), key };
  }

  /** `cột deadline, hoặc cột acceptedAt cùng cột workingDays hay workingHours`. */
  howToGiveDeadline(): Msg {
    const d = this.label(this.column('deadline'));
    const a = this.label(this.column('acceptedAt'));
    const days = this.column('workingDays');
    const hours = this.column('workingHours');
    return msg(`${d.vi}, hoặc ${a.vi} cùng ${days} hay ${hours}`, `${d.en}, or ${a.en} with ${days} or ${hours}`);
  }

  /** The columns of the instants of the row, with their values (for an error of the calendar's range). */
  instants(): Msg {
    const given = ['deadline', 'acceptedAt', 'workingDays', 'workingHours', 'completedAt', 'receivedAt'].filter((f) => present(this.inputValue(f))).map((f) => this.field(f));
    return msg(given.map((g) => g.vi).join(', '), given.map((g) => g.en).join(', '));
  }

  reason(error: WorktimeError): Msg {
    const path = error.path ?? Object.keys(error.details)[0] ?? '';
    const code = error.code;
    const { where, value, top, index, key } = this.place(path);
    const say = (vi: string, en: string): Msg => msg(`${where.vi} ${vi}`, `${where.en} ${en}`);
    const record = this.record;
    const known = PATH.test(path) && (INSTANTS.has(top) || top in KEYS || ['channel', 'workingDays', 'workingHours', 'digitized', 'paperResult', 'electronicResult', 'id'].includes(top));

    if (code === 'OUT_OF_RANGE' && (!known || key === undefined) && !(known && INSTANTS.has(top) && index === undefined)) {
      const list = this.instants();
      return msg(`hạn hoặc một thời điểm của hồ sơ ${RANGE.vi}: ${list.vi}`, `the deadline or an instant of the dossier ${RANGE.en}: ${list.en}`);
    }
    if (!known) return msg(`dòng này không dùng được (${code})`, `this row cannot be used (${code})`);
    if (code === 'OUT_OF_RANGE') return say(RANGE.vi, RANGE.en);
    if (code === 'INVALID_INSTANT') {
      if (typeof value === 'string' && dayShaped(value)) return say('là ngày hoặc giờ không có trong lịch', 'is a day or time of day that does not exist');
      return say(`không phải là một thời điểm: ${INSTANT_FORMS.vi}`, `is not an instant: ${INSTANT_FORMS.en}`);
    }
    if (code === 'INVALID_NUMBER') return say('không phải là một số, như 5', 'is not a number such as 5');

    // INVALID_ARGUMENT (and any other code), by where it is
    if (top === 'channel') {
      if (!present(value)) return msg(`thiếu ${this.label(this.column('channel')).vi} (kênh: ${CHANNELS.vi})`, `missing the ${this.label(this.column('channel')).en} (the channel: ${CHANNELS.en})`);
      const table = this.map?.values.get('channel');
      const codes = table === undefined ? '' : `${[...table].map(([input, output]) => `${input} (${output})`).join(', ')}, `;
      return say(`không phải là một kênh: ${codes}${CHANNELS.vi}`, `is not a channel: ${codes}${CHANNELS.en}`);
    }
    if (top === 'digitized' || top === 'paperResult' || top === 'electronicResult') return say('không phải là có hay không (true / false, 1 / 0)', 'is not yes or no (true / false, có / không, 1 / 0)');
    if (top === 'workingDays' || top === 'workingHours') {
      const days = this.field('workingDays');
      const hours = this.field('workingHours');
      return msg(`chỉ dùng ${days.vi} hoặc ${hours.vi}, không dùng cả hai`, `expected either ${days.en} or ${hours.en}, not both`);
    }
    if (top === 'deadline' && index === undefined) {
      if (record !== undefined && (present(record['period']) || present(record['pauses']) || present(record['extensions']))) {
        return msg(`chỉ dùng ${this.howToGiveDeadline().vi}, không dùng cả hai`, `expected either ${this.howToGiveDeadline().en}, not both`);
      }
      return say(`trước ${this.field('acceptedAt').vi}`, `is before ${this.field('acceptedAt').en}`);
    }
    if (top === 'completedAt' && index === undefined) return say(`trước ${this.field('acceptedAt').vi}`, `is before ${this.field('acceptedAt').en}`);
    if ((top === 'acceptedAt' || top === 'receivedAt') && index === undefined) {
      if (present(record?.[top])) return say(`không phải là một thời điểm: ${INSTANT_FORMS.vi}`, `is not an instant: ${INSTANT_FORMS.en}`);
      return msg(`thiếu hạn: cần ${this.howToGiveDeadline().vi}`, `missing the deadline: expected ${this.howToGiveDeadline().en}`);
    }
    if (top === 'period' && index === undefined) {
      if (key === 'workingDays') return say('không phải là số nguyên dương ngày làm việc', 'is not a positive whole number of working days');
      if (key === 'workingHours') return say('không phải là số giờ làm việc dương (tối đa 100.000.000)', 'is not a positive number of working hours (at most 100,000,000)');
      if (key !== undefined) return msg(`${this.label(this.column('period')).vi} có khóa ${typed(key)} không dùng được; chỉ dùng ${KEYS['period'] as string}`, `${this.label(this.column('period')).en} has the key ${typed(key)}, which is not read; expected ${KEYS['period'] as string}`);
      if (!present(record?.['period'])) {
        const a = this.field('acceptedAt');
        return msg(`${a.vi} cần thêm ${this.column('workingDays')} hoặc ${this.column('workingHours')} (thời hạn giải quyết)`, `${a.en} needs ${this.column('workingDays')} or ${this.column('workingHours')} as well (the processing period)`);
      }
      return say('không phải là {"workingDays": n} hay {"workingHours": n} (đúng một trong hai)', 'is not {"workingDays": n} or {"workingHours": n} (exactly one of them)');
    }
    // supplements, pauses, extensions
    const form = LIST_FORMS[top] as string;
    if (index === undefined) return say(`không phải là một mảng JSON như ${form}`, `is not a JSON array such as ${form}`);
    const item = Array.isArray(record?.[top]) ? (record?.[top] as unknown[])[index] : undefined;
    if (key !== undefined && !(KEYS[top] as string).split(', ').includes(key)) {
      return say(`là khóa không dùng được; chỉ dùng ${KEYS[top] as string}`, `is a key that is not read; expected ${KEYS[top] as string}`);
    }
    if (!isObject(item)) return say(`không phải là một đối tượng như ${form.slice(1, -1)}`, `is not an object such as ${form.slice(1, -1)}`);
    if (key === 'workingDays') return say('không phải là số nguyên dương ngày làm việc', 'is not a positive whole number of working days');
    if (key === 'workingHours') return say('không phải là số giờ làm việc dương (tối đa 100.000.000)', 'is not a positive number of working hours (at most 100,000,000)');
    if (key === 'reason') return say('thiếu lý do gia hạn', 'is missing the reason for the extension');
    if (top === 'supplements') {
      if (key === 'requestedAt') {
        if (value === undefined) return say('thiếu: lúc yêu cầu bổ sung', 'is missing: when the supplement was requested');
        return say(`trước khi hồ sơ được tiếp nhận (${this.field('acceptedAt').vi})`, `is before the dossier was accepted (${this.field('acceptedAt').en})`);
      }
      if (key === 'completedAt') return say(`trước requestedAt ${typed(shown(item['requestedAt']))}`, `is before requestedAt ${typed(shown(item['requestedAt']))}`);
      return say('được yêu cầu trước khi lần bổ sung trước hoàn thành: các lần bổ sung không chồng lên nhau, chỉ lần cuối có thể chưa hoàn thành', 'was requested before the previous supplement was completed: supplements do not overlap, and only the last may be outstanding');
    }
    if (top === 'pauses') {
      if (item['from'] === undefined || item['to'] === undefined) return say('cần cả from và to', 'needs both from and to');
      return say(`có to ${typed(shown(item['to']))} trước from ${typed(shown(item['from']))}`, `has to ${typed(shown(item['to']))} before from ${typed(shown(item['from']))}`);
    }
    // extensions[i]: neither or both of workingDays, workingHours
    return say('cần đúng một trong workingDays, workingHours', 'needs exactly one of workingDays, workingHours');
  }
}
