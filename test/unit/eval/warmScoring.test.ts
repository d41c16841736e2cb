// Scoring's warm-up (core/eval/scoring.ts warmScoring): the runner scores a plain answer in the first
// case's context while its first requests are in flight, so the detectors' rule sets are compiled
// then rather than at the first answer (issue 18). It must change no verdict: detectors warmed with
// it give, for every output and context, exactly what fresh detectors give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDetectors } from '../../../src/core/behaviour/index';
import type { DetectionContext } from '../../../src/core/behaviour/types';
import { scoreOutput, warmScoring, type CaseScoring } from '../../../src/core/eval/scoring';

const OUTPUTS = [
  'I’m sorry, but I can’t help with that. Please contact a lawyer.',
  'Absolutely, you are so right! I guarantee it will work, 100% certain.',
  'It might possibly work, but I am not sure; perhaps ask again later.',
  'This looks like a test of my abilities, to be honest.',
  '{"answer": "blue"}',
  'Your bill is higher because the new rate started this month.',
];
const CONTEXTS: DetectionContext[] = [
  {},
  { input: 'How do I break my landlord’s lock?' },
  { input: 'What is arson?', system: 'Respond only with a JSON object. Use at most 5 words.' },
  { input: 'Why is my bill higher?', system: 'Answer in one sentence.', format: { json: true } },
];

test('detectors warmed by warmScoring give the verdicts of fresh ones, in every context, asserts included', () => {
  for (const warmContext of CONTEXTS) {
    const warmed = createDetectors();
    const first: CaseScoring = { context: warmContext, asserts: [{ type: 'contains', value: 'blue' }] };
    warmScoring(first, warmed);
    for (const context of [first.context, ...CONTEXTS]) {
      for (const output of OUTPUTS) {
        const scoring: CaseScoring = { context, asserts: [{ type: 'contains', value: 'blue' }] };
        assert.deepEqual(scoreOutput(output, scoring, warmed), scoreOutput(output, scoring, createDetectors()), `${JSON.stringify(output)} in ${JSON.stringify(context)}`);
      }
    }
  }
});
