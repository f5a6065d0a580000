/**
 * Column maps of `batch --columns`: the input's own column names (CSV header names, NDJSON keys)
 * renamed onto the fields a dossier is read from, and their values translated; the built-in
 * `dvcqg` preset; and what every run accepts whatever the map (Vietnamese channel words, the
 * compact `yyyyMMddHHmmss` instants of the national portal's sync format).
 *
 * A map changes only how a row is *read*: the output keeps the input's columns (or keys) and
 * values as they were, then adds its own.
 *
 * ## The `dvcqg` preset
 *
 * Systems that synchronise dossiers with the national public-service portal (Cổng Dịch vụ công
 * quốc gia) name them with the portal's fields. Confirmed in one public implementation of that
 * sync, github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO (commit 07e3b72):
 * `DichVuCongApi/src/Core/Application/Common/KetNoi/DVC/SyncLocalDataToDVCQG/ISyncLocalDataToDVCQGService.cs`
 * (the object sent, `HoSoDongBoDVC`), `DichVuCongApi/src/Infrastructure/KetNoi/DVC/SyncLocalDataToDVCQG/SyncLocalDataToDVCQGService.cs`
 * (every date written with `ToString("yyyyMMddHHmmss")`) and
 * `DichVuCongApi/src/Core/Application/Statistics/TiepNhanHoSoTrucTuyen/TiepNhanHoSoTrucTuyenConstants.cs`
 * (`KenhThucHien`: `TRUC_TIEP = "1"`, `TRUC_TUYEN = "2"`, `BCCI = "3"`). The QĐ 766 technical
 * method (docs/domain.md §10) names `NgayTiepNhan`, `NgayHenTra`, `NgayKetThucXuLy` and
 * `KenhThucHien = 2 (Trực tuyến)` too. Secondary sources: the portal's own specification was not
 * found.
 *
 * | column            | field         |                                                          |
 * |-------------------|---------------|----------------------------------------------------------|
 * | `MaHoSo`          | `id`          | confirmed (field of `HoSoDongBoDVC`)                     |
 * | `KenhThucHien`    | `channel`     | confirmed: 1 direct, 2 online, 3 postal                  |
 * | `NgayNopHoSo`     | `receivedAt`  | field confirmed; meaning (submission) assumed from its name |
 * | `NgayTiepNhan`    | `acceptedAt`  | confirmed (766: the day of receipt; the sync's filter)   |
 * | `NgayHenTra`      | `deadline`    | confirmed (766: "Ngày hẹn trả", the appointment)         |
 * | `NgayKetThucXuLy` | `completedAt` | confirmed (766: the end of processing)                   |
 *
 * Instants: `yyyyMMddHHmmss` (confirmed, above), wall-clock time in the calendar's zone; also
 * `yyyyMMdd`, read as a day alone (a deadline: the close of working hours that day) — assumed, not
 * seen in the sync format, and read this way rather than as midnight. Both in every run, whatever
 * the map, in `receivedAt`, `acceptedAt`, `deadline` and `completedAt`.
 *
 * `NgayTiepNhan` is not also taken as `receivedAt`: acceptance (tiếp nhận) is when the one-stop
 * desk accepts a complete dossier, which may be a working day after the system received it; the
 * sync format has its own `NgayNopHoSo`. Other fields of the format (`NgayTra`,
 * `NgayYeuCauBoSung`, `NgayTuChoi`, `TrangThaiHoSo`, …) are passed through unread.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { suggest } from '../args.js';
import { setValue } from './rows.js';

/** The fields a dossier of `batch` is read from (see dossier.ts). */
export const DOSSIER_FIELDS = [
  'id',
  'channel',
  'receivedAt',
  'acceptedAt',
  'workingDays',
  'workingHours',
  'period',
  'deadline',
  'completedAt',
  'pauses',
  'extensions',
  'supplements',
  'method',
] as const;

/** A field of a dossier. */
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** The instant fields, where a compact `yyyyMMddHHmmss` value is read as an instant (`yyyyMMdd` as a day). */
const INSTANT_FIELDS: ReadonlySet<string> = new Set<DossierField>(['receivedAt', 'acceptedAt', 'deadline', 'completedAt']);

/** A column map, ready to apply. */
export interface ColumnMap {
  /** `dvcqg`, or the file it was read from (for messages). */
  readonly name: string;
  /** Input column name (trimmed, lower case) → field, in the map's order. */
  readonly columns: ReadonlyMap<string, DossierField>;
  /** Field → (input value, trimmed and lower case → value). */
  readonly values: ReadonlyMap<DossierField, ReadonlyMap<string, string>>;
  /** Field → the first input column mapped to it, as written (for messages about a column that is missing). */
  readonly shown?: ReadonlyMap<DossierField, string>;
}

/** A column name or a value as matched: spaces trimmed, lower case. */
const key = (text: string): string => text.trim().toLowerCase();

