/**
 * What the command does when its output cannot be written: the reader of a pipe went away
 * (`vn-worktime batch … | head`: `EPIPE`, a quiet stop with status 0), or the output is a full
 * disk or a broken device (`> /dev/full`: `ENOSPC`, `EIO`, …): one line on standard error and
 * exit status 74 (`EX_IOERR` of sysexits.h), never a stack trace.
 *
 * @module
 */

/** Exit status of a run whose output could not be written. */
export const OUTPUT_ERROR_STATUS = 74;

/** A stream's `'error'` listener: `exit` ends the process with the status above (or 0 for EPIPE on stdout). */
export function outputErrorHandler(
  stream: 'stdout' | 'stderr',
  stderr: { write(text: string): unknown },
  exit: (status: number) => void,
): (error: NodeJS.ErrnoException) => void {
  return (error) => {
    if (stream === 'stdout' && error.code === 'EPIPE') {
      exit(0);
      return;
    }
    if (stream === 'stdout') {
      const why = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
      try {
        stderr.write(`vn-worktime: OUTPUT_ERROR: cannot write the output (${why})\n`);
      } catch {
        // standard error is broken too: the exit status is all that is left
      }
    }
    exit(OUTPUT_ERROR_STATUS);
  };
}
