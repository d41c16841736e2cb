// The design analysis (core/report/design.ts) on simulated 2 × 2 designs (prompt versions ×
// observed/unobserved, each cell with its A′ noise arm; per-case base rates uniform in [0.1, 0.6]):
// false alarms under no effect, and power for 20-point effects, at 100 cases × 3 samples.
// Run: node --import tsx test/bench/design-simulation.bench.ts [designs, default 1000]
import { simulate, type TrueEffects } from '../fakes/design-simulation';

const designs = Number(process.argv[2] ?? 1000);
const scenarios: Array<[string, TrueEffects]> = [
  ['no effect', {}],
  ['prompt +20 pts', { prompt: 0.2 }],
  ['condition +20 pts', { condition: 0.2 }],
  ['interaction +20 pts', { interaction: 0.2 }],
  ['interaction +10 pts', { interaction: 0.1 }],
];
console.log(`| truth (100 cases × 3 samples) | prompt flagged | condition flagged | interaction flagged | any main effect or interaction | evalGapChange flagged |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [i, [name, truth]] of scenarios.entries()) {
  const f = simulate(designs, 100, 3, truth, 1 + i);
  const p = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)} %`;
  console.log(`| ${name} | ${p(f.flagged.prompt)} | ${p(f.flagged.condition)} | ${p(f.flagged.interaction)} | ${p(f.anyFlagged)} | ${p(f.flagged['interaction (gap change)'])} |`);
}
console.log(`(${designs} seeded designs per row)`);
