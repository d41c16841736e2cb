// An output as a reader sees it rendered, for the detectors that read its words: without markdown's
// emphasis marks, with its whitespace as one space where a renderer shows one, and with look-alike
// characters and HTML character references as the characters they show; and, before all that, only the
// assistant's own words where a system logged the reply with other parties' (ownWords.ts). Each character
// of that view knows where it stands in the output, so a span found in it is shown on the output as written.
import { FenceIndex } from '../glossary/markdownCode';
import { jsonProse, othersWords } from './ownWords';

/** The view of an output, and where each of its characters stands in the output (at(plain.length) is the output's length). */
export interface ReadableText {
  plain: string;
  /** where the view's character `index` starts in the output */
  at(index: number): number;
  /** where it ends there: after the whole of what it reads ("&rsquo;" for "’", two spaces for one) */
  endOf(index: number): number;
}

/** A piece of a text [start, end) read as `by` (a character, a paragraph break, or '' to drop it). */
export type Edit = [start: number, end: number, by: string];

/** Markdown's strong emphasis: "**" or "__". */
const STRONG_MARK = /\*\*|__/g;
/**
 * A pair of markdown's single emphasis marks on one line, "*so*" or "_so_": the opener followed and the
 * closer preceded by a non-space, neither inside a word, so a bullet ("* item"), a product ("2*3") and
 * a name in snake_case keep theirs.
 */
const EMPHASIS_PAIR = /(?<![\w*])\*(?=[^\s*])[^*\n]*?(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])[^_\n]*?(?<=[^\s_])_(?![\w_])/g;
/**
 * Characters a reader sees as another, or not at all: a hyphen or non-breaking hyphen (U+2010, U+2011) as
 * "-", a modifier-letter apostrophe or an acute accent typed for one (U+02BC, U+00B4) as "'", and the
 * invisible soft hyphen, zero-width spaces and joiners, word joiner and byte-order mark dropped.
 */
const LOOK_ALIKE = /[\u2010\u2011\u02bc\u00b4\u00ad\u200b-\u200d\u2060\ufeff]/;
const READ_AS: Readonly<Record<string, string>> = { '\u2010': '-', '\u2011': '-', '\u02bc': "'", '\u00b4': "'" };
/** An HTML character reference a renderer shows as one character: a few named ones and any numeric one in the Basic Multilingual Plane. */
const ENTITY = /&(?:#(\d{1,5})|#x([0-9a-f]{1,4})|([a-z]{2,6}));/gi;
const NAMED_ENTITY: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
};
/** Whitespace other than a newline that a reader sees as one space: several spaces, a tab, a no-break or other Unicode space. */
const SPACING = /[^\S\n]{2,}|[^\S\n ]/;
const LOOK_ALIKE_OR_SPACING = new RegExp(`${LOOK_ALIKE.source}|${SPACING.source}`, 'g');
/**
 * A line broken inside a sentence (a hard wrap: "I can't\nhelp with that"): the line ends in a word, a
 * comma or a closing mark, not a sentence's or a clause's end, and the next starts in lower case, as no
 * list item, heading or new sentence does. Read after SPACING, so a space stands on either side at most.
 */
