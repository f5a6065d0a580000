import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'lunar/index': 'src/lunar/index.ts',
    'vietnam/index': 'src/vietnam/index.ts',
    'tthc/index': 'src/tthc/index.ts',
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
