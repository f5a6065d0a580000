/**
 * Errors of the command line that are not the library's: usage errors (exit status 2) and
 * errors about the files it reads (exit status 1). Library errors are `WorktimeError` (exit 1).
 *
 * @module
 */

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

  constructor(code: UsageCode, message: string) {
    super(message);
    this.name = 'UsageError';
    this.code = code;
  }
}

/** Codes of {@link FileError}. */
export type FileCode = 'CANNOT_READ_FILE' | 'INVALID_JSON' | 'INVALID_CSV';

/** A file named on the command line cannot be read or parsed. Exit status 1. */
export class FileError extends Error {
  readonly code: FileCode;

  constructor(code: FileCode, message: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
  }
}
