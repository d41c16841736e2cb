// A cheap text similarity for "how different are A's and B's outputs", read against how different
// A is from itself (A′). Token-set Jaccard: linear time, order-insensitive, good enough to tell a
// rewrite from a rewording.
const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const m of text.toLowerCase().matchAll(TOKEN)) set.add(m[0]);
  return set;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(tokenSet(a), tokenSet(b));
}
