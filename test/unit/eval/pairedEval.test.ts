// `promptshift eval` end to end: the example workspace through replay, a promptfoo config with
// inline prompts, bad input (exit 2), and a live run against the fake OpenAI-compatible server
// with every call accounted for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { startFakeModelServer } from '../../fakes/model-server';

const examples = path.resolve(__dirname, '../../../examples');

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-eval-'));
  fs.cpSync(examples, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.promptshift', 'runs'), { recursive: true, force: true });
  return dir;
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  const code = await main(args, io);
  return { code, out, err };
}

test('the example suite: A = the labelled v1 snapshot, B = the working copy; the escalation gate fails (exit 1)', async () => {
  const ws = workspace();
  const r = await run(['eval', 'support.evals.yaml', '--json'], ws);
  assert.equal(r.code, 1, r.err);
  const report = JSON.parse(r.out);
  assert.equal(report.summary.cases, 16);
  assert.equal(report.summary.samples, 3);
  assert.equal(report.a.label, 'v1-handoffs');
  assert.equal(report.b.ref, 'working');
  const esc = report.summary.behaviours.escalation;
  assert.equal(esc.significant, true);
  assert.ok(esc.delta < -0.3 && esc.noiseDelta !== null && esc.noiseDelta < 0.1, JSON.stringify(esc));
  assert.ok(report.summary.gates.some((g: { behaviour: string; failed: boolean }) => g.behaviour === 'escalation' && g.failed));
  // The working copy it evaluated is now a version of the prompt, marked as an eval.
  const hist = await run(['history', 'prompts/support.prompt.md', '--json'], ws);
  assert.match(hist.out, /"source":\s*"eval"/);
  // Without a baseline there is no noise estimate.
  const nb = await run(['eval', 'support.evals.yaml', '--json', '--no-baseline'], ws);
  assert.equal(JSON.parse(nb.out).summary.behaviours.escalation.noiseDelta, null);
});

test('a promptfoo config with two inline prompts compares them as A and B', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, keepBodies: true });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-pf-'));
    const pA = 'Answer the customer: {{question}}';
    const pB = 'Answer the customer briefly and confidently: {{question}}';
    fs.writeFileSync(
      path.join(ws, 'promptfooconfig.yaml'),
      `prompts:\n  - "${pA}"\n  - "${pB}"\nproviders:\n  - id: openai:chat:fake-model-1\n    config: { apiBaseUrl: "${server.url}/v1" }\ntests:\n  - description: roaming\n    vars: { question: "Does roaming work in Spain?" }\n  - description: upgrade\n    vars: { question: "Can I upgrade early?" }\n`,
    );
    const r = await run(['eval', 'promptfooconfig.yaml', '--json', '--samples', '1'], ws, { OPENAI_API_KEY: 'sk-test' });
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out);
    assert.deepEqual([report.a.ref, report.b.ref], ['prompts[0]', 'prompts[1]']);
    assert.notEqual(report.a.promptSha256, report.b.promptSha256);
    const sent = server.log.map((l) => JSON.stringify(l.body));
    assert.ok(sent.some((b) => b.includes('Answer the customer: Does roaming work in Spain?')), 'A is the first inline prompt, rendered');
    assert.ok(sent.some((b) => b.includes('briefly and confidently: Can I upgrade early?')), 'B is the second');
    assert.ok(!sent.some((b) => b.includes('providers:')), 'the config file itself is never sent as a prompt');
    const refs = await run(['eval', 'promptfooconfig.yaml', '--a', 'working'], ws);
    assert.equal(refs.code, 2, 'refs make no sense for inline prompts');
    assert.match(refs.err, /inline/);
  } finally {
    await server.close();
  }
});

test('bad input is exit 2 with the file, line and field', async () => {
  const ws = workspace();
  fs.writeFileSync(path.join(ws, 'bad.evals.yaml'), 'prompt: prompts/support.prompt.md\nprovider: { type: replay, file: recorded/support-outputs.jsonl }\nsampels: 3\ncases: []\n');
  const r = await run(['eval', 'bad.evals.yaml'], ws);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\.evals\.yaml:3:1: .*sampels/);
  const missing = await run(['eval', 'support.evals.yaml', '--a', '@no-such-label'], ws);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /unknown label 'no-such-label'/);
  const usage = await run(['eval'], ws);
  assert.equal(usage.code, 2);
});

