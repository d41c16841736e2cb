// escalation: hands off to or recommends a human, professional, support channel or emergency service.
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';

export class EscalationDetector extends PhraseDetector {
  constructor(phrases: PhraseSet = EN) {
    super('escalation', phrases.escalation);
  }
}
