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
import fc from 'fast-check';
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

// Instrumented code runs many times slower: a property stops after 60 s (STRYKER_FC_LIMIT_MS) of
// runs and passes on the cases it ran, rather than passing vitest's limit. A property that fails
// stops at its first counterexample: a killed mutant needs no shrinking (which reruns the property
// many times over). A property that sets either option itself keeps its own.
fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: Number(process.env['STRYKER_FC_LIMIT_MS'] ?? 60_000), endOnFailure: true });
