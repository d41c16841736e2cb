// formatBreak: the output breaks the format the prompt or an assert demands. Requirements come
// from context.format and, where the prompt states them in words, from the system prompt and the
// user message ("respond only with a JSON object", "at most 50 words", "in one sentence", "at least
// 300 words", "exactly 3 bullet points", "no commas", "all lowercase letters", "end with …"): the
// kinds of form demand of the labelling guideline (test/fixtures/validation/instructions/).
import { RuleSet } from './match';
import { MAX_SCAN, sentences } from './text';
import { EN } from './phrases/en';
import type { FormatPhrases, PhraseSet } from './phrases/types';
import type { Detection, DetectionContext, Detector, EvidenceSpan, FormatRequirement } from './types';

/** What an output must satisfy, merged from context.format and the prompt's own words. */
export interface EffectiveFormat extends FormatRequirement {
  maxWords?: number;
  oneSentence?: boolean;
  minWords?: number;
  maxSentences?: number;
  minSentences?: number;
  /** exactly this many markdown bullet points */
  bullets?: number;
  noCommas?: boolean;
  letterCase?: 'lower' | 'upper';
  /** the whole answer in double quotation marks */
  quoted?: boolean;
  /** a title in double angular brackets, <<…>> */
  titleBrackets?: boolean;
  /** the text the answer must end with */
  endsWith?: string;
  /** the mark a postscript must start with ("P.S.") */
  postscript?: string;
}

const WORD = /\S+/g;
/** A prompt without any of these words states none of the demands readPartsAndCase looks for. */
const DEMAND_WORDS = /word|sentence|bullet|comma|lower|capital|caps|upper|quot|angular|postscript|\b(?:end|finish|conclude)s? (?:your|the|this|with)\b/i;
const FENCED = /^```[\w-]*[ \t]*\n([\s\S]*?)\n?```$/;

