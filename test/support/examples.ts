/**
 * Running the scripts of examples/ in tests, against the sources (vitest.config.ts maps the
 * package name to src/).
 */
import { vi } from 'vitest';

/**
 * Imports the example at `path` (from the repository root, e.g. `examples/lunar.mjs`) afresh and
 * gives what it printed with console.log, one line a call; `then` runs with its exports before
 * the printing stops being collected.
 */
export async function printedBy(path: string, then?: (mod: Record<string, unknown>) => unknown): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    // Relative to this file; a fresh query each time, so that the example runs again.
    const specifier = `../../${path}?t=${Date.now()}`;
    const mod = (await import(specifier)) as Record<string, unknown>;
    await then?.(mod);
  } finally {
    spy.mockRestore();
  }
  return lines.join('\n');
}
