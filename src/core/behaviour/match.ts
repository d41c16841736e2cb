// Phrase matching shared by every rule-based detector. Phrase sets (per language) are plain data;
// this module turns them into one precompiled regex per rule group so that a whole output is
// scanned once per group, not once per phrase.
import type { EvidenceSpan } from './types';

/** One phrase pattern: a case-insensitive regex source (no capture groups) and why it counts. */
export interface PhraseRule {
  pattern: string;
  reason: string;
}

/**
 * Writing aids for phrase authors: a plain `'` also matches the typographic apostrophe `’` (so
 * inside a character class write `\x27` instead), and a pattern that starts (ends) with a letter
 * only matches at a word boundary there.
 */
function normalisePattern(pattern: string): string {
  const withApostrophes = pattern.replace(/'/g, "['\u2019]");
  const head = /^[A-Za-z]/.test(pattern) ? '(?<![\\w])' : '';
  const tail = /[A-Za-z]$/.test(pattern) ? '(?![\\w])' : '';
  return `${head}(?:${withApostrophes})${tail}`;
}

/**
 * True when every match of the pattern must begin with a letter or digit: it starts with one, or
 * with a non-optional group whose alternatives all do. Conservative: anything else is false.
 */
export function startsWithWordChar(pattern: string): boolean {
  if (/^[A-Za-z0-9]/.test(pattern) || pattern.startsWith('\\w') || pattern.startsWith('\\d')) return true;
  if (!pattern.startsWith('(?:')) return false;
  let depth = 0;
  let inClass = false;
  const alternatives: string[] = [];
  let from = 3;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === '|' && depth === 1) { alternatives.push(pattern.slice(from, i)); from = i + 1; }
    else if (c === ')' && --depth === 0) {
      alternatives.push(pattern.slice(from, i));
      const next = pattern[i + 1];
      if (next === '?' || next === '*' || (next === '{' && pattern[i + 2] === '0')) return false;
      return alternatives.every((a) => a.length > 0 && startsWithWordChar(a));
    }
  }
  return false;
}

function captureGroupCount(source: string): number {
  return (new RegExp(`|${source}`).exec('') as RegExpExecArray).length - 1;
}

/** A group of rules compiled to one alternation; each match reports the rule that fired. */
export class RuleSet {
  private readonly regex: RegExp;

  constructor(readonly rules: readonly PhraseRule[]) {
    for (const rule of rules) {
      if (captureGroupCount(rule.pattern) !== 0) {
        throw new Error(`phrase pattern must not capture (use (?:…)): ${rule.pattern}`);
      }
    }
    // One capture group per rule tells which rule matched without re-running anything.
    const alternation = rules.map((r) => `(${normalisePattern(r.pattern)})`).join('|');
    // Speed: when every rule starts a word, test that once per position instead of once per rule,
    // so the engine skips the middles of words without trying every alternative there.
    const allStartWords = rules.every((r) => startsWithWordChar(`(?:${r.pattern})`));
    const source = rules.length ? (allStartWords ? `(?<![\\w])(?=\\w)(?:${alternation})` : alternation) : '(?!)';
    this.regex = new RegExp(source, 'gi');
  }

  /** Every non-overlapping match in text[from, to), as evidence spans with absolute offsets. */
  findAll(text: string, from = 0, to = text.length, limit = Infinity): EvidenceSpan[] {
    const spans: EvidenceSpan[] = [];
    if (from >= to || this.rules.length === 0) return spans;
    const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
    const regex = this.regex;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (spans.length < limit && (m = regex.exec(haystack)) !== null) {
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
      const start = from + m.index;
      spans.push({ start, end: start + m[0].length, text: m[0], reason: this.rules[ruleIndex]?.reason ?? '' });
    }
    return spans;
  }

  first(text: string, from = 0, to = text.length): EvidenceSpan | undefined {
    return this.findAll(text, from, to, 1)[0];
  }

  test(text: string, from = 0, to = text.length): boolean {
    return this.first(text, from, to) !== undefined;
  }
}

/** Compiles every rule group of a phrase set once. */
export function compileGroups<K extends string>(groups: Record<K, readonly PhraseRule[]>): Record<K, RuleSet> {
  const out = {} as Record<K, RuleSet>;
  for (const key of Object.keys(groups) as K[]) out[key] = new RuleSet(groups[key]);
  return out;
}

/**
 * End offset of the first `count` sentences starting at `from` (a sentence ends at . ! ? or a
 * blank line), capped at `maxChars` so a run-on opening cannot make a scan quadratic.
 */
export function sentencesEnd(text: string, count: number, from = 0, maxChars = 400): number {
  const cap = Math.min(text.length, from + maxChars);
  let seen = 0;
  for (let i = from; i < cap; i++) {
    const c = text.charCodeAt(i);
    // a newline, or . ! ? followed by whitespace or the end
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))))) {
      seen++;
      if (seen >= count) return i + 1;
    }
  }
  return cap;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** Offset where the text starts after leading whitespace and markdown decoration. */
export function contentStart(text: string): number {
  const m = /^[\s>*_#"'`-]*/.exec(text);
  return m ? m[0].length : 0;
}
