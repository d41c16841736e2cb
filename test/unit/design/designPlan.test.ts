// Plans of design runs (#16): `promptshift plan` with the design flags counts exactly the calls
// `eval` with the same flags makes (one prompt under two models makes no B calls), and prices each
// model at its own price.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../fakes/cli';
import { designWorkspace } from '../../fakes/design-workspace';
import { startFakeModelServer } from '../../fakes/model-server';
import { evalGamingResponder } from '../../fakes/eval-gaming-responder';
import type { RunPlan } from '../../../src/core/plan/planRun';

/** 7 cases; model 2 costs ten times model 1 */
const workspace = (url: string) =>
  designWorkspace({
    cases: 7,
    promptA: 'You are a support assistant.\n',
    promptB: 'You are a kind support assistant.\n',
    suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${url}/v1" }\nsamples: 3\nprices: { fake-model-1: { input: 1, output: 1 }, fake-model-2: { input: 10, output: 10 } }\n`,
  });

const DESIGNS: Array<{ flags: string[]; calls: number }> = [
  { flags: ['--design', 'models', '--model-b', 'fake-model-2'], calls: 7 * 2 * 3 * 2 }, // one prompt: A, A′ per model
  { flags: ['--a', '@v1', '--b', 'working', '--design', 'factorial', '--model-b', 'fake-model-2'], calls: 7 * 2 * 3 * 3 },
  { flags: ['--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved,pressure'], calls: 7 * 3 * 3 * 3 },
  { flags: ['--design', 'models', '--model-b', 'fake-model-2', '--samples', '1'], calls: 7 * 2 * 1 * 2 },
];

test('plan with the design flags counts exactly the calls the run makes', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url);
    for (const { flags, calls } of DESIGNS) {
      const planned = await runCli(['plan', 'd.evals.yaml', ...flags, '--json'], ws);
      assert.equal(planned.code, 0, planned.err);
      const plan = JSON.parse(planned.out) as RunPlan;
      const before = server.log.length;
      const run = await runCli(['eval', 'd.evals.yaml', ...flags, '--no-cache', '--json'], ws);
      assert.ok(run.code === 0 || run.code === 1, run.err);
      const made = server.log.length - before;
      assert.equal(made, calls, `${flags.join(' ')}: the run made ${made} calls`);
      assert.equal(plan.calls, made, `${flags.join(' ')}: the plan says ${plan.calls} calls, the run made ${made}`);
      assert.equal(plan.design!.models.reduce((s, m) => s + m.calls, 0), made);
      // eval's own plan line (the one VS Code confirms) says the same
      assert.match(run.err, new RegExp(`plan: ${made} calls`));
    }
  } finally {
    await server.close();
  }
});

test("a models plan prices each model at its own price and says so in words", async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url);
    const planned = await runCli(['plan', 'd.evals.yaml', '--design', 'models', '--model-b', 'fake-model-2', '--json'], ws);
    const plan = JSON.parse(planned.out) as RunPlan;
    const [x, y] = plan.design!.models;
    assert.deepEqual([x!.model, y!.model], ['fake-model-1', 'fake-model-2']);
    assert.equal(x!.calls, y!.calls);
    assert.ok(Math.abs(y!.costUsd! / x!.costUsd! - 10) < 1e-9, 'model 2 at its own (ten times) price');
    assert.ok(Math.abs(plan.costUsd! - (x!.costUsd! + y!.costUsd!)) < 1e-12);
    const text = await runCli(['plan', 'd.evals.yaml', '--design', 'models', '--model-b', 'fake-model-2'], ws);
    assert.match(text.out, /7 cases × 2 cells \(models\) × 3 samples × A, A′ = 84 calls/);
    assert.match(text.out, /openai fake-model-1: 42 calls, ≈ \$[\d.]+ · openai fake-model-2: 42 calls/);
    // a model without a price leaves the whole cost unknown, naming it
    const unknown = await runCli(['plan', 'd.evals.yaml', '--design', 'models', '--model-b', 'house-model'], ws);
    assert.match(unknown.out, /cost: +unknown: no price for house-model/);
    assert.equal(server.log.length, 0, 'plan calls no model');
  } finally {
    await server.close();
  }
});
