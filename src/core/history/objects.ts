// Content-addressed object store: each prompt version is stored once, under the sha256 of its
// exact bytes, in `.promptshift/objects/<first 2 hex>/<other 62 hex>.<format>`.
//
// Two formats, both plain zlib so nothing here is a home-made codec:
//  - `.gz`  a standard gzip file of the content (readable with `zcat`);
//  - `.dz`  "deflate with a dictionary": one ASCII header line `psdelta1 <base sha256> <depth>\n`
//           followed by a raw deflate stream compressed with the base version's content as preset
//           dictionary. Successive versions of a prompt differ by a few lines, so this stores
//           little more than the change (git gets the same effect with delta packs). Deflate only
//           looks 32 KB back, so the dictionary helps only for bases up to ~32 KB; larger bases
//           use `.gz`. Chains are capped at MAX_DELTA_DEPTH so a read inflates at most that many.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync, inflateRawSync, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { linkRefused, makeStateDir, NO_FOLLOW, readRegularFileSync, TEMP_SUFFIX, writeFileAtomic } from '../files';

export const MIN_PREFIX = 4;
const MAX_DELTA_DEPTH = 32;
/** deflate's window (32 KiB) minus its minimum lookahead (262): the farthest a match can reach */
const MAX_DICTIONARY_BASE = 32_768 - 262;
/** above this size a save favours speed over size (the ≤ 5 ms save budget) */
const FAST_LEVEL_ABOVE = 64 * 1024;
const CACHE_BYTES = 16 * 1024 * 1024;
const DELTA_MAGIC = 'psdelta1';

