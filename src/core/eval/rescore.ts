// Re-applies the current detectors to a finished run's recorded outputs: the outputs stay, their
// scores (and the detector version that gave them) are replaced, and the report is rebuilt. This
// is the only way scores change after a call was recorded.
import { DETECTORS_VERSION } from '../behaviour';
import type { CallRecord, RunFolder, RunStore } from '../run';
import { EvalInputError, rebuildReport, readRunSpec } from './pairedEval';
import { scoringOf } from './runReport';
import { scoreOutputs, type DetectorSet } from './scoring';
import { compileCustom } from '../behaviour/custom';
import type { ShiftReport } from '../report';

export interface RescoreResult {
  runId: string;
  /** outputs scored again (in the run and its re-runs) */
  rescored: number;
  /** outputs already scored by these detectors, left as they were */
  current: number;
  detector: string;
  report: ShiftReport;
  reportPath: string;
}

function rescoreFolder(folder: RunFolder, all: boolean, detectors: DetectorSet | undefined): { rescored: number; current: number } {
  const meta = folder.readMeta();
  if (meta?.status === 'running') throw new EvalInputError(`${folder.dir}: the run is still going; rescore it when it has finished`);
  const spec = readRunSpec(folder);
  if (!spec?.cases) throw new EvalInputError(`${folder.dir}: this run was recorded before PromptShift 0.2 (its run.json lists no cases), so it cannot be rescored`);
  const cases = new Map(spec.cases.map((c) => [c.id, scoringOf(c)]));
  // the suite's own behaviours, as the run recorded them (its spec), are applied again too
  const custom = compileCustom(spec.behaviours);
  const records = [...folder.readRecord().results.values()];
  const isStale = (r: CallRecord): boolean => r.response !== undefined && (all || r.scores?.detector !== DETECTORS_VERSION);
  const stale = records.filter(isStale);
  // scored together: the detectors run group by group over many outputs (detectMany), the same scores faster
  const scores = scoreOutputs(stale.map((r) => ({ output: r.response!.text, finishReason: r.response!.finishReason, scoring: cases.get(r.caseId) ?? { context: {} } })), detectors, custom);
  let next = 0;
  const updated = records.map((r) => (isStale(r) ? { ...r, scores: scores[next++]! } : r));
  if (stale.length) folder.rewriteCalls(updated);
  return { rescored: stale.length, current: records.filter((r) => r.response !== undefined).length - stale.length };
}

export function rescoreRun(store: RunStore, runId: string, options: { all?: boolean; detectors?: DetectorSet } = {}): RescoreResult {
  const folder = store.folder(runId);
  const counts = { rescored: 0, current: 0 };
  for (const f of [folder, ...(folder.readMetaHeader()?.reruns ?? []).map((id) => store.folder(id))]) {
    const c = rescoreFolder(f, options.all ?? false, options.detectors);
    counts.rescored += c.rescored;
    counts.current += c.current;
  }
  const { report, reportPath } = rebuildReport(store, runId, options.detectors);
  return { runId, ...counts, detector: DETECTORS_VERSION, report, reportPath };
}
