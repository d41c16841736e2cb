// Benchmark: each behaviour's detector alone over 10,000 synthetic ~1 KB outputs, for several trees,
// interleaved in one process; ms of CPU per 10,000 outputs (median of 5). Refusal also pays the
// escalation referral scan it asks for; in detectAll that scan is shared.
//   node --import tsx test/bench/detectors-per-behaviour.bench.ts /tmp/base "$PWD"
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticOutputs } from './synthetic-outputs';

const cases = syntheticOutputs(10_000);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: detectors-per-behaviour.bench.ts <folder holding a src/> [<folder>…]');
  const trees = await Promise.all(dirs.map(async (dir) => ((await import(pathToFileURL(resolve(dir, 'src/core/behaviour/index.ts')).href)) as typeof import('../../src/core/behaviour/index')).createDetectors()));
  const behaviours = Object.keys(trees[0]!) as (keyof (typeof trees)[number])[];
  const cpu = new Map(behaviours.map((b) => [b, trees.map((): number[] => [])]));
  for (const t of trees) for (const b of behaviours) for (const c of cases.slice(0, 1000)) t[b].detect(c.output, { input: c.input });
  for (let round = 0; round < 5; round++) {
    for (const b of behaviours) {
      trees.forEach((t, i) => {
        const t0 = process.cpuUsage();
        for (const c of cases) t[b].detect(c.output, { input: c.input });
        cpu.get(b)![i]!.push(process.cpuUsage(t0).user / 1000);
      });
    }
  }
  console.log(`behaviour        ${dirs.join('   ')}`);
  for (const b of behaviours) console.log(`${b.padEnd(16)} ${cpu.get(b)!.map((xs) => median(xs).toFixed(0).padStart(6)).join(' ')}`);
}
void main();
