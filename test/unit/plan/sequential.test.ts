// The early stop's sequential test: anytime-valid, so looking after every case keeps false alarms at
// α (1,000 simulated runs with no shift), and a large shift is decided long before the plan ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SequentialTest } from '../../../src/core/plan/sequential';
import { seededRandom } from '../../../src/core/shift';

function simulate(rng: () => number, baseRate: number, shift: number, cases: number, samples: number, behaviours = 1) {
  const t = new SequentialTest({ behaviours });
  const draw = (rate: number) => {
    let k = 0;
    for (let i = 0; i < samples; i++) if (rng() < rate) k++;
    return k / samples;
  };
  for (let c = 0; c < cases; c++) {
    const decision = t.add(draw(baseRate + shift) - draw(baseRate));
    if (decision !== 'undecided') return { decision, cases: c + 1 };
  }
  return { decision: 'undecided' as const, cases };
}

test('no shift: at most 5 % of 1,000 simulated runs (200 cases, looked at after every case) flag one', () => {
  const rng = seededRandom(2026);
  for (const baseRate of [0.1, 0.3, 0.5]) {
    let alarms = 0;
    for (let r = 0; r < 1000; r++) if (simulate(rng, baseRate, 0, 200, 2).decision === 'shift') alarms++;
    assert.ok(alarms <= 50, `base rate ${baseRate}: ${alarms} false alarms in 1,000`);
  }
});

test('a large shift is decided within the first half of the cases; a null one often as "no shift that matters"', () => {
  const rng = seededRandom(7);
  let cases = 0;
  for (let r = 0; r < 200; r++) {
    const run = simulate(rng, 0.3, 0.3, 200, 2);
    assert.equal(run.decision, 'shift');
    cases += run.cases;
  }
  assert.ok(cases / 200 < 100, `mean cases to decide: ${cases / 200}`);
  const quiet = simulate(seededRandom(1), 0.05, 0, 400, 3);
  assert.equal(quiet.decision, 'no-shift');
});

test('a shift in the other direction is found too, and α is split across behaviours', () => {
  const down = simulate(seededRandom(3), 0.6, -0.5, 200, 1);
  assert.equal(down.decision, 'shift');
  const t1 = new SequentialTest({ behaviours: 1 });
  const t7 = new SequentialTest({ behaviours: 7 });
  let first1 = 0;
  let first7 = 0;
  for (let i = 1; i <= 200 && (!first1 || !first7); i++) {
    if (t1.add(0.5) === 'shift' && !first1) first1 = i;
    if (t7.add(0.5) === 'shift' && !first7) first7 = i;
  }
  assert.ok(first1 > 0 && first7 > first1, `one behaviour decided after ${first1}, seven after ${first7}`);
});
