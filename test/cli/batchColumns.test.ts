/**
 * `batch --columns`: the dvcqg preset (explicit and detected), map files and their errors,
 * Vietnamese channel words and compact instants, in CSV and NDJSON.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DVCQG, channelWord, columnMapOf, compactInstant, dossierFields, looksLikeDvcqg, renamed } from '../../src/cli/batch/columns.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = '2026-03-10T09:00';

/** A file of the temporary folder, written now. */
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const HEADER = 'MaHoSo,KenhThucHien,NgayNopHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo';
const DVCQG_CSV = [
  HEADER,
  'H58-0001,2,20260301210000,20260302080000,20260306170000,20260305100000,10',
  'H58-0002,1,,20260302090000,09/03/2026 17:00,20260309163000,10',
  'H58-0003,3,,20260226090000,20260227170000,,4',
  'H58-0004,4,,20260302090000,20260309170000,,4',
  'H58-0005,2,,20260302090000,20260312,,4',
].join('\n');

/** The lines of the output, after the byte order mark of CSV output. */
function csvLines(stdout: string): string[] {
  return stdout.replace(/^\uFEFF/, '').trimEnd().split('\n');
}

describe('the dvcqg preset', () => {
  test('--columns dvcqg: each channel code, compact and Vietnamese instants, a bad code is an error row and the run goes on', async () => {
    const r = await runCli(['batch', file('d.csv', DVCQG_CSV), '--now', now, '--columns', 'dvcqg'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1); // some rows are invalid: all are written, the status says so
    const lines = csvLines(r.stdout);
    expect(lines[0]).toBe(`${HEADER},deadline,dueDate,status,marginHours,provisional,violations,error`);
    expect(lines[1]).toBe('H58-0001,2,20260301210000,20260302080000,20260306170000,20260305100000,10,2026-03-06T17:00:00.000+07:00,2026-03-06,early,13,false,,');
    expect(lines[2]).toBe('H58-0002,1,,20260302090000,09/03/2026 17:00,20260309163000,10,2026-03-09T17:00:00.000+07:00,2026-03-09,on-time,0.5,false,,');
    expect(lines[3]).toBe('H58-0003,3,,20260226090000,20260227170000,,4,2026-02-27T17:00:00.000+07:00,2026-02-27,overdue,-50,false,,');
    expect(lines[4]).toBe(
      'H58-0004,4,,20260302090000,20260309170000,,4,,,,,,,"INVALID_ARGUMENT: cột KenhThucHien ""4"" không phải là một kênh: 1 (direct), 2 (online), 3 (postal), online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính) (dòng 5)"',
    );
    expect(lines[5]).toBe('H58-0005,2,,20260302090000,20260312,,4,2026-03-12T17:00:00.000+07:00,2026-03-12,in-progress,22,false,,');
    expect(lines).toHaveLength(6);
    expect(r.stderr).not.toContain('DVCQG');
    expect(r.stderr).toContain('5 dòng, 4 hồ sơ hợp lệ, 1 dòng lỗi');
    expect(r.stderr).toContain('trực tuyến 2 (trễ 0) · trực tiếp 1 (trễ 0) · bưu chính 1 (trễ 1)');
  });

  test('detected without --columns (with a notice on stderr); --columns none turns it off', async () => {
    const explicit = await runCli(['batch', '--now', now, '--columns', 'dvcqg'], { stdin: DVCQG_CSV });
    const detected = await runCli(['batch', '--now', now], { stdin: DVCQG_CSV });
    expect(detected.code).toBe(1); // some rows are invalid: all are written, the status says so
    expect(detected.stdout).toBe(explicit.stdout);
    expect(detected.stderr).toContain('Đọc các cột theo định dạng đồng bộ Cổng DVCQG (MaHoSo, KenhThucHien, …); --columns none để tắt\n');
    const en = await runCli(['batch', '--now', now, '--lang', 'en'], { stdin: DVCQG_CSV });
    expect(en.stderr).toContain("Reading the columns as the national portal's sync format");
    const off = await runCli(['batch', '--now', now, '--columns', 'none', '--lang', 'en'], { stdin: DVCQG_CSV });
    expect(off.code).toBe(1); // every row is invalid without the preset
    expect(off.stderr).not.toContain('sync format');
    expect(off.stderr).toContain('5 rows, 0 valid dossiers, 5 invalid rows');
    // A header with only one of the two names is not the format.
    const half = await runCli(['batch', '--now', now], { stdin: 'MaHoSo,channel,deadline\nA,online,2026-03-10\n' });
    expect(half.stderr).not.toContain('DVCQG');
    expect(csvLines(half.stdout)[1]).toBe('A,online,2026-03-10T17:00:00.000+07:00,2026-03-10,in-progress,6,false,,');
  });

  test('header names matched case-insensitively and trimmed; mapped columns win over columns named like the field', async () => {
    const input = ' mahoso ;KENHTHUCHIEN;id;channel;ngayhentra\nH1;2;other;postal;20260310170000\n';
    const r = await runCli(['batch', '--now', now, '--output', 'ndjson'], { stdin: input });
    const [row] = csvLines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(row).toMatchObject({ mahoso: 'H1', KENHTHUCHIEN: '2', id: 'other', channel: 'postal', deadline: '2026-03-10T17:00:00.000+07:00', status: 'in-progress' });
    const summary = JSON.parse(csvLines(r.stdout)[1] as string) as { summary: { byChannel: Record<string, { total: number }> } };
    expect(summary.summary.byChannel['online']?.total).toBe(1);
  });

  test('NDJSON with dvcqg keys (detected from the first object; numbers as well as strings); CSV output shows the standard columns', async () => {
    const input = [
      '{"MaHoSo":"A","KenhThucHien":2,"NgayTiepNhan":"20260302090000","NgayHenTra":20260309170000}',
      '{"MaHoSo":"B","KenhThucHien":"3","NgayTiepNhan":"20260302090000","NgayHenTra":"20260309170000","NgayKetThucXuLy":"20260309170001"}',
      '{"MaHoSo":"C","KenhThucHien":"9","NgayHenTra":"20260309170000"}',
    ].join('\n');
    const r = await runCli(['batch', '--now', now], { stdin: input });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    const out = csvLines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toEqual({
      MaHoSo: 'A',
      KenhThucHien: 2,
      NgayTiepNhan: '20260302090000',
      NgayHenTra: 20260309170000,
      deadline: '2026-03-09T17:00:00.000+07:00',
      dueDate: '2026-03-09',
      status: 'overdue',
      marginHours: -2,
      provisional: false,
      violations: [],
    });
    expect(out[1]).toMatchObject({ MaHoSo: 'B', status: 'late' });
    expect(out[2]).toMatchObject({ MaHoSo: 'C', error: { code: 'INVALID_ARGUMENT', line: 3 } });
    expect(out[3]).toMatchObject({ summary: { rows: 3, total: 2, invalid: 1, byChannel: { online: { total: 1, late: 1 }, postal: { total: 1, late: 1 } } } });
    expect(r.stderr).toContain('Cổng DVCQG');

    const csv = await runCli(['batch', '--now', now, '--output', 'csv', '--columns', 'dvcqg'], { stdin: input });
    expect(csvLines(csv.stdout).slice(0, 3)).toEqual([
      'id,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt,dueDate,status,marginHours,provisional,violations,error',
      'A,2,,20260302090000,,,2026-03-09T17:00:00.000+07:00,,2026-03-09,overdue,-2,false,,',
      'B,3,,20260302090000,,,2026-03-09T17:00:00.000+07:00,20260309170001,2026-03-09,late,0,false,,',
    ]);
    // A first object that is not the format leaves the preset off for the whole run.
    const plain = await runCli(['batch', '--now', now], { stdin: `{"id":"X","channel":"online","deadline":"2026-03-10"}\n${input}` });
    expect(plain.stdout.split('\n')[1]).toContain('"error"');
    expect(plain.stderr).toBe('');
  });
});

describe('Vietnamese channel words', () => {
  test('Trực tuyến, Trực tiếp, Bưu chính (công ích), any case, with or without diacritics, whatever the map', async () => {
    const input = [
      'id,channel,deadline',
      'A,Trực tuyến,2026-03-10',
      'B,TRỰC TIẾP,2026-03-10',
      'C,bưu chính công ích,2026-03-10',
      'D,truc tuyen,2026-03-10',
      'E,Buu  Chinh,2026-03-10',
      'F,Online,2026-03-10',
      'G,fax,2026-03-10',
    ].join('\n');
    const r = await runCli(['batch', '--now', now, '--output', 'ndjson'], { stdin: input });
    const out = csvLines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.slice(0, 6).map((o) => o['status'])).toEqual(Array(6).fill('in-progress'));
    expect(out[1]).toMatchObject({ channel: 'TRỰC TIẾP' }); // written as it was read
    expect(out[6]).toMatchObject({ id: 'G', error: { code: 'INVALID_ARGUMENT', path: 'channel', message: { vi: 'cột channel "fax" không phải là một kênh: online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính)' }, line: 8 } });
    expect(out[7]).toMatchObject({ summary: { byChannel: { online: { total: 3 }, direct: { total: 1 }, postal: { total: 2 } } } });
    const none = await runCli(['batch', '--now', now, '--columns', 'none'], { stdin: 'id,channel,deadline\nA,Bưu chính,2026-03-10\n' });
    expect(csvLines(none.stdout)[1]).toBe('A,Bưu chính,2026-03-10T17:00:00.000+07:00,2026-03-10,in-progress,6,false,,');
  });
});

