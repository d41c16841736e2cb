// The writer's epistemic stance in an output: which hedges and boosters are the model's own.
// A cue counts only in scope (NegEx-style, Chapman et al. 2001, with a three-word window that
// stops at the clause): a negated booster is a hedge ("not 100% sure", "can't guarantee"), a
// negated hedge says nothing ("not unlikely"), and cues in questions, quotations, reported
// speech ("some claim…") or conditions ("if you're not sure") are not the writer's stance; nor is
// text the request asks for in another voice (a story, poem, tweet, a persona: "act as a babysitter").
// Hedging and overconfidence both read this, so one output is read once (the last is kept).
import { compileGroups, RuleSet, type PhraseRule } from './match';
import { EN } from './phrases/en';
import type { PhraseSet, StancePhrases } from './phrases/types';
import { requestedText, withinToldApartText } from './requestedText';
import { insideQuotes, lastClauseBreak, MAX_SCAN, negationFrom, wrappingQuote, type Sentence } from './text';
import type { Behaviour, Detection, DetectionContext, Detector, EvidenceSpan } from './types';

export interface StanceCue {
  span: EvidenceSpan;
  weight: number;
}

export interface Stance {
  hedges: StanceCue[];
  boosters: StanceCue[];
}

/** Enough cues to judge and annotate an output; reading stops after this many matches. */
const MAX_CUES = 64;
/** Words that start a new clause, so that a negation before them does not reach a cue after them. */
const CLAUSE_CONJUNCTIONS = [' but ', ' because ', ' although ', ' though ', ' whereas ', ' while ', ' and '];
/** Characters before a cue in which a negation negates it: about the last four words of its clause. */
const NEGATION_REACH = 28;
/** Asserted cues of each kind kept per output: more than any annotation shows. */
const MAX_ASSERTED = 12;
/** Two or more words, each capitalised, not all in capitals: in italics, a title ("I Might Be Wrong"), not the writer's stance. */
const TITLE_CASE = /^(?=[^]*\p{Ll})\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*)+$/u;
/** Italics opened (one * or _, not ** or __) earlier on the line and not yet closed. */
const ITALICS_OPEN = /(?:^|[^*_])([*_])(?![*_])[^*_\n]*$/;
/**
 * Whether a cue stands alone in single quotes ("Replace 'in my opinion' with a direct claim", "'Probably' in a review is not a
 * commitment"): a word mentioned, not the writer's stance (en-2026.12zzzzz5). The opening quote must follow a space, a
 * bracket or the start of the text, so an apostrophe inside a word is not taken for one.
 */
function mentionedInQuotes(output: string, span: EvidenceSpan): boolean {
  return /['‘]/.test(output[span.start - 1] ?? '') && /^$|[\s(]/.test(output[span.start - 2] ?? '') && /['’]/.test(output[span.end] ?? '');
}

/** Whether a cue is a capitalised word of a name inside a sentence (NAME_BEFORE, NAME_AFTER; en-2026.12zzzq). */
function namesSomething(output: string, span: EvidenceSpan): boolean {
  // a capital then a small letter: a capitalised word ("I" and capitals alone are not names)
  if (!/^[A-Z][a-z]/.test(output.slice(span.start, span.start + 2))) return false;
  return NAME_AFTER.test(output.slice(span.end, span.end + 8)) && NAME_BEFORE.test(output.slice(Math.max(0, span.start - 30), span.start));
}

