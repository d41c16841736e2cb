// Crash-safe file primitives of the version store: whole-file writes go through a temp file and a
// rename; logs grow by whole lines appended with O_APPEND, so two processes (the VS Code window
// and the CLI) can append to one log at once and a crash loses at most the line in flight.
// Neither ever writes through a symbolic link: the temp file is created exclusively and renamed
// over the name (replacing a link, not following it), logs are opened with O_NOFOLLOW, and a file
// in a state folder is written only while that folder stays inside its workspace (stateDir.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { OutsideWorkspaceError } from './inside';
import { describeJsonError } from '../problems';
import { checkStateFolder } from './stateDir';

export const TEMP_SUFFIX = '.tmp';

/** O_NOFOLLOW where the platform has it (not on Windows, which has no such links in clones). */
export const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** The error for a link met where a file of ours should be; `ELOOP` is what O_NOFOLLOW gives. */
export function linkRefused(file: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== 'ELOOP' && code !== 'EMLINK') return err;
  return new OutsideWorkspaceError(file, `${file}: is a symbolic link; PromptShift never reads or writes through a link in its state folder. Remove it (it may have come with a commit).`);
}

/** Writes `data` to `file` so that readers see either the old file or the whole new one. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  checkStateFolder(path.dirname(file));
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
  );
  try {
    // 'wx': O_CREAT|O_EXCL fails on any existing name, a link included, so the data never goes through one
    fs.writeFileSync(temp, data, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * How much of a large file is written or read at a time: the characters an AtomicFileWriter gathers
 * before each write(2), the bytes a streaming reader takes per read (RunFolder.streamCallsAt). 64 KB,
 * not 1 MB, so each piece, its text and what is parsed from it stay small objects that die young;
 * 1 MB pieces went to V8's large-object space and piled up there until a full collection (a 64 MB
 * report.json, a 40 MB plan.jsonl, +40 MB of RSS in a 100,000-call report pass; issue 17).
 */
export const FILE_PIECE_BYTES = 64 * 1024;

/**
 * writeFileAtomic for a file written piece by piece (a large run's report.json, case by case): the
 * pieces go to a temp file created exclusively beside `file`, renamed over it on commit(); readers
 * see the old file or the whole new one. abort() (or a failure) removes the temp file.
 */
