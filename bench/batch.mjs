// `node bench/batch.mjs [rows] [bigRows]`: `vn-worktime batch` against `summarize()` on the same
// dossiers, in one run. Prints one JSON object on stdout.
//
// What is compared is the marginal CPU cost of one more dossier on each side, measured the same way:
// - rows (default 200,000) dossiers are written to a CSV file (id, channel, acceptedAt,
//   workingDays, completedAt; 1 in 11 still open), and to another the same followed by as many more
//   (no cache serves them). `batch` (the built CLI, a fresh process each time, `--now` and the
//   default civil-service calendar) reads each file and writes NDJSON to /dev/null: its cost per row
//   is the difference of the two runs over `rows`, so it includes reading the CSV text, evaluating
//   and writing the output line, while the process start, the calendar and the compilation of the
//   code cancel out.
// - summarize() runs the same way, a fresh process each time, over the same two lists of dossiers
//   as objects built before it is timed and a full collection (`--expose-gc`: the collector's work
//   on that list is not summarize's) before the clock starts (the same `now` and calendar): its cost per record is the
//   difference of the two calls over `rows`, i.e. over the very dossiers batch's difference is made
//   of (the later half costs more to evaluate than the first: it runs into provisional years and
//   open dossiers), with the compilation of the code cancelled out as for batch. (Timed in this
//   process instead, over lists held together in one heap, its figure swung by 2× between runs with
//   where the collector's major cycles fell.)
// Costs are CPU time (user + system), each process reading its own (a child at its exit), not wall
// time: other processes on the machine take wall time, not (much) CPU time. The runs are made in
// rounds — batch once, batch twice, summarize once, summarize twice — so that a stretch of load
// falls on both sides of a round alike; `ratio` is the median of the rounds' ratios (`ratioQuartiles`
// their spread), the rows/s figures the medians of each side's differences.
// - bigRows (default 2,000,000) rows go through `batch` with a 96 MB heap limit
//   (--max-old-space-size=96): it finishes only if memory does not grow with the input. One row in
//   97 is hostile (an unknown channel, an instant past JavaScript's date limit, an unclosed quote
//   followed by good rows, a cell that would run as a formula, an over-long field): the NDJSON
//   output is counted as it streams, and every input row must come out as one row, with the
//   summary last.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `--summarize <rows> <1|2>`: this file run as the child that times summarize() (see below). */
const CHILD = process.argv[2] === '--summarize';
const ROWS = Number(process.argv[CHILD ? 3 : 2] ?? 200_000);
const BIG = Number(process.argv[3] ?? 2_000_000);
/** Rounds of the four runs (an odd number: the median is one of them; the CPU time of identical runs varies by a third on a shared machine). */
const ROUNDS = 11;
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const CPU_PRELOAD = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));
const { summarize } = await import('../dist/index.js');
const NOW = '2026-12-31T17:00';
const CHANNELS = ['online', 'direct', 'postal'];
const START = Date.UTC(2025, 0, 2, 1);
const wall = (ms) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);

/** `n` rows, one every `600 days / per` from 2025-01-02 (so `rowsOf(2 * N, N)` goes on where `rowsOf(N)` ends). */
function rowsOf(n, per = n) {
  const step = Math.floor((600 * 86_400_000) / per);
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

if (CHILD) {
  // The dossiers once or twice over, as objects (not timed), then summarize() over them: its CPU
  // time (user + system), on stdout.
  const dossiers = dossiersOf(process.argv[4] === '2' ? rowsOf(2 * ROWS, ROWS) : rowsOf(ROWS));
  // The collector's work on the list just built (not summarize's) is done before the clock starts.
  globalThis.gc?.();
  const t = process.cpuUsage();
  await summarize(dossiers, { now: NOW });
  const d = process.cpuUsage(t);
  console.log((d.user + d.system) / 1000);
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'vn-worktime-bench-'));
try {
  const rows = rowsOf(ROWS);
  const more = rowsOf(2 * ROWS, ROWS); // the same rows, then as many others after them (no cache serves them)
  const file = join(dir, 'rows.csv');
  const empty = join(dir, 'empty.csv');
  const twice = join(dir, 'twice.csv');
  writeFileSync(file, csv(rows));
  writeFileSync(twice, csv(more));
  writeFileSync(empty, 'id,channel,acceptedAt,workingDays,completedAt\n');
  // Costs are CPU time (user + system), read by the child itself at exit: on a shared machine the
  // wall clock of a child and of this process would carry different shares of the other load.
  const run = (path) => {
    const r = spawnSync(process.execPath, ['--require', CPU_PRELOAD, cli, 'batch', path, '--now', NOW, '--output', 'ndjson'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const m = /CPU_MS (\d+(?:\.\d+)?)/.exec(r.stderr);
    if (m === null) throw new Error(`batch gave no CPU time: ${r.stderr.slice(0, 200)}`);
    return Number(m[1]);
  };
  const cpu = (size) => Number(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--summarize', String(ROWS), String(size)], { encoding: 'utf8' }));
  run(empty); // warm the file cache
  const base = median([run(empty), run(empty), run(empty)]);
  const batchDiffs = [];
  const summarizeDiffs = [];
  const ratios = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t = { batchTwice: run(twice), batchOnce: run(file), summarizeTwice: cpu(2), summarizeOnce: cpu(1) };
    const b = t.batchTwice - t.batchOnce;
    const s = t.summarizeTwice - t.summarizeOnce;
    batchDiffs.push(b);
    summarizeDiffs.push(s);
    ratios.push(b / s);
  }
  const batchMs = median(batchDiffs);
  const summarizeMs = median(summarizeDiffs);
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
      batchRowsPerSecond: (ROWS / batchMs) * 1000,
      summarizeRecordsPerSecond: (ROWS / summarizeMs) * 1000,
      ratio: median(ratios),
      ratioQuartiles: [sorted[Math.floor((ROUNDS - 1) / 4)], sorted[Math.ceil((3 * (ROUNDS - 1)) / 4)]],
      ratioOfMedians: batchMs / summarizeMs,
      rounds: ROUNDS,
      startupMs: base,
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
