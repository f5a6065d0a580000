#!/usr/bin/env node
/**
 * The layout of `src/tthc/` by sub-domain (intake, notice, processing, report, service), the tests
 * filed by feature (`test/{time,calendar,lunar,vietnam,tthc,cli}/`, shared helpers in
 * `test/support/`), and the rewrite of every path that names a moved file. The table below is the
 * record of the moves.
 *
 * What it rewrites, in each file it reads:
 * - a quoted relative path ('../../src/tthc/periodDays.js', "./noticeTypes.js", '../tthc/summarize',
 *   also in `import()`, `vi.mock()`, `new URL()`): resolved from the file's folder, and when it
 *   lands on a moved file, pointed at the new place, relative again, keeping its extension
 *   (`.js`, `.ts` or none);
 * - a path from the repository root in prose, globs and comments (`src/tthc/periodDays.ts`,
 *   `src/tthc/dossierRecord.ts:88`).
 * Paths that already point at the new places are left alone, so a second run changes nothing.
 *
 * Usage:
 *   node scripts/relayout-imports.mjs                  rewrite the whole tree (src, test, bench,
 *                                                      scripts, examples, docs, root files)
 *   node scripts/relayout-imports.mjs test/tthc/x.test.ts test/mutation
 *                                                      rewrite those files (folders: every file in them)
 *   node scripts/relayout-imports.mjs --check [...]    change nothing; list what would change, exit 1 if anything
 *   node scripts/relayout-imports.mjs --move [...]     first `git mv` each old file still present to its
 *                                                      new place (its own relative imports rewritten from
 *                                                      its old folder), then rewrite as above
 *   node scripts/relayout-imports.mjs --table          print the table
 *
 * Typical use: a test written against the flat layout (e.g. on a branch started before the move)
 * is brought over with `node scripts/relayout-imports.mjs path/to/new.test.ts`.
 *
 * Node only, no dependencies. CHANGELOG.md, `.changeset/` (they tell the past) and this file are
 * never rewritten.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Old path → new path, from the repository root. */
