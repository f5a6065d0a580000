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
