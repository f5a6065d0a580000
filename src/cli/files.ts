/**
 * The files the command line reads: JSON documents (a calendar, a schedule) and the input of
 * `batch`. Problems become a {@link FileError} with the file's name.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileError } from './errors.js';
import { msg, typed } from './messages.js';
import type { Io } from './io.js';

function cannotRead(path: string, error: unknown): FileError {
  const code = (error as { code?: unknown }).code;
  const why =
    code === 'ENOENT' ? msg('không có tệp này', 'no such file')
    : code === 'EISDIR' ? msg('đó là một thư mục', 'it is a folder')
    : code === 'EACCES' ? msg('không có quyền đọc', 'permission denied')
    : msg(String((error as Error).message), String((error as Error).message));
  return new FileError('CANNOT_READ_FILE', msg(`không đọc được tệp ${typed(path)} (${why.vi})`, `cannot read the file ${typed(path)} (${why.en})`));
}

/** The absolute path of a file named on the command line. */
export function filePath(path: string, io: Io): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

/**
 * Reads and parses a JSON file.
 *
 * @throws FileError `CANNOT_READ_FILE`, `INVALID_JSON`.
 */
export function readJsonFile(path: string, io: Io): unknown {
  let text: string;
  try {
    text = readFileSync(filePath(path, io), 'utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const why = (error as Error).message;
    throw new FileError('INVALID_JSON', msg(`tệp ${typed(path)} không phải là JSON (${why})`, `the file ${typed(path)} is not JSON (${why})`));
  }
}

/**
 * The text of a file as a stream of chunks, in constant memory.
 *
 * @throws FileError `CANNOT_READ_FILE` (when the first chunk is read).
 */
export async function* fileChunks(path: string, io: Io): AsyncGenerator<string> {
  const stream = createReadStream(filePath(path, io), { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) throw cannotRead(path, error);
    throw error;
  } finally {
    stream.destroy();
  }
}