export const MOVES = {
  // Intake: the deadline of the intake desk and the order dossiers are processed in.
  'src/tthc/intakeDeadline.ts': 'src/tthc/intake/intakeDeadline.ts',
  'src/tthc/offHoursReason.ts': 'src/tthc/intake/offHoursReason.ts',
  'src/tthc/priority.ts': 'src/tthc/intake/priority.ts',
  // Notice: the notices sent to the applicant (validateNotice) and the checks behind it.
  'src/tthc/validateNotice.ts': 'src/tthc/notice/validateNotice.ts',
  'src/tthc/contacts.ts': 'src/tthc/notice/contacts.ts',
  'src/tthc/noticeChannels.ts': 'src/tthc/notice/channels.ts',
  'src/tthc/noticeContext.ts': 'src/tthc/notice/context.ts',
  'src/tthc/noticeFields.ts': 'src/tthc/notice/fields.ts',
  'src/tthc/noticeGuidance.ts': 'src/tthc/notice/guidance.ts',
  'src/tthc/noticeHistory.ts': 'src/tthc/notice/history.ts',
  'src/tthc/noticeInstant.ts': 'src/tthc/notice/instant.ts',
  'src/tthc/noticeIssues.ts': 'src/tthc/notice/issues.ts',
  'src/tthc/noticeLabels.ts': 'src/tthc/notice/labels.ts',
  'src/tthc/noticeMessages.ts': 'src/tthc/notice/messages.ts',
  'src/tthc/noticeRead.ts': 'src/tthc/notice/read.ts',
  'src/tthc/noticeTiming.ts': 'src/tthc/notice/timing.ts',
  'src/tthc/noticeTypes.ts': 'src/tthc/notice/types.ts',
  // Processing: the period of a dossier, its legal clock, violations and SLA status.
  'src/tthc/processingDeadline.ts': 'src/tthc/processing/processingDeadline.ts',
  'src/tthc/periodDays.ts': 'src/tthc/processing/days.ts',
  'src/tthc/periodDeadline.ts': 'src/tthc/processing/deadline.ts',
  'src/tthc/periodInput.ts': 'src/tthc/processing/input.ts',
  'src/tthc/periodText.ts': 'src/tthc/processing/text.ts',
  'src/tthc/dossierClock.ts': 'src/tthc/processing/clock.ts',
  'src/tthc/clockText.ts': 'src/tthc/processing/clockText.ts',
  'src/tthc/violations.ts': 'src/tthc/processing/violations.ts',
  'src/tthc/slaStatus.ts': 'src/tthc/processing/slaStatus.ts',
  'src/tthc/dossierStatus.ts': 'src/tthc/processing/dossierStatus.ts',
  // Report: one dossier record evaluated, and many summarized.
  'src/tthc/summarize.ts': 'src/tthc/report/summarize.ts',
  'src/tthc/dossierRecord.ts': 'src/tthc/report/dossierRecord.ts',
  'src/tthc/evaluateDossier.ts': 'src/tthc/report/evaluateDossier.ts',
  // Service: the level of an online public service.
  'src/tthc/classifyService.ts': 'src/tthc/service/classifyService.ts',
  // Staying in src/tthc/: index.ts (the public entry), types.ts, options.ts, format.ts,
  // rulesInForce.ts, provisional.ts (shared by the sub-domains).

  // The Can Chi names: pure calendar code, beside the lunar calendar (the command prints them).
  'src/cli/canChi.ts': 'src/lunar/canChi.ts',
  'test/cli/canChi.test.ts': 'test/lunar/canChi.test.ts',

  // Tests filed by feature (test/{time,calendar,lunar,vietnam,tthc,cli}/), named by the behaviour
  // they pin; the helpers they share in test/support/.
  'test/mutation/stryker-activate.ts': 'test/support/activateMutantBeforeLoad.ts',
  'test/mutation/calendar-errors.test.ts': 'test/calendar/errors.exactMessages.test.ts',
  'test/mutation/calendar-json.test.ts': 'test/calendar/toJSON.extend.test.ts',
  'test/mutation/calendar-survivors.test.ts': 'test/calendar/rangeEnds.argumentNames.dstGaps.test.ts',
  'test/mutation/dst-blocks.test.ts': 'test/calendar/dst.indexBlocks.test.ts',
  'test/mutation/returned-zones.test.ts': 'test/time/zone.ofReturnedDateTimes.test.ts',
  'test/mutation/time-survivors-inputs.test.ts': 'test/time/inputs.acceptedAndRefused.test.ts',
  'test/mutation/time-survivors-zone.test.ts': 'test/time/zone.compiledOffsets.test.ts',
  'test/mutation/lunar-survivors.test.ts': 'test/lunar/errors.exactMessages.sunLongitude.test.ts',
  'test/mutation/vietnam-survivors-ics.test.ts': 'test/vietnam/ics.exactLines.folding.errors.test.ts',
  'test/mutation/vietnam-survivors-ics-names.test.ts': 'test/vietnam/holidayNames.test.ts',
  'test/mutation/vietnam-survivors-schedule.test.ts': 'test/vietnam/schedules.sourcesAndEdges.test.ts',
  'test/mutation/vietnam-survivors-validation-calendar.test.ts': 'test/vietnam/civilServiceCalendar.suppliedSchedules.test.ts',
  'test/mutation/vietnam-survivors-validation-decisions.test.ts': 'test/vietnam/scheduleFromDecision.errors.test.ts',
  'test/mutation/vietnam-survivors-validation-schedules.test.ts': 'test/vietnam/civilServiceCalendar.errors.test.ts',
  'test/mutation/notice-survivors-checks.test.ts': 'test/tthc/validateNotice.limits.test.ts',
  'test/mutation/notice-survivors-messages.test.ts': 'test/tthc/validateNotice.messages.test.ts',
  'test/mutation/deadline-survivors.test.ts': 'test/tthc/deadlines.edgeCases.test.ts',
  'test/mutation/tthc-explanations.test.ts': 'test/tthc/explanations.exactWording.test.ts',
  'test/mutation/tthc-gaps.test.ts': 'test/tthc/errorDetails.summarizeMemo.test.ts',
  'src/lunar/astronomy.test.ts': 'test/lunar/astronomy.test.ts',
  'src/lunar/fromLunar.test.ts': 'test/lunar/fromLunar.test.ts',
  'src/lunar/lunarYear.test.ts': 'test/lunar/lunarYear.test.ts',
  'src/lunar/toLunar.test.ts': 'test/lunar/toLunar.test.ts',
  'test/arbitraries/calendar.ts': 'test/support/arbitraries/calendar.ts',
  'test/arbitraries/notice.ts': 'test/support/arbitraries/notice.ts',
  'test/arbitraries/oracle.ts': 'test/support/arbitraries/oracle.ts',
  'test/arbitraries/outcomes.ts': 'test/support/arbitraries/outcomes.ts',
  'test/fuzz/harness.ts': 'test/support/fuzzHarness.ts',
  'test/fuzz/values.ts': 'test/support/fuzzValues.ts',
  'test/fuzz/harness.test.ts': 'test/support/fuzzHarness.fuzz.test.ts',
  'test/fuzz/calendar.fuzz.test.ts': 'test/calendar/hostileInput.fuzz.test.ts',
  'test/fuzz/cli.fuzz.test.ts': 'test/cli/hostileInput.fuzz.test.ts',
  'test/fuzz/tthc.fuzz.test.ts': 'test/tthc/hostileInput.fuzz.test.ts',
  'test/fuzz/lunar-vietnam.fuzz.test.ts': 'test/vietnam/hostileInput.fuzz.test.ts',
  'test/fuzz/fixed-bugs.test.ts': 'test/calendar/nanAndFarInstants.fuzz.test.ts',
  'test/fuzz/fixed-bugs-prototype-keys.test.ts': 'test/time/prototypeKeyNames.fuzz.test.ts',
  'test/hostile/values.ts': 'test/support/hostileInstants.ts',
  'test/hostile/classes.test.ts': 'test/time/hostileInputClasses.test.ts',
  'test/hostile/publicFunctions.test.ts': 'test/calendar/hostileInstants.test.ts',
  'test/types/calendar.test.ts': 'test/calendar/publicApi.types.test.ts',
  'test/types/tthc.test.ts': 'test/tthc/publicApi.types.test.ts',
  'test/types/lunar-vietnam.test.ts': 'test/vietnam/publicApi.types.test.ts',
  'test/types/notAny.test.ts': 'test/calendar/returnsNotAny.types.test.ts',
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const self = relative(root, fileURLToPath(import.meta.url)).split(sep).join('/');

/** What the whole-tree run reads. */
const TREE = ['src', 'test', 'bench', 'scripts', 'examples', 'docs', '.ci'];
const ROOT_FILE = /^(?:[^.].*\.(?:md|ts|mts|mjs|cjs|js|json)|\.[\w-]+\.(?:ts|mjs|cjs|js))$/;
const TEXT = /\.(?:ts|mts|cts|tsx|js|mjs|cjs|md|json|sh|ya?ml)$/;
const SKIP_DIR = new Set(['node_modules', 'dist', 'coverage', 'reports', '.git', '.stryker-tmp', '.changeset', '__snapshots__']);
const SKIP_FILE = new Set(['CHANGELOG.md', 'package-lock.json', self]);

const posix = (p) => p.split(sep).join('/');
const toRoot = (abs) => posix(relative(root, abs));

/** A quoted relative path: '…', "…" or `…` starting with ./ or ../ */
const RELATIVE = /(['"`])(\.{1,2}\/[^'"`\s$]*)\1/g;
/** A path from the repository root, not itself the tail of a longer path. */
const ROOTED = /(?<![\w./@-])((?:src|test)\/[\w/.-]*?[\w-]+)\.(ts|js)\b/g;

/** The repository path a relative specifier names from `fromDir` (absolute), with `.ts`, and its extension. */
function target(fromDir, spec) {
  const ext = extname(spec);
  if (ext !== '' && ext !== '.js' && ext !== '.ts') return undefined;
  const bare = ext === '' ? spec : spec.slice(0, -ext.length);
  return { path: toRoot(resolve(fromDir, `${bare}.ts`)), ext };
}

/** The specifier of repository file `path` (with `.ts`) from `fromDir`, with extension `ext`. */
function specifier(fromDir, path, ext) {
  let rel = posix(relative(fromDir, join(root, path.slice(0, -'.ts'.length))));
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel + ext;
}

/**
 * `text` with its paths rewritten. `oldDir` is the folder the file's relative paths were written
 * from (its folder before a move), `newDir` the folder it is in.
 */
function rewrite(text, oldDir, newDir) {
  const moved = oldDir !== newDir;
  let out = text.replace(RELATIVE, (whole, quote, spec) => {
    const t = target(oldDir, spec);
    const dest = t === undefined ? undefined : MOVES[t.path];
    if (dest !== undefined) return quote + specifier(newDir, dest, t.ext) + quote;
    if (!moved) return whole;
    // A file that moves keeps pointing at the same files that stay.
    let rel = posix(relative(newDir, resolve(oldDir, spec)));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return quote + rel + quote;
  });
  out = out.replace(ROOTED, (whole, path, ext) => {
    const dest = MOVES[`${path}.ts`];
    return dest === undefined ? whole : dest.slice(0, -'.ts'.length) + '.' + ext;
  });
  return out;
}

function walk(abs, files) {
  const st = statSync(abs);
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) {
      if (SKIP_DIR.has(name)) continue;
      walk(join(abs, name), files);
    }
  } else if (TEXT.test(abs) && !SKIP_FILE.has(toRoot(abs))) {
    files.push(abs);
  }
}

function move(check, changed) {
  for (const [from, to] of Object.entries(MOVES)) {
    const src = join(root, from);
    const dest = join(root, to);
    if (!existsSync(src)) continue;
    if (existsSync(dest)) throw new Error(`${from} and ${to} both exist: move by hand`);
    changed.push(`${from} → ${to}`);
    if (check) continue;
    const text = readFileSync(src, 'utf8');
    mkdirSync(dirname(dest), { recursive: true });
    execFileSync('git', ['mv', from, to], { cwd: root, stdio: 'inherit' });
    writeFileSync(dest, rewrite(text, dirname(src), dirname(dest)));
  }
}

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = new Set(['--check', '--move', '--table', '--help']);
  for (const f of flags) if (!known.has(f)) throw new Error(`unknown option ${f} (known: ${[...known].join(', ')})`);
  if (flags.has('--help')) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
    return 0;
  }
  if (flags.has('--table')) {
    for (const [from, to] of Object.entries(MOVES)) console.log(`${from}\t${to}`);
    return 0;
  }
  const check = flags.has('--check');
  const changed = [];
  if (flags.has('--move')) move(check, changed);

  const args = argv.filter((a) => !a.startsWith('--'));
  const files = [];
  if (args.length === 0) {
    for (const dir of TREE) if (existsSync(join(root, dir))) walk(join(root, dir), files);
    for (const name of readdirSync(root).sort()) {
      const abs = join(root, name);
      if (ROOT_FILE.test(name) && statSync(abs).isFile() && !SKIP_FILE.has(name)) files.push(abs);
    }
  } else {
    for (const a of args) {
      const abs = resolve(process.cwd(), a);
      if (!existsSync(abs)) throw new Error(`${a}: no such file or folder`);
      walk(abs, files);
    }
  }
  for (const abs of files) {
    const text = readFileSync(abs, 'utf8');
    const out = rewrite(text, dirname(abs), dirname(abs));
    if (out === text) continue;
    changed.push(toRoot(abs));
    if (!check) writeFileSync(abs, out);
  }
  for (const c of changed) console.log(`${check ? 'would change' : 'changed'}: ${c}`);
  if (changed.length === 0) console.log('relayout-imports: nothing to change');
  return check && changed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
