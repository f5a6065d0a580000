#!/usr/bin/env node
/**
 * Summarises Stryker JSON reports (reports/mutation/*.json): the score per folder and per file,
 * and the surviving mutants grouped by mutator, so that they can be reviewed.
 *
 * Usage: node scripts/mutation-summary.mjs reports/mutation/calendar.json [...] [--survivors] [--file <substring>]
 *        [--ranges]
 *
 * Several reports are merged: a mutant (same file, location, mutator and replacement) found in a
 * later report takes that report's status, so a full run followed by re-runs of its survivors gives
 * the current score. `--ranges` prints the survivors as `file:line:col-line:col` ranges, ready for
 * `STRYKER_MUTATE` (a re-run of just those mutants, and of any other mutant inside the same spans).
 */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const showSurvivors = argv.includes('--survivors');
const fileFilter = argv.includes('--file') ? argv[argv.indexOf('--file') + 1] : undefined;
const reports = argv.filter((a, i) => a.endsWith('.json') && argv[i - 1] !== '--file');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const groups = new Map();
const add = (key, status, reason = '') => {
  const g = groups.get(key) ?? { detected: 0, undetected: 0, ignored: 0, accepted: 0, errors: 0 };
  if (DETECTED.has(status)) g.detected++;
  else if (UNDETECTED.has(status)) g.undetected++;
  else if (status === 'Ignored' && reason.startsWith('Static mutant')) g.ignored++;
  else if (status === 'Ignored') g.accepted++;
  else g.errors++;
  groups.set(key, g);
};
/** The latest status of each mutant, keyed by file, location, mutator and replacement. */
const latest = new Map();
for (const path of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    for (const m of mutants) {
      const { start, end } = m.location;
      const key = `${file}:${start.line}:${start.column}-${end.line}:${end.column}:${m.mutatorName}:${m.replacement}`;
      latest.set(key, { file, m, code: (lines[start.line - 1] ?? '').trim() });
    }
  }
}
const survivors = [];
for (const { file, m, code } of latest.values()) {
  const folder = file.split('/').slice(0, 2).join('/');
  add('all', m.status, m.statusReason);
  add(folder, m.status, m.statusReason);
  add(file, m.status, m.statusReason);
  if (UNDETECTED.has(m.status) && (!fileFilter || file.includes(fileFilter))) {
    const { start, end } = m.location;
    survivors.push({ file, line: start.line, col: start.column, end, mutator: m.mutatorName, replacement: m.replacement, status: m.status, code });
  }
}
if (argv.includes('--ranges')) {
  const ranges = new Set(survivors.map((s) => `${s.file}:${s.line}:${s.col}-${s.end.line}:${s.end.column}`));
  console.log([...ranges].join(','));
  process.exit(0);
}
const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const score = (g) => percent(g.detected, g.detected + g.undetected);
/** The score if the accepted equivalent mutants counted as survivors. */
const strictScore = (g) => percent(g.detected, g.detected + g.undetected + g.accepted);
// Ignored mutants are outside the score: "static" ones only run while modules load (ignoreStatic),
// "accepted" ones are equivalent mutants marked in the code with a `// Stryker disable` comment.
console.log('| scope | score | killed+timeout | survived+no coverage | ignored (static) | accepted equivalent | score counting those as survivors |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [key, g] of [...groups].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0])))) {
  console.log(`| ${key} | ${score(g)} | ${g.detected} | ${g.undetected} | ${g.ignored} | ${g.accepted} | ${strictScore(g)} |`);
}
if (showSurvivors) {
  const byMutator = new Map();
  for (const s of survivors) byMutator.set(s.mutator, (byMutator.get(s.mutator) ?? 0) + 1);
  console.log('\nSurvivors by mutator:', Object.fromEntries([...byMutator].sort((a, b) => b[1] - a[1])));
  for (const s of survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    console.log(`${s.file}:${s.line}:${s.col} ${s.status} ${s.mutator} → ${JSON.stringify(s.replacement).slice(0, 80)}\n    ${s.code.slice(0, 160)}`);
  }
}
