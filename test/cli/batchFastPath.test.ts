/**
 * The fast paths of `batch` write what the general ones write: instants and due dates written from
 * epoch milliseconds equal luxon's `toISO()` and `formatDay(dueDayOf(…))` in every zone (daylight
 * saving, half-hour and zero offsets, far years); a CSV row read straight from its fields gives the
 * same dossier record, the same error and the same NDJSON line as the row object would; the CSV
 * reader's whole-line path gives the same records as reading character by character; the fields
 * batch adds, written from a few fixed pieces, are what `JSON.stringify` writes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ByteSink, CHUNK, jsonBound, putJson } from '../../src/cli/batch/byteSink.js';
import { dossierFields } from '../../src/cli/batch/columns.js';
import { CsvReader } from '../../src/cli/batch/csv.js';
import type { CsvRecord } from '../../src/cli/batch/csv.js';
import { csvColumns, csvRecordOf, recordOf } from '../../src/cli/batch/dossier.js';
import type { Outcome } from '../../src/cli/batch/dossier.js';
import { InstantTexts } from '../../src/cli/batch/instantTexts.js';
import { CsvLines, HOURS_BOUND, csvRow, ndjsonLine, putHours, readHeader, trimFields } from '../../src/cli/batch/rows.js';
import { hoursNumber } from '../../src/cli/text.js';
import { formatDay } from '../../src/time/civil.js';
import { toDateTime } from '../../src/time/instant.js';
import { CompiledZone } from '../../src/time/zone.js';
import { dueDayOf } from '../../src/tthc/processing/days.js';
import type { Evaluated } from '../../src/tthc/report/dossierRecord.js';

/** The bytes a sink writes when `write` has put its pieces in it and it is flushed. */
async function bytesOf(write: (sink: ByteSink) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new ByteSink({ write: (chunk) => (chunks.push(Buffer.from(chunk)), true) });
  write(sink);
  await sink.flush();
  return Buffer.concat(chunks);
}

const ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'America/St_Johns', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Dublin', 'UTC', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Pacific/Apia'];

describe('InstantTexts', () => {
  test('property: iso() is luxon toISO(), dueDate() is formatDay(dueDayOf()), for any instant and zone', () => {
    const texts = new Map(ZONES.map((z) => [z, new InstantTexts(CompiledZone.get(z))]));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })), (name, epoch) => {
        const zone = CompiledZone.get(name);
        const t = texts.get(name) as InstantTexts;
        expect(t.iso(epoch)).toBe(toDateTime(epoch, zone).toISO());
        expect(t.dueDate(epoch)).toBe(formatDay(dueDayOf(zone, epoch)));
      }),
      { numRuns: 3000 },
    );
  });

  test('around daylight-saving transitions, to the millisecond', () => {
    for (const name of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const zone = CompiledZone.get(name);
      const t = new InstantTexts(zone);
      for (const year of [1970, 2026, 2099]) {
        for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 3_600_000) {
          if (zone.toLocal(ms) - ms === zone.toLocal(ms + 3_600_000) - (ms + 3_600_000)) continue;
          for (const d of [-3_600_001, -1, 0, 1, 1_800_000, 3_600_000]) expect(t.iso(ms + d)).toBe(toDateTime(ms + d, zone).toISO());
        }
      }
    }
  });

  test('zero offsets and far years are luxon’s own words; the day texts stay bounded', () => {
    const utc = new InstantTexts(CompiledZone.get('UTC'));
    expect(utc.iso(Date.UTC(2026, 2, 2, 9))).toBe(toDateTime(Date.UTC(2026, 2, 2, 9), CompiledZone.get('UTC')).toISO());
    const vn = CompiledZone.get('Asia/Ho_Chi_Minh');
    const t = new InstantTexts(vn);
    expect(t.iso(Date.UTC(20000, 0, 1))).toBe(toDateTime(Date.UTC(20000, 0, 1), vn).toISO());
    expect(t.iso(Date.UTC(2026, 1, 27, 10))).toBe('2026-02-27T17:00:00.000+07:00');
    for (let day = 0; day < 20_000; day++) expect(t.dayBytes(day).toString('latin1')).toBe(formatDay(day));
  });
});

