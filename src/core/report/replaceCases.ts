// Puts re-run cases into an existing report and recomputes its summary and statistics, so a
// re-run case updates the run it belongs to instead of starting a separate one.
import { BEHAVIOURS, type Behaviour, type Detection } from '../behaviour/types';
import { buildReport } from './build';
import type { CaseIn, Gates, SampleIn } from './input';
import type { CaseReport, SampleResult, ShiftReport } from './schema';

function sampleIn(s: SampleResult): SampleIn {
  const detections = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) detections[b] = { present: s.behaviours[b] ?? false, spans: (s.evidence?.[b] ?? []).map((e) => ({ ...e, reason: e.reason ?? '' })) };
  return {
    output: s.output,
    detections,
    ...(s.asserts ? { asserts: s.asserts } : {}),
    ...(s.error !== undefined ? { error: s.error } : {}),
    ...(s.latencyMs !== undefined ? { latencyMs: s.latencyMs } : {}),
    ...(s.cached !== undefined ? { cached: s.cached } : {}),
  };
}

function caseIn(c: CaseReport): CaseIn {
  return {
    id: c.id,
    ...(c.input !== undefined ? { input: c.input } : {}),
    ...(c.vars ? { vars: c.vars } : {}),
    ...(c.expect ? { expect: c.expect } : {}),
    a: c.a.samples.map(sampleIn),
    b: c.b.samples.map(sampleIn),
    ...(c.aPrime ? { aPrime: c.aPrime.samples.map(sampleIn) } : {}),
  };
}

/** `report` with each case of `fresh` in place of the case of the same id, statistics recomputed. */
export function replaceCases(report: ShiftReport, fresh: ShiftReport): ShiftReport {
  const byId = new Map(fresh.cases.map((c) => [c.id, c]));
  const gates: Gates = Object.fromEntries((report.summary.gates ?? []).map((g) => [g.behaviour, g.rule]));
  const rebuilt = buildReport({
    ...(report.kind ? { kind: report.kind } : {}),
    versions: { a: report.a, b: report.b },
    run: {
      ...(report.runId ? { runId: report.runId } : {}),
      ...(report.createdAt ? { createdAt: report.createdAt } : {}),
      ...(report.suite ? { suite: report.suite } : {}),
      ...(report.provider ? { provider: report.provider } : {}),
      ...(report.usage ? { usage: report.usage } : {}),
    },
    gates,
    cases: report.cases.map((c) => caseIn(byId.get(c.id) ?? c)),
  });
  if (report.summary.judge) rebuilt.summary.judge = report.summary.judge;
  return rebuilt;
}
