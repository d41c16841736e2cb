// How prompt files are named inside `.promptshift/` (the folder itself is core/files' stateDir).
import * as path from 'node:path';
import { HistoryError } from './objects';

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
