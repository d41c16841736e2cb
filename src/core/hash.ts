// One sha256 for the whole core: prompt versions, cache keys and replay records all use the
// same hex digest of the raw bytes (a string is hashed as its UTF-8 encoding).
import * as crypto from 'node:crypto';

/**
 * crypto.hash (Node ≥ 20.12) hashes in one call without a Hash object: 2-3× less CPU for the short
 * texts a run hashes for every model call (its call id and cache key, issue 18). Older Node 20
 * releases lack it and take createHash.
 */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;

export function sha256(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** The digest's 32 bytes. */
export function sha256Bytes(data: string | Uint8Array): Buffer {
  return oneShot ? (oneShot('sha256', data, 'buffer') as unknown as Buffer) : crypto.createHash('sha256').update(data).digest();
}