describe('a map file', () => {
  const map = {
    columns: { 'Số hồ sơ': 'id', 'Hình thức': 'channel', 'Ngày nhận': 'acceptedAt', 'Số ngày': 'workingDays', 'Ngày xong': 'completedat' },
    values: { channel: { TT: 'online', TTiep: 'Trực tiếp', BC: 'postal' }, workingDays: { 'năm': 5 } },
  };
  const input = ['Số hồ sơ,Hình thức,Ngày nhận,Số ngày,Ngày xong', 'S1,tt,02/03/2026 09:00,3,', 'S2,TTIEP,20260302090000,năm,06/03/2026 10:00', 'S3,Bưu chính,2026-03-02T09:00,2,', 'S4,XX,2026-03-02T09:00,2,'].join('\n');

  test('renames the columns, translates values, keeps the input as it was', async () => {
    file('map.json', JSON.stringify(map));
    const r = await runCli(['batch', file('export.csv', input), '--now', now, '--columns', 'map.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1); // some rows are invalid: all are written, the status says so
    const lines = csvLines(r.stdout);
    expect(lines[0]).toBe('Số hồ sơ,Hình thức,Ngày nhận,Số ngày,Ngày xong,deadline,dueDate,status,marginHours,provisional,violations,error');
    expect(lines[1]).toBe('S1,tt,02/03/2026 09:00,3,,2026-03-05T17:00:00.000+07:00,2026-03-05,overdue,-18,false,,');
    expect(lines[2]).toBe('S2,TTIEP,20260302090000,năm,06/03/2026 10:00,2026-03-09T17:00:00.000+07:00,2026-03-09,early,13,false,,');
    expect(lines[3]).toBe('S3,Bưu chính,2026-03-02T09:00,2,,2026-03-04T17:00:00.000+07:00,2026-03-04,overdue,-26,false,,');
    expect(lines[4]).toBe(
      'S4,XX,2026-03-02T09:00,2,,,,,,,,"INVALID_ARGUMENT: cột Hình thức ""XX"" không phải là một kênh: tt (online), ttiep (direct), bc (postal), online, direct, postal (hoặc Trực tuyến, Trực tiếp, Bưu chính) (dòng 5)"',
    );
    expect(r.stderr).not.toContain('DVCQG');
  });

  test('a map without values, and one with values only', async () => {
    file('names.json', '\uFEFF{"columns": {"Kênh": "channel", "Hạn": "deadline"}}');
    const names = await runCli(['batch', '--now', now, '--columns', join(dir, 'names.json')], { stdin: 'Kênh,Hạn\nTrực tuyến,10/03/2026\n' });
    expect(csvLines(names.stdout)[1]).toBe('Trực tuyến,10/03/2026,2026-03-10T17:00:00.000+07:00,2026-03-10,in-progress,6,false,,');
    file('values.json', '{"values": {"channel": {"Mạng": "online"}}}');
    const values = await runCli(['batch', '--now', now, '--columns', join(dir, 'values.json')], { stdin: 'channel,deadline\nmạng,2026-03-10\n' });
    expect(csvLines(values.stdout)[1]).toBe('mạng,2026-03-10T17:00:00.000+07:00,2026-03-10,in-progress,6,false,,');
    // A given map replaces detection: dvcqg names are then only the map's (here: none).
    const dv = await runCli(['batch', '--now', now, '--columns', join(dir, 'values.json')], { stdin: DVCQG_CSV });
    expect(dv.stderr).toContain('5 dòng, 0 hồ sơ hợp lệ, 5 dòng lỗi');
  });

  test.each([
    ['a list', '[1]', 'Expected the document in the column map "bad.json" to be {"columns": {"<input column>": "<field>"}, "values": {"<field>": {"<input value>": "<value>"}}}, got an array'],
    ['an unknown key', '{"column": {}}', 'Expected "column" in the column map "bad.json" to be "columns" or "values" (the only keys of a column map), got "column"'],
    ['columns not an object', '{"columns": ["id"]}', 'Expected columns in the column map "bad.json" to be an object {"<input column>": "<field>"}, got an array'],
    ['an unknown field', '{"columns": {"Ngày nhận": "acceptdAt"}}', 'Expected columns["Ngày nhận"] in the column map "bad.json" to be a field of a dossier (id, channel, receivedAt, acceptedAt, workingDays, workingHours, period, deadline, completedAt, pauses, extensions, supplements, method), got "acceptdAt"; did you mean acceptedAt?'],
    ['a field that is not a string', '{"columns": {"x": 3}}', 'Expected columns["x"] in the column map "bad.json" to be a field of a dossier'],
    ['an empty column name', '{"columns": {" ": "id"}}', 'Expected columns[" "] in the column map "bad.json" to be named by a column name, not an empty one, got " "'],
    ['a column given twice', '{"columns": {"Ma": "id", " ma ": "channel"}}', 'Expected columns[" ma "] in the column map "bad.json" to be given once (column names are matched case-insensitively), got " ma "'],
    ['values not an object', '{"values": 1}', 'Expected values in the column map "bad.json" to be an object {"<field>": {"<input value>": "<value>"}}, got 1'],
    ['values of an unknown field', '{"values": {"kenh": {}}}', 'Expected values["kenh"] in the column map "bad.json" to be a field of a dossier'],
    ['a value table not an object', '{"values": {"channel": "online"}}', 'Expected values["channel"] in the column map "bad.json" to be an object {"<input value>": "<value>"}, got "online"'],
    ['a value not a string', '{"values": {"id": {"a": null}}}', 'Expected values["id"]["a"] in the column map "bad.json" to be a string, got null'],
    ['a channel that is not one', '{"values": {"channel": {"F": "fax"}}}', 'Expected values["channel"]["F"] in the column map "bad.json" to be a channel: online, direct or postal (or Trực tuyến, Trực tiếp, Bưu chính), got "fax"'],
  ])('%s: INVALID_ARGUMENT naming the file and the key, before any output', async (_name, text, message) => {
    file('bad.json', text);
    const r = await runCli(['batch', '--now', now, '--columns', 'bad.json'], { stdin: 'id,channel,deadline\nA,online,2026-03-10\n', cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^vn-worktime: INVALID_ARGUMENT: /);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('a file that cannot be read or is not JSON', async () => {
    const missing = await runCli(['batch', '--now', now, '--columns', 'missing.json'], { stdin: 'id\n', cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('vn-worktime: CANNOT_READ_FILE: không đọc được tệp "missing.json" (không có tệp này)\n');
    file('broken.json', '{"columns":');
    const broken = await runCli(['batch', '--now', now, '--columns', 'broken.json', '--lang', 'en'], { stdin: 'id\n', cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^vn-worktime: INVALID_JSON: the file "broken.json" is not JSON/);
    const empty = await runCli(['batch', '--now', now, '--columns', '--lang', 'en'], { stdin: 'id\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^vn-worktime: MISSING_VALUE: expected a value after --columns: --columns <map.json\|dvcqg\|none>/);
  });

  test('the help names the option and the preset', async () => {
    const r = await runCli(['batch', '--help', '--lang', 'en']);
    expect(r.stdout).toContain('--columns <map.json|dvcqg|none>');
    expect(r.stdout).toContain('KenhThucHien (channel: 1 direct, 2 online, 3 postal)');
  });
});

describe('the module', () => {
  test('channelWord', () => {
    expect(['Trực tuyến', 'truc tuyen', 'TRUC  TUYEN', 'online'].map(channelWord)).toEqual(['online', 'online', 'online', 'online']);
    expect(['Trực tiếp', 'Direct'].map(channelWord)).toEqual(['direct', 'direct']);
    expect(['Bưu chính', 'bưu chính công ích', 'Bưu Chính Công Ích', 'postal'].map(channelWord)).toEqual(['postal', 'postal', 'postal', 'postal']);
    expect(['fax', '', 'trực'].map(channelWord)).toEqual([undefined, undefined, undefined]);
  });

  test('compactInstant: 14 digits (string or number) that make a real instant', () => {
    expect(compactInstant('20260310093000')).toBe('2026-03-10T09:30:00');
    expect(compactInstant(' 20261231235959 ')).toBe('2026-12-31T23:59:59');
    expect(compactInstant(20260310093000)).toBe('2026-03-10T09:30:00');
    expect(compactInstant('20260230093000')).toBeUndefined(); // 30 February
    expect(compactInstant('20261310093000')).toBeUndefined();
    expect(compactInstant('20260310243000')).toBeUndefined();
    expect(compactInstant('20260310096000')).toBeUndefined();
    expect(compactInstant('20260310093060')).toBeUndefined();
    expect(compactInstant('20260310')).toBe('2026-03-10');
    expect(compactInstant(20260310)).toBe('2026-03-10');
    expect(compactInstant('20260231')).toBeUndefined();
    expect(compactInstant('202603100930')).toBeUndefined();
    expect(compactInstant('2026-03-10T09:30')).toBeUndefined();
    expect(compactInstant(1.5)).toBeUndefined();
    expect(compactInstant(undefined)).toBeUndefined();
  });

  test('an impossible compact instant is left as it was, for the dossier to reject', async () => {
    const r = await runCli(['batch', '--now', now, '--columns', 'dvcqg'], { stdin: `${HEADER}\nX,2,,20260302090000,20260230170000,,4\n` });
    expect(csvLines(r.stdout)[1]).toMatch(/,"INVALID_INSTANT: .*20260230170000/);
  });

  test('looksLikeDvcqg, renamed, dossierFields', () => {
    expect(looksLikeDvcqg(['MaHoSo', ' kenhthuchien '])).toBe(true);
    expect(looksLikeDvcqg(['MaHoSo', 'channel'])).toBe(false);
    expect(renamed({ a: 1 }, undefined)).toEqual({ values: { a: 1 }, from: {} });
    // The first non-empty column of those mapped to one field, in the map's order.
    const twice = columnMapOf({ columns: { B: 'deadline', A: 'deadline' } }, 'm.json');
    expect(renamed({ A: 'a', B: '' }, twice)).toEqual({ values: { deadline: 'a' }, from: { deadline: 'A' } });
    expect(renamed({ A: 'a', B: 'b' }, twice)).toEqual({ values: { deadline: 'b' }, from: { deadline: 'B' } });
    expect(dossierFields({ MaHoSo: 'X', KenhThucHien: '1', NgayHenTra: '20260310170000', NgayTra: '20260310160000' }, DVCQG)).toEqual({
      ok: true,
      fields: { id: 'X', channel: 'direct', deadline: '2026-03-10T17:00:00', NgayTra: '20260310160000' },
    });
    // Values that are not text are left to the dossier to judge.
    expect(dossierFields({ KenhThucHien: [2] }, DVCQG)).toEqual({ ok: true, fields: { channel: [2] } });
    expect(dossierFields({ MaHoSo: 'X', KenhThucHien: true }, DVCQG)).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  test('the example file reads as dvcqg', () => {
    const text = readFileSync(new URL('../../examples/dossiers-dvcqg.csv', import.meta.url), 'utf8');
    expect(looksLikeDvcqg(text.split('\n')[0]?.split(',') ?? [])).toBe(true);
  });
});
