// Which history log belongs to which path, so that history follows renames.
//
// A file's log is named by a stable id. A path that was never renamed needs no index entry: its id
// is derived from the path itself (so two processes snapshotting a new file agree on the id
// without coordinating). Renames are recorded in `.promptshift/history/renames.jsonl`, append-only
// like the logs: `{"time","from","to","id"}`. Replaying it gives the current path → id map. A path
// renamed away is "vacated"; a new file later created there gets a fresh id (its generation
// counter goes up), so it does not inherit the history that moved on.
import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { LogWarning } from '../files';

const renameRecord = z.object({
  time: z.string(),
  from: z.string().min(1),
  to: z.string().min(1),
  id: z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-hex-digit file id'),
});
export type RenameRecord = z.infer<typeof renameRecord>;

export function derivedFileId(relPath: string, generation: number): string {
  return createHash('sha256').update(`${relPath}\n${generation}`).digest('hex').slice(0, 16);
}

export class PathIndex {
  private live = new Map<string, string>();
  private vacated = new Map<string, number>();
  warnings: LogWarning[] = [];

  constructor(readonly file: string) {}

  reset(): void {
    this.live = new Map();
    this.vacated = new Map();
    this.warnings = [];
  }

  idFor(relPath: string): string {
    return this.live.get(relPath) ?? derivedFileId(relPath, this.vacated.get(relPath) ?? 0);
  }

  /** The current path of a file id, if some path maps to it through a rename. */
  renamedPathOf(id: string): string | undefined {
    for (const [p, i] of this.live) if (i === id) return p;
    return undefined;
  }

  apply(value: unknown, line: number): void {
    const parsed = renameRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.warnings.push({
        file: this.file,
        line,
        message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid entry'} (rename ignored)`,
      });
      return;
    }
    this.applyRename(parsed.data);
  }

  /** Idempotent: replaying the same rename twice (the extension and the CLI both saw it) is a no-op. */
  applyRename(r: RenameRecord): void {
    if (this.idFor(r.from) === r.id) {
      this.live.delete(r.from);
      this.vacated.set(r.from, (this.vacated.get(r.from) ?? 0) + 1);
    }
    // an id lives at one path only
    for (const [p, i] of this.live) if (i === r.id) this.live.delete(p);
    this.live.set(r.to, r.id);
  }
}
