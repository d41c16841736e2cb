// The A→B change of a prompt split into independent edits ("hunks"), so each can be applied to A
// alone (A+h) or taken back out of B alone (B−h). A hunk is one block of the line diff; a block
// that rewrites a long paragraph is split further at sentence level, because a paragraph often
// carries several unrelated instructions and the question is which one moved the model.
// Hunks are disjoint character ranges of both texts, in the same order on both sides, so any
// subset applies cleanly: applying them all to A gives B, reverting them all from B gives A.
import { diffArrays } from 'diff';
import { splitLines, splitSentences, splitWords } from '../diff/tokens';
import { sha256 } from '../hash';

export interface Hunk {
  /**
   * stable: a hash of the hunk's A text and B text (and, for an edit made twice, which occurrence
   * it is), so the same edit keeps its id when other edits come and go
   */
  id: string;
  /** 1-based position among the hunks, in file order */
  n: number;
  /** a few of its first changed words */
  label: string;
  /** character offsets [start, end) of the hunk in A and in B */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** 1-based inclusive line ranges in each version's whole file; null where the hunk has no text */
  aLines: [number, number] | null;
  bLines: [number, number] | null;
  /** the text it removes from A and the text it puts in B */
  aText: string;
  bText: string;
}

export interface HunkOptions {
  /** a changed block at least this long on both sides is split at sentence level (default 160 characters) */
  sentenceSplitChars?: number;
}

interface Span {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Change blocks of a token diff, as character spans, offset by where the texts start. */
function blocks(aTokens: string[], bTokens: string[], aOffset: number, bOffset: number): Span[] {
  const out: Span[] = [];
  const changes = diffArrays(aTokens, bTokens);
  let ai = aOffset;
  let bi = bOffset;
  let open: Span | undefined;
  for (const change of changes) {
    const length = change.value.reduce((sum, t) => sum + t.length, 0);
    if (change.removed || change.added) {
      open ??= { aStart: ai, aEnd: ai, bStart: bi, bEnd: bi };
      if (change.removed) ai += length;
      else bi += length;
      open.aEnd = ai;
      open.bEnd = bi;
    } else {
      if (open) out.push(open);
      open = undefined;
      ai += length;
      bi += length;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Splits a long rewritten paragraph into its sentence-level edits (unchanged when there is only one). */
function splitBlock(a: string, b: string, span: Span, minChars: number): Span[] {
  const aText = a.slice(span.aStart, span.aEnd);
  const bText = b.slice(span.bStart, span.bEnd);
  if (aText.length < minChars || bText.length < minChars) return [span];
  const parts = blocks(splitSentences(aText), splitSentences(bText), span.aStart, span.bStart);
  return parts.length > 1 ? parts : [span];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function linesOf(text: string, start: number, end: number): [number, number] | null {
  if (end <= start) return null;
  return [lineOf(text, start), lineOf(text, end - 1)];
}

/** The first few changed words: what the hunk puts in B, or what it removes when it only removes. */
export function hunkLabel(aText: string, bText: string, maxWords = 6): string {
  const source = (bText.trim() ? bText : aText).trim().replace(/\s+/g, ' ');
  const shown: string[] = [];
  let count = 0;
  for (const token of splitWords(source)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++;
    if (count > maxWords) break;
    shown.push(token);
  }
  const text = shown.join('').trim();
  return `${bText.trim() ? '' : 'removes: '}${text}${source.length > text.length ? '…' : ''}`;
}

/** The A→B change as independent hunks, in file order. Identical texts have none. */
export function splitHunks(a: string, b: string, options: HunkOptions = {}): Hunk[] {
  if (a === b) return [];
  const minChars = options.sentenceSplitChars ?? 160;
  const spans = blocks(splitLines(a), splitLines(b), 0, 0).flatMap((s) => splitBlock(a, b, s, minChars));
  const seen = new Map<string, number>();
  return spans.map((s, i) => {
    const aText = a.slice(s.aStart, s.aEnd);
    const bText = b.slice(s.bStart, s.bEnd);
    const key = `${aText}\u0000${bText}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      id: `h${sha256(`${key}\u0000${occurrence}`).slice(0, 8)}`,
      n: i + 1,
      label: hunkLabel(aText, bText),
      ...s,
      aLines: linesOf(a, s.aStart, s.aEnd),
      bLines: linesOf(b, s.bStart, s.bEnd),
      aText,
      bText,
    };
  });
}

/** A with the given hunks applied (A+h): their B text replaces their A text. */
export function applyHunks(a: string, hunks: readonly Hunk[]): string {
  const sorted = [...hunks].sort((x, y) => x.aStart - y.aStart);
  let out = '';
  let at = 0;
  for (const h of sorted) {
    out += a.slice(at, h.aStart) + h.bText;
    at = h.aEnd;
  }
  return out + a.slice(at);
}

/** B with the given hunks reverted (B−h): their A text replaces their B text. */
export function revertHunks(b: string, hunks: readonly Hunk[]): string {
  const sorted = [...hunks].sort((x, y) => x.bStart - y.bStart);
  let out = '';
  let at = 0;
  for (const h of sorted) {
    out += b.slice(at, h.bStart) + h.aText;
    at = h.bEnd;
  }
  return out + b.slice(at);
}

/**
 * The hunks a user named: 1-based numbers ("1,3") or ids or id prefixes ("h3fa9"). Returns the
 * selection, or the name that matched nothing (or more than one hunk).
 */
export function selectHunks(hunks: readonly Hunk[], names: readonly string[]): { hunks: Hunk[] } | { unknown: string } {
  const out: Hunk[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const byNumber = /^\d+$/.test(name) ? hunks.find((h) => h.n === Number(name)) : undefined;
    const byId = name.length >= 3 ? hunks.filter((h) => h.id.startsWith(name)) : [];
    const found = byNumber ?? (byId.length === 1 ? byId[0] : undefined);
    if (!found) return { unknown: name };
    if (!out.includes(found)) out.push(found);
  }
  return { hunks: out.sort((x, y) => x.n - y.n) };
}
