// Measurements that need a fresh process and `global.gc()`; spawned by run.mjs as
// `node --expose-gc bench/child.mjs <heap|summarize> [n]`. Prints one JSON object on stdout.
//
// heap:      the first civilServiceCalendar() call of the process (cold: it derives no year; a year's
//            schedule is derived and compiled when a query first needs it, every year at the first
//            query over a long span), the first query after it (its year, and Intl's start-up), and
//            the heap retained after n queries (isWorkingDay + addWorkingTime) at random instants
//            spread over 1900–2199 (the second query spans decades: every year is compiled then).
// summarize: summarize() over a generator of n dossiers, timed (median of runs), with the peak
//            heapUsed seen while it consumes the generator.
import { Bench } from 'tinybench';
import { random } from './random.mjs';

const [mode, nArg, runsArg] = process.argv.slice(2);
const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with --expose-gc');
const heapUsed = () => process.memoryUsage().heapUsed;
const settle = () => {
  gc();
  gc();
  return heapUsed();
};


async function heap(n) {
  const { civilServiceCalendar } = await import('../dist/vietnam/index.js');
  // Queries: random instants from 1900-01-02 to 2199-12-01 (so +8 h never leaves the range).
  const first = Date.UTC(1900, 0, 2);
  const last = Date.UTC(2199, 11, 1);
  const instants = new Float64Array(n);
  for (let i = 0; i < n; i++) instants[i] = Math.floor(first + random() * (last - first));
  const before = settle(); // the module is loaded; nothing has been derived yet
  const t0 = performance.now();
  const calendar = civilServiceCalendar();
  const createMs = performance.now() - t0;
  const afterCreate = settle();
  const t1 = performance.now();
  let working = 0;
  let firstQueryMs;
  for (let i = 0; i < n; i++) {
    const t = instants[i];
    if (calendar.isWorkingDay(new Date(t + 7 * 3_600_000).toISOString().slice(0, 10))) working++;
    calendar.addWorkingTime(t, { hours: 8 });
    if (i === 0) firstQueryMs = performance.now() - t1;
  }
  const queryMs = performance.now() - t1;
  const afterQueries = settle();
  globalThis.keep = calendar; // the calendar must still be alive at the last measurement
  return { createMs, firstQueryMs, queryMs, queries: n, working, before, createBytes: afterCreate - before, retainedBytes: afterQueries - before };
}

async function summarizeRun(n, runs) {
  const tthc = await import('../dist/tthc/index.js');
  if (typeof tthc.summarize !== 'function') throw new Error('dist/tthc has no summarize');
  const { civilServiceCalendar } = await import('../dist/vietnam/index.js');
  const calendar = civilServiceCalendar();
  const CHANNELS = ['online', 'direct', 'postal'];
  const start = Date.UTC(2024, 0, 1, -7); // 2024-01-01T00:00+07:00
  const minutes = (Date.UTC(2027, 0, 1, -7) - start) / 60_000;
  const now = Date.UTC(2026, 11, 31, 10); // 2026-12-31T17:00+07:00
  let peak = 0;
  // Fresh objects with their own instants (any minute of 2024–2026), as if read from a database
  // cursor; 10% carry a ready-made deadline instead of acceptedAt + period; 60% are completed.
  function* dossiers(count) {
    let x = 0x9e37_79b9;
    const rnd = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
    for (let i = 0; i < count; i++) {
      if ((i & 4095) === 0) peak = Math.max(peak, heapUsed());
      const acceptedAt = start + Math.floor(rnd() * minutes) * 60_000;
      const done = i % 5 < 3 ? acceptedAt + Math.floor(rnd() * 40 * 24 * 60) * 60_000 : undefined;
      const channel = CHANNELS[i % 3];
      if (i % 10 === 9) yield { id: `HS-${i}`, channel, deadline: acceptedAt + 15 * 86_400_000, completedAt: done };
      else yield { id: `HS-${i}`, channel, acceptedAt, period: { workingDays: 1 + (i % 20) }, completedAt: done };
    }
  }
  await tthc.summarize(dossiers(20_000), { now, calendar }); // warm-up
  // The cost of making the dossiers alone (best of 3), to tell it apart from summarize's.
  let generatorMs = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    let count = 0;
    for (const d of dossiers(n)) if (d.channel) count++;
    generatorMs = Math.min(generatorMs, performance.now() - t0);
    if (count !== n) throw new Error('generator');
  }
  const peaks = [];
  const retained = [];
  let sample;
  let base = 0;
  const bench = new Bench({ time: 0, iterations: runs, warmup: false });
  bench.add(
    'summarize',
    async () => {
      sample = await tthc.summarize(dossiers(n), { now, calendar });
    },
    {
      beforeEach() {
        base = settle();
        peak = base;
      },
      afterEach() {
        peak = Math.max(peak, heapUsed());
        peaks.push(peak - base);
        retained.push(settle() - base);
      },
    },
  );
  await bench.run();
  const r = bench.tasks[0].result;
  if (r.error) throw r.error;
  // A short view of the result, to show that every dossier was counted.
  const view = { total: sample?.total, invalid: sample?.invalid?.length, firstInvalid: sample?.invalid?.[0], byStatus: sample?.byStatus };
  return { n, runs: r.latency.samples.length, medianMs: r.latency.p50, samplesMs: r.latency.samples, generatorMs, peakBytes: Math.max(...peaks), retainedBytes: Math.max(...retained), base, view };
}

try {
  const out = mode === 'heap' ? await heap(Number(nArg ?? 100_000)) : await summarizeRun(Number(nArg ?? 1_000_000), Number(runsArg ?? 3));
  process.stdout.write(JSON.stringify(out));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error?.message ?? error) }));
}
