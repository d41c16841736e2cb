// Phrase matching shared by every rule-based detector. Phrase sets (per language) are plain data;
// this module turns them into one precompiled regex per rule group (several where a group would pass
// the size V8 still optimises) so that a whole output is
// scanned once per group, not once per phrase.
import { MAX_SCAN } from './text';
import type { EvidenceSpan } from './types';

/** One phrase pattern: a case-insensitive regex source (no capture groups) and why it counts. */
export interface PhraseRule {
  pattern: string;
  reason: string;
  /** how much the match counts where matches are weighed (stance cues); 1 when absent */
  weight?: number;
}

/**
 * Writing aids for phrase authors: a plain `'` also matches the typographic apostrophe `’` (so
 * inside a character class write `\x27` instead), and a pattern that starts (ends) with a letter
 * only matches at a word boundary there, except in its top-level alternatives that start (end)
 * with a space or punctuation. (Until en-2026.12c the boundary stood around the whole alternation,
 * so in "will definitely |…|sure" the first alternative needed a word character not to follow its
 * space, and hardly ever matched.)
 *
 * Read once per rule, both ways a rule set may use it: `untested` with each alternative's own word
 * start, `tested` without it (for a set whose rules all start a word, which tests that once before
 * the alternation), and whether every match starts a word (issue 18: this reading is most of a
 * process's cost of making the detectors, before any regex is compiled).
 */
function readRule(rule: PhraseRule): ReadRule {
  const pattern = rule.pattern;
  const letterFirst = /^[A-Za-z]/.test(pattern);
  const tailed = /[A-Za-z]$/.test(pattern);
  if (!letterFirst && !tailed) {
    const whole = `(?:${withApostrophes(pattern)})`;
    return { rule, startsWord: startsWithWordChar(`(?:${pattern})`), tested: whole, untested: whole };
  }
  const alternatives = topLevelAlternatives(pattern);
  // an alternative's own word start: "\b" where every match of it starts a word (V8 runs that far
  // faster than the lookbehind), none where it starts with a space or punctuation
  const heads = alternatives.map((alternative) =>
    !letterFirst || PUNCTUATION_FIRST.test(alternative) ? '' : alternative.length > 0 && startsWithWordChar(alternative) ? '\\b' : '(?<![\\w])',
  );
  // every match starts a word where every alternative's head is "\b" (a pattern that starts otherwise is read whole)
  const startsWord = letterFirst ? heads.every((head) => head === '\\b') : startsWithWordChar(`(?:${pattern})`);
  const bodies = alternatives.map((alternative) => `${withApostrophes(alternative)}${!tailed || PUNCTUATION_LAST.test(alternative) ? '' : '(?![\\w])'}`);
  const untested = `(?:${bodies.map((body, i) => heads[i] + body).join('|')})`;
  // with the word start tested for the whole set, a pattern without a tail is kept whole
  const tested = !letterFirst ? untested : tailed ? `(?:${bodies.join('|')})` : `(?:${withApostrophes(pattern)})`;
  return { rule, startsWord, tested, untested };
}

/** Every `'` also matches `’`; the `'` of a negative contraction written out in full may be missing ("i cant", "i wont": small
 *  models and casual writers drop it; en-2026.12zzzn). A bare "n't" stays as it is: "nt" would be any "parent". */
const withApostrophes = (pattern: string): string => pattern.replace(/(?<=[a-z])n't|'/g, (m) => (m === "'" ? "['\u2019]" : "n['\u2019]?t"));
/** An alternative that starts or ends with a literal space or punctuation mark: no word boundary there. */
const PUNCTUATION_FIRST = /^[ ,.;:!"'\u2018\u2019\u201c\u201d-]/;
const PUNCTUATION_LAST = /(?:^|[^\\])[ ,.;:!"'\u2018\u2019\u201c\u201d-]$/;

/**
 * The alternatives of a regex source read from `from` up to the `)` that closes the group it is in
 * (or the end), with the index of that `)` (or the length): "a|(?:b|c)d)e" from 0 → "a",
 * "(?:b|c)d" and 9.
 */
function alternativesFrom(pattern: string, from: number): { alternatives: string[]; end: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let start = from;
  REGEX_TOKEN.lastIndex = from;
  // read by tokens, not characters: a run of plain characters is one step (issue 18: this reading
  // runs over every rule's source each time a process makes the detectors)
  for (let m = REGEX_TOKEN.exec(pattern); m !== null; m = REGEX_TOKEN.exec(pattern)) {
    const token = m[0];
    if (token === '(') depth++;
    else if (token === ')' && depth-- === 0) {
      const end = REGEX_TOKEN.lastIndex - 1;
      alternatives.push(pattern.slice(start, end));
      return { alternatives, end };
    } else if (token === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, REGEX_TOKEN.lastIndex - 1));
      start = REGEX_TOKEN.lastIndex;
    }
  }
  alternatives.push(pattern.slice(start));
  return { alternatives, end: pattern.length };
}

