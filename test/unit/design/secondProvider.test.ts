// A second model on another provider (#16): the suite's model X on an OpenAI-compatible server and
// model Y on an Anthropic server (two real HTTP servers on two loopback hosts, each speaking its own
// wire format). The model comparison finds the model effect; each provider's key goes to its own
// server only; the cache keys differ by provider and server; a cancelled run resumes without
// repeating a call on either server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { designWorkspace } from '../../fakes/design-workspace';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { ANSWER, ESCALATE } from '../../fakes/eval-gaming-responder';
import type { ShiftReport } from '../../../src/core/report/schema';

const OPENAI_KEY = 'sk-openai-test-key-0001';
const ANTHROPIC_KEY = 'sk-ant-test-key-0002';

/** Model X answers plainly; model Y (claude-fake) escalates: a model effect of +1 on escalation. */
async function servers(latencyMs = 1): Promise<{ x: FakeModelServer; y: FakeModelServer }> {
  const x = await startFakeModelServer({ latencyMs, keepBodies: true, respond: () => ANSWER });
  const y = await startFakeModelServer({ latencyMs, keepBodies: true, host: '127.0.0.2', respond: (_m, _c, model) => (model === 'claude-fake' ? ESCALATE : ANSWER) });
  return { x, y };
}

const workspace = (x: FakeModelServer, y: FakeModelServer, block = `providerB: { type: anthropic, model: claude-older, baseUrl: "${y.url}" }\n`) =>
  designWorkspace({ cases: 12, promptA: 'You are a support assistant.\n', suite: `provider: { type: openai, model: fake-model-1, baseUrl: "${x.url}/v1" }\n${block}samples: 2\n` });

const env = (x: FakeModelServer, y: FakeModelServer) => ({ OPENAI_API_KEY: OPENAI_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY, PROMPTSHIFT_ALLOW_HOSTS: `${new URL(x.url).host},${new URL(y.url).host}` });
const header = (h: Record<string, string | string[] | undefined>, name: string) => String(h[name] ?? '');

test('--provider-b anthropic:MODEL beside an OpenAI suite: each model on its own server, the model effect found, each key to its own server only', async () => {
  const { x, y } = await servers();
  try {
    // the suite's providerB: names the server (and an older model, which --provider-b replaces)
    const ws = await workspace(x, y);
    const r = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic:claude-fake', '--no-cache', '--json'], ws, { env: env(x, y) });
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out) as ShiftReport;
    // 12 cases × 2 samples × (A, A′) per model, each model's calls on its own server in its own format
    assert.equal(x.log.length, 48);
    assert.equal(y.log.length, 48);
    assert.ok(x.log.every((l) => l.format === 'openai' && (l.body as { model: string }).model === 'fake-model-1'));
    assert.ok(y.log.every((l) => l.format === 'anthropic' && (l.body as { model: string }).model === 'claude-fake'));
    // keys: the OpenAI key to the OpenAI server only, the Anthropic key to the Anthropic server only
    assert.ok(x.log.every((l) => header(l.headers, 'authorization') === `Bearer ${OPENAI_KEY}` && !header(l.headers, 'x-api-key')));
    assert.ok(y.log.every((l) => header(l.headers, 'x-api-key') === ANTHROPIC_KEY && !header(l.headers, 'authorization')));
    const everything = JSON.stringify([...x.log, ...y.log].map((l) => l.headers));
    assert.equal(everything.split(OPENAI_KEY).length - 1, 48, 'the OpenAI key went out only with the 48 OpenAI requests');
    assert.equal(everything.split(ANTHROPIC_KEY).length - 1, 48, 'the Anthropic key went out only with the 48 Anthropic requests');
    // the model effect, with the arms naming their providers
    const model = report.design!.effects.find((e) => e.name === 'model' && e.behaviour === 'escalation')!;
    assert.equal(model.significant, true);
    assert.equal(model.delta, 1);
    assert.deepEqual([...new Set(report.design!.arms.map((a) => `${a.provider}:${a.model}`))], ['openai:fake-model-1', 'anthropic:claude-fake']);
    // the cells record the second provider's type and server (never a key): a resume sends there again
    const runJson = fs.readFileSync(path.join(ws, '.promptshift', 'runs', report.runId!, 'run.json'), 'utf8');
    assert.ok(runJson.includes(y.url) && !runJson.includes(ANTHROPIC_KEY) && !runJson.includes(OPENAI_KEY));
  } finally {
    await x.close();
    await y.close();
  }
});

test('the second provider without an allowance gets no key, and a cache entry of one provider never answers the other', async () => {
  const { x, y } = await servers();
  try {
    // the suite names the second model in its providerB: block; only the OpenAI server is allowed a key
    const ws = await workspace(x, y, `providerB: { type: anthropic, model: claude-fake, baseUrl: "${y.url}" }\n`);
    const onlyX = { ...env(x, y), PROMPTSHIFT_ALLOW_HOSTS: new URL(x.url).host };
    const first = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--cache', '--json'], ws, { env: onlyX });
    assert.ok(first.code === 0 || first.code === 1, first.err);
    assert.match(first.err, /ANTHROPIC_API_KEY\) was not sent to 127\.0\.0\.2/);
    assert.equal(y.log.length, 48);
    assert.ok(y.log.every((l) => !header(l.headers, 'x-api-key') && !JSON.stringify(l.headers).includes(ANTHROPIC_KEY) && !JSON.stringify(l.headers).includes(OPENAI_KEY)));
    assert.ok(x.log.every((l) => header(l.headers, 'authorization') === `Bearer ${OPENAI_KEY}`));
    // run again with the cache: every call is served from it, each from its own provider's entries
    const again = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--cache', '--json'], ws, { env: onlyX });
    assert.equal(x.log.length + y.log.length, 96, 'nothing was called again');
    const report = JSON.parse(again.out) as ShiftReport;
    assert.equal(report.design!.effects.find((e) => e.name === 'model' && e.behaviour === 'escalation')!.delta, 1, 'model Y\'s answers came from its own entries');
    // the same model name on the suite's own provider is another cache entry: it is called
    fs.writeFileSync(path.join(ws, 'd.evals.yaml'), fs.readFileSync(path.join(ws, 'd.evals.yaml'), 'utf8').replace(/providerB: .*\n/, ''));
    const sameServer = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--model-b', 'claude-fake', '--cache', '--json'], ws, { env: onlyX });
    assert.ok(sameServer.code === 0 || sameServer.code === 1, sameServer.err);
    assert.equal(x.log.length, 96, 'claude-fake on the OpenAI server was not answered from the Anthropic server\'s cache entries');
  } finally {
    await x.close();
    await y.close();
  }
});

