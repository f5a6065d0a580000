/**
 * The built `vn-worktime` command (dist/cli/main.js), run in a child process as users run it:
 * every command with valid input (human and --json), every command's help, bad input, the
 * version, colour, and `batch` on 100,000 generated rows and on NDJSON from standard input.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import { ndjsonLines, spawnCli } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Command line, what the human output contains, what its --json output contains. */
const CASES: Array<[args: string[], human: string[], json: Record<string, unknown> | unknown[]]> = [
  [
    ['intake', '2026-03-13T20:00'],
    ['Hạn tiếp nhận: Thứ Ba, 17/03/2026 08:00', 'Bắt đầu tính:  Thứ Hai, 16/03/2026 08:00', 'Căn cứ:'],
    { offHours: true, clockStart: '2026-03-16T08:00:00.000+07:00', deadline: '2026-03-17T08:00:00.000+07:00' },
  ],
  [
    ['deadline', '2026-02-13T16:30', '--days', '5'],
    ['Hạn giải quyết: Thứ Sáu, 27/02/2026 17:00', 'Tiếp nhận:      Thứ Sáu, 13/02/2026 16:30'],
    { deadline: '2026-02-27T17:00:00.000+07:00', dueDate: '2026-02-27', period: { workingDays: 5 } },
  ],
  [
    ['status', '2026-02-27T17:00', '--completed', '2026-02-27T16:59'],
    ['Trạng thái:     đúng hạn', 'Hoàn thành:     Thứ Sáu, 27/02/2026 16:59'],
    { status: 'on-time', margin: 'PT1M', deadline: '2026-02-27T17:00:00.000+07:00' },
  ],
  [
    ['status', '2026-02-27T17:00', '--now', '2026-03-02T08:00', '--lang', 'en'],
    ['Status:   overdue', 'As of:    Mon 02/03/2026 08:00'],
    { status: 'overdue', marginHours: -1, now: '2026-03-02T08:00:00.000+07:00' },
  ],
  [['holidays', '2026'], ['Ngày nghỉ lễ, Tết năm 2026', 'Thứ Ba, 17/02/2026', 'Tết Nguyên Đán (mùng 1 tháng Giêng)'], [{ date: '2026-01-01', kind: 'statutory' }]],
  [['schedule', '2026'], ['Trạng thái: chính thức', 'Ngày làm bù:', 'Thứ Bảy, 22/08/2026'], { year: 2026, status: 'official' }],
  [['lunar', '2026-02-17'], ['Âm lịch:    1/1/2026 (Bính Ngọ)', 'Ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ'], { lunar: { year: 2026, month: 1, day: 1, leap: false } }],
  [['solar', '10/3/2026'], ['Dương lịch: Chủ Nhật, 26/04/2026', 'Âm lịch:    10/3/2026 (Bính Ngọ)'], { date: '2026-04-26' }],
  [['solar', '1/4/2020', '--leap'], ['Dương lịch: Thứ Bảy, 23/05/2020', '1/4 nhuận/2020 (Canh Tý)'], { date: '2020-05-23' }],
  [['workdays', '2026-02-13', '2026-02-27'], ['5 ngày làm việc từ sau Thứ Sáu, 13/02/2026 đến hết Thứ Sáu, 27/02/2026'], { workingDays: 5 }],
  [['add', '2026-02-13T16:30', '8h'], ['Kết quả: Thứ Hai, 23/02/2026 16:30', 'Cộng:    8 giờ làm việc'], { result: '2026-02-23T16:30:00.000+07:00', duration: 'PT8H' }],
  [['add', '2026-03-16T08:00', '-2h'], ['Kết quả: Thứ Sáu, 13/03/2026 16:00'], { result: '2026-03-13T16:00:00.000+07:00' }],
  [['add', '2025-04-29', '1d'], ['Kết quả: Thứ Hai, 05/05/2025'], { result: '2025-05-05' }],
  [['between', '2026-02-13T16:30', '2026-02-23T16:30'], ['Thời gian làm việc: 8 giờ'], { workingTime: 'PT8H', hours: 8 }],
];