export class FormatBreakDetector implements Detector {
  readonly behaviour = 'formatBreak' as const;
  private readonly json: RuleSet;
  private readonly oneSentence: RuleSet;
  private readonly conditional: RuleSet;
  private readonly maxWords: RegExp[];
  private readonly maxChars: RegExp[];
  private readonly minWords: RegExp[];
  private readonly maxSentences: RegExp[];
  private readonly minSentences: RegExp[];
  private readonly bullets: RegExp[];
  private readonly endsWith: RegExp[];
  private readonly postscript: RegExp[];
  private readonly noCommas: RuleSet;
  private readonly lowercase: RuleSet;
  private readonly uppercase: RuleSet;
  private readonly quoted: RuleSet;
  private readonly titleBrackets: RuleSet;
  private readonly wordCounts: RuleSet;
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
    const compile = (patterns: string[]): RegExp[] => patterns.map((p) => new RegExp(p, 'gi'));
    this.minWords = compile(f.minWords);
    this.maxSentences = compile(f.maxSentences);
    this.minSentences = compile(f.minSentences);
    this.bullets = compile(f.bullets);
    this.endsWith = compile(f.endsWith);
    this.postscript = compile(f.postscript);
    this.noCommas = new RuleSet(f.noCommas);
    this.lowercase = new RuleSet(f.lowercase);
    this.uppercase = new RuleSet(f.uppercase);
    this.quoted = new RuleSet(f.quoted);
    this.titleBrackets = new RuleSet(f.titleBrackets);
    this.wordCounts = new RuleSet(f.wordCounts);
  }

  /** The format an output is held to: context.format first, then what the prompt says. */
  requirements(context: DetectionContext): EffectiveFormat {
    const req: EffectiveFormat = { ...context.format };
    for (const text of [context.system, context.input]) {
      if (!text) continue;
      // a demand under a condition ("When writing tweets, …") or inside a count of words of some
      // kind ("at least 5 words in all caps") is not a demand on the whole answer
      const conditions = this.conditional.findAll(text);
      const applies = (start: number): boolean => !conditions.some((c) => start >= c.start && start < c.end);
      if (/word/i.test(text)) conditions.push(...this.wordCounts.findAll(text));
      if (req.json === undefined && this.json.findAll(text).some((s) => applies(s.start))) req.json = true;
      if (!req.oneSentence && this.oneSentence.findAll(text).some((s) => applies(s.start))) req.oneSentence = true;
      const words = limit(text, this.maxWords, applies);
      if (words !== undefined) req.maxWords = Math.min(req.maxWords ?? Infinity, words);
      const chars = limit(text, this.maxChars, applies);
      if (chars !== undefined) req.maxLength = Math.min(req.maxLength ?? Infinity, chars);
      if (DEMAND_WORDS.test(text)) this.readPartsAndCase(text, req, applies);
    }
    return req;
  }

  /**
   * Minimum lengths, counts of sentences and bullets, fixed parts, case and comma rules stated in
   * the text. Each kind is looked for only when its key word is there: most prompts state none.
   */
  private readPartsAndCase(text: string, req: EffectiveFormat, applies: (start: number) => boolean): void {
    const lowerAll = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN).toLowerCase() : text.toLowerCase();
    const has = (...words: string[]): boolean => words.some((w) => lowerAll.includes(w));
    const atLeast = (patterns: RegExp[]): number | undefined => {
      let found: number | undefined;
      for (const m of matches(text, patterns, applies)) found = Math.max(found ?? 0, Number(m[1]));
      return found;
    };
    const minWords = has('word') ? atLeast(this.minWords) : undefined;
    if (minWords !== undefined) req.minWords = Math.max(req.minWords ?? 0, minWords);
    if (has('sentence')) {
      const minSentences = atLeast(this.minSentences);
      if (minSentences !== undefined) req.minSentences = Math.max(req.minSentences ?? 0, minSentences);
      for (const m of matches(text, this.maxSentences, applies)) {
        // "less than 10 sentences" allows 9, "at most 10" allows 10
        const allowed = Number(m[2]) - (/^(?:fewer|less|under)/i.test(m[1] ?? '') ? 1 : 0);
        req.maxSentences = Math.min(req.maxSentences ?? Infinity, allowed);
      }
    }
    if (has('bullet')) for (const m of matches(text, this.bullets, applies)) req.bullets = Number(m[1]);
    if (has('"', '\u201c') && has('end', 'finish', 'conclude')) for (const m of matches(text, this.endsWith, applies)) if (m[1]?.trim()) req.endsWith = m[1].trim();
    if (has('postscript')) for (const m of matches(text, this.postscript, applies)) if (m[1]) req.postscript = m[1];
    const demanded = (rules: RuleSet): boolean => rules.findAll(text).some((s) => applies(s.start));
    if (has('comma') && demanded(this.noCommas)) req.noCommas = true;
    if (has('lower', 'capital') && demanded(this.lowercase)) req.letterCase = 'lower';
    else if (has('capital', 'caps', 'upper', 'lower') && demanded(this.uppercase)) req.letterCase = 'upper';
    if (has('quot') && demanded(this.quoted)) req.quoted = true;
    if (has('angular') && demanded(this.titleBrackets)) req.titleBrackets = true;
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
    if (asksPartsOrCase(req)) spans.push(...this.partsAndCase(output, req));
    return { present: spans.length > 0, spans };
  }

  /** Minimum lengths, counts of sentences and bullets, fixed parts, case and comma rules. */
  private partsAndCase(output: string, req: Readonly<EffectiveFormat>): EvidenceSpan[] {
    const spans: EvidenceSpan[] = [];
    const whole = (reason: string): EvidenceSpan => ({ start: 0, end: 0, text: '', reason });
    const scanned = output.length > MAX_SCAN ? output.slice(0, MAX_SCAN) : output;
    if (req.minWords !== undefined && nthWordStart(output, req.minWords - 1) === undefined) spans.push(whole(`fewer than ${req.minWords} words`));
    if (req.maxSentences !== undefined || req.minSentences !== undefined) {
      const limit = Math.max(req.maxSentences ?? 0, req.minSentences ?? 0) + 1;
      const found = sentences(output, 0, Math.min(output.length, MAX_SCAN), limit);
      if (req.maxSentences !== undefined && found.length > req.maxSentences) {
        const first = found[req.maxSentences]!;
        spans.push(span(output, first.start, output.length, `more than ${req.maxSentences} sentence${req.maxSentences === 1 ? '' : 's'}`));
      }
      if (req.minSentences !== undefined && found.length < req.minSentences) spans.push(whole(`fewer than ${req.minSentences} sentences`));
    }
    if (req.bullets !== undefined) {
      const count = bulletCount(scanned);
      if (count !== req.bullets) spans.push(whole(`${count} bullet points where exactly ${req.bullets} are asked for`));
    }
    if (req.noCommas) {
      const at = scanned.search(/[,\uff0c]/);
      if (at >= 0) spans.push(span(output, at, at + 1, 'a comma where commas are not allowed'));
    }
    if (req.letterCase) {
      const at = scanned.search(req.letterCase === 'lower' ? /\p{Lu}/u : /\p{Ll}/u);
      if (at >= 0) spans.push(span(output, at, at + 1, req.letterCase === 'lower' ? 'a capital letter where all lower case is asked for' : 'a lower-case letter where all capitals are asked for'));
    }
    const trimmed = output.trim();
    if (req.quoted && !/^["\u201c][\s\S]*["\u201d]$/.test(trimmed)) spans.push(whole('not wrapped in double quotation marks'));
    if (req.titleBrackets && !/<<[^<>\n]{1,200}>>/.test(scanned)) spans.push(whole('no title in <<double angular brackets>>'));
    if (req.endsWith && !endsWithText(trimmed, req.endsWith)) spans.push(span(output, Math.max(0, output.length - 80), output.length, `does not end with "${req.endsWith}"`));
    if (req.postscript && !scanned.includes(req.postscript)) spans.push(whole(`no postscript starting with ${req.postscript}`));
    return spans;
  }
}

