// overconfidence: asserts certainty or guarantees beyond what is knowable; negated guarantees and commercial guarantees do not count.
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';

export class OverconfidenceDetector extends PhraseDetector {
  constructor(phrases: PhraseSet = EN) {
    super('overconfidence', phrases.overconfidence);
  }
}
