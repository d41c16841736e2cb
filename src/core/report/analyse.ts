// Raw outputs in, shift report out: runs every detector on each output (with the case's input as
// context), then builds the report: the API for outputs that no run recorded (tests, embedders).
import { DetectionQueue, type DetectOne } from '../behaviour/detectionQueue';
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext } from '../behaviour/types';
import { buildReport } from './build';
import type { CaseIn, RawReportInput, RawSample, SampleIn } from './input';
import type { ShiftReport } from './schema';

const NOTHING: Detection = { present: false, spans: [] };

/** Detections for a failed call: nothing is present (its output is not judged). */
function noDetections(): Record<Behaviour, Detection> {
  const out = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) out[b] = NOTHING;
  return out;
}

/**
 * The report of raw outputs. The outputs are scored through a DetectionQueue: many at a time (the same
 * verdicts as one at a time, faster), or, when `detect` is given, each with it.
 */
export function analyseOutputs(input: RawReportInput, detect?: DetectOne): ShiftReport {
  const queue = new DetectionQueue<SampleIn>((sample, detections) => (sample.detections = detections), detect);
  const cases = input.cases.map(({ context, a, b, aPrime, ...rest }): CaseIn => {
    const ctx: DetectionContext = { ...context };
    if (ctx.input === undefined && rest.input !== undefined) ctx.input = rest.input;
    // a failed call's output is not judged; the others get their detections when the queue scores them
    const judged = (samples: readonly RawSample[]): SampleIn[] =>
      samples.map((s) => {
        const sample: SampleIn = { ...s, detections: noDetections() };
        if (s.error === undefined) queue.push(s.output, ctx, sample);
        return sample;
      });
    const out: CaseIn = { ...rest, a: judged(a), b: judged(b) };
    if (aPrime) out.aPrime = judged(aPrime);
    return out;
  });
  queue.flush();
  return buildReport({ ...input, cases });
}
