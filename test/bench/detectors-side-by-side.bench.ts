// Benchmark: this tree's detectors against another tree's, side by side in one process, so that
// the machine's load falls on both alike: detectAll over the same 10,000 synthetic ~1 KB outputs
// with their inputs, interleaved rounds, CPU time. The other tree is a `git archive` of its src:
//
//   mkdir -p .bench-cache/base && git archive main src | tar -x -C .bench-cache/base
//   node --import tsx test/bench/detectors-side-by-side.bench.ts .bench-cache/base
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { detectAll } from '../../src/core/behaviour/index';
import { syntheticOutputs } from './synthetic-outputs';

const baseDir = process.argv[2];
if (!baseDir) throw new Error('usage: detectors-side-by-side.bench.ts <folder holding the other tree\'s src>');
const ROUNDS = Number(process.argv[3] ?? 12);
void main();

async function main(): Promise<void> {
const base = (await import(pathToFileURL(resolve(baseDir!, 'src', 'core', 'behaviour', 'index.ts')).href)) as { detectAll: typeof detectAll };
const cases = syntheticOutputs(10_000);

function cpu(fn: typeof detectAll): number {
  const t0 = process.cpuUsage();
  for (const c of cases) fn(c.output, { input: c.input });
  return process.cpuUsage(t0).user / 1000;
}
cpu(detectAll); // compile both and warm up
cpu(base.detectAll);
const mine: number[] = [];
const theirs: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // alternate which goes first, so neither always runs on a warmer machine
  const [a, b] = round % 2 ? [cpu(detectAll), cpu(base.detectAll)] : ((x, y) => [y, x])(cpu(base.detectAll), cpu(detectAll));
  mine.push(a);
  theirs.push(b);
  ratios.push(a / b);
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(`this tree ${median(mine).toFixed(0)} ms vs ${baseDir} ${median(theirs).toFixed(0)} ms CPU (medians of ${ROUNDS}); ratio median ${median(ratios).toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×); load average ${loadavg()[0]!.toFixed(1)}`);
}