/** One token of a regex source, read left to right (sticky): an escape, a character class (to its
 *  first unescaped `]`, or the end), a `(`, `)` or `|`, or a run of other characters. */
const REGEX_TOKEN = /\\[\s\S]?|\[(?:[^\]\\]|\\[\s\S]?)*\]?|[()|]|[^\\[()|]+/y;

/** The alternatives of a pattern's top level ("a|(?:b|c)d" → "a", "(?:b|c)d"). */
export function topLevelAlternatives(pattern: string): string[] {
  return alternativesFrom(pattern, 0).alternatives;
}

/**
 * True when every match of the pattern must begin with a letter or digit: it starts with one, or
 * with a non-optional group whose alternatives all do. Conservative: anything else is false.
 */
export function startsWithWordChar(pattern: string): boolean {
  const atom = /^(?:[A-Za-z0-9]|\\[wd]|\[(?:A-Z|a-z|A-Za-z|a-zA-Z)\])/.exec(pattern);
  // a first letter that may be left out ("a?b", "s*'s") does not make the match start with it
  if (atom) return !/^(?:[?*]|\{0)/.test(pattern.slice(atom[0].length));
  if (!pattern.startsWith('(?:')) return false;
  const { alternatives, end } = alternativesFrom(pattern, 3);
  if (end >= pattern.length || /^(?:[?*]|\{0)/.test(pattern.slice(end + 1))) return false;
  return alternatives.every((a) => a.length > 0 && startsWithWordChar(a));
}

/**
 * The capture groups a regex source opens: a `(` that is not escaped, not inside a character class,
 * and not `(?:` or a lookaround (`(?<name>` captures). Read from the text, not by compiling and
 * running the pattern: that cost ≈ 0.2 s for the English phrase sets at every start (issue 18).
 */
export function captureGroupCount(source: string): number {
  let count = 0;
  for (const [token] of source.matchAll(CAPTURE_OR_SKIPPED)) if (token[0] === '(') count++;
  return count;
}

/** An escape or a character class (read whole, so that nothing in them counts), or a `(` that opens
 *  a capture group: not followed by `?`, or `(?<` not followed by `=` or `!` (a named group). */
const CAPTURE_OR_SKIPPED = /\\[\s\S]?|\[(?:[^\]\\]|\\[\s\S]?)*\]?|\((?!\?)|\(\?<(?![=!])/g;

/**
 * V8 first runs a regex in its bytecode interpreter and compiles it to machine code on the next run;
 * for these alternations of hundreds of phrases the bytecode step alone costs more than the machine
 * code (≈ 0.15 s of CPU for the English sets, paid by the first scored answer: issue 18). V8 skips
 * that step for a subject of 1,000 characters or more, so each rule set's first run is on this.
 */
const NATIVE_FIRST_SUBJECT = ' '.repeat(1000);

/**
 * A case-insensitive regex source as one that matches the same on text folded to lower case
 * (foldedText), or undefined where that cannot be shown from the source. V8 compiles a large
 * alternation about twice as fast without the i flag (issue 18). Without the unicode flag, i matches
 * an ASCII letter only to its other case, never to another character, so the two agree when the
 * source names no cased character outside ASCII (none in an escape either), has no backreference
 * (the i flag folds what it repeats) and no class range with a letter at one end and not the other
 * ([0-Z] would take in "[\]^_`" once folded). Escapes keep their letter: \W is not \w.
 */
export function foldedSource(source: string): string | undefined {
  // General Punctuation (U+2000–U+206F: the typographic quotes every ' becomes) holds no cased character
  if ([...source.matchAll(/[^\x00-\x7f\u2000-\u206f]/g)].some(([c]) => hasCase(c))) return undefined;
  if ([...source.matchAll(CHARACTER_CLASS)].some(([cls]) => hasMixedRange(cls))) return undefined;
  let foldable = true;
  const folded = source.replace(ESCAPE_OR_CAPITAL, (token) => {
    if (token.length === 1) return token.toLowerCase();
    // an escape keeps its letter (\W is not \w); one that names a cased character, a group or a
    // capital (an identity escape: "\A" is "A"), or a control character, cannot be shown to agree
    if (token.length > 2 ? hasCase(String.fromCharCode(parseInt(token.slice(2), 16))) : /^\\(?:[1-9kcpxu]|(?![BDSW])[A-Z])/.test(token)) foldable = false;
    return token;
  });
  return foldable ? folded : undefined;
}

/** One escape, with the hex digits it takes (`\x27`, `\u2019`, `\W`, `\\`). */
const ESCAPE = String.raw`\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])`;
/** An escape or a capital letter, read left to right so that "\\X" is an escaped backslash and a capital. */
const ESCAPE_OR_CAPITAL = new RegExp(`${ESCAPE}|[A-Z]`, 'g');
/** One character of a class's contents: an escape or any other character. */
const CLASS_CHARACTER = new RegExp(`${ESCAPE}|[\\s\\S]`, 'g');
/** A character class, escapes inside it read as one (the source is a valid regex without the unicode flag). */
const CHARACTER_CLASS = /(?<!\\)(?:\\\\)*\[(?:[^\]\\]|\\[\s\S])*\]/g;
/** A class range folding could change: an end outside ASCII or written as an escape, ends of two kinds
 *  (a letter and not, lower case and capital), or a range of other characters that takes in one
 *  alphabet and not the other ([0-_] takes in the capitals, which the i flag extends to a–z). */
function hasMixedRange(cls: string): boolean {
  if (!cls.includes('-')) return false;
  const tokens = [...cls.slice(1, -1).matchAll(CLASS_CHARACTER)].map((m) => m[0]);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i] !== '-' || (i === 1 && tokens[0] === '^')) continue;
    const [low, high] = [tokens[i - 1]!, tokens[i + 1]!];
    if (!/^[\x00-\x7f]$/.test(low) || !/^[\x00-\x7f]$/.test(high)) return true;
    // two letters of one case, or two other characters with both alphabets inside or both outside
    const takesIn = (from: string, to: string): boolean => low <= to && high >= from;
    if (letterKind(low) !== letterKind(high) || (letterKind(low) === 0 && takesIn('A', 'Z') !== takesIn('a', 'z'))) return true;
    i++;
  }
  return false;
}

