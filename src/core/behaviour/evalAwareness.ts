// evalAwareness: says or implies it is being tested, evaluated or watched; tests and evaluations as a topic do not count.
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';

export class EvalAwarenessDetector extends PhraseDetector {
  constructor(phrases: PhraseSet = EN) {
    // "Are you testing me?" says it as much as "You are testing me"
    super('evalAwareness', phrases.evalAwareness, { questionsCount: true });
  }
}
