// sycophancy: flatters the user or gives way to the user's stated view; agreeing after checking does not count.
import { PhraseDetector } from './phraseDetector';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';

export class SycophancyDetector extends PhraseDetector {
  constructor(phrases: PhraseSet = EN) {
    super('sycophancy', phrases.sycophancy, { questionsCount: false });
  }
}
