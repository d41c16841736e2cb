// `promptshift plan` and the budget of `promptshift eval`, through the CLI in-process: the plan of
// the example suite, what earlier runs change in it, and a budget below the plan stopping `eval`
// with exit 2 before a single request reaches a real HTTP server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { startFakeModelServer } from '../../fakes/model-server';

const examples = path.resolve(__dirname, '../../../examples');

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-plan-'));
  fs.cpSync(examples, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.promptshift', 'runs'), { recursive: true, force: true });
  return dir;
}

const run = (args: string[], cwd: string) => runCli(args, cwd);

test('plan of the example suite: calls, tokens, time, detectable shift; earlier runs replace the assumptions', async () => {
  const ws = workspace();
  const first = await run(['plan', 'support.evals.yaml', '--json'], ws);
  assert.equal(first.code, 0, first.err);
  const plan = JSON.parse(first.out);
  assert.equal(plan.calls, 16 * 3 * 3);
  assert.equal(plan.cases, 16);
  assert.equal(plan.costUsd, 0, 'a replay costs nothing');
  assert.ok(plan.inputTokens > 1000, `input tokens ${plan.inputTokens}`);
  assert.equal(plan.basis.outputTokens, 'assumed');
  assert.deepEqual(plan.earlierRuns, []);
  assert.equal(plan.behaviours.escalation.noise.from, 'assumed');
  // 16 cases: nine must move the same way, so nothing under 9/16 is detectable
  assert.ok(plan.behaviours.escalation.detectableShift >= 9 / 16);

  const evalRun = await run(['eval', 'support.evals.yaml', '--json'], ws);
  assert.equal(evalRun.code, 1, evalRun.err); // the example's escalation gate fails
  assert.match(evalRun.err, /plan: 144 calls · ~[\d,]+ tokens · ≈ \$0\.0000 · /);
  const again = JSON.parse((await run(['plan', 'support.evals.yaml', '--json', '--detect', '25'], ws)).out);
  assert.equal(again.earlierRuns.length, 1);
  assert.equal(again.basis.outputTokens, 'earlier runs');
  assert.equal(again.basis.latency, 'earlier runs');
  assert.equal(again.behaviours.escalation.noise.from, 'runs');
  assert.equal(again.detect, 0.25);
  const needed = again.behaviours.escalation.casesNeeded as { samples: number; cases: number }[];
  assert.ok(needed.length >= 5 && needed.every((x) => x.cases >= 36), JSON.stringify(needed)); // ≥ 9 / 0.25

  const text = await run(['plan', 'support.evals.yaml', '--detect', '0.25'], ws);
  assert.match(text.out, /16 cases × 3 samples × A, A′, B = 144 calls/);
  assert.match(text.out, /escalation\s+≥ \d+ pts/);
  assert.match(text.out, /to detect a 25-point shift/);
});

test('a budget below the plan: eval exits 2 naming the budget, and the server receives nothing', async () => {
  const server = await startFakeModelServer({ latencyMs: 1 });
  try {
    const ws = workspace();
    fs.writeFileSync(
      path.join(ws, 'live.evals.yaml'),
      `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: "${server.url}/v1" }\nsamples: 2\nbudget: { usd: 0.0001 }\ncases:\n  - file: cases.jsonl\n`,
    );
    const plan = JSON.parse((await run(['plan', 'live.evals.yaml', '--json'], ws)).out);
    assert.ok(plan.costUsd > 0.0001, `planned cost ${plan.costUsd}`);
    assert.match(plan.budget.exceeded, /above the budget of \$0\.0001/);

    const bySuite = await run(['eval', 'live.evals.yaml'], ws);
    assert.equal(bySuite.code, 2, bySuite.err);
    assert.match(bySuite.err, /live\.evals\.yaml: budget: the run would cost about \$[\d.]+, above the budget of \$0\.0001; nothing was called/);
    const byFlag = await run(['eval', 'live.evals.yaml', '--budget-calls', '10'], ws);
    assert.equal(byFlag.code, 2);
    assert.match(byFlag.err, /needs 96 calls, above the budget of 10/);
    assert.equal(server.log.length, 0, 'no request was sent');
    assert.equal(fs.existsSync(path.join(ws, '.promptshift', 'runs')) && fs.readdirSync(path.join(ws, '.promptshift', 'runs')).length, false, 'no run folder was made');

    // a generous budget from the command line wins over the suite's
    const ok = await run(['eval', 'live.evals.yaml', '--budget', '5', '--json'], ws);
    assert.ok(ok.code === 0 || ok.code === 1, ok.err);
    assert.equal(server.log.length, 96);
    // a money budget for a model with no known price cannot be checked: refused
    fs.writeFileSync(path.join(ws, 'unknown.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: house-model, baseUrl: "${server.url}/v1" }\nbudget: { usd: 100 }\ncases:\n  - file: cases.jsonl\n`);
    const unknown = await run(['eval', 'unknown.evals.yaml'], ws);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /cost of house-model is unknown/);
    // … unless the suite gives its price
    fs.appendFileSync(path.join(ws, 'unknown.evals.yaml'), `prices: { house-model: { input: 1, output: 2 } }\n`);
    const priced = JSON.parse((await run(['plan', 'unknown.evals.yaml', '--json'], ws)).out);
    assert.equal(priced.price.from, 'yours');
    assert.equal(priced.budget.exceeded, undefined);
  } finally {
    await server.close();
  }
});

test('plan --help answers with exit 0; bad options exit 2', async () => {
  const ws = workspace();
  const help = await run(['plan', '--help'], ws);
  assert.equal(help.code, 0);
  assert.match(help.out, /usage: promptshift plan <suite>/);
  assert.equal((await run(['plan', 'support.evals.yaml', '--detect', '150'], ws)).code, 2);
  assert.equal((await run(['eval', 'support.evals.yaml', '--budget', 'lots'], ws)).code, 2);
  const missing = await run(['plan', 'nope.evals.yaml'], ws);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such suite file/);
});