describe.concurrent('every command, human and --json', () => {
  test.each(CASES)('%j', async (args, human, json) => {
    const r = await spawnCli(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const text of human) expect(r.stdout).toContain(text);
    expect(r.stdout).not.toContain('\u001b[');
    const j = await spawnCli([...args, '--json']);
    expect(j.code).toBe(0);
    expect(j.stdout.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(j.stdout) as unknown;
    if (Array.isArray(json)) expect(parsed).toEqual(expect.arrayContaining(json.map((item) => expect.objectContaining(item as object))));
    else expect(parsed).toMatchObject(json);
  });

  test('the deadline of the issue, exactly: "deadline":"2026-03-17T08:00:00.000+07:00"', async () => {
    expect((await spawnCli(['intake', '2026-03-13T20:00', '--json'])).stdout).toContain('"deadline":"2026-03-17T08:00:00.000+07:00"');
    expect((await spawnCli(['intake', '2026-03-13T20:00'])).stdout).toContain('Thứ Ba, 17/03/2026 08:00');
  });

  test('holidays as an iCalendar file', async () => {
    const r = await spawnCli(['holidays', '2026', '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(r.stdout).toContain('DTSTART;VALUE=DATE:20260217');
  });
});

describe.concurrent('help and version', () => {
  test.each(COMMANDS.map((c) => c.name))('%s: --help and help <command>', async (name) => {
    const [a, b] = await Promise.all([spawnCli([name, '--help']), spawnCli(['help', name])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain(`Cách dùng: vn-worktime ${name}`);
    expect(a.stdout).toContain('Ví dụ:');
    const en = await spawnCli([name, '--help', '--lang', 'en']);
    expect(en.stdout).toContain(`Usage: vn-worktime ${name}`);
    expect(en.stdout).toContain('Examples:');
    expect(a.stdout).toMatch(/Tết|Thứ|Giỗ Tổ|30\/4|hồ sơ|Bính Ngọ|nhuận/);
  });

  test('--help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await spawnCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Cách dùng: vn-worktime <lệnh> [đối số] [tùy chọn]');
      expect(r.stdout).toContain('intake <submittedAt>');
    }
  });

  test('--version is the version of package.json', async () => {
    expect(await spawnCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

/** Each kind of error: its status, its code, one line on stderr, nothing on stdout, no stack. */
const ERRORS: Array<[args: string[], status: number, code: string]> = [
  [['frobnicate'], 2, 'UNKNOWN_COMMAND'],
  [['intake', '2026-03-13T20:00', '--frob'], 2, 'UNKNOWN_OPTION'],
  [['intake'], 2, 'MISSING_ARGUMENT'],
  [['between', 'a', 'b', 'c'], 2, 'TOO_MANY_ARGUMENTS'],
  [['status', '2026-02-27T17:00', '--now'], 2, 'MISSING_VALUE'],
  [['status', '2026-02-27T17:00'], 2, 'MISSING_OPTION'],
  [['deadline', '2026-03-10T09:00', '--days', '2', '--hours', '3'], 2, 'CONFLICTING_OPTIONS'],
  [['holidays', '2026', '--format', 'pdf'], 2, 'INVALID_CHOICE'],
  [['intake', 'yesterday'], 1, 'INVALID_INSTANT'],
  [['intake', '2026-03-13T20:00', '--grace', 'soon'], 1, 'INVALID_DURATION'],
  [['deadline', '2026-03-10T09:00', '--days', 'five'], 1, 'INVALID_NUMBER'],
  [['deadline', '2026-03-10T09:00', '--days', '0'], 1, 'INVALID_ARGUMENT'],
  [['lunar', '2026-02-30'], 1, 'INVALID_DATE'],
  [['solar', '30/12/2025'], 1, 'INVALID_LUNAR_DATE'],
  [['holidays', 'MMXXVI'], 1, 'INVALID_YEAR'],
  [['holidays', '2300'], 1, 'OUT_OF_RANGE'],
  [['intake', '2026-03-13T20:00', '--hours', '07:00-25:00'], 1, 'INVALID_TIME'],
  [['intake', '2026-03-13T20:00', '--zone', 'Asia/Nowhere'], 1, 'INVALID_ZONE'],
  [['intake', '2026-03-13T20:00', '--calendar', 'no-such-file.json'], 1, 'CANNOT_READ_FILE'],
  [['batch', 'no-such-file.csv', '--now', '2026-03-02T09:00'], 1, 'CANNOT_READ_FILE'],
];

describe.concurrent('bad input', () => {
  test.each(ERRORS)('%j → %i %s', async (args, status, code) => {
    const r = await spawnCli(args);
    expect(r.code).toBe(status);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^vn-worktime: ${code}: \\S`));
    expect(lines[0]).not.toContain('`');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe.concurrent('colour', () => {
  test('none on a pipe, or with NO_COLOR; FORCE_COLOR forces it', async () => {
    const args = ['lunar', '2026-02-17'];
    expect((await spawnCli(args)).stdout).not.toContain('\u001b[');
    expect((await spawnCli(args, { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await spawnCli(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[1m\u001b[36m1/1/2026 (Bính Ngọ)');
  });

  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  test.skipIf(!hasScript)('on a terminal (a pseudo-terminal from script(1)), unless NO_COLOR is set', async () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(inject('buildDir'), 'cli/main.js'))} lunar 2026-02-17`;
    const onTty = await spawnScript(command, {});
    expect(onTty).toContain('\u001b[1m\u001b[36m1/1/2026 (Bính Ngọ)');
    const noColor = await spawnScript(command, { NO_COLOR: '1' });
    expect(noColor).toContain('1/1/2026 (Bính Ngọ)');
    expect(noColor).not.toContain('\u001b[');
  });
});

/** Runs a shell command on a pseudo-terminal (script(1)) and gives its output. */
async function spawnScript(command: string, env: Record<string, string>): Promise<string> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'FORCE_COLOR' && k !== 'NO_COLOR') clean[k] = v;
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...clean, TERM: 'xterm', ...env } });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));
  return out;
}

describe('batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-bin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('100,000 generated CSV rows: every row written, the summary agrees with summarize()', async () => {
    const channels = ['online', 'direct', 'postal'] as const;
    const base = Date.UTC(2025, 0, 2, 1, 0);
    const dossiers: Array<Record<string, unknown>> = [];
    const lines = ['id,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt'];
    for (let i = 0; i < 100_000; i++) {
      const accepted = new Date(base + ((i * 7919) % (700 * 86_400)) * 1000).toISOString().slice(0, 16);
      const completed = i % 3 === 0 ? '' : new Date(base + ((i * 7919) % (700 * 86_400)) * 1000 + (i % 30) * 86_400_000).toISOString().slice(0, 16);
      const kind = i % 10;
      const channel = i % 997 === 0 ? 'fax' : channels[i % 3];
      const days = kind < 6 ? String(1 + (i % 15)) : '';
      const hours = kind === 6 || kind === 7 ? String(1 + (i % 40)) : '';
      const deadline = kind >= 8 ? new Date(base + ((i * 104_729) % (720 * 86_400)) * 1000).toISOString().slice(0, 10) : '';
      const acceptedAt = kind < 8 ? `${accepted}Z` : '';
      const completedAt = completed === '' ? '' : `${completed}Z`;
      lines.push(`HS-${i},${channel},,${acceptedAt},${days},${hours},${deadline},${completedAt}`);
      const period = days ? { workingDays: Number(days) } : hours ? { workingHours: Number(hours) } : undefined;
      dossiers.push({ id: `HS-${i}`, channel, ...(deadline ? { deadline } : { acceptedAt, period }), ...(completedAt && { completedAt }) });
    }
    const file = join(dir, 'big.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const r = await spawnCli(['batch', file, '--now', '2026-03-02T09:00', '--lang', 'en']);
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(100_001);
    expect(out[0]).toBe('\uFEFFid,channel,receivedAt,acceptedAt,workingDays,workingHours,deadline,completedAt,dueDate,status,marginHours,provisional,violations,error');
    const expected = await summarize(dossiers as never, { now: '2026-03-02T09:00' });
    const counts = Object.values(expected.byStatus);
    expect(r.stderr).toContain(`Summary as of Mon 02/03/2026 09:00: 100000 rows, ${expected.total} valid dossiers, ${expected.invalidCount} invalid rows`);
    expect(r.stderr).toContain(`early ${counts[0]} · on time ${counts[1]} · late ${counts[2]} · in progress ${counts[3]} · overdue ${counts[4]}`);
    expect(out.filter((l) => l.endsWith(',')).length).toBe(expected.total);
    expect(expected.invalidCount).toBeGreaterThan(0);

    // A reader that goes away (`… | head -n 1`): the command stops quietly.
    const child = spawn(process.execPath, [join(inject('buildDir'), 'cli/main.js'), 'batch', file, '--now', '2026-03-02T09:00']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('NDJSON from standard input, with a summary line', async () => {
    const input = [
      JSON.stringify({ id: 'A', channel: 'online', acceptedAt: '2026-02-13T16:30', workingDays: 5, completedAt: '2026-02-26T10:00' }),
      JSON.stringify({ id: 'B', channel: 'postal', acceptedAt: '2026-02-13T16:30', period: { workingDays: 5 } }),
      JSON.stringify({ id: 'C', channel: 'direct', deadline: '2026-02-27T17:00', completedAt: '2026-02-27T16:59' }),
      '{"id": "broken"',
    ].join('\n');
    const r = await spawnCli(['batch', '--now', '2026-03-02T09:00'], { stdin: input });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    expect(r.stderr).toBe('');
    const out = ndjsonLines(r.stdout);
    expect(out.map((o) => o['status'])).toEqual(['early', 'overdue', 'on-time', undefined, undefined]);
    expect(out[3]).toMatchObject({ error: { code: 'INVALID_JSON', line: 4 } });
    expect(out[4]).toMatchObject({ summary: { rows: 4, total: 3, invalid: 1, lateRate: 1 / 3, byChannel: { postal: { total: 1, late: 1 } } } });
  });

  test('the sample register from a file, as CSV, with the summary on stderr', async () => {
    const r = await spawnCli(['batch', 'examples/dossiers.csv', '--now', '2026-03-02T09:00'], { cwd: join(import.meta.dirname, '../..') });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    expect(r.stdout.split('\n')).toHaveLength(12);
    expect(r.stderr).toContain('10 dòng, 9 hồ sơ hợp lệ, 1 dòng lỗi');
  });
});