/** Whether any demand partsAndCase checks was read (most prompts state none: nothing to do). */
function asksPartsOrCase(req: Readonly<EffectiveFormat>): boolean {
  return req.minWords !== undefined || req.maxSentences !== undefined || req.minSentences !== undefined || req.bullets !== undefined ||
    req.noCommas === true || req.letterCase !== undefined || req.quoted === true || req.titleBrackets === true || req.endsWith !== undefined || req.postscript !== undefined;
}

/** Every match of the patterns in text that is not under a condition. */
function matches(text: string, patterns: RegExp[], applies: (start: number) => boolean): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (applies(m.index ?? 0)) out.push(m);
  }
  return out;
}

/** Markdown bullet points: lines that start with "* ", "- " or "• " (a "***" divider is not one). */
function bulletCount(text: string): number {
  let count = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text[i];
    if ((c === '*' || c === '-' || c === '\u2022') && (text[i + 1] === ' ' || text[i + 1] === '\t')) count++;
    lineStart = lineEnd + 1;
  }
  return count;
}

/** The answer ends with the text, ignoring case and closing quotes or markdown after it. */
function endsWithText(trimmed: string, wanted: string): boolean {
  const tail = trimmed.slice(-(wanted.length + 8)).replace(/["\u201d'*_\s]+$/, '').toLowerCase();
  return tail.endsWith(wanted.toLowerCase().replace(/["\u201d'*_\s]+$/, ''));
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
  // Speed: a reply of prose where JSON was asked for throws, and the stack trace V8 records for
  // each throw cost more than the parse; only the message is read
  const stackTraceLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
    JSON.parse(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = bodyOffset + (position ? Math.min(Number(position[1]), body.length) : 0);
    const start = Math.max(offset, Math.min(at, output.length - 1));
    return span(output, start, Math.min(output.length, start + 40), `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
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
