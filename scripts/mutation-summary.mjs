#!/usr/bin/env node
/**
 * Summarises Stryker JSON reports (reports/mutation/*.json): the score per folder and per file,
 * and the surviving mutants grouped by mutator, so that they can be reviewed.
 *
 * Usage: node scripts/mutation-summary.mjs reports/mutation/calendar.json [...] [--survivors] [--file <substring>]
 */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const showSurvivors = argv.includes('--survivors');
const fileFilter = argv.includes('--file') ? argv[argv.indexOf('--file') + 1] : undefined;
const reports = argv.filter((a, i) => a.endsWith('.json') && argv[i - 1] !== '--file');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const groups = new Map();
const add = (key, status) => {
  const g = groups.get(key) ?? { detected: 0, undetected: 0, ignored: 0, errors: 0 };
  if (DETECTED.has(status)) g.detected++;
  else if (UNDETECTED.has(status)) g.undetected++;
  else if (status === 'Ignored') g.ignored++;
  else g.errors++;
  groups.set(key, g);
};
const survivors = [];
for (const path of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const folder = file.split('/').slice(0, 2).join('/');
    const lines = source.split('\n');
    for (const m of mutants) {
      add('all', m.status);
      add(folder, m.status);
      add(file, m.status);
      if (UNDETECTED.has(m.status) && (!fileFilter || file.includes(fileFilter))) {
        const line = m.location.start.line;
        survivors.push({ file, line, col: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement, status: m.status, code: (lines[line - 1] ?? '').trim() });
      }
    }
  }
}
const score = (g) => (g.detected + g.undetected === 0 ? 'n/a' : `${((100 * g.detected) / (g.detected + g.undetected)).toFixed(1)}%`);
console.log('| scope | score | killed+timeout | survived+no coverage | ignored (static) |');
console.log('|---|---:|---:|---:|---:|');
for (const [key, g] of [...groups].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0])))) {
  console.log(`| ${key} | ${score(g)} | ${g.detected} | ${g.undetected} | ${g.ignored} |`);
}
if (showSurvivors) {
  const byMutator = new Map();
  for (const s of survivors) byMutator.set(s.mutator, (byMutator.get(s.mutator) ?? 0) + 1);
  console.log('\nSurvivors by mutator:', Object.fromEntries([...byMutator].sort((a, b) => b[1] - a[1])));
  for (const s of survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    console.log(`${s.file}:${s.line}:${s.col} ${s.status} ${s.mutator} → ${JSON.stringify(s.replacement).slice(0, 80)}\n    ${s.code.slice(0, 160)}`);
  }
}
