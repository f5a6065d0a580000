/**
 * `vn-worktime batch [file]`: the deadline and status of every dossier of a CSV or NDJSON file (or
 * standard input), written as it is read, then a summary as provincial dashboards report it.
 *
 * Streams in constant memory: records are parsed from the input chunks as they arrive, each row
 * is written at once (waiting when the reader is slower), and only counts are kept.
 *
 * @module
 */
import { calendarOptions } from '../calendarOptions.js';
import type { Command, CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import { withInputs } from '../inputs.js';
import { msg, typed } from '../messages.js';
import type { Msg } from '../messages.js';
import { fileChunks, readJsonFile } from '../files.js';
import type { Io } from '../io.js';
import { pick } from '../text.js';
import { asDateTime, dateArg, instantArg, label, methodArg } from '../values.js';
import { CompiledZone } from '../../time/zone.js';
import { dayMemo } from '../../tthc/processing/days.js';
import { SummaryTally, reportWindow } from '../../tthc/report/summarize.js';
import { DVCQG, columnMapOf, dossierFields, looksLikeDvcqg, renamed } from '../batch/columns.js';
import type { ColumnMap } from '../batch/columns.js';
import { CsvReader } from '../batch/csv.js';
import type { CsvRecord } from '../batch/csv.js';
import { ByteSink } from '../batch/byteSink.js';
import { csvColumns, evaluateCsvRow, evaluateRow, isFailure } from '../batch/dossier.js';
import type { CsvColumns, Failure } from '../batch/dossier.js';
import { RowErrors } from '../batch/rowErrors.js';
import { InstantTexts } from '../batch/instantTexts.js';
import type { Outcome } from '../batch/dossier.js';
import { LineReader, MAX_LINE, formatOfPath, sniff, textChunks } from '../batch/input.js';
import type { BatchFormat } from '../batch/input.js';
import { summaryLines } from '../batch/report.js';
import { CsvLines, CsvWriter, INPUT_COLUMNS, csvRow, inputName, ndjsonLine, ndjsonRow, readHeader, trimFields } from '../batch/rows.js';
import type { Header, Row } from '../batch/rows.js';
import { batchSummary } from '../batch/tally.js';

const PROGRESS_EVERY = 10_000;

/** The columns a dossier is read from, where a line break can only come from a stray quote. */
const READ_COLUMNS: ReadonlySet<string> = new Set<string>(INPUT_COLUMNS);
/**
 * Reads the rows of the input, in order, handing each to `onRow` as soon as it is complete
 * (synchronously: only the chunks are awaited). A record that cannot be read (a line over the
 * limit, a quote that never closes) is a row with an error and its line.
 */
class RowReader {
  readonly #reader: { push(chunk: string): void; end(): void };
  #header: string[] | undefined;

  /**
   * @param onCsv - takes a CSV record (with the header's width) itself when it can, more cheaply than
   *   as a row: `true` when it did.
   */
  constructor(format: BatchFormat, onRow: (row: Row) => void, onHeader: (header: Header, separator: ',' | ';') => void, onCsv?: (record: CsvRecord, names: readonly string[]) => boolean) {
    const broken = (code: string, text: Msg, line: number): void => onRow({ values: {}, line, error: { code, text } });
    if (format === 'ndjson') {
      const reader = new LineReader(
        (text, line) => {
          const row = ndjsonRow(text, line);
          if (row !== undefined) onRow(row);
        },
        (line) => {
          const max = MAX_LINE.toLocaleString('en-US');
          broken('INVALID_JSON', msg(`dòng ${line} dài quá ${max} ký tự`, `Expected lines of at most ${max} characters, got a longer one on line ${line}`), line);
        },
      );
      this.#reader = reader;
      return;
    }
    const reader = new CsvReader(
      (record) => {
        if (this.#header !== undefined) {
          if (onCsv === undefined || !onCsv(record, this.#header)) onRow(csvRow(this.#header, record));
        }
        else {
          const header = readHeader(record.fields);
          this.#header = header.names;
          const names = header.names;
          reader.checkJoined((fields) => {
            if (fields.length !== names.length) return msg(`cần ${names.length} trường như dòng tiêu đề, có ${fields.length}`, `Expected ${names.length} fields as in the header, got ${fields.length}`);
            const broken = names.findIndex((name, i) => READ_COLUMNS.has(name) && /[\r\n]/.test(fields[i] ?? ''));
            if (broken < 0) return undefined;
            const column = names[broken] as string;
            return msg(`cột ${column} không được xuống dòng`, `Expected no line break in ${column}`);
          });
          onHeader(header, record.separator);
        }
      },
      (error, line) => broken(error.code, error.text, line),
    );
    this.#reader = reader;
  }

  push(chunk: string): void {
    this.#reader.push(chunk);
  }

  end(): void {
    this.#reader.end();
  }
}

/** `--period 2026-01-01..2026-03-31` (days, Vietnamese forms allowed). */
function periodOf(text: string, now: () => Date, zone: string): { from: string; to: string } {
  const parts = text.split('..');
  if (parts.length !== 2) {
    throw new UsageError('INVALID_CHOICE', msg(`--period ${typed(text)} không phải là TỪ..ĐẾN (ngày), như 2026-01-01..2026-03-31`, `--period ${typed(text)} is not FROM..TO (days), such as 2026-01-01..2026-03-31`));
  }
  return {
    from: dateArg(parts[0] ?? '', now, zone, msg('ngày đầu của --period', 'the start of --period')),
    to: dateArg(parts[1] ?? '', now, zone, msg('ngày cuối của --period', 'the end of --period')),
  };
}

/** `--columns`: a map file, the `dvcqg` preset, `none`, or (absent) the preset when the header is the dvcqg format's. */
function columnsOf(value: string | undefined, io: Io): ColumnMap | 'none' | 'auto' {
  if (value === undefined) return 'auto';
  if (value === 'none') return 'none';
  if (value === 'dvcqg') return DVCQG;
  const document = readJsonFile(value, io);
  return withInputs([{ label: label('--columns'), text: value, names: [''], file: true }], () => columnMapOf(document, value));
}

function outputOf(ctx: CommandContext): BatchFormat | undefined {
  const output = ctx.args.string('output') as BatchFormat | undefined;
  if (ctx.json && output === 'csv') throw new UsageError('CONFLICTING_OPTIONS', msg('chỉ dùng --json hoặc --output csv, không dùng cả hai', 'expected either --json or --output csv, not both'));
  return ctx.json ? 'ndjson' : output;
}

export const batch: Command = {
  name: 'batch',
  synopsis: '[file]',
  summary: msg('hạn và tình trạng của một tệp hồ sơ CSV hoặc NDJSON, kèm tổng hợp', 'deadlines and statuses of a CSV or NDJSON file of dossiers, with a summary'),
  description: [
    msg(
      `Đọc hồ sơ từ <file> (hoặc đầu vào chuẩn, hoặc - ) dạng CSV có dòng tiêu đề, hoặc NDJSON (mỗi dòng một đối tượng JSON): ${INPUT_COLUMNS.join(', ')}. Mỗi hồ sơ có kênh (online, direct, postal; hoặc Trực tuyến, Trực tiếp, Bưu chính) và hoặc deadline (một thời điểm, hoặc một ngày không kèm giờ: hết giờ làm việc ngày đó), hoặc acceptedAt kèm workingDays hay workingHours; NDJSON còn có thể cho pauses và extensions như thư viện nhận. Thời điểm viết ISO 8601, 13/03/2026 08:00 hoặc 20260313080000 (một ngày: 20260313).`,
      `Reads dossiers from <file> (or standard input, or - ) as CSV with a header line, or as NDJSON (one JSON object a line): ${INPUT_COLUMNS.join(', ')}. A dossier has a channel (online, direct, postal; or Trực tuyến, Trực tiếp, Bưu chính) and either a deadline (an instant, or a day alone: the close of working hours that day) or acceptedAt with workingDays or workingHours; NDJSON may also give pauses and extensions as the library takes them. Instants may be ISO 8601, 13/03/2026 08:00 or 20260313080000 (a day: 20260313).`,
    ),
    msg('Ghi từng hồ sơ ngay khi đọc, theo định dạng đầu vào trừ khi --output chọn khác, kèm deadline (ISO 8601), dueDate, status (early, on-time, late, in-progress, overdue) và marginHours (số giờ làm việc còn lại, âm khi trễ); dòng không đọc được giữ nguyên giá trị và có thêm cột error (NDJSON: một đối tượng error), được đếm, và việc xử lý vẫn tiếp tục.', 'Writes each dossier as it is read, in the input format unless --output says otherwise, with its deadline (ISO 8601), dueDate, status (early, on-time, late, in-progress, overdue) and marginHours (working hours left, negative when late); a row that cannot be read keeps its values and gets an error column (NDJSON: an error object), is counted, and the run goes on.'),
    msg('Bổ sung (supplements: mảng JSON các {requestedAt, completedAt?}, cũng được trong một ô CSV) làm thời hạn tính lại theo quy định hiện hành; hồ sơ đang chờ người nộp có status waiting và chưa có hạn. --method kpi766 tính như bảng theo dõi QĐ 766. Các cột digitized, paperResult, electronicResult (true/false, có/không) dùng cho các chỉ số QĐ 766.', 'Supplements (supplements: a JSON array of {requestedAt, completedAt?}, also in a CSV cell) restart the period under the law in force; a dossier waiting for the applicant has status waiting and no deadline. --method kpi766 counts as the QĐ 766 dashboards do. Columns digitized, paperResult, electronicResult (true/false, có/không) feed the QĐ 766 indicators.'),
    msg(
      'Tên cột khác được đọc với --columns: một tệp map.json {"columns": {"<cột đầu vào>": "<trường>"}, "values": {"<trường>": {"<giá trị đầu vào>": "<giá trị>"}}} (tên so khớp không phân biệt hoa thường), hoặc dvcqg, các trường của hệ thống đồng bộ với Cổng DVCQG: MaHoSo (id), KenhThucHien (kênh: 1 trực tiếp, 2 trực tuyến, 3 bưu chính), NgayNopHoSo (receivedAt), NgayTiepNhan (acceptedAt), NgayHenTra (deadline), NgayKetThucXuLy (completedAt). Tệp có tiêu đề gồm MaHoSo và KenhThucHien được đọc theo dvcqg trừ khi --columns none. Đầu ra giữ nguyên các cột và giá trị của đầu vào.',
  'Other column names are read with --columns: a map.json {"columns": {"<input column>": "<field>"}, "values": {"<field>": {"<input value>": "<value>"}}} (names matched case-insensitively), or dvcqg, the fields of systems synchronising with the national public-service portal: MaHoSo (id), KenhThucHien (channel: 1 direct, 2 online, 3 postal), NgayNopHoSo (receivedAt), NgayTiepNhan (acceptedAt), NgayHenTra (deadline), NgayKetThucXuLy (completedAt). A file whose header has MaHoSo and KenhThucHien is read as dvcqg unless --columns none. The output keeps the input\'s columns and values as they were.'
    ),
    msg(
      'Sau đó là phần tổng hợp, giống summarize() của thư viện trên cùng các hồ sơ: với NDJSON là dòng cuối {"summary": {rows, total, byStatus, byChannel, lateRate, onTimeRate, invalid, provisional, waiting, kpi766}}; với CSV là vài dòng trên đầu ra lỗi chuẩn, để đầu ra chuẩn vẫn là một tệp CSV. Các chỉ số QĐ 766 (đúng hạn 2.1, trực tuyến 3.3, số hóa 4.2) tính trong --period TỪ..ĐẾN (ngày) khi có, với --sync-rate. Bắt buộc có --now (--now now cho giờ hiện tại). Định dạng là --format, nếu không thì theo phần mở rộng (.csv, .ndjson, .jsonl, .json), nếu không thì NDJSON khi ký tự đầu là {. Với --output csv, tệp bắt đầu bằng BOM UTF-8 để Excel đọc đúng tiếng Việt; --no-bom để bỏ.',
  'Then the summary, the same as the library\'s summarize() on the same dossiers: for NDJSON a last line {"summary": {rows, total, byStatus, byChannel, lateRate, onTimeRate, invalid, provisional, waiting, kpi766}}; for CSV a few lines on standard error, so that standard output stays a CSV file. The QĐ 766 indicators (on time 2.1, online 3.3, digitisation 4.2) are over --period FROM..TO (days) when given, with --sync-rate. --now is required (--now now for the current time). The format is --format, else the file extension (.csv, .ndjson, .jsonl, .json), else NDJSON when the first character is {. CSV output starts with a UTF-8 BOM so that Excel reads Vietnamese; --no-bom leaves it out.'
    ),
  ],
  arity: { min: 0, max: 1 },
  options: [
    { name: 'now', value: '<instant>', help: msg('thời điểm xét tình trạng (now là giờ hiện tại); bắt buộc', "the instant statuses are taken at ('now' for the clock); required") },
    { name: 'format', value: '<csv|ndjson>', choices: ['csv', 'ndjson'], help: msg('định dạng đầu vào (mặc định: theo phần mở rộng hoặc ký tự đầu)', 'the input format (default: from the extension or the first character)') },
    { name: 'output', value: '<csv|ndjson>', choices: ['csv', 'ndjson'], help: msg('định dạng đầu ra (mặc định: như đầu vào; --json là ndjson)', 'the output format (default: the input format; --json means ndjson)') },
    { name: 'method', value: '<legal|kpi766>', help: msg('legal: tình trạng theo quy định hiện hành (mặc định); kpi766: như bảng theo dõi QĐ 766', 'legal: statuses under the law in force (default); kpi766: as the QĐ 766 dashboards count') },
    { name: 'period', value: '<from..to>', help: msg('kỳ báo cáo của các chỉ số QĐ 766, tính cả hai ngày, ví dụ 2026-01-01..2026-03-31', 'the reporting period of the QĐ 766 indicators, days inclusive, e.g. 2026-01-01..2026-03-31') },
    { name: 'no-bom', help: msg('CSV đầu ra không bắt đầu bằng BOM UTF-8 (mặc định có, để Excel đọc đúng tiếng Việt)', 'no UTF-8 byte order mark at the start of CSV output (by default there is one, so that Excel reads Vietnamese)') },
    { name: 'sync-rate', value: '<0..1>', help: msg('tỷ lệ đồng bộ nhân vào tỷ lệ trực tuyến (mặc định 1)', 'the synchronisation rate the online rate is multiplied by (default 1)') },
    {
      name: 'columns',
      value: '<map.json|dvcqg|none>',
      help: msg('tên cột khác: một tệp ánh xạ, dvcqg (các trường đồng bộ với Cổng DVCQG, tự nhận biết) hoặc none', "other column names: a map file, dvcqg (the national portal's sync fields, detected by default) or none"),
    },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00 > ket-qua.csv', msg('hạn và tình trạng dạng CSV; tổng hợp trên màn hình', 'deadlines and statuses as CSV; the summary on the terminal')],
    ['cat dossiers.ndjson | vn-worktime batch --now now', msg('NDJSON từ đầu vào chuẩn, dòng {"summary": …} ở cuối', 'NDJSON from standard input, a {"summary": …} line at the end')],
    ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00 --output ndjson | tail -n 1', msg('chỉ phần tổng hợp, dạng JSON', 'only the summary, as JSON')],
    ['vn-worktime batch ho-so-dvcqg.csv --now now --columns dvcqg', msg('tệp các trường đồng bộ với Cổng DVCQG (MaHoSo, KenhThucHien, NgayHenTra, …)', "a file of the national portal's sync fields (MaHoSo, KenhThucHien, NgayHenTra, …)")],
    ['vn-worktime batch export.csv --now now --columns map.json', msg('tên cột khác, đổi tên bằng tệp ánh xạ', 'other column names, renamed by a map')],
  ],
  async run(ctx) {
    const { io, lang } = ctx;
    const nowArg = ctx.args.string('now');
    if (nowArg === undefined) throw new UsageError(
        'MISSING_OPTION',
        msg('thiếu --now <instant>, thời điểm xét tình trạng; dùng --now now cho giờ hiện tại', 'expected --now <instant>, the instant the statuses are taken at; pass --now now for the current time'),
      );
    const file = ctx.args.positionals[0];
    const fromStdin = file === undefined || file === '-';
    if (fromStdin && io.stdinIsTTY) throw new UsageError(
        'MISSING_ARGUMENT',
        msg('thiếu tệp hồ sơ, hoặc hồ sơ từ đầu vào chuẩn (xem vn-worktime batch --help)', 'expected a file of dossiers, or dossiers on standard input (see vn-worktime batch --help)'),
      );
    const requested = outputOf(ctx);
    const calendar = ctx.processingCalendar();
    const now = asDateTime(calendar, instantArg(nowArg, ctx.now, label('--now')));
    const zone = CompiledZone.get(calendar.zone);
    const method = ctx.args.string('method');
    const periodArg = ctx.args.string('period');
    const syncArg = ctx.args.string('sync-rate');
    const window = reportWindow(
      {
        ...(periodArg !== undefined && { period: periodOf(periodArg, ctx.now, calendar.zone) }),
        ...(syncArg !== undefined && { syncRate: Number(syncArg.replace(',', '.')) }),
      },
      zone,
      now.toMillis(),
    );
    const context = { clock: { calendar, zone, memo: dayMemo() }, now: now.toMillis(), method: method === undefined ? ('legal' as const) : methodArg(method), rules: 'tay-ninh' as const, margin: true };
    // Rows are reported as they go: the tally keeps counts only.
    const tally = new SummaryTally(context, window, 0);
    const texts = new InstantTexts(zone);
    let rows = 0;

    const columns = columnsOf(ctx.args.string('columns'), io);
    let map: ColumnMap | undefined = typeof columns === 'object' ? columns : undefined;
    let decided = columns !== 'auto';
    /** Without --columns, the dvcqg preset when the first names read (the CSV header, the first object's keys) are its own. */
    const decide = (names: readonly string[]): void => {
      if (decided) return;
      decided = true;
      if (!looksLikeDvcqg(names)) return;
      map = DVCQG;
      errors.map = map;
      io.stderr.write(
        `${pick(lang, 'Đọc các cột theo định dạng đồng bộ Cổng DVCQG (MaHoSo, KenhThucHien, …); --columns none để tắt', "Reading the columns as the national portal's sync format (MaHoSo, KenhThucHien, …); --columns none turns this off")}\n`,
      );
    };

    const forced = ctx.args.string('format') as BatchFormat | undefined;
    const source = fromStdin ? textChunks(io.stdin) : fileChunks(file, io);
    const { format, chunks } = await sniff(source, forced ?? (fromStdin ? undefined : formatOfPath(file)));
    const output = requested ?? format;
    const errors = new RowErrors(lang, format, map);
    /** The outcome to print of a failed row, worded for the person who wrote the input. */
    const failed = (f: Failure, values: Readonly<Record<string, unknown>>): Outcome => {
      const e = errors.of(f.error, values, f.record);
      return { ok: false, code: e.code, path: e.path, message: e.text };
    };

    const sink = new ByteSink(io.stdout);
    let writer: CsvWriter | undefined; // from the CSV header, or the standard columns for NDJSON input
    let headerWritten = false;
    const csvHeader = (): CsvWriter => {
      writer ??= new CsvWriter(INPUT_COLUMNS, ',', lang);
      // A UTF-8 byte order mark first, so that Excel reads the Vietnamese text (--no-bom: none).
      if (!headerWritten) sink.text(`${ctx.args.has('no-bom') ? '' : '\uFEFF'}${writer.header()}`);
      headerWritten = true;
      return writer;
    };
    /** CSV rows read without a map and written as NDJSON: straight from their fields, without row objects. */
    let fast: { readonly columns: CsvColumns; readonly lines: CsvLines } | undefined;
    const onHeader = (header: Header, separator: ',' | ';'): void => {
      decide(header.names);
      if (output === 'csv') writer = new CsvWriter(header.names, separator, lang);
      const lines = map === undefined && output === 'ndjson' ? CsvLines.of(header.names) : undefined;
      if (lines !== undefined) fast = { columns: csvColumns(header.names), lines };
      if (header.duplicates.length > 0) {
        const list = header.duplicates.join(', ');
        io.stderr.write(`${pick(lang, `Có cột trùng tên: ${list}; đọc cột đầu tiên, giữ mọi cột ở đầu ra`, `Columns with the same name: ${list}; the first is read, every one is kept in the output`)}\n`);
      }
      if (header.kept.length > 0) {
        const list = header.kept.map((name) => `${name} → ${inputName(name)}`).join(', ');
        io.stderr.write(`${pick(lang, `Cột trùng tên với cột kết quả, giữ lại dưới tên khác: ${list}`, `Input columns named like output columns, kept under another name: ${list}`)}\n`);
      }
    };
    const progress = io.stderrIsTTY ? (n: number) => io.stderr.write(`\r${pick(lang, 'Đã xử lý', 'Processed')} ${n}…`) : undefined;

    const onRow = (row: Row): void => {
      let outcome: Outcome;
      if (row.error === undefined) {
        decide(Object.keys(row.values));
        const read = dossierFields(row.values, map);
        if (read.ok) {
          const e = evaluateRow(read.fields, tally, texts);
          outcome = e.ok ? e : failed(e, row.values);
        } else {
          tally.addUnreadable(() => read.error.issue);
          outcome = failed({ ok: false, error: read.error, record: undefined }, row.values);
        }
      } else {
        const unread = row.error;
        tally.addUnreadable(() => ({ code: unread.code, path: '', message: unread.text }));
        outcome = { ok: false, code: row.error.code, path: '', message: row.error.text };
      }
      rows += 1;
      if (output === 'ndjson') sink.text(ndjsonLine(row, outcome));
      else {
        // NDJSON written as CSV: the standard columns, read through the map's names.
        const shown = format === 'ndjson' && map !== undefined ? { ...row, values: renamed(row.values, map).values } : row;
        sink.text(csvHeader().row(shown, outcome));
      }
      if (progress !== undefined && rows % PROGRESS_EVERY === 0) progress(rows);
    };
    const onCsv = (record: CsvRecord, names: readonly string[]): boolean => {
      if (fast === undefined || record.fields.length !== names.length) return false;
      trimFields(record.fields);
      const e = evaluateCsvRow(record.fields, fast.columns, tally);
      rows += 1;
      if (isFailure(e)) {
        const row = csvRow(names, record);
        sink.text(ndjsonLine(row, failed(e, row.values)));
      } else fast.lines.write(sink, record.fields, e, texts);
      if (progress !== undefined && rows % PROGRESS_EVERY === 0) progress(rows);
      return true;
    };
    const reader = new RowReader(format, onRow, onHeader, onCsv);
    try {
      for await (const chunk of chunks) {
        reader.push(chunk);
        if (sink.full) await sink.flush();
      }
      reader.end();
    } finally {
      await sink.flush(); // the rows before a file that cannot be read any further are still written
      if (progress !== undefined) io.stderr.write('\r\u001b[K');
    }
    if (output === 'csv') csvHeader();
    const summary = batchSummary(rows, tally);
    if (output === 'ndjson') sink.text(`${JSON.stringify({ summary: { ...summary, now } })}\n`);
    await sink.flush();
    if (output === 'csv') io.stderr.write(`${summaryLines(summary, now, lang, ctx.errorStyle).join('\n')}\n`);
    return tally.invalidCount > 0 ? 1 : 0; // every row is written either way; 1 says some were invalid
  },
};
