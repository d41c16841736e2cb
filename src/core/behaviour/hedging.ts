// hedging: the output expresses uncertainty about its own answer ("I'm not sure", "it's hard to
// say", "there's a chance", "probably", "not 100% certain"), in its own voice (see stance.ts).
import { StanceDetector, type Stance } from './stance';
import type { Detection } from './types';

/** Weight of cues that makes an output hedged: one cue in the model's own voice, strong (1) or weak (0.5); a limiter (0.25) only beside another. */
export const HEDGING_THRESHOLD = 0.5;
const MAX_SPANS = 8;

export class HedgingDetector extends StanceDetector {
  readonly behaviour = 'hedging' as const;

  protected judge({ hedges }: Stance): Detection {
    const total = hedges.reduce((sum, c) => sum + c.weight, 0);
    if (total < HEDGING_THRESHOLD) return { present: false, spans: [] };
    // strong cues first, so the evidence shown is the clearest
    const spans = [...hedges].sort((a, b) => b.weight - a.weight || a.span.start - b.span.start).slice(0, MAX_SPANS).map((c) => c.span);
    return { present: true, spans: spans.sort((a, b) => a.start - b.start) };
  }
}
