// A cheap text similarity for "how different are A's and B's outputs", read against how different
// A is from itself (A′). Token-set Jaccard: linear time, order-insensitive, good enough to tell a
// rewrite from a rewording. Tokens are hashed (FNV-1a, 32 bit) while scanning, into a sorted array
// of unique hashes: no substring or Set per word, which matters at 10,000 outputs per report.

/** A token set: sorted, unique 32-bit hashes of the lower-cased words of a text. */
export type TokenSet = Uint32Array;

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // outside ASCII: letters of every script count, general and CJK punctuation and spaces do not
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff);
}

let scratch = new Uint32Array(1024);

export function tokenSet(text: string): TokenSet {
  const lower = /[^\x00-\x7f]/.test(text) ? text.toLowerCase() : text;
  // at most one word per two characters: a reused buffer of that size never overflows
  if (scratch.length < (lower.length >> 1) + 1) scratch = new Uint32Array((lower.length >> 1) + 1);
  const buf = scratch;
  let count = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      buf[count++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) buf[count++] = h >>> 0;
  const sorted = buf.slice(0, count).sort();
  let n = 0;
  for (let i = 0; i < count; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return sorted.subarray(0, n);
}

export function jaccard(a: TokenSet, b: TokenSet): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(tokenSet(a), tokenSet(b));
}