test('a design run with a second provider, cancelled and resumed, repeats no call on either server and loses none', async () => {
  const { x, y } = await servers(20);
  try {
    const ws = await workspace(x, y);
    const stop = new AbortController();
    const timer = setInterval(() => {
      if (x.log.length + y.log.length >= 30) stop.abort();
    }, 5);
    const args = ['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic:claude-fake', '--no-cache', '--concurrency', '4'];
    const first = await runCli(args, ws, { env: env(x, y), signal: stop.signal });
    clearInterval(timer);
    assert.equal(first.code, 3, first.err);
    const runId = /run (\S+), \d+ calls/.exec(first.err)?.[1];
    assert.ok(runId, first.err);
    const answered = fs.readFileSync(path.join(ws, '.promptshift', 'runs', runId!, 'calls.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).callId as string);
    assert.ok(answered.length >= 10 && answered.length < 96, `cut short after ${answered.length} answers`);
    const resumed = await runCli(['eval', '--resume', runId!, '--no-cache', '--json'], ws, { env: env(x, y) });
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.err);
    const counts = new Map<string, number>();
    for (const s of [x, y]) for (const [id, n] of s.countsByCallId()) counts.set(id, (counts.get(id) ?? 0) + n);
    assert.equal(counts.size, 96, 'every call was made');
    assert.ok(answered.every((id) => counts.get(id) === 1), 'no answered call was sent again');
    // the resumed calls of model Y still went to the Anthropic server
    assert.ok(y.log.every((l) => (l.body as { model: string }).model === 'claude-fake') && x.log.every((l) => (l.body as { model: string }).model === 'fake-model-1'));
    const report = JSON.parse(resumed.out) as ShiftReport;
    assert.equal(report.design!.effects.find((e) => e.name === 'model' && e.behaviour === 'escalation')!.significant, true);
  } finally {
    await x.close();
    await y.close();
  }
});

test('bad second-provider requests are refused with exit 2 before any call', async () => {
  const { x, y } = await servers();
  try {
    const ws = await workspace(x, y, '');
    const noModel = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic'], ws, { env: env(x, y) });
    assert.equal(noModel.code, 2);
    assert.match(noModel.err, /--provider-b anthropic: name the second model too/);
    // another provider with the batch API: one batch goes to one provider
    const wsB = await workspace(x, y);
    const batch = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic:claude-fake', '--batch'], wsB, { env: env(x, y) });
    assert.equal(batch.code, 2);
    assert.match(batch.err, /--batch sends every call to one provider's batch API/);
    // a providerB block setting its own temperature is refused at its line
    fs.writeFileSync(path.join(wsB, 'd.evals.yaml'), fs.readFileSync(path.join(wsB, 'd.evals.yaml'), 'utf8').replace('type: anthropic,', 'type: anthropic, temperature: 0.2,'));
    const temp = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic:claude-fake'], wsB, { env: env(x, y) });
    assert.equal(temp.code, 2);
    assert.match(temp.err, /d\.evals\.yaml:3:\d+: providerB.*same parameters/);
    assert.equal(x.log.length + y.log.length, 0, 'nothing was called');
  } finally {
    await x.close();
    await y.close();
  }
});

test('secondProviderOf: a second provider only for another type or server; the suite\'s own type stays on its server', async () => {
  const { secondProviderOf } = await import('../../../src/core/eval/secondProvider');
  const main = { type: 'openai', model: 'x', baseUrl: 'http://127.0.0.1:9/v1' } as const;
  // --provider-b of the suite's own type: the same server (never the provider's default server)
  assert.equal(secondProviderOf({ providerB: { type: 'openai', model: 'y' } }, main, undefined), undefined);
  assert.equal(secondProviderOf({ modelB: 'y' }, main, undefined), undefined);
  // another type: its default server, unless the suite's providerB: of that type names one
  assert.deepEqual(secondProviderOf({ providerB: { type: 'anthropic', model: 'c' } }, main, undefined), { type: 'anthropic', model: 'c' });
  const block = { type: 'anthropic', model: 'old', baseUrl: 'http://127.0.0.2:9', apiKeyEnv: 'ANTHROPIC_API_KEY' } as const;
  assert.deepEqual(secondProviderOf({ providerB: { type: 'anthropic', model: 'c' } }, main, block), { ...block, model: 'c' });
  assert.deepEqual(secondProviderOf({ design: 'models' }, main, block), block);
  // the suite's own type on another server is a second provider too
  assert.deepEqual(secondProviderOf({ design: 'models' }, main, { type: 'openai', model: 'y', baseUrl: 'http://127.0.0.3:9/v1' }), { type: 'openai', model: 'y', baseUrl: 'http://127.0.0.3:9/v1' });
});
