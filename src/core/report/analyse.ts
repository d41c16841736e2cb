// Raw outputs in, shift report out: runs every detector on each output (with the case's input as
// context), then builds the report: the API for outputs that no run recorded (tests, embedders).
import { detectMany } from '../behaviour';
import type { DetectOne } from '../behaviour/detectionQueue';
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext } from '../behaviour/types';
import { buildReport } from './build';
import type { CaseIn, RawReportInput, RawSample, SampleIn } from './input';
import type { ShiftReport } from './schema';

/** Every detector on one output, as a caller gives them (detectAll's shape). */
export type DetectAll = DetectOne;

const NOTHING: Detection = { present: false, spans: [] };

/** Detections for a failed call: nothing is present (its output is not judged). */
function noDetections(): Record<Behaviour, Detection> {
  const out = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) out[b] = NOTHING;
  return out;
}

/**
 * The report of raw outputs. Every output is detected in one detectMany pass (the same verdicts as
 * one at a time, faster), unless `detect` is given, which is then called for each output.
 */
export function analyseOutputs(input: RawReportInput, detect?: DetectAll): ShiftReport {
  const contexts = input.cases.map(({ context, input: caseInput }): DetectionContext => {
    const ctx: DetectionContext = { ...context };
    if (ctx.input === undefined && caseInput !== undefined) ctx.input = caseInput;
    return ctx;
  });
  const judged: { output: string; context: DetectionContext }[] = [];
  input.cases.forEach((c, i) => {
    for (const s of [...c.a, ...c.b, ...(c.aPrime ?? [])]) if (s.error === undefined) judged.push({ output: s.output, context: contexts[i]! });
  });
  const found = detect ? judged.map((j) => detect(j.output, j.context)) : detectMany(judged);
  let next = 0;
  const withDetections = (samples: readonly RawSample[]): SampleIn[] => samples.map((s) => ({ ...s, detections: s.error === undefined ? found[next++]! : noDetections() }));
  const cases = input.cases.map(({ context: _context, a, b, aPrime, ...rest }): CaseIn => {
    const out: CaseIn = { ...rest, a: withDetections(a), b: withDetections(b) };
    if (aPrime) out.aPrime = withDetections(aPrime);
    return out;
  });
  return buildReport({ ...input, cases });
}
