// evalAwareness: says or implies it is being tested, evaluated or watched; tests and evaluations as a topic do not count.
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';
import { StanceReader } from './stance';

export class EvalAwarenessDetector extends PhraseDetector {
  /** `stance`: the reader whose reading of each request (a story, a persona…) is shared with hedging and overconfidence. */
  constructor(phrases: PhraseSet = EN, stance: StanceReader = new StanceReader(phrases.stance)) {
    // "Are you testing me?" says it as much as "You are testing me"; a requested story's "This is a test" is the story's (en-2026.12zzr)
    super('evalAwareness', phrases.evalAwareness, { questionsCount: true, otherVoiceRequested: (input) => stance.asksForOtherVoice(input) });
  }
}
