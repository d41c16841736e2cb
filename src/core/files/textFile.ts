// Reading a file that a user or a cloned repository supplies, so that no file can hang or exhaust
// the process: only regular files are read (a symlink to /dev/zero never ends), the size is checked
// before a byte is read (a 100 MB file is refused without being loaded), and text must be UTF-8
// without NUL bytes (a binary or Latin-1 file would otherwise be misread without a word).
import * as fs from 'node:fs';
import { open } from 'node:fs/promises';
import { linkRefused, NO_FOLLOW } from './durable';

/** Suites, case files, recorded outputs, glossaries: far above any real one, far below trouble. */
export const MAX_INPUT_FILE_BYTES = 32 * 1024 * 1024;

/** Why a file cannot be read as input. `message` is `<file>: <reason>`. */
export class TextFileError extends Error {
  override name = 'TextFileError';
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

// Non-blocking, so that opening a named pipe returns at once instead of waiting for a writer.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkStat(file: string, stat: fs.Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw new TextFileError(file, 'is a directory, not a file');
  if (!stat.isFile()) throw new TextFileError(file, 'is not a regular file (a device, pipe or socket); refused');
  if (stat.size > maxBytes) throw new TextFileError(file, `is ${MB(stat.size)}; files over ${MB(maxBytes)} are refused`);
}

/** UTF-8 text of `bytes`, or a TextFileError naming `file` for binary or non-UTF-8 content. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new TextFileError(file, 'looks like a binary file (it contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError(file, 'is not UTF-8 text (save it as UTF-8)');
  }
}

export interface ReadOptions {
  /** refuse a symbolic link (OutsideWorkspaceError) instead of following it: for state files */
  noFollow?: boolean;
}

/** The bytes of a regular file of at most `maxBytes`; other errors (ENOENT…) are thrown as fs gives them. */
export function readRegularFileSync(file: string, maxBytes = MAX_INPUT_FILE_BYTES, options: ReadOptions = {}): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, READ_FLAGS | (options.noFollow ? NO_FOLLOW : 0));
  } catch (err) {
    throw options.noFollow ? linkRefused(file, err) : err;
  }
  try {
    checkStat(file, fs.fstatSync(fd), maxBytes);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function readTextFileSync(file: string, maxBytes = MAX_INPUT_FILE_BYTES): string {
  return decodeText(readRegularFileSync(file, maxBytes), file);
}

export async function readTextFile(file: string, maxBytes = MAX_INPUT_FILE_BYTES, options: ReadOptions = {}): Promise<string> {
  let handle;
  try {
    handle = await open(file, READ_FLAGS | (options.noFollow ? NO_FOLLOW : 0));
  } catch (err) {
    throw options.noFollow ? linkRefused(file, err) : err;
  }
  try {
    checkStat(file, await handle.stat(), maxBytes);
    return decodeText(await handle.readFile(), file);
  } finally {
    await handle.close();
  }
}
