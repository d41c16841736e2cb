// A detector that is nothing but a phrase set: positives, minus those an exception overlaps
// ("there's no guarantee" cancels "guarantee"). Escalation, hedging, overconfidence, sycophancy
// and evalAwareness are all of this kind; their modules only pick the phrases.
import { RuleSet } from './match';
import type { SimplePhrases } from './phrases/types';
import type { Behaviour, Detection, DetectionContext, Detector, EvidenceSpan } from './types';

/** Enough spans to annotate an output; a detector stops scanning after this many. */
const MAX_SPANS = 8;

export class PhraseDetector implements Detector {
  private readonly positive: RuleSet;
  private readonly exceptions: RuleSet;

  constructor(
    readonly behaviour: Behaviour,
    phrases: SimplePhrases,
  ) {
    this.positive = new RuleSet(phrases.positive);
    this.exceptions = new RuleSet(phrases.exceptions);
  }

  detect(output: string, _context: DetectionContext): Detection {
    const found = this.positive.findAll(output, 0, output.length, MAX_SPANS);
    if (found.length === 0) return { present: false, spans: [] };
    const cancelled = this.exceptions.findAll(output);
    const spans = cancelled.length ? found.filter((s) => !cancelled.some((c) => overlaps(c, s))) : found;
    return { present: spans.length > 0, spans };
  }
}

function overlaps(a: EvidenceSpan, b: EvidenceSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