export class HistoryError extends Error {
  override name = 'HistoryError';
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isFullSha(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

export class ObjectStore {
  /** recently read or written contents, for delta chains and line stats (LRU by Map order) */
  private cache = new Map<string, Buffer>();
  private cacheBytes = 0;
  private depthOf = new Map<string, number>();

  constructor(readonly dir: string) {}

  /**
   * Stores `content` (whose sha256 is `sha`) unless an object with that sha already exists.
   * `base` is the previous version of the same file, used as compression dictionary.
   * Returns true if a new object was written.
   */
  put(sha: string, content: Buffer, base?: { sha256: string; content: Buffer }): boolean {
    if (this.has(sha)) {
      this.remember(sha, content);
      return false;
    }
    const dir = path.join(this.dir, sha.slice(0, 2));
    makeStateDir(dir);
    const baseDepth = base ? this.depth(base.sha256) : undefined;
    if (base && baseDepth !== undefined && base.content.length <= MAX_DICTIONARY_BASE && baseDepth < MAX_DELTA_DEPTH) {
      const header = Buffer.from(`${DELTA_MAGIC} ${base.sha256} ${baseDepth + 1}\n`, 'latin1');
      const body = deflateRawSync(content, { dictionary: base.content, level: zlibConstants.Z_BEST_COMPRESSION });
      writeFileAtomic(path.join(dir, sha.slice(2) + '.dz'), Buffer.concat([header, body]));
      this.depthOf.set(sha, baseDepth + 1);
    } else {
      const level = content.length > FAST_LEVEL_ABOVE ? 1 : zlibConstants.Z_DEFAULT_COMPRESSION;
      writeFileAtomic(path.join(dir, sha.slice(2) + '.gz'), gzipSync(content, { level }));
      this.depthOf.set(sha, 0);
    }
    this.remember(sha, content);
    return true;
  }

  has(sha: string): boolean {
    return this.cache.has(sha) || this.locate(sha) !== undefined;
  }

  /** Content of a full sha256; throws HistoryError if missing or corrupt. */
  get(sha: string): Buffer {
    const cached = this.cache.get(sha);
    if (cached) {
      this.cache.delete(sha);
      this.cache.set(sha, cached);
      return cached;
    }
    const found = this.locate(sha);
    if (!found) throw new HistoryError(`no stored version ${sha.slice(0, 12)} in ${this.dir}`);
    let raw: Buffer;
    try {
      // objects are ours: a link planted among them is not followed
      raw = readRegularFileSync(found, Number.MAX_SAFE_INTEGER, { noFollow: true });
    } catch (err) {
      throw new HistoryError(`stored version ${found} cannot be read: ${(err as Error).message}`);
    }
    let content: Buffer;
    try {
      if (found.endsWith('.gz')) {
        content = gunzipSync(raw);
        this.depthOf.set(sha, 0);
      } else {
        const { baseSha, depth, bodyStart } = parseDeltaHeader(raw, found);
        content = inflateRawSync(raw.subarray(bodyStart), { dictionary: this.get(baseSha) });
        this.depthOf.set(sha, depth);
      }
    } catch (err) {
      if (err instanceof HistoryError) throw err;
      throw new HistoryError(`stored version ${found} is corrupt: ${(err as Error).message}`);
    }
    if (sha256Hex(content) !== sha) throw new HistoryError(`stored version ${found} is corrupt: its content does not hash to its name`);
    this.remember(sha, content);
    return content;
  }

  /** Full shas of stored objects starting with `prefix` (≥ MIN_PREFIX hex chars). */
  matchPrefix(prefix: string): string[] {
    const p = prefix.toLowerCase();
    if (!/^[0-9a-f]+$/.test(p) || p.length < MIN_PREFIX) {
      throw new HistoryError(`'${prefix}' is not a sha256 prefix of at least ${MIN_PREFIX} hex digits`);
    }
    let names: string[];
    try {
      names = fs.readdirSync(path.join(this.dir, p.slice(0, 2)));
    } catch {
      return [];
    }
    const out = new Set<string>();
    for (const name of names) {
      // leftover temp files of a crashed write start with '.' and end in .tmp: not objects
      if (name.startsWith('.') || name.endsWith(TEMP_SUFFIX)) continue;
      const full = p.slice(0, 2) + name.replace(/\.(gz|dz)$/, '');
      if (isFullSha(full) && full.startsWith(p)) out.add(full);
    }
    return [...out];
  }

  private locate(sha: string): string | undefined {
    const stem = path.join(this.dir, sha.slice(0, 2), sha.slice(2));
    for (const ext of ['.dz', '.gz']) if (fs.existsSync(stem + ext)) return stem + ext;
    return undefined;
  }

  /** Delta depth of a stored object (0 for a full one), read from its header; undefined if absent. */
  private depth(sha: string): number | undefined {
    const known = this.depthOf.get(sha);
    if (known !== undefined) return known;
    const found = this.locate(sha);
    if (!found) return undefined;
    if (found.endsWith('.gz')) return 0;
    let fd: number;
    try {
      fd = fs.openSync(found, fs.constants.O_RDONLY | NO_FOLLOW);
    } catch (err) {
      throw new HistoryError(`stored version ${found} cannot be read: ${(linkRefused(found, err) as Error).message}`);
    }
    try {
      const head = Buffer.alloc(128);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      const depth = parseDeltaHeader(head.subarray(0, n), found).depth;
      this.depthOf.set(sha, depth);
      return depth;
    } finally {
      fs.closeSync(fd);
    }
  }

  private remember(sha: string, content: Buffer): void {
    if (content.length > CACHE_BYTES / 8) return;
    if (this.cache.has(sha)) this.cache.delete(sha);
    else this.cacheBytes += content.length;
    this.cache.set(sha, content);
    for (const [key, value] of this.cache) {
      if (this.cacheBytes <= CACHE_BYTES) break;
      this.cache.delete(key);
      this.cacheBytes -= value.length;
    }
  }
}

function parseDeltaHeader(raw: Buffer, file: string): { baseSha: string; depth: number; bodyStart: number } {
  const nl = raw.indexOf(0x0a);
  const m = nl > 0 ? /^psdelta1 ([0-9a-f]{64}) (\d+)$/.exec(raw.toString('latin1', 0, nl)) : null;
  if (!m) throw new HistoryError(`stored version ${file} is corrupt: bad header`);
  return { baseSha: m[1]!, depth: Number(m[2]), bodyStart: nl + 1 };
}
