/**
 * The vitest configuration Stryker uses (`stryker.config.mjs` → `vitest.configFile`): the normal
 * one without the global setup (which builds the package with tsup, only for the tests of the
 * built `vn-worktime` command) and without the suites that cannot kill a mutant of `src/`:
 * the command's tests (`test/cli/`, `cli*.test.ts`: they run the built bin in a child process,
 * outside Stryker's reach), the type tests (`*.types.test.ts`, checked by tsc), the fuzz suites
 * (`*.fuzz.test.ts` in each feature folder: random, and they cover every mutant, so they would run
 * for each) and scratch files of work in progress.
 *
 * The property suites run fewer cases than in CI: `FC_RUNS` (read by the suites that take it) is 60
 * unless set, and the setup file stops any property after 60 s of runs (see that file). A mutant
 * that only a longer run would kill is then counted as a survivor: the score can only come out
 * lower than with the full suites, never higher.
 *
 * `STRYKER_EXCLUDE_TESTS` (comma-separated globs) leaves out more test files, e.g. a suite that is
 * being written and fails for now: `STRYKER_EXCLUDE_TESTS='test/tthc/**' STRYKER_SCOPE=calendar npx stryker run`.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const extraExcludes = (process.env.STRYKER_EXCLUDE_TESTS ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    globalSetup: [],
    // The instrumented code runs several times slower, the initial run (which records per-test
    // coverage) slower still: a property suite can pass the normal 60 s on a busy 2-core machine.
    // Stryker stops each mutant's run at its own timeout (`timeoutMS` in stryker.config.mjs).
    testTimeout: 300_000,
    env: { FC_RUNS: process.env.FC_RUNS ?? '60', HOSTILE_TEST_MS: '900000' },
    hookTimeout: 300_000,
    // Stryker puts its own setup file first; this one then activates the mutant before the test
    // files load (see the file).
    setupFiles: [...(base.test?.setupFiles ? [base.test.setupFiles].flat() : []), 'test/support/activateMutantBeforeLoad.ts'],
    exclude: [
      ...configDefaults.exclude,
      '**/*.fuzz.test.ts',
      '**/*.types.test.ts',
      'test/cli/**',
      'test/**/cli*.test.ts',
      'src/cli/**',
      '**/*.scratch.test.ts',
      ...extraExcludes,
    ],
  },
});
