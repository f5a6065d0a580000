// Benchmarks of vn-worktime against its peers (issue 8). Run with `npm run bench`, which builds first;
// `node bench/run.mjs --markdown` also writes bench/RESULTS.md.
//
// One calendar for everyone: Monday–Friday 07:00–11:30 and 13:30–17:00, Asia/Ho_Chi_Minh, with the
// 2024–2026 civil-service days off (and, for vn-worktime only, the worked Saturdays: the peers
// cannot express them). Inputs rotate through precomputed rings (1,024 start instants over
// 2024–2026, 4,096 dates over 1900–2199) so no call is served from a single warm path.
//
// Each vn-worktime sample times a batch of calls (the timer would swamp a sub-µs call); peers are
// timed one call per sample with bounded sample counts, so the whole run stays well under 2 minutes.
// Medians are per call; ops/s is 1 / median. Fresh-process measurements (heap, the first
// civilServiceCalendar() call, summarize over 1,000,000 dossiers) run in child processes started
// with --expose-gc (bench/child.mjs).
import { HOLIDAYS, HOURS, Solar, WORKED_SATURDAYS, dayjs, holidaysVN, moment, openingHoursAdd } from './peers.mjs'; // first: sets TZ
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { WorkingCalendar } from '../dist/calendar/index.js';
import { fromLunar, lunarYear, toLunar } from '../dist/lunar/index.js';
import { random } from './random.mjs';
import { firstQuery, pairedRatio, plainReference } from './engine.mjs';

const MARKDOWN = process.argv.includes('--markdown');
const LOAD_AT_START = os.loadavg()[0];
const H = 3_600_000;
const DAY = 86_400_000;

// Optional entries: vietnam and tthc may not be built yet.
async function optional(path) {
  try {
    return await import(path);
  } catch {
    return {};
  }
}
const vietnam = await optional('../dist/vietnam/index.js');
const tthc = await optional('../dist/tthc/index.js');

const calendar = WorkingCalendar.create({
  zone: 'Asia/Ho_Chi_Minh',
  week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holidays: HOLIDAYS,
  workdays: WORKED_SATURDAYS,
});

// ---------------------------------------------------------------------------------------------
// Inputs

const RING = 1024;
const FROM = Date.UTC(2024, 0, 1, -7); // 2024-01-01T00:00+07:00
const TO = Date.UTC(2027, 0, 1, -7);
// Minute-aligned (dayjs-business-time counts whole minutes), at any hour of any day.
const starts = Array.from({ length: RING }, () => FROM + Math.floor(random() * ((TO - FROM) / 60_000)) * 60_000);
let ri = 0;
const nextIndex = () => ri++ & (RING - 1);
const next = () => starts[nextIndex()];

const ymd = (epoch) => new Date(epoch + 7 * H).toISOString().slice(0, 10); // the day in UTC+7
const startDays = starts.map(ymd);

const LUNAR_RING = 4096;
const L_FROM = Date.UTC(1900, 0, 1);
const L_DAYS = 109_572; // 1900-01-01 … 2199-12-31
const lunarDays = Array.from({ length: LUNAR_RING }, () => new Date(L_FROM + Math.floor(random() * L_DAYS) * DAY).toISOString().slice(0, 10));
const lunarYmd = lunarDays.map((d) => d.split('-').map(Number));
const lunarDates = lunarDays.map((d) => toLunar(d));
const lunarYears = Array.from({ length: LUNAR_RING }, () => 1900 + Math.floor(random() * 300));
let li = 0;

// Every day of 2024, 2025 and 2026; a sample sweeps one year, the next sample the next year.
const YEARS = [2024, 2025, 2026];
const yearDays = YEARS.map((y) => {
  const days = [];
  for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += DAY) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
});
let yi = 0;

let sink; // keeps results alive
const record = { m8: new Map(), d8: new Map(), m2000: new Map(), d2000: new Map(), mdiff: new Map(), oh8: new Map(), oh2000: new Map() };

// ---------------------------------------------------------------------------------------------
// Measurement

/** Per-task budgets (tinybench runs until both `time` ms and `iterations` samples are reached). */
const OURS = { batch: 1000, time: 400, iterations: 10, warmupTime: 150, warmupIterations: 5 };
const PEER = { batch: 1, time: 300, iterations: 10, warmupTime: 100, warmupIterations: 3 };
const SLOW = { batch: 1, time: 0, iterations: 7, warmupTime: 0, warmupIterations: 1 };

const progress = (s) => process.stderr.write(`${s}\n`);

async function measure(label, fn, opts) {
  const { batch, ...benchOpts } = opts;
  const bench = new Bench(benchOpts);
  bench.add(label, fn);
  await bench.run();
  const r = bench.tasks[0].result;
  if (r.error) throw r.error;
  const medianMs = r.latency.p50 / batch;
  progress(`  ${label.padEnd(58)} ${fmtTime(medianMs).padStart(10)}  (${r.latency.samples.length} × ${batch})`);
  return { medianMs, samples: r.latency.samples.length, batch };
}