/** Column names (the header), values of cells. */
const NAMES = ['id', 'channel', 'deadline', 'acceptedAt', 'receivedAt', 'completedAt', 'workingDays', 'workingHours', 'period', 'pauses', 'extensions', 'supplements', 'digitized', 'paperResult', 'electronicResult', 'status', 'error', '__proto__', 'note', 'Channel', 'ID', '01', 'x y'];
const CELLS = [
  '',
  ' ',
  'A',
  ' B ',
  'online',
  'Trực tuyến',
  'fax',
  '2026-03-02T09:00',
  '02/03/2026 09:00',
  '20260302',
  '20260302090000',
  '2026-02-30',
  '3',
  '0',
  'x',
  'có',
  'maybe',
  '[{"requestedAt":"2026-03-03T09:00"}]',
  '[{"from":"2026-03-03T09:00","to":"2026-03-04T09:00"}]',
  '[',
  'say "hi"',
  'a\\b',
  '\u2028',
  '\ud800',
  '\u00a0x\u00a0',
];

describe('CSV rows straight from their fields', () => {
  test('property: the same record or error as through the row object (the line of an evaluated row: below)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom(...CELLS), { minLength: 10, maxLength: 10 }), fc.integer({ min: 1, max: 1e6 }), (given, cells, line) => {
        const names = readHeader(given).names;
        const fields = cells.slice(0, names.length);
        const record: CsvRecord = { fields: [...fields], line, separator: ',' };
        const row = csvRow(names, record);
        let slow: unknown;
        let slowError: unknown;
        try {
          const read = dossierFields(row.values, undefined);
          slow = read.ok ? recordOf(read.fields) : undefined;
        } catch (e) {
          slowError = e;
        }
        const trimmed = [...fields];
        trimFields(trimmed);
        let fast: unknown;
        let fastError: unknown;
        try {
          fast = csvRecordOf(trimmed, csvColumns(names));
        } catch (e) {
          fastError = e;
        }
        expect(fastError === undefined ? undefined : [(fastError as { code: string }).code, (fastError as Error).message]).toEqual(slowError === undefined ? undefined : [(slowError as { code: string }).code, (slowError as Error).message]);
        if (slowError === undefined) {
          const defined = Object.fromEntries(Object.entries(fast as object).filter(([, v]) => v !== undefined));
          expect(defined).toEqual(slow);
        }
        const lines = CsvLines.of(names);
        if (lines === undefined) expect(names.some((n) => /^\d+$/.test(n))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('amounts of working days', () => {
  test('property: a text of digits is read as Number reads it, whatever its length and zeros in front', () => {
    const columns = csvColumns(['workingDays']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '7', '9'), minLength: 1, maxLength: 22 }), (text) => {
        expect(csvRecordOf([text], columns)['period']).toEqual({ workingDays: Number(text) });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the CSV reader', () => {
  /** The records and errors of a text given in chunks of `size` characters (one character: never a whole line). */
  function read(text: string, size: number): Array<CsvRecord | string> {
    const out: Array<CsvRecord | string> = [];
    const reader = new CsvReader(
      (r) => out.push(r),
      (e, line) => out.push(`${e.code} ${line} ${e.message}`),
    );
    for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
    reader.end();
    return out;
  }

  test('property: whole lines read at once give the records read one character at a time', () => {
    const unit = fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r', '\r\n', ' ', 'ạ', '2026-03-12', 'x'.repeat(40));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 2, max: 200 }), (text, size) => {
        expect(read(`id,channel\n${text}`, size)).toEqual(read(`id,channel\n${text}`, 1));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the fields batch adds', () => {
  test('property: written piece by piece, they are JSON.stringify of the row with them, for any outcome', () => {
    const outcome = fc.record({
      deadline: fc.constantFrom(null, '2026-03-16T17:00:00.000+07:00'),
      dueDate: fc.constantFrom(null, '2026-03-16'),
      status: fc.constantFrom('early', 'onTime', 'late', 'overdue', 'inProgress', 'waiting'),
      marginMs: fc.oneof(fc.constant(null), fc.integer({ min: -1e10, max: 1e10 }), fc.double({ min: -1e10, max: 1e10, noNaN: true })),
      provisional: fc.boolean(),
      violations: fc.array(fc.constantFrom('REPEATED_SUPPLEMENT', 'LATE_APOLOGY', 'x"y'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(outcome, fc.constantFrom(...CELLS.filter((c) => c.trim() !== '')), (o, id) => {
        const ok = { ok: true as const, channel: 'online' as const, ...o, status: o.status as Extract<Outcome, { ok: true }>['status'] };
        const margin = o.marginMs === null ? null : Math.round((o.marginMs / 3_600_000) * 10_000) / 10_000 || 0;
        const expected = `${JSON.stringify({ id, deadline: o.deadline, dueDate: o.dueDate, status: o.status, marginHours: margin, provisional: o.provisional, violations: o.violations })}\n`;
        expect(ndjsonLine({ values: { id }, line: 1 }, ok)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bytes written straight into buffers', () => {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...CELLS), fc.string({ unit: fc.constantFrom('a', '"', '\\', 'ạ', '\n', '\ud83d\ude00', '\udc00'), maxLength: 200 }));

  test('property: text() is Buffer.from(text), putJson() into reserved room is JSON.stringify, piece by piece, across buffers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), text), { maxLength: 40 }), fc.integer({ min: 0, max: CHUNK + 10 }), async (pieces, pad) => {
        // Each piece is encoded on its own (a lone surrogate at the end of one does not pair with the next: a line is one piece).
        const expected = Buffer.concat([Buffer.from('x'.repeat(pad)), ...pieces.map(([json, t]) => Buffer.from(json ? JSON.stringify(t) : t, 'utf8'))]);
        const got = await bytesOf((sink) => {
          sink.text('x'.repeat(pad));
          for (const [json, t] of pieces) {
            if (json) {
              const buf = sink.reserve(jsonBound(t));
              sink.at = putJson(buf, sink.at, t);
            } else sink.text(t);
          }
        });
        expect(got.equals(expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('property: a margin is written as String(hoursNumber(ms)), digit by digit', async () => {
    const ms = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }), fc.constantFrom(0, -0, 180, -180, 179, 1e15 * 360, -1e15 * 360, 5_400_000, 1e22));
    await fc.assert(
      fc.asyncProperty(fc.array(ms, { minLength: 1, maxLength: 20 }), async (list) => {
        const got = await bytesOf((sink) =>
          list.forEach((m) => {
            const buf = sink.reserve(HOURS_BOUND);
            sink.at = putHours(buf, sink.at, m);
            sink.text(' ');
          }),
        );
        expect(got.toString('latin1')).toBe(list.map((m) => `${String(hoursNumber(m))} `).join(''));
      }),
      { numRuns: 1000 },
    );
  });

  test('property: a CSV row evaluated is written as the bytes of its line', async () => {
    const evaluated = fc.record({
      deadline: fc.option(fc.oneof(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }), fc.constant(Date.UTC(20000, 0, 1))), { nil: undefined }),
      status: fc.constantFrom('early', 'on-time', 'late', 'overdue', 'in-progress', 'waiting'),
      margin: fc.option(fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), fc.double({ min: -1e10, max: 1e10, noNaN: true })), { nil: undefined }),
      provisional: fc.boolean(),
      violations: fc.array(fc.constantFrom('REPEATED_SUPPLEMENT', 'LATE_APOLOGY', 'x"y'), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.uniqueArray(fc.constantFrom(...NAMES.filter((n) => !/^\d+$/.test(n))), { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom(...CELLS), { minLength: 10, maxLength: 10 }),
        evaluated,
        async (zone, given, cells, o) => {
          const names = readHeader(given).names;
          const fields = cells.slice(0, names.length);
          trimFields(fields);
          const texts = new InstantTexts(CompiledZone.get(zone));
          const e = { ...o, channel: 'online', violations: o.violations.map((code) => ({ code })) } as unknown as Evaluated;
          const outcome: Outcome = {
            ok: true,
            channel: 'online',
            deadline: o.deadline === undefined ? null : texts.iso(o.deadline),
            dueDate: o.deadline === undefined ? null : texts.dueDate(o.deadline),
            status: o.status as Extract<Outcome, { ok: true }>['status'],
            marginMs: o.margin ?? null,
            provisional: o.provisional,
            violations: o.violations,
          };
          const lines = CsvLines.of(names) as CsvLines;
          const got = await bytesOf((sink) => lines.write(sink, fields, e, texts));
          expect(got.toString('utf8')).toBe(ndjsonLine(csvRow(names, { fields, line: 1, separator: ',' }), outcome));
        },
      ),
      { numRuns: 500 },
    );
  });
});
