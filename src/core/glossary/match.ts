// Finding glossary terms in text. All names of all terms are compiled into one alternation (plus a
// case-sensitive one for abbreviations), longest names first, so that "inner alignment" wins over
// "alignment" and "mesa-optimization" over "optimization". A hover looks only at the paragraph
// around the offset; in markdown, fenced blocks (indexed once per text) and inline code are skipped.
import { FenceIndex, inlineCodeSpans, type Range } from './markdownCode';
import { abbreviationPattern, termPattern } from './variants';

/** What the matcher needs to know of a term: its id and every name it goes by. */
export interface MatchableTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  abbreviations: readonly string[];
}

/** One occurrence of a term: [start, end) character offsets into the text, and the text matched. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
  text: string;
}

export interface MatchOptions {
  /** Skip fenced code blocks and inline code spans (for markdown and prompt files). Default false. */
  markdown?: boolean;
}

// A term starts and ends at a word boundary. Hyphens and apostrophes are boundaries, so
// "non-sycophancy" contains "sycophancy" and "jailbreak's" contains "jailbreak"; underscores and
// letters are not, so "prompt_injection" and "unjailbreakable" contain nothing. Letters are listed
// as ranges (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, CJK, Hangul) rather than
// \p{L}: the `u` flag that \p needs makes V8 compile the case-insensitive alternation 5× slower.
const WORD_CLASS =
  '[A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u036F\\u0370-\\u03FF\\u0400-\\u052F' +
  '\\u0531-\\u058F\\u05D0-\\u05EA\\u0600-\\u06FF\\u0900-\\u0DFF\\u0E00-\\u0E7F\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF]';
const NOT_AFTER_WORD = `(?<!${WORD_CLASS})`;
const NOT_BEFORE_WORD = `(?!${WORD_CLASS})`;
const WORD_CHAR_AT_END = new RegExp(`${WORD_CLASS}$`);
const WORD_CHAR_AT_START = new RegExp(`^${WORD_CLASS}`);

