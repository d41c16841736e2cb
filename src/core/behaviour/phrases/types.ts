// The shape of a language's phrase set. Detectors hold the matching logic; a language only
// supplies these lists (regex sources, case-insensitive, no capture groups; see ../match.ts).
import type { PhraseRule } from '../match';

export interface RefusalPhrases {
  /** Declines in the opening: "I can't help with that", "I'm sorry, but", "As an AI, I cannot". */
  decline: PhraseRule[];
  /** An apology that turns ("I'm sorry, but…"): a decline in the first sentence. */
  apologyOpening: PhraseRule[];
  /** Declines strong enough to count anywhere in the output. */
  declineAnywhere: PhraseRule[];
  /** Look-alikes of a decline that decline nothing: sympathy ("sorry to hear"), idioms ("I can't
   *  stress enough"), limits of knowledge ("I can't browse the web"). They cancel a decline they overlap. */
  notDecline: PhraseRule[];
  /** Moral verdicts on the request in the opening: "it is not appropriate to", "is never acceptable". */
  lecture: PhraseRule[];
  /** Legal or moral verdicts ("is illegal", "is a serious crime"): a lecture against a request to
   *  do something, but part of the answer to a question about what something is. */
  legalVerdict: PhraseRule[];
  /** Requests (context.input) that ask what something is rather than how to do it. */
  informationRequest: PhraseRule[];
  /** Requests stating an intent to harm oneself: comfort and referral alone decline them. */
  selfHarmRequest: PhraseRule[];
  /** Requests whose answer is a referral ("who should I see about…"): there a referral answers. */
  referralRequest: PhraseRule[];
  /** Requests that ask whether something is legal, wrong or allowed: there a legal or moral verdict answers. */
  verdictQuestion: PhraseRule[];
  /** Lecture openers that only count with a moral keyword nearby: "it's important to note that". */
  cautionOpener: PhraseRule[];
  /** Moral or legal keywords that turn a caution opener into a lecture. */
  moralKeyword: PhraseRule[];
  /** Rejecting the premise of the question: "it is not accurate to say", "there is no evidence". */
  premiseRejection: PhraseRule[];
  /**
   * A question that asks for the reasons of what it presupposes ("Why should X not…?", "Why are X
   * so…?"): saying there is no reason, or denying the presupposition, declines to give them.
   */
  loadedWhy: PhraseRule[];
  /** Groups of people by a protected characteristic (sex, gender, race, religion, orientation,
   *  disability, age, origin, class): a loaded why-question about one asks to justify discrimination. */
  socialGroup: PhraseRule[];
  /** "There is no reason why…": the reasons a loaded why-question asks for do not exist. */
  noReason: PhraseRule[];
  /** Redirects to something other than what was asked: "Instead, consider", "please seek help". */
  deflection: PhraseRule[];
  /** Deflections that name the request they replace ("instead of trying to …"): no overlap check. */
  insteadOf: PhraseRule[];
  /** A first sentence that only disclaims opinions ("As an AI, I don't have personal opinions."). */
  aiPreamble: PhraseRule[];
  /** Reading the request as something else: "if you're referring to …" (counts after a verdict). */
  reinterpretation: PhraseRule[];
  /** Asking what was meant is not refusing: "I don't understand the question, could you clarify". */
  clarification: PhraseRule[];
  /** A reply that is nothing but a bare no ("No.", "Absolutely not.", "I'd rather not."): declines a request, answers a closed question. */
  bareNo: PhraseRule[];
  /** A closed (yes/no) question, which a bare "No." answers: "Is it legal to…?", not "Can you tell me…?". */
  closedQuestion: PhraseRule[];
  /** The speaker hands the case on itself ("I'll connect you with a human agent", "I've escalated this"): an act on the request, not a redirect. */
  handoffBySpeaker: PhraseRule[];
  /** A short opening that only greets or thanks: "Great question!", "I'm happy to help!", "Thank you for reaching out!". */
  pleasantry: PhraseRule[];
  /**
   * A sentence that only says what the assistant is for or aims at ("I'm here to help you in a safe
   * and respectful manner.", "I strive to provide accurate answers."): nothing about the request, so
   * read like a pleasantry.
   */
  selfDescription: PhraseRule[];
  /** A warm opening sentence about the asker's interest ("I'm glad you're interested in…"): it greets, it does not answer. */
  warmOpening: PhraseRule[];
  /**
   * Its rules restated as a list of kinds of content it never gives ("I will not provide any answers
   * that are harmful, unethical, racist…"): neither a decline of this request nor a lecture about it.
   */
  restatedRules: PhraseRule[];
  /** Sentences that only acknowledge the request, comfort, or offer a platitude. */
  acknowledgement: PhraseRule[];
  /**
   * Moves that answer nothing, from the propositions of OpenAI's rule-based rewards (judgement,
   * threatening and insulting language, meta-commentary): judging the asker ("You should be ashamed"),
   * a threat ("I'll have to report this"), its rules named ("I have to follow certain guidelines"), a
   * caution that is the whole sentence ("I'd be careful with that."). Read only where a short reply is
   * read sentence by sentence, never as a verdict in the opening.
   */
  evasiveMove: PhraseRule[];
  /** A sentence that opens by changing the subject ("Anyway, …", "On another note, …"): RBR's illogical continuation. */
  topicChange: PhraseRule[];
  /** A sentence that goes on about the agent just referred to ("They can give you insights…"): part of the referral. */
  referralContinuation: PhraseRule[];
  /** A list starting on a new line ("1.", "Step 1"): the answer goes on to do what was asked. */
  complianceList: PhraseRule[];
  /** Signs the answer goes on to do what was asked after a caution: "here are some", "1.". */
  compliance: PhraseRule[];
}

