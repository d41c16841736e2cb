// Lossless tokenisers for the diff levels: joining a tokeniser's output gives back the input exactly,
// so a token's position is the sum of the lengths before it and every mark maps back to the
// original string (where evidence spans also point).

/** Lines, each keeping its trailing newline. */
export function splitLines(text: string): string[] {
  return cutAfter(text, /\n/g);
}

/** Sentences, each keeping its closing punctuation and the whitespace after it. */
export function splitSentences(text: string): string[] {
  return cutAfter(text, /[.!?…]+["'’”)\]]*\s+|\n/g);
}

/**
 * Words (letters and digits, with inner apostrophes: "don't" is one word), runs of whitespace, and
 * every other character on its own, so punctuation changes show as small marks.
 */
export function splitWords(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*|./gsu) ?? [];
}

function cutAfter(text: string, boundary: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end > last) out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