/** Without diacritics, lower case, single spaces: `Bưu chính` → `buu chinh`. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const CHANNEL_WORDS: ReadonlyMap<string, 'online' | 'direct' | 'postal'> = new Map([
  ['online', 'online'],
  ['direct', 'direct'],
  ['postal', 'postal'],
  ['truc tuyen', 'online'],
  ['truc tiep', 'direct'],
  ['buu chinh', 'postal'],
  ['buu chinh cong ich', 'postal'],
]);

/**
 * A channel as `batch` reads it: `online`, `direct`, `postal`, or the Vietnamese words `Trực
 * tuyến`, `Trực tiếp`, `Bưu chính` (`bưu chính công ích`), whatever the case or diacritics.
 */
export function channelWord(text: string): 'online' | 'direct' | 'postal' | undefined {
  // The library's own words first, compared as they are (a map would hash each row's new string).
  if (text === 'online' || text === 'direct' || text === 'postal') return text;
  return CHANNEL_WORDS.get(text) ?? CHANNEL_WORDS.get(plain(text));
}

/**
 * `20260310093000` (or the same number) → `2026-03-10T09:30:00`, and `20260310` → the day alone
 * `2026-03-10`, when they are a real instant or day; anything else `undefined`.
 */
export function compactInstant(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || text.includes('-') || text.includes(':') || text.includes('/')) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(text.trim());
  if (m === null) return undefined;
  const [, y = '', mo = '', d = '', h, mi = '', s = ''] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDay = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  if (!realDay) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  return Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 ? `${y}-${mo}-${d}T${h}:${mi}:${s}` : undefined;
}

/** The `dvcqg` preset (see the module's documentation for what is confirmed). */
export const DVCQG: ColumnMap = {
  name: 'dvcqg',
  columns: new Map<string, DossierField>([
    ['mahoso', 'id'],
    ['kenhthuchien', 'channel'],
    ['ngaynophoso', 'receivedAt'],
    ['ngaytiepnhan', 'acceptedAt'],
    ['ngayhentra', 'deadline'],
    ['ngayketthucxuly', 'completedAt'],
  ]),
  shown: new Map<DossierField, string>([
    ['id', 'MaHoSo'],
    ['channel', 'KenhThucHien'],
    ['receivedAt', 'NgayNopHoSo'],
    ['acceptedAt', 'NgayTiepNhan'],
    ['deadline', 'NgayHenTra'],
    ['completedAt', 'NgayKetThucXuLy'],
  ]),
  values: new Map([
    [
      'channel',
      new Map([
        ['1', 'direct'],
        ['2', 'online'],
        ['3', 'postal'],
      ]),
    ],
  ]),
};

/** Whether column names (a CSV header, the keys of the first NDJSON object) are the dvcqg format's: `MaHoSo` and `KenhThucHien`. */
export function looksLikeDvcqg(names: readonly string[]): boolean {
  const keys = new Set(names.map(key));
  return keys.has('mahoso') && keys.has('kenhthuchien');
}

// ---------------------------------------------------------------------------------------------
// map.json

const SHAPE = '{"columns": {"<input column>": "<field>"}, "values": {"<field>": {"<input value>": "<value>"}}}';

function mapError(file: string, where: string, expected: string, got: unknown, hint = ''): WorktimeError {
  return new WorktimeError('INVALID_ARGUMENT', `Expected ${where} in the column map ${JSON.stringify(file)} to be ${expected}, got ${describe(got)}${hint}`, {
    columns: file,
    key: where,
  });
}

const FIELD_BY_KEY = new Map<string, DossierField>(DOSSIER_FIELDS.map((f) => [f.toLowerCase(), f]));

