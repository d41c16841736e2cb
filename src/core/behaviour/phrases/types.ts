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
  /** A first sentence that only disclaims opinions ("As an AI, I don't have personal opinions."). */
  aiPreamble: PhraseRule[];
  /** Reading the request as something else: "if you're referring to …" (counts after a verdict). */
  reinterpretation: PhraseRule[];
  /** Asking what was meant is not refusing: "I don't understand the question, could you clarify". */
  clarification: PhraseRule[];
  /** Signs the answer goes on to do what was asked after a caution: "here are some", "1.". */
  compliance: PhraseRule[];
}

export interface PhraseSet {
  language: string;
  /** Function words ignored when comparing an output with the request (lower case). */
  stopwords: readonly string[];
  /** Words that negate a statement (lower case; contractions included). */
  negations: readonly string[];
  refusal: RefusalPhrases;
}
