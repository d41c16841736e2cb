// Stopping a paired run when the answer is known (`eval --stop-early`). Cases run whole, in a seeded
// random order; after each one, every gated behaviour's per-case difference d = B's rate − A's rate
// (in [−1, 1]) feeds anytime-valid tests by betting (Waudby-Smith & Ramdas 2023, "Estimating means
// of bounded random variables by betting"): a wealth that starts at 1 and bets a predictable
// fraction λ of itself on each new case. Under the null the wealth is a nonnegative martingale,
// so by Ville's inequality it ever reaches 1/α with probability at most α: looking after every case
// costs no extra false alarms.
//  - "shift": the mean of d is not 0 (two bets, on d > 0 and on d < 0, half the wealth each);
//  - "no shift that matters": the mean is neither ≥ minShift nor ≤ −minShift (two bets, on
//    d < minShift and on d > −minShift; both must win).
// α is split evenly across the gated behaviours, so the run's false-alarm rate stays at α.
import { ALPHA } from '../shift/paired';

export type SequentialDecision = 'shift' | 'no-shift' | 'undecided';

export const DEFAULT_MIN_SHIFT = 0.1;

export interface SequentialOptions {
  /** family-wise false-alarm rate across the behaviours; default 0.05 */
  alpha?: number;
  /** behaviours tested together (α is divided among them) */
  behaviours: number;
  /** the smallest shift (0–1) that matters; default 0.1 */
  minShift?: number;
}

/**
 * One bet on observations x (here a shifted ±d) having a positive mean: the wealth grows by
 * (1 + λx) per observation, λ chosen from the past alone (the aGRAPA plug-in: mean / (variance +
 * mean²), clipped to [0, ½ / max|x|] so a loss never takes more than half the wealth).
 */
class Bet {
  wealth = 1;
  private n = 0;
  private sum = 0;
  private squares = 0;
  constructor(private readonly maxAbs: number) {}

  add(x: number): void {
    const mean = this.n ? this.sum / this.n : 0;
    const variance = this.n ? this.squares / this.n - mean * mean : 0;
    const lambda = this.n ? Math.min(Math.max(mean / (variance + mean * mean || 1), 0), 0.5 / this.maxAbs) : 0;
    this.wealth *= 1 + lambda * x;
    this.n++;
    this.sum += x;
    this.squares += x * x;
  }
}

/** The sequential test of one behaviour. */
export class SequentialTest {
  private readonly threshold: number;
  private readonly up = new Bet(1);
  private readonly down = new Bet(1);
  private readonly belowMin: Bet;
  private readonly aboveMinusMin: Bet;
  private readonly minShift: number;
  private cases = 0;
  private sum = 0;
  decision: SequentialDecision = 'undecided';
  /** cases seen when decided */
  decidedAt?: number;

  constructor(options: SequentialOptions) {
    this.threshold = Math.max(1, options.behaviours) / (options.alpha ?? ALPHA);
    this.minShift = options.minShift ?? DEFAULT_MIN_SHIFT;
    this.belowMin = new Bet(1 + this.minShift);
    this.aboveMinusMin = new Bet(1 + this.minShift);
  }

  /** Adds one case's difference (B's rate − A's rate); returns the decision so far. */
  add(difference: number): SequentialDecision {
    this.cases++;
    this.sum += difference;
    this.up.add(difference);
    this.down.add(-difference);
    this.belowMin.add(this.minShift - difference);
    this.aboveMinusMin.add(difference + this.minShift);
    if (this.decision === 'undecided') {
      if ((this.up.wealth + this.down.wealth) / 2 >= this.threshold) this.decision = 'shift';
      else if (this.belowMin.wealth >= this.threshold && this.aboveMinusMin.wealth >= this.threshold) this.decision = 'no-shift';
      if (this.decision !== 'undecided') this.decidedAt = this.cases;
    }
    return this.decision;
  }

  /** the mean difference so far */
  get mean(): number {
    return this.cases ? this.sum / this.cases : 0;
  }
}
