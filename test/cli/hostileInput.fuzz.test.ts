/**
 * Fuzzing of the command line through `run(argv, io)`: any argv built from the commands, their
 * options and hostile strings, and any standard input, must end in exit status 0, 1 (invalid
 * data) or 2 (usage error), never 70 (an internal error, i.e. a bug) nor a rejected promise, and
 * within 2 s. With `--json` and status 0, standard output is JSON (NDJSON for `batch`).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { officialSchedule } from '../../src/vietnam/index.js';
import { HANG_MS, RUNS } from '../support/fuzzHarness.js';
import { NEAR_MISS_STRINGS } from '../support/fuzzValues.js';

const COMMANDS = ['intake', 'deadline', 'status', 'add', 'between', 'workdays', 'holidays', 'schedule', 'lunar', 'solar', 'batch', 'help'];
const OPTIONS = [
  '--now', '--days', '--hours', '--pause', '--extend', '--grace', '--limit', '--lang', '--json', '--office-hours',
  '--saturday', '--zone', '--schedule', '--calendar', '--format', '--output', '--leap', '--help', '-h', '--version',
  '-V', '--', '-', '--lang=en', '--lang=fr', '--json=1', '--days=', '--hours=-1', '--now=now', '--format=csv',
  '--output=ndjson', '--zone=America/New_York', '--office-hours=07:00-11:30,13:30-17:00', '--saturday=07:30-11:30',
  '--unknown', '-x', '---', '--=', '--NOW',
];

/** Files in the working folder of every run (relative names; nothing outside it is read). */
const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-fuzz-'));
mkdirSync(join(dir, 'folder.json'));
const FILES: Record<string, string> = {
  'cal.json': JSON.stringify({ week: { mon: [['07:00', '17:00']] }, holidays: ['2026-03-16'] }),
  'bad-cal.json': JSON.stringify({ week: { mon: [['07:00', '25:00']] } }),
  'not-json.json': '{ week: ',
  'empty.json': '',
  'null.json': 'null',
  'deep.json': `${'['.repeat(5000)}${']'.repeat(5000)}`,
  'sched.json': JSON.stringify({ ...officialSchedule(2026), year: 2026 }),
  'sched-array.json': JSON.stringify([officialSchedule(2026), officialSchedule(2026)]),
  'decision.json': JSON.stringify({ year: 2027, sources: ['x'], tet: { days: ['2027-02-05'], source: 'x' } }),
  'in.csv': 'id,channel,deadline,acceptedAt,workingDays,completedAt\na,online,2026-03-20T17:00,,,2026-03-19T09:00\nb,direct,,2026-03-10T09:00,3,\nc,fax,2026-02-30,,,\n',
  'in.ndjson': '{"id":"a","channel":"online","deadline":"2026-03-20T17:00"}\n{"channel":"postal","acceptedAt":"2026-03-10T09:00","period":{"workingHours":8}}\nnot json\n[]\nnull\n',
  'bom.csv': '\uFEFFid,channel,deadline\n"a,b",online,"2026-03-20T17:00"\n"unterminated,online,2026\n',
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALUES = [
  ...NEAR_MISS_STRINGS.filter((s) => s.length < 1000),
  ...Object.keys(FILES),
  'folder.json',
  'missing.json',
  '2026-03-13T20:00',
  '2026-03-13',
  '15',
  '2026-03-03T09:00..2026-03-05T09:00',
  '2026-03-05T09:00..2026-03-03T09:00',
  '..',
  '2d:lý do',
  '4h:reason',
  '4h',
  ':',
  '10/3/2026',
  '10/3/2026:leap',
  'csv',
  'ndjson',
  'vi',
  'en',
  '8',
  '0.5',
  '4h30m',
  '1e9',
  '9'.repeat(400),
  '-',
];

/** A real argv never holds a NUL (C strings end there; Node's spawn refuses them). */
const noNul = (s: string): boolean => !s.includes('\u0000');

const tokenArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 4, arbitrary: fc.constantFrom(...OPTIONS) },
  { weight: 6, arbitrary: fc.constantFrom(...VALUES.filter(noNul)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).filter(noNul) },
);
const argvArb = fc.oneof(
  fc.array(tokenArb, { maxLength: 8 }),
  fc.tuple(fc.constantFrom(...COMMANDS), fc.array(tokenArb, { maxLength: 7 })).map(([c, rest]) => [c, ...rest]),
);

