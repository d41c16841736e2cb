// The workspace boundary. A cloned repository chooses its symbolic links, so "inside the workspace"
// is judged by real paths (after links): every file a suite names is read only when its real path
// is inside the workspace's, and nothing PromptShift writes leaves it (see stateDir.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file or folder refused because it is, or leads, outside the workspace. Bad input: exit 2. */
export class OutsideWorkspaceError extends Error {
  override name = 'OutsideWorkspaceError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** True when `file` is `dir` or below it (both absolute, already resolved). */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * The real path of `file` (links resolved). A path that does not exist yet is its nearest existing
 * ancestor's real path joined with the rest, so a file about to be created can be judged too.
 */
export function realPathOf(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync.native(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new OutsideWorkspaceError(abs, `${abs}: is a loop of symbolic links; not followed`);
    // ERR_INVALID_ARG_VALUE: a NUL in the name; no such file can exist, so judge the name itself
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ERR_INVALID_ARG_VALUE') throw err;
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPathOf(parent), path.basename(abs));
  }
}

/**
 * `file` itself when its real path is inside the real path of `root`; otherwise an
 * OutsideWorkspaceError naming `what` (e.g. "case file") and the rule. The message names the file
 * as given, never where a link leads or what it holds.
 */
export function resolveInside(root: string, file: string, what: string): string {
  const abs = path.resolve(root, file);
  if (isInside(realPathOf(root), realPathOf(abs))) return abs;
  const how = isInside(path.resolve(root), abs) ? 'is a symbolic link (or lies under one) that leads outside the workspace' : 'is outside the workspace';
  throw new OutsideWorkspaceError(abs, `${what} ${abs} ${how} (${path.resolve(root)}); PromptShift reads only files inside the workspace`);
}