/** Runs `fn` `batch` times per sample. */
const batched = (batch, call) => () => {
  for (let n = 0; n < batch; n++) sink = call();
};

function fmtTime(ms) {
  if (ms === undefined) return 'n/a';
  if (ms < 1e-3) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
const fmtInt = (x) => Math.round(x).toLocaleString('en-US');
const fmtOps = (ms) => (ms === undefined ? 'n/a' : fmtInt(1000 / ms));
const fmtRatio = (r) => (r >= 100 ? fmtInt(r) : r >= 10 ? r.toFixed(1) : r.toFixed(2));
const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Table groups: an operation, vn-worktime's result (undefined: not in dist), its peers' results, a note. */
const groups = [];
function group(op, ours, peers = [], note) {
  groups.push({ op, ours, peers, note });
}

progress(`vn-worktime benchmarks — Node ${process.version}`);

// ---------------------------------------------------------------------------------------------
// addWorkingTime

const ours8 = await measure('addWorkingTime +8 h — vn-worktime', batched(OURS.batch, () => calendar.addWorkingTime(next(), { hours: 8 })), OURS);
const m8 = await measure('addWorkingTime +8 h — moment-business-time', () => {
  const k = nextIndex();
  record.m8.set(k, moment(starts[k]).addWorkingTime(8, 'hours').valueOf());
}, PEER);
const d8 = await measure('addWorkingTime +8 h — dayjs-business-time', () => {
  const k = nextIndex();
  record.d8.set(k, dayjs(starts[k]).addBusinessTime(8, 'hours').valueOf());
}, PEER);
const oh8 = await measure('addWorkingTime +8 h — opening_hours iterator', () => {
  const k = nextIndex();
  record.oh8.set(k, openingHoursAdd(starts[k], 8 * H));
}, PEER);
group('addWorkingTime +8 h', ours8, [['moment-business-time', m8], ['dayjs-business-time', d8], ['opening_hours', oh8]]);

const ours2000 = await measure('addWorkingTime +2,000 h — vn-worktime', batched(OURS.batch, () => calendar.addWorkingTime(next(), { hours: 2000 })), OURS);
const m2000 = await measure('addWorkingTime +2,000 h — moment-business-time', () => {
  const k = nextIndex();
  record.m2000.set(k, moment(starts[k]).addWorkingTime(2000, 'hours').valueOf());
}, SLOW);
const d2000 = await measure('addWorkingTime +2,000 h — dayjs-business-time', () => {
  const k = nextIndex();
  record.d2000.set(k, dayjs(starts[k]).addBusinessTime(2000, 'hours').valueOf());
}, SLOW);
const oh2000 = await measure('addWorkingTime +2,000 h — opening_hours iterator', () => {
  const k = nextIndex();
  record.oh2000.set(k, openingHoursAdd(starts[k], 2000 * H));
}, SLOW);
group('addWorkingTime +2,000 h', ours2000, [['moment-business-time', m2000], ['dayjs-business-time', d2000], ['opening_hours', oh2000]]);

// ---------------------------------------------------------------------------------------------
// workingTimeBetween

const between = (span) => batched(OURS.batch, () => {
  const t = next();
  return calendar.workingTimeBetween(t, t + span);
});
const wtb1 = await measure('workingTimeBetween over 1 day — vn-worktime', between(DAY), OURS);
group('workingTimeBetween over 1 day', wtb1);
const wtb30 = await measure('workingTimeBetween over 30 days — vn-worktime', between(30 * DAY), OURS);
const mdiff = await measure('workingTimeBetween over 30 days — moment-business-time workingDiff', () => {
  const k = nextIndex();
  const t = starts[k];
  record.mdiff.set(k, moment(t + 30 * DAY).workingDiff(moment(t), 'milliseconds'));
}, PEER);
group('workingTimeBetween over 30 days', wtb30, [['moment-business-time', mdiff]]);
const wtb5y = await measure('workingTimeBetween over 5 years — vn-worktime', between(1826 * DAY), OURS);
group('workingTimeBetween over 5 years', wtb5y);

// ---------------------------------------------------------------------------------------------
// The engine (issue 16): calendar.epoch and the DateTime methods against a plain-JS reference,
// the cost of distance, and the first query over 1000–9999 of a fresh process.

const reference = plainReference(calendar, FROM - 40 * DAY, TO + 40 * DAY);
// The figures compared by a target are measured one right after the other, so that a change in
// the machine's load between distant rows does not enter the ratio.
const ref8 = await measure('addWorkingTime +8 h — plain-JS reference (epoch ms)', batched(OURS.batch, () => reference(next(), 8 * H)), OURS);
group('plain-JS reference: +8 h by binary search over precomputed periods, epoch ms', ref8, [], 'the yardstick of the targets');
const epoch8 = await measure('calendar.epoch.addWorkingTime +8 h — vn-worktime', batched(OURS.batch, () => calendar.epoch.addWorkingTime(next(), 8 * H)), OURS);
group('calendar.epoch.addWorkingTime +8 h', epoch8, [], `${fmtRatio(epoch8.medianMs / ref8.medianMs)}× the reference`);
const date8 = await measure('addWorkingTime +8 h, beside the reference — vn-worktime', batched(OURS.batch, () => calendar.addWorkingTime(next(), 8 * H)), OURS);
group('addWorkingTime +8 h (DateTime), measured beside the reference', date8, [], `${fmtRatio(date8.medianMs / ref8.medianMs)}× the reference`);
const ours100k = await measure('addWorkingTime +100,000 h — vn-worktime', batched(OURS.batch, () => calendar.addWorkingTime(next(), { hours: 100_000 })), OURS);
group('addWorkingTime +100,000 h', ours100k, [], `${fmtRatio(ours100k.medianMs / date8.medianMs)}× our +8 h`);
const epoch100k = await measure('calendar.epoch.addWorkingTime +100,000 h — vn-worktime', batched(OURS.batch, () => calendar.epoch.addWorkingTime(next(), 100_000 * H)), OURS);
group('calendar.epoch.addWorkingTime +100,000 h', epoch100k, [], `${fmtRatio(epoch100k.medianMs / epoch8.medianMs)}× epoch +8 h`);
const wtb1b = await measure('workingTimeBetween over 1 day, beside 400 years — vn-worktime', between(DAY), OURS);
const wtb400y = await measure('workingTimeBetween over 400 years — vn-worktime', between(146_097 * DAY), OURS);
group('workingTimeBetween over 400 years', wtb400y, [], `${fmtRatio(wtb400y.medianMs / wtb1b.medianMs)}× one day measured just before (${fmtTime(wtb1b.medianMs)})`);
const epochWtb = await measure('calendar.epoch.workingTimeBetween over 30 days — vn-worktime', batched(OURS.batch, () => {
  const t = next();
  return calendar.epoch.workingTimeBetween(t, t + 30 * DAY);
}), OURS);
group('calendar.epoch.workingTimeBetween over 30 days', epochWtb);
// The targets' ratios, each from alternating batches of its two operations (median of 41 rounds).
const at = (i) => starts[i & (RING - 1)];
const paired = {
  epoch: pairedRatio((i) => calendar.epoch.addWorkingTime(at(i), 8 * H), (i) => reference(at(i), 8 * H)),
  date: pairedRatio((i) => calendar.addWorkingTime(at(i), 8 * H), (i) => reference(at(i), 8 * H)),
  far: pairedRatio((i) => calendar.addWorkingTime(at(i), 100_000 * H), (i) => calendar.addWorkingTime(at(i), 8 * H)),
  farEpoch: pairedRatio((i) => calendar.epoch.addWorkingTime(at(i), 100_000 * H), (i) => calendar.epoch.addWorkingTime(at(i), 8 * H)),
  years: pairedRatio((i) => calendar.workingTimeBetween(at(i), at(i) + 146_097 * DAY), (i) => calendar.workingTimeBetween(at(i), at(i) + DAY)),
};
for (const [name, r] of Object.entries(paired)) progress(`  paired ratio ${name.padEnd(10)} ${r.ratio.toFixed(2)}× (quartiles ${r.low.toFixed(2)}–${r.high.toFixed(2)})`);
const firstQueries = ['Europe/Paris', 'Asia/Ho_Chi_Minh'].map((zone) => {
  try {
    const r = firstQuery(zone);
    progress(`  first workingTimeBetween 1000–9999, fresh process, ${zone.padEnd(17)} ${fmtTime(r.queryMs).padStart(10)}  (creation ${fmtTime(r.createMs)}, second query ${fmtTime(r.secondMs)})`);
    group(`first workingTimeBetween over 1000–9999 of a process, ${zone}`, { medianMs: r.queryMs, samples: 1, batch: 1 }, [], `second query ${fmtTime(r.secondMs)}`);
    return r;
  } catch (error) {
    return { zone, error: String(error.message ?? error).split('\n')[0] };
  }
});


// ---------------------------------------------------------------------------------------------
// isWorkingDay over a year

let ourCount = 0;
const wdYear = await measure('isWorkingDay, every day of a year — vn-worktime', () => {
  for (const d of yearDays[yi++ % 3]) if (calendar.isWorkingDay(d)) ourCount++;
}, { ...OURS, batch: 1 });
let peerCount = 0;
const hdYear = await measure('isHoliday, every day of a year — date-holidays', () => {
  for (const d of yearDays[yi++ % 3]) if (holidaysVN.isHoliday(d)) peerCount++;
}, { ...SLOW, iterations: 5 });
group('isWorkingDay, every day of a year (365/366 calls)', wdYear, [['date-holidays isHoliday', hdYear]]);

// ---------------------------------------------------------------------------------------------
// Lunar calendar

const lunarOurs = await measure('toLunar — vn-worktime', batched(OURS.batch, () => toLunar(lunarDays[li++ & (LUNAR_RING - 1)])), OURS);
const lunarPeer = await measure('toLunar — lunar-javascript Solar.fromYmd().getLunar()', () => {
  const [y, m, d] = lunarYmd[li++ & (LUNAR_RING - 1)];
  sink = Solar.fromYmd(y, m, d).getLunar().getDay();
}, PEER);
group('toLunar (dates over 1900–2199)', lunarOurs, [['lunar-javascript', lunarPeer]]);
group('fromLunar', await measure('fromLunar — vn-worktime', batched(OURS.batch, () => fromLunar(lunarDates[li++ & (LUNAR_RING - 1)])), OURS));
group('lunarYear', await measure('lunarYear — vn-worktime', batched(OURS.batch, () => lunarYear(lunarYears[li++ & (LUNAR_RING - 1)])), OURS));

// ---------------------------------------------------------------------------------------------
// Other calendar queries

group('addWorkingDays +10', await measure('addWorkingDays +10 — vn-worktime', batched(OURS.batch, () => calendar.addWorkingDays(startDays[nextIndex()], 10)), OURS));
group('isWorkingTime', await measure('isWorkingTime — vn-worktime', batched(OURS.batch, () => calendar.isWorkingTime(next())), OURS));

// ---------------------------------------------------------------------------------------------
// vietnam and tthc

const missing = [];
function need(mod, name, entry) {
  if (typeof mod[name] === 'function') return mod[name];
  missing.push(`${name} (dist/${entry})`);
  return undefined;
}
const civilServiceCalendar = need(vietnam, 'civilServiceCalendar', 'vietnam');
const intakeDeadline = need(tthc, 'intakeDeadline', 'tthc');
const sortByPriority = need(tthc, 'sortByPriority', 'tthc');
const processingDeadline = need(tthc, 'processingDeadline', 'tthc');
const summarize = need(tthc, 'summarize', 'tthc');

if (civilServiceCalendar) {
  // A fresh options object per call, with Saturday desk hours no earlier call used, defeats the
  // memo (16 entries): this is the creation of a calendar (options, week and zone checked, the
  // provisional years listed); a year's day rules are derived and compiled when a query first
  // needs that year. The cold first call is measured in a fresh process below.
  let k = 0;
  const create = await measure('civilServiceCalendar() creation (fresh options) — vn-worktime', () => {
    const minutes = 8 * 60 + (k++ % 480);
    const end = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    sink = civilServiceCalendar({ hours: HOURS, zone: 'Asia/Ho_Chi_Minh', saturday: [['07:00', end]] });
  }, { batch: 1, time: 0, iterations: 15, warmupTime: 0, warmupIterations: 3 });
  group('civilServiceCalendar() creation, memo defeated', create);
} else group('civilServiceCalendar() creation, memo defeated', undefined);

// ---------------------------------------------------------------------------------------------
// Fresh processes: heap of civilServiceCalendar over 1900–2199, summarize over 1,000,000 dossiers

function child(args) {
  const script = fileURLToPath(new URL('./child.mjs', import.meta.url));
  const t0 = performance.now();
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return { ...JSON.parse(out), wallMs: performance.now() - t0 };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

let heap;
if (civilServiceCalendar) {
  heap = child(['heap', '100000']);
  if (heap.error) progress(`  heap child failed: ${heap.error}`);
  else {
    progress(`  civilServiceCalendar() first call (fresh process)               ${fmtTime(heap.createMs).padStart(10)}  (first query after it ${fmtTime(heap.firstQueryMs)})`);
    progress(`  heap: ${fmtMB(heap.createBytes)} after creation, ${fmtMB(heap.retainedBytes)} after ${fmtInt(heap.queries)} queries`);
    group('civilServiceCalendar() first call of a process (cold)', { medianMs: heap.createMs, samples: 1, batch: 1 }, [], `first query after it (isWorkingDay + addWorkingTime +8 h): ${fmtTime(heap.firstQueryMs)}`);
  }
}


// Start-up (issue 17): the CLI in fresh processes, `--version` against `intake`, in this run
// (median of 7 each, interleaved); and the size of the lunar subpath (scripts/bundle-size.mjs).
let startup;
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (existsSync(CLI)) {
  const wallOf = (args) => {
    const t0 = performance.now();
    execFileSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    return performance.now() - t0;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const version = [];
  const intake = [];
  for (let i = 0; i < 7; i++) {
    version.push(wallOf(['--version']));
    intake.push(wallOf(['intake', '2026-03-13T20:00']));
  }
  startup = { version: median(version), intake: median(intake) };
  progress(`  CLI --version ${fmtTime(startup.version)}, intake ${fmtTime(startup.intake)} (wall, fresh process)`);
  group('CLI `vn-worktime --version`, fresh process (wall)', { medianMs: startup.version, samples: 7, batch: 1 });
  group('CLI `vn-worktime intake 2026-03-13T20:00`, fresh process (wall)', { medianMs: startup.intake, samples: 7, batch: 1 });
}
let lunarBundle;
try {
  const sizes = JSON.parse(execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/bundle-size.mjs', import.meta.url)), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  lunarBundle = sizes.find((x) => x.name.includes("'vn-worktime/lunar'"));
} catch {
  lunarBundle = undefined;
}

const CHANNELS = ['online', 'direct', 'postal'];
if (intakeDeadline) {
  group('intakeDeadline (default civil-service calendar)', await measure('intakeDeadline — vn-worktime', batched(100, () => intakeDeadline(next())), { ...OURS, batch: 100 }));
} else group('intakeDeadline', undefined);

if (processingDeadline) {
  let n = 0;
  group(
    'processingDeadline, 1–30 working days',
    await measure('processingDeadline — vn-worktime', batched(100, () => processingDeadline(next(), { workingDays: 1 + (n++ % 30) })), { ...OURS, batch: 100 }),
  );
} else group('processingDeadline', undefined);

if (sortByPriority) {
  const pad = (x) => String(x).padStart(2, '0');
  const wall = (e) => {
    const d = new Date(e + 7 * H);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
  };
  // Wall-clock strings (as read from a form or a JSON file), many ties of channel and minute.
  const items = Array.from({ length: 100_000 }, (_, j) => ({
    id: `HS-${String(j).padStart(6, '0')}`,
    channel: CHANNELS[Math.floor(random() * 3)],
    receivedAt: wall(starts[Math.floor(random() * RING)] + Math.floor(random() * 60) * 60_000),
  }));
  group('sortByPriority, 100,000 dossiers', await measure('sortByPriority 100,000 — vn-worktime', () => {
    sink = sortByPriority(items);
  }, { batch: 1, time: 0, iterations: 7, warmupTime: 0, warmupIterations: 2 }));
} else group('sortByPriority, 100,000 dossiers', undefined);

// summarize over 1,000,000 dossiers, in a fresh process too
let summary;
if (summarize) {
  summary = child(['summarize', '1000000', '5']);
  if (summary.error) progress(`  summarize child failed: ${summary.error}`);
  else {
    progress(`  summarize 1,000,000 dossiers                                     ${fmtTime(summary.medianMs).padStart(10)}  peak +${fmtMB(summary.peakBytes)}`);
    group('summarize, 1,000,000 dossiers from a generator', { medianMs: summary.medianMs, samples: summary.runs, batch: 1 }, [], `peak heap +${fmtMB(summary.peakBytes)}`);
  }
} else group('summarize, 1,000,000 dossiers from a generator', undefined);

// vn-worktime batch against summarize() on the same dossiers, and 2,000,000 rows in a 96 MB heap
let batchRun;
if (summarize && existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  try {
    batchRun = JSON.parse(execFileSync(process.execPath, [fileURLToPath(new URL('./batch.mjs', import.meta.url))], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    progress(`  batch ${fmtInt(batchRun.rows)} rows: ${fmtInt(Math.round(batchRun.batchRowsPerSecond))} rows/s; summarize ${fmtInt(Math.round(batchRun.summarizeRecordsPerSecond))} records/s`);
    group('batch, rows of a CSV file (per row, CPU time, rounds alternating with summarize)', { medianMs: 1000 / batchRun.batchRowsPerSecond, samples: batchRun.rounds, batch: batchRun.rows }, [], `${batchRun.ratio.toFixed(1)}× summarize's per-record cost`);
  } catch (error) {
    batchRun = { error: String(error.message ?? error).split('\n')[0] };
    progress(`  batch child failed: ${batchRun.error}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-checks (not timed): do the peers give the same answers on the instants they were timed on?

// The peers are compared with vn-worktime configured exactly like them (no worked Saturdays), then
// with the real calendar, where every span that crosses a worked Saturday gets 8 hours more.
const peerCalendar = WorkingCalendar.create({
  zone: 'Asia/Ho_Chi_Minh',
  week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holidays: HOLIDAYS,
});
function crossCheck(name, recorded, hours) {
  let same = 0;
  let equivalent = 0; // the end of a period vs the start of the next: no working time between them
  let saturday = 0;
  const other = [];
  for (const [k, peer] of recorded) {
    const alike = peerCalendar.addWorkingTime(starts[k], { hours }).toMillis();
    if (alike === peer) same++;
    else if (peerCalendar.workingTimeBetween(alike, peer).toMillis() === 0) equivalent++;
    else other.push(k);
    if (calendar.addWorkingTime(starts[k], { hours }).toMillis() !== alike) saturday++;
  }
  const parts = [`${same} same instant`];
  if (equivalent) parts.push(`${equivalent} equivalent (end of a period vs start of the next)`);
  if (other.length) parts.push(`**${other.length} differ** (e.g. from ${ymdhm(starts[other[0]])})`);
  return `${name}: ${recorded.size} starts — ${parts.join(', ')} as vn-worktime without worked Saturdays; with them, ${saturday} of these answers move (span crosses a worked Saturday)`;
}
function ymdhm(epoch) {
  return new Date(epoch + 7 * H).toISOString().slice(0, 16).replace('T', ' ');
}
const checks = [
  crossCheck('moment-business-time +8 h', record.m8, 8),
  crossCheck('dayjs-business-time +8 h', record.d8, 8),
  crossCheck('moment-business-time +2,000 h', record.m2000, 2000),
  crossCheck('dayjs-business-time +2,000 h', record.d2000, 2000),
];
// opening_hours is given the real calendar, worked Saturdays included.
for (const [name, recorded, hours] of [['opening_hours +8 h', record.oh8, 8], ['opening_hours +2,000 h', record.oh2000, 2000]]) {
  let same = 0;
  const other = [];
  for (const [k, peer] of recorded) {
    if (calendar.addWorkingTime(starts[k], { hours }).toMillis() === peer) same++;
    else other.push(k);
  }
  checks.push(`${name} (same calendar, worked Saturdays included): ${recorded.size} starts — ${same} same instant${other.length ? `, **${other.length} differ** (e.g. from ${ymdhm(starts[other[0]])})` : ''}`);
}
{
  let same = 0;
  const wrong = [];
  for (const [k, peer] of record.mdiff) {
    const alike = peerCalendar.workingTimeBetween(starts[k], starts[k] + 30 * DAY).toMillis();
    if (alike === peer) same++;
    else wrong.push([k, alike, peer]);
  }
  let line = `moment-business-time workingDiff over 30 days: ${record.mdiff.size} starts — ${same} same as vn-worktime without worked Saturdays`;
  if (wrong.length) {
    const [k, ours, peer] = wrong[0];
    const t = starts[k];
    const oneDay = (moment(t + DAY).workingDiff(moment(t), 'milliseconds') / H).toFixed(2);
    line += `, **${wrong.length} differ**: moment-business-time under-counts when the start lies between the start of the first range and the start of the second (07:00–13:30), e.g. from ${ymdhm(t)}: ${(ours / H).toFixed(2)} h vs ${(peer / H).toFixed(2)} h (over 1 day from there: ${(peerCalendar.workingTimeBetween(t, t + DAY).toMillis() / H).toFixed(2)} h vs ${oneDay} h); dayjs-business-time's businessTimeDiff agrees with vn-worktime`;
  }
  checks.push(line);
}
{
  let differ = 0;
  lunarYmd.forEach(([y, m, d], j) => {
    const l = Solar.fromYmd(y, m, d).getLunar();
    const ours = lunarDates[j];
    if (ours.year !== l.getYear() || ours.month !== Math.abs(l.getMonth()) || ours.day !== l.getDay() || ours.leap !== l.getMonth() < 0) differ++;
  });
  const tet = toLunar('2007-02-17');
  const cn = Solar.fromYmd(2007, 2, 17).getLunar();
  checks.push(
    `lunar-javascript: differs from vn-worktime on ${differ} of ${LUNAR_RING} sampled dates 1900–2199 — it computes the Chinese calendar (UTC+8), vn-worktime the Vietnamese one (UTC+7); e.g. 2007-02-17 is ${tet.day}/${tet.month}/${tet.year} (Tết Đinh Hợi) in vn-worktime and ${cn.getDay()}/${Math.abs(cn.getMonth())}/${cn.getYear()} in lunar-javascript`,
  );
}

// ---------------------------------------------------------------------------------------------
// Table and targets

const lines = [
  '| operation | library | median | ops/s | samples × batch | vn-worktime is (or note) |',
  '|---|---|---:|---:|---:|---:|',
];
for (const g of groups) {
  const ours = g.ours;
  const oursCells = ours ? [fmtTime(ours.medianMs), fmtOps(ours.medianMs), `${ours.samples} × ${fmtInt(ours.batch)}`] : ['n/a', 'n/a', 'not in dist yet'];
  lines.push(`| ${g.op} | vn-worktime | ${oursCells.join(' | ')} | ${g.note ?? ''} |`);
  for (const [lib, r] of g.peers) {
    const ratio = ours ? `**${fmtRatio(r.medianMs / ours.medianMs)}× faster**` : 'n/a';
    lines.push(`| | ${lib} | ${fmtTime(r.medianMs)} | ${fmtOps(r.medianMs)} | ${r.samples} × ${fmtInt(r.batch)} | ${ratio} |`);
  }
}
const table = lines.join('\n');

const targets = [];
const target = (ok, text) => targets.push(`${ok ? '✓' : '✗'} ${text}`);
const vs = (peer, ours) => peer.medianMs / ours.medianMs;
for (const [lib, r] of [['moment-business-time', m8], ['dayjs-business-time', d8]]) {
  target(vs(r, ours8) >= 100, `addWorkingTime +8 h ≥ 100× faster than ${lib}: ${fmtRatio(vs(r, ours8))}×`);
}
for (const [lib, r] of [['moment-business-time', m2000], ['dayjs-business-time', d2000]]) {
  target(vs(r, ours2000) >= 10_000, `addWorkingTime +2,000 h ≥ 10,000× faster than ${lib}: ${fmtRatio(vs(r, ours2000))}×`);
}
const r2000 = ours2000.medianMs / ours8.medianMs;
target(r2000 <= 2, `addWorkingTime +2,000 h ≤ 2× our +8 h: ${r2000.toFixed(2)}× (${fmtTime(ours2000.medianMs)} vs ${fmtTime(ours8.medianMs)})`);
const r5y = wtb5y.medianMs / wtb1.medianMs;
target(r5y <= 2, `workingTimeBetween over 5 years ≤ 2× our 1-day figure: ${r5y.toFixed(2)}× (${fmtTime(wtb5y.medianMs)} vs ${fmtTime(wtb1.medianMs)})`);
{
  const q = (r) => `quartiles ${r.low.toFixed(2)}–${r.high.toFixed(2)}`;
  target(paired.epoch.ratio <= 2, `calendar.epoch.addWorkingTime +8 h within 2× of the plain-JS reference: ${paired.epoch.ratio.toFixed(2)}× in alternating batches (${q(paired.epoch)}; medians ${fmtTime(epoch8.medianMs)} vs ${fmtTime(ref8.medianMs)})`);
  target(paired.date.ratio <= 5, `addWorkingTime +8 h (DateTime in and out) within 5× of the plain-JS reference: ${paired.date.ratio.toFixed(2)}× in alternating batches (${q(paired.date)}; medians ${fmtTime(date8.medianMs)} vs ${fmtTime(ref8.medianMs)})`);
  target(paired.far.ratio <= 1.5, `addWorkingTime +100,000 h ≤ 1.5× our +8 h: ${paired.far.ratio.toFixed(2)}× in alternating batches (${q(paired.far)}; epoch ${paired.farEpoch.ratio.toFixed(2)}×; medians ${fmtTime(ours100k.medianMs)} vs ${fmtTime(date8.medianMs)})`);
  target(paired.years.ratio <= 1.5, `workingTimeBetween over 400 years ≤ 1.5× our 1-day figure: ${paired.years.ratio.toFixed(2)}× in alternating batches (${q(paired.years)}; medians ${fmtTime(wtb400y.medianMs)} vs ${fmtTime(wtb1b.medianMs)})`);
  const paris = firstQueries[0];
  if (paris.error) targets.push(`✗ first query over 1000–9999 in Europe/Paris: not measured (${paris.error})`);
  else target(paris.queryMs < 100, `first workingTimeBetween over 1000–9999 of a fresh process in Europe/Paris < 100 ms: ${fmtTime(paris.queryMs)} (Asia/Ho_Chi_Minh ${firstQueries[1].error ? 'n/a' : fmtTime(firstQueries[1].queryMs)})`);
  target(vs(oh8, ours8) >= 10, `addWorkingTime +8 h ≥ 10× faster than opening_hours: ${fmtRatio(vs(oh8, ours8))}×`);
}
target(vs(hdYear, wdYear) >= 100, `isWorkingDay ≥ 100× faster than date-holidays isHoliday: ${fmtRatio(vs(hdYear, wdYear))}× (per year: ${fmtTime(wdYear.medianMs)} vs ${fmtTime(hdYear.medianMs)})`);
if (batchRun && !batchRun.error) {
  target(batchRun.ratio <= 2.5, `batch per-row cost ≤ 2.5× summarize's per-record cost: ${batchRun.ratio.toFixed(2)}× in CPU time, median of ${batchRun.rounds} alternating rounds (quartiles ${batchRun.ratioQuartiles.map((r) => r.toFixed(2)).join('–')}; ${fmtInt(Math.round(batchRun.batchRowsPerSecond))} rows/s vs ${fmtInt(Math.round(batchRun.summarizeRecordsPerSecond))} records/s, same dossiers)`);
  target(batchRun.bigOk, `batch streams ${fmtInt(batchRun.bigRows)} rows (${fmtInt(batchRun.bigInvalid ?? 0)} hostile) in a 96 MB heap, every row and the summary written: ${batchRun.bigOk ? `done in ${(batchRun.bigMs / 1000).toFixed(1)} s` : batchRun.bigError}`);
} else {
  targets.push(`✗ batch against summarize: not measured (${batchRun?.error ?? 'dist/cli not built'})`);
}
if (heap && !heap.error) {
  target(heap.retainedBytes < 5e6, `civilServiceCalendar queried across 1900–2199 < 5 MB of heap: ${fmtMB(heap.retainedBytes)} (${fmtMB(heap.createBytes)} right after creation; ${fmtInt(heap.queries)} isWorkingDay + addWorkingTime at random instants)`);
} else {
  targets.push(`✗ civilServiceCalendar heap < 5 MB: not measured (${heap?.error ?? 'dist/vietnam not built'})`);
}

if (startup) {
  const ratio = startup.intake / startup.version;
  target(ratio <= 1.5, `CLI intake ≤ 1.5× \`--version\` (wall, fresh process, same run): ${ratio.toFixed(2)}× (${fmtTime(startup.intake)} vs ${fmtTime(startup.version)})`);
} else targets.push('✗ CLI intake against --version: not measured (dist/cli not built)');
if (heap && !heap.error) target(heap.createMs < 15, `first civilServiceCalendar() of a process < 15 ms: ${fmtTime(heap.createMs)}`);
if (lunarBundle) targets.push(`· lunar subpath (\`import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar'\`): ${(lunarBundle.min / 1000).toFixed(1)} kB minified, ${(lunarBundle.gzip / 1000).toFixed(1)} kB gzip (table included)`);

const cpus = os.cpus();
const header = `Node ${process.version} · ${cpus[0]?.model?.trim() ?? 'unknown CPU'} · ${cpus.length} cores · ${os.platform()} ${os.arch()} · ${new Date().toISOString().slice(0, 10)} · load average ${LOAD_AT_START.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end`;
const wall = performance.now() / 1000;
const notes = [
  `Calendar: Monday–Friday 07:00–11:30 and 13:30–17:00, Asia/Ho_Chi_Minh, the ${HOLIDAYS.length} Monday–Friday days off of 2024–2026 (as \`officialSchedule\` gives them) — the same for every library. vn-worktime also has the ${WORKED_SATURDAYS.length} worked Saturdays (${WORKED_SATURDAYS.join(', ')}): **moment-business-time and dayjs-business-time do not support worked Saturdays**, so they are configured without them.`,
  'Inputs: a ring of 1,024 minute-aligned start instants over 2024–2026 (any hour, any day), 4,096 dates over 1900–2199 for the lunar calendar, and every day of 2024, 2025 and 2026 in turn for isWorkingDay / isHoliday.',
  'Median is per call (per year sweep for isWorkingDay / isHoliday); ops/s = 1 / median. vn-worktime samples time a batch of calls; peers one call per sample, with bounded sample counts (they are slow).',
  '**lunar-javascript computes the Chinese calendar** (new moons and solar terms at UTC+8); vn-worktime computes the Vietnamese one (UTC+7). The two differ on some dates (see the cross-checks).',
  'date-holidays `isHoliday` (`new Holidays(\'VN\')`) answers from its own rule set (public holidays and observances), not the civil-service schedule; the comparison is of cost only.',
  'civilServiceCalendar creation: each call gets a fresh options object (`{ hours, zone, saturday: [[\'07:00\', varying end]] }`) so the 16-entry memo never answers: this is the creation alone, since a calendar derives and compiles a year\'s day rules when a query first needs that year (every year at its first query over a long span). The cold first call of a process is measured in a fresh child process, with the first query after it (which derives its year and starts `Intl`).',
  'intakeDeadline and processingDeadline use the default `civilServiceCalendar()`; sortByPriority sorts 100,000 dossiers with wall-clock `receivedAt` strings.',
  summary && !summary.error
    ? `summarize: 1,000,000 fresh dossier objects from a generator (each its own acceptedAt, any minute of 2024–2026; 90% \`{ acceptedAt, period: { workingDays: 1–20 } }\`, 10% \`{ deadline }\`; 60% with completedAt), civil-service calendar, now = 2026-12-31 17:00, in a child process (\`node --expose-gc\`). Result: total ${fmtInt(summary.view?.total ?? 0)}, invalid ${summary.view?.invalid}${summary.view?.firstInvalid ? ` (first: ${JSON.stringify(summary.view.firstInvalid)})` : ''}, by status ${JSON.stringify(summary.view?.byStatus)}. Median of ${summary.runs} runs (${summary.samplesMs.map((x) => fmtTime(x)).join(', ')}) = ${fmtTime(summary.medianMs / 1e6)} per dossier, of which making the dossiers alone takes ${fmtTime(summary.generatorMs)} (best of 3). bench/summarize.mjs measures the same over an async generator. Peak heapUsed ${fmtMB(summary.peakBytes)} above the post-GC baseline (sampled every 4,096 dossiers; uncollected young-generation garbage), ${fmtMB(summary.retainedBytes)} retained after the run.`
    : `summarize: not measured (${summary?.error ?? 'not in dist yet'}).`,
  heap && !heap.error
    ? `Heap: in a child process (\`node --expose-gc\`), heapUsed after \`gc()\` with dist/vietnam loaded, then after \`civilServiceCalendar()\` (first call: ${fmtTime(heap.createMs)}; first query after it: ${fmtTime(heap.firstQueryMs)}) and after ${fmtInt(heap.queries)} isWorkingDay + addWorkingTime queries at random instants 1900–2199 (${fmtTime(heap.queryMs)}), the calendar still referenced.`
    : '',
  `Whole \`node bench/run.mjs\`: ${wall.toFixed(1)} s (children included; \`npm run bench\` adds the build).`,
  missing.length ? `Not in dist at run time (rows n/a): ${missing.join(', ')}.` : '',
].filter(Boolean);

const out = [header, '', table, '', 'Targets:', ...targets, '', 'Cross-checks (answers of the peers on the timed inputs):', ...checks.map((c) => `- ${c}`), '', 'Notes:', ...notes.map((n) => `- ${n}`)].join('\n');
console.log(`\n${out}`);
if (sink === 0.5 || ourCount + peerCount === -1) console.log(sink); // keep results alive

if (MARKDOWN) {
  const md = [
    '# Benchmark results',
    '',
    'Generated by `node bench/run.mjs --markdown` (issue 8). Ratios come from the same run.',
    'What is measured, how, and how the peers differ: [README.md](README.md).',
    '',
    header,
    '',
    table,
    '',
    '## Targets',
    '',
    ...targets.map((t) => `- ${t}`),
    '',
    '## Cross-checks',
    '',
    ...checks.map((c) => `- ${c}`),
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(new URL('./RESULTS.md', import.meta.url), md);
  console.log('\nwrote bench/RESULTS.md');
}
