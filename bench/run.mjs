// Benchmarks of vn-worktime (run with `npm run bench`, which builds first).
// Prints a table of medians and ops/s; `--markdown` also writes bench/RESULTS.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Bench } from 'tinybench';
import { WorkingCalendar } from '../dist/index.js';

const hours = [['07:00', '11:30'], ['13:30', '17:00']];
const calendar = WorkingCalendar.create({
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidays: [
    '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
    '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
  ],
  workdays: ['2026-01-10', '2026-08-22'],
});

// Start instants spread over 2026 (epoch ms), so no result is served from a warm branch only.
const starts = Array.from({ length: 1024 }, (_, i) => Date.UTC(2026, 0, 5, 2) + i * 7_919_000);
const days = starts.map((t) => new Date(t).toISOString().slice(0, 10));
let i = 0;
const next = () => starts[i++ & 1023];
const nextDay = () => days[i++ & 1023];
const H8 = 8 * 3_600_000;
const H2000 = 2000 * 3_600_000;
const YEARS5 = 5 * 365 * 86_400_000;

const bench = new Bench({ time: 500, warmupTime: 100 });
bench
  .add('addWorkingTime +8 h', () => calendar.addWorkingTime(next(), H8))
  .add('addWorkingTime +2,000 h', () => calendar.addWorkingTime(next(), H2000))
  .add('workingTimeBetween over 1 day', () => { const t = next(); return calendar.workingTimeBetween(t, t + 86_400_000); })
  .add('workingTimeBetween over 5 years', () => { const t = next(); return calendar.workingTimeBetween(t, t + YEARS5); })
  .add('addWorkingDays +10', () => calendar.addWorkingDays(nextDay(), 10))
  .add('isWorkingTime', () => calendar.isWorkingTime(next()));

await bench.run();

const rows = bench.tasks.map((task) => {
  const r = task.result;
  const medianMs = r.latency?.p50 ?? r.median ?? r.mean;
  return { name: task.name, medianUs: medianMs * 1000, ops: 1000 / (r.latency?.mean ?? r.mean) };
});
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `Node ${process.version}, ${cpu}, ${os.cpus().length} cores`;
const table = [
  '| operation | median (µs) | ops/s |',
  '|---|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${r.medianUs.toFixed(2)} | ${Math.round(r.ops).toLocaleString('en-US')} |`),
].join('\n');
console.log(header);
console.log(table);
if (process.argv.includes('--markdown')) {
  writeFileSync(new URL('./RESULTS.md', import.meta.url), `# Benchmark results\n\n${header}\n\n${table}\n`);
  console.log('wrote bench/RESULTS.md');
}
