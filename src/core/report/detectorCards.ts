// The detector card of each behaviour as the report carries it (`summary.behaviours.<b>.detector`):
// the card data measured by the validation harness (behaviour/cards.ts), the detector version that
// scored the outputs, and what this run adds: how often its judge model agreed with the detector.
// The user's own labels are added where they are read (labels/), never by the pure report builder.
import { DETECTOR_CARDS } from '../behaviour/cards';
import type { Behaviour } from '../behaviour/types';
import type { DetectorCardReport, ShiftReport, ValidationFigureSchema } from './schema';
import type { CustomBehaviourInfo } from './input';
import { CUSTOM_MAX_SCAN } from '../behaviour/custom';
import type * as z from 'zod';

type Figure = z.infer<typeof ValidationFigureSchema>;

/** Validated: precision and recall were measured on outputs the detector was never tuned on. */
export function isValidated(figures: readonly Figure[]): boolean {
  return figures.some((f) => f.part === 'heldout' && f.precision !== null && f.recall !== null);
}

export function detectorCardOf(behaviour: Behaviour, version: string, judge?: NonNullable<ShiftReport['summary']['judge']>): DetectorCardReport {
  const card = DETECTOR_CARDS[behaviour];
  const validatedOn = card.validatedOn.map((f) => ({ ...f }));
  const out: DetectorCardReport = {
    version,
    method: card.method,
    how: card.how,
    status: isValidated(validatedOn) ? 'validated' : 'unvalidated',
    validatedOn,
    blindSpots: [...card.blindSpots],
  };
  const agreed = judge?.behaviours[behaviour];
  if (judge && agreed) out.judge = { model: judge.model, judged: agreed.judged, agreement: agreed.agreement };
  return out;
}

/** A suite's own behaviour: its rules or rubric, unvalidated until the user's labels give it figures. */
export function customCardOf(c: CustomBehaviourInfo): DetectorCardReport {
  if (c.method === 'judge') {
    const model = c.judgeModel ?? 'the suite’s judge model';
    return {
      version: c.version,
      method: 'judge',
      how: `${c.description}. Declared by the suite and judged by ${model} (temperature 0) on every output, by the ${c.how}; its quote, or the whole output, is the evidence.`,
      status: 'unvalidated',
      validatedOn: [],
      blindSpots: [
        `Judged by a model and measured on nothing: its verdicts are ${model}'s reading of the rubric; mark outputs right or wrong to see its precision and recall.`,
        'An output the judge could not judge (an unusable answer, a failed call) is left out of this behaviour’s rate.',
        'Judged once the run’s outputs are in: live reports show no verdicts yet.',
      ],
    };
  }
  return {
    version: c.version,
    method: 'rules',
    how: `${c.description}. Declared by the suite: ${c.how}`,
    status: 'unvalidated',
    validatedOn: [],
    blindSpots: ['Declared by the suite and measured on nothing: mark outputs right or wrong to see its precision and recall.', `Only the first ${CUSTOM_MAX_SCAN.toLocaleString('en')} characters of each output are read.`],
  };
}
