#!/usr/bin/env node
/**
 * What an import of vn-worktime costs in a user's bundle, and a guard that the calendar alone
 * does not pull in the lunar tables or the holiday data.
 *
 * Bundles small entry files with esbuild (minified, tree-shaken, luxon external, ESM) from the
 * built dist/ (run `npm run build` first), prints the minified and gzipped sizes, and exits 1
 * when `import { WorkingCalendar } from 'vn-worktime/calendar'` contains anything of the lunar
 * or holiday modules (the lunar table, an uncertain month start, 'Tết', a document number such as
 * '9441/TB-BNV'). Each marker is first shown to be present in the bundle of the module it comes
 * from, so that the check cannot pass by looking for a string that is never there.
 *
 * Usage: node scripts/bundle-size.mjs [--json] [--markdown]
 * (`--markdown` prints the table kept in bench/README.md, "Bundle size".)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));

/** What users write, and the dist file that `exports` maps it to (ESM). */
const CASES = [
  { name: "import { WorkingCalendar } from 'vn-worktime/calendar'", file: 'calendar/index.js', code: 'import { WorkingCalendar } from "@entry"; export { WorkingCalendar };' },
  { name: "import { WorkingCalendar } from 'vn-worktime'", file: 'index.js', code: 'import { WorkingCalendar } from "@entry"; export { WorkingCalendar };' },
  { name: "import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar'", file: 'lunar/index.js', code: 'export { toLunar, fromLunar, lunarYear } from "@entry";' },
  { name: "import { civilServiceCalendar } from 'vn-worktime/vietnam'", file: 'vietnam/index.js', code: 'export { civilServiceCalendar } from "@entry";' },
  { name: "import * from 'vn-worktime/vietnam'", file: 'vietnam/index.js', code: 'export * from "@entry";' },
  { name: "import { intakeDeadline } from 'vn-worktime/tthc'", file: 'tthc/index.js', code: 'export { intakeDeadline } from "@entry";' },
  { name: "import * from 'vn-worktime/tthc'", file: 'tthc/index.js', code: 'export * from "@entry";' },
  { name: "import * from 'vn-worktime'", file: 'index.js', code: 'export * from "@entry";' },
];

/** Strings that belong to the lunar or holiday modules, and the case whose bundle must show them. */
const MARKERS = [
  { marker: 'KgrVFxbSPAdSJgal', what: 'the lunar table (its first years)', home: "import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar'" },
  { marker: '2175-01-23T00:02:13', what: 'an uncertain month start of the lunar table (Tết 2175)', home: "import { toLunar, fromLunar, lunarYear } from 'vn-worktime/lunar'" },
  { marker: 'Tết', what: "a holiday name ('Tết')", home: "import * from 'vn-worktime/vietnam'" },
  { marker: '9441/TB-BNV', what: 'a document number of an official schedule', home: "import * from 'vn-worktime/vietnam'" },
];

/** The cases that must contain none of the markers (the root too: tree-shaking must drop the rest). */
const GUARDED = ["import { WorkingCalendar } from 'vn-worktime/calendar'", "import { WorkingCalendar } from 'vn-worktime'"];

async function bundle(c) {
  const entry = join(dist, c.file);
  if (!existsSync(entry)) return undefined;
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    external: ['luxon'],
    alias: { '@entry': entry },
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  const bytes = Buffer.from(text);
  return {
    name: c.name,
    text,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (!existsSync(join(dist, 'calendar/index.js'))) {
  console.error('dist/calendar/index.js is missing: run `npm run build` first');
  process.exit(2);
}

const results = [];
for (const c of CASES) {
  const r = await bundle(c);
  if (r) results.push(r);
}
const byName = new Map(results.map((r) => [r.name, r]));

const problems = [];
for (const m of MARKERS) {
  const home = byName.get(m.home);
  if (home && !home.text.includes(m.marker)) {
    problems.push(`the marker ${JSON.stringify(m.marker)} (${m.what}) is not in the bundle of ${m.home}: the check would prove nothing; pick another marker`);
  }
  for (const name of GUARDED) {
    const guarded = byName.get(name);
    if (guarded?.text.includes(m.marker)) problems.push(`${name} pulls in ${m.what}: the bundle contains ${JSON.stringify(m.marker)}`);
  }
}

if (args.has('--json')) {
  console.log(JSON.stringify(results.map(({ text, ...r }) => r), null, 2));
} else if (args.has('--markdown')) {
  console.log('| import | minified | gzip | brotli |');
  console.log('|---|---:|---:|---:|');
  for (const r of results) console.log(`| \`${r.name}\` | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log('\nluxon is external (a dependency) and not counted; esbuild, minified, ESM, target es2022.');
} else {
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${'import'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${kb(r.min).padStart(9)}  ${kb(r.gzip).padStart(8)}  ${kb(r.brotli).padStart(8)}`);
  console.log('(luxon external; esbuild --minify, ESM, es2022)');
}

if (problems.length > 0) {
  for (const p of problems) console.error(`bundle-size: ${p}`);
  process.exit(1);
}
console.error(`bundle-size: ${GUARDED.join(' and ')}: none of the lunar or holiday markers (${MARKERS.map((m) => m.marker).join(', ')})`);
