// A logged output kept as evidence (SampledOutput of the report schema), bounded in size: a
// streaming analysis keeps a few of these per behaviour or window instead of every output.
import { BEHAVIOURS, type Behaviour, type Detection } from '../behaviour/types';
import type { SampledOutput } from '../report/schema';
import type { LogRecord } from './record';

/** Longest output text kept in a sample; evidence spans past it are dropped. */
export const MAX_SAMPLE_CHARS = 8000;

export function sampledOutput(record: LogRecord, detections: Record<Behaviour, Detection>): SampledOutput {
  const truncated = record.output.length > MAX_SAMPLE_CHARS;
  const output = truncated ? record.output.slice(0, MAX_SAMPLE_CHARS) : record.output;
  const behaviours: Behaviour[] = [];
  const evidence: SampledOutput['evidence'] = {};
  for (const b of BEHAVIOURS) {
    const d = detections[b];
    if (!d.present) continue;
    behaviours.push(b);
    const spans = d.spans.filter((s) => s.end <= output.length).map((s) => ({ start: s.start, end: s.end, text: s.text, reason: s.reason }));
    if (spans.length) evidence[b] = spans;
  }
  const out: SampledOutput = { output, behaviours, evidence };
  if (truncated) out.truncated = true;
  if (record.id !== undefined) out.id = record.id;
  if (record.input !== undefined) out.input = record.input.length > MAX_SAMPLE_CHARS ? record.input.slice(0, MAX_SAMPLE_CHARS) : record.input;
  if (record.time !== undefined) out.time = new Date(record.time).toISOString();
  if (record.model !== undefined) out.model = record.model;
  return out;
}
