/**
 * Builds the package once per test run into a private folder (inside node_modules/.cache, so
 * that luxon resolves), for the tests that run the built `vn-worktime` command. Tests get the
 * folder with `inject('buildDir')`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'vn-worktime-build-'));
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  execFileSync(process.execPath, [tsup, '--out-dir', dir, '--silent'], { stdio: 'pipe' });
  project.provide('buildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
