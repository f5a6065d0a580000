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
import { fileChunks, readJsonFile } from '../files.js';
import type { Io } from '../io.js';
import { writeAll } from '../io.js';
import type { Output } from '../io.js';
import { pick } from '../text.js';
import { asDateTime, dateArg, instantArg, methodArg } from '../values.js';
import { CompiledZone } from '../../time/zone.js';
import { dayMemo } from '../../tthc/processing/days.js';
import { SummaryTally, reportWindow } from '../../tthc/report/summarize.js';
import { DVCQG, columnMapOf, dossierFields, looksLikeDvcqg, renamed } from '../batch/columns.js';
import type { ColumnMap } from '../batch/columns.js';
import { csvRecords } from '../batch/csv.js';
import { evaluateRow } from '../batch/dossier.js';
import type { Outcome } from '../batch/dossier.js';
import { formatOfPath, lines, sniff, textChunks } from '../batch/input.js';
import type { BatchFormat } from '../batch/input.js';
import { summaryLines } from '../batch/report.js';
import { CsvWriter, INPUT_COLUMNS, canonicalHeader, csvRow, ndjsonLine, ndjsonRow } from '../batch/rows.js';
import type { Row } from '../batch/rows.js';
import { batchSummary } from '../batch/tally.js';

const PROGRESS_EVERY = 10_000;
const FLUSH_AT = 1 << 16;

/** Collects output and writes it in large pieces, waiting for the reader when it asks. */
class Sink {
  private buffer = '';

  constructor(private readonly out: Output) {}

  async push(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    await writeAll(this.out, text);
  }
}

/** The rows of the input, in order. */
async function* rowsOf(format: BatchFormat, chunks: AsyncIterable<string>, onHeader: (header: string[], separator: ',' | ';') => void): AsyncGenerator<Row> {
  if (format === 'ndjson') {
    for await (const { text, line } of lines(chunks)) {
      const row = ndjsonRow(text, line);
      if (row !== undefined) yield row;
    }
    return;
  }
  let header: string[] | undefined;
  for await (const record of csvRecords(chunks)) {
    if (header === undefined) {
      header = canonicalHeader(record.fields);
      onHeader(header, record.separator);
      continue;
    }
    yield csvRow(header, record);
  }
}

/** `--period 2026-01-01..2026-03-31` (days, Vietnamese forms allowed). */
function periodOf(text: string, now: () => Date, zone: string): { from: string; to: string } {
  const parts = text.split('..');
  if (parts.length !== 2) throw new UsageError('INVALID_CHOICE', `Expected --period to be FROM..TO (days), such as 2026-01-01..2026-03-31, got ${JSON.stringify(text)}`);
  return { from: dateArg(parts[0] ?? '', now, zone, 'the start of --period'), to: dateArg(parts[1] ?? '', now, zone, 'the end of --period') };
}

/** `--columns`: a map file, the `dvcqg` preset, `none`, or (absent) the preset when the header is the dvcqg format's. */
function columnsOf(value: string | undefined, io: Io): ColumnMap | 'none' | 'auto' {
  if (value === undefined) return 'auto';
  if (value === 'none') return 'none';
  if (value === 'dvcqg') return DVCQG;
  return columnMapOf(readJsonFile(value, io), value);
}

function outputOf(ctx: CommandContext): BatchFormat | undefined {
  const output = ctx.args.string('output') as BatchFormat | undefined;
  if (ctx.json && output === 'csv') throw new UsageError('CONFLICTING_OPTIONS', 'Expected either --json or --output csv, not both');
  return ctx.json ? 'ndjson' : output;
}

