// Word-level diff of two outputs, fast on long texts: diff lines first, then sentences inside the
// changed lines, then words inside the changed sentences (as git's --word-diff does, which diffs
// lines first). One diffWords call over two 50 KB texts takes ~260 ms here; diffing only what changed
// at each level keeps the common case to a few ms. Pure TypeScript: the webview bundle uses it too.
import { diffArrays } from 'diff';
import { splitLines, splitSentences, splitWords } from './tokens';

/** A half-open character range [start, end) of one of the two texts. */
export interface TextRange {
  start: number;
  end: number;
}

/** What changed: deleted ranges of `a`, inserted ranges of `b`, as offsets into the original strings. */
export interface TextDiff {
  a: TextRange[];
  b: TextRange[];
}

export interface TextDiffOptions {
  /**
   * Beyond this many word edits inside one changed block the block is marked changed as a whole:
   * Myers' algorithm costs (N + M) × edits, and past this point the texts simply differ.
   */
  maxWordEdits?: number;
}

type Tokeniser = (text: string) => string[];
/** Myers steps allowed per level (a few ms here); two unrelated 50 KB texts would otherwise take ~150 ms. */
const STEP_BUDGET = 500_000;
const MIN_EDITS = 50;
const LEVELS: readonly Tokeniser[] = [splitLines, splitSentences, splitWords];

export function diffText(a: string, b: string, options: TextDiffOptions = {}): TextDiff {
  const out: TextDiff = { a: [], b: [] };
  if (a === b) return out;
  diffLevel(a, 0, b, 0, 0, options.maxWordEdits ?? 600, out);
  return { a: mergeRanges(out.a), b: mergeRanges(out.b) };
}

function diffLevel(a: string, aOffset: number, b: string, bOffset: number, level: number, maxWordEdits: number, out: TextDiff): void {
  const tokenise = LEVELS[level];
  if (!tokenise) return;
  const last = level === LEVELS.length - 1;
  const aTokens = tokenise(a);
  const bTokens = tokenise(b);
  // Myers costs about (N + M) × edits: cap the edits so that no level spends more than a fixed budget.
  const cap = Math.max(MIN_EDITS, Math.floor(STEP_BUDGET / Math.max(1, aTokens.length + bTokens.length)));
  const changes = diffArrays(aTokens, bTokens, { maxEditLength: last ? Math.min(cap, maxWordEdits) : cap });
  if (!changes) {
    // Too different to be worth a word-by-word account.
    pushRange(out.a, aOffset, aOffset + a.length);
    pushRange(out.b, bOffset, bOffset + b.length);
    return;
  }
  let ai = 0;
  let bi = 0;
  // A block is a run of removals and additions between two equal parts.
  let blockA = 0;
  let blockB = 0;
  const flush = () => {
    if (ai > blockA || bi > blockB) {
      if (last || ai === blockA || bi === blockB) {
        pushRange(out.a, aOffset + blockA, aOffset + ai);
        pushRange(out.b, bOffset + blockB, bOffset + bi);
      } else {
        diffLevel(a.slice(blockA, ai), aOffset + blockA, b.slice(blockB, bi), bOffset + blockB, level + 1, maxWordEdits, out);
      }
    }
  };
  for (const change of changes) {
    const length = change.value.reduce((sum, token) => sum + token.length, 0);
    if (change.removed) ai += length;
    else if (change.added) bi += length;
    else {
      flush();
      ai += length;
      bi += length;
      blockA = ai;
      blockB = bi;
    }
  }
  flush();
}

function pushRange(ranges: TextRange[], start: number, end: number): void {
  if (end > start) ranges.push({ start, end });
}

/** Sorts and joins touching or overlapping ranges. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
