// Content-word overlap between two texts, used to judge an output against what was asked
// (does "if you're looking for …" restate the request, or swap it for something else?).

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A crude stem: lower case, without common English inflections, so "stealing" meets "steal". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // a final e goes too, so that the base form meets the -ing form ("lose" and "losing", "doses" and "dosing": en-2026.12zzzn)
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

export function contentWords(text: string, stopwords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // exec on the shared regex: matchAll would clone it at every call, and every reply's words are read
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || stopwords.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Share of `request`'s content words that `text` repeats (0 when the request has none). */
export function coverage(text: Set<string>, request: Set<string>): number {
  if (request.size === 0) return 0;
  let shared = 0;
  for (const w of request) if (text.has(w)) shared++;
  return shared / request.size;
}
