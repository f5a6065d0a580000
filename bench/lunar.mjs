// Benchmark of vn-worktime/lunar: toLunar and fromLunar after warm-up, over random dates of the
// whole range 1900–2199. Run after a build (`npx tsup`): `node bench/lunar.mjs`.
// Each sample times a batch of 1,000 calls, so the timer's own cost does not swamp a sub-µs call.
import { Bench } from 'tinybench';
import { fromLunar, lunarYear, toLunar } from '../dist/lunar/index.js';
import { random } from './random.mjs';

const BATCH = 1000;
const FIRST = Date.UTC(1900, 0, 1);
const DAYS = 109_572; // 1900-01-01 … 2199-12-31

const dates = Array.from({ length: 4096 }, () => new Date(FIRST + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10));
const lunars = dates.map((d) => toLunar(d));
const years = Array.from({ length: 4096 }, () => 1900 + Math.floor(random() * 300));

let i = 0;
let sink = 0;
const bench = new Bench({ time: 500, warmupTime: 200 });
bench
  .add('toLunar(YYYY-MM-DD)', () => {
    for (let n = 0; n < BATCH; n += 1) sink += toLunar(dates[i++ & 4095]).day;
  })
  .add('fromLunar(LunarDate)', () => {
    for (let n = 0; n < BATCH; n += 1) sink += fromLunar(lunars[i++ & 4095]).length;
  })
  .add('lunarYear(year)', () => {
    for (let n = 0; n < BATCH; n += 1) sink += lunarYear(years[i++ & 4095]).leapMonth;
  });

await bench.run();

console.log(`Node ${process.version}; per call, median of batches of ${BATCH} (after warm-up, cache filled)`);
for (const task of bench.tasks) {
  const r = task.result;
  const medianMs = r.latency?.p50 ?? r.median ?? r.mean;
  console.log(`${task.name.padEnd(24)} ${((medianMs * 1e6) / BATCH).toFixed(0).padStart(6)} ns`);
}
if (sink === 0.5) console.log(sink); // keep the results alive
