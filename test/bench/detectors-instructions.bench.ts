// Benchmark: the instructions (not seconds) a group of detectors (by default refusal and escalation; `--group stance`: hedging and
// overconfidence, which share one reading of an output) spends over synthetic outputs, for several trees' detectors. On a shared machine wall and CPU time move by up to 30 % from minute to minute, more than a change to a rule set
// costs; callgrind counts the instructions a run executes. With V8's hash and random seeds fixed (they change object layouts
// and so the code run), a tree's count repeats within 0.01 %; without, within 0.1–2 % (BENCHMARKS.md, `en-2026.12zzzzzz22`).
// Each tree's detectors are bundled (esbuild) and run in a fresh node under valgrind, over `--outputs` outputs and over 1,000;
// the difference is the scan. (Subtracting a 50-output run instead left the garbage collector's first major collections on one
// side or the other: 2 % apart between two invocations for one tree.)
//   node --import tsx test/bench/detectors-instructions.bench.ts [--outputs 3000] [--group refusal-escalation|stance] [<folder holding a src/> …]
//   (default: this tree)
// Needs valgrind (Debian's package); ≈ 1 minute per tree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const args = process.argv.slice(2);
const outputsAt = args.indexOf('--outputs');
const OUTPUTS = outputsAt >= 0 ? Number(args[outputsAt + 1]) : 3000;
/** The outputs of the run subtracted: enough that both runs hold the start-up, the rule sets' compile and the first collections. */
const START_UP_OUTPUTS = 1000;
/** The detectors each group runs, in order. */
const GROUPS: Record<string, string[]> = { 'refusal-escalation': ['refusal', 'escalation'], stance: ['hedging', 'overconfidence'] };
const GROUP = args.includes('--group') ? args[args.indexOf('--group') + 1]! : 'refusal-escalation';
const detectors = GROUPS[GROUP];
if (!detectors) throw new Error(`--group takes ${Object.keys(GROUPS).join(' or ')}`);
const named = args.filter((a, i) => !['--outputs', '--group'].includes(a) && !['--outputs', '--group'].includes(args[i - 1] ?? ''));
// with no folder (npm run bench), this tree alone
const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const trees = named.length > 0 ? named : [REPOSITORY];
if (!Number.isInteger(OUTPUTS) || OUTPUTS <= START_UP_OUTPUTS) throw new Error(`--outputs takes a whole number above ${START_UP_OUTPUTS}: the scan is the run over that many outputs less the run over ${START_UP_OUTPUTS}`);
if (spawnSync('valgrind', ['--version']).status !== 0) {
  // npm run bench runs every benchmark: one that cannot run here says so and stands aside
  console.log('detectors-instructions.bench.ts: skipped, valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'detector-instructions-'));
const runner = join(work, 'run.mjs');
writeFileSync(runner, [
  'const [detectors, outputs, count] = process.argv.slice(2);',
  'const { englishDetectors } = await import(detectors);',
  'const { syntheticOutputs } = await import(outputs);',
  'const d = englishDetectors();',
  `for (const c of syntheticOutputs(Number(count))) { ${detectors.map((b) => `d.${b}.detect(c.output, { input: c.input });`).join(' ')} }`,
].join('\n'));
const synthetic = join(work, 'synthetic.mjs');
buildSync({ entryPoints: [join(REPOSITORY, 'test/bench/synthetic-outputs.ts')], bundle: true, format: 'esm', platform: 'node', outfile: synthetic, logLevel: 'warning' });

/** The instructions node executes running the group over `count` outputs (callgrind's "Collected" total). */
function instructions(bundle: string, count: number): number {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1', runner, bundle, synthetic, String(count)], { encoding: 'utf8' });
  const collected = /Collected : (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !collected) throw new Error(`valgrind on ${bundle} (${count} outputs) failed: ${run.error?.message ?? run.stderr.slice(-400)}`);
  return Number(collected[1]);
}

const giga = (n: number): string => (n / 1e9).toFixed(3);
const bundleOf = (tree: string, i: number): string => {
  const bundle = join(work, `detectors-${i}.mjs`);
  buildSync({ entryPoints: [resolve(tree, 'src/core/behaviour/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
  return bundle;
};
let first: number | undefined;
for (const [i, tree] of trees.entries()) {
  const bundle = bundleOf(tree, i);
  const startUp = instructions(bundle, START_UP_OUTPUTS);
  const scan = instructions(bundle, OUTPUTS) - startUp;
  first ??= scan;
  console.log(`${tree} (${detectors.join(' + ')}): scan of ${OUTPUTS - START_UP_OUTPUTS} outputs ${giga(scan)} G instructions (${(scan / first).toFixed(3)}× the first); ${START_UP_OUTPUTS} outputs with start-up and compile ${giga(startUp)} G`);
}
rmSync(work, { recursive: true, force: true });
