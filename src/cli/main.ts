/**
 * The `vn-worktime` command (package.json `bin`; tsup adds the `#!/usr/bin/env node` line).
 *
 * @module
 */
import { run } from './run.js';

// `vn-worktime batch … | head`: the reader went away; stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
});
