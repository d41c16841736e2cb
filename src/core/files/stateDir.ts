// Where `.promptshift/` lives, and the rule that keeps it inside its workspace: a state folder or
// subfolder whose real path leaves the workspace (a link committed by a pull request) is refused,
// and folders are created one level at a time so nothing is ever made through such a link. Every
// module that writes state finds and creates its folders through here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInside, OutsideWorkspaceError, realPathOf } from './inside';

export const STATE_DIR = '.promptshift';

/** The nearest ancestor of `start` (inclusive) holding `.promptshift/` or `.git`, else `fallback`. */
export function findWorkspaceRoot(start: string, fallback: string = start): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, STATE_DIR)) || fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(fallback);
    dir = parent;
  }
}

/** `<root>/.promptshift`, without creating it. */
export function stateDirOf(root: string): string {
  return path.join(root, STATE_DIR);
}

/**
 * The workspace a path belongs to when it lies in a state folder (the folder holding its last
 * `.promptshift` segment), else undefined (an `--out` file, an export the user placed).
 */
export function stateRootOf(file: string): string | undefined {
  const parts = path.resolve(file).split(path.sep);
  const at = parts.lastIndexOf(STATE_DIR);
  return at < 1 ? undefined : parts.slice(0, at).join(path.sep) || path.sep;
}

function leavesWorkspace(dir: string, root: string): OutsideWorkspaceError {
  return new OutsideWorkspaceError(
    dir,
    `${dir}: this state folder leads outside the workspace ${root} (a symbolic link); PromptShift writes only inside the workspace. Remove the link (it may have come with a commit).`,
  );
}

/** Refuses a folder of a state folder whose real path is outside its workspace. */
export function checkStateFolder(dir: string): void {
  const root = stateRootOf(dir);
  if (root !== undefined && !isInside(realPathOf(root), realPathOf(dir))) throw leavesWorkspace(path.resolve(dir), root);
}

/**
 * `mkdir -p` for state folders: each missing level is created on its own, and an existing level
 * that is a link is followed only when it stays inside the workspace (a dangling link is refused).
 * Paths outside any state folder are created as usual.
 */
export function makeStateDir(dir: string): void {
  const abs = path.resolve(dir);
  const root = stateRootOf(abs);
  if (root === undefined) {
    fs.mkdirSync(abs, { recursive: true });
    return;
  }
  const realRoot = realPathOf(root);
  let current = root;
  for (const part of path.relative(root, abs).split(path.sep)) {
    current = path.join(current, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      try {
        fs.mkdirSync(current);
      } catch (mkdirErr) {
        if ((mkdirErr as NodeJS.ErrnoException).code !== 'EEXIST') throw mkdirErr;
      }
      continue;
    }
    // something that is not a folder: let mkdir say so, in its own words (EEXIST, with the path)
    if (!stat.isSymbolicLink() && !stat.isDirectory()) fs.mkdirSync(current);
    if (!stat.isSymbolicLink()) continue;
    let target: string;
    try {
      target = fs.realpathSync.native(current);
    } catch {
      throw leavesWorkspace(current, root); // a link that leads nowhere is not followed either
    }
    if (!isInside(realRoot, target)) throw leavesWorkspace(current, root);
  }
}

/**
 * Creates `<root>/.promptshift/` if needed. Only when this call creates it does it also write a
 * `.gitignore` holding `*` (CONTRACTS §5): a user who later deletes that file to commit the
 * history has chosen so, and it is not put back. Returns the directory.
 */
export function ensureStateDir(root: string): string {
  const dir = stateDirOf(root);
  try {
    fs.mkdirSync(dir);
    // a new file in a folder made this instant: exclusive create, no temp file needed
    fs.writeFileSync(path.join(dir, '.gitignore'), '*\n', { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  checkStateFolder(dir);
  return dir;
}

/**
 * The user's own PromptShift folder, outside every workspace, for what must not come from a
 * repository (the secret that binds cache entries to this machine): `$XDG_STATE_HOME/promptshift`,
 * else `~/.local/state/promptshift` (`%LOCALAPPDATA%\\promptshift` on Windows).
 */
export function userStateDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'promptshift');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'promptshift');
  return path.join(env.HOME || os.homedir(), '.local', 'state', 'promptshift');
}
