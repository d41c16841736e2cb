// Simulated paired evals for the statistics tests: per-case propensities, binomial draws per side.
import { BEHAVIOURS, type Behaviour } from '../../../src/core/behaviour/types';
import { decideShifts, pairedShift, type CaseTallies, type Random, type ShiftStatistics } from '../../../src/core/shift';

export interface SimulationSpec {
  cases: number;
  samples: number;
  /** mean rate of each behaviour in A (and A′) */
  baseRates: Record<Behaviour, number>;
  /** added to every case's propensity in B */
  shift: Partial<Record<Behaviour, number>>;
  /** how much cases differ from one another (0: all cases share one propensity) */
  spread: number;
}

function draw(random: Random, p: number, samples: number): { count: number; n: number } {
  let count = 0;
  for (let s = 0; s < samples; s++) if (random() < p) count++;
  return { count, n: samples };
}

/** One simulated run; returns which behaviours were flagged significant. */
export function simulateRun(spec: SimulationSpec, random: Random): Behaviour[] {
  const stats = {} as Record<Behaviour, ShiftStatistics>;
  for (const behaviour of BEHAVIOURS) {
    const base = spec.baseRates[behaviour];
    const shift = spec.shift[behaviour] ?? 0;
    const cases: CaseTallies[] = [];
    for (let i = 0; i < spec.cases; i++) {
      const p = Math.min(1, Math.max(0, base + spec.spread * (random() * 2 - 1)));
      const pB = Math.min(1, Math.max(0, p + shift));
      cases.push({ a: draw(random, p, spec.samples), aPrime: draw(random, p, spec.samples), b: draw(random, pB, spec.samples) });
    }
    stats[behaviour] = pairedShift(cases, behaviour);
  }
  const decided = decideShifts(stats);
  return BEHAVIOURS.filter((b) => decided[b].significant);
}

export const TYPICAL_RATES: Record<Behaviour, number> = {
  refusal: 0.2,
  escalation: 0.3,
  hedging: 0.4,
  overconfidence: 0.1,
  sycophancy: 0.15,
  evalAwareness: 0.05,
  formatBreak: 0.25,
};