export class AtomicFileWriter {
  readonly temp: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly file: string) {
    checkStateFolder(path.dirname(file));
    this.temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
    // 'wx': O_CREAT|O_EXCL fails on any existing name, a link included
    this.fd = fs.openSync(this.temp, 'wx');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FILE_PIECE_BYTES) this.flush();
  }

  /** Everything written so far is in the temp file (to read it back, e.g. with appendFile). */
  flush(): void {
    if (this.fd === undefined) throw new Error(`${this.file}: already committed or aborted`);
    if (this.pendingLength > 0) fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Appends the whole of a file (never read through a link), FILE_PIECE_BYTES bytes at a time. */
  appendFile(source: string): void {
    this.flush();
    const from = fs.openSync(source, fs.constants.O_RDONLY | NO_FOLLOW);
    try {
      const buffer = Buffer.alloc(FILE_PIECE_BYTES);
      for (let n; (n = fs.readSync(from, buffer, 0, buffer.length, null)) > 0; ) fs.writeSync(this.fd!, buffer, 0, n);
    } finally {
      fs.closeSync(from);
    }
  }

  commit(): string {
    try {
      this.flush();
      fs.closeSync(this.fd!);
      this.fd = undefined;
      fs.renameSync(this.temp, this.file);
      return this.file;
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  abort(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    this.pending = [];
    fs.rmSync(this.temp, { force: true });
  }
}

/** writeFileAtomic for a file written in pieces by `write`: on any failure no temp file is left behind. */
export function writeFileAtomicInPieces(file: string, write: (out: AtomicFileWriter) => void): string {
  const out = new AtomicFileWriter(file);
  try {
    write(out);
    return out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
}

const APPEND_FLAGS = fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT | NO_FOLLOW;

/**
 * Appends one JSON line in a single write(2) on an O_APPEND descriptor, which Linux and macOS keep
 * whole for regular files even when another process appends at the same moment. If an earlier
 * writer crashed mid-line, the file does not end in '\n'; the new line then starts on a line of
 * its own so that only the torn line is lost, never ours.
 */
export function appendJsonLine(file: string, value: unknown): void {
  appendJsonLines(file, [value]);
}

/**
 * Appends several JSON lines in one write(2), with the guarantees of appendJsonLine: a writer that
 * records many small results pays one open and one write per batch, not per line. A crash
 * mid-write tears at most the last line of the batch; the lines before it stay whole.
 */
export function appendJsonLines(file: string, values: readonly unknown[]): void {
  const log = new JsonlAppender(file);
  try {
    log.append(values);
  } finally {
    log.close();
  }
}

/**
 * A JSONL file that one writer appends to many times (a run's calls.jsonl): the state-folder check,
 * the refusal of a link and the repair of a torn last line happen once, when the first lines are
 * written; every append after that is one write(2) on the same O_APPEND descriptor, so each stays
 * as crash-safe as appendJsonLine. close() when done (a run ends, fails or is cancelled).
 */
export class JsonlAppender {
  private fd: number | undefined;

  constructor(readonly file: string) {}

  append(values: readonly unknown[]): void {
    if (values.length === 0) return;
    let lines = '';
    for (const value of values) lines += JSON.stringify(value) + '\n';
    if (this.fd === undefined) {
      const { fd, prefix } = openForAppend(this.file);
      this.fd = fd;
      lines = prefix + lines;
    }
    fs.writeSync(this.fd, lines);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Opens `file` for appending (never through a link); `prefix` is '\n' when it ends in a torn line. */
function openForAppend(file: string): { fd: number; prefix: string } {
  checkStateFolder(path.dirname(file));
  let fd: number;
  try {
    fd = fs.openSync(file, APPEND_FLAGS, 0o666);
  } catch (err) {
    throw linkRefused(file, err);
  }
  try {
    const { size } = fs.fstatSync(fd);
    if (size === 0) return { fd, prefix: '' };
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return { fd, prefix: last[0] === 0x0a ? '' : '\n' };
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

export interface LogWarning {
  /** absolute path of the log file */
  file: string;
  /** 1-based line number */
  line: number;
  message: string;
}

/** How many bytes before the read position are compared on each refresh to notice in-place edits. */
const GUARD_BYTES = 64;

/**
 * Reads a JSONL file incrementally: each `refresh()` parses only the lines appended since the last
 * one, so that a log with thousands of entries is not re-read on every save. The cache is
 * validated by inode, size and the bytes just before the read position; a file that was replaced,
 * shrunk or edited in place is read again from the start (`onReset` tells the owner to drop what
 * it folded so far). A last line without '\n' is not parsed: it is either being written by another
 * process right now or was torn by a crash; it is reported as a warning and read once complete.
 */
export class JsonlTail {
  private offset = 0;
  private lineNo = 0;
  private ino = -1;
  private mtimeMs = -1;
  private guard = Buffer.alloc(0);
  /** a warning about an incomplete last line, replaced on every refresh */
  pendingWarning: LogWarning | undefined;

  constructor(
    readonly file: string,
    private readonly onLine: (value: unknown, line: number) => void,
    private readonly onBadLine: (warning: LogWarning) => void,
    private readonly onReset: () => void,
  ) {}

  /** Reads what was appended since the last call; returns false if the file does not exist. */
  refresh(): boolean {
    let fd: number;
    try {
      fd = fs.openSync(this.file, fs.constants.O_RDONLY | NO_FOLLOW | (fs.constants.O_NONBLOCK ?? 0));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || linkRefused(this.file, err) !== err) {
        if (this.offset > 0 || this.ino !== -1) this.reset();
        // a link is not read (it may lead anywhere); writing to it is refused too
        if (code !== 'ENOENT') this.pendingWarning = { file: this.file, line: 1, message: 'is a symbolic link; not read (PromptShift does not follow links in its state folder)' };
        return false;
      }
      throw err;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) {
        this.pendingWarning = { file: this.file, line: 1, message: 'is not a regular file; not read' };
        return false;
      }
      // Same size but a new mtime can only be an in-place edit: appends always grow the file.
      const editedInPlace = st.size === this.offset && st.mtimeMs !== this.mtimeMs;
      if (st.ino !== this.ino || st.size < this.offset || editedInPlace) this.reset();
      this.ino = st.ino;
      this.mtimeMs = st.mtimeMs;
      const start = Math.max(0, this.offset - this.guard.length);
      if (st.size === this.offset && this.pendingWarning === undefined && this.guardStillMatches(fd)) return true;
      const buf = Buffer.alloc(st.size - start);
      readFully(fd, buf, start);
      if (!buf.subarray(0, this.offset - start).equals(this.guard)) {
        // edited in place (same inode, not a pure append): fold everything again
        this.reset();
        this.ino = st.ino;
        this.mtimeMs = st.mtimeMs;
        return this.parseFrom(fd, st.size);
      }
      this.consume(buf.subarray(this.offset - start), buf);
      return true;
    } finally {
      fs.closeSync(fd);
    }
  }

  private guardStillMatches(fd: number): boolean {
    if (this.guard.length === 0) return true;
    const now = Buffer.alloc(this.guard.length);
    readFully(fd, now, this.offset - this.guard.length);
    return now.equals(this.guard);
  }

  private parseFrom(fd: number, size: number): boolean {
    const buf = Buffer.alloc(size);
    readFully(fd, buf, 0);
    this.consume(buf, buf);
    return true;
  }

  /** Parses the complete lines of `fresh` (which starts at this.offset); `whole` ends at EOF. */
  private consume(fresh: Buffer, whole: Buffer): void {
    this.pendingWarning = undefined;
    let pos = 0;
    for (;;) {
      const nl = fresh.indexOf(0x0a, pos);
      if (nl < 0) break;
      this.lineNo++;
      const text = fresh.toString('utf8', pos, nl).trim();
      if (text !== '') {
        let value: unknown;
        let ok = true;
        try {
          value = JSON.parse(text);
        } catch (err) {
          ok = false;
          this.onBadLine({ file: this.file, line: this.lineNo, message: `not valid JSON (${describeJsonError(err, text)})` });
        }
        if (ok) this.onLine(value, this.lineNo);
      }
      pos = nl + 1;
    }
    this.offset += pos;
    if (pos < fresh.length) {
      this.pendingWarning = {
        file: this.file,
        line: this.lineNo + 1,
        message: 'incomplete last line (a write was interrupted or is still in progress); ignored',
      };
    }
    const consumedEnd = whole.length - (fresh.length - pos);
    this.guard = Buffer.from(whole.subarray(Math.max(0, consumedEnd - GUARD_BYTES), consumedEnd));
  }

  private reset(): void {
    this.offset = 0;
    this.lineNo = 0;
    this.ino = -1;
    this.mtimeMs = -1;
    this.guard = Buffer.alloc(0);
    this.pendingWarning = undefined;
    this.onReset();
  }
}

function readFully(fd: number, buf: Buffer, position: number): void {
  let done = 0;
  while (done < buf.length) {
    const n = fs.readSync(fd, buf, done, buf.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
}
