/**
 * Running `vn-worktime` in tests: in-process through `run(argv, io)` (fast), or the built command
 * in a child process, as users run it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inject } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /**
   * Standard input: a text, or the chunks as they arrive (none: a terminal); absent means a
   * terminal (nothing to read).
   */
  stdin?: string | ReadonlyArray<string | Uint8Array>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string>;
  /** The clock. @defaultValue Monday 2026-03-02 09:00 in Vietnam */
  now?: Date;
  cwd?: string;
  /** Whether a backtick-quoted name in the output fails the test. @defaultValue true */
  scanForInternalNames?: boolean;
}

export const NOW = new Date('2026-03-02T02:00:00Z');

/** A backtick-quoted name, as the library quotes its parameters (`period.workingDays`): never in what the command line prints. */
const BACKTICKED = /`[A-Za-z_$][\w$.[\]]*`/;

/**
 * Every output of the command line in the test corpus is scanned: a backtick-quoted name fails the
 * test that produced it (unless the input itself had a backtick, which may be echoed).
 */
function checkNoInternalNames(argv: readonly string[], stdin: string | undefined, result: Result): void {
  if (argv.some((a) => a.includes('`')) || (stdin ?? '').includes('`')) return;
  for (const [stream, text] of [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
  ] as const) {
    const found = BACKTICKED.exec(text);
    if (found !== null) throw new Error(`vn-worktime ${argv.join(' ')} printed the internal name ${found[0]} on ${stream}: ${text.slice(Math.max(0, found.index - 80), found.index + 80)}`);
  }
}

/** `run(argv, io)` in-process, with collected output (scanned for internal names). */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const io: Io = {
    stdout: { write: (s) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) },
    stderr: { write: (s) => ((stderr += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) },
    stdin:
      typeof input === 'object'
        ? (async function* chunks() {
            yield* input;
          })()
        : Readable.from(input === undefined ? [] : [Buffer.from(input)]),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: typeof input === 'object' ? input.length === 0 : input === undefined,
    env: options.env ?? {},
    now: () => options.now ?? NOW,
    ...(options.cwd !== undefined && { cwd: options.cwd }),
  };
  const code = await run(argv, io);
  const result = { code, stdout, stderr };
  if (options.scanForInternalNames !== false) checkNoInternalNames(argv, typeof input === 'object' ? input.map((c) => Buffer.from(c).toString('utf8')).join('') : input, result);
  return result;
}

/** The built `vn-worktime` command in a child process, with a clean colour environment. */
export function spawnCli(args: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<Result> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] = value;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [join(inject('buildDir'), 'cli/main.js'), ...args], { env, cwd: options.cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? -1, stdout, stderr };
      try {
        checkNoInternalNames(args, options.stdin, result);
      } catch (error) {
        reject(error as Error);
        return;
      }
      resolve(result);
    });
  });
}

/** The lines of an NDJSON output (`batch --json`, or NDJSON input), each parsed. */
export function ndjsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
