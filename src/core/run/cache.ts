// Model responses on disk under .promptshift/cache/, one file per key (two-level fan-out), written
// atomically. Entries are validated on read; a corrupt one is ignored with a warning and
// overwritten by the next success. Errors are never cached.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../files';
import type { ChatResponse } from '../providers/types';

export const chatResponseSchema = z.object({
  text: z.string(),
  model: z.string().optional(),
  fingerprint: z.string().optional(),
  finishReason: z.string().optional(),
  usage: z.object({ inputTokens: z.number().optional(), outputTokens: z.number().optional() }).optional(),
  latencyMs: z.number(),
});

const entrySchema = z.object({ key: z.string(), storedAt: z.string(), response: chatResponseSchema });

export class ResponseCache {
  constructor(readonly dir: string, private readonly onWarning: (message: string) => void = () => undefined) {}

  private fileOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<ChatResponse | undefined> {
    const file = this.fileOf(key);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
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
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    writeFileAtomic(file, JSON.stringify({ key, storedAt: new Date().toISOString(), response }));
  }
}