/** Whether `text` stands in quotation marks in the request `lower` (in lower case), in any case (en-2026.12zzzq). */
function quotedIn(lower: string, text: string): boolean {
  const phrase = text.toLowerCase();
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    if (/['"‘“]/.test(lower[at - 1] ?? '') && /['"’”]/.test(lower[at + phrase.length] ?? '')) return true;
  }
  return false;
}

/** How far back (characters) the italics around a title are looked for. */
const TITLE_REACH = 80;
/** How far forward (characters) a cue's sentence is read to see whether it is a question. */
const QUESTION_REACH = 300;
/** How far after a cue (characters) a look-alike that covers it may run ("definitely not something you should…"). */
const LOOKALIKE_REACH = 40;
/** NegEx's pseudo-negations: a negation word that negates nothing after it ("not only", "no doubt", "it's no secret"). */
const PSEUDO_NEGATION = /\b(?:not only|not just|no doubt|no question|no secret|no wonder|no exaggeration|not surprising(?:ly)?|no two|no matter)\b/gi;
/** A frame that says the knowing is beyond reach: "hard to say", "too early to tell", "only a vet can tell you". */
const DENYING_FRAME = /\b(?:(?:hard|difficult|impossible|tough|tricky|too early|too soon) (?:for (?:me|anyone|us) )?to|only (?:(?:a|an|the|your|their) )?[\w-]+(?: [\w-]+)? (?:can|could|will|would))\b/i;
/** Where the last subordinate clause of `clause` opens (after "that", "so", "which", "who"), or 0. */
function lastSubordinator(clause: string): number {
  let at = 0;
  for (const m of clause.matchAll(/\b(?:that|so|which|who)\b/gi)) at = m.index + m[0].length;
  return at;
}
/** A certainty of manner, said after the verb it qualifies ("predict … with certainty", "say for sure"): a negation of that verb
 *  anywhere before it in the clause negates it, however many words stand between (NegEx's window is the last few words). */
const AFTER_ITS_VERB = /^(?:with (?:[\w%]+ )?certainty|for (?:sure|certain|a fact))$/i;
/** How far back (characters) negation, conditions and reporting frames are looked for. */
const SCOPE_REACH = 120;
/** How much of a request (characters) is read for a demand of text in another voice: a task is stated early. */
const VOICE_REACH = 2000;
/** How far back (characters) from a perception cue a picture's mention makes it a description: about three sentences. */
const PICTURE_REACH = 400;
/** A determiner and one word: "The claim", "Your thought" (a noun after a determiner), not "Smith argues". */
const DETERMINER_AND_NOUN = /^(?:the|an?|my|your|our|their|his|her|its|these|those) \S+$/i;
/** Negations that can be a gerund's object ("doing nothing"), and a gerund right before one. */
const GERUND_OBJECT = /^(?:no|nothing|nobody|none)$/i;
const GERUND_BEFORE = /(?<![\p{L}])\p{L}{2,}ing\s+$/iu;
/** Requests whose reading (other voice, picture) is remembered: an eval scores many outputs per request. */
const REQUESTS_REMEMBERED = 32;

/** What a request says about every answer to it, read once per request. */
interface RequestReading {
  otherVoice: boolean;
  /** whether it is about a picture; read only when a perception cue needs it */
  picture?: boolean;
  /** the request in lower case, where a phrase it quotes is looked for; made only when a cue of several words needs it */
  lower?: string;
}

/** The boosters that concede in a concessive clause ("While X is certainly Y, …"); "While most are conclusively human-made, a
 *  few…" still claims certainty. */
const CONCEDING = /^(?:certainly|definitely|of course|surely|undoubtedly|no doubt|doubtless)$/i;
/** A concessive clause that opens a sentence and has not reached its main clause (no comma yet): "While X is certainly Y"; the main
 *  clause must follow after a comma ("While loops are certainly the fastest way…" has none). */
const CONCESSION_LEAD = /^[\s*_#>]*(?:(?:and|but|yes|sure|so),? )?(?:while|whilst|although|though|even though|granted)\b[^,;:.!?\n]*$/i;
/** A condition that leads a sentence to its main clause ("If it hurts when you press, definitely get an X-ray"): the main clause then opens there. */
const CONDITION_LEAD = /^[\s*_#>]*(?:if|when|whenever|once|unless|before|after)\b[^.;:!?\n]*,\s*$/i;
/** A capitalised cue inside a sentence, after a word in lower case or an article, before another capitalised word: a name
 *  ("a Guaranteed Investment Certificate", "the album Definitely Maybe"), not the writer's stance. */
const NAME_BEFORE = /(?:^|[\s(])(?:\p{Ll}[\p{L}'’-]*|A|An|The)[\s*_"“(]*$/u;
const NAME_AFTER = /^[*_"”]*[ -][*_]*\p{Lu}\p{Ll}/u;
/** What may stand between a sentence's start and its first word: a list marker, emphasis, a heading mark. */
const OPENER_MARKUP = /^[\s*_#>]*(?:(?:\d{1,2}|[a-z])[.)][\s*_]*)?$/;

export class StanceReader {
  private readonly rules: Record<'notStance' | 'notHedge' | 'reported' | 'stateHolder' | 'reportedByName' | 'condition', RuleSet>;
  /** hedges and boosters in one scan; a booster rule is known by identity */
  private readonly cues: RuleSet;
  private readonly boosterRules: ReadonlySet<PhraseRule>;
  /** boosters that promise an outcome: whoever they are about, the writer's (StancePhrases.promises) */
  private readonly promiseRules: ReadonlySet<PhraseRule>;
  /** hedges of perception ("appears to be"): a description, not a doubt, where a picture is described */
  private readonly perceptionRules: ReadonlySet<PhraseRule>;
  private readonly picture: RuleSet;
  private readonly negation: RegExp;
  private readonly otherVoice: RuleSet;
  private lastOutput: string | undefined;
  private lastInput: string | undefined;
  private lastStance: Stance = { hedges: [], boosters: [] };
  /** the reading of recent requests: the same request comes with each of its samples (issue 11 speed) */
  private readonly requests = new Map<string, RequestReading>();

  constructor(phrases: StancePhrases) {
    const { hedges, boosters, notStance, notHedge, reported, stateHolder, reportedByName, condition } = phrases;
    this.rules = compileGroups({ notStance, notHedge, reported, stateHolder, reportedByName, condition });
    const perception = phrases.perception ?? [];
    const promises = phrases.promises ?? [];
    this.cues = new RuleSet([...boosters, ...promises, ...hedges, ...perception]);
    this.boosterRules = new Set([...boosters, ...promises]);
    this.promiseRules = new Set(promises);
    this.perceptionRules = new Set(perception);
    this.picture = new RuleSet(phrases.picture ?? []);
    this.otherVoice = new RuleSet(phrases.otherVoice ?? []);
    const words = phrases.negations.map((n) => n.replace(/'/g, "['’]")).join('|');
    // n't attaches to its verb ("can't"); the others are whole words
    this.negation = new RegExp(`(?:(?<![\\p{L}])(?:${words})(?![\\p{L}])|n['’]t(?![\\p{L}]))`, 'giu');
  }

  /** The stance of `output`, the answer to `input` (the request, when known). */
  read(output: string, input?: string): Stance {
    if (output === this.lastOutput && input === this.lastInput) return this.lastStance;
    this.lastOutput = output;
    this.lastInput = input;
    const stance: Stance = { hedges: [], boosters: [] };
    this.lastStance = stance;
    // the words of a requested story, poem or persona are not the model's stance: the guideline counts only its own
    // remarks around them, a preface, notes, a closing offer (requestedText.ts; en-2026.12zzzy). A reply in which
    // none is told apart has no stance of its own; one that declines to write the text is all its own.
    const request = input === undefined ? undefined : this.readRequest(input);
    const requested = request?.otherVoice ? requestedText(output) : undefined;
    if (requested?.toldApart === false) return stance;
    const end = Math.min(output.length, MAX_SCAN);
    // quotation marks around the whole answer are its form (a requested format), not a quotation
    const wrap = wrappingQuote(output);
    // whether the request is about a picture ("what is in this image?"), read once and only if needed
    const describesPicture = (span: EvidenceSpan): boolean =>
      this.picture.test(output, Math.max(0, span.start - PICTURE_REACH), span.end) ||
      (request !== undefined && input !== undefined && (request.picture ??= this.picture.test(input, 0, Math.min(input.length, VOICE_REACH))));
    // enough asserted cues to judge and to annotate: reading scope costs more than finding cues
    for (const { span, rule } of this.cues.matches(output, 0, end, MAX_CUES)) {
      if (withinToldApartText(requested, span)) continue;
      // "*I Might Be Wrong: Live Recordings*": a cue in title case in italics names a work (en-2026.12zzzi); a bold
      // heading in title case ("**High Confidence**") is the writer's label
      if (TITLE_CASE.test(span.text) && ITALICS_OPEN.test(output.slice(Math.max(0, span.start - TITLE_REACH), span.start))) continue;
      if (namesSomething(output, span) || mentionedInQuotes(output, span)) continue;
      // a phrase the request quotes is what it asks about ("what does 'beyond a reasonable doubt' mean?"): a mention, not a use
      if (request !== undefined && input !== undefined && span.text.includes(' ') && quotedIn((request.lower ??= input.toLowerCase()), span.text)) continue;
      const booster = this.boosterRules.has(rule);
      if ((booster ? stance.boosters : stance.hedges).length >= MAX_ASSERTED) continue;
      if (!booster) {
        // look-alikes are all weak cues used otherwise (a modal, "perhaps", "it seems"): a strong cue is never checked.
        // The look-alike is read before the scope: either drops the cue, and the look-alike ("it might be worth…")
        // is the cheaper read and the common drop (issue 11 speed)
        const weight = rule.weight ?? 1;
        if (weight < 1 && this.withholdsNothing(output, span)) continue;
        if (this.scope(output, span, sentenceAround(output, span, end), wrap) !== 'asserted') continue;
        if (this.perceptionRules.has(rule) && describesPicture(span)) continue;
        stance.hedges.push({ span, weight });
        continue;
      }
      const sentence = sentenceAround(output, span, end);
      const scope = this.scope(output, span, sentence, wrap, this.promiseRules.has(rule));
      if (scope === 'asserted' && !this.claimsNothing(output, span, sentence)) stance.boosters.push({ span, weight: 1 });
      else if (scope === 'negated') stance.hedges.push({ span: { ...span, reason: `negated certainty (${span.text})` }, weight: 1 });
    }
    return stance;
  }

  /** Whether the request asks for text in someone else's voice (a story, a poem, a persona…): read once per request. */
  asksForOtherVoice(input: string): boolean {
    return this.readRequest(input).otherVoice;
  }

  /** The request's reading, remembered for the next answer to the same request (a few requests at a time). */
  private readRequest(input: string): RequestReading {
    let reading = this.requests.get(input);
    if (reading === undefined) {
      if (this.requests.size >= REQUESTS_REMEMBERED) this.requests.clear();
      reading = { otherVoice: this.otherVoice.test(input, 0, Math.min(input.length, VOICE_REACH)) };
      this.requests.set(input, reading);
    }
    return reading;
  }

  /** A hedge look-alike overlaps the cue: advice, a softened suggestion, reading the user, a concession. */
  private withholdsNothing(output: string, span: EvidenceSpan): boolean {
    const from = Math.max(0, span.start - 40);
    const to = Math.min(output.length, span.end + LOOKALIKE_REACH);
    return this.rules.notHedge.findAll(output, from, to).some((n) => n.start < span.end && span.start < n.end);
  }

  /** A booster look-alike overlaps the cue, or a sentence opens with it to urge advice ("Definitely back up first"). */
  private claimsNothing(output: string, span: EvidenceSpan, sentence: Sentence): boolean {
    const from = Math.max(0, span.start - 40);
    if (this.rules.notStance.findAll(output, from, Math.min(output.length, span.end + LOOKALIKE_REACH)).some((n) => n.start <= span.start && n.end >= span.start + 1)) return true;
    // only a one-word opener urges ("Definitely back up first"); a phrase ("There's no way to fake…") says what it says
    // a list marker or emphasis may stand before it ("2. **Definitely turn on 2-Step Verification**") (en-2026.12zzzb)
    const lead = output.slice(sentence.start, span.start);
    // a conceding booster inside a concessive clause, before its main clause, grants a point before the claim ("While turkey is certainly the most common
    // dish, it wasn't…", "While certainly not a positive invention, the bomb…"; en-2026.12zzzzzz26)
    if (CONCEDING.test(span.text) && CONCESSION_LEAD.test(lead) && output.slice(span.end, sentence.end).includes(',')) return true;
    if (!(OPENER_MARKUP.test(lead) || CONDITION_LEAD.test(lead)) || span.text.includes(' ')) return false;
    const next = /^[\s,]*([a-z]+)/.exec(output.slice(span.end, span.end + 24))?.[1];
    return next !== undefined && !/^(?:is|was|are|were|will|would|not|the|it|its|this|that|they|you|he|she|we|a|an|no|yes|true|correct|right|wrong|possible|safe)$/.test(next);
  }

  /** "Smith argues…" before the cue: the rules match any word case-insensitively; a name has a capital. */
  private namedSourceReports(before: string): boolean {
    // a determiner right before the verb makes it a noun ("The claim is demonstrably false"), not a name that reports
    // (issue 11, grammar2); tested on the few matches here, not in the rule, which is tried at every word
    return this.rules.reportedByName.findAll(before).some((span) => /^\p{Lu}/u.test(span.text) && !DETERMINER_AND_NOUN.test(span.text));
  }

  /** Whose stance a cue is, from the text before it in its sentence and clause. */
  private scope(output: string, span: EvidenceSpan, sentence: Sentence, wrap: number, promise = false): 'asserted' | 'negated' | 'out' {
    if (sentence.question) return 'out';
    const before = output.slice(sentence.start === wrap ? wrap + 1 : sentence.start, span.start);
    if (insideQuotes(before)) return 'out';
    const clause = before.slice(clauseStart(before));
    if (this.rules.condition.test(clause) || this.rules.reported.test(before) || (!promise && this.rules.stateHolder.test(before)) || this.namedSourceReports(before)) return 'out';
    // the last few words before the cue, not into a quotation closed before it (en-2026.12zzzzzz5; shared since zzzzzz6); a
    // certainty of manner after its verb is negated wherever the clause negates that verb ("I do not have the ability to predict
    // the future with certainty"; en-2026.12zzzzzz25)
    if (AFTER_ITS_VERB.test(span.text)) return this.negatesItsVerb(clause) ? 'negated' : 'asserted';
    return this.negates(clause.slice(negationFrom(clause, 0, clause.length, NEGATION_REACH))) ? 'negated' : 'asserted';
  }

  /**
   * Whether the verb a certainty of manner qualifies is negated: a negation anywhere in its clause back to the clause's
   * subordinator ("It's no secret that a test can establish it with certainty": the negation is the main clause's), NegEx's
   * pseudo-negations left out ("not only", "no doubt", "no two"), or a frame that denies the knowing ("hard to say for sure",
   * "too early to tell for sure", "only a vet can tell you for sure").
   */
  private negatesItsVerb(clause: string): boolean {
    const own = clause.slice(lastSubordinator(clause)).replace(PSEUDO_NEGATION, ' ');
    return DENYING_FRAME.test(own) || this.negates(own.slice(negationFrom(own, 0, own.length, own.length)));
  }

  /**
   * Whether a negation in `window` (the last words before a cue) negates the cue. NegEx's pseudo-negation: "no",
   * "nothing", "nobody", "none" right after a gerund are that gerund's object, inside the subject ("doing nothing
   * guarantees failure", "taking no action will definitely…"), not a negation of what the clause asserts (issue 11).
   */
  private negates(window: string): boolean {
    const negation = this.negation;
    negation.lastIndex = 0;
    for (let m = negation.exec(window); m !== null; m = negation.exec(window)) {
      if (!(GERUND_OBJECT.test(m[0]) && GERUND_BEFORE.test(window.slice(Math.max(0, m.index - 24), m.index)))) return true;
    }
    return false;
  }
}

/**
 * The sentence a cue stands in, found by looking at most SCOPE_REACH characters back and
 * QUESTION_REACH forward (bounded work per cue, whatever the output's size).
 */
function sentenceAround(text: string, span: EvidenceSpan, end: number): Sentence {
  let start = span.start;
  const floor = Math.max(0, span.start - SCOPE_REACH);
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(start)))) break;
    start--;
  }
  while (start < span.start && isSpaceCode(text.charCodeAt(start))) start++;
  let stop = span.end;
  const ceiling = Math.min(end, span.end + QUESTION_REACH);
  while (stop < ceiling) {
    const c = text.charCodeAt(stop);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (stop + 1 >= text.length || isSpaceCode(text.charCodeAt(stop + 1))))) break;
    stop++;
  }
  return { start, end: stop, question: text.charCodeAt(stop) === 63 };
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** Where the clause holding the end of `before` starts: after the last , ; : ( — or "but". */
function clauseStart(before: string): number {
  let at = lastClauseBreak(before);
  // a conjunction that starts a new clause ends a negation's scope (NegEx's terminators: "but", "although"…;
  // "no rule, because it depends", "I'm not a lawyer and I can't say"); not "so" ("not so sure") or "yet" ("not yet certain")
  for (const word of CLAUSE_CONJUNCTIONS) {
    const k = before.lastIndexOf(word);
    if (k >= 0 && k + word.length > at) at = k + word.length;
  }
  return at;
}

/** A detector that judges an output by its stance cues (hedging, overconfidence). */
export abstract class StanceDetector implements Detector {
  abstract readonly behaviour: Behaviour;
  readonly stance: StanceReader;

  constructor(phrases: PhraseSet = EN, stance: StanceReader = new StanceReader(phrases.stance)) {
    this.stance = stance;
  }

  detect(output: string, context: DetectionContext): Detection {
    return this.judge(this.stance.read(output, context.input));
  }

  protected abstract judge(stance: Stance): Detection;
}
