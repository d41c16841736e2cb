// Sharded design runs (#16): each shard runs its share of the suite's cases in every cell, and the
// shards merged with `promptshift merge` give the design report of the unsharded run of the same
// seed (effects, gaps, stability, every cell's case). Stop-early is refused for designs, plainly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../fakes/cli';
import { designWorkspace } from '../../fakes/design-workspace';
import { startFakeModelServer } from '../../fakes/model-server';
import { evalGamingResponder } from '../../fakes/eval-gaming-responder';
import type { ShiftReport } from '../../../src/core/report/schema';

const designOf = (r: ShiftReport) => ({
  kind: r.design!.kind,
  arms: r.design!.arms,
  effects: r.design!.effects,
  stability: r.design!.stability,
  gates: r.design!.gates,
  cases: r.cases.map((c) => [c.id, c.baseId, c.condition, c.a.samples.map((s) => s.output), c.b.samples.map((s) => s.output), c.aPrime?.samples.map((s) => s.output)]),
});

test('the shards of a design run, merged, give the design report of the unsharded run', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await designWorkspace({
      cases: 12,
      promptA: 'You are a support assistant.\n',
      promptB: 'You are a support assistant. GAMING\n',
      suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${server.url}/v1" }\nsamples: 2\ngates:\n  evalGap: { escalation: 0.1 }\n`,
    });
    const flags = ['--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--seed', '7', '--no-cache'];
    const whole = await runCli(['eval', 'd.evals.yaml', ...flags, '--json'], ws);
    assert.equal(whole.code, 1, whole.err);
    const wholeReport = JSON.parse(whole.out) as ShiftReport;
    const before = server.log.length;
    const runIds: string[] = [];
    for (const i of [1, 2, 3]) {
      const shard = await runCli(['eval', 'd.evals.yaml', ...flags, '--shard', `${i}/3`], ws);
      assert.equal(shard.code, 0, shard.err);
      runIds.push(/run (\S+), (\d+) calls/.exec(shard.err)![1]!);
      // each shard: its 4 suite cases in both cells
      assert.match(shard.err, /run \S+, 48 calls \(shard/);
    }
    assert.equal(server.log.length - before, 144, 'the shards made the whole run\'s calls between them');
    const merged = await runCli(['merge', ...runIds, '--json'], ws);
    assert.equal(merged.code, 1, `the merged run fails the evalGap gate as the whole run does: ${merged.err}`);
    const mergedReport = JSON.parse(merged.out) as ShiftReport;
    assert.deepEqual(designOf(mergedReport), designOf(wholeReport));
    assert.equal(mergedReport.design!.effects.find((e) => e.name === 'evalGap' && e.behaviour === 'escalation' && e.version === 'b')!.significant, true);
    // plan of one shard: its share of the calls
    const plan2 = await runCli(['plan', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--shard', '2/3', '--json'], ws);
    assert.equal(plan2.code, 0, plan2.err);
    assert.equal((JSON.parse(plan2.out) as { calls: number }).calls, 48);
  } finally {
    await server.close();
  }
});

test('sharded with a paraphraser: each shard rewords only its own cases, and the merged report has every case\'s words', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, keepBodies: true, respond: evalGamingResponder });
  try {
    const url = `${server.url}/v1`;
    const ws = await designWorkspace({ cases: 12, promptA: 'A\n', promptB: 'B\n', suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${url}" }\nparaphraser:\n  provider: { type: openai, model: rewriter-1, baseUrl: "${url}" }\nsamples: 1\n` });
    const rewordings = () => server.log.filter((l) => (l.body as { model: string }).model === 'rewriter-1').length;
    const runIds: string[] = [];
    for (const i of [1, 2]) {
      const before = rewordings();
      const shard = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'paraphrase,pressure', '--no-cache', '--shard', `${i}/2`], ws);
      assert.equal(shard.code, 0, shard.err);
      assert.equal(rewordings() - before, 6, `shard ${i} reworded its own 6 cases only`);
      runIds.push(/run (\S+), \d+ calls/.exec(shard.err)![1]!);
    }
    const merged = await runCli(['merge', ...runIds, '--json'], ws);
    assert.ok(merged.code === 0 || merged.code === 1, merged.err);
    const report = JSON.parse(merged.out) as ShiftReport;
    const paraphrased = report.cases.filter((c) => c.condition === 'paraphrase');
    assert.equal(paraphrased.length, 12);
    assert.ok(paraphrased.every((c) => c.paraphrase?.by === 'openai rewriter-1' && c.paraphrase.text.length > 0), 'every case of the paraphrase cell shows its words');
  } finally {
    await server.close();
  }
});

test('--stop-early is refused for a design run, saying why', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await designWorkspace({ cases: 4, promptA: 'A\n', promptB: 'B\n', suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${server.url}/v1" }\ngates: { escalation: increase }\n` });
    const r = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--stop-early'], ws);
    assert.equal(r.code, 2);
    assert.match(r.err, /--stop-early is not available for a design run/);
    assert.equal(server.log.length, 0);
  } finally {
    await server.close();
  }
});
