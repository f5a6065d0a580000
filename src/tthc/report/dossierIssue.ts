/**
 * The words of an error of a dossier record, in Vietnamese and English: the field named as a clerk
 * reads it and the value written in it, from the error's stable code and path, the record and the
 * names its fields were read under — the record's own keys for `evaluateDossier` and `summarize`,
 * the input's columns for `vn-worktime batch`. The library's English message is not read: both
 * texts are worded here, so that every dossier error reads the same wherever it is reported.
 *
 * @module
 */
import type { WorktimeError } from '../../errors.js';
import { isRecord } from '../../validation/check.js';
import { typed } from '../../validation/issue.js';
import type { Issue, IssueText } from '../../validation/issue.js';

type Msg = IssueText;

function msg(vi: string, en: string): Msg {
  return { vi, en };
}

/**
 * The names the fields of a record were read under, for the words of its errors. The record's own
 * keys by default ({@link recordNames}); `vn-worktime batch` gives the columns of its input.
 */
export interface DossierNames {
  /** `'column'` for a CSV file (`cột X`), `'field'` otherwise (`trường X`). */
  readonly kind: 'column' | 'field';
  /** `'text'` when the values were written as text in a file (`batch` reads Vietnamese forms of instants and yes / no), `'record'` otherwise. */
  readonly written: 'text' | 'record';
  /** The input name a field of the record is read from. */
  column(field: string): string;
  /** The value written under that name, as it was written. */
  inputValue(field: string): unknown;
  /** Whether the period was built from separate workingDays / workingHours inputs rather than written as one. */
  readonly periodFromAmounts: boolean;
  /** Other codes a channel may be written as, each followed by `, ` (e.g. `TT (online), `), or `''`. */
  readonly channelCodes: string;
}

/** The names of a record read as it is: its own keys. */
export function recordNames(record: Readonly<Record<string, unknown>> | undefined): DossierNames {
  return {
    kind: 'field',
    written: 'record',
    column: (field) => field,
    inputValue: (field) => {
      if (record === undefined) return undefined;
      if (Object.hasOwn(record, field)) return record[field];
      const period = record['period'];
      if ((field === 'workingDays' || field === 'workingHours') && isRecord(period)) return period[field];
      return undefined;
    },
    periodFromAmounts: false,
    channelCodes: '',
  };
}

