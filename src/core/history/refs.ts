// Version references (CONTRACTS §1): `working`, `snapshot:<sha prefix>`, `@<label>`, `git:<rev>`,
// resolved to the exact content of one version of one prompt file.
import * as path from 'node:path';
import type { VersionStore } from './store';
import type { VersionSource } from './log-model';
import { HistoryError, sha256Hex } from './objects';
import { GitError, gitShow } from './git';
import { MAX_PROMPT_BYTES, promptContentProblem } from './content-check';
import { OutsideWorkspaceError, readRegularFileSync, resolveInside, TextFileError } from '../files';

export type VersionRef =
  | { kind: 'working' }
  | { kind: 'snapshot'; prefix: string }
  | { kind: 'label'; label: string }
  | { kind: 'git'; rev: string };

/** A ref that could not be parsed or resolved; the message names the ref and says why. */
export class RefError extends Error {
  override name = 'RefError';
  constructor(
    readonly ref: string,
    readonly reason: string,
  ) {
    super(`version '${ref}': ${reason}`);
  }
}

export const DEFAULT_REF_B = 'working';
/** How many sha digits a generated `snapshot:` ref carries. */
export const SNAPSHOT_REF_DIGITS = 12;

export function parseRef(text: string): VersionRef {
  const t = text.trim();
  if (t === 'working') return { kind: 'working' };
  if (t.startsWith('snapshot:')) {
    const prefix = t.slice('snapshot:'.length).toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(prefix)) throw new RefError(text, 'expected snapshot:<at least 4 hex digits of a sha256>');
    return { kind: 'snapshot', prefix };
  }
  if (t.startsWith('@')) {
    if (t.length === 1) throw new RefError(text, 'expected @<label>');
    return { kind: 'label', label: t.slice(1) };
  }
  if (t.startsWith('git:')) {
    const rev = t.slice('git:'.length);
    if (rev === '' || rev.startsWith('-') || /\s/.test(rev)) throw new RefError(text, 'expected git:<revision>, e.g. git:HEAD~1 or git:main');
    return { kind: 'git', rev };
  }
  throw new RefError(text, 'expected working, snapshot:<sha prefix>, @<label> or git:<rev>');
}

export function formatRef(ref: VersionRef): string {
  switch (ref.kind) {
    case 'working':
      return 'working';
    case 'snapshot':
      return `snapshot:${ref.prefix}`;
    case 'label':
      return `@${ref.label}`;
    case 'git':
      return `git:${ref.rev}`;
  }
}

export interface ResolvedVersion {
  /** the ref as given (or generated, for defaults) */
  ref: string;
  kind: VersionRef['kind'];
  content: string;
  /** sha256 of the content's UTF-8 bytes */
  sha256: string;
  /** for snapshots: the version's number, time, source, labels */
  number?: number;
  time?: string;
  source?: VersionSource;
  label?: string;
  labels?: string[];
  /** for git refs: the full commit hash */
  rev?: string;
}

export interface RefContext {
  store: VersionStore;
  /** the prompt file, absolute or relative to the store's root */
  file: string;
  /** the editor buffer, when it differs from the file on disk (VS Code); else the disk is read */
  workingContent?: string;
}

export async function resolveRef(ctx: RefContext, ref: string | VersionRef): Promise<ResolvedVersion> {
  const parsed = typeof ref === 'string' ? parseRef(ref) : ref;
  const name = typeof ref === 'string' ? ref.trim() : formatRef(ref);
  const abs = path.resolve(ctx.store.root, ctx.file);
  try {
    switch (parsed.kind) {
      case 'working': {
        return fromBytes(name, 'working', readWorking(ctx, abs, name));
      }
      case 'snapshot': {
        const entry = ctx.store.findVersion(abs, parsed.prefix);
        if (entry) {
          const out = fromBytes(name, 'snapshot', ctx.store.read(entry.sha256));
          return { ...out, number: entry.number, time: entry.time, source: entry.source, labels: entry.labels, ...(entry.label !== undefined ? { label: entry.label } : {}) };
        }
        // not a version of this file, but maybe stored for another one
        return fromBytes(name, 'snapshot', ctx.store.read(parsed.prefix));
      }
      case 'label': {
        const entry = ctx.store.findByLabel(abs, parsed.label);
        if (!entry) {
          const known = Object.keys(ctx.store.log(abs).labels);
          throw new RefError(name, `unknown label '${parsed.label}' for ${ctx.store.relPath(abs)}${known.length ? ` (labels: ${known.sort().join(', ')})` : ' (it has no labels)'}`);
        }
        const out = fromBytes(name, 'label', ctx.store.read(entry.sha256));
        return { ...out, number: entry.number, time: entry.time, source: entry.source, label: parsed.label, labels: entry.labels };
      }
      case 'git': {
        const v = await gitShow(abs, parsed.rev);
        return { ...fromBytes(name, 'git', v.content), rev: v.rev, time: v.time };
      }
    }
  } catch (err) {
    if (err instanceof HistoryError || err instanceof GitError) throw new RefError(name, err.message);
    throw err;
  }
}

/**
 * Default version A (CONTRACTS §1): the newest snapshot whose content differs from the working
 * copy, else `git:HEAD`.
 */
export async function resolveDefaultA(ctx: RefContext): Promise<ResolvedVersion> {
  const abs = path.resolve(ctx.store.root, ctx.file);
  let workingSha: string | undefined;
  try {
    workingSha = sha256Hex(readWorking(ctx, abs, 'working'));
  } catch {
    workingSha = undefined; // a deleted file: any snapshot differs from it
  }
  const differing = ctx.store.log(abs).versions.find((v) => v.sha256 !== workingSha);
  if (differing) return resolveRef(ctx, `snapshot:${differing.sha256.slice(0, SNAPSHOT_REF_DIGITS)}`);
  try {
    return await resolveRef(ctx, 'git:HEAD');
  } catch (err) {
    const why = err instanceof RefError ? err.reason : String(err);
    throw new RefError('default A', `no snapshot of ${ctx.store.relPath(abs)} differs from the working copy, and git:HEAD is not available (${why}); take a snapshot first`);
  }
}

/** The working copy's bytes: the editor buffer as UTF-8 if given, else the file's exact bytes. */
function readWorking(ctx: RefContext, abs: string, name: string): Buffer {
  if (ctx.workingContent !== undefined) return Buffer.from(ctx.workingContent, 'utf8');
  let bytes: Buffer;
  try {
    // a link leading out of the workspace is not read; size checked before reading: a 100 MB file is refused unread
    resolveInside(ctx.store.root, abs, 'prompt file');
    bytes = readRegularFileSync(abs, MAX_PROMPT_BYTES);
  } catch (err) {
    if (err instanceof TextFileError || err instanceof OutsideWorkspaceError) throw new RefError(name, err.message);
    throw new RefError(name, `cannot read ${abs}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const problem = promptContentProblem(bytes);
  if (problem) throw new RefError(name, `${abs} ${problem}`);
  return bytes;
}

function fromBytes(ref: string, kind: VersionRef['kind'], bytes: Buffer): ResolvedVersion {
  // the sha of the stored bytes, which is the snapshot's name (also for non-UTF-8 bytes)
  return { ref, kind, content: bytes.toString('utf8'), sha256: sha256Hex(bytes) };
}
