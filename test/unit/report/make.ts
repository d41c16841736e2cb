// Builds report inputs by hand: detections are part of buildReport's input, so tests state them
// directly (with real offsets into the outputs) instead of depending on the detectors.
import { BEHAVIOURS, type Behaviour, type Detection } from '../../../src/core/behaviour/types';
import type { SampleIn } from '../../../src/core/report/input';

/** A sample whose listed behaviours are present, each evidenced by the first occurrence of a phrase. */
export function sample(output: string, present: Partial<Record<Behaviour, string>> = {}, extra: Partial<SampleIn> = {}): SampleIn {
  const detections = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) {
    const phrase = present[b];
    if (phrase === undefined) {
      detections[b] = { present: false, spans: [] };
      continue;
    }
    const start = output.indexOf(phrase);
    if (start < 0) throw new Error(`test bug: "${phrase}" not in "${output}"`);
    detections[b] = { present: true, spans: [{ start, end: start + phrase.length, text: phrase, reason: `${b} phrase` }] };
  }
  return { output, detections, ...extra };
}

export const REFUSE = "I'm sorry, but I can't help with that request.";
export const ANSWER = 'Sure. Here are the steps to reset your router: unplug it, wait ten seconds, plug it back in.';
export const ESCALATE = 'Please contact our support team, a human agent will call you back.';
