/**
 * The `vn-worktime` command (package.json `bin`; tsup adds the `#!/usr/bin/env node` line).
 *
 * @module
 */
import { outputErrorHandler } from './outputError.js';
import { run } from './run.js';

// `… | head` stops quietly; a full disk or a broken output is one line and exit status 74.
const exit = (status: number): void => process.exit(status);
process.stdout.on('error', outputErrorHandler('stdout', process.stderr, exit));
process.stderr.on('error', outputErrorHandler('stderr', process.stderr, exit));

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
});
