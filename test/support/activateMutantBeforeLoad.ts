/**
 * A setup file for Stryker runs only (vitest.stryker.config.ts): activates the mutant under test
 * while the test files load, not only from the first `beforeAll` on.
 *
 * Many test files build their calendars at the top level. With `ignoreStatic`, Stryker runs a
 * mutant that code reaches both while loading and during tests ("hybrid") against the covering
 * tests with "runtime" activation, i.e. after the files have loaded, so the calendars those tests
 * use were built by the unmutated code and the mutant looks like a survivor when it is not.
 * Activating it at load (what Stryker's "static" activation does) fixes that. A mutant that no
 * code reaches while loading is unaffected.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    globalNamespace: string;
    mode: 'dry-run' | 'mutant';
    activeMutant: string;
  }
}

if (inject('mode') === 'mutant') {
  const name = inject('globalNamespace');
  const ns = ((globalThis as Record<string, unknown>)[name] ??= {}) as { activeMutant?: string };
  ns.activeMutant = inject('activeMutant');
}
