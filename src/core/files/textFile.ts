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
  return withRegularFile(file, maxBytes, options, (fd) => fs.readFileSync(fd));
}

/** `read` on the open descriptor of a regular file of at most `maxBytes` (checked first), closed after. */
function withRegularFile<T>(file: string, maxBytes: number, options: ReadOptions, read: (fd: number, stat: fs.Stats) => T): T {
  let fd: number;
  try {
    fd = fs.openSync(file, READ_FLAGS | (options.noFollow ? NO_FOLLOW : 0));
  } catch (err) {
    throw options.noFollow ? linkRefused(file, err) : err;
  }
  try {
    const stat = fs.fstatSync(fd);
    checkStat(file, stat, maxBytes);
    return read(fd, stat);
  } finally {
    fs.closeSync(fd);
  }
}

/** How much is read per step when only a file's start is wanted. */
const PIECE_BYTES = 64 * 1024;

/** How far into a file readRegularFileAround looks for its marker before it gives up (the caller then reads the file whole). */
const MARKER_SEARCH_BYTES = 8 * 1024 * 1024;

/**
 * The start of a regular file up to and including the first `marker` (ASCII), read a piece at a
 * time so that a large file is not read whole (`start` is undefined when the marker is not in the
 * first 8 MB), and its last `endBytes` bytes, as Latin-1 (for ASCII patterns; a piece may begin
 * inside a character).
 */
export function readRegularFileAround(file: string, marker: string, endBytes: number, options: ReadOptions = {}): { start?: string; end: string } {
  return withRegularFile(file, Number.MAX_SAFE_INTEGER, options, (fd, stat) => {
    const endLength = Math.min(endBytes, stat.size);
    const end = Buffer.alloc(endLength);
    fs.readSync(fd, end, 0, endLength, stat.size - endLength);
    const pieces: Buffer[] = [];
    let read = 0;
    let found = -1;
    // the last bytes of what was read before, so that a marker split across two pieces is found
    let carry = Buffer.alloc(0);
    while (found < 0 && read < Math.min(stat.size, MARKER_SEARCH_BYTES)) {
      const piece = Buffer.alloc(Math.min(PIECE_BYTES, stat.size - read));
      const got = piece.subarray(0, fs.readSync(fd, piece, 0, piece.length, read));
      if (got.length === 0) break;
      pieces.push(got);
      const window = Buffer.concat([carry, got]);
      const at = window.indexOf(marker);
      if (at >= 0) found = read - carry.length + at + marker.length;
      read += got.length;
      carry = window.subarray(Math.max(0, window.length - marker.length + 1));
    }
    const result: { start?: string; end: string } = { end: end.toString('latin1') };
    if (found >= 0) result.start = decodeText(Buffer.concat(pieces).subarray(0, found), file);
    return result;
  });
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
