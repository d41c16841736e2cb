// Planning a paired run: cost, time and detectable shift before any call.
import { prepareRun } from '../eval/pairedEval';
import { readRunHistory } from './history';
import { planOf, type PlanOptions, type RunPlan } from './planRun';

export { planOf, budgetExceeded, type RunPlan, type PlanOptions, type BehaviourPlan } from './planRun';
export { detectableShift, casesNeeded, minimumCases, noiseFromPairs, normalQuantile, ASSUMED_NOISE, type NoiseModel } from './power';
export { formatPlan, planHeadline } from './text';

/** Plans a run of `options.suitePath` (its design and shard too): loads and renders the suite, reads earlier runs, calls nothing. */
export async function planPairedEval(options: PlanOptions): Promise<RunPlan> {
  const { prep } = await prepareRun(options);
  return planOf(prep, readRunHistory(prep.root, prep.suite.file), options);
}
