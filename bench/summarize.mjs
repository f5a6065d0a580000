// Benchmark of summarize over a long stream (run `npx tsup` first, then `node bench/summarize.mjs`).
//
// Summarizes N synthetic dossiers (default 1,000,000; `node bench/summarize.mjs 200000`) from an
// async generator — a third with deadlines the library computes from acceptedAt + period, the
// rest with deadlines given (epoch ms or ISO strings), one in a thousand invalid — and prints the time per dossier and the
// memory used: heapUsed sampled every 10,000 dossiers, and the peak rss. The memory must not grow
// with N: summarize never collects its input.
//
// VN_WORKTIME_DIST=/path/to/index.js runs it against another build of the package.
import { pathToFileURL } from 'node:url';

const entry = process.env.VN_WORKTIME_DIST ? pathToFileURL(process.env.VN_WORKTIME_DIST).href : '../dist/index.js';
const { WorkingCalendar, summarize } = await import(entry);
if (typeof summarize !== 'function') {
  console.error(`summarize is not exported by ${entry}: build with \`npx tsup\` once src/index.ts re-exports ./tthc/index.js`);
  process.exit(1);
}

const N = Number(process.argv[2] ?? 1_000_000);
const H = [['07:00', '11:30'], ['13:30', '17:00']];
// The civil-service calendar of 2025–2026 (official days off and worked Saturdays), written out.
const calendar = WorkingCalendar.create({
  week: { mon: H, tue: H, wed: H, thu: H, fri: H },
  holidays: [
    '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30',
    '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
    '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27',
    '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
  ],
  workdays: ['2025-04-26', '2026-01-10', '2026-08-22'],
});

const CHANNELS = ['online', 'direct', 'postal'];
const START = Date.UTC(2025, 0, 2, 1); // 2025-01-02 08:00 in Vietnam
const STEP = Math.floor((600 * 86_400_000) / N); // acceptances spread over 600 days
const DAY = 86_400_000;

let heapPeak = 0;
let heapSamples = 0;
let heapSum = 0;
function sample() {
  const heap = process.memoryUsage().heapUsed;
  heapPeak = Math.max(heapPeak, heap);
  heapSum += heap;
  heapSamples++;
}

/** N dossiers, made one at a time. */
async function* dossiers(n, sampling) {
  for (let i = 0; i < n; i++) {
    if (sampling && i % 10_000 === 0) sample();
    const acceptedAt = START + i * STEP;
    const channel = CHANNELS[i % 3];
    const done = (i * 7919) % 23; // days to completion, 0–22
    const open = i % 11 === 0;
    if (i % 1000 === 999) yield { channel: 'fax', deadline: acceptedAt };
    else if (i % 3 === 0) {
      const period = i % 2 ? { workingDays: 1 + (i % 20) } : { workingHours: 4 + (i % 60) };
      yield open ? { channel, acceptedAt, period } : { channel, acceptedAt, period, completedAt: acceptedAt + done * DAY };
    } else {
      const ms = acceptedAt + (5 + (i % 10)) * DAY;
      // Half as epoch ms, half as ISO strings with an offset (as read from JSON).
      const deadline = i % 3 === 1 ? ms : new Date(ms).toISOString();
      yield open ? { channel, deadline } : { channel, deadline, completedAt: acceptedAt + done * DAY };
    }
  }
}

const now = START + 600 * DAY;

// Warm-up, then the cost of the generator alone, then summarize.
await summarize(dossiers(50_000, false), { now, calendar });
globalThis.gc?.();

let t = performance.now();
let count = 0;
for await (const d of dossiers(N, false)) if (d) count++;
const generatorMs = performance.now() - t;

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
t = performance.now();
const summary = await summarize(dossiers(N, true), { now, calendar });
const totalMs = performance.now() - t;
sample();
const rssAfter = process.memoryUsage().rss;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const us = (ms) => `${((ms * 1000) / N).toFixed(2)} µs`;
console.log(`summarize: ${N.toLocaleString('en-US')} dossiers from an async generator (Node ${process.version})`);
console.log(`  total          ${(totalMs / 1000).toFixed(2)} s  (${us(totalMs)} per dossier)`);
console.log(`  generator only ${(generatorMs / 1000).toFixed(2)} s  (${us(generatorMs)} per dossier; ${count.toLocaleString('en-US')} items)`);
console.log(`  summarize only ~${us(totalMs - generatorMs)} per dossier`);
console.log(`  heapUsed       before ${mb(heapBefore)}, mean ${mb(heapSum / heapSamples)}, peak ${mb(heapPeak)} (${heapSamples} samples)`);
console.log(`  rss            before ${mb(rssBefore)}, after ${mb(rssAfter)}`);
console.log(`  counts         total ${summary.total}, invalid ${summary.invalid.length}, ${JSON.stringify(summary.byStatus)}`);
console.log(`  rates          late ${summary.lateRate?.toFixed(4)}, on time ${summary.onTimeRate?.toFixed(4)}`);
