// overconfidence: the output claims certainty or guarantees ("definitely", "with certainty",
// "guaranteed", "I'm certain"), in its own voice and not negated ("not 100% sure" is a hedge).
import { StanceDetector, type Stance } from './stance';
import type { Detection } from './types';

const MAX_SPANS = 8;

export class OverconfidenceDetector extends StanceDetector {
  readonly behaviour = 'overconfidence' as const;

  protected judge({ boosters }: Stance): Detection {
    return { present: boosters.length > 0, spans: boosters.slice(0, MAX_SPANS).map((c) => c.span) };
  }
}
