/**
 * What a run of the command line may touch: its three streams, whether they are terminals, the
 * environment and the clock. `main.ts` passes the process's; tests pass their own.
 *
 * @module
 */

/** A stream the command line writes to (`process.stdout`, or a test's collector). */
export interface Output {
  /** Writes text, or UTF-8 bytes (long outputs); `false` asks the writer to wait for `'drain'`. */
  write(chunk: string | Uint8Array): boolean;
  /** Present on Node streams: lets a long run wait for the reader. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** The world of one run. */
export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  /** Standard input, read by `batch` when no file is named. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** `NO_COLOR`, `FORCE_COLOR`, `TERM`, `VN_WORKTIME_DEBUG`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock, read only for the words `now` and `today`. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** The folder relative file names are read from. @defaultValue `process.cwd()` */
  readonly cwd?: string;
}

/** Writes `chunk`, waiting for `'drain'` when the reader is slower than the writer. */
export async function writeAll(out: Output, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk) && out.once !== undefined) {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}