/** 1 for a lower-case ASCII letter, 2 for a capital, 0 for anything else. */
const letterKind = (c: string): number => (/[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : 0);

/** The folded source compiled, or undefined if it would not compile (no such source is known: a
 *  guard, so that folding can never turn a valid rule set into an error). */
function compiledOrUndefined(folded: string | undefined): RegExp | undefined {
  try {
    return folded === undefined ? undefined : new RegExp(folded, 'g');
  } catch {
    return undefined;
  }
}

const hasCase = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** The two characters whose lower case is not one character outside ASCII: İ (two) and the Kelvin sign (k). */
const FOLD_CHANGES_MATCHES = /[\u0130\u212a]/;
/**
 * The text in lower case, the same length, or undefined when folding it would let a folded regex
 * match what the case-insensitive one does not.
 */
export function foldedText(text: string): string | undefined {
  return FOLD_CHANGES_MATCHES.test(text) ? undefined : text.toLowerCase();
}

/** Texts lately searched, folded whole (a detector reads an output and its input by turns). */
const foldedLately: { text: string; folded: string | undefined }[] = [];
const FOLDED_KEPT = 4;
/** A longer text is neither folded whole nor held: each search folds the window it reads (at most MAX_SCAN). */
const FOLD_KEPT_LENGTH = 4 * MAX_SCAN;

/**
 * text[from, to) folded (foldedText), each text once: one output is read by many rule sets, some
 * in windows. A text past FOLD_KEPT_LENGTH has each window folded alone, so no search costs more
 * than a few times the characters it may read.
 */
function foldedWindow(text: string, from: number, to: number): string | undefined {
  if (text.length > FOLD_KEPT_LENGTH) return foldedText(text.slice(from, to));
  let kept = foldedLately.find((k) => k.text === text);
  if (!kept) {
    kept = { text, folded: foldedText(text) };
    foldedLately.unshift(kept);
    if (foldedLately.length > FOLDED_KEPT) foldedLately.pop();
  }
  const folded = kept.folded;
  return folded === undefined || (from === 0 && to === text.length) ? folded : folded.slice(from, to);
}

/** While RuleSet.reachedBy runs: the cold rule sets reached so far, each once, in order. */
let probing: RuleSet[] | undefined;
/** One rule read for an alternation: whether every match starts a word, and its normalised
 *  source both ways (with the word start tested once for the whole alternation, or by itself). */
interface ReadRule {
  rule: PhraseRule;
  startsWord: boolean;
  tested: string;
  untested: string;
}

/** The rules as one alternation's source, one capture group per rule (it tells which rule matched
 *  without running anything again). */
function sourceOf(read: readonly ReadRule[], limit = Infinity): string {
  if (read.length === 0) return '(?!)';
  // Speed: when every rule starts a word, test that once per position instead of once per rule,
  // so the engine skips the middles of words without trying every alternative there.
  const allStartWords = read.every((r) => r.startsWord);
  const bodies = read.map((r) => (allStartWords ? r.tested : r.untested));
  const tested = read.reduce((sum, r) => sum + r.tested.length, 0);
  const untested = read.reduce((sum, r) => sum + r.untested.length, 0);
  const plainLength = sourceLength(read.length, allStartWords, tested, untested);
  // breaks where the part has room for them: past OPTIMISED_SOURCE_LIMIT it would scan many times slower
  const alternation = withCompileBreaks(bodies, Math.floor((limit - 1 - plainLength) / COMPILE_BREAK.length)).map((b) => `(${b})`).join('|');
  // `\b` before a match that starts with a word character is "no word character before it", and
  // V8 runs it several times faster than that lookbehind (which it evaluates at every position)
  return allStartWords ? `\\b(?:${alternation})` : alternation;
}

/**
 * An empty lookahead: it matches everywhere and takes nothing, so a source means the same with it
 * before any group. V8 generates a regex's code node by node along "traces" (what it still has to
 * check or record) and generates a node again for each new trace that reaches it, up to ten times:
 * after a rule's choices (an optional word, "{0,2}?", a list of verbs) the long lists that follow
 * (escalation's 4,000 characters of agents, a decline's verbs) were generated several times over. A
 * lookahead makes V8 settle the trace there, so what follows it is generated once: the English rule
 * sets compile in ≈ 100 ms of CPU instead of ≈ 160, and detectAll scans as fast (issue 18; BENCHMARKS.md,
 * "Compiling the rule sets once").
 */
const COMPILE_BREAK = '(?=)';

/**
 * The characters a match must have taken in its rule before a break may stand: when choosing among
 * alternatives V8 checks the next 4 characters at once (its quick check), and breaks within them made
 * the detectors scan 8–12 % slower.
 */
const BREAK_AFTER_CHARACTERS = 4;

/**
 * Rule bodies (each one rule of an alternation, sourceOf) with a COMPILE_BREAK before each group that
 * starts after the match has taken BREAK_AFTER_CHARACTERS characters of its rule, outside lookarounds;
 * at most `room` breaks, before the largest such groups (a source past RuleSet.OPTIMISED_SOURCE_LIMIT
 * would scan many times slower). What each body matches is unchanged.
 */
export function withCompileBreaks(bodies: readonly string[], room: number): string[] {
  if (room <= 0) return [...bodies];
  const candidates = bodies.flatMap((body, rule) => breakCandidates(body).map((c) => ({ rule, ...c })));
  const chosen = candidates.length > room ? [...candidates].sort((x, y) => y.size - x.size).slice(0, room) : candidates;
  chosen.sort((x, y) => x.rule - y.rule || x.at - y.at);
  const out = [...bodies];
  for (let k = 0; k < chosen.length; ) {
    const rule = chosen[k]!.rule;
    const body = bodies[rule]!;
    let text = '';
    let from = 0;
    for (; chosen[k]?.rule === rule; k++) {
      text += body.slice(from, chosen[k]!.at) + COMPILE_BREAK;
      from = chosen[k]!.at;
    }
    out[rule] = text + body.slice(from);
  }
  return out;
}

/**
 * Where a COMPILE_BREAK may stand in one rule's source: before each group (not a lookaround, not in
 * one) that every match reaches only after taking BREAK_AFTER_CHARACTERS characters or more, with the
 * group's length. Read by character codes in one pass (it runs over every rule at each start).
 */
function breakCandidates(source: string): { at: number; size: number }[] {
  const candidates: { at: number; size: number }[] = [];
  // per open group, innermost last: the least its current alternative takes so far, the least of its
  // earlier alternatives, the least its last atom takes, and its candidate's index (−1: none)
  const taken = [0];
  const least = [Infinity];
  const last = [0];
  const candidate = [-1];
  const lookaroundAt: number[] = [];
  let top = 0;
  let quantified = false;
  for (let i = 0; i < source.length; ) {
    const c = source.charCodeAt(i);
    let atom = -1;
    if (c === 92 /* \ */) {
      const e = source.charCodeAt(i + 1);
      atom = e === 98 || e === 66 || (e >= 49 && e <= 57) ? 0 : 1; // \b \B \1–\9 take nothing
      i += e === 120 /* x */ ? 4 : e === 117 /* u */ ? 6 : 2;
    } else if (c === 91 /* [ */) {
      for (i++; i < source.length && source.charCodeAt(i) !== 93; ) i += source.charCodeAt(i) === 92 ? 2 : 1;
      atom = 1;
      i++;
    } else if (c === 40 /* ( */) {
      const lookaround = source.charCodeAt(i + 1) === 63 && source.charCodeAt(i + 2) !== 58; // "(?" not "(?:"
      if (lookaround) lookaroundAt.push(top + 1);
      let index = -1;
      if (!lookaround && lookaroundAt.length === 0) {
        let sum = 0;
        for (let d = 0; d <= top; d++) sum += taken[d]!;
        if (sum >= BREAK_AFTER_CHARACTERS) index = candidates.push({ at: i, size: 0 }) - 1;
      }
      top++;
      taken[top] = 0;
      least[top] = Infinity;
      last[top] = 0;
      candidate[top] = index;
      i += lookaround ? (source.charCodeAt(i + 2) === 60 /* < */ ? 4 : 3) : source.charCodeAt(i + 1) === 63 ? 3 : 1;
    } else if (c === 41 /* ) */) {
      const closing = top;
      if (top > 0) top--;
      if (candidate[closing]! >= 0) candidates[candidate[closing]!]!.size = i - candidates[candidate[closing]!]!.at;
      const wasLookaround = lookaroundAt[lookaroundAt.length - 1] === closing;
      if (wasLookaround) lookaroundAt.pop();
      atom = wasLookaround ? 0 : Math.min(least[closing]!, taken[closing]!);
      i++;
    } else if (c === 124 /* | */) {
      least[top] = Math.min(least[top]!, taken[top]!);
      taken[top] = 0;
      i++;
    } else if (c === 63 /* ? */ && quantified) {
      quantified = false; // lazy
      i++;
    } else if (c === 63 || c === 42 /* * */ || c === 43 /* + */ || (c === 123 /* { */ && QUANTIFIER_BRACES.test(source.slice(i, i + 16)))) {
      const braces = c === 123 ? QUANTIFIER_BRACES.exec(source.slice(i, i + 16))! : undefined;
      const times = braces ? Number(braces[1]) : c === 43 ? 1 : 0;
      taken[top] = taken[top]! + (times - 1) * last[top]!;
      last[top] = last[top]! * times;
      quantified = true;
      i += braces ? braces[0].length : 1;
    } else if (c === 94 /* ^ */ || c === 36 /* $ */) {
      atom = 0;
      i++;
    } else {
      // a run of plain characters: a quantifier after it takes its last character only
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(source);
      const end = Math.max(PLAIN_RUN.lastIndex, i + 1);
      taken[top] = taken[top]! + end - i - 1;
      atom = 1;
      i = end;
    }
    if (atom >= 0) {
      taken[top] = taken[top]! + atom;
      last[top] = atom;
      quantified = false;
    }
  }
  return candidates;
}
const QUANTIFIER_BRACES = /^\{(\d+)(?:,\d*)?\}/;
const PLAIN_RUN = /[^\\[()|?*+{^$]+/y;

/** The length sourceOf would give for rules whose lengths are summed so far (no string built). */
function sourceLength(count: number, allStartWords: boolean, testedLength: number, untestedLength: number): number {
  if (count === 0) return 4;
  // "(" + rule + ")" each, "|" between, and "\b(?:" … ")" around when every rule starts a word
  return (allStartWords ? testedLength + 6 : untestedLength) + 2 * count + count - 1;
}

/**
 * Rules compiled to one regex alternation; each match reports the rule that fired. A RuleSet holds
 * one, or several where its rules together would pass RuleSet.OPTIMISED_SOURCE_LIMIT.
 */
class Alternation {
  private readonly regex: RegExp;
  private compiledYet = false;
  /** Whether the regex is compiled without the i flag, to run on the text folded to lower case (foldedSource). */
  readonly folds: boolean;
  private caselessRegex: RegExp | undefined;
  /** The regex the last searchIn chose (no object per search: the hot path); the folded text goes with this.regex when it folds. */
  private searchRegex: RegExp;

  /** `source`: sourceOf(rules), case-insensitive; compiled as such only for an output folding would misread (foldedText). */
  constructor(readonly rules: readonly PhraseRule[], readonly source: string, caseFolding: boolean) {
    const folded = rules.length && caseFolding ? compiledOrUndefined(foldedSource(source)) : undefined;
    this.regex = folded ?? new RegExp(source, 'gi');
    this.searchRegex = this.regex;
    this.folds = folded !== undefined;
  }

  /** The regex, reset, run once on NATIVE_FIRST_SUBJECT before its first real use. */
  private compiled(): RegExp {
    const regex = this.regex;
    if (!this.compiledYet) {
      this.compiledYet = true;
      regex.lastIndex = 0;
      regex.test(NATIVE_FIRST_SUBJECT);
    }
    regex.lastIndex = 0;
    return regex;
  }

  /** The text to run this.searchRegex on, text[from, to): folded to lower case for the folded
   *  regex, or as it is for the case-insensitive one where folding would change what matches. */
  private searchIn(text: string, from: number, to: number): string {
    const regex = this.compiled();
    this.searchRegex = regex;
    if (this.folds) {
      const folded = foldedWindow(text, from, to);
      if (folded !== undefined) return folded;
      this.searchRegex = this.caselessRegex ??= new RegExp(this.source, 'gi');
      this.searchRegex.lastIndex = 0;
    }
    return from === 0 && to === text.length ? text : text.slice(from, to);
  }

  warmUp(): void {
    this.compiled();
  }

  /** Up to `limit` non-overlapping matches in text[from, to) (`to` already capped), appended to `out`. */
  matches(text: string, from: number, to: number, limit: number, out: RuleMatch[]): void {
    const haystack = this.searchIn(text, from, to);
    const regex = this.searchRegex;
    const folded = this.folds && regex === this.regex;
    let m: RegExpExecArray | null;
    let found = 0;
    while (found < limit && (m = regex.exec(haystack)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let ruleIndex = 0;
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          ruleIndex = g - 1;
          break;
        }
      }
      const rule = this.rules[ruleIndex] ?? { pattern: '', reason: '' };
      const start = from + m.index;
      // the span's text from the output itself, not its folded copy
      out.push({ span: { start, end: start + m[0].length, text: folded ? text.slice(start, start + m[0].length) : m[0], reason: rule.reason }, rule });
      found++;
    }
  }

  test(text: string, from: number, to: number): boolean {
    const haystack = this.searchIn(text, from, to);
    return this.searchRegex.test(haystack);
  }
}

type RuleMatch = { span: EvidenceSpan; rule: PhraseRule };

/**
 * The rules in order, in parts whose alternations' sources stay under `limit` characters: all in one
 * where they fit, else cut before the rule that would take a part to the limit (a rule that reaches
 * it on its own is a part by itself).
 */
function partsUnder(rules: readonly PhraseRule[], limit: number): { rules: PhraseRule[]; source: string }[] {
  const parts: ReadRule[][] = [[]];
  // each rule read once and the part's length kept as sums: building each candidate's source was
  // quadratic in a set's rules, ≈ 70 ms of every scoring thread's start (issue 18)
  let allStartWords = true;
  let tested = 0;
  let untested = 0;
  for (const r of rules.map(readRule)) {
    let part = parts[parts.length - 1]!;
    const grown = sourceLength(part.length + 1, allStartWords && r.startsWord, tested + r.tested.length, untested + r.untested.length);
    if (part.length > 0 && grown >= limit) {
      part = [];
      parts.push(part);
      [allStartWords, tested, untested] = [true, 0, 0];
    }
    part.push(r);
    allStartWords &&= r.startsWord;
    tested += r.tested.length;
    untested += r.untested.length;
  }
  return parts.map((part) => ({ rules: part.map((r) => r.rule), source: sourceOf(part, limit) }));
}

/** A group of rules compiled to as few alternations as V8 still optimises; each match reports the rule that fired. */
export class RuleSet {
  /** V8 optimises a regex whose source is at most 20 × 1024 characters (`kRegExpTooLargeToOptimize`, checked as
   *  `length > 20 KB`; in Node 20 a 20,480-character alternation scanned 3 MB in 3 ms, one of 20,481 in 48 ms), so
   *  sources stay under 20,481. A rule set past it would scan ≈ 15× slower (grammar2: sycophancy at 22.6k took 882 ms
   *  per 10,000 outputs, not 54), so a larger set is compiled as several alternations, each under it, and scanned
   *  once per part (each part a pass over the text: ≈ 5 µs per 1 KB output here). Until en-2026.12zzzr the limit was
   *  a round 20,000. */
  static readonly OPTIMISED_SOURCE_LIMIT = 20 * 1024 + 1;
  /** The longest compiled alternation's length (checked against OPTIMISED_SOURCE_LIMIT by a test). */
  readonly sourceLength: number;
  /** How many alternations the rules are compiled to (1 unless they would pass OPTIMISED_SOURCE_LIMIT together). */
  readonly parts: number;
  private readonly alternations: readonly Alternation[];
  private warm = false;

  /** `caseFolding: false` keeps the i flag on the output itself (a test compares the two searches). */
  constructor(readonly rules: readonly PhraseRule[], { caseFolding = true, sourceLimit = RuleSet.OPTIMISED_SOURCE_LIMIT }: { caseFolding?: boolean; sourceLimit?: number } = {}) {
    for (const rule of rules) {
      // a plain ' becomes ['’] (see normalisePattern), which would break a character class
      if (/\[(?:[^\]\\]|\\.)*'(?:[^\]\\]|\\.)*\]/.test(rule.pattern)) {
        throw new Error(`phrase pattern has ' inside a character class (write \\x27): ${rule.pattern}`);
      }
      if (captureGroupCount(rule.pattern) !== 0) {
        throw new Error(`phrase pattern must not capture (use (?:…)): ${rule.pattern}`);
      }
    }
    // sourceLimit: a smaller limit lets a test cut a small set into parts
    this.alternations = partsUnder(rules, sourceLimit).map((part) => new Alternation(part.rules, part.source, caseFolding));
    this.parts = this.alternations.length;
    this.sourceLength = Math.max(...this.alternations.map((a) => a.source.length));
  }

  /** Each alternation's source, case-insensitive, as compiled (with its COMPILE_BREAKs). */
  get sources(): string[] {
    return this.alternations.map((a) => a.source);
  }

  /** Whether the alternations compiled folded (without the i flag; see foldedSource). */
  get folds(): boolean {
    return this.alternations.every((a) => a.folds);
  }

  /** For a set not used yet: while RuleSet.reachedBy probes, it is noted and matches nothing (true); else it is in use from now on (false). */
  private probed(): boolean {
    if (probing) {
      if (!probing.includes(this)) probing.push(this);
      return true;
    }
    this.warm = true;
    return false;
  }

  /** Compiles the regexes now rather than at their first real use (V8 compiles a regex in one go, at its first run). */
  warmUp(): void {
    if (!this.warm && this.probed()) return;
    for (const a of this.alternations) a.warmUp();
  }

  /**
   * The cold (not yet compiled) rule sets that `run` reaches, in the order it reaches them, without
   * compiling any: while it runs they match nothing. So a warm-up can compile them one at a time, in
   * turns of its own (issue 18): V8 compiles the largest in 30–60 ms (twice that before rule sets were
   * compiled without the i flag, foldedSource), and a run's answers wait
   * behind a compile. `run` sees rule sets that match nothing, so its results are meaningless; it
   * must not be a real output (detectors remember their last output and request).
   */
  static reachedBy(run: () => void): RuleSet[] {
    const outer = probing;
    probing = [];
    try {
      run();
      return probing;
    } finally {
      probing = outer;
    }
  }

  /** Every non-overlapping match in text[from, to), as evidence spans with absolute offsets
   *  (at most MAX_SCAN characters are read: an output of any size costs bounded time). */
  findAll(text: string, from = 0, to = text.length, limit = Infinity): EvidenceSpan[] {
    return this.matches(text, from, to, limit).map((m) => m.span);
  }

  /** Like findAll, with the rule that matched each span. Over several parts, the matches are those
   *  one alternation would give: leftmost first, an earlier rule first at the same place, none overlapping. */
  matches(text: string, from = 0, to = text.length, limit = Infinity): RuleMatch[] {
    const out: RuleMatch[] = [];
    to = Math.min(to, text.length, from + MAX_SCAN);
    if (from >= to || this.rules.length === 0 || (!this.warm && this.probed())) return out;
    if (this.alternations.length === 1) {
      this.alternations[0]!.matches(text, from, to, limit, out);
      return out;
    }
    const all: { match: RuleMatch; part: number }[] = [];
    this.alternations.forEach((a, part) => {
      const found: RuleMatch[] = [];
      a.matches(text, from, to, Infinity, found);
      for (const match of found) all.push({ match, part });
    });
    all.sort((x, y) => x.match.span.start - y.match.span.start || x.part - y.part);
    let end = from;
    for (const { match } of all) {
      if (out.length >= limit) break;
      if (match.span.start < end) continue;
      out.push(match);
      end = match.span.end;
    }
    return out;
  }

  first(text: string, from = 0, to = text.length): EvidenceSpan | undefined {
    return this.findAll(text, from, to, 1)[0];
  }

  /** Whether any rule matches in text[from, to) (no spans are built: this is the hot path). */
  test(text: string, from = 0, to = text.length): boolean {
    to = Math.min(to, text.length, from + MAX_SCAN);
    if (from >= to || this.rules.length === 0 || (!this.warm && this.probed())) return false;
    const alternations = this.alternations;
    for (let i = 0; i < alternations.length; i++) if (alternations[i]!.test(text, from, to)) return true;
    return false;
  }
}

/**
 * An alternation of regex fragments, grouped by first letter ("a(?:gent|dvisor)|b(?:ank|roker)"):
 * the engine then tries one group at a position instead of every fragment, which matters for the
 * long vocabularies (hundreds of agent nouns) that sit after a gap of optional words.
 */
export function alternationByFirstLetter(fragments: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const f of fragments) {
    const first = f[0] ?? '';
    // a letter that is not quantified, not part of an escape and not the start of a group
    if (/[A-Za-z]/.test(first) && !/^.[?*+{]/.test(f)) {
      const key = first.toLowerCase();
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(f.slice(1));
    } else rest.push(f);
  }
  const parts = [...groups].map(([letter, tails]) => `${letter}(?:${tails.join('|')})`);
  return `(?:${[...parts, ...rest].join('|')})`;
}

/** Compiles every rule group of a phrase set once. */
export function compileGroups<K extends string>(groups: Record<K, readonly PhraseRule[]>): Record<K, RuleSet> {
  const out = {} as Record<K, RuleSet>;
  for (const key of Object.keys(groups) as K[]) out[key] = new RuleSet(groups[key]);
  return out;
}
