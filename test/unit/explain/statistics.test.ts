import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeBehaviour, type CaseArms } from '../../../src/core/explain/statistics';
import { seededRandom, type Random, type Tally } from '../../../src/core/shift';

function draw(random: Random, p: number, n: number): Tally {
  let count = 0;
  for (let s = 0; s < n; s++) if (random() < p) count++;
  return { count, n };
}

const clamp = (p: number) => Math.min(1, Math.max(0, p));

/**
 * One simulated explain run: each case has its own propensity; hunk i adds effects[i] to it
 * (additively, so the hunks do not interact). Returns every arm's fresh draws.
 */
function simulate(random: Random, effects: number[], cases: number, samples: number, spread = 0.3, base = 0.4): CaseArms[] {
  const out: CaseArms[] = [];
  const total = effects.reduce((s, e) => s + e, 0);
  for (let c = 0; c < cases; c++) {
    const p = clamp(base + spread * (random() * 2 - 1));
    const pairs = new Map<string, { plus: Tally; minus: Tally }>();
    for (let i = 0; i < effects.length; i++) {
      for (let j = i + 1; j < effects.length; j++) {
        pairs.set(`${i},${j}`, { plus: draw(random, clamp(p + effects[i]! + effects[j]!), samples), minus: draw(random, clamp(p + total - effects[i]! - effects[j]!), samples) });
      }
    }
    out.push({
      aPrime: draw(random, p, samples),
      bPrime: draw(random, clamp(p + total), samples),
      plus: effects.map((e) => draw(random, clamp(p + e), samples)),
      minus: effects.map((e) => draw(random, clamp(p + total - e), samples)),
      pairs,
    });
  }
  return out;
}

test('simulation: with hunks that have no effect, at most 5 % of 1,000 attributions flag any hunk', () => {
  const random = seededRandom(20261130);
  let flagged = 0;
  let interactions = 0;
  let nonAdditive = 0;
  for (let run = 0; run < 1000; run++) {
    const result = attributeBehaviour(simulate(random, [0, 0, 0], 20, 3), 3, { resamples: 200, seedKey: `run${run}` });
    if (result.effects.some((e) => e.significant)) flagged++;
    if (result.pairs.some((p) => p.interaction.significant)) interactions++;
    if (result.interaction) nonAdditive++;
  }
  assert.ok(nonAdditive <= 50, `${nonAdditive} of 1000 null attributions said the effects do not add up`);
  assert.ok(flagged <= 50, `${flagged} of 1000 null attributions flagged a hunk`);
  assert.ok(interactions <= 50, `${interactions} of 1000 null attributions flagged a pair interaction`);
  // the test is not vacuous: it does flag now and then
  assert.ok(flagged > 0);
});

test('simulation: beside a hunk with a real effect, the null hunks stay unflagged; the real one is found', () => {
  const random = seededRandom(7);
  let nullFlagged = 0;
  let found = 0;
  for (let run = 0; run < 1000; run++) {
    const result = attributeBehaviour(simulate(random, [-0.4, 0, 0], 20, 3), 3, { resamples: 200, seedKey: `run${run}` });
    if (result.effects[1]!.significant || result.effects[2]!.significant) nullFlagged++;
    if (result.effects[0]!.significant && result.effects[0]!.effect < 0) found++;
  }
  assert.ok(nullFlagged <= 50, `${nullFlagged} of 1000 attributions flagged a hunk with no effect`);
  assert.ok(found >= 900, `the real effect was found in only ${found} of 1000`);
});

test('effects from both directions, intervals, shares and additivity on a clean case', () => {
  const random = seededRandom(3);
  const result = attributeBehaviour(simulate(random, [-0.5, 0.3, 0], 30, 4, 0.1, 0.55), 3, { seedKey: 'x' });
  const [h1, h2, h3] = result.effects;
  assert.ok(h1!.effect < -0.35 && h1!.ci95[0] <= h1!.effect && h1!.effect <= h1!.ci95[1]);
  assert.ok(h1!.fromA.effect < -0.3 && h1!.fromB.effect < -0.3);
  assert.ok(h2!.effect > 0.15 && h2!.significant);
  assert.equal(h3!.significant, false);
  assert.ok(Math.abs(result.shift.effect - -0.2) < 0.15);
  assert.ok(h1!.share !== null && h1!.share > 1); // the shift is the net of two opposite edits
  assert.equal(result.interaction, false);
  assert.equal(result.pairs.length, 3);
  assert.ok(Math.abs(result.pairs.find((p) => p.hunks.join() === '0,1')!.effect - -0.2) < 0.2);
});

test('an interaction (each edit alone does nothing, both together do) is reported', () => {
  const random = seededRandom(11);
  const cases: CaseArms[] = [];
  for (let c = 0; c < 30; c++) {
    // two hunks: only both together (B) show the behaviour
    cases.push({
      aPrime: draw(random, 0.05, 4),
      bPrime: draw(random, 0.9, 4),
      plus: [draw(random, 0.05, 4), draw(random, 0.05, 4)],
      minus: [draw(random, 0.05, 4), draw(random, 0.05, 4)],
      pairs: new Map([['0,1', { plus: draw(random, 0.9, 4), minus: draw(random, 0.05, 4) }]]),
    });
  }
  const result = attributeBehaviour(cases, 2, { seedKey: 'i' });
  assert.equal(result.interaction, true);
  // from A each edit alone does nothing: the whole shift is left over; from B each alone undoes it all
  assert.ok(result.residual.fromA.effect > 0.6);
  assert.ok(result.residual.fromB.effect < -0.6);
  assert.equal(result.pairs[0]!.interaction.significant, true);
});

test('cases with no output in an arm are left out of that hunk only', () => {
  const t = (count: number, n = 2): Tally => ({ count, n });
  const cases: CaseArms[] = [
    { aPrime: t(0), bPrime: t(2), plus: [t(2), t(0, 0)], minus: [t(0), t(2)] },
    { aPrime: t(0), bPrime: t(2), plus: [t(2), t(0)], minus: [t(0), t(2)] },
  ];
  const result = attributeBehaviour(cases, 2);
  assert.equal(result.effects[0]!.cases, 2);
  assert.equal(result.effects[1]!.cases, 1);
  assert.equal(result.effects[0]!.effect, 1);
  assert.equal(result.effects[1]!.effect, 0);
});
