// Preloaded with `node --require` by bench/batch.mjs: writes the process's CPU time (user + system,
// in ms) to standard error as it exits, so that the bench compares CPU time, not wall time.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(2, `\nCPU_MS ${(user + system) / 1000}\n`);
});
