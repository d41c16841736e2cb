// Simulated 2 × 2 design runs (prompt versions × conditions observed/unobserved, each cell with its
// A′ noise arm) fed to the design analysis (core/report/design.ts): how often it flags an effect
// when there is none, and how often it finds one that is there. Seeded: the same seed gives the
// same figures. Each case has its own base rate (cases differ, as real cases do), drawn uniformly
// from [0.1, 0.6]; each output is a Bernoulli draw of its arm's rate.
import { designEffects, armKey, type DesignInput, type Tallies } from '../../src/core/report/design';
import type { Tally } from '../../src/core/shift';
import { seededRandom, type Random } from '../../src/core/shift/random';

export const SIMULATED_DESIGN: DesignInput = {
  kind: 'conditions',
  versions: ['a', 'b'],
  models: ['m'],
  conditions: [{ name: 'observed' }, { name: 'unobserved' }],
  cells: [
    { id: 'observed', model: 'm', condition: 'observed' },
    { id: 'unobserved', model: 'm', condition: 'unobserved' },
  ],
  baseCases: [],
};

/** Extra rate per arm: B (prompt), the observed cell (condition), B under observation (interaction). */
export interface TrueEffects {
  prompt?: number;
  condition?: number;
  interaction?: number;
}

function draw(n: number, p: number, random: Random): Tally {
  let count = 0;
  for (let i = 0; i < n; i++) if (random() < p) count++;
  return { count, n };
}

/** One simulated design's effects on its one behaviour: name → significant. */
export function simulateDesign(cases: number, samples: number, truth: TrueEffects, random: Random): Map<string, boolean> {
  const perCase = new Map<string, Map<string, Tally>>();
  for (let i = 0; i < cases; i++) {
    const base = 0.1 + 0.5 * random();
    const arms = new Map<string, Tally>();
    for (const cell of ['observed', 'unobserved']) {
      const cond = cell === 'observed' ? (truth.condition ?? 0) : 0;
      for (const side of ['a', 'aPrime', 'b'] as const) {
        const prompt = side === 'b' ? (truth.prompt ?? 0) : 0;
        const inter = side === 'b' && cell === 'observed' ? (truth.interaction ?? 0) : 0;
        const p = Math.min(1, Math.max(0, base + cond + prompt + inter));
        arms.set(armKey(side, cell), draw(samples, p, random));
      }
    }
    perCase.set(`c${i}`, arms);
  }
  const tallies: Tallies = new Map([['escalation', perCase]]);
  const effects = designEffects(SIMULATED_DESIGN, tallies, ['escalation']);
  return new Map(effects.filter((e) => e.name !== 'evalGap').map((e) => [e.name === 'evalGapChange' ? 'interaction (gap change)' : e.name, e.significant]));
}

export interface SimulationFigures {
  designs: number;
  /** share of designs where each effect was flagged */
  flagged: Record<string, number>;
  /** share of designs where any main effect or the interaction was flagged */
  anyFlagged: number;
}

export function simulate(designs: number, cases: number, samples: number, truth: TrueEffects, seed: number): SimulationFigures {
  const random = seededRandom(seed);
  const counts = new Map<string, number>();
  let any = 0;
  for (let d = 0; d < designs; d++) {
    const flags = simulateDesign(cases, samples, truth, random);
    let flaggedHere = false;
    for (const [name, sig] of flags) {
      counts.set(name, (counts.get(name) ?? 0) + (sig ? 1 : 0));
      if (sig && name !== 'interaction (gap change)') flaggedHere = true;
    }
    if (flaggedHere) any++;
  }
  return { designs, flagged: Object.fromEntries([...counts].map(([k, v]) => [k, v / designs])), anyFlagged: any / designs };
}
