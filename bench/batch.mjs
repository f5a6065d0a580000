// `node bench/batch.mjs [rows] [bigRows]`: `vn-worktime batch` against `summarize()` on
// the same dossiers, in one run. Prints one JSON object on stdout.
//
// What is compared is the CPU cost of a dossier on each side, measured the way the other targets
// of bench/run.mjs compare two operations on a shared machine: in **alternating rounds in one
// process**, so that the load of the machine enters both sides alike, and the median of the rounds'
// ratios.
// - rows (default 40,000) dossiers are written to a CSV file (id, channel, acceptedAt, workingDays,
//   completedAt; 1 in 11 still open; acceptances over 1,200 days from 2025-01-02, so into years
//   whose schedule is provisional) and kept as objects for summarize().
// - batch is the command itself: the built CLI's `run` (src/cli/run.ts, bundled by tsup as the bin
//   is, into node_modules/.cache) called in this process with `batch <file> --now … --output
//   ndjson`, its output thrown away as /dev/null would. Its cost includes reading the file,
//   decoding and splitting the CSV text, evaluating and writing each line.
// - summarize() is the package's own (dist/index.js) over the same dossiers as objects built before
//   the rounds (the same `now` and calendar).
// - Each round times both (CPU time, user + system, of this process), in turns (batch first in even
//   rounds, summarize first in odd ones). Warm-up rounds come first (both sides' code compiled,
//   their calendars built); the cost of a call on an empty input (the command's start, the summary)
//   is subtracted from each side. The collector's work falls where it falls, on both sides alike
//   (a full collection forced before each call, with `--expose-gc`, left its sweeping to the call
//   that followed: 10 ms on an empty file).
// Run in separate processes instead (a fresh process per file, the difference of two sizes), CPU
// times of identical runs varied by up to 2× on a shared 2-core machine, and a stretch of load fell
// on one side only: the ratio ranged from 2.0 to 5.1 between runs of the same build.
// - bigRows (default 2,000,000) rows go through `batch` (the bin, in a child process) with a 96 MB
//   heap limit (--max-old-space-size=96): it finishes only if memory does not grow with the input.
//   One row in 97 is hostile (an unknown channel, an instant past JavaScript's date limit, an
//   unclosed quote followed by good rows, a cell that would run as a formula, an over-long field):
//   the NDJSON output is counted as it streams, and every input row must come out as one row, with
//   the summary last.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsup';

const ROWS = Number(process.argv[2] ?? 40_000);
const BIG = Number(process.argv[3] ?? 2_000_000);
/** Timed rounds (an odd number: the median is one of them), after the warm-up ones. */
const ROUNDS = 31;
const WARMUP = 4;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const { summarize } = await import('../dist/index.js');
const NOW = '2026-12-31T17:00';
const CHANNELS = ['online', 'direct', 'postal'];
const START = Date.UTC(2025, 0, 2, 1);
const wall = (ms) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);

/** `n` rows, one every `1,200 days / n` from 2025-01-02. */
function rowsOf(n) {
  const step = Math.floor((1200 * 86_400_000) / n);
  const out = [];
  for (let i = 0; i < n; i++) {
    const accepted = START + i * step;
    const open = i % 11 === 0;
    out.push({ id: `HS-${i}`, channel: CHANNELS[i % 3], acceptedAt: wall(accepted), workingDays: 1 + (i % 20), completedAt: open ? '' : wall(accepted + ((i * 7919) % 23) * 86_400_000) });
  }
  return out;
}

function csv(rows) {
  return `id,channel,acceptedAt,workingDays,completedAt\n${rows.map((r) => `${r.id},${r.channel},${r.acceptedAt},${r.workingDays},${r.completedAt}`).join('\n')}\n`;
}

/** One hostile row in place of a plain one; the unclosed quote costs its line only (the next rows are read on their own). */
const HOSTILE = [
  (i) => `HS-${i},fax,2026-03-10,1,`,
  (i) => `HS-${i},online,+275760-09-13T00:00,1,`,
  (i) => `"HS-${i},online,2026-03-10T08:00,1,`,
  (i) => `=HYPERLINK("x"),online,2026-03-10T08:00,1,`,
  (i) => `HS-${i},online,2026-03-10T08:00,${'9'.repeat(5000)},`,
];

/** Writes `n` rows (a hostile one in 97) as a stream; returns how many records they are. */
async function writeBig(path, n) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  await write('id,channel,acceptedAt,workingDays,completedAt\n');
  const step = Math.floor((600 * 86_400_000) / n);
  let lines = '';
  for (let i = 0; i < n; i++) {
    const accepted = START + i * step;
    lines += i % 97 === 5 ? `${HOSTILE[(i / 97) % HOSTILE.length | 0](i)}\n` : `HS-${i},${CHANNELS[i % 3]},${wall(accepted)},${1 + (i % 20)},${i % 11 === 0 ? '' : wall(accepted + ((i * 7919) % 23) * 86_400_000)}\n`;
    if (lines.length > 1 << 16) {
      await write(lines);
      lines = '';
    }
  }
  await write(lines);
  await new Promise((resolve) => out.end(resolve));
  return n;
}

