// Large runs (issue 17): what an eval keeps alive per planned call before and while its calls are
// made, part by part, measured as the live heap after full collections (node --expose-gc): the
// prepared run (suite cases, rendered messages, the run's spec), the plan as eval holds it now (a
// compact plan) and the runner's finished-call flags; then, for comparison, what they were before
// (and still are for batch and design runs): the planned calls as an array, a map of finished
// call ids and a pending copy of the plan. The bench workspace of large-run.bench.ts
// (N/3 cases, A = B = the working copy), no model called.
//
//   node --expose-gc --import tsx test/bench/run-live-parts.bench.ts [--calls 100002]
import { rmSync } from 'node:fs';
import { prepareRun } from '../../src/core/eval/pairedEval';
import { planCompact } from '../../src/core/run';
import { FinishedCalls } from '../../src/core/run/finishedSet';
import { makeBenchWorkspace, numberArg as arg, writeBenchSuite } from './cli-bench-kit';

const CASES = Math.ceil(arg('calls', 100_002) / 3);
const CALLS = CASES * 3;
const maybeGc = (globalThis as { gc?: () => void }).gc;
if (!maybeGc) throw new Error('run with node --expose-gc');
const gc: () => void = maybeGc;

async function main(): Promise<void> {
const dir = makeBenchWorkspace('ps-bench-live-');
try {
  // no model is called: the suite's server is never reached
  const suitePath = writeBenchSuite(dir, 'cases', CASES, 'http://127.0.0.1:9/v1', 1);

  const heapMb = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
  let last = heapMb();
  const part = (name: string): void => {
    const now = heapMb();
    console.log(`${name.padEnd(48)} ${(now - last).toFixed(1).padStart(6)} MB  ${(((now - last) * 1048576) / CALLS).toFixed(0).padStart(4)} B/call`);
    last = now;
  };
  console.log(`${CALLS} calls (${CASES} cases × 1 sample × A, A′, B): live heap added by each part`);
  const { prep, spec } = await prepareRun({ suitePath, workspaceRoot: dir, a: 'working', b: 'working' });
  part('prepared run (suite cases, rendered, spec)');
  let compact: ReturnType<typeof planCompact> | undefined = planCompact({
    cases: spec.cases.map((c) => ({ id: c.id, ...prep.rendered.get(c.id)! })),
    versions: { a: { promptSha256: prep.a.sha256 }, b: { promptSha256: prep.b.sha256 } },
    samples: 1, baseline: true, seed: 1, params: { model: 'gpt-4o-mini' },
  });
  part('plan (compact: eval now)');
  let finished: FinishedCalls | undefined = new FinishedCalls(compact.length);
  for (let i = 0; i < compact.length; i++) finished.add(i, false);
  part('runner: finished calls by plan position (now)');
  const planned = [...compact];
  part('before: planned calls as an array');
  const done = new Map<string, boolean>(planned.map((c) => [c.id, false]));
  part('before: runner\'s map of finished calls');
  const pending = planned.filter((c) => !done.get(c.id));
  part('before: runner\'s pending calls (a copy)');
  // what each part held, dropped in turn (the rendered messages last: the plan points into them)
  spec.cases = [];
  part('  dropped: the spec\'s cases');
  prep.suite.cases = [];
  part('  dropped: the suite\'s cases');
  planned.length = 0;
  pending.length = 0;
  done.clear();
  part('  dropped: planned calls, map, pending (before)');
  compact = undefined;
  finished = undefined;
  part('  dropped: compact plan, finished flags (now)');
  prep.rendered.clear();
  part('  dropped: rendered messages');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
