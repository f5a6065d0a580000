/**
 * The version of vn-worktime, read at run time from its package.json: `../../package.json` from
 * the built command (`dist/cli/main.js`), else the nearest package.json named vn-worktime above
 * it (a build in another folder, the sources), else `'unknown'`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function versionIn(path: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
    return pkg.name === 'vn-worktime' && typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/** The version of the package this file belongs to. */
export function packageVersion(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  const expected = versionIn(join(dir, '..', '..', 'package.json'));
  if (expected !== undefined) return expected;
  for (let i = 0; i < 8; i++) {
    const found = versionIn(join(dir, 'package.json'));
    if (found !== undefined) return found;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'unknown';
}
