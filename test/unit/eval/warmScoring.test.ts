// Scoring's warm-up (core/eval/scoring.ts warmUp): the runner scores a plain answer in the first
// case's context while its first requests are in flight, so the detectors' rule sets are compiled
// then rather than at the first answer (issue 18). It must change no verdict: detectors warmed with
// it give, for every output and context, exactly what fresh detectors give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDetectors, detectAll } from '../../../src/core/behaviour/index';
import { BEHAVIOURS, type Behaviour, type DetectionContext, type Detector } from '../../../src/core/behaviour/types';
import { scorerFor } from '../../../src/core/eval/pairedEval';
import { RuleSet } from '../../../src/core/behaviour/match';
import { scoreOutput, warmUp, WARM_UP_ANSWER, type CaseScoring } from '../../../src/core/eval/scoring';

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

test('detectors warmed by warmUp give the verdicts of fresh ones, in every context, asserts included', () => {
  for (const warmContext of CONTEXTS) {
    const warmed = createDetectors();
    const first: CaseScoring = { context: warmContext, asserts: [{ type: 'contains', value: 'blue' }] };
    for (const step of warmUp(first, warmed)) void step;
    for (const context of [first.context, ...CONTEXTS]) {
      for (const output of OUTPUTS) {
        const scoring: CaseScoring = { context, asserts: [{ type: 'contains', value: 'blue' }] };
        assert.deepEqual(scoreOutput(output, scoring, warmed), scoreOutput(output, scoring, createDetectors()), `${JSON.stringify(output)} in ${JSON.stringify(context)}`);
      }
    }
  }
});

test('the warm-up compiles one rule set a step, and leaves none that a plain answer reaches cold', () => {
  const detectors = createDetectors();
  let probes = 0;
  // a text of the test's own for each count: the detectors' memory of a probe must not answer a later one
  const cold = () => RuleSet.reachedBy(() => detectAll(`${WARM_UP_ANSWER} (probe ${probes++})`, { input: `Why is my bill higher? (probe ${probes})` }, detectors)).length;
  const steps = warmUp({ context: { input: 'Why is my bill higher?' } }, detectors);
  let left = cold();
  assert.ok(left >= 10, `a plain answer reaches ${left} rule sets`);
  const compiledPerStep: number[] = [];
  while (!steps.next().done) {
    const now = cold();
    compiledPerStep.push(left - now);
    left = now;
  }
  assert.equal(left, 0);
  // the last steps (the plain answer through each detector, then the suite's own behaviours) compile
  // what only real matches reach: a probe's rule sets match nothing, so it cannot see those
  const bySets = compiledPerStep.slice(0, -(BEHAVIOURS.length + 1));
  assert.ok(bySets.length >= 10 && bySets.every((n) => n <= 1), `rule sets compiled per step: ${compiledPerStep.join(',')}`);
  assert.ok(compiledPerStep.slice(bySets.length).reduce((a, b) => a + b, 0) <= 5, `rule sets compiled per step: ${compiledPerStep.join(',')}`);
});

test('the run’s warm-up takes one step per event-loop turn, so answers that arrive meanwhile are handled between, and stops when told', async () => {
  const real = createDetectors();
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const turns: number[] = [];
  /** Detectors noting the turn of each warm-up; `onWarm` is called after each. */
  const watched = (onWarm: () => void) =>
    Object.fromEntries(
      BEHAVIOURS.map((b): [Behaviour, Detector] => [
        b,
        {
          behaviour: b,
          detect: (output, context) => {
            if (output === WARM_UP_ANSWER) {
              turns.push(turn);
              onWarm();
            }
            return real[b].detect(output, context);
          },
        },
      ]),
    ) as Record<Behaviour, Detector>;
  const spec = { cases: [{ id: 'c1', context: { input: 'Why is my bill higher?' } }] } as unknown as Parameters<typeof scorerFor>[0];
  const settle = () => new Promise((r) => setTimeout(r, 200));
  try {
    // all the way (until it says it is ready): every behaviour once, each in a turn of its own
    await new Promise<void>((ready) => scorerFor(spec, watched(() => {})).warm(ready));
    assert.equal(turns.length, BEHAVIOURS.length);
    for (let i = 1; i < turns.length; i++) assert.ok(turns[i]! > turns[i - 1]!, `step ${i} ran in a later turn than step ${i - 1}: ${turns.join(',')}`);

    // stopped during the plain answer's second step: it says it is ready then, and nothing more runs
    // (its steps come after the probe's and the rule sets', in later turns than warm(), so `stop` is set by then)
    turns.length = 0;
    let stop: () => void = () => assert.fail('a plain-answer step ran within warm()');
    await new Promise<void>((ready) => (stop = scorerFor(spec, watched(() => turns.length === 2 && stop())).warm(ready)));
    await settle();
    assert.equal(turns.length, 2, `steps after the stop: ${turns.length - 2}`);
  } finally {
    ticking = false;
  }
});
