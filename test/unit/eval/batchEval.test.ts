// `eval --batch` end to end through the CLI: the example suite against 127.0.0.1 servers speaking
// OpenAI's Batch API and Anthropic's Message Batches gives the same report as the synchronous run
// on the same outputs (the fakes share one answer function), costs the batch price, and a
// cancelled batch run is finished by `eval --resume` without submitting anything again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { runPairedEval } from '../../../src/core/eval/pairedEval';
import { startFakeBatchServer, type FakeBatchServer } from '../../fakes/batch-server';
import { instructionFollowingAnswer, startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';

const examples = path.resolve(__dirname, '../../../examples');
const ENV = { OPENAI_API_KEY: 'sk-batch-test', ANTHROPIC_API_KEY: 'sk-ant-batch-test' };

function workspace(provider: string, extra = ''): { ws: string; suite: string } {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-batch-'));
  fs.cpSync(examples, ws, { recursive: true });
  fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
  const suite = path.join(ws, 'live.evals.yaml');
  fs.writeFileSync(suite, `prompt: prompts/support.prompt.md\nprovider: ${provider}\nsamples: 2\nbaseline: true\ngates:\n  escalation: decrease\n${extra}cases:\n  - file: cases.jsonl\n`);
  return { ws, suite };
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: { ...ENV, PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' }, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  const code = await main(args, io);
  return { code, out, err };
}

/** What a report says about the outputs, without its run id, times, or usage (the batch run's cost is half). */
function comparable(report: Record<string, unknown>): unknown {
  const { runId: _r, createdAt: _c, usage: _u, run: _run, ...rest } = report;
  return JSON.parse(JSON.stringify(rest), (key, value) => (['latencyMs', 'finishedAt', 'reportPath'].includes(key) ? undefined : value));
}

let sync: FakeModelServer;
let batch: FakeBatchServer;
before(async () => {
  sync = await startFakeModelServer({ respond: instructionFollowingAnswer });
  batch = await startFakeBatchServer({ respond: instructionFollowingAnswer, pollsToEnd: 2 });
});
after(async () => {
  await sync.close();
  await batch.close();
});

for (const type of ['openai', 'anthropic'] as const) {
  test(`${type}: eval --batch gives the synchronous run's report at the batch price`, async () => {
    const base = (url: string) => (type === 'openai' ? `${url}/v1` : url);
    const model = type === 'openai' ? 'gpt-4o-mini' : 'claude-3-5-haiku-latest';
    const s = workspace(`{ type: ${type}, model: ${model}, baseUrl: "${base(sync.url)}", temperature: 0.7 }`);
    const b = workspace(`{ type: ${type}, model: ${model}, baseUrl: "${base(batch.url)}", temperature: 0.7 }`);
    const syncRun = await run(['eval', s.suite, '--json', '--a', '@v1-handoffs'], s.ws);
    const batchRun = await run(['eval', b.suite, '--json', '--a', '@v1-handoffs', '--batch'], b.ws);
    assert.equal(batchRun.code, syncRun.code, batchRun.err);
    assert.match(batchRun.err, /at the batch price/);
    const sr = JSON.parse(syncRun.out);
    const br = JSON.parse(batchRun.out);
    assert.deepEqual(comparable(br), comparable(sr));
    assert.ok(br.usage.costUsd > 0 && Math.abs(br.usage.costUsd - sr.usage.costUsd / 2) < 1e-9, `${br.usage.costUsd} vs ${sr.usage.costUsd}`);
    // the run folder keeps its batches: each submitted and collected
    const runDir = path.join(b.ws, '.promptshift', 'runs', br.runId);
    const ledger = fs.readFileSync(path.join(runDir, 'batches.jsonl'), 'utf8');
    assert.match(ledger, /"event":"submitted"/);
    assert.match(ledger, /"event":"collected"/);
  });
}

test("the suite's batch: true runs a batch run; --batch with an unbatchable provider is exit 2 before any call", async () => {
  const before = batch.batches.length;
  const { ws, suite } = workspace(`{ type: openai, model: gpt-4o-mini, baseUrl: "${batch.url}/v1" }`, 'batch: true\n');
  const r = await run(['eval', suite, '--json', '--a', '@v1-handoffs'], ws);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  assert.equal(batch.batches.length, before + 1);
  const o = workspace(`{ type: ollama, model: llama3, baseUrl: "${sync.url}" }`);
  const calls = sync.log.length;
  const refused = await run(['eval', o.suite, '--batch', '--a', '@v1-handoffs'], o.ws);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /live\.evals\.yaml: --batch: provider\.type: 'ollama' has no batch API/);
  assert.equal(sync.log.length, calls);
});

test('a batch run cancelled while waiting is finished by eval --resume: no batch submitted again', async () => {
  const held = await startFakeBatchServer({ hold: true, respond: instructionFollowingAnswer });
  try {
    const { ws, suite } = workspace(`{ type: openai, model: gpt-4o-mini, baseUrl: "${held.url}/v1" }`);
    const controller = new AbortController();
    const result = await runPairedEval({
      suitePath: suite, a: '@v1-handoffs', batch: true, batchPollMs: 10, signal: controller.signal,
      credentials: async () => ({ apiKey: 'sk-x', notes: [] }),
      onProgress: (p) => {
        if (p.batch?.open) controller.abort();
      },
    });
    assert.equal(result.run.status, 'cancelled');
    assert.match(result.run.message ?? '', /still at the provider/);
    held.release();
    const resumed = await run(['eval', '--resume', result.runId, '--json'], ws);
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.err);
    assert.equal(held.batches.length, 1);
    assert.equal(JSON.parse(resumed.out).summary.cases, 16);
    for (const [, n] of held.submissions) assert.equal(n, 1);
  } finally {
    await held.close();
  }
});
