// The lines of a log file, read as a stream: memory stays bounded whatever the file's length, so the
// 32 MB cap of files read whole (core/files) does not apply here. What the cap protects against is
// still refused: a path that is not a regular file (a pipe, a device: never-ending), binary content
// (NUL bytes: a sparse or image file), text that is not UTF-8, and a single line longer than
// `maxLineBytes` (skipped and reported, so one runaway line cannot take the memory).
// Gzip (`.gz`, or any file starting with gzip's magic bytes) is decompressed on the way.
import * as fs from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { TextFileError } from '../files';

/** A log line far longer than any logged model output: a larger one is skipped, not held. */
export const MAX_LOG_LINE_BYTES = 8 * 1024 * 1024;

const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export interface LogLine {
  /** 1-based line number in the (decompressed) file */
  line: number;
  text: string;
}

export interface LineStreamOptions {
  maxLineBytes?: number;
  /** called for each line skipped for its length */
  onLongLine?: (line: number, bytes: number) => void;
}

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * The non-empty lines of `file` (`\n` or `\r\n`), in order. Throws a TextFileError naming the file
 * for a path that is not a regular file, binary content or invalid UTF-8 (the whole file is then
 * not a log); lines already yielded stay yielded.
 */
export async function* readLogLines(file: string, options: LineStreamOptions = {}): AsyncGenerator<LogLine> {
  const maxLineBytes = options.maxLineBytes ?? MAX_LOG_LINE_BYTES;
  const handle = await open(file, READ_FLAGS);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new TextFileError(file, 'is a directory, not a file');
    if (!stat.isFile()) throw new TextFileError(file, 'is not a regular file (a device, pipe or socket); refused');
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    const raw = handle.createReadStream({ start: 0, autoClose: false, highWaterMark: 256 * 1024 });
    const bytes: AsyncIterable<Buffer> = isGzip(head.subarray(0, bytesRead)) ? raw.pipe(createGunzip()) : raw;
    yield* splitLines(bytes, file, maxLineBytes, options.onLongLine);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') {
      throw new TextFileError(file, `is not valid gzip (${(err as Error).message})`);
    }
    throw err;
  } finally {
    await handle.close();
  }
}

async function* splitLines(chunks: AsyncIterable<Buffer>, file: string, maxLineBytes: number, onLongLine?: (line: number, bytes: number) => void): AsyncGenerator<LogLine> {
  // Bytes are split at '\n' (never inside a UTF-8 sequence) and each line decoded whole, fatally.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false; // inside a line that grew past the limit: drop bytes until its end
  let lineNo = 0;
  const decode = (parts: Buffer[]): string => {
    const buf = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    try {
      return decoder.decode(buf);
    } catch {
      throw new TextFileError(file, `is not UTF-8 text (line ${lineNo}; save it as UTF-8)`);
    }
  };
  const finish = function* (parts: Buffer[]): Generator<LogLine> {
    lineNo++;
    if (skipping) {
      onLongLine?.(lineNo, pendingBytes);
      return;
    }
    let text = decode(parts);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() !== '') yield { line: lineNo, text };
  };
  for await (const chunk of chunks) {
    if (chunk.includes(0)) throw new TextFileError(file, `looks like a binary file (it contains NUL bytes near line ${lineNo + 1}), not text`);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (!skipping) pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes > maxLineBytes) skipping = true;
      yield* finish(pending);
      pending = [];
      pendingBytes = 0;
      skipping = false;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) {
        skipping = true;
        pending = [];
      } else if (!skipping) pending.push(Buffer.from(rest)); // a copy: the stream may reuse its buffer
    }
  }
  if (pendingBytes > 0 || skipping) yield* finish(pending);
}