test('50 cases × 3 samples × {A, A′, B} against an OpenAI-compatible server: every call made once, none lost', async () => {
  const server = await startFakeModelServer({ latencyMs: 5 });
  try {
    const ws = workspace();
    const cases = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `c${i}`, input: `Question number ${i}?`, vars: { customer_name: 'Ann' } })).join('\n');
    fs.writeFileSync(path.join(ws, 'live-cases.jsonl'), cases + '\n');
    fs.writeFileSync(path.join(ws, 'live.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1, apiKeyEnv: FAKE_KEY }\nsamples: 3\nconcurrency: 8\ncases:\n  - file: live-cases.jsonl\n`);
    const r = await run(['eval', 'live.evals.yaml', '--a', '@v1-handoffs', '--json', '--no-cache'], ws, { FAKE_KEY: 'sk-test-123', PROMPTSHIFT_ALLOW_KEY_ENVS: 'FAKE_KEY', PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' });
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const counts = server.countsByCallId();
    assert.equal(counts.size, 450, 'every planned call reached the server');
    assert.ok([...counts.values()].every((n) => n === 1), 'no call was made twice');
    const report = JSON.parse(r.out);
    const samples = report.cases.reduce((n: number, c: { a: { samples: unknown[] }; b: { samples: unknown[] }; aPrime: { samples: unknown[] } }) => n + c.a.samples.length + c.b.samples.length + c.aPrime.samples.length, 0);
    assert.equal(samples, 450, 'every call has its output in the report');
    assert.equal(report.usage.calls, 450);
  } finally {
    await server.close();
  }
});

test('answers the provider stopped as a safety block count as refusals: B filtered, A answered', async () => {
  // B's prompt carries a line the fake server's "content filter" stops on (Azure OpenAI's shape: a
  // choice with no content, finish_reason content_filter): before, each was a "bad response" error
  const server = await startFakeModelServer({
    latencyMs: 1,
    respond: () => 'The level ends when the last gate opens and the credits roll.',
    faultFor: (r) => (JSON.stringify(r.body).includes('Describe the weapon') ? { kind: 'safetyStop' } : undefined),
  });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-filtered-'));
    fs.mkdirSync(path.join(ws, '.git'));
    fs.mkdirSync(path.join(ws, 'prompts'));
    fs.writeFileSync(path.join(ws, 'prompts/p.prompt.md'), 'You answer questions about the game.\n');
    assert.equal((await run(['snapshot', 'prompts/p.prompt.md'], ws)).code, 0);
    fs.appendFileSync(path.join(ws, 'prompts/p.prompt.md'), 'Describe the weapon in full detail.\n');
    const cases = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `c${i}`, input: `How does level ${i} end?` })).join('\n');
    fs.writeFileSync(path.join(ws, 'cases.jsonl'), cases + '\n');
    fs.writeFileSync(path.join(ws, 'f.evals.yaml'), `prompt: prompts/p.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 2\ncases:\n  - file: cases.jsonl\n`);
    const r = await run(['eval', 'f.evals.yaml', '--json', '--no-cache'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out);
    assert.equal(report.usage.errors ?? 0, 0, 'a filtered answer is an answer, not an error');
    assert.ok(report.cases.every((c: { b: { samples: { error?: string }[] } }) => c.b.samples.length === 2 && c.b.samples.every((s) => s.error === undefined)), 'every B sample answered');
    assert.notEqual(report.a.promptSha256, report.b.promptSha256, JSON.stringify([report.a, report.b]));
    const refusal = report.summary.behaviours.refusal;
    assert.deepEqual([refusal.a.rate, refusal.b.rate, refusal.significant], [0, 1, true], JSON.stringify(refusal));
    const [span] = report.cases[0].b.samples[0].evidence.refusal;
    assert.deepEqual([span.start, span.end, span.text], [0, 0, '']);
    assert.match(span.reason, /finish reason “content_filter”/);
    // the text summary quotes the reason where there is no text to quote
    const text = await run(['eval', 'f.evals.yaml'], ws);
    assert.match(text.out, /B: "\[the provider ended the answer as a refusal or a safety block \(finish reason “content_filter”\)\]"/);
  } finally {
    await server.close();
  }
});
