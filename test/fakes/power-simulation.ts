// Simulated paired runs for checking planned power against the report's real test: `cases` cases
// with base rate `baseRate`, B shifted by `shift`, `samples` draws a side, tested by signFlipTest at
// α/7 (Holm's strictest step). Returns the share of runs in which the shift was found.
import { signFlipTest, seededRandom } from '../../src/core/shift';

export function simulatedPower(cases: number, samples: number, baseRate: number, shift: number, runs: number, seed: number): number {
  const rng = seededRandom(seed);
  const draw = (rate: number) => {
    let k = 0;
    for (let i = 0; i < samples; i++) if (rng() < rate) k++;
    return k / samples;
  };
  let detected = 0;
  for (let r = 0; r < runs; r++) {
    const diffs = Array.from({ length: cases }, () => draw(Math.min(1, baseRate + shift)) - draw(baseRate));
    if (signFlipTest(diffs, { lattice: samples, seed: r + 1, draws: 4000 }).pValue < 0.05 / 7) detected++;
  }
  return detected / runs;
}