/** Escalation as structure: an act of referring or handing off + an agent, said to the user. */
export interface EscalationPhrases {
  /** Act + agent: "consult a doctor", "reach out to a licensed therapist", "transfer you to billing". */
  referral: PhraseRule[];
  /** A number to ring ("call us on +44…"): a referral in the reply's own voice, never in text the request asks for (an ad, a letter). */
  numberToCall: PhraseRule[];
  /** Forms that carry their own agent or act: "seek professional help", "call 911", a helpline's name. */
  direct: PhraseRule[];
  /** More forms that carry their own act and name their agent from the whole agent vocabulary ("expert guidance is advised", "a question for your doctor", "the guidance of a lawyer"): a group of their own, so that no group's regex passes the size V8 still optimises. */
  directToAgent: PhraseRule[];
  /** What an agent can do for the user ("… can help"); the agent must end just before it (agentBefore). */
  agentCan: PhraseRule[];
  /** Regex source: an agent noun phrase that ends where the text it is tested on ends. */
  agentBefore: string;
  /** Regex source: an act that ends where the text it is tested on ends, and whose agent follows by its own name ("contact " before "HMRC", "advice from " before "StepChange"). */
  namedBodyActBefore: string;
  /** Regex source, read case-sensitively over the text (names are rarer than acts, so they are found first): an organisation's name (an acronym, a name in two capitals, or capitalised words ending in a word such as Service or Helpline), never a person's first name. */
  namedBody: string;
  /** Names of that shape that are not bodies: the acronyms of software and of roles ("API", "CEO"). */
  notABody: string[];
  /** A referral counts when its clause addresses the user or the speaker acts ("you", "please", "I've escalated"). */
  recommending: PhraseRule[];
  /** Someone else does it, in a story or description ("she called the police"). */
  narrative: PhraseRule[];
  /** Words just before the act that make it no advice: a negation ("no need to", "without", "wouldn't
   *  recommend") or a condition on what the user did ("if you've already"); tested on the text that ends where the act starts. */
  notAdvice: PhraseRule[];
  /** Words that give a quotation to a speaker in a story, tested just after its closing and just before its opening quotation mark. */
  quoteAttribution: PhraseRule[];
  /** Overlapping look-alikes: "no need to see a doctor", "often referred to as", "connect with readers". */
  exceptions: PhraseRule[];
}

/** Epistemic stance: hedges and boosters, with the scope rules that decide whose stance a cue is. */
export interface StancePhrases {
  /** Cues of uncertainty; `weight` 1 shows it alone, 0.5 counts in numbers. */
  hedges: PhraseRule[];
  /** Cues of certainty; negated ("not 100% sure", "can't guarantee"), they are hedges. */
  boosters: PhraseRule[];
  /** Negation triggers looked for in the three words before a cue, within its clause. */
  negations: readonly string[];
  /** Booster look-alikes that claim nothing ("Certainly! Here is…", "a money-back guarantee"). */
  notStance: PhraseRule[];
  /** Hedge look-alikes that withhold no commitment: advice ("it may be helpful to…"), a suggestion
   *  softened by "perhaps", reading the user ("it sounds like you're…"), a concession. */
  notHedge: PhraseRule[];
  /** Cues that promise an outcome ("will definitely", "is bound to", "a surefire way"): boosters whose subject is what the
   *  outcome is about ("She will absolutely say yes" is the writer's prediction about her), so stateHolder does not apply. */
  promises?: PhraseRule[];
  /** Reported stance ("some claim", "according to"): not the writer's own. */
  reported: PhraseRule[];
  /** Others named right before a cue that is their own state ("Scientists are uncertain…"): their stance, not the writer's. */
  stateHolder: PhraseRule[];
  /** A named source's stance ("Smith argues"): counts only where the name has a capital letter in the text. */
  reportedByName: PhraseRule[];
  /** A cue inside a condition ("if you're not sure") is not asserted. */
  condition: PhraseRule[];
  /** Requests whose answer is text in someone else's voice (a story, a poem, a persona): its cues are not the model's stance. */
  otherVoice?: PhraseRule[];
  /** Hedges of perception ("appears to be", "looks like"): near a picture they say what it shows, not a doubt. */
  perception?: PhraseRule[];
  /** Words that say a picture is being described ("the image", "this photo"), in the output or the request. */
  picture?: PhraseRule[];
}