/** Standard input: text (CSV or NDJSON-ish, or anything), in chunks, sometimes split inside a character. */
const stdinArb = fc.oneof(
  fc.constant<Array<string | Uint8Array>>([]),
  fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 4 }),
  fc.constantFrom(FILES['in.csv'] as string, FILES['in.ndjson'] as string, FILES['bom.csv'] as string).chain((text) =>
    fc.integer({ min: 0, max: Buffer.byteLength(text) }).map((cut) => {
      const bytes = Buffer.from(text);
      return [bytes.subarray(0, cut), bytes.subarray(cut)];
    }),
  ),
);

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

async function runOnce(argv: string[], stdin: Array<string | Uint8Array>): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) },
    stderr: { write: (s) => ((stderr += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) },
    stdin: (async function* chunks() {
      yield* stdin;
    })(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: stdin.length === 0,
    env: {},
    now: () => new Date('2026-03-13T13:00:00Z'),
    cwd: dir,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

describe('fuzz: command line', () => {
  it('any argv and stdin: status 0, 1 or 2, never an internal error, never a hang', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, stdinArb, async (argv, stdin) => {
        const started = performance.now();
        const { status, stdout, stderr } = await runOnce(argv, stdin);
        const took = performance.now() - started;
        expect(took, `vn-worktime ${JSON.stringify(argv)} took ${Math.round(took)} ms`).toBeLessThan(HANG_MS);
        expect([0, 1, 2], `status ${status} for ${JSON.stringify(argv)}: ${stderr}`).toContain(status);
        // A failure says why on stderr (no argv at all prints the help there).
        if (status !== 0) expect(stderr, 'a failure says why on stderr').toMatch(argv.length === 0 ? /vn-worktime/ : /^vn-worktime: [A-Z_]+: /);
        const [command] = argv;
        const json = argv.includes('--json') && !argv.includes('--') && status === 0 && command !== undefined && COMMANDS.includes(command);
        if (json && command !== 'batch' && command !== 'help' && !argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V')) {
          expect(() => JSON.parse(stdout), `--json output of ${JSON.stringify(argv)}`).not.toThrow();
        }
      }),
      { numRuns: RUNS * 8 },
    );
  });

  it('every command with valid-looking arguments and one hostile token', async () => {
    const valid: Record<string, string[]> = {
      intake: ['2026-03-13T20:00'],
      deadline: ['2026-03-10T09:00', '--days', '15', '--pause', '2026-03-11T09:00..2026-03-12T09:00', '--extend', '2d:lý do'],
      status: ['2026-03-20T17:00', '--now', '2026-03-19T09:00'],
      add: ['2026-03-13T16:45', '8h'],
      between: ['2026-03-13T16:45', '2026-03-20T09:00'],
      workdays: ['2026-03-13', '2026-04-30'],
      holidays: ['2026'],
      schedule: ['2026'],
      lunar: ['2026-02-17'],
      solar: ['10/3/2026'],
      batch: ['in.csv', '--now', '2026-03-19T09:00'],
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), fc.nat(), tokenArb, fc.boolean(), async (command, at, token, json) => {
        const args = [...(valid[command] as string[])];
        args[at % args.length] = token;
        const argv = [command, ...args, ...(json ? ['--json'] : [])];
        const started = performance.now();
        const { status, stderr } = await runOnce(argv, []);
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        expect([0, 1, 2], `status ${status} for ${JSON.stringify(argv)}: ${stderr}`).toContain(status);
      }),
      { numRuns: RUNS * 8 },
    );
  });
});
