// Lines added and removed between two versions, as shown beside each version in the history view.
import { diffLines } from 'diff';

export interface LineStats {
  added: number;
  removed: number;
}

export function lineStats(oldText: string, newText: string): LineStats {
  let added = 0;
  let removed = 0;
  for (const change of diffLines(oldText, newText)) {
    if (change.added) added += change.count;
    else if (change.removed) removed += change.count;
  }
  return { added, removed };
}