export const batch: Command = {
  name: 'batch',
  synopsis: '[file]',
  summary: 'deadlines and statuses of a CSV or NDJSON file of dossiers, with a summary',
  description: [
    `Reads dossiers from <file> (or standard input, or - ) as CSV with a header line, or as NDJSON (one JSON object a line): ${INPUT_COLUMNS.join(', ')}. A dossier has a channel (online, direct, postal; or Trực tuyến, Trực tiếp, Bưu chính) and either a deadline (an instant, or a day alone: the close of working hours that day) or acceptedAt with workingDays or workingHours; NDJSON may also give pauses and extensions as the library takes them. Instants may be ISO 8601, 13/03/2026 08:00 or 20260313080000 (a day: 20260313).`,
    'Writes each dossier as it is read, in the input format unless --output says otherwise, with its deadline (ISO 8601), dueDate, status (early, on-time, late, in-progress, overdue) and marginHours (working hours left, negative when late); a row that cannot be read keeps its values and gets an error column (NDJSON: an error object), is counted, and the run goes on.',
    'Supplements (supplements: a JSON array of {requestedAt, completedAt?}, also in a CSV cell) restart the period under the law in force; a dossier waiting for the applicant has status waiting and no deadline. --method kpi766 counts as the QĐ 766 dashboards do. Columns digitized, paperResult, electronicResult (true/false, có/không) feed the QĐ 766 indicators.',
    'Other column names are read with --columns: a map.json {"columns": {"<input column>": "<field>"}, "values": {"<field>": {"<input value>": "<value>"}}} (names matched case-insensitively), or dvcqg, the fields of systems synchronising with the national public-service portal: MaHoSo (id), KenhThucHien (channel: 1 direct, 2 online, 3 postal), NgayNopHoSo (receivedAt), NgayTiepNhan (acceptedAt), NgayHenTra (deadline), NgayKetThucXuLy (completedAt). A file whose header has MaHoSo and KenhThucHien is read as dvcqg unless --columns none. The output keeps the input\'s columns and values as they were.',
    'Then the summary, the same as the library\'s summarize() on the same dossiers: for NDJSON a last line {"summary": {rows, total, byStatus, byChannel, lateRate, onTimeRate, invalid, provisional, waiting, kpi766}}; for CSV a few lines on standard error, so that standard output stays a CSV file. The QĐ 766 indicators (on time 2.1, online 3.3, digitisation 4.2) are over --period FROM..TO (days) when given, with --sync-rate. --now is required (--now now for the current time). The format is --format, else the file extension (.csv, .ndjson, .jsonl, .json), else NDJSON when the first character is {.',
  ],
  arity: { min: 0, max: 1 },
  options: [
    { name: 'now', value: '<instant>', help: "the instant statuses are taken at ('now' for the clock); required" },
    { name: 'format', value: '<csv|ndjson>', choices: ['csv', 'ndjson'], help: 'the input format (default: from the extension or the first character)' },
    { name: 'output', value: '<csv|ndjson>', choices: ['csv', 'ndjson'], help: 'the output format (default: the input format; --json means ndjson)' },
    { name: 'method', value: '<legal|kpi766>', help: 'legal: statuses under the law in force (default); kpi766: as the QĐ 766 dashboards count' },
    { name: 'period', value: '<from..to>', help: 'the reporting period of the QĐ 766 indicators, days inclusive, e.g. 2026-01-01..2026-03-31' },
    { name: 'sync-rate', value: '<0..1>', help: 'the synchronisation rate the online rate is multiplied by (default 1)' },
    {
      name: 'columns',
      value: '<map.json|dvcqg|none>',
      help: "other column names: a map file, dvcqg (the national portal's sync fields, detected by default) or none",
    },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00 > ket-qua.csv', 'deadlines and statuses as CSV; the summary on the terminal'],
    ['cat dossiers.ndjson | vn-worktime batch --now now', 'NDJSON from standard input, a {"summary": …} line at the end'],
    ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00 --output ndjson | tail -n 1', 'only the summary, as JSON'],
    ['vn-worktime batch ho-so-dvcqg.csv --now now --columns dvcqg', "a file of the national portal's sync fields (MaHoSo, KenhThucHien, NgayHenTra, …)"],
    ['vn-worktime batch export.csv --now now --columns map.json', 'other column names, renamed by a map'],
  ],
  async run(ctx) {
    const { io, lang } = ctx;
    const nowArg = ctx.args.string('now');
    if (nowArg === undefined) throw new UsageError('MISSING_OPTION', 'Expected --now <instant>, the instant the statuses are taken at; pass --now now for the current time');
    const file = ctx.args.positionals[0];
    const fromStdin = file === undefined || file === '-';
    if (fromStdin && io.stdinIsTTY) throw new UsageError('MISSING_ARGUMENT', 'Expected a file of dossiers, or dossiers on standard input (see vn-worktime batch --help)');
    const requested = outputOf(ctx);
    const calendar = ctx.processingCalendar();
    const now = asDateTime(calendar, instantArg(nowArg, ctx.now, '--now'));
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
    const tally = new SummaryTally(context, window, false);
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
      io.stderr.write(
        `${pick(lang, 'Đọc các cột theo định dạng đồng bộ Cổng DVCQG (MaHoSo, KenhThucHien, …); --columns none để tắt', "Reading the columns as the national portal's sync format (MaHoSo, KenhThucHien, …); --columns none turns this off")}\n`,
      );
    };

    const forced = ctx.args.string('format') as BatchFormat | undefined;
    const source = fromStdin ? textChunks(io.stdin) : fileChunks(file, io);
    const { format, chunks } = await sniff(source, forced ?? (fromStdin ? undefined : formatOfPath(file)));
    const output = requested ?? format;

    const sink = new Sink(io.stdout);
    let writer: CsvWriter | undefined; // from the CSV header, or the standard columns for NDJSON input
    let headerWritten = false;
    const csvHeader = async (): Promise<CsvWriter> => {
      writer ??= new CsvWriter(INPUT_COLUMNS);
      if (!headerWritten) await sink.push(writer.header());
      headerWritten = true;
      return writer;
    };
    const onHeader = (header: string[], separator: ',' | ';'): void => {
      decide(header);
      if (output === 'csv') writer = new CsvWriter(header, separator);
    };
    const progress = io.stderrIsTTY ? (n: number) => io.stderr.write(`\r${pick(lang, 'Đã xử lý', 'Processed')} ${n}…`) : undefined;

    try {
      for await (const row of rowsOf(format, chunks, onHeader)) {
        let outcome: Outcome;
        if (row.error === undefined) {
          decide(Object.keys(row.values));
          const read = dossierFields(row.values, map);
          if (read.ok) outcome = evaluateRow(read.fields, tally);
          else {
            tally.addUnreadable(read.code, read.message);
            outcome = read;
          }
        } else {
          tally.addUnreadable(row.error.code, row.error.message);
          outcome = { ok: false, ...row.error };
        }
        rows += 1;
        // NDJSON written as CSV: the standard columns, read through the map's names.
        const shown = format === 'ndjson' && map !== undefined ? { ...row, values: renamed(row.values, map).values } : row;
        await sink.push(output === 'ndjson' ? ndjsonLine(row, outcome) : (await csvHeader()).row(shown, outcome));
        if (progress !== undefined && rows % PROGRESS_EVERY === 0) progress(rows);
      }
    } finally {
      await sink.flush(); // the rows before a broken file (an unclosed quote) are still written
      if (progress !== undefined) io.stderr.write('\r\u001b[K');
    }
    if (output === 'csv') await csvHeader();
    const summary = batchSummary(rows, tally);
    if (output === 'ndjson') await sink.push(`${JSON.stringify({ summary: { ...summary, now } })}\n`);
    await sink.flush();
    if (output === 'csv') io.stderr.write(`${summaryLines(summary, now, lang, ctx.errorStyle).join('\n')}\n`);
    return 0;
  },
};
