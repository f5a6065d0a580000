/**
 * `vn-worktime batch` against hostile input: no value aborts the run, every input row is
 * accounted for (a result, or an error row with its line), the summary is always written,
 * nothing of the input is lost or run as a formula, and the exit status says what happened.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ndjsonLines, runCli } from '../support/cli.js';

const now = '2026-03-10T09:00';
const T = 60_000;

type Line = Record<string, unknown>;

/** The NDJSON output: the rows, and the summary line. */
function ndjson(stdout: string): { rows: Line[]; summary: Line } {
  const lines = ndjsonLines(stdout) as Line[];
  const summary = lines.pop() as { summary: Line };
  return { rows: lines, summary: summary.summary };
}

describe('NDJSON input', () => {
  test(
    'a byte-order mark does not cost the first record',
    async () => {
      const r = await runCli(['batch', '--now', now], { stdin: '\uFEFF{"id":"A","channel":"online","deadline":"2026-03-12"}\n{"id":"B","channel":"online","deadline":"2026-03-12"}\n' });
      expect(r.code, r.stderr).toBe(0);
      const { rows, summary } = ndjson(r.stdout);
      expect(rows.map((x) => [x['id'], x['status']])).toEqual([
        ['A', 'in-progress'],
        ['B', 'in-progress'],
      ]);
      expect(summary['invalid']).toBe(0);
    },
    T,
  );

  test(
    'a value nested 100,000 deep is an error row; the rows after it are read',
    async () => {
      const deep = `{"id":"D","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      const r = await runCli(['batch', '--now', now], { stdin: `${deep}\n{"id":"E","channel":"direct","deadline":"2026-03-12"}\n` });
      expect(r.code).toBe(1);
      const { rows, summary } = ndjson(r.stdout);
      expect(rows[0]).toEqual({ error: { code: 'INVALID_JSON', path: '', message: { vi: 'đối tượng JSON lồng sâu quá 64 mức', en: 'Expected a JSON object nested at most 64 levels deep' }, line: 1 } });
      expect(rows[1]?.['status']).toBe('in-progress');
      expect(summary).toMatchObject({ rows: 2, total: 1, invalid: 1 });
    },
    T,
  );

  test(
    'a 3 MiB line without a break is one error row, found in one pass',
    async () => {
      const long = `{"id":"${'x'.repeat(3 << 20)}"}`;
      const r = await runCli(['batch', '--now', now], { stdin: `{"id":"A","channel":"online","deadline":"2026-03-12"}\n${long}\n{"id":"C","channel":"online","deadline":"2026-03-12"}` });
      expect(r.code).toBe(1);
      const { rows, summary } = ndjson(r.stdout);
      expect(rows[1]).toEqual({ error: { code: 'INVALID_JSON', path: '', message: { vi: 'dòng 2 dài quá 1,048,576 ký tự', en: expect.any(String) as unknown }, line: 2 } });
      expect(rows.map((x) => x['id'] ?? null)).toEqual(['A', null, 'C']);
      expect(summary).toMatchObject({ rows: 3, invalid: 1 });
    },
    T,
  );

  test(
    'keys named like the fields batch adds are kept as "<key> (input)"; __proto__ is a key like any other',
    async () => {
      const r = await runCli(['batch', '--now', now], { stdin: '{"id":"A","channel":"online","deadline":"2026-03-12","status":"đã nhận","error":"none","__proto__":"p"}\n' });
      expect(r.code, r.stderr).toBe(0);
      const row = ndjson(r.stdout).rows[0] as Line;
      expect(row['status (input)']).toBe('đã nhận');
      expect(row['error (input)']).toBe('none');
      expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('p');
      expect(row['status']).toBe('in-progress');
    },
    T,
  );

  test(
    'property: any mix of lines — every non-blank line is one output row, in order, with its line when it is an error',
    async () => {
      const good = fc.constantFrom('{"channel":"online","deadline":"2026-03-12"}', '{"channel":"postal","acceptedAt":"2026-03-02T09:00","workingDays":3}');
      const bad = fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(
          '{',
          '[1,2]',
          'null',
          '"x"',
          '{"channel":"fax"}',
          '{"channel":"online","deadline":"2026-02-30"}',
          '{"channel":"online","deadline":"+275760-09-13T00:00"}',
          '{"channel":"online","acceptedAt":"-271821-04-20T00:00","workingDays":1}',
          '{"channel":"online","deadline":{"isLuxonDateTime":true,"isValid":true}}',
          '{"channel":"online","acceptedAt":"2026-03-02T09:00","period":{"isLuxonDuration":true,"isValid":true}}',
          '{"channel":"online","deadline":20260310}',
          '{"channel":"online","deadline":1e300}',
        ),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(good, bad), { minLength: 1, maxLength: 12 }), async (lines) => {
          const text = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n');
          const r = await runCli(['batch', '--now', now, '--format', 'ndjson'], { stdin: text });
          expect([0, 1]).toContain(r.code);
          expect(r.stderr).not.toMatch(/INTERNAL|at .*\.ts:\d+/);
          const { rows, summary } = ndjson(r.stdout);
          const numbered = text.split('\n').map((l, i) => [l, i + 1] as const);
          const expected = numbered.filter(([l]) => l.trim() !== '');
          expect(rows).toHaveLength(expected.length);
          rows.forEach((row, k) => {
            const error = row['error'] as { line?: number } | undefined;
            if (error !== undefined && typeof error === 'object' && 'line' in error) expect(error.line).toBe(expected[k]?.[1]);
          });
          expect(summary['rows']).toBe(expected.length);
          expect((summary['total'] as number) + (summary['invalid'] as number)).toBe(expected.length);
          expect(r.code).toBe((summary['invalid'] as number) > 0 ? 1 : 0);
        }),
        { numRuns: 40 },
      );
    },
    T,
  );
});

describe('CSV input', () => {
  test(
    'an unquoted row over 1 MiB is an error row with that limit (not an unclosed quote); the next row is read',
    async () => {
      const r = await runCli(['batch', '--now', now], { stdin: `id,channel,deadline\n${'x'.repeat((1 << 20) + 10)},online,2026-03-12\nB,online,2026-03-12\n` });
      expect(r.code).toBe(1);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[1]).toBe(',,,,,,,,"INVALID_CSV: bản ghi CSV từ dòng 2 dài quá 1,048,576 ký tự (dòng 2)"');
      expect(lines[2]).toMatch(/^B,online,2026-03-12T17:00:00.000\+07:00,/);
      expect(r.stderr).toContain('2 dòng, 1 hồ sơ hợp lệ, 1 dòng lỗi');
    },
    T,
  );

  test(
    'cells that a spreadsheet would run as formulas are written as text; plain numbers are not touched',
    async () => {
      const r = await runCli(['batch', '--now', now, '--lang', 'en'], { stdin: 'id,channel,deadline,note\n=HYPERLINK("http://x"),online,2026-03-12,+1+1\n@SUM(A1),online,2026-03-05,-3.5\n' });
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",online,2026-03-12T17:00:00.000\+07:00,'\+1\+1,/);
      expect(lines[2]).toMatch(/^'@SUM\(A1\),online,2026-03-05T17:00:00.000\+07:00,-3.5,2026-03-05,overdue,-/); // a negative margin stays a number
    },
    T,
  );

  test(
    'duplicate columns are all kept (the first is read), and reported; columns named like output columns are kept too',
    async () => {
      const r = await runCli(['batch', '--now', now, '--lang', 'en'], { stdin: 'id,id,channel,Channel,deadline,status,__proto__\nA,A2,online,direct,2026-03-12,mới,p\n' });
      expect(r.code, r.stderr).toBe(0);
      const [header, row] = r.stdout.split('\n');
      expect(header).toBe('\uFEFFid,id (2),channel,Channel,deadline,status (input),__proto__,dueDate,status,marginHours,provisional,violations,error');
      expect(row).toBe('A,A2,online,direct,2026-03-12T17:00:00.000+07:00,mới,p,2026-03-12,in-progress,22,false,,');
      expect(r.stderr).toContain('Columns with the same name: id (1, 2), channel (3, 4); the first is read, every one is kept in the output');
      expect(r.stderr).toContain('Input columns named like output columns, kept under another name: status → status (input)');
      const ndjsonOut = await runCli(['batch', '--now', now, '--output', 'ndjson'], { stdin: 'id,id,channel,deadline,__proto__\nA,A2,online,2026-03-12,p\n' });
      const first = JSON.parse(ndjsonOut.stdout.split('\n')[0] as string) as Line;
      expect([first['id'], first['id (2)'], Object.getOwnPropertyDescriptor(first, '__proto__')?.value]).toEqual(['A', 'A2', 'p']);
    },
    T,
  );

  test(
    'an instant past what JavaScript dates hold is an error row, never the end of the run',
    async () => {
      const r = await runCli(['batch', '--now', now, '--output', 'ndjson'], {
        stdin: 'id,channel,deadline\nA,online,+275760-09-13T00:00\nB,online,-271821-04-20T00:00\nC,online,+999999-01-01\nD,online,2026-03-12\n',
      });
      expect(r.code).toBe(1);
      const { rows, summary } = ndjson(r.stdout);
      expect(rows.slice(0, 3).map((x) => (x['error'] as { code: string }).code)).toEqual(['OUT_OF_RANGE', 'OUT_OF_RANGE', 'OUT_OF_RANGE']);
      expect(rows[3]?.['status']).toBe('in-progress');
      expect(summary).toMatchObject({ rows: 4, total: 1, invalid: 3 });
    },
    T,
  );

  test(
    'a deadline written as a day in any ISO form means the close of work that day, not 00:00',
    async () => {
      const r = await runCli(['batch', '--now', '2026-03-11T09:00', '--output', 'ndjson'], {
        stdin: 'id,channel,deadline,completedAt\nA,online,20260310,2026-03-10T16:00\nB,online,2026-W11-2,2026-03-10T16:00\nC,online,2026-069,2026-03-10T16:00\nD,online,2026-03-10,2026-03-10T16:00\n',
      });
      expect(r.code, r.stdout).toBe(0);
      const got = ndjson(r.stdout).rows.map((x) => [x['deadline'], x['status'], x['marginHours']]);
      expect(got).toEqual(Array.from({ length: 4 }, () => ['2026-03-10T17:00:00.000+07:00', 'on-time', 1]));
    },
    T,
  );

  test(
    'property: any text — the run ends with 0 or 1, writes a summary whose rows are the rows written',
    async () => {
      const unit = fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'ạ', '2026-03-12', 'online', '=', ';', '\uFEFF');
      await fc.assert(
        fc.asyncProperty(fc.string({ unit, maxLength: 60 }), async (body) => {
          const r = await runCli(['batch', '--now', now, '--format', 'csv', '--output', 'ndjson'], { stdin: `id,channel,deadline\n${body}` });
          expect([0, 1]).toContain(r.code);
          const { rows, summary } = ndjson(r.stdout);
          expect(summary['rows']).toBe(rows.length);
          const lines = rows.map((x) => (x['error'] as { line?: number } | undefined)?.line).filter((l): l is number => l !== undefined);
          expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        }),
        { numRuns: 60 },
      );
    },
    T,
  );
});
