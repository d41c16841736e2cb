// The per-file history log: its line format (validated with zod, since users may hand-edit it) and
// the in-memory model folded from its lines. One log per prompt file, `.promptshift/history/<id>.jsonl`:
//   {"kind":"version","time":"…","sha256":"…","source":"save","path":"prompts/a.prompt.md","size":812,"added":3,"removed":1}
//   {"kind":"label","time":"…","sha256":"…","label":"baseline","path":"prompts/a.prompt.md"}
//   {"kind":"label","time":"…","label":"baseline","removed":true,"path":"…"}
//   {"kind":"rename","time":"…","from":"prompts/a.prompt.md","to":"prompts/b.prompt.md","path":"prompts/b.prompt.md"}
import * as z from 'zod';
import type { LogWarning } from '../files';

export const VERSION_SOURCES = ['save', 'manual', 'eval', 'restore', 'import'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** Labels name one version of a file each and appear in refs as `@<label>`. */
export const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/+]{0,99}$/;

export interface VersionEntry {
  /** 1 = the oldest version of this file; numbering continues across renames */
  number: number;
  sha256: string;
  /** ISO 8601 */
  time: string;
  source: VersionSource;
  /** workspace-relative path of the file when this version was recorded */
  path: string;
  /** label given when the version was recorded */
  label?: string;
  message?: string;
  /** bytes */
  size?: number;
  /** lines added / removed against the previous version (absent when not computed yet) */
  added?: number;
  removed?: number;
  /** labels that currently point at this version */
  labels: string[];
  /** line of the log file holding this entry */
  line: number;
}

export interface RenameEntry {
  time: string;
  from: string;
  to: string;
  line: number;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
const time = z.iso.datetime({ offset: true });
const relPath = z.string().min(1);
const label = z.string().regex(LABEL_PATTERN, 'expected letters, digits and . _ - / + (at most 100)');

const versionLine = z.object({
  kind: z.literal('version'),
  time,
  sha256,
  source: z.enum(VERSION_SOURCES),
  path: relPath,
  label: label.optional(),
  message: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  added: z.number().int().nonnegative().optional(),
  removed: z.number().int().nonnegative().optional(),
});
const labelLine = z.object({
  kind: z.literal('label'),
  time,
  label,
  sha256: sha256.optional(),
  removed: z.boolean().optional(),
  path: relPath,
});
const renameLine = z.object({ kind: z.literal('rename'), time, from: relPath, to: relPath, path: relPath.optional() });

export const logLine = z.discriminatedUnion('kind', [versionLine, labelLine, renameLine]);
export type LogLine = z.input<typeof logLine>;

/** Everything folded from one log file. Rebuilt from scratch when the file changes other than by appends. */
export class FileLogModel {
  /** oldest first */
  versions: VersionEntry[] = [];
  renames: RenameEntry[] = [];
  /** label → version number */
  labels = new Map<string, number>();
  warnings: LogWarning[] = [];

  constructor(readonly file: string) {}

  reset(): void {
    this.versions = [];
    this.renames = [];
    this.labels = new Map();
    this.warnings = [];
  }

  get newest(): VersionEntry | undefined {
    return this.versions[this.versions.length - 1];
  }

  /** Path of the file as of the last entry (renames included). */
  get currentPath(): string | undefined {
    const lastRename = this.renames[this.renames.length - 1];
    const newest = this.newest;
    if (lastRename && (!newest || lastRename.line > newest.line)) return lastRename.to;
    return newest?.path;
  }

  apply(value: unknown, line: number): void {
    const parsed = logLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length ? `${issue.path.join('.')}: ` : '';
      this.warn(line, `${where}${issue?.message ?? 'invalid entry'} (entry ignored)`);
      return;
    }
    const entry = parsed.data;
    switch (entry.kind) {
      case 'version': {
        const version: VersionEntry = {
          number: this.versions.length + 1,
          sha256: entry.sha256,
          time: entry.time,
          source: entry.source,
          path: entry.path,
          labels: [],
          line,
        };
        if (entry.label !== undefined) version.label = entry.label;
        if (entry.message !== undefined) version.message = entry.message;
        if (entry.size !== undefined) version.size = entry.size;
        if (entry.added !== undefined) version.added = entry.added;
        if (entry.removed !== undefined) version.removed = entry.removed;
        this.versions.push(version);
        if (entry.label !== undefined) this.labels.set(entry.label, version.number);
        return;
      }
      case 'label': {
        if (entry.removed) {
          this.labels.delete(entry.label);
          return;
        }
        const target = entry.sha256 === undefined ? undefined : this.newestWithSha(entry.sha256);
        if (!target) {
          this.warn(line, `label '${entry.label}' points at ${entry.sha256?.slice(0, 12) ?? 'nothing'}, which is not a version of this file (entry ignored)`);
          return;
        }
        this.labels.set(entry.label, target.number);
        return;
      }
      case 'rename':
        this.renames.push({ time: entry.time, from: entry.from, to: entry.to, line });
        return;
    }
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  newestWithSha(sha: string): VersionEntry | undefined {
    for (let i = this.versions.length - 1; i >= 0; i--) if (this.versions[i]!.sha256 === sha) return this.versions[i];
    return undefined;
  }

  /** Versions newest first, each with the labels that point at it now. */
  snapshotNewestFirst(): VersionEntry[] {
    const labelsOf = new Map<number, string[]>();
    for (const [name, n] of this.labels) labelsOf.set(n, [...(labelsOf.get(n) ?? []), name]);
    const out: VersionEntry[] = new Array(this.versions.length);
    for (let i = 0; i < this.versions.length; i++) {
      const v = this.versions[i]!;
      out[this.versions.length - 1 - i] = { ...v, labels: labelsOf.get(v.number)?.sort() ?? [] };
    }
    return out;
  }
}
