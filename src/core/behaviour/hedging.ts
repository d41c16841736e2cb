// hedging: expresses uncertainty (I'm not sure, it might be, hard to say, as far as I know).
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';

export class HedgingDetector extends PhraseDetector {
  constructor(phrases: PhraseSet = EN) {
    super('hedging', phrases.hedging);
  }
}
