// A detector that is nothing but a phrase set: positives, minus those an exception overlaps
// ("there's no guarantee" cancels "guarantee"). Escalation, hedging, overconfidence, sycophancy
// and evalAwareness are all of this kind; their modules only pick the phrases.
import { RuleSet } from './match';
import type { SimplePhrases } from './phrases/types';
import type { Behaviour, Detection, DetectionContext, Detector, EvidenceSpan } from './types';

/** Enough spans to annotate an output; a detector stops scanning after this many. */
const MAX_SPANS = 8;
/** How far (characters) around a match an exception may start or end and still overlap it. */
const EXCEPTION_REACH = 200;

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
    if (this.exceptions.rules.length === 0) return { present: true, spans: found };
    // Exceptions are short phrases, so only the neighbourhood of each match needs scanning.
    const spans = found.filter((s) => {
      const from = Math.max(0, s.start - EXCEPTION_REACH);
      const to = Math.min(output.length, s.end + EXCEPTION_REACH);
      return !this.exceptions.findAll(output, from, to).some((c) => overlaps(c, s));
    });
    return { present: spans.length > 0, spans };
  }
}

function overlaps(a: EvidenceSpan, b: EvidenceSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
