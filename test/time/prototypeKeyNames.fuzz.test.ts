/**
 * Bugs the fuzz suite found (keys named like Object.prototype members), kept as regression tests.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { WorktimeError } from '../../src/calendar/index.js';
import { comparePriority, sortByPriority } from '../../src/tthc/index.js';

function code(fn: () => unknown): string {
  try {
    const result = fn();
    return `returned ${String(result)}`;
  } catch (e) {
    return e instanceof WorktimeError ? e.code : `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/**
 * Runs `expression` against the built package (test/globalSetup.ts) in a child process killed
 * after `ms`: for calls that never return. Resolves to the WorktimeError code, 'returned',
 * 'HANG', or the name and message of another error.
 */
function inChild(expression: string, ms = 3000): Promise<string> {
  const url = pathToFileURL(join(inject('buildDir'), 'index.js')).href;
  const source = `
    const lib = await import(${JSON.stringify(url)});
    try { ${expression}; console.log('returned'); }
    catch (e) { console.log(e instanceof lib.WorktimeError ? e.code : e.name + ': ' + e.message); }`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', source], { timeout: ms, killSignal: 'SIGKILL' }, (error, stdout) => {
      resolve(error?.killed ? 'HANG' : stdout.trim() || String(error));
    });
  });
}

describe('fixed bugs: prototype keys', () => {
  // src/time/duration.ts looked units up in a plain object literal (`UNITS[key]`), so a key that
  // names an Object.prototype member (toString, constructor, valueOf, hasOwnProperty, or an own
  // "__proto__" as JSON.parse makes) found a function or an object instead of undefined: the
  // duration was NaN milliseconds, and addWorkingTime (hence intakeDeadline) never returned.
  it('a duration with a key named like an Object.prototype member is INVALID_DURATION, not a hang', async () => {
    const calendar = "lib.WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } })";
    const outcomes = await Promise.all([
      inChild(`${calendar}.addWorkingTime('2026-03-09T08:00', { toString: 1 })`),
      inChild(`${calendar}.addWorkingTime('2026-03-09T08:00', JSON.parse('{"__proto__": 1}'))`),
      inChild(`lib.intakeDeadline('2026-03-09T08:00', { limit: { constructor: 8 } })`),
    ]);
    expect(outcomes).toEqual(['INVALID_DURATION', 'INVALID_DURATION', 'INVALID_DURATION']);
  });

  // src/tthc/intake/priority.ts looked the channel up the same way (`RANK[channel]`): 'constructor',
  // 'toString' or '__proto__' passed for a channel, and the comparison was NaN.
  it("comparePriority of channel 'constructor' is INVALID_ARGUMENT, not NaN", () => {
    const online = { channel: 'online', receivedAt: 0 } as const;
    expect(code(() => comparePriority({ channel: 'constructor', receivedAt: 0 } as never, online))).toBe('INVALID_ARGUMENT');
  });

  it("sortByPriority rejects channel 'toString'", () => {
    const online = { channel: 'online', receivedAt: 0 } as const;
    expect(code(() => sortByPriority([{ channel: 'toString', receivedAt: 0 } as never, online]))).toBe('INVALID_ARGUMENT');
  });
});
