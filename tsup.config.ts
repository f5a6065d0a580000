import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per package subpath (see `exports` in package.json). */
const subpaths = ['calendar', 'lunar', 'vietnam', 'tthc', 'testing'].filter((name) => existsSync(`src/${name}/index.ts`));

const common = { target: 'node20' as const, external: ['luxon', 'fast-check'], sourcemap: false, treeshake: true };

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(subpaths.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    clean: true,
  },
  // The `vn-worktime` command (package.json `bin`): ESM only, with a shebang.
  ...(existsSync('src/cli/main.ts')
    ? [{ ...common, entry: { 'cli/main': 'src/cli/main.ts' }, format: ['esm' as const], dts: false, splitting: false, clean: false, banner: { js: '#!/usr/bin/env node' } }]
    : []),
]);
