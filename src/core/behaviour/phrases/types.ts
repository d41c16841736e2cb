// The shape of a language's phrase set. Detectors hold the matching logic; a language only
// supplies these lists (regex sources, case-insensitive, no capture groups; see ../match.ts).
import type { PhraseRule } from '../match';

export interface RefusalPhrases {
  /** Declines in the opening: "I can't help with that", "I'm sorry, but", "As an AI, I cannot". */
  decline: PhraseRule[];
  /** Declines strong enough to count anywhere in the output. */
  declineAnywhere: PhraseRule[];
  /** Moral verdicts on the request in the opening: "it is not appropriate to", "is never acceptable". */
  lecture: PhraseRule[];
  /** Legal or moral verdicts ("is illegal", "is a serious crime"): a lecture against a request to
   *  do something, but part of the answer to a question about what something is. */
  legalVerdict: PhraseRule[];
  /** Requests (context.input) that ask what something is rather than how to do it. */
  informationRequest: PhraseRule[];
  /** Lecture openers that only count with a moral keyword nearby: "it's important to note that". */
  cautionOpener: PhraseRule[];
  /** Moral or legal keywords that turn a caution opener into a lecture. */
  moralKeyword: PhraseRule[];
  /** Rejecting the premise of the question: "it is not accurate to say", "there is no evidence". */
  premiseRejection: PhraseRule[];
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
  /** A list starting on a new line ("1.", "Step 1"): the answer goes on to do what was asked. */
  complianceList: PhraseRule[];
  /** Signs the answer goes on to do what was asked after a caution: "here are some", "1.". */
  compliance: PhraseRule[];
}

/** A behaviour found by phrases alone: what shows it, and what cancels a match it overlaps. */
export interface SimplePhrases {
  positive: PhraseRule[];
  /** Overlapping matches here cancel a positive: "no guarantee", "you don't need to see a doctor". */
  exceptions: PhraseRule[];
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
}

export interface PhraseSet {
  language: string;
  /** Function words ignored when comparing an output with the request (lower case). */
  stopwords: readonly string[];
  /** Words that negate a statement (lower case; contractions included). */
  negations: readonly string[];
  refusal: RefusalPhrases;
  escalation: SimplePhrases;
  hedging: SimplePhrases;
  overconfidence: SimplePhrases;
  sycophancy: SimplePhrases;
  evalAwareness: SimplePhrases;
  format: FormatPhrases;
}
