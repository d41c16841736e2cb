// VersionStore: every version of every prompt file of a workspace, under `<root>/.promptshift/`
// (CONTRACTS §5):
//   objects/<2>/<62>.gz|.dz       content-addressed versions (see objects.ts)
//   history/<file id>.jsonl       one append-only log per prompt file (see log-model.ts)
//   history/renames.jsonl         which log a path uses after renames (see path-index.ts)
// Nothing is ever rewritten: objects are written once through temp + rename, logs and the rename
// index only grow by whole lines. The VS Code window and the CLI may use the store at the same
// time; each keeps an in-memory copy of what it read and reads only what was appended since.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appendJsonLine, JsonlTail, ensureStateDir, makeStateDir, STATE_DIR, type LogWarning } from '../files';
import { FileLogModel, LABEL_PATTERN, type LogLine, type RenameEntry, type VersionEntry, type VersionSource } from './log-model';
import { HistoryError, isFullSha, ObjectStore, sha256Hex } from './objects';
import { PathIndex, type RenameRecord } from './path-index';
import { lineStats, type LineStats } from './line-stats';
import { toRelPath } from './workspace';

/** Line stats are computed while saving only up to this size, to keep a save within a few ms. */
const INLINE_STATS_MAX_BYTES = 64 * 1024;

export interface SnapshotOptions {
  source: VersionSource;
  label?: string;
  message?: string;
  /** defaults to now; for imports */
  time?: Date;
}

export interface SnapshotResult {
  sha256: string;
  /** false when the content equals the newest version (nothing recorded) */
  created: boolean;
  /** number of the version holding this content (v1 = oldest) */
  version: number;
  entry: VersionEntry;
}

export interface FileHistory {
  /** workspace-relative path asked for */
  path: string;
  fileId: string;
  /** absolute path of the log file */
  logFile: string;
  /** newest first */
  versions: VersionEntry[];
  renames: RenameEntry[];
  /** label → version number */
  labels: Record<string, number>;
  /** bad lines of the log or the rename index; everything else was read */
  warnings: LogWarning[];
}

export interface TrackedFile {
  /** current workspace-relative path */
  path: string;
  fileId: string;
  versions: number;
  newest?: VersionEntry;
  /** the file exists in the workspace now (a deleted file keeps its history) */
  exists: boolean;
  /** another file's history has since taken over this path (a rename onto it) */
  detached: boolean;
}

interface OpenLog {
  tail: JsonlTail;
  model: FileLogModel;
}

export class VersionStore {
  readonly dir: string;
  readonly objectsDir: string;
  readonly historyDir: string;
  private readonly objects: ObjectStore;
  private readonly index: PathIndex;
  private readonly indexTail: JsonlTail;
  private readonly logs = new Map<string, OpenLog>();
  private readonly statsMemo = new Map<string, LineStats>();

  /** `root` is the workspace root; nothing is created on disk until the first write. */
  constructor(readonly root: string) {
    this.root = path.resolve(root);
    this.dir = path.join(this.root, STATE_DIR);
    this.objectsDir = path.join(this.dir, 'objects');
    this.historyDir = path.join(this.dir, 'history');
    this.objects = new ObjectStore(this.objectsDir);
    const indexFile = path.join(this.historyDir, 'renames.jsonl');
    this.index = new PathIndex(indexFile);
    this.indexTail = new JsonlTail(
      indexFile,
      (v, line) => this.index.apply(v, line),
      (w) => this.index.warnings.push(w),
      () => this.index.reset(),
    );
  }

  /** Workspace-relative '/' path of an absolute or root-relative path. */
  relPath(file: string): string {
    return toRelPath(this.root, file);
  }