/** Runs `batch` and counts its NDJSON rows as they stream, keeping only the last line (the summary). */
function countOutput(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let newlines = 0;
    let tail = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) newlines++;
      tail = (tail + chunk).slice(-4096);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4096)));
    child.on('close', (status) => {
      const last = tail.trimEnd().split('\n').pop() ?? '';
      let summary;
      try {
        summary = JSON.parse(last).summary;
      } catch {
        summary = undefined;
      }
      resolve({ status, rows: newlines - 1, summary, stderr });
    });
  });
}

const dossiersOf = (list) => list.map((r) => ({ id: r.id, channel: r.channel, acceptedAt: r.acceptedAt, period: { workingDays: r.workingDays }, ...(r.completedAt ? { completedAt: r.completedAt } : {}) }));

/** The command's `run`, bundled from src/cli/run.ts with the bin's options (tsup.config.ts), where `luxon` resolves. */
async function commandRun() {
  const outDir = join(root, 'node_modules/.cache/vn-worktime-bench');
  mkdirSync(outDir, { recursive: true });
  await build({ config: false, entry: { run: join(root, 'src/cli/run.ts') }, outDir, format: ['esm'], target: 'node20', external: ['luxon', 'fast-check'], treeshake: true, sourcemap: false, dts: false, splitting: false, clean: false, silent: true, outExtension: () => ({ js: '.mjs' }) });
  return (await import(pathToFileURL(join(outDir, 'run.mjs')).href)).run;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-bench-'));
try {
  const run = await commandRun();
  const rows = rowsOf(ROWS);
  const file = join(dir, 'rows.csv');
  const empty = join(dir, 'empty.csv');
  writeFileSync(file, csv(rows));
  writeFileSync(empty, 'id,channel,acceptedAt,workingDays,completedAt\n');
  const dossiers = dossiersOf(rows);
  // The command's output thrown away (as to /dev/null); what it writes to stderr kept, to be shown.
  let stderr = '';
  const io = {
    stdout: { write: () => true },
    stderr: { write: (chunk) => ((stderr += String(chunk)), true) },
    stdin: (async function* () {})(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: {},
  };
  const timeBatch = async (path) => {
    const t = cpuMs();
    const status = await run(['batch', path, '--now', NOW, '--output', 'ndjson'], io);
    const ms = cpuMs() - t;
    if (status !== 0) throw new Error(`batch exited with ${status}: ${stderr.slice(0, 300)}`);
    return ms;
  };
  const timeSummarize = async (list) => {
    const t = cpuMs();
    const summary = await summarize(list, { now: NOW });
    const ms = cpuMs() - t;
    if (summary.total !== list.length) throw new Error(`summarize counted ${summary.total} of ${list.length}`);
    return ms;
  };
  const batchMs = [];
  const summarizeMs = [];
  const ratios = [];
  const emptyBatch = [];
  const emptySummarize = [];
  for (let k = 0; k < WARMUP + ROUNDS; k++) {
    emptyBatch.push(await timeBatch(empty));
    emptySummarize.push(await timeSummarize([]));
    let b;
    let s;
    if (k % 2 === 0) {
      b = await timeBatch(file);
      s = await timeSummarize(dossiers);
    } else {
      s = await timeSummarize(dossiers);
      b = await timeBatch(file);
    }
    if (k < WARMUP) continue;
    batchMs.push(b);
    summarizeMs.push(s);
  }
  const batchBase = median(emptyBatch.slice(WARMUP));
  const summarizeBase = median(emptySummarize.slice(WARMUP));
  for (let k = 0; k < ROUNDS; k++) ratios.push((batchMs[k] - batchBase) / (summarizeMs[k] - summarizeBase));
  const batchRow = (median(batchMs) - batchBase) / ROWS;
  const summarizeRecord = (median(summarizeMs) - summarizeBase) / ROWS;
  const sorted = [...ratios].sort((a, b) => a - b);

  const big = join(dir, 'big.csv');
  const bigRecords = await writeBig(big, BIG);
  const t = performance.now();
  const bounded = await countOutput(['--max-old-space-size=96', cli, 'batch', big, '--now', NOW, '--output', 'ndjson']);
  const bigMs = performance.now() - t;
  const accounted = bounded.status <= 1 && bounded.rows === bigRecords && bounded.summary?.rows === bigRecords && bounded.summary.total + bounded.summary.invalid === bigRecords;
  console.log(
    JSON.stringify({
      rows: ROWS,
      batchRowsPerSecond: 1000 / batchRow,
      summarizeRecordsPerSecond: 1000 / summarizeRecord,
      ratio: median(ratios),
      ratioQuartiles: [sorted[Math.floor((ROUNDS - 1) / 4)], sorted[Math.ceil((3 * (ROUNDS - 1)) / 4)]],
      ratioOfMedians: batchRow / summarizeRecord,
      rounds: ROUNDS,
      emptyMs: { batch: batchBase, summarize: summarizeBase },
      bigRows: bigRecords,
      bigOk: accounted,
      bigInvalid: bounded.summary?.invalid,
      bigMs,
      bigError: accounted ? undefined : (bounded.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${bounded.status}, ${bounded.rows} rows written of ${bigRecords}`),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
