// A suite's own behaviours (`behaviours:` in a suite): a name, a description, and either phrase or
// regex rules whose matches are the evidence spans, or a rubric the suite's judge model decides
// (eval/judgeRun.ts; its quote, or else the whole output, is the span). Rules are scored with the
// built-in seven, once, when an output is recorded; rubrics once the run's outputs are in, like the
// judge's second opinions. Both get the same statistics, gates, annotations, exports and cards.
//
// A suite comes from the repository, and in CI from a pull request's author, so its regexes must
// not be able to hang a run (catastrophic backtracking). JavaScript has no linear-time engine in
// every host PromptShift runs in, so patterns are checked before use and refused unless their
// backtracking is bounded (checkPattern), and each output is scanned only in its first
// CUSTOM_MAX_SCAN characters. Phrases are matched literally (escaped), so they are always safe.
import { createHash } from 'node:crypto';
import { RuleSet, type PhraseRule } from './match';
import type { CustomBehaviour } from './customSchema';
import type { Detection } from './types';

/** Characters of each output a custom rule reads: behaviour shown after them is not seen. */
export const CUSTOM_MAX_SCAN = 20_000;
/** Longest regex source accepted. */
export const MAX_PATTERN_LENGTH = 200;
/** At most this many alternatives a pattern's bounded quantifiers may multiply to (`a?b?c?` is 8). */
const MAX_BOUNDED_PRODUCT = 16;
/** How far an unbounded quantifier (`*`, `+`, `{n,}`) reaches: it is run as `{0,REACH}`, `{1,REACH}`, `{n,REACH}`. */
export const UNBOUNDED_REACH = 200;
/** Longest rubric accepted: a paragraph, sent with every judged output. */
export const MAX_RUBRIC_LENGTH = 2000;
/** Enough spans to annotate an output. */
const MAX_SPANS = 8;

export type { CustomBehaviour } from './customSchema';

/** A behaviour the suite's judge model decides by its rubric (no phrase or pattern rules). */
export function isJudged(b: CustomBehaviour): b is CustomBehaviour & { rubric: string } {
  return b.rubric !== undefined;
}

/**
 * Why a regex source is refused, or undefined when it is safe to run on untrusted text:
 * at most MAX_PATTERN_LENGTH characters; valid; no capture groups (write `(?:…)`), back-references
 * or look-arounds; no quantified group that itself holds a quantifier or an alternation (`(a+)+`,
 * `(a|ab)*`: exponential backtracking); at most one unbounded or wide quantifier (`*`, `+`, `{n,}`,
 * or a range of more than MAX_BOUNDED_PRODUCT choices such as `{0,40}`, up to UNBOUNDED_REACH: two of
 * them make the work grow with the cube of the text); the other bounded quantifiers multiplying to
 * at most MAX_BOUNDED_PRODUCT alternatives. What passes is run with its one unbounded quantifier capped
 * at UNBOUNDED_REACH characters (boundedSource), so a match attempt at one position tries at most
 * ~16 × 200 paths and a whole output costs time linear in its (capped) length.
 */
export function checkPattern(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'gi');
  } catch (err) {
    return `not a valid regular expression: ${(err as Error).message}`;
  }
  interface Group { quantified: boolean; alternation: boolean }
  const stack: Group[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  let product = 1;
  /** the group that just closed: the next quantifier applies to it */
  let closed: Group | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const top = stack[stack.length - 1] as Group;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'back-references are not allowed';
      i++;
      closed = null;
      continue;
    }
    if (c === '[') {
      // skip the class: nothing in it quantifies (a ' in it would be rewritten, see match.ts)
      for (i++; i < source.length && source[i] !== ']'; i++) {
        if (source[i] === "'") return "write \\x27 for ' inside [ ]";
        if (source[i] === '\\') i++;
      }
      closed = null;
      continue;
    }
    if (c === '(') {
      if (source[i + 1] !== '?') return 'capture groups are not allowed: write (?:…)';
      const kind = source.slice(i + 2, i + 4);
      if (kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!') return 'look-aheads and look-behinds are not allowed';
      if (!kind.startsWith(':')) return 'capture groups are not allowed: write (?:…)';
      stack.push({ quantified: false, alternation: false });
      i += 2;
      closed = null;
      continue;
    }
    if (c === ')') {
      closed = stack.pop() as Group;
      // what a group holds, its parent holds too
      const parent = stack[stack.length - 1] as Group;
      parent.quantified ||= closed.quantified;
      parent.alternation ||= closed.alternation;
      continue;
    }
    if (c === '|') {
      top.alternation = true;
      closed = null;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(source.slice(i));
    if (quantifier) {
      const q = quantifier;
      const min = q[1] !== undefined ? Number(q[1]) : c === '+' ? 1 : 0;
      const max = c === '*' || c === '+' || (q[2] !== undefined && q[3] === '') ? Infinity : c === '?' ? 1 : q[3] !== undefined ? Number(q[3]) : min;
      if (closed && (closed.quantified || closed.alternation) && max > 1) return 'a repeated group must not hold a quantifier or an alternation (e.g. (a+)+ or (a|b)*): it can backtrack without end';
      // a wide quantifier (unbounded, or more choices than MAX_BOUNDED_PRODUCT) is the one allowed
      if (max !== Infinity && max > UNBOUNDED_REACH) return `a quantifier may repeat at most ${UNBOUNDED_REACH} times`;
      if (max === Infinity || max - min + 1 > MAX_BOUNDED_PRODUCT) unbounded++;
      else product *= max - min + 1;
      if (unbounded > 1) return 'at most one unbounded or wide quantifier (*, +, {n,} or more than 16 choices like {0,40}) per pattern';
      if (product > MAX_BOUNDED_PRODUCT) return `the bounded quantifiers allow too many combinations (more than ${MAX_BOUNDED_PRODUCT})`;
      top.quantified = true;
      i += q[0].length - 1;
      if (source[i + 1] === '?') i++; // lazy
      closed = null;
      continue;
    }
    closed = null;
  }
  return undefined;
}