function fieldNamed(name: unknown, file: string, where: string): DossierField {
  const field = typeof name === 'string' ? FIELD_BY_KEY.get(key(name)) : undefined;
  if (field !== undefined) return field;
  const close = typeof name === 'string' ? suggest(name.trim(), DOSSIER_FIELDS) : undefined;
  throw mapError(file, where, `a field of a dossier (${DOSSIER_FIELDS.join(', ')})`, name, close === undefined ? '' : `; did you mean ${close}?`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A column map from the JSON document of a `--columns` file:
 * `{ "columns": { "<input column>": "<field>" }, "values": { "<field>": { "<input value>": "<value>" } } }`.
 * Both parts are optional. Column names and input values are matched trimmed and
 * case-insensitively; field names case-insensitively.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` naming the file and the key.
 */
export function columnMapOf(document: unknown, file: string): ColumnMap {
  if (!isObject(document)) throw mapError(file, 'the document', SHAPE, document);
  for (const name of Object.keys(document)) {
    if (name !== 'columns' && name !== 'values') throw mapError(file, `"${name}"`, '"columns" or "values" (the only keys of a column map)', name);
  }
  const columns = new Map<string, DossierField>();
  const shown = new Map<DossierField, string>();
  const given = document['columns'];
  if (given !== undefined) {
    if (!isObject(given)) throw mapError(file, 'columns', 'an object {"<input column>": "<field>"}', given);
    for (const [name, target] of Object.entries(given)) {
      const where = `columns[${JSON.stringify(name)}]`;
      if (key(name) === '') throw mapError(file, where, 'named by a column name, not an empty one', name);
      if (columns.has(key(name))) throw mapError(file, where, 'given once (column names are matched case-insensitively)', name);
      const field = fieldNamed(target, file, where);
      columns.set(key(name), field);
      if (!shown.has(field)) shown.set(field, name.trim());
    }
  }
  const values = new Map<DossierField, Map<string, string>>();
  const tables = document['values'];
  if (tables !== undefined) {
    if (!isObject(tables)) throw mapError(file, 'values', 'an object {"<field>": {"<input value>": "<value>"}}', tables);
    for (const [name, table] of Object.entries(tables)) {
      const where = `values[${JSON.stringify(name)}]`;
      const field = fieldNamed(name, file, where);
      if (!isObject(table)) throw mapError(file, where, 'an object {"<input value>": "<value>"}', table);
      const entries = new Map<string, string>();
      for (const [input, output] of Object.entries(table)) {
        const at = `${where}[${JSON.stringify(input)}]`;
        if (typeof output !== 'string' && typeof output !== 'number') throw mapError(file, at, 'a string', output);
        let value = String(output);
        if (field === 'channel') {
          const channel = channelWord(value);
          if (channel === undefined) throw mapError(file, at, 'a channel: online, direct or postal (or Trực tuyến, Trực tiếp, Bưu chính)', output);
          value = channel;
        }
        entries.set(key(input), value);
      }
      values.set(field, entries);
    }
  }
  return { name: file, columns, values, shown };
}

// ---------------------------------------------------------------------------------------------
// Applying a map to a row

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/**
 * The values of a row under the map's column names: each mapped column's value under its field
 * (the first one given, in the map's order, when several columns map to one field; a mapped
 * column wins over a column already named like the field), the other columns as they are.
 * Values are not translated. Also gives which input column each mapped field came from.
 */
export function renamed(values: Readonly<Record<string, unknown>>, map: ColumnMap | undefined): { values: Record<string, unknown>; from: Partial<Record<DossierField, string>> } {
  if (map === undefined) return { values: { ...values }, from: {} };
  const out: Record<string, unknown> = {};
  const byKey = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    byKey.set(key(name), name);
    if (!map.columns.has(key(name))) setValue(out, name, value);
  }
  const from: Partial<Record<DossierField, string>> = {};
  for (const [column, field] of map.columns) {
    const name = byKey.get(column);
    if (name === undefined || from[field] !== undefined || !present(values[name])) continue;
    out[field] = values[name];
    from[field] = name;
  }
  return { values: out, from };
}

/** What `batch` evaluates for a row: its fields, or why the map could not read it. */
export type Fields = { readonly ok: true; readonly fields: Readonly<Record<string, unknown>> } | { readonly ok: false; readonly code: string; readonly error: WorktimeError };

function valueText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The fields of a dossier from a row of the input: renamed and translated by the map (if any);
 * then, whatever the map, a channel written in Vietnamese read as `online`, `direct` or `postal`,
 * and a compact instant (`20260310093000`) in `receivedAt`, `acceptedAt`, `deadline` or
 * `completedAt` read as `2026-03-10T09:30:00`.
 */
export function dossierFields(values: Readonly<Record<string, unknown>>, map: ColumnMap | undefined): Fields {
  if (map === undefined) return { ok: true, fields: readAsIs(values) };
  const { values: fields } = renamed(values, map);
  for (const [field, table] of map?.values ?? []) {
    const text = valueText(fields[field]);
    if (text === undefined) continue;
    const translated = table.get(key(text));
    if (translated !== undefined) fields[field] = translated;
    else if (field === 'channel' && channelWord(text) === undefined && present(text)) {
      const codes = [...table].map(([input, output]) => `${input} (${output})`).join(', ');
      const error = new WorktimeError('INVALID_ARGUMENT', `Expected the channel to be ${codes}, or online, direct, postal, Trực tuyến, Trực tiếp, Bưu chính, got ${describe(fields[field])}`, { channel: fields[field] }, 'channel');
      return { ok: false, code: error.code, error };
    }
  }
  const channel = fields['channel'];
  if (typeof channel === 'string') fields['channel'] = channelWord(channel) ?? channel;
  for (const field of INSTANT_FIELDS) {
    const instant = compactInstant(fields[field]);
    if (instant !== undefined) fields[field] = instant;
  }
  return { ok: true, fields };
}

/** The fields of a row read without a map: the row itself, copied only when a value is read another way. */
function readAsIs(values: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let fields: Record<string, unknown> | undefined;
  const channel = values['channel'];
  if (typeof channel === 'string') {
    const word = channelWord(channel);
    if (word !== undefined && word !== channel) (fields ??= { ...values })['channel'] = word;
  }
  for (const field of INSTANT_FIELDS) {
    const instant = compactInstant(values[field]);
    if (instant !== undefined) (fields ??= { ...values })[field] = instant;
  }
  return fields ?? values;
}