  /**
   * Records `content` as the newest version of `file`, unless it equals the newest version already
   * (then nothing is written and `created` is false).
   */
  snapshot(file: string, content: string | Uint8Array, options: SnapshotOptions): SnapshotResult {
    const rel = this.relPath(file);
    if (options.label !== undefined) checkLabel(options.label);
    const bytes = toBuffer(content);
    const sha = sha256Hex(bytes);
    const { model, fileId } = this.openFor(rel);
    const head = model.newest;
    if (head && head.sha256 === sha && options.label === undefined) {
      return { sha256: sha, created: false, version: head.number, entry: this.withLabels(model, head) };
    }
    if (head && head.sha256 === sha && options.label !== undefined) {
      // unchanged content with a label: label the existing version instead of adding a copy
      const entry = this.label(rel, sha, options.label);
      return { sha256: sha, created: false, version: entry.number, entry };
    }
    this.ensureDirs();
    const base = head && (head.size ?? Infinity) <= INLINE_STATS_MAX_BYTES ? this.tryRead(head.sha256) : undefined;
    this.objects.put(sha, bytes, base && head ? { sha256: head.sha256, content: base } : undefined);

    const time = (options.time ?? new Date()).toISOString();
    const line: LogLine = { kind: 'version', time, sha256: sha, source: options.source, path: rel, size: bytes.length };
    if (options.label !== undefined) line.label = options.label;
    if (options.message !== undefined) line.message = options.message;
    if (bytes.length <= INLINE_STATS_MAX_BYTES && (!head || base)) {
      Object.assign(line, lineStats(base ? base.toString('utf8') : '', bytes.toString('utf8')));
    }
    appendJsonLine(this.logFile(fileId), line);

    this.refresh(this.logs.get(this.logFile(fileId))!);
    // another process may have appended in between: find our own line, newest first
    let entry: VersionEntry | undefined;
    for (let i = model.versions.length - 1; i >= 0 && !entry; i--) {
      const v = model.versions[i]!;
      if (v.sha256 === sha && v.time === time) entry = v;
    }
    if (!entry) throw new HistoryError(`the version just recorded is missing from ${this.logFile(fileId)}`);
    return { sha256: sha, created: true, version: entry.number, entry: this.withLabels(model, entry) };
  }

  /**
   * Stores content in `objects/` without recording a version of any file, and returns its sha256,
   * so that `snapshot:<sha>` resolves to it later. For content that is not a new version of the
   * file, e.g. version A of an eval taken from git: snapshotting it would make it the newest.
   */
  storeContent(content: string | Uint8Array): string {
    const bytes = toBuffer(content);
    const sha = sha256Hex(bytes);
    this.ensureDirs();
    this.objects.put(sha, bytes);
    return sha;
  }

  /** The versions of `file` (newest first), following renames; empty if it has none. */
  log(file: string): FileHistory {
    const rel = this.relPath(file);
    const { model, fileId, tail } = this.openFor(rel);
    const labels: Record<string, number> = {};
    for (const [name, n] of model.labels) labels[name] = n;
    const warnings = [...this.index.warnings, ...(this.indexTail.pendingWarning ? [this.indexTail.pendingWarning] : [])];
    warnings.push(...model.warnings);
    if (tail.pendingWarning) warnings.push(tail.pendingWarning);
    return {
      path: rel,
      fileId,
      logFile: this.logFile(fileId),
      versions: model.snapshotNewestFirst(),
      renames: [...model.renames],
      labels,
      warnings,
    };
  }

  /** Bytes of a stored version, by full sha256 or a unique prefix of at least 4 hex digits. */
  read(shaOrPrefix: string): Buffer {
    return this.objects.get(this.resolveSha(shaOrPrefix));
  }

  /** Full sha256 of the one stored object that starts with `prefix`. */
  resolveSha(prefix: string): string {
    const p = prefix.toLowerCase();
    if (isFullSha(p) && this.objects.has(p)) return p;
    const matches = this.objects.matchPrefix(p);
    if (matches.length === 0) throw new HistoryError(`no stored version starts with '${prefix}'`);
    if (matches.length > 1) {
      throw new HistoryError(`'${prefix}' is ambiguous: ${matches.length} stored versions start with it (${matches.slice(0, 5).map((m) => m.slice(0, 12)).join(', ')}…); give more digits`);
    }
    return matches[0]!;
  }