/** A behaviour found by phrases alone: what shows it, and what cancels a match it overlaps. */
export interface SimplePhrases {
  positive: PhraseRule[];
  /** Positives that count only where they open the output (an assent answers the user there; later it is about the
   *  reply's own words): scanned over the output's first OPENING_REACH characters only, not the whole output. */
  openers?: PhraseRule[];
  /** Where given, an opener counts only if the request states a view these rules find ("I think…", "…, right?",
   *  "don't you agree?") or is more than plain questions: assent that answers "Is my bill due on the 5th?" confirms a
   *  fact, where the guideline counts going along with a view the user stated. With no request known, openers count. */
  viewInRequest?: PhraseRule[];
  /** Bare assent opening the output ("Right, …", "Yeah, I would think so.", "Oh, I guess she does."): it counts only
   *  when the request asks to have a view confirmed (asksAgreement), never with no request known. */
  assentOpeners?: PhraseRule[];
  /** A request that asks for agreement or confirmation: a tag question, "don't you agree?", "am I right…?". */
  asksAgreement?: PhraseRule[];
  /** Overlapping matches here cancel a positive: "no guarantee", "you don't need to see a doctor". */
  exceptions: PhraseRule[];
  /** Whose voice a match is in (NegEx-style, see phraseDetector.ts); without it every match counts. */
  scope?: VoiceScope;
}

/** Frames that make a phrase not the writer's own assertion; each is tested on the text of the
 *  match's sentence that ends where the match starts. */
export interface VoiceScope {
  /** a negation in the last words of the clause ("I don't think you're right") */
  negation: PhraseRule[];
  /** a condition opening the clause ("If you're right about the date, …") */
  condition: PhraseRule[];
  /** someone else's words ("She said, …", "Critics called it …") */
  reported: PhraseRule[];
}

/** How a prompt states the format it wants; each pattern's first capture group is the number. */
export interface FormatPhrases {
  /** The prompt demands JSON: "respond only with a JSON object", "output must be valid JSON". */
  json: PhraseRule[];
  /** A limit in words, e.g. "at most (50) words". */
  maxWords: string[];
  /** A limit in characters, e.g. "no more than (160) characters". */
  maxChars: string[];
  /** A one-sentence demand: "answer in one sentence". */
  oneSentence: PhraseRule[];
  /** A sentence stating a limit under a condition ("When writing tweets, …") is not applied. */
  conditional: PhraseRule[];
  /** A minimum in words: "at least (300) words", "a (200)+ word poem". */
  minWords: string[];
  /**
   * A limit in sentences; group 1 is the comparator, group 2 the number: "less than (10)" allows 9,
   * "at most (10)" allows 10.
   */
  maxSentences: string[];
  /** A minimum in sentences: "at least (25) sentences". */
  minSentences: string[];
  /** An exact number of markdown bullet points: "exactly (3) bullet points". */
  bullets: string[];
  /** A ban on commas: "do not use any commas", "without commas". */
  noCommas: PhraseRule[];
  /** The whole answer in lower case: "your entire response in all lowercase letters", "no capital letters". */
  lowercase: PhraseRule[];
  /** The whole answer in capitals: "your entire response … in all capital letters". */
  uppercase: PhraseRule[];
  /** The whole answer wrapped in double quotation marks. */
  quoted: PhraseRule[];
  /** A title in double angular brackets: "a title wrapped in double angular brackets, i.e. <<title>>". */
  titleBrackets: PhraseRule[];
  /** A fixed ending; group 1 is the quoted text the answer must end with. */
  endsWith: string[];
  /** A postscript; group 1 is the mark it must start with ("P.S."). */
  postscript: string[];
  /**
   * A count of words of some kind ("at least 5 words in all caps", "words with all capital letters
   * appear less than 10 times"): neither a length nor a case rule for the whole answer.
   */
  wordCounts: PhraseRule[];
}

export interface PhraseSet {
  language: string;
  /** Function words ignored when comparing an output with the request (lower case). */
  stopwords: readonly string[];
  /** Words that negate a statement (lower case; contractions included). */
  negations: readonly string[];
  refusal: RefusalPhrases;
  escalation: EscalationPhrases;
  /** hedging and overconfidence read the same stance cues */
  stance: StancePhrases;
  sycophancy: SimplePhrases;
  evalAwareness: SimplePhrases;
  format: FormatPhrases;
}
