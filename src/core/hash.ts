// One sha256 for the whole core: prompt versions, cache keys and replay records all use the
// same hex digest of the raw bytes (a string is hashed as its UTF-8 encoding).
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
