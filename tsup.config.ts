import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per package subpath (see `exports` in package.json). */
const subpaths = ['calendar', 'lunar', 'vietnam', 'tthc'].filter((name) => existsSync(`src/${name}/index.ts`));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(subpaths.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  external: ['luxon'],
});