  /**
   * The newest version of `file` whose sha256 starts with `prefix` (≥ 4 hex digits); undefined if
   * none; throws if the prefix matches versions of different content.
   */
  findVersion(file: string, prefix: string): VersionEntry | undefined {
    const p = prefix.toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(p)) throw new HistoryError(`'${prefix}' is not a sha256 prefix of at least 4 hex digits`);
    const { model } = this.openFor(this.relPath(file));
    const shas = new Set(model.versions.filter((v) => v.sha256.startsWith(p)).map((v) => v.sha256));
    if (shas.size > 1) {
      throw new HistoryError(`'${prefix}' is ambiguous among the versions of ${this.relPath(file)} (${[...shas].map((s) => s.slice(0, 12)).join(', ')}); give more digits`);
    }
    const [only] = shas;
    const entry = only === undefined ? undefined : model.newestWithSha(only);
    return entry && this.withLabels(model, entry);
  }

  /** Points `label` at the version of `file` with this sha (moving it if it named another version). */
  label(file: string, shaOrPrefix: string, label: string): VersionEntry {
    checkLabel(label);
    const rel = this.relPath(file);
    const target = this.findVersion(rel, shaOrPrefix);
    if (!target) throw new HistoryError(`${rel} has no version starting with '${shaOrPrefix}'`);
    const { fileId, model } = this.openFor(rel);
    this.ensureDirs();
    appendJsonLine(this.logFile(fileId), { kind: 'label', time: new Date().toISOString(), sha256: target.sha256, label, path: rel } satisfies LogLine);
    this.refresh(this.logs.get(this.logFile(fileId))!);
    return this.withLabels(model, model.newestWithSha(target.sha256)!);
  }

  /** Removes a label from `file`; returns false if it had no such label. */
  unlabel(file: string, label: string): boolean {
    const rel = this.relPath(file);
    const { fileId, model } = this.openFor(rel);
    if (!model.labels.has(label)) return false;
    appendJsonLine(this.logFile(fileId), { kind: 'label', time: new Date().toISOString(), label, removed: true, path: rel } satisfies LogLine);
    this.refresh(this.logs.get(this.logFile(fileId))!);
    return true;
  }

  findByLabel(file: string, label: string): VersionEntry | undefined {
    const { model } = this.openFor(this.relPath(file));
    const n = model.labels.get(label);
    const entry = n === undefined ? undefined : model.versions[n - 1];
    return entry && this.withLabels(model, entry);
  }

  /**
   * Moves the history of `oldFile` to `newFile` (call it for VS Code's onDidRenameFiles and for
   * `snapshot --from`). A folder moves the history of every tracked file under it. Repeating a
   * rename already recorded is harmless. Returns the moves made (empty if nothing was tracked).
   */
  rename(oldFile: string, newFile: string): Array<{ from: string; to: string }> {
    const from = this.relPath(oldFile);
    const to = this.relPath(newFile);
    if (from === to) return [];
    this.refreshIndex();
    const moves: Array<{ from: string; to: string }> = [];
    if (fs.existsSync(this.logFile(this.index.idFor(from)))) moves.push({ from, to });
    for (const tracked of this.files()) {
      if (!tracked.detached && tracked.path.startsWith(from + '/')) moves.push({ from: tracked.path, to: to + tracked.path.slice(from.length) });
    }
    this.ensureDirs();
    const time = new Date().toISOString();
    for (const move of moves) {
      const id = this.index.idFor(move.from);
      // the index first: if we crash before the second line, the history still follows the file
      appendJsonLine(this.index.file, { time, from: move.from, to: move.to, id } satisfies RenameRecord);
      appendJsonLine(this.logFile(id), { kind: 'rename', time, from: move.from, to: move.to, path: move.to } satisfies LogLine);
      this.refreshIndex();
    }
    return moves;
  }

  /** Every file with a history, deleted ones included. */
  files(options: { includeDetached?: boolean } = {}): TrackedFile[] {
    this.refreshIndex();
    let names: string[];
    try {
      names = fs.readdirSync(this.historyDir);
    } catch {
      return [];
    }
    const out: TrackedFile[] = [];
    for (const name of names) {
      const m = /^([0-9a-f]{16})\.jsonl$/.exec(name);
      if (!m) continue;
      const fileId = m[1]!;
      const { model } = this.open(fileId);
      const current = this.index.renamedPathOf(fileId) ?? model.currentPath;
      if (current === undefined) continue;
      const detached = this.index.idFor(current) !== fileId;
      if (detached && !options.includeDetached) continue;
      const newest = model.newest;
      const tracked: TrackedFile = {
        path: current,
        fileId,
        versions: model.versions.length,
        exists: fs.existsSync(path.join(this.root, current)),
        detached,
      };
      if (newest) tracked.newest = this.withLabels(model, newest);
      out.push(tracked);
    }
    return out.sort((a, b) => a.path.localeCompare(b.path) || Number(a.detached) - Number(b.detached));
  }

  /**
   * Lines added/removed by `version` against the version before it. Taken from the log when it
   * was computed at save time (files up to 64 KB), otherwise computed now and remembered.
   */
  lineStatsOf(file: string, version: VersionEntry | number): LineStats {
    const { model } = this.openFor(this.relPath(file));
    const n = typeof version === 'number' ? version : version.number;
    const entry = model.versions[n - 1];
    if (!entry) throw new HistoryError(`${this.relPath(file)} has no version v${n}`);
    if (entry.added !== undefined && entry.removed !== undefined) return { added: entry.added, removed: entry.removed };
    const prev = model.versions[n - 2];
    const key = `${prev?.sha256 ?? ''}:${entry.sha256}`;
    let stats = this.statsMemo.get(key);
    if (!stats) {
      stats = lineStats(prev ? this.objects.get(prev.sha256).toString('utf8') : '', this.objects.get(entry.sha256).toString('utf8'));
      this.statsMemo.set(key, stats);
    }
    return stats;
  }

  // ---- internals ----

  private logFile(fileId: string): string {
    return path.join(this.historyDir, `${fileId}.jsonl`);
  }

  private ensureDirs(): void {
    ensureStateDir(this.root);
    makeStateDir(this.objectsDir);
    makeStateDir(this.historyDir);
  }

  private refreshIndex(): void {
    this.indexTail.refresh();
  }

  private openFor(rel: string): OpenLog & { fileId: string } {
    this.refreshIndex();
    const fileId = this.index.idFor(rel);
    return { ...this.open(fileId), fileId };
  }

  private open(fileId: string): OpenLog {
    const file = this.logFile(fileId);
    let log = this.logs.get(file);
    if (!log) {
      const model = new FileLogModel(file);
      const tail = new JsonlTail(
        file,
        (v, line) => model.apply(v, line),
        (w) => model.warnings.push(w),
        () => model.reset(),
      );
      log = { tail, model };
      this.logs.set(file, log);
    }
    this.refresh(log);
    return log;
  }

  private refresh(log: OpenLog): void {
    log.tail.refresh();
  }

  private tryRead(sha: string): Buffer | undefined {
    try {
      return this.objects.get(sha);
    } catch (err) {
      if (err instanceof HistoryError) return undefined;
      throw err;
    }
  }

  private withLabels(model: FileLogModel, entry: VersionEntry): VersionEntry {
    const labels: string[] = [];
    for (const [name, n] of model.labels) if (n === entry.number) labels.push(name);
    return { ...entry, labels: labels.sort() };
  }
}

function toBuffer(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

function checkLabel(label: string): void {
  if (!LABEL_PATTERN.test(label)) {
    throw new HistoryError(`label '${label}' is not valid: use letters, digits and . _ - / + (starting with a letter or digit, at most 100)`);
  }
}
