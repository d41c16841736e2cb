// Benchmark: detectAll over 10,000 synthetic ~1 KB outputs for several trees' detectors, interleaved
// in one process (the machine's speed drifts from minute to minute, so only interleaved rounds
// compare builds); prints each tree's median CPU and its ratio to the first tree's.
//   mkdir -p /tmp/base && git archive <commit> src | tar -x -C /tmp/base
//   node --import tsx test/bench/detectors-trees.bench.ts [--rounds 6] /tmp/base "$PWD"
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticOutputs } from './synthetic-outputs';

// Fair only while the trees' rule-set sources are mostly the same: V8 shares compiled regexes per source, and once a process
// has generated enough regex machine code, later regexes scan 10–30× slower; for trees whose sources all differ (a change to how
// every source is built) compare fresh processes instead (test/bench/rule-set-compile.bench.ts, BENCHMARKS.md 2026-12-03 late).
// --rounds N: more interleaved rounds where the host's speed drifts (a median of 16 rounds settled what 6 did not, 2026-12-03)
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 6;
const cases = syntheticOutputs(10_000);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a, i, all) => a !== '--rounds' && all[i - 1] !== '--rounds');
  if (dirs.length === 0) throw new Error('usage: detectors-trees.bench.ts <folder holding a src/> [<folder>…]');
  const trees = await Promise.all(
    dirs.map(async (dir) => {
      const m = (await import(pathToFileURL(resolve(dir, 'src/core/behaviour/index.ts')).href)) as typeof import('../../src/core/behaviour/index');
      return { m, detectors: m.createDetectors() };
    }),
  );
  for (const { m, detectors } of trees) for (const c of cases.slice(0, 2000)) m.detectAll(c.output, { input: c.input }, detectors);
  const cpu: number[][] = trees.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    trees.forEach(({ m, detectors }, i) => {
      const t0 = process.cpuUsage();
      for (const c of cases) m.detectAll(c.output, { input: c.input }, detectors);
      cpu[i]!.push(process.cpuUsage(t0).user / 1000);
    });
  }
  dirs.forEach((dir, i) => console.log(`${dir}: ${median(cpu[i]!).toFixed(0)} ms CPU per 10,000 outputs, ${median(cpu[i]!.map((x, k) => x / cpu[0]![k]!)).toFixed(2)}× the first`));
}
void main();
