// Mutation testing with Stryker (`npm run mutation`; not part of CI). See docs/quality.md for the
// scores per folder, the time a run takes and the equivalent mutants accepted.
//
// A run over everything takes long on 2 cores. Run one scope at a time:
//   STRYKER_SCOPE=calendar npx stryker run       # src/calendar, src/time, src/errors.ts
//   STRYKER_SCOPE=tthc npx stryker run           # also: lunar, vietnam; or several: calendar,tthc
// Each scope keeps its own incremental file (reports/stryker-incremental-<scope>.json), so a
// later run of the same scope only tests the mutants whose code or covering tests changed.
// The reports go to reports/mutation/<scope>.html and .json.

/** The files mutated in each scope (all `src/**\/*.ts` minus the exclusions below when unset). */
const SCOPES = {
  calendar: ['src/calendar/**/*.ts', 'src/time/**/*.ts', 'src/errors.ts'],
  tthc: ['src/tthc/**/*.ts'],
  lunar: ['src/lunar/**/*.ts'],
  vietnam: ['src/vietnam/**/*.ts'],
};

/** Never mutated. */
const EXCLUDED = [
  // Tests living beside the code.
  '!src/**/*.test.ts',
  // The command line: only reads argv and prints; tested through the built bin.
  '!src/cli/**',
  // Re-export files.
  '!src/index.ts',
  '!src/**/index.ts',
  // Data tables: rows with sources or published coefficients, checked by the golden tests.
  '!src/vietnam/decisions.ts',
  '!src/vietnam/rules.ts',
  '!src/vietnam/tables.ts',
  '!src/lunar/vsop87Earth.ts',
  // The lunar table: data generated from the Swiss Ephemeris, checked byte for byte against its
  // generator (test/lunar/table.test.ts, which fails on an instrumented copy) and by the golden tests.
  '!src/lunar/table.ts',
  '!src/lunar/deltaT.ts',
  // Meeus' new-moon series (ch. 49): published coefficients, checked by the golden tests (Example
  // 49.a, every month start and leap month of 1899–2200). Its smallest terms are below the
  // method's precision: changing one moves no month start, so their mutants could not be killed.
  '!src/lunar/newMoon.ts',
];

const scopeNames = (process.env.STRYKER_SCOPE ?? '').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of scopeNames) {
  if (!(name in SCOPES)) throw new Error(`STRYKER_SCOPE: unknown scope '${name}' (known: ${Object.keys(SCOPES).join(', ')})`);
}
// STRYKER_MUTATE (comma-separated globs) mutates just those files, e.g. 'src/time/duration.ts'.
const adHoc = (process.env.STRYKER_MUTATE ?? '').split(',').map((s) => s.trim()).filter(Boolean);
// STRYKER_TAG names the reports and the incremental file of such a run.
const tag = process.env.STRYKER_TAG ?? (adHoc.length > 0 ? 'adhoc' : scopeNames.length > 0 ? scopeNames.join('-') : 'all');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Many test files build their calendars at the top level, so most mutants of the calendar code
  // also run while the test files load ("static"). Running those against the whole suite with a
  // reload each would take hours on 2 cores. With ignoreStatic, a mutant that tests also cover
  // ("hybrid") runs against those tests only; a mutant that only module loading reaches (e.g. a
  // module-level constant) is reported as Ignored and left out of the score. A hybrid mutant is
  // made active while the test files load too (test/support/activateMutantBeforeLoad.ts), so that the
  // calendars built at the top of a test file are built by the mutated code.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${tag}.json`,
  mutate: [...(adHoc.length > 0 ? adHoc : scopeNames.length > 0 ? scopeNames.flatMap((name) => SCOPES[name]) : ['src/**/*.ts']), ...EXCLUDED],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${tag}.html` },
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  // A mutant that loops forever is stopped after its tests' normal time × 1.5 + 5 s.
  timeoutMS: 5000,
  // The initial run (every test, recording per-test coverage on instrumented code) takes several
  // minutes on a busy 2-core machine; Stryker's default limit is 5.
  dryRunTimeoutMinutes: 40,
  // vitest does not type-check, so the sandbox's sources need no `// @ts-nocheck` header; with
  // one, src/lunar/table.ts no longer matches its generator byte for byte (test/lunar/table.test.ts).
  disableTypeChecks: false,
  // Not needed by the tests: keep the sandboxes small.
  ignorePatterns: ['/dist', '/coverage', '/docs', '/bench', '*.scratch.test.ts'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