/** The pattern as it is run: `*`, `+` and `{n,}` (outside classes and escapes) reach at most UNBOUNDED_REACH characters. */
export function boundedSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      let j = i + 1;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '*') out += `{0,${UNBOUNDED_REACH}}`;
    else if (c === '+') out += `{1,${UNBOUNDED_REACH}}`;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) {
      const open = /^\{(\d+),\}/.exec(source.slice(i)) as RegExpExecArray;
      out += `{${Math.min(Number(open[1]), UNBOUNDED_REACH)},${UNBOUNDED_REACH}}`;
      i += open[0].length - 1;
    } else if (c === '(' && source[i + 1] === '?') {
      // (?: is not a quantifier
      out += '(?';
      i++;
    } else out += c;
  }
  return out;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A custom behaviour's rules compiled once; detect() reads at most CUSTOM_MAX_SCAN characters. */
export class CustomDetector {
  private readonly rules: RuleSet;

  constructor(readonly definition: CustomBehaviour) {
    const reason = (what: string) => `${definition.name}: ${what}`;
    const rules: PhraseRule[] = [
      ...(definition.phrases ?? []).map((p) => ({ pattern: escapeRegex(p.trim()), reason: reason(`“${p.trim()}”`) })),
      ...(definition.patterns ?? []).map((p) => {
        const problem = checkPattern(p);
        if (problem) throw new Error(`${definition.name}: pattern ${p}: ${problem}`);
        return { pattern: boundedSource(p), reason: reason(`matches /${p}/`) };
      }),
    ];
    this.rules = new RuleSet(rules);
  }

  get name(): string {
    return this.definition.name;
  }

  detect(output: string): Detection {
    const spans = this.rules.findAll(output, 0, Math.min(output.length, CUSTOM_MAX_SCAN), MAX_SPANS);
    return { present: spans.length > 0, spans };
  }
}

/** The rule-based behaviours compiled (judged ones are scored by the judge, not here). */
export function compileCustom(definitions: readonly CustomBehaviour[] | undefined): CustomDetector[] {
  return (definitions ?? []).filter((d) => !isJudged(d)).map((d) => new CustomDetector(d));
}

/**
 * What a report says of a custom behaviour (report/input CustomBehaviourInfo): its rules (or rubric
 * and judge model) in words, and a hash of them as its version.
 */
export function customInfoOf(d: CustomBehaviour, judgeModel?: string): { name: string; description: string; how: string; version: string; method: 'rules' | 'judge'; judgeModel?: string } {
  const version = `custom-${createHash('sha256').update(JSON.stringify(d)).digest('hex').slice(0, 12)}`;
  if (isJudged(d)) return { name: d.name, description: d.description, how: `rubric “${d.rubric}”`, version, method: 'judge', ...(judgeModel !== undefined ? { judgeModel } : {}) };
  const parts = [d.phrases?.length ? `phrases ${d.phrases.map((p) => `“${p}”`).join(', ')}` : '', d.patterns?.length ? `patterns ${d.patterns.map((p) => `/${p}/`).join(', ')}` : ''].filter(Boolean);
  return { name: d.name, description: d.description, how: parts.join('; '), version, method: 'rules' };
}
