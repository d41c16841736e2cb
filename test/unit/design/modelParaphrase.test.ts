// Paraphrase by a configured model (#16): with the suite's `paraphraser:`, each case's input under a
// condition that paraphrases is reworded once per (case, condition) by that model, over real HTTP
// (its own server), and sent in place of the rules' rewording; the report names the model and its
// words on every output of that condition; a resumed run and a cached re-run ask it nothing again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { designWorkspace } from '../../fakes/design-workspace';
import { startFakeModelServer, type FakeModelServer, type Msg } from '../../fakes/model-server';
import { evalGamingResponder } from '../../fakes/eval-gaming-responder';
import type { ShiftReport } from '../../../src/core/report/schema';
import type { RunPlan } from '../../../src/core/plan/planRun';

const lastUser = (messages: readonly Msg[]) => String([...messages].reverse().find((m) => m.role === 'user')?.content ?? '');
/** The paraphrasing model: a recognisable rewording of the message it is given. */
const reword = (messages: readonly Msg[]) => `Reworded: ${lastUser(messages).replace('how do I', 'what is the way to')}`;

const workspace = (evalServer: FakeModelServer, paraphraser: FakeModelServer) =>
  designWorkspace({
    cases: 12,
    promptA: 'You are a support assistant.\n',
    promptB: 'You are a kind support assistant.\n',
    suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${evalServer.url}/v1" }\nparaphraser:\n  provider: { type: openai, model: rewriter-1, baseUrl: "${paraphraser.url}/v1" }\nsamples: 2\n`,
  });

const ARGS = ['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'paraphrase,pressure'];

test('the paraphraser rewords each case once per condition over HTTP; the cells send its words and the report shows them', async () => {
  const evalServer = await startFakeModelServer({ latencyMs: 1, keepBodies: true, respond: evalGamingResponder });
  const paraphraser = await startFakeModelServer({ latencyMs: 1, keepBodies: true, host: '127.0.0.3', respond: reword });
  try {
    const ws = await workspace(evalServer, paraphraser);
    const plan = await runCli(['plan', ...ARGS.slice(1), '--json'], ws);
    assert.equal(plan.code, 0, plan.err);
    assert.deepEqual((JSON.parse(plan.out) as RunPlan).design!.paraphrase, { provider: 'openai', model: 'rewriter-1', calls: 12 });
    const r = await runCli([...ARGS, '--json'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    // once per case for the one condition that paraphrases (A and B have the same input)
    assert.equal(paraphraser.log.length, 12);
    assert.ok(paraphraser.log.every((l) => (l.body as { model: string; temperature: number }).model === 'rewriter-1' && (l.body as { temperature: number }).temperature === 0));
    assert.deepEqual(new Set(paraphraser.log.map((l) => l.callId)).size, 12, 'one call per case, none repeated');
    // the eval calls of the paraphrase cell carry the model's words, the pressure cell's the input as written
    const userOf = (l: FakeModelServer['log'][number]) => lastUser((l.body as { messages: Msg[] }).messages);
    const sent = evalServer.log.map(userOf);
    assert.equal(sent.filter((u) => u.startsWith('Reworded: Question ') && u.includes('what is the way to reset')).length, 12 * 2 * 3, 'every paraphrase-cell call sent the reworded input');
    assert.equal(sent.filter((u) => u.startsWith('Question ') && u.includes('running out of patience')).length, 12 * 2 * 3);
    assert.equal(evalServer.log.length, 12 * 2 * 2 * 3);
    const report = JSON.parse(r.out) as ShiftReport;
    const row = report.cases.find((c) => c.baseId === 'c3' && c.condition === 'paraphrase')!;
    assert.deepEqual(row.paraphrase, { by: 'openai rewriter-1', text: 'Reworded: Question 3: what is the way to reset my password?' });
    assert.equal(report.cases.find((c) => c.baseId === 'c3' && c.condition === 'pressure')!.paraphrase, undefined);
    // a second run with the cache asks the paraphraser nothing (and the eval calls come from the cache too)
    const again = await runCli([...ARGS, '--cache', '--json'], ws);
    assert.ok(again.code === 0 || again.code === 1, again.err);
    assert.equal(paraphraser.log.length, 12, 'the paraphrases came from the cache');
    assert.equal((JSON.parse(again.out) as ShiftReport).cases.find((c) => c.baseId === 'c3' && c.condition === 'paraphrase')!.paraphrase?.text, row.paraphrase!.text);
  } finally {
    await evalServer.close();
    await paraphraser.close();
  }
});

test('a paraphrased design run, cancelled and resumed, asks the paraphraser nothing again and sends the same words', async () => {
  const evalServer = await startFakeModelServer({ latencyMs: 20, keepBodies: true, respond: evalGamingResponder });
  const paraphraser = await startFakeModelServer({ latencyMs: 1, host: '127.0.0.3', respond: reword });
  try {
    const ws = await workspace(evalServer, paraphraser);
    const stop = new AbortController();
    const timer = setInterval(() => {
      if (evalServer.log.length >= 30) stop.abort();
    }, 5);
    const first = await runCli([...ARGS, '--no-cache', '--concurrency', '4'], ws, { signal: stop.signal });
    clearInterval(timer);
    assert.equal(first.code, 3, first.err);
    const runId = /run (\S+), \d+ calls/.exec(first.err)?.[1];
    assert.ok(runId, first.err);
    assert.equal(paraphraser.log.length, 12);
    const resumed = await runCli(['eval', '--resume', runId!, '--no-cache', '--json'], ws);
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.err);
    assert.equal(paraphraser.log.length, 12, 'the resume used the words kept in run.json');
    assert.equal(evalServer.countsByCallId().size, 144, 'every call of the design was made');
    const reworded = evalServer.log.map((l) => lastUser((l.body as { messages: Msg[] }).messages)).filter((u) => u.startsWith('Reworded: '));
    assert.ok(reworded.length >= 72, 'the resumed paraphrase-cell calls sent the reworded words');
    const report = JSON.parse(resumed.out) as ShiftReport;
    assert.equal(report.cases.filter((c) => c.paraphrase?.by === 'openai rewriter-1').length, 12);
  } finally {
    await evalServer.close();
    await paraphraser.close();
  }
});

test('a paraphraser that fails stops the run before any eval call (exit 3), with the reason', async () => {
  const evalServer = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  const paraphraser = await startFakeModelServer({ latencyMs: 1, host: '127.0.0.3', faultFor: () => ({ kind: 'status', status: 400, body: '{"error":{"message":"bad request"}}' }) });
  try {
    const ws = await workspace(evalServer, paraphraser);
    const r = await runCli([...ARGS, '--no-cache'], ws);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /paraphraser: paraphrase of case 'c\d+' \(condition paraphrase\) by openai rewriter-1 failed/);
    assert.equal(evalServer.log.length, 0, 'no eval call was made');
    const runs = path.join(ws, '.promptshift', 'runs');
    assert.equal(fs.existsSync(runs) ? fs.readdirSync(runs).length : 0, 0, 'no run folder was left');
    // without a condition that paraphrases, the paraphraser is not asked (counted once the
    // requests in flight when the first failure stopped the others have reached the server)
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = paraphraser.log.length;
    assert.ok(before <= 8, `at most one request per worker (${before})`);
    assert.ok(before >= 1);
    const plain = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--no-cache'], ws);
    assert.ok(plain.code === 0 || plain.code === 1, plain.err);
    assert.equal(paraphraser.log.length, before);
    assert.equal(evalServer.log.length, 12 * 2 * 2 * 3);
  } finally {
    await evalServer.close();
    await paraphraser.close();
  }
});
