/**
 * Errors of the command line: usage errors (exit status 2), values that cannot be read and files
 * that cannot be read (exit status 1). Each carries its text in Vietnamese and English
 * ({@link Msg}); `message` is the English one. Library errors that reach the command line are
 * turned into {@link InputError}s naming what the user typed (see inputs.ts).
 *
 * @module
 */
import type { Msg } from './messages.js';

/** Codes of {@link UsageError}: the command line itself is wrong. */
export type UsageCode =
  | 'UNKNOWN_COMMAND'
  | 'UNKNOWN_OPTION'
  | 'MISSING_ARGUMENT'
  | 'TOO_MANY_ARGUMENTS'
  | 'MISSING_VALUE'
  | 'UNEXPECTED_VALUE'
  | 'DUPLICATE_OPTION'
  | 'INVALID_CHOICE'
  | 'MISSING_OPTION'
  | 'CONFLICTING_OPTIONS';

/** The command line is wrong: an unknown command or option, a missing argument. Exit status 2. */
export class UsageError extends Error {
  readonly code: UsageCode;

  /** The message in both languages. */
  readonly text: Msg;

  constructor(code: UsageCode, text: Msg) {
    super(text.en);
    this.text = text;
    this.name = 'UsageError';
    this.code = code;
  }
}

/** Codes of {@link FileError}. */
export type FileCode = 'CANNOT_READ_FILE' | 'INVALID_JSON' | 'INVALID_CSV';

/** A file named on the command line cannot be read or parsed. Exit status 1. */
export class FileError extends Error {
  readonly code: FileCode;

  /** The message in both languages. */
  readonly text: Msg;

  constructor(code: FileCode, text: Msg) {
    super(text.en);
    this.text = text;
    this.name = 'FileError';
    this.code = code;
  }
}

/**
 * A value typed on the command line that cannot be used: the code is the library's
 * (`INVALID_INSTANT`, `OUT_OF_RANGE`, …), the text names the value and the argument or option it
 * was given to. Exit status 1.
 */
export class InputError extends Error {
  readonly code: string;
  /** The message in both languages. */
  readonly text: Msg;

  constructor(code: string, text: Msg) {
    super(text.en);
    this.name = 'InputError';
    this.code = code;
    this.text = text;
  }
}
