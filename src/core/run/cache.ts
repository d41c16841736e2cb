// Model responses on disk under .promptshift/cache/, one file per key (two-level fan-out), written
// atomically. An entry is served only when it was written on this machine (its seal, see seal.ts,
// checks out): the folder is in the workspace, where a pull request can plant answers it wrote.
// Entries are validated on read; a corrupt or foreign one is ignored with a warning and overwritten
// by the next success. Errors are never cached.
import { join } from 'node:path';
import * as z from 'zod';
import { checkStateFolder, makeStateDir, readTextFile, writeFileAtomic } from '../files';
import type { ChatResponse } from '../providers/types';
import type { CacheSeal } from './seal';

export const chatResponseSchema = z.object({
  text: z.string(),
  model: z.string().optional(),
  fingerprint: z.string().optional(),
  finishReason: z.string().optional(),
  usage: z.object({ inputTokens: z.number().optional(), outputTokens: z.number().optional() }).optional(),
  latencyMs: z.number(),
});

const entrySchema = z.object({ key: z.string(), storedAt: z.string(), response: chatResponseSchema });
/** The file: the entry as JSON text, and the seal over exactly that text. */
const fileSchema = z.object({ seal: z.string(), entry: z.string() });

export interface ResponseCacheOptions {
  /** binds entries to this machine; entries without this machine's seal are never served */
  seal: CacheSeal;
  onWarning?: (message: string) => void;
}

export class ResponseCache {
  private readonly seal: CacheSeal;
  private readonly onWarning: (message: string) => void;
  private foreignSeen = 0;

  constructor(readonly dir: string, options: ResponseCacheOptions) {
    checkStateFolder(dir);
    this.seal = options.seal;
    this.onWarning = options.onWarning ?? (() => undefined);
  }

  private fileOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** Told once per cache: a repository may hold many planted entries. */
  private foreign(): void {
    if (this.foreignSeen++ === 0) {
      this.onWarning(`${this.dir}: ignoring cache entries not written by PromptShift on this machine (committed, copied, altered or from an older version); those calls go to the model`);
    }
  }

  async get(key: string): Promise<ChatResponse | undefined> {
    const file = this.fileOf(key);
    let text: string;
    try {
      text = await readTextFile(file, 64 * 1024 * 1024, { noFollow: true });
    } catch (err) {
      // absent: a miss; anything else (binary, a link, a fifo) was not written by us
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.foreign();
      return undefined;
    }
    let stored: z.infer<typeof fileSchema>;
    try {
      stored = fileSchema.parse(JSON.parse(text));
    } catch {
      this.foreign();
      return undefined;
    }
    if (!this.seal.verify(key, stored.entry, stored.seal)) {
      this.foreign();
      return undefined;
    }
    // Sealed here, so written by us: a mismatch now is a bug or a disk fault, worth naming.
    let json: unknown;
    try {
      json = JSON.parse(stored.entry);
    } catch {
      this.onWarning(`${file}: corrupt cache entry (not JSON); ignored`);
      return undefined;
    }
    const parsed = entrySchema.safeParse(json);
    if (!parsed.success || parsed.data.key !== key) {
      const issue = parsed.success ? 'key does not match the file name' : `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
      this.onWarning(`${file}: corrupt cache entry (${issue}); ignored`);
      return undefined;
    }
    return parsed.data.response as ChatResponse;
  }

  async put(key: string, response: ChatResponse): Promise<void> {
    const file = this.fileOf(key);
    makeStateDir(join(this.dir, key.slice(0, 2)));
    const entry = JSON.stringify({ key, storedAt: new Date().toISOString(), response });
    writeFileAtomic(file, JSON.stringify({ seal: this.seal.sign(key, entry), entry }));
  }
}
