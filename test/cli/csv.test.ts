/**
 * The streaming CSV reader and writer of `batch`: RFC 4180 quoting, CRLF, a byte-order mark,
 * `;` files, and the same records however the text is cut into chunks.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvLine, csvRecords } from '../../src/cli/batch/csv.js';
import { lines, sniff } from '../../src/cli/batch/input.js';
import { FileError } from '../../src/cli/errors.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, size = 1 << 16): Promise<Array<{ fields: string[]; line: number }>> {
  const out: Array<{ fields: string[]; line: number }> = [];
  for await (const r of csvRecords(chunked(text, size))) out.push({ fields: r.fields, line: r.line });
  return out;
}

describe('csvRecords', () => {
  test('plain fields, empty fields, LF and CRLF, blank lines skipped', async () => {
    expect(await records('a,b,c\r\n1,,3\n\n4,5,6')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '', '3'], line: 2 },
      { fields: ['4', '5', '6'], line: 4 },
    ]);
  });

  test('quoted fields hold separators, doubled quotes and line breaks', async () => {
    expect(await records('id,note\n"HS-1, a","say ""xin chào""\nline 2"\nHS-2,x\n')).toEqual([
      { fields: ['id', 'note'], line: 1 },
      { fields: ['HS-1, a', 'say "xin chào"\nline 2'], line: 2 },
      { fields: ['HS-2', 'x'], line: 4 },
    ]);
  });

  test('a byte-order mark is skipped; a quote inside an unquoted field is kept', async () => {
    expect(await records('\uFEFFid,x\n5"7,"",""""\n')).toEqual([
      { fields: ['id', 'x'], line: 1 },
      { fields: ['5"7', '', '"'], line: 2 },
    ]);
  });

  test('a file with semicolons and no commas is read with ;', async () => {
    const out: Array<{ fields: string[]; separator: string }> = [];
    for await (const r of csvRecords(chunked('id;channel\nHS-1;online\n', 3))) out.push({ fields: r.fields, separator: r.separator });
    expect(out).toEqual([
      { fields: ['id', 'channel'], separator: ';' },
      { fields: ['HS-1', 'online'], separator: ';' },
    ]);
  });

  test('an unclosed quote is an INVALID_CSV file error', async () => {
    await expect(records('id\n"open\n')).rejects.toThrow(FileError);
    await expect(records('id\n"open\n')).rejects.toThrow(/closing quote for the field that starts on line 2/);
  });

  test('property: csvLine then csvRecords gives the fields back, whatever the chunk size', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'ạ', ';', 'x') });
    const row = fc.array(field, { minLength: 2, maxLength: 5 }).filter((r) => !(r.length === 1 && r[0] === ''));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 9 }), async (rows, size) => {
        const text = `h1,h2\n${rows.map((r) => csvLine(r)).join('')}`;
        const got = (await records(text, size)).map((r) => r.fields);
        expect(got).toEqual([['h1', 'h2'], ...rows]);
      }),
    );
  });
});

describe('csvLine', () => {
  test('quotes only what needs it', () => {
    expect(csvLine(['HS-1', 'a,b', 'say "hi"', ' x', '', 'Thứ Ba'])).toBe('HS-1,"a,b","say ""hi"""," x",,Thứ Ba\n');
    expect(csvLine(['a;b', 'c'], ';')).toBe('"a;b";c\n');
  });
});

describe('NDJSON lines and format sniffing', () => {
  test('lines across chunks, CRLF, a last line without a break', async () => {
    const out: Array<{ text: string; line: number }> = [];
    for await (const l of lines(chunked('{"a":1}\r\n\n{"b":2}', 3))) out.push(l);
    expect(out).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '', line: 2 },
      { text: '{"b":2}', line: 3 },
    ]);
  });

  test('the first non-blank character tells NDJSON from CSV, and nothing is lost', async () => {
    const collect = async (it: AsyncIterable<string>): Promise<string> => {
      let s = '';
      for await (const c of it) s += c;
      return s;
    };
    const nd = await sniff(chunked('  \n\n {"channel":"online"}\n', 2), undefined);
    expect(nd.format).toBe('ndjson');
    expect(await collect(nd.chunks)).toBe('  \n\n {"channel":"online"}\n');
    const csv = await sniff(chunked('\uFEFFid,channel\n', 4), undefined);
    expect(csv.format).toBe('csv');
    expect(await collect(csv.chunks)).toBe('\uFEFFid,channel\n');
    expect((await sniff(chunked('{', 1), 'csv')).format).toBe('csv');
    expect((await sniff(chunked('', 1), undefined)).format).toBe('csv');
  });
});
