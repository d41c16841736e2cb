// Where the code is in a markdown text, so that terms inside code are not matched. Fenced blocks
// are indexed once per text (a scan of fence-looking lines only); inline code spans are found only
// in the paragraph being looked at, since CommonMark code spans never cross a blank line.

/** A half-open character range [start, end). */
export interface Range {
  start: number;
  end: number;
}

// A fence line: optional indentation (deeper than CommonMark's 3 spaces, because prompt files nest
// fences in list items), then ``` or ~~~ (three or more), then the rest of the line.
const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})([^\n]*)$/gm;

/** The fenced code blocks of a markdown text, each from its opening fence line to the end of its closing one. */
export function fencedBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let open: { start: number; char: string; length: number } | undefined;
  FENCE_LINE.lastIndex = 0;
  for (let m = FENCE_LINE.exec(text); m !== null; m = FENCE_LINE.exec(text)) {
    const fence = m[1] as string;
    const rest = m[2] as string;
    if (open === undefined) {
      // A backtick fence's info string may not contain backticks (CommonMark 4.5).
      if (fence[0] === '`' && rest.includes('`')) continue;
      open = { start: m.index, char: fence[0] as string, length: fence.length };
    } else if (fence[0] === open.char && fence.length >= open.length && rest.trim() === '') {
      blocks.push({ start: open.start, end: m.index + m[0].length });
      open = undefined;
    }
  }
  // An unclosed fence runs to the end of the document.
  if (open !== undefined) blocks.push({ start: open.start, end: text.length });
  return blocks;
}

/** The fenced blocks of one text, searchable by offset. */
export class FenceIndex {
  private readonly blocks: Range[];

  constructor(readonly text: string) {
    this.blocks = fencedBlocks(text);
  }

  /** The fenced block containing offset, if any (binary search). */
  blockAt(offset: number): Range | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid] as Range;
      if (offset < block.start) hi = mid - 1;
      else if (offset >= block.end) lo = mid + 1;
      else return block;
    }
    return undefined;
  }

  overlaps(start: number, end: number): boolean {
    return this.blockAt(start) !== undefined || this.blockAt(Math.max(start, end - 1)) !== undefined;
  }

  get ranges(): readonly Range[] {
    return this.blocks;
  }
}

const BACKTICK_RUN = /`+/g;

/**
 * Inline code spans in text[from, to): a run of n backticks opens a span that the next run of
 * exactly n backticks closes (CommonMark 6.1); an opener without a closer is literal text. The
 * caller passes one paragraph (or a larger region without fenced blocks: a blank line ends an
 * unclosed span there too).
 */
export function inlineCodeSpans(text: string, from: number, to: number): Range[] {
  const runs: Array<Range & { paragraph: number }> = [];
  // Code spans never cross a blank line: number the paragraphs and pair runs only within one.
  // The regexes run on the region only, so that a search never runs on past `to`.
  const region = text.slice(from, to);
  const blankLines = blankLineOffsets(region);
  let paragraph = 0;
  BACKTICK_RUN.lastIndex = 0;
  for (let m = BACKTICK_RUN.exec(region); m !== null; m = BACKTICK_RUN.exec(region)) {
    while (paragraph < blankLines.length && (blankLines[paragraph] as number) < m.index) paragraph++;
    const at = from + m.index;
    // A backslash-escaped backtick is literal and shortens the run by one.
    const escaped = at > 0 && text[at - 1] === '\\' && !isEscaped(text, at - 1);
    const start = escaped ? at + 1 : at;
    const end = at + m[0].length;
    if (end > start) runs.push({ start, end, paragraph });
  }
  const spans: Range[] = [];
  let i = 0;
  while (i < runs.length) {
    const opener = runs[i] as Range & { paragraph: number };
    const length = opener.end - opener.start;
    let closerIndex = -1;
    for (let j = i + 1; j < runs.length && (runs[j] as { paragraph: number }).paragraph === opener.paragraph; j++) {
      const candidate = runs[j] as Range;
      if (candidate.end - candidate.start === length) {
        closerIndex = j;
        break;
      }
    }
    if (closerIndex < 0) {
      i++;
      continue;
    }
    spans.push({ start: opener.start, end: (runs[closerIndex] as Range).end });
    i = closerIndex + 1;
  }
  return spans;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let k = index - 1; k >= 0 && text[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 1;
}

const BLANK_LINE = /\n[ \t]*(?=\r?\n)/g;

/** Offsets of the blank lines in text, ascending. */
function blankLineOffsets(text: string): number[] {
  const offsets: number[] = [];
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m !== null; m = BLANK_LINE.exec(text)) offsets.push(m.index);
  return offsets;
}

/** True when [start, end) overlaps any range of a sorted, non-overlapping list. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const range of ranges) {
    if (range.start >= end) return false;
    if (range.end > start) return true;
  }
  return false;
}
