/**
 * The streaming CSV reader and writer of `batch`: RFC 4180 quoting, CRLF, a byte-order mark,
 * `;` files, and the same records however the text is cut into chunks.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CsvReader, csvLine, csvRecords } from '../../src/cli/batch/csv.js';
import { LineReader, sniff } from '../../src/cli/batch/input.js';
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

/** What a reader gives for `text` cut into chunks of `size`: records and errors, in order. */
function read(text: string, size: number, max?: number): string[] {
  const out: string[] = [];
  const reader = new CsvReader(
    (r) => out.push(`${r.line}: ${JSON.stringify(r.fields)}`),
    (e, line) => out.push(`${line}: ${e.code} ${e.message}`),
    max,
  );
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  reader.end();
  return out;
}

describe('CsvReader: a broken record never ends the reading', () => {
  test('a quote that never closes: its line is an error, every line after it is read', () => {
    for (const size of [1, 2, 5, 1000]) {
      expect(read('id,x\nHS-1,"open\nHS-2,b\r\nHS-3,c\n', size)).toEqual([
        '1: ["id","x"]',
        '2: INVALID_CSV Expected a closing quote for the field that starts on line 2',
        '3: ["HS-2","b"]',
        '4: ["HS-3","c"]',
      ]);
      // A quoted field over the limit that does close: its first line is the error, as when cut into chunks.
      expect(read('id\n"aaa\nbbb\nccc"\nHS-4\n', size, 8)).toEqual([
        '1: ["id"]',
        '2: INVALID_CSV Expected CSV records of at most 8 characters, got a longer one from line 2 (in quotes: the lines after its first are read on their own)',
        '3: ["bbb"]',
        '4: ["ccc\\""]',
        '5: ["HS-4"]',
      ]);
    }
  });

  test('an unquoted record over the limit is an error and reading goes on at the next line', () => {
    for (const size of [1, 3, 7, 1000]) {
      expect(read('id,x\n0123456789,abcdef\nHS-2,b\n', size, 12)).toEqual([
        '1: ["id","x"]',
        '2: INVALID_CSV Expected CSV records of at most 12 characters, got a longer one from line 2',
        '3: ["HS-2","b"]',
      ]);
    }
  });

  test('a quote still open past the limit: the lines after its first are read on their own', () => {
    const text = 'id,x\nHS-1,"aaaa\nHS-2,b\nHS-3,cc\nHS-4,d\n';
    expect(read(text, 8, 16)).toEqual([
      '1: ["id","x"]',
      '2: INVALID_CSV Expected CSV records of at most 16 characters, got a longer one from line 2 (in quotes: the lines after its first are read on their own)',
      '3: ["HS-2","b"]',
      '4: ["HS-3","cc"]',
      '5: ["HS-4","d"]',
    ]);
    // One long line with an open quote and no line break: skipped to its end.
    expect(read('id\n"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nHS-9\n', 4, 16)).toEqual([
      '1: ["id"]',
      '2: INVALID_CSV Expected CSV records of at most 16 characters, got a longer one from line 2 (in quotes: the lines after its first are read on their own)',
      '3: ["HS-9"]',
    ]);
  });

  test('property: every line of any text is read or reported, in order, without throwing', () => {
    const unit = fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'ạ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 4, max: 40 }), (text, size, max) => {
        const lines = read(text, size, max).map((l) => Number(l.split(':')[0]));
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        expect(new Set(lines).size).toBe(lines.length);
      }),
    );
  });
});

test('with the header\'s width known, a record over several lines of another width is read again line by line (a stray quote)', () => {
  for (const size of [1, 3, 1000]) {
    const out: string[] = [];
    const reader: CsvReader = new CsvReader(
      (r) => {
        if (r.line === 1) reader.checkJoined((f) => (f.length === r.fields.length && !/\n/.test(f[0] ?? '') ? undefined : { vi: 'không phải một dòng', en: 'not a row' }));
        out.push(`${r.line}: ${JSON.stringify(r.fields)}`);
      },
      (e, line) => out.push(`${line}: ${e.code}`),
    );
    const text = 'id,c,d\nA,online,1\n"B,online,2\nC,postal,3\nD,"x",4\nE,"two\nlines",5\nF,online,6';
    for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
    reader.end();
    expect(out).toEqual([
      '1: ["id","c","d"]',
      '2: ["A","online","1"]',
      '3: INVALID_CSV',
      '4: ["C","postal","3"]',
      '5: ["D","x","4"]',
      '6: ["E","two\\nlines","5"]',
      '8: ["F","online","6"]',
    ]);
  }
});

describe('LineReader', () => {
  test('a line over the limit is reported with its number and skipped, in one pass', () => {
    for (const size of [1, 4, 100]) {
      const out: string[] = [];
      const reader = new LineReader(
        (text, line) => out.push(`${line}: ${text}`),
        (line) => out.push(`${line}: too long`),
        8,
      );
      const text = '{"a":1}\n{"b":"0123456789"}\n{"c":3}\n0123456789abc';
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(out).toEqual(['1: {"a":1}', '2: too long', '3: {"c":3}', '4: too long']);
    }
  });
});

describe('csvLine', () => {
  test('quotes only what needs it', () => {
    expect(csvLine(['HS-1', 'a,b', 'say "hi"', ' x', '', 'Thứ Ba'])).toBe('HS-1,"a,b","say ""hi"""," x",,Thứ Ba\n');
    expect(csvLine(['a;b', 'c'], ';')).toBe('"a;b";c\n');
  });
});

describe('NDJSON lines and format sniffing', () => {
  test('lines across chunks, CRLF, a last line without a break', () => {
    const out: Array<{ text: string; line: number }> = [];
    const reader = new LineReader(
      (text, line) => out.push({ text, line }),
      () => expect.unreachable(),
    );
    const text = '{"a":1}\r\n\n{"b":2}';
    for (let i = 0; i < text.length; i += 3) reader.push(text.slice(i, i + 3));
    reader.end();
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
