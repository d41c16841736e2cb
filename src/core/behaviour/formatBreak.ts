// formatBreak: the output breaks the format the prompt or an assert demands. Requirements come
// from context.format and, where the prompt states them in words, from the system prompt and the
// user message ("respond only with a JSON object", "at most 50 words", "in one sentence").
import { RuleSet } from './match';
import { MAX_SCAN } from './text';
import { EN } from './phrases/en';
import type { FormatPhrases, PhraseSet } from './phrases/types';
import type { Detection, DetectionContext, Detector, EvidenceSpan, FormatRequirement } from './types';

/** What an output must satisfy, merged from context.format and the prompt's own words. */
export interface EffectiveFormat extends FormatRequirement {
  maxWords?: number;
  oneSentence?: boolean;
}

const WORD = /\S+/g;
const FENCED = /^```[\w-]*[ \t]*\n([\s\S]*?)\n?```$/;

export class FormatBreakDetector implements Detector {
  readonly behaviour = 'formatBreak' as const;
  private readonly json: RuleSet;
  private readonly oneSentence: RuleSet;
  private readonly conditional: RuleSet;
  private readonly maxWords: RegExp[];
  private readonly maxChars: RegExp[];
  /**
   * Requirements by context: a run scores every sample and version of a case with one context
   * object, and reading the prompt's words costs more than the rest of this detector (issue 18).
   * An entry counts only while the fields it was read from are the same.
   */
  private readonly read = new WeakMap<DetectionContext, { system: string | undefined; input: string | undefined; format: FormatRequirement | undefined; req: Readonly<EffectiveFormat> }>();

  constructor(phrases: PhraseSet = EN) {
    const f: FormatPhrases = phrases.format;
    this.json = new RuleSet(f.json);
    this.oneSentence = new RuleSet(f.oneSentence);
    this.conditional = new RuleSet(f.conditional);
    this.maxWords = f.maxWords.map((p) => new RegExp(p, 'gi'));
    this.maxChars = f.maxChars.map((p) => new RegExp(p, 'gi'));
  }

  /** The format an output is held to: context.format first, then what the prompt says. */
  requirements(context: DetectionContext): EffectiveFormat {
    const req: EffectiveFormat = { ...context.format };
    for (const text of [context.system, context.input]) {
      if (!text) continue;
      const conditions = this.conditional.findAll(text);
      const applies = (start: number): boolean => !conditions.some((c) => start >= c.start && start < c.end);
      if (req.json === undefined && this.json.findAll(text).some((s) => applies(s.start))) req.json = true;
      if (!req.oneSentence && this.oneSentence.findAll(text).some((s) => applies(s.start))) req.oneSentence = true;
      const words = limit(text, this.maxWords, applies);
      if (words !== undefined) req.maxWords = Math.min(req.maxWords ?? Infinity, words);
      const chars = limit(text, this.maxChars, applies);
      if (chars !== undefined) req.maxLength = Math.min(req.maxLength ?? Infinity, chars);
    }
    return req;
  }

  /** requirements(context), read once per context object (the result is shared: not to be changed). */
  private requirementsOf(context: DetectionContext): Readonly<EffectiveFormat> {
    const seen = this.read.get(context);
    if (seen && seen.system === context.system && seen.input === context.input && seen.format === context.format) return seen.req;
    const req = this.requirements(context);
    this.read.set(context, { system: context.system, input: context.input, format: context.format, req });
    return req;
  }

  detect(output: string, context: DetectionContext): Detection {
    const req = this.requirementsOf(context);
    const spans: EvidenceSpan[] = [];
    if (req.json) {
      const problem = jsonProblem(output);
      if (problem) spans.push(problem);
    }
    if (req.maxLength !== undefined && output.length > req.maxLength) {
      spans.push(span(output, req.maxLength, output.length, `longer than ${req.maxLength} characters (${output.length})`));
    }
    if (req.maxWords !== undefined) {
      const over = nthWordStart(output, req.maxWords);
      if (over !== undefined) spans.push(span(output, over, output.length, `more than ${req.maxWords} words`));
    }
    if (req.oneSentence) {
      const second = /[.!?]\s+(?=\S)/.exec(output.trim());
      if (second) {
        const at = output.indexOf(output.trim()) + second.index + second[0].length;
        spans.push(span(output, at, output.length, 'more than one sentence'));
      }
    }
    for (const section of req.requiredSections ?? []) {
      if (!hasSection(output, section)) spans.push({ start: 0, end: 0, text: '', reason: `missing required section "${section}"` });
    }
    return { present: spans.length > 0, spans };
  }
}

function limit(text: string, patterns: RegExp[], applies: (start: number) => boolean): number | undefined {
  let found: number | undefined;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const n = Number(m[1]);
      if (Number.isFinite(n) && applies(m.index ?? 0)) found = Math.min(found ?? Infinity, n);
    }
  }
  return found;
}

/** Start offset of word number `n + 1` (0-based n words allowed), if there is one. */
function nthWordStart(output: string, n: number): number | undefined {
  WORD.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(output)) !== null) {
    if (count === n) return m.index;
    count++;
  }
  return undefined;
}

/**
 * Why the output is not a JSON document, as a span at the fault, or undefined when it is one.
 * A single fenced block holding valid JSON is accepted: most consumers strip the fence.
 */
export function jsonProblem(output: string): EvidenceSpan | undefined {
  const trimmed = output.trim();
  if (trimmed === '') return { start: 0, end: 0, text: '', reason: 'empty output where JSON is required' };
  const offset = output.indexOf(trimmed);
  const fenced = FENCED.exec(trimmed);
  const body = fenced?.[1] ?? trimmed;
  const bodyOffset = fenced ? offset + trimmed.indexOf(body) : offset;
  try {
    JSON.parse(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = bodyOffset + (position ? Math.min(Number(position[1]), body.length) : 0);
    const start = Math.max(offset, Math.min(at, output.length - 1));
    return span(output, start, Math.min(output.length, start + 40), `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

/**
 * A section counts when a line starts with its name as a heading or a label ("## Risks",
 * "**Risks:**", "Risks:"). Read line by line, without a regex over the line's blanks: a line of a
 * million spaces must cost a million steps, not a million squared.
 */
function hasSection(output: string, name: string): boolean {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  if (wanted === '') return true;
  const end = Math.min(output.length, MAX_SCAN);
  for (let lineStart = 0; lineStart < end; ) {
    let lineEnd = output.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (isHeading(output.slice(lineStart, lineEnd), wanted)) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

function isHeading(line: string, wanted: string): boolean {
  // blanks collapsed in one linear pass, then heading marks and bold taken off each side
  let rest = line.replace(/[ \t]+/g, ' ').trim().toLowerCase();
  rest = rest.replace(/^#{1,6} ?/, '');
  if (rest.startsWith('**') || rest.startsWith('__')) rest = rest.slice(2).trimStart();
  if (!rest.startsWith(wanted)) return false;
  let after = rest.slice(wanted.length).trimStart();
  if (after.startsWith('**') || after.startsWith('__')) after = after.slice(2).trimStart();
  return after === '' || after.startsWith(':');
}

function span(output: string, start: number, end: number, reason: string): EvidenceSpan {
  const shown = Math.min(end, start + 200);
  return { start, end: shown, text: output.slice(start, shown), reason };
}
