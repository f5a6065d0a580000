// The engine's own figures (issue 16), measured by bench/run.mjs: a plain-JS reference (binary
// search over precomputed working periods, epoch milliseconds in and out) to hold calendar.epoch
// and the DateTime methods against, and the first query over 1000–9999 of a fresh process.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The reference: the periods of `calendar` between `from` and `to` (epoch ms) with the working
 * time before each, and `add(t, ms)` for `ms > 0` by two binary searches.
 */
export function plainReference(calendar, from, to) {
  const periods = calendar.workingPeriods(from, to);
  const n = periods.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const before = new Float64Array(n + 1);
  periods.forEach((p, i) => {
    starts[i] = p.start.toMillis();
    ends[i] = p.end.toMillis();
    before[i + 1] = before[i] + ends[i] - starts[i];
  });
  return function add(t, ms) {
    // Position of t: the last period starting before it.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    const at = i < 0 ? 0 : before[i] + Math.min(t, ends[i]) - starts[i];
    const target = at + ms;
    // The first period whose end reaches the target.
    lo = 0;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before[mid + 1] >= target) hi = mid;
      else lo = mid + 1;
    }
    return starts[lo] + target - before[lo];
  };
}

/** The first workingTimeBetween over 1000-01-01 … 9999-12-31 of a fresh process, in `zone`. */
export function firstQuery(zone) {
  const script = fileURLToPath(new URL('./engineChild.mjs', import.meta.url));
  return JSON.parse(execFileSync(process.execPath, [script, zone], { encoding: 'utf8' }));
}

/**
 * The ratio of the cost of `a` to that of `b`, measured in alternating rounds (a batch of `a`,
 * then a batch of `b`) and given as the median of the per-round ratios: on a shared machine the
 * load changes between rows measured seconds apart, much less between two adjacent batches.
 */
export function pairedRatio(a, b, { rounds = 41, batch = 20_000 } = {}) {
  let sink = 0;
  const time = (fn) => {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink += fn(i) ? 1 : 0;
    return performance.now() - t0;
  };
  for (let r = 0; r < 3; r++) sink += time(a) + time(b); // warm-up
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    // Which of the two goes first alternates too.
    const first = r % 2 === 0 ? time(a) : time(b);
    const second = r % 2 === 0 ? time(b) : time(a);
    ratios.push(r % 2 === 0 ? first / second : second / first);
  }
  ratios.sort((x, y) => x - y);
  return { ratio: ratios[Math.floor(rounds / 2)], low: ratios[Math.floor(rounds / 4)], high: ratios[Math.floor((3 * rounds) / 4)], sink };
}
