// Where `.promptshift/` lives and how prompt files are named inside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HistoryError } from './objects';
import { writeFileAtomic } from './fsutil';

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

/**
 * Creates `<root>/.promptshift/` if needed. Only when this call creates it does it also write a
 * `.gitignore` holding `*` (CONTRACTS §5): a user who later deletes that file to commit the
 * history has chosen so, and it is not put back. Returns the directory.
 */
export function ensureStateDir(root: string): string {
  const dir = path.join(root, STATE_DIR);
  try {
    fs.mkdirSync(dir);
    writeFileAtomic(path.join(dir, '.gitignore'), '*\n');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return dir;
}

/**
 * A workspace-relative path with '/' separators, from an absolute or relative path (relative ones
 * are taken from the root). Paths outside the root are refused: their history would not be found
 * again from another checkout.
 */
export function toRelPath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) {
    throw new HistoryError(`${file} is not a file inside the workspace ${root}`);
  }
  return rel.split(path.sep).join('/');
}