const CHANNELS = msg('online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính)', 'online, direct, postal (or Trực tuyến, Trực tiếp, Bưu chính)');
/** The forms of an instant in a text file (`batch` also reads the Vietnamese ones) and in a record. */
const INSTANT_FORMS = {
  text: msg('hãy viết như 2026-03-13T20:00, 13/03/2026 20:00 hoặc 20260313200000', 'write it like 2026-03-13T20:00, 13/03/2026 20:00 or 20260313200000'),
  record: msg('hãy viết như 2026-03-13T20:00 hoặc 2026-03-13T20:00:00+07:00', 'write it like 2026-03-13T20:00 or 2026-03-13T20:00:00+07:00'),
};
const YES_NO = {
  text: msg('không phải là có hay không (true / false, 1 / 0)', 'is not yes or no (true / false, có / không, 1 / 0)'),
  record: msg('không phải là true hay false', 'is not true or false'),
};
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

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** A value as the user wrote it: a text as it is, anything else as JSON. */
function written(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** Whether a text has the shape of a day (and time) whose day or time does not exist, such as 31/02/2026. */
function dayShaped(text: string): boolean {
  return /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(text.trim()) || /^\d{8}(\d{6})?$/.test(text.trim());
}

/** The words of the error of one dossier record. */
class DossierWords {
  constructor(
    private readonly names: DossierNames,
    private readonly record: Readonly<Record<string, unknown>> | undefined,
  ) {}

  column(field: string): string {
    return this.names.column(field);
  }

  /** `trường X` / `field X` (a CSV file: `cột X` / `column X`). */
  label(column: string): Msg {
    return this.names.kind === 'column' ? msg(`cột ${column}`, `column ${column}`) : msg(`trường ${column}`, `field ${column}`);
  }

  inputValue(field: string): unknown {
    return this.names.inputValue(field);
  }

  /** `cột NgayTiepNhan "31/02/2026 09:00"`: a field and the value typed in it. */
  field(field: string): Msg {
    const label = this.label(this.column(field));
    const value = this.inputValue(field);
    if (value === undefined) return label;
    return msg(`${label.vi} ${typed(written(value))}`, `${label.en} ${typed(written(value))}`);
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
    if (top === 'period' && index === undefined && key !== undefined && (key === 'workingDays' || key === 'workingHours') && this.names.periodFromAmounts) {
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
      value = isRecord(value) ? value[key] : undefined;
      const typedValue = value === undefined ? '' : ` ${typed(written(value))}`;
      parts.vi.push(`${key}${typedValue}`);
      parts.en.push(`${key}${typedValue}`);
    } else if (value !== undefined && typeof value !== 'object') {
      parts.vi.push(typed(written(value)));
      parts.en.push(typed(written(value)));
    }
    return { where: msg(`${label.vi} (${parts.vi.join(', ')})`, `${label.en} (${parts.en.join(', ')})`), value, top, index: index === undefined ? undefined : Number(index), key };
  }

  /** `cột deadline, hoặc cột acceptedAt cùng cột workingDays hay workingHours`. */
  howToGiveDeadline(): Msg {
    const d = this.label(this.column('deadline'));
    const a = this.label(this.column('acceptedAt'));
    const days = this.column('workingDays');
    const hours = this.column('workingHours');
    if (this.names.written === 'record') {
      const p = this.label(this.column('period'));
      return msg(`${d.vi}, hoặc ${a.vi} cùng ${p.vi}`, `${d.en}, or ${a.en} with ${p.en}`);
    }
    return msg(`${d.vi}, hoặc ${a.vi} cùng ${days} hay ${hours}`, `${d.en}, or ${a.en} with ${days} or ${hours}`);
  }

  /** The columns of the instants of the row, with their values (for an error of the calendar's range). */
  instants(): Msg {
    const given = ['deadline', 'acceptedAt', 'workingDays', 'workingHours', 'completedAt', 'receivedAt'].filter((f) => present(this.inputValue(f))).map((f) => this.field(f));
    return msg(given.map((g) => g.vi).join(', '), given.map((g) => g.en).join(', '));
  }

  reason(error: WorktimeError, path: string): Msg {
    const code = error.code;
    const { where, value, top, index, key } = this.place(path);
    const say = (vi: string, en: string): Msg => msg(`${where.vi} ${vi}`, `${where.en} ${en}`);
    const record = this.record;
    const known = PATH.test(path) && (INSTANTS.has(top) || top in KEYS || ['channel', 'workingDays', 'workingHours', 'digitized', 'paperResult', 'electronicResult', 'id'].includes(top));

    if (code === 'OUT_OF_RANGE' && (!known || key === undefined) && !(known && INSTANTS.has(top) && index === undefined)) {
      const list = this.instants();
      return msg(`hạn hoặc một thời điểm của hồ sơ ${RANGE.vi}: ${list.vi}`, `the deadline or an instant of the dossier ${RANGE.en}: ${list.en}`);
    }
    if (path === 'dossier') {
      const given = error.details['dossier'];
      const got = typeof given === 'string' ? typed(given) : typed(written(given)).slice(1, -1);
      return msg(
        `hồ sơ không phải là một đối tượng { channel, deadline hoặc acceptedAt cùng period, completedAt }: ${got}`,
        `the dossier is not an object { channel, deadline or acceptedAt with period, completedAt }: ${got}`,
      );
    }
    if (!known) return msg(`hồ sơ này không dùng được (${code})`, `this dossier cannot be used (${code})`);
    if (code === 'OUT_OF_RANGE') return say(RANGE.vi, RANGE.en);
    if (code === 'INVALID_INSTANT') {
      if (typeof value === 'string' && dayShaped(value)) return say('là ngày hoặc giờ không có trong lịch', 'is a day or time of day that does not exist');
      return say(`không phải là một thời điểm: ${INSTANT_FORMS[this.names.written].vi}`, `is not an instant: ${INSTANT_FORMS[this.names.written].en}`);
    }
    if (code === 'INVALID_NUMBER') return say('không phải là một số, như 5', 'is not a number such as 5');

    // INVALID_ARGUMENT (and any other code), by where it is
    if (top === 'channel') {
      if (!present(value)) return msg(`thiếu ${this.label(this.column('channel')).vi} (kênh: ${CHANNELS.vi})`, `missing the ${this.label(this.column('channel')).en} (the channel: ${CHANNELS.en})`);
      const codes = this.names.channelCodes;
      return say(`không phải là một kênh: ${codes}${CHANNELS.vi}`, `is not a channel: ${codes}${CHANNELS.en}`);
    }
    if (top === 'digitized' || top === 'paperResult' || top === 'electronicResult') return say(YES_NO[this.names.written].vi, YES_NO[this.names.written].en);
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
      if (present(record?.[top])) return say(`không phải là một thời điểm: ${INSTANT_FORMS[this.names.written].vi}`, `is not an instant: ${INSTANT_FORMS[this.names.written].en}`);
      return msg(`thiếu hạn: cần ${this.howToGiveDeadline().vi}`, `missing the deadline: expected ${this.howToGiveDeadline().en}`);
    }
    if (top === 'period' && index === undefined) {
      if (key === 'workingDays') return say('không phải là số nguyên dương ngày làm việc', 'is not a positive whole number of working days');
      if (key === 'workingHours') return say('không phải là số giờ làm việc dương (tối đa 100.000.000)', 'is not a positive number of working hours (at most 100,000,000)');
      if (key !== undefined) return msg(`${this.label(this.column('period')).vi} có khóa ${typed(key)} không dùng được; chỉ dùng ${KEYS['period'] as string}`, `${this.label(this.column('period')).en} has the key ${typed(key)}, which is not read; expected ${KEYS['period'] as string}`);
      if (!present(record?.['period'])) {
        const a = this.field('acceptedAt');
        if (this.names.written === 'record') {
          const p = this.label(this.column('period'));
          return msg(`${a.vi} cần thêm ${p.vi} (thời hạn giải quyết)`, `${a.en} needs ${p.en} as well (the processing period)`);
        }
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
    if (!isRecord(item)) return say(`không phải là một đối tượng như ${form.slice(1, -1)}`, `is not an object such as ${form.slice(1, -1)}`);
    if (key === 'workingDays') return say('không phải là số nguyên dương ngày làm việc', 'is not a positive whole number of working days');
    if (key === 'workingHours') return say('không phải là số giờ làm việc dương (tối đa 100.000.000)', 'is not a positive number of working hours (at most 100,000,000)');
    if (key === 'reason') return say('thiếu lý do gia hạn', 'is missing the reason for the extension');
    if (top === 'supplements') {
      if (key === 'requestedAt') {
        if (value === undefined) return say('thiếu: lúc yêu cầu bổ sung', 'is missing: when the supplement was requested');
        return say(`trước khi hồ sơ được tiếp nhận (${this.field('acceptedAt').vi})`, `is before the dossier was accepted (${this.field('acceptedAt').en})`);
      }
      if (key === 'completedAt') return say(`trước requestedAt ${typed(written(item['requestedAt']))}`, `is before requestedAt ${typed(written(item['requestedAt']))}`);
      return say('được yêu cầu trước khi lần bổ sung trước hoàn thành: các lần bổ sung không chồng lên nhau, chỉ lần cuối có thể chưa hoàn thành', 'was requested before the previous supplement was completed: supplements do not overlap, and only the last may be outstanding');
    }
    if (top === 'pauses') {
      if (item['from'] === undefined || item['to'] === undefined) return say('cần cả from và to', 'needs both from and to');
      return say(`có to ${typed(written(item['to']))} trước from ${typed(written(item['from']))}`, `has to ${typed(written(item['to']))} before from ${typed(written(item['from']))}`);
    }
    // extensions[i]: neither or both of workingDays, workingHours
    return say('cần đúng một trong workingDays, workingHours', 'needs exactly one of workingDays, workingHours');
  }
}

/**
 * The issue of a dossier record that cannot be read or evaluated (`evaluateRecord` threw `error`):
 * its code, its path in the record (`'dossier'` for the record itself) and its words in both
 * languages (docs/errors.md).
 *
 * @param record - the record, when it is an object.
 * @param names - the names its fields were read under; its own keys by default.
 */
export function dossierIssue(error: WorktimeError, record: Readonly<Record<string, unknown>> | undefined, names: DossierNames = recordNames(record)): Issue {
  const path = error.path ?? Object.keys(error.details)[0] ?? 'dossier';
  return { code: error.code, path, message: new DossierWords(names, record).reason(error, path) };
}
