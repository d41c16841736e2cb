// How the detectors read an output: bounded, single-pass scans. An output is untrusted text of any
// size (a hostile pull request controls recorded outputs in CI), so nothing here may do more than
// linear work, and each detector reads at most MAX_SCAN characters of it.

/** Characters of an output (or input) that a detector reads; behaviour shown later is not seen. */
export const MAX_SCAN = 100_000;

export interface Sentence {
  start: number;
  end: number;
  /** ends with a question mark: a question is not the writer's own stance */
  question: boolean;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11;
}

/** The white space of /\s/ that isSpace leaves out (word counts read every kind). */
function isOtherSpace(c: number): boolean {
  return (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words in text[from, to), counted up to `atMost + 1` (callers ask whether a span is short). */
export function wordCount(text: string, from: number, to: number, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = isSpace(c) || isOtherSpace(c);
    if (!space && !inWord && ++n > atMost) return n;
    inWord = !space;
  }
  return n;
}

/** . ! ? " ” ) * — marks that close a sentence together with its end ("?!", '."', '**'). */
function isClosingMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 41 || c === 42;
}

/** Where a sentence may end: . ! ? followed by whitespace or the end, or a newline. */
function endsSentence(text: string, i: number, c: number): boolean {
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(i + 1);
  // "e.g." and "3.5" do not end sentences; a closing quote or bracket after the mark may follow
  return i + 1 >= text.length || isSpace(next) || next === 34 || next === 0x201d || next === 41 || next === 42;
}

/**
 * The sentences of text[from, to) (at most `limit` of them), whitespace-trimmed, in one pass.
 * Empty stretches (runs of newlines) are skipped without producing sentences.
 */
export function sentences(text: string, from = 0, to = Math.min(text.length, from + MAX_SCAN), limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  let i = from;
  const end = Math.min(to, text.length);
  while (i < end && out.length < limit) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    let question = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (endsSentence(text, i, c)) {
        question = c === 63;
        // take a run of closing marks with it ("?!", '."', '**')
        while (i + 1 < end && isClosingMark(text.charCodeAt(i + 1))) i++;
        i++;
        break;
      }
    }
    let stop = i;
    while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
    if (stop > start) out.push({ start, end: stop, question: question || text.charCodeAt(stop - 1) === 63 });
  }
  return out;
}

/** Whitespace and the markdown that can open a reply: > * _ # " ' ` - */
function isDecoration(c: number): boolean {
  return isSpace(c) || c === 62 || c === 42 || c === 95 || c === 35 || c === 34 || c === 39 || c === 96 || c === 45;
}

/** Offset where the text starts after leading whitespace and markdown decoration (bounded). */
export function contentStart(text: string): number {
  const cap = Math.min(text.length, MAX_SCAN);
  let i = 0;
  while (i < cap && isDecoration(text.charCodeAt(i))) i++;
  return i;
}

/** End offset of the first `count` sentences starting at `from`, capped at `maxChars`. */
export function sentencesEnd(text: string, count: number, from = 0, maxChars = 400): number {
  const found = sentences(text, from, Math.min(text.length, from + maxChars), count);
  return found.length === count ? (found[count - 1]?.end ?? from) : Math.min(text.length, from + maxChars);
}

/** Where the quotation mark that opens an answer wrapped whole in quotation marks stands, or -1. */
export function wrappingQuote(output: string): number {
  let first = 0;
  while (first < output.length && isSpace(output.charCodeAt(first))) first++;
  let last = output.length - 1;
  while (last > first && isSpace(output.charCodeAt(last))) last--;
  const open = output.charCodeAt(first);
  const close = output.charCodeAt(last);
  return (open === 34 && close === 34) || (open === 0x201c && close === 0x201d) ? first : -1;
}

/** An odd number of double quotes before the cue in its sentence: the cue is quoted. */
export function insideQuotes(before: string): boolean {
  let straight = 0;
  let open = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) open--;
  }
  return straight % 2 === 1 || open > 0;
}

/** The text at `at` stands inside quotation marks opened earlier in its paragraph (a blank line ends one):
 *  a character's words in a story, which may run over several sentences and lines. */
export function insideParagraphQuotes(text: string, at: number): boolean {
  return insideQuotes(text.slice(text.lastIndexOf('\n\n', at - 1) + 1, at));
}

/** A single quotation mark that opens a quotation, as British texts write dialogue: at a line's or a word's start, before a
 *  letter (an apostrophe stands between letters, "I'm"). Global: read with lastMatch. */
export const SINGLE_OPEN = /(?:^|[\s(\u2014\u2013])['\u2018](?=[A-Za-z])/g;
/** A single quotation mark that closes one: after a sentence's or a clause's punctuation, before a space or the end (a plural's
 *  apostrophe, "the boys' bikes", follows a letter). */
export const SINGLE_CLOSE = /[,.!?\u2026]['\u2019](?=\s|$)/;

/** The text at `at` stands inside single quotation marks opened earlier in its paragraph and not closed before it: a
 *  character's words in a British story ('Control, it's Ted. Call the police.'). */
export function insideParagraphSingleQuotes(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n\n', at - 1) + 1;
  // the first letter at `at` too: a mark may open right before it
  const open = lastMatch(SINGLE_OPEN, text.slice(from, at + 1));
  return open !== undefined && !SINGLE_CLOSE.test(text.slice(from + open.index + open[0].length, at));
}

/** Where the last sentence of `before` starts (0: it holds no sentence end). A mark that ends `before` ends nothing yet. */
export function lastSentenceStart(before: string): number {
  for (let i = before.length - 2; i >= 0; i--) if (endsSentence(before, i, before.charCodeAt(i))) return i + 1;
  return 0;
}

/** Where the last clause of `before` starts: after its last , ; : ( or dash. */
export function lastClauseBreak(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === '—' || c === '–') return i + 1;
  }
  return 0;
}

/**
 * Where a negation before a cue at `to` may start: `reach` characters back (about the last four words), not before
 * `from` (its clause), and not into a quotation closed before the cue: the "can't" of a quoted title ('"Why Can't You
 * Sleep?" would probably…') negates nothing outside it (NegEx: a quotation bounds a negation's scope).
 */
export function negationFrom(text: string, from: number, to: number, reach: number): number {
  const start = Math.max(from, to - reach);
  for (let i = to - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201d) return i + 1;
  }
  return start;
}

/** The last match of a global regex in `text` (what [...text.matchAll(regex)].pop() gives, without cloning it). */
export function lastMatch(regex: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) last = m;
  return last;
}