/** Hovers look at most this far either side of the offset (a paragraph is usually far shorter). */
const MAX_WINDOW = 4000;
const FENCE_START = /^[ \t]*(?:`{3,}|~{3,})/;
const BLANK = /^[ \t\r]*$/;

/** One compiled alternation; each name has its own capture group, which says which term matched. */
class Alternation {
  private readonly regex: RegExp;
  private readonly ids: string[];

  constructor(names: ReadonlyArray<{ id: string; name: string; pattern: string }>, flags: string) {
    // Longest first: at one start position the regex takes the first alternative that matches.
    const sorted = [...names].sort((a, b) => b.name.length - a.name.length);
    this.ids = sorted.map((n) => n.id);
    const body = sorted.map((n) => `(${n.pattern})`).join('|');
    this.regex = new RegExp(sorted.length ? `${NOT_AFTER_WORD}(?:${body})${NOT_BEFORE_WORD}` : '(?!)', flags);
  }

  /** Matches in text, offsets shifted by `base` (text may be a slice of a larger document). */
  collect(text: string, base: number, into: TermMatch[]): void {
    const regex = this.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      let group = 1;
      while (group < m.length && m[group] === undefined) group++;
      const termId = this.ids[group - 1];
      if (termId !== undefined) {
        const start = base + m.index;
        into.push({ termId, start, end: start + m[0].length, text: m[0] });
      }
    }
  }
}

export class TermMatcher {
  private readonly names: Alternation;
  private readonly abbreviations: Alternation;
  // Hovers in one document version reuse its fence index; a new text builds a new one.
  private fences: FenceIndex | undefined;

  constructor(terms: readonly MatchableTerm[]) {
    const names: Array<{ id: string; name: string; pattern: string }> = [];
    const abbreviations: Array<{ id: string; name: string; pattern: string }> = [];
    for (const term of terms) {
      for (const name of new Set([term.term, ...term.aliases])) {
        names.push({ id: term.id, name, pattern: termPattern(name) });
      }
      for (const abbreviation of new Set(term.abbreviations)) {
        abbreviations.push({ id: term.id, name: abbreviation, pattern: abbreviationPattern(abbreviation) });
      }
    }
    this.names = new Alternation(names, 'gi');
    this.abbreviations = new Alternation(abbreviations, 'g');
  }

  /**
   * Every term occurrence in text, in order, not overlapping (for decorations). With `range`, only
   * the paragraphs overlapping it are scanned (an editor's visible lines), which keeps a 1 MB file cheap.
   */
  findAll(text: string, opts: MatchOptions & { range?: Range } = {}): TermMatch[] {
    const from = opts.range ? paragraphAround(text, clamp(opts.range.start, text)).start : 0;
    const to = opts.range ? paragraphAround(text, clamp(opts.range.end, text)).end : text.length;
    const matches = this.matchRegion(text, from, to);
    if (!opts.markdown) return matches;
    return withoutCode(matches, this.codeRanges(text, from, to));
  }

  /**
   * The term occurrence under `offset` (a character offset into text): the one with
   * start <= offset < end, else one ending exactly at offset (a cursor just after a word).
   */
  findTermAt(text: string, offset: number, opts: MatchOptions = {}): TermMatch | undefined {
    if (offset < 0 || offset > text.length) return undefined;
    const fences = opts.markdown ? this.fenceIndex(text) : undefined;
    if (fences?.blockAt(offset) !== undefined) return undefined;
    const window = paragraphAround(text, offset);
    let matches = this.matchRegion(text, window.start, window.end);
    if (opts.markdown) matches = withoutCode(matches, inlineCodeSpans(text, window.start, window.end));
    return (
      matches.find((m) => m.start <= offset && offset < m.end) ?? matches.find((m) => m.end === offset)
    );
  }

  private fenceIndex(text: string): FenceIndex {
    if (this.fences?.text !== text) this.fences = new FenceIndex(text);
    return this.fences;
  }

  /** Fenced blocks overlapping text[from, to) and the inline code spans between them, sorted. */
  private codeRanges(text: string, from: number, to: number): Range[] {
    const ranges: Range[] = [];
    let at = from;
    for (const block of this.fenceIndex(text).ranges) {
      if (block.end <= from) continue;
      if (block.start >= to) break;
      if (block.start > at) ranges.push(...inlineCodeSpans(text, at, block.start));
      ranges.push(block);
      at = block.end;
    }
    if (at < to) ranges.push(...inlineCodeSpans(text, at, to));
    return ranges;
  }

  /** Both alternations over text[from, to), merged; no match may continue a word cut by the window. */
  private matchRegion(text: string, from: number, to: number): TermMatch[] {
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    const found: TermMatch[] = [];
    this.names.collect(region, from, found);
    this.abbreviations.collect(region, from, found);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TermMatch[] = [];
    let lastEnd = -1;
    for (const match of found) {
      if (match.start < lastEnd) continue;
      if (match.start === from && from > 0 && WORD_CHAR_AT_END.test(text.slice(from - 1, from))) continue;
      if (match.end === to && to < text.length && WORD_CHAR_AT_START.test(text.slice(to, to + 1))) continue;
      kept.push(match);
      lastEnd = match.end;
    }
    return kept;
  }
}

function clamp(offset: number, text: string): number {
  return Math.min(Math.max(0, offset), text.length);
}

/** Drops matches that overlap a code range (both lists sorted by start). */
function withoutCode(matches: readonly TermMatch[], code: readonly Range[]): TermMatch[] {
  const kept: TermMatch[] = [];
  let c = 0;
  for (const match of matches) {
    while (c < code.length && (code[c] as Range).end <= match.start) c++;
    const range = code[c];
    if (range !== undefined && range.start < match.end) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * The paragraph around offset: lines up to the nearest blank or fence line on each side, capped at
 * MAX_WINDOW characters either way so that a 1 MB single-line file stays fast.
 */
export function paragraphAround(text: string, offset: number): Range {
  const lineStart = (i: number) => (i <= 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1);
  const lineEnd = (i: number) => {
    const nl = text.indexOf('\n', i);
    return nl < 0 ? text.length : nl;
  };
  const minStart = Math.max(0, offset - MAX_WINDOW);
  const maxEnd = Math.min(text.length, offset + MAX_WINDOW);
  let start = lineStart(offset);
  while (start > minStart) {
    const previous = lineStart(start - 1);
    const line = text.slice(previous, start - 1);
    if (BLANK.test(line) || FENCE_START.test(line)) break;
    start = previous;
  }
  let end = lineEnd(offset);
  while (end < maxEnd) {
    const nextEnd = lineEnd(end + 1);
    const line = text.slice(end + 1, nextEnd);
    if (BLANK.test(line) || FENCE_START.test(line)) break;
    end = nextEnd;
  }
  return { start: Math.max(start, minStart), end: Math.min(end, maxEnd) };
}
