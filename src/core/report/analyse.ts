// Raw outputs in, shift report out: runs every detector on each output (with the case's input as
// context), then builds the report. Used by `compare` and the eval runner.
import { detectAll } from '../behaviour';
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext } from '../behaviour/types';
import { buildReport } from './build';
import type { CaseIn, RawReportInput, RawSample, SampleIn } from './input';
import type { ShiftReport } from './schema';

export type DetectAll = (output: string, context: DetectionContext) => Record<Behaviour, Detection>;

const NOTHING: Detection = { present: false, spans: [] };

/** Detections for a failed call: nothing is present (its output is not judged). */
function noDetections(): Record<Behaviour, Detection> {
  const out = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) out[b] = NOTHING;
  return out;
}

export function detectSamples(samples: readonly RawSample[], context: DetectionContext, detect: DetectAll = detectAll): SampleIn[] {
  return samples.map((s) => ({ ...s, detections: s.error === undefined ? detect(s.output, context) : noDetections() }));
}

export function analyseOutputs(input: RawReportInput, detect: DetectAll = detectAll): ShiftReport {
  const cases = input.cases.map(({ context, a, b, aPrime, ...rest }): CaseIn => {
    const ctx: DetectionContext = { ...context };
    if (ctx.input === undefined && rest.input !== undefined) ctx.input = rest.input;
    const out: CaseIn = { ...rest, a: detectSamples(a, ctx, detect), b: detectSamples(b, ctx, detect) };
    if (aPrime) out.aPrime = detectSamples(aPrime, ctx, detect);
    return out;
  });
  return buildReport({ ...input, cases });
}
