// Where `.promptshift/` lives. Every module that writes state finds the folder through here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from './durable';

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
 * Creates `<root>/.promptshift/` if needed. Only when this call creates it does it also write a
 * `.gitignore` holding `*` (CONTRACTS §5): a user who later deletes that file to commit the
 * history has chosen so, and it is not put back. Returns the directory.
 */
export function ensureStateDir(root: string): string {
  const dir = stateDirOf(root);
  try {
    fs.mkdirSync(dir);
    writeFileAtomic(path.join(dir, '.gitignore'), '*\n');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return dir;
}
