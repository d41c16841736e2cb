import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planCalls, planCompact, type PlannedCall } from '../../../src/core/run/plan';
import { fixturePlan, fixturePlanOptions, SHA_A, SHA_B } from '../../fakes/plan-fixture';

test('cases × {A, A′, B} × samples, each call once, with its version and draw', () => {
  const plan = fixturePlan(10, 3);
  assert.equal(plan.length, 90);
  assert.equal(new Set(plan.map((c) => c.id)).size, 90);
  for (const version of ['a', 'aPrime', 'b'] as const) {
    const mine = plan.filter((c) => c.request.call.version === version);
    assert.equal(mine.length, 30);
    assert.deepEqual(new Set(mine.map((c) => `${c.request.call.caseId}/${c.request.call.sample}`)).size, 30);
  }
  const aPrime = plan.find((c) => c.request.call.version === 'aPrime' && c.request.call.sample === 1)!;
  assert.equal(aPrime.request.call.draw, 4);
  assert.equal(aPrime.request.call.promptSha256, SHA_A);
  assert.match(aPrime.request.messages[0]!.content, /Version A/);
  const b = plan.find((c) => c.request.call.version === 'b')!;
  assert.equal(b.request.call.promptSha256, SHA_B);
  assert.match(b.request.messages[0]!.content, /Version B/);
  assert.equal(b.request.temperature, 0.7);
  assert.equal(fixturePlan(10, 3, { baseline: false }).length, 60);
});

test('same seed, same order; another seed, another order', () => {
  const ids = (seed: number) => fixturePlan(20, 2, { seed }).map((c) => c.id);
  assert.deepEqual(ids(5), ids(5));
  assert.notDeepEqual(ids(5), ids(6));
});

test('versions are interleaved over time, not run one after the other', () => {
  const plan = fixturePlan(30, 3);
  // every tenth of the run holds all three versions in similar numbers
  const tenth = plan.length / 10;
  for (let i = 0; i < 10; i++) {
    const slice = plan.slice(i * tenth, (i + 1) * tenth);
    for (const v of ['a', 'aPrime', 'b']) {
      const n = slice.filter((c) => c.request.call.version === v).length;
      assert.equal(n, tenth / 3, `slice ${i} has ${n} calls of ${v}`);
    }
  }
  // and cases are not in their input order
  const firstCases = plan.slice(0, 9).map((c) => c.request.call.caseId);
  assert.notDeepEqual(firstCases, ['case-0', 'case-0', 'case-0', 'case-0', 'case-0', 'case-0', 'case-0', 'case-0', 'case-0']);
});

test('duplicate case ids and bad sample counts are refused', () => {
  const base = { versions: { a: { promptSha256: SHA_A }, b: { promptSha256: SHA_B } }, baseline: true, seed: 1, params: { model: 'm' } };
  const c = { id: 'x', a: [], b: [] };
  assert.throws(() => planCalls({ ...base, cases: [c, c], samples: 1 }), /case id "x" appears twice/);
  assert.throws(() => planCalls({ ...base, cases: [c], samples: 0 }), /samples must be/);
});

test('the order of a seed is the one earlier versions planned (pinned): a compact plan changed nothing', () => {
  const first = (plan: readonly PlannedCall[], n: number) => plan.slice(0, n).map((c) => `${c.request.call.caseId}/${c.request.call.version}/${c.request.call.sample}`);
  // recorded with planCalls as it was before the compact plan (f61dcbc)
  assert.deepEqual(first(fixturePlan(7, 2, { seed: 3 }), 6), ['case-4/a/0', 'case-4/b/0', 'case-4/aPrime/0', 'case-5/aPrime/1', 'case-5/a/1', 'case-5/b/1']);
  assert.deepEqual(first(planCalls({ ...fixturePlanOptions(6, 2, { seed: 11 }), order: 'byCase' }), 8), ['case-0/b/1', 'case-0/aPrime/1', 'case-0/aPrime/0', 'case-0/b/0', 'case-0/a/0', 'case-0/a/1', 'case-5/a/0', 'case-5/a/1']);
  assert.equal(fixturePlan(7, 2, { seed: 3 })[0]!.id, 'd14ef0d00962ff9747512c3b');
});

test('a compact plan builds, at each position, the call planCalls holds there; each call afresh', () => {
  for (const options of [fixturePlanOptions(9, 2, { seed: 4 }), fixturePlanOptions(5, 3, { seed: 8, baseline: false }), { ...fixturePlanOptions(4, 2, { seed: 2 }), order: 'byCase' as const }]) {
    const whole = planCalls(options);
    const compact = planCompact(options);
    assert.equal(compact.length, whole.length);
    for (let i = 0; i < whole.length; i++) assert.deepEqual(compact.at(i), whole[i], `position ${i}`);
    assert.deepEqual([...compact], whole);
    // built when asked: two asks give two objects (nothing is kept per call)
    assert.notEqual(compact.at(0), compact.at(0));
    assert.equal(compact.at(whole.length), undefined);
    assert.equal(compact.at(-1), undefined);
  }
});