const WRAP = /(?<=[\p{L}\p{N},'’")\]”]) ?\n ?(?=\p{Ll})/gu;
/** A line a wrap never continues: a heading or a table row. */
const BLOCK_LINE = /^ {0,3}(?:#{1,6}\s|\|)/;

/**
 * The output as a reader sees it: emphasis marks read through ("have a **licensed structural
 * engineer** inspect it", en-2026.12zzzs; "I **can't help** with that", every detector but
 * formatBreak, en-2026.12zzzt; "I *cannot* help", "_without a doubt_", en-2026.12zzzu) and spacing as
 * one space ("can't\u00a0help", "can't  help", "I can't\nhelp with that", en-2026.12zzzv), hyphens,
 * apostrophes and invisible characters as a reader sees them ("risk\u2011free", "can\u02bct", en-2026.12zzzw),
 * character references as their characters ("can&#39;t", "can&rsquo;t", en-2026.12zzzx), and only the assistant's own
 * words of a reply logged as JSON, quoting an email, after a tool's output or in a transcript (en-2026.12zzzz1);
 * undefined where it reads as written.
 */
export function readable(text: string): ReadableText | undefined {
  // the six detectors that read the view each ask about the same output: in turn (detectAll: the
  // last one), or group by group over a chunk of outputs (detectMany: the chunk's, kept by text)
  if (text === lastText) return lastView;
  let view = read.get(text);
  if (view === undefined) {
    if (read.size >= READ_KEPT) read.clear();
    read.set(text, (view = viewOf(text) ?? AS_WRITTEN));
  }
  lastText = text;
  lastView = view === AS_WRITTEN ? undefined : view;
  return lastView;
}

/** How many outputs' views are kept before they are let go at once: at least detectMany's chunk (DETECT_MANY_CHUNK, a test holds them so). */
export const READ_KEPT = 512;
/** Kept for an output that reads as written. */
const AS_WRITTEN: ReadableText = { plain: '', at: () => 0, endOf: () => 0 };
const read = new Map<string, ReadableText>();
let lastText: string | undefined;
let lastView: ReadableText | undefined;

/**
 * The assistant's own words first (a logged JSON value's prose, then without the other parties' lines: ownWords.ts), then
 * strong marks (a "***word***" is then a single pair), then single pairs in what is left, then character references, then
 * look-alike characters and spacing.
 */
function viewOf(text: string): ReadableText | undefined {
  let view: ReadableText | undefined;
  const step = (edits: (current: string) => Edit[]): void => {
    const current = view?.plain ?? text;
    const next = rewritten(current, edits(current));
    if (!next) return;
    // where each character of the new view stands in the output itself
    const before = view;
    view = before ? { plain: next.plain, at: (i) => before.at(next.at(i)), endOf: (i) => before.endOf(next.endOf(i) - 1) } : next;
  };
  const has = (...marks: string[]): boolean => marks.some((mark) => (view?.plain ?? text).includes(mark));
  step(jsonProse);
  step(othersWords);
  if (has('**', '__')) step((t) => matchesOf(t, STRONG_MARK).map(([start, end]) => [start, end, '']));
  if (has('*', '_')) step(emphasisPairs);
  if (has('&')) step(entities);
  // one pass for both: look-alikes first, so a byte-order mark (whitespace to the regex engine) is dropped
  step((t) => matchesOf(t, LOOK_ALIKE_OR_SPACING).map(([start, end]) => [start, end, end - start === 1 && LOOK_ALIKE.test(t[start]!) ? (READ_AS[t[start]!] ?? '') : ' ']));
  if (has('\n')) step(wraps);
  return view;
}

/** The [start, end) of each match of `pattern` in `text`. */
function matchesOf(text: string, pattern: RegExp): [number, number][] {
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}

/** Each character reference (ENTITY) read as its character; an unknown name, or a control or surrogate code, stays as written. */
function entities(text: string): Edit[] {
  const edits: Edit[] = [];
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
    const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : undefined;
    const character = code === undefined ? NAMED_ENTITY[m[3]!.toLowerCase()] : code >= 0x20 && code <= 0xffff && (code < 0xd800 || code > 0xdfff) ? String.fromCharCode(code) : undefined;
    if (character !== undefined) edits.push([m.index, m.index + m[0].length, character]);
  }
  return edits;
}

/** Each single emphasis pair's two marks, unless it sets a title in italics. */
function emphasisPairs(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const [start, end] of matchesOf(text, EMPHASIS_PAIR)) {
    if (!namesAWork(text.slice(start + 1, end - 1))) edits.push([start, start + 1, ''], [end - 1, end, '']);
  }
  return edits;
}

/**
 * Words in title case ("I Might Be Wrong: Live Recordings", "The Lord of the Rings"): in italics, the
 * name of a work, whose words are not the writer's (the stance reader tells so by the italics, so they stay).
 */
function namesAWork(inner: string): boolean {
  let capitalised = 0;
  for (const word of inner.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word)) capitalised++;
    else if (word.length > 3) return false;
  }
  return capitalised >= 2 && /^\p{Lu}/u.test(inner);
}

/** Each line break inside a sentence (WRAP), read as a space; none inside a fenced code block (its lines are code, not wrapped prose) or after a heading or table row. */
function wraps(text: string): Edit[] {
  const code = text.includes('```') || text.includes('~~~') ? new FenceIndex(text) : undefined;
  const edits: Edit[] = [];
  for (const [start, end] of matchesOf(text, WRAP)) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(text.lastIndexOf('\n', newline - 1) + 1, newline);
    if (!BLOCK_LINE.test(line) && !code?.blockAt(newline)) edits.push([start, end, ' ']);
  }
  return edits;
}

/**
 * The text with `edits` (in order, not overlapping) made, and where each character came from; undefined
 * where there are none. The places are kept as runs (a view's character i in run r stands at
 * textStarts[r] + i − viewStarts[r]; a space put in for a run of spacing is a run of one), found by
 * bisection: a detector asks for a span's two ends, not for every character.
 */
function rewritten(text: string, edits: readonly Edit[]): ReadableText | undefined {
  if (edits.length === 0) return undefined;
  const viewStarts: number[] = [];
  const textStarts: number[] = [];
  /** for a run put in for an edit, where its source ends; -1 for a run kept as written */
  const textEnds: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  const run = (textStart: number, piece: string, textEnd = -1): void => {
    if (piece.length === 0) return;
    viewStarts.push(length);
    textStarts.push(textStart);
    textEnds.push(textEnd);
    pieces.push(piece);
    length += piece.length;
  };
  let from = 0;
  for (const [start, end, by] of edits) {
    run(from, text.slice(from, start));
    run(start, by, end);
    from = end;
  }
  run(from, text.slice(from));
  const runOf = (index: number): number => {
    let low = 0;
    let high = viewStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (viewStarts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const at = (index: number): number => {
    if (index >= length) return text.length;
    const r = runOf(index);
    return textStarts[r]! + index - viewStarts[r]!;
  };
  const endOf = (index: number): number => {
    if (index >= length) return text.length;
    const r = runOf(index);
    return textEnds[r]! >= 0 ? textEnds[r]! : textStarts[r]! + index - viewStarts[r]! + 1;
  };
  return { plain: pieces.join(''), at, endOf };
}
