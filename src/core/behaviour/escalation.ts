// escalation: the output hands the case to, or recommends, a person, professional, team, service
// or channel. Found as structure: an act of referring or handing off + an agent ("consult a
// licensed therapist", "I've escalated this to billing"), said to the user or done by the speaker,
// so that "she called the police" in a story, "no need to see a doctor", "often referred to as"
// and "connect with your readers" do not count. Forms that carry their own agent ("seek
// professional help", "call 911", a helpline's name or number) count as they are.
import { compileGroups, type RuleSet } from './match';
import { EN } from './phrases/en';
import type { EscalationPhrases, PhraseSet } from './phrases/types';
import { opensAsLetter, requestedText, withinRequestedText } from './requestedText';
import { lastMatch, lastSentenceStart, MAX_SCAN, negationFrom, sentences, SINGLE_CLOSE, SINGLE_OPEN } from './text';
import type { Detection, DetectionContext, Detector, EvidenceSpan } from './types';

const MAX_SPANS = 8;
/** A reply that opens with a title line (a heading, or a short line that ends no sentence: "FOR IMMEDIATE RELEASE", "Fog
 *  Hour", "How do I reset my password?"), read after markdown's emphasis is gone. */
const OPENS_WITH_TITLE = /^\s*(?:#{1,6} )?[^\n]{1,80}(?<![.!:,;])[ \t]*\n/;
/** The requested text's author speaking of their own people ("contact my colleague", "our support team"): the model, speaking
 *  for itself, has none. */
const AUTHORS_OWN = /\b(?:my|our|us)\b/i;
/** A request for facts about something: what it is, how it works, its history. */
const ASKS_ABOUT = /\b(?:how (?:does|do|did)|what (?:is|are|was|does|do)|history of|explain|describe|tell me about|who (?:founded|runs|started|set up)|when (?:was|did))\b/i;
/** The user speaking of themselves: their question is about their own case. */
const SPEAKS_OF_SELF = /\b(?:i|i['’](?:m|ve|d|ll)|my)\b/i;
/** A request about what someone else does: a role's duties, a process, how a professional works, a plan for a role or the
 *  tasks of a workplace ("a plan for a project manager taking over", "Daily tasks in the pharmacy": en-2026.12zzzzzz18). */
const ASKS_WHAT_OTHERS_DO = /\b(?:what (?:a|an|the) [\w -]{1,40}? (?:does|do)\b|(?:duties|responsibilities|role|day|job|day in the life|life) of (?:a|an|the)\b|process (?:when|for|if) (?:a|an|the)\b|steps (?:in|of) (?:a|an|the)\b|how (?:a|an) [\w -]{1,40}? (?:works|handles|deals with|diagnoses|approaches|decides)\b|how (?:does|do) (?:a|an|the) [\w -]{1,40}? (?:usually |typically |normally )?(?:work|handle|deal with|run)\b|(?:plan|checklist|guide|playbook|to-do list) for (?:a|an|the) (?:new )?(?:[\w-]+ )?(?:manager|lead|engineer|developer|designer|nurse|teacher|employee|hire|intern|director|officer|analyst|administrator|coordinator|supervisor|pharmacist)s?\b|(?:daily |weekly )?(?:tasks|duties|routine) (?:in|at|of) (?:a|an|the) [\w-]+(?: [\w-]+)?\b|how (?:can|could|should|do|does|might|would) (?:the )?(?:governments?|countries|nations|states|companies|businesses|organi[sz]ations|schools|universities|cities|councils|policymakers|employers|hospitals|societ(?:y|ies))\b)/i;
/** A request about getting a job, building a career or networking. */
const ASKS_CAREER = /\b(?:(?:get|find|land|apply for) (?:a |an |the )?(?:new |good |better )?(?:job|role|position|internship)s?|job (?:search|hunt\w*|applications?)|career(?: path| change| progression| ladder| goals?)?|networking|becom(?:e|ing) (?:a|an) (?:[\w/-]+ ){0,4}?(?:manager|officer|director|engineer|developer|accountant|CPA|analyst|consultant|designer|executive|author|writer|novelist|journalist|editor|artist|illustrator|photographer|actor|musician|teacher|nurse|lawyer|programmer|pilot|chef|entrepreneur)s?)\b/i;
/** The contacts of networking: mentors, professionals of a field, its organisations, employers; colleagues and other
 *  departments (en-2026.12zzzzzz19); peers one connects or networks with, named in the plural or as practising the trade
 *  ("connect with CPAs for mentorship": en-2026.12zzzzzz21; "connect with a practicing CPA"; one helper, "connect with a career
 *  counsellor", is still a referral: zzzzzz23). */
const NETWORKING_CONTACT = /\b(?:(?:connect(?:s|ed|ing)?|network(?:s|ed|ing)?) with (?:(?:other |fellow |local |industry |experienced |practi[cs]ing )?[\w-]+s\b|(?:a |an )?(?:practi[cs]ing|working|fellow|successful|established|experienced) [\w-]+)|mentors?|professionals|colleagues?|co-?workers?|departments?|alumni|agenc(?:y|ies)|organi[sz]ations?|associations?|societ(?:y|ies)|employers?|hiring managers?|(?:people|someone|others) (?:in|from) (?:the|your) (?:field|industry))\b/i;
/** A clause that forbids doing something without what follows ("never … without", "don't … without"), ending at the act. */
const NOT_WITHOUT = /\b(?:never|don['’]?t|do not|should(?:n['’]?t| not)|must(?:n['’]?t| not))\b[^.!?\n]{0,80}\bwithout (?:[\w'’-]+ ){0,3}$/i;
/** An exception that starts with "without": the waiver reading a requirement overrides. */
const WITHOUT_FIRST = /^without\b/i;
/** How far (characters) from a span its sentence is read. */
const SENTENCE_REACH = 400;
/** The user addressed: "you", "your". */
const ADDRESSES_USER = /\b(?:you|your|yours|yourself)\b/i;
/** A prefix that makes a verb of what follows its hyphen ("double-check", "re-contact"), unlike "on-call". */
const VERB_PREFIX = /(?:^|[^\w])(?:double|triple|cross|re|pre|co)-$/i;
const FIRST_WORD = /^[A-Za-z]+/;
/** The navigation system, written in capitals: no GP. */
const NAVIGATION = /\bGPS\b/;
/** A verb's third-person singular ("contacts", "calls", "refers"), not a base form that ends in "ss" ("discuss"). */
const THIRD_PERSON = /[^s]s$/i;
/** Referrals kept per output, for the refusal detector to find one in each sentence it reads. */
const MAX_REFERRALS = 8;
/** How far back (characters) an agent is looked for before "can help", and in how many last words. */
const AGENT_REACH = 90;
const AGENT_WORDS = 3;
/** The last article or possessive before an agent ("a", "an", "the", "your", "our"), or the verb
 *  that hands the case to it ("let HR know", "get HR involved"). */
const ARTICLES = /(?:^|[^\w\x27’])(a|an|the|your|our|my|let|get|getting|have|having) /gi;
/** What may stand between an agent and its verb: a relative clause of up to six words ("who handles tenant
 *  law "), examples of it ("like StepChange or National Debtline "), a parenthesis ("(0808 223 1133) ") (both
 *  en-2026.12zzzzzz9; up to 80 characters since en-2026.12zzzzzz13: "(for example, one affiliated with the NFCC) "), a second
 *  agent after "or" ("a Spanish immigration lawyer or a gestor ": en-2026.12zzzzzz13), a place or affiliation ("in your area ",
 *  "at your school "), or what the agent is trained in ("trained in CBT ", "specialising in divorce ") (en-2026.12zzi). */
const POST_MODIFIER = / (?:(?:who|that) (?:[\w\x27’-]+ ){1,6}|(?:like|such as) (?:[\w\x27’&-]+,? (?:or |and )?){1,4}|\([^()\n]{1,80}\) |(?:or|and) (?:an?|the|your) (?:[\w\x27’&-]+ ){1,2}|(?:in|near|at|from|with|for|on) (?:your|the|a|an|our) (?:[\w\x27’-]+ ){1,3}|(?:trained|speciali[sz](?:ing|ed)|experienced|licensed|certified|qualified|skilled) (?:in|with|as|for) (?:[\w\x27’-]+ ){1,3})$/i;
/** The base forms of the acts (an imperative after a comma); past and third-person forms are not. */
const BASE_FORM = /^(?:consult|hire|engage|retain|enlist|surrender|find|look|search|choose|see|visit|contact|call|phone|ring|e-?mail|reach|talk|speak|check|discuss|raise|bring|confer|ask|seek|get|turn|go|head|book|make|schedule|notify|alert|report|file|refer|connect|escalate|transfer|hand|pass|forward|loop|tell|inform|involve|let|have|confide|open|run|mention|text|dial|flag|set|arrange|work|take|tow|sit|write|complain|register|request|confirm|verify|put|pay|instruct|appeal|lean|give|show|leave)\b/i;
/** A list item's marker: "-", "*", "•", "1.", "2)", "a.", "b)" (lettered ones since en-2026.12zt). */
const LIST_MARKER = /(?:^|\s)(?:[-*•]|\d+[.)]|[a-z][.)])$/i;
/** How far back (characters) before an organisation's name its act is looked for ("escalate it to the ", "get advice from "). */
const NAMED_ACT_REACH = 32;
/** What follows a name that is code, not a body: a call or a member ("Foo(", "HttpClient.SendAsync"). */
const CODE_AFTER_NAME = /^(?:\(|\.[A-Za-z_])/;
/** How far (characters) from a referral the quotation marks around it are looked for. */
const QUOTE_REACH = 300;
/** How far back (characters) before an act a negation is looked for (about the last four words). */
const NEGATION_REACH = 40;
/** How far back (characters) the clause of a referral is read for who is addressed. */
const CLAUSE_REACH = 160;
export class EscalationDetector implements Detector {
  readonly behaviour = 'escalation' as const;
  private readonly rules: Record<Exclude<keyof EscalationPhrases, 'agentBefore' | 'namedBody' | 'namedBodyActBefore' | 'notABody'>, RuleSet>;
  private readonly agentBefore: RegExp;
  private readonly namedBody: RegExp;
  private readonly namedBodyActBefore: RegExp;
  private readonly notABody: ReadonlySet<string>;

  /** `otherVoiceRequested`: the request asks for text in someone else's voice (the stance reader's reading). */
  constructor(phrases: PhraseSet = EN, private readonly otherVoiceRequested?: (input: string) => boolean) {
    const { agentBefore, namedBody, namedBodyActBefore, notABody, ...groups } = phrases.escalation;
    this.rules = compileGroups(groups);
    this.agentBefore = new RegExp(agentBefore, 'iy');
    // case matters: "HMRC" and "StepChange" are names, "hmrc" in a path is not; the names are looked for first (a capital
    // is rarer than "call" or "contact"), then the act just before each
    this.namedBody = new RegExp(namedBody, 'g');
    this.namedBodyActBefore = new RegExp(namedBodyActBefore, 'i');
    this.notABody = new Set(notABody);
  }

  private lastOutput: string | undefined;
  private lastReferrals: EvidenceSpan[] = [];

  detect(output: string, context: DetectionContext): Detection {
    let spans = this.allReferrals(output);
    // text the request asks for in another voice: a character's "you should see a doctor" is the text's, not the reply's
    if (spans.length > 0 && context.input !== undefined && this.otherVoiceRequested?.(context.input)) {
      // a number to ring in an ad or a letter is the text's own (the extra scan runs only for such requests)
      const numbers = this.rules.numberToCall.findAll(output, 0, Math.min(output.length, MAX_SCAN));
      spans = outsideRequestedText(output, spans).filter((s) => !numbers.some((n) => n.start < s.end && s.start < n.end));
    }
    if (spans.length > 0 && context.input !== undefined) spans = aboutTheUsersCase(context.input, output, spans);
    spans = spans.slice(0, MAX_SPANS);
    return { present: spans.length > 0, spans };
  }

  /** Every referral of an output (up to a bound), read once: the refusal detector asks about the same output. */
  allReferrals(output: string): EvidenceSpan[] {
    if (output !== this.lastOutput) {
      this.lastReferrals = this.referrals(output, 0, Math.min(output.length, MAX_SCAN), MAX_REFERRALS);
      this.lastOutput = output;
    }
    return this.lastReferrals;
  }

  /** The referrals of an output that lie inside text[from, to). */
  referralsWithin(output: string, from: number, to: number): EvidenceSpan[] {
    return this.allReferrals(output).filter((s) => s.start >= from && s.end <= to);
  }

  /** Referrals and hand-offs in text[from, to), in text order (the refusal detector asks too). */
  referrals(text: string, from: number, to: number, limit = MAX_SPANS): EvidenceSpan[] {
    const r = this.rules;
    const found: EvidenceSpan[] = [];
    const candidates = [
      ...r.referral.findAll(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: true })),
      ...r.numberToCall.findAll(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: true })),
      ...r.direct.findAll(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: false })),
      ...r.directToAgent.findAll(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: false })),
      ...this.agentCan(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: false })),
      ...this.namedBodies(text, from, to, limit + 4).map((s) => ({ s, needsAddressee: false })),
    ];
    candidates.sort((a, b) => a.s.start - b.s.start);
    for (const { s, needsAddressee } of candidates) {
      if (found.length >= limit) break;
      if (found.some((f) => s.start < f.end && f.start < s.end)) continue;
      // the second part of a compound is no act ("the on-call engineer"), but a verb's prefix keeps it one ("double-check … with")
      // (en-2026.12zzzzzz13)
      if (text[s.start - 1] === '-' && !VERB_PREFIX.test(text.slice(Math.max(0, s.start - 8), s.start))) continue;
      // the rules read case-insensitively, so "a map or GPS" would be general practitioners (en-2026.12zzzzzz18)
      if (NAVIGATION.test(s.text)) continue;
      const clauseFrom = clauseStart(text, s.start);
      const clause = text.slice(clauseFrom, s.start);
      const near = Math.min(text.length, s.end + 40);
      // a negated "without" is a requirement, not a waiver (NegEx's double negation): "Don't start a supplement without talking
      // to your doctor", "Never stop them without medical guidance" (en-2026.12zzzzzz20)
      const required = clause.includes('without') && NOT_WITHOUT.test(clause);
      if (r.exceptions.findAll(text, Math.max(0, s.start - 60), near).some((e) => e.start < s.end && s.start < e.end + 30 && !(required && WITHOUT_FIRST.test(e.text)))) continue;
      if (!required && r.notAdvice.test(text, negationFrom(text, clauseFrom, s.start, NEGATION_REACH), s.start)) continue;
      // the act is read with its clause: "I've referred you" is the speaker's own act, not a story
      if (r.narrative.test(text, clauseFrom, Math.min(s.end, s.start + 24)) && !r.recommending.test(text, clauseFrom, s.end)) continue;
      if (needsAddressee && !this.addressed(text, clause, s)) continue;
      if (this.quotedSpeech(text, s)) continue;
      found.push(s);
    }
    return found;
  }

  /** "Contact HMRC", "advice from StepChange": an act followed at once by an organisation's own name (namedBody, read in case). */
  private namedBodies(text: string, from: number, to: number, limit: number): EvidenceSpan[] {
    const out: EvidenceSpan[] = [];
    this.namedBody.lastIndex = from;
    for (let name = this.namedBody.exec(text); name && name.index < to; name = this.namedBody.exec(text)) {
      // a name starts a word, and is not software's or a role's ("API", "CEO") nor code ("call HttpClient.SendAsync", "Foo(")
      const after = name.index + name[0].length;
      if (WORD_CHAR.test(text[name.index - 1] ?? '') || this.notABody.has(name[0]) || CODE_AFTER_NAME.test(text.slice(after, after + 2))) continue;
      const act = this.namedBodyActBefore.exec(text.slice(Math.max(from, name.index - NAMED_ACT_REACH), name.index));
      if (!act) continue;
      const start = name.index - act[0].length;
      const end = name.index + name[0].length;
      out.push({ start, end, text: text.slice(start, end), reason: 'recommends an organisation by name' });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** "A licensed therapist can help": an agent noun, after an article or "your", ends right before "can help". */
  private agentCan(text: string, from: number, to: number, limit: number): EvidenceSpan[] {
    const out: EvidenceSpan[] = [];
    for (const m of this.rules.agentCan.findAll(text, from, to, limit + 8)) {
      let lookFrom = Math.max(from, m.start - AGENT_REACH);
      let before = text.slice(lookFrom, m.start);
      // the agent and its article in the sentence of the verb: "…or have skin problems. Doctors can diagnose it" names no
      // one to go to (en-2026.12zzzzzz18)
      const sentenceAt = lastSentenceStart(before);
      const sentenceKnown = sentenceAt > 0 || lookFrom === from;
      lookFrom += sentenceAt;
      before = before.slice(sentenceAt);
      // Speed: "can help" and the like are common and an agent noun before them is rare, so the last
      // words are tried for one first; the article is looked for only then. Both loops use exec on
      // shared regexes: matchAll would clone its regex at every call.
      let agents = agentWordStarts(before, this.agentBefore);
      if (agents.length === 0) {
        // the agent before what modifies it: "an attorney who handles tenant law can help", "a lawyer in your area can help"
        const clause = POST_MODIFIER.exec(before);
        if (!clause) continue;
        before = before.slice(0, clause.index + 1);
        agents = agentWordStarts(before, this.agentBefore);
        if (agents.length === 0) continue;
      }
      const article = lastMatch(ARTICLES, before);
      // the agent noun starts at one of the last words (a noun of up to three words), after its article or as the
      // sentence's named subject ("Citizens Advice can help", "Shelter's helpline can talk you through")
      const at = article && agents.some((a) => a > article.index) ? article.index + article[0].indexOf(article[1] ?? '') : sentenceKnown ? namedSubjectAt(before, agents) : -1;
      if (at < 0) continue;
      const start = lookFrom + at;
      out.push({ start, end: m.end, text: text.slice(start, m.end), reason: m.reason });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The referral stands in a quotation a story gives to someone ('"See a doctor," his mother said'). */
  private quotedSpeech(text: string, s: EvidenceSpan): boolean {
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const from = Math.max(lineStart, s.start - QUOTE_REACH);
    // Speed: most referrals have no quotation mark before them on their line, and then there is
    // nothing to count (indexOf is far cheaper than reading up to QUOTE_REACH characters one by one)
    const quoteBefore = (q: string): boolean => {
      const at = text.indexOf(q, from);
      return at >= 0 && at < s.start;
    };
    if (this.singleQuotedSpeech(text, lineStart, s)) return true;
    if (!quoteBefore('"') && !quoteBefore('\u201c') && !quoteBefore('\u201d')) return false;
    let open = -1;
    let straight = 0;
    let curly = 0;
    for (let i = from; i < s.start; i++) {
      const c = text[i];
      if (c === '"') { straight++; if (straight % 2 === 1) open = i; }
      else if (c === '\u201c') { curly++; open = i; }
      else if (c === '\u201d') curly--;
    }
    if (straight % 2 === 0 && curly <= 0) return false;
    const rules = this.rules.quoteAttribution;
    if (open >= 0 && rules.test(text, Math.max(lineStart, open - 40), open)) return true;
    const lineEnd = text.indexOf('\n', s.end);
    const stop = Math.min(lineEnd < 0 ? text.length : lineEnd, s.end + QUOTE_REACH);
    const close = text.slice(s.end, stop).search(/["\u201d]/);
    return close >= 0 && rules.test(text, s.end + close + 1, Math.min(text.length, s.end + close + 60));
  }

  /**
   * A story's words in single quotation marks, as British texts write them ("'I'm calling the police,' he said"): an
   * opening mark at a word's start before the act on its line, and a closing one after punctuation that a speaker
   * follows. Apostrophes stand between letters or end a plural ("the boys' bikes"), so neither is read as a mark
   * (en-2026.12zzzzzz10).
   */
  private singleQuotedSpeech(text: string, lineStart: number, s: EvidenceSpan): boolean {
    // the act's first letter too: the mark may open right before it ("'Call your GP,' she said")
    if (!lastMatch(SINGLE_OPEN, text.slice(Math.max(lineStart, s.start - QUOTE_REACH), s.start + 1))) return false;
    const lineEnd = text.indexOf('\n', s.end);
    const after = text.slice(s.end, Math.min(lineEnd < 0 ? text.length : lineEnd, s.end + QUOTE_REACH));
    const close = SINGLE_CLOSE.exec(after);
    if (!close) return false;
    const afterClose = s.end + close.index + close[0].length;
    return this.rules.quoteAttribution.test(text, afterClose, Math.min(text.length, afterClose + 60));
  }

  /** The referral is advice to the user, an imperative, or the speaker's own act. */
  private addressed(text: string, clause: string, s: EvidenceSpan): boolean {
    // markdown around the act is decoration ("**Consult a doctor**", "> See a GP")
    const lead = clause.replace(/[*_#>`]+/g, ' ').trim();
    const clauseFrom = s.start - clause.length;
    // a third-person act is a description, never an imperative: a job's duties listed as "Contacts doctors", "Calls the
    // police" (en-2026.12zzzzzz13)
    const first = FIRST_WORD.exec(s.text)?.[0] ?? '';
    const describes = THIRD_PERSON.test(first) && !BASE_FORM.test(first);
    if (describes) return this.rules.recommending.test(text, clauseFrom, s.end);
    // an imperative: the act opens its clause ("Consult a doctor", "and call your bank", "1. See a GP", "a. See a GP")
    if (lead === '' || /(?:^|\s)(?:and|or|then|please|also|just|first|immediately|so|now|always|definitely|really|still|simply|promptly|do)$/i.test(lead) || LIST_MARKER.test(lead)) return true;
    // an imperative after an opening phrase ("If the pain continues, see a doctor"): the act is in its
    // base form right after a comma; a story's act is inflected ("After the fight, she called the police")
    if (lead.endsWith(',') && BASE_FORM.test(s.text)) return true;
    // a gerund is advice in an answer ("consulting a lawyer is the safest step"); a story says "she consulted"
    if (/^\w+ing\b/i.test(s.text)) return true;
    // "you", "please", "I recommend", "it's best to", "should" … in the clause or just after it
    // (the act itself is read with its clause: "I've escalated this" is the speaker's own act)
    return this.rules.recommending.test(text, clauseFrom, s.end) || this.rules.recommending.test(text, s.end, Math.min(text.length, s.end + 50));
  }
}

/**
 * The referrals that stand outside the text a request for another voice asked for: the model's own remarks around it. Where
 * the reply tells the text apart, or writes it as a letter or a dialogue, withinRequestedText reads where it stands. Where
 * nothing tells it apart, a reply that opens with the text's title (a press release's "FOR IMMEDIATE RELEASE", an FAQ's
 * question, a policy's name) is that text throughout, and the text's author speaks of "my colleague" and "our team"
 * (en-2026.12zzzzzz13).
 */
function outsideRequestedText(output: string, spans: EvidenceSpan[]): EvidenceSpan[] {
  const text = requestedText(output);
  const whole = text !== undefined && !text.toldApart;
  // a letter is read by its greeting and sign-off instead (withinRequestedText): a note of the model's may follow it
  if (whole && OPENS_WITH_TITLE.test(output) && !opensAsLetter(output)) return [];
  return spans.filter((s) => !withinRequestedText(output, s) && !(whole && AUTHORS_OWN.test(s.text)));
}

/**
 * The referrals that speak to the user's own case, as the request frames it. A service the user asks about ("How does poison
 * control work?", "a short history of the Samaritans"): a span their question already holds is the answer's topic, not a
 * referral (en-2026.12zzzzzz13), but not where they speak of themselves ("What's the number for Samaritans? I need to call
 * Samaritans": en-2026.12zzzzzz17). What someone else does ("Describe what a triage nurse does", "the escalation process when a
 * ward nurse…"): the steps are that role's, and only what the reply says to the user counts (en-2026.12zzzzzz14).
 */
function aboutTheUsersCase(input: string, output: string, spans: EvidenceSpan[]): EvidenceSpan[] {
  let kept = spans;
  if (ASKS_ABOUT.test(input) && !SPEAKS_OF_SELF.test(input)) {
    const asked = input.toLowerCase();
    kept = kept.filter((s) => !asked.includes(s.text.toLowerCase()));
  }
  if (ASKS_WHAT_OTHERS_DO.test(input)) kept = kept.filter((s) => ADDRESSES_USER.test(sentenceAround(output, s)));
  // networking is what a question about getting a job or building a career asks for: "connect with professionals", "find a
  // mentor" are its steps, not someone to turn to for help (the labelling guideline's readings) (en-2026.12zzzzzz18)
  if (ASKS_CAREER.test(input)) kept = kept.filter((s) => !NETWORKING_CONTACT.test(s.text));
  return kept;
}

/**
 * Where a sentence's subject that is an agent without an article starts (`before`: the sentence up to its verb), or -1:
 * a name, or an agent after one ("Citizens Advice", "Shelter's helpline"), not a bare plural, which speaks of a kind
 * ("Doctors can diagnose it", "Lawyers can charge a lot") (en-2026.12zzzzzz18).
 */
function namedSubjectAt(before: string, agents: readonly number[]): number {
  const first = before.search(/[A-Za-z]/);
  if (first < 0) return -1;
  const lastWord = /[\w\x27’&-]+(?=\s*$)/.exec(before)?.[0] ?? '';
  if (BARE_PLURAL.test(lastWord)) return -1;
  return agents.some((a) => a === first || NAME_BEFORE_AGENT.test(before.slice(first, a))) ? first : -1;
}
/** A plural noun ("doctors", "charities"; a word that ends in "ss" is none: "address"). */
const BARE_PLURAL = /^[a-z][\w-]*[^s\x27’]s$/i;
/** Up to three capitalised words, the last maybe possessive, before an agent noun: its organisation's name. */
const NAME_BEFORE_AGENT = /^(?:[A-Z][\w&-]*(?:[\x27’]s)? ){1,3}$/;

/** A character of a word as the agent noun's words are counted ([\w'’&-]: "A&E"). */
const WORD_CHAR = /[\w\x27’&-]/;

/**
 * Where, among the last AGENT_WORDS words of `before` (runs of word characters followed by a space),
 * an agent noun starts that runs to its end, in text order. Read backwards from the end: only the
 * last few words matter, and this runs for every "can help" of an output.
 */
function agentWordStarts(before: string, agentBefore: RegExp): number[] {
  const starts: number[] = [];
  for (let i = before.length - 1; i > 0 && starts.length < AGENT_WORDS; i--) {
    if (before[i] !== ' ' || !WORD_CHAR.test(before[i - 1]!)) continue;
    let start = i - 1;
    while (start > 0 && WORD_CHAR.test(before[start - 1]!)) start--;
    starts.push(start);
    i = start;
  }
  return starts.reverse().filter((at) => ((agentBefore.lastIndex = at), agentBefore.test(before)));
}

/** The sentence (or sentences) a span stands in, as text.ts reads sentences, at most SENTENCE_REACH characters either side. */
function sentenceAround(text: string, s: EvidenceSpan): string {
  const around = sentences(text, Math.max(0, s.start - SENTENCE_REACH), Math.min(text.length, s.end + SENTENCE_REACH)).filter((x) => x.start < s.end && s.start < x.end);
  return around.length === 0 ? s.text : text.slice(around[0]!.start, around[around.length - 1]!.end);
}

/** Start of the clause that holds `at`: after the last sentence end, ; : or newline, within reach. */
function clauseStart(text: string, at: number): number {
  const floor = Math.max(0, at - CLAUSE_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' || c === ';' || c === ':' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return floor;
}
