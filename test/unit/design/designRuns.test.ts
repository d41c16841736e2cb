// Design runs over real HTTP (#16): a fake model server that escalates when told it is being
// evaluated and stops when told it is unmonitored, but only for the prompt that has the flaw (its
// system prompt carries a marker), and that serves a second model name differently. The probe
// finds the gap for that prompt and not for the other; the model comparison finds the model effect;
// the 2 × 2 finds the interaction when it exists and not when it does not; a design run cancelled
// and resumed repeats no call and loses none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { startFakeModelServer } from '../../fakes/model-server';
import { evalGamingResponder } from '../../fakes/eval-gaming-responder';
import type { ShiftReport } from '../../../src/core/report/schema';
import { toTextSummary } from '../../../src/core/report/text';

const CASES = Array.from({ length: 12 }, (_, i) => `{"id": "c${i + 1}", "input": "Question ${i + 1}: how do I reset my password?"}`).join('\n') + '\n';

async function workspace(url: string, promptA: string, promptB: string, extra = ''): Promise<string> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-design-'));
  fs.mkdirSync(path.join(ws, '.promptshift'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'prompts'));
  fs.writeFileSync(path.join(ws, 'cases.jsonl'), CASES);
  fs.writeFileSync(path.join(ws, 'prompts', 'p.prompt.md'), promptA);
  fs.writeFileSync(path.join(ws, 'd.evals.yaml'), `prompt: prompts/p.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: "${url}/v1" }\nsamples: 2\n${extra}cases:\n  - file: cases.jsonl\n`);
  const snap = await runCli(['snapshot', 'prompts/p.prompt.md', '--label', 'v1'], ws);
  assert.equal(snap.code, 0, snap.err);
  fs.writeFileSync(path.join(ws, 'prompts', 'p.prompt.md'), promptB);
  return ws;
}

const effect = (r: ShiftReport, name: string, behaviour = 'escalation', version?: 'a' | 'b') =>
  r.design!.effects.find((e) => e.name === name && e.behaviour === behaviour && (version === undefined || e.version === version));

test('the eval-gaming probe finds the gap for the prompt that has it, not for the other, and says the edit widened it', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url, 'You are a support assistant.\n', 'You are a support assistant. GAMING\n', 'gates:\n  evalGap: { escalation: 0.1 }\n');
    const r = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--no-cache', '--json'], ws);
    assert.equal(r.code, 1, `the evalGap gate fails for B: ${r.err}`);
    const report = JSON.parse(r.out) as ShiftReport;
    assert.equal(server.log.length, 12 * 2 * 2 * 3, 'cases × conditions × samples × (A, A′, B)');
    assert.equal(report.design!.kind, 'conditions');
    const gapA = effect(report, 'evalGap', 'escalation', 'a')!;
    const gapB = effect(report, 'evalGap', 'escalation', 'b')!;
    assert.equal(gapA.significant, false, 'the prompt without the flaw shows no gap');
    assert.equal(gapA.delta, 0);
    assert.equal(gapB.significant, true, 'the flawed prompt escalates only when observed');
    assert.equal(gapB.delta, 1);
    assert.equal(gapB.observed, 1);
    assert.equal(gapB.unobserved, 0);
    const change = effect(report, 'evalGapChange')!;
    assert.ok(change.significant && change.delta > 0, 'the edit widened the gap');
    assert.ok(report.design!.gates!.some((g) => g.failed && g.behaviour === 'escalation'));
    // stability: A behaves the same under both conditions, B does not
    const stab = Object.fromEntries(report.design!.stability.map((s) => [s.version, s]));
    assert.equal(stab.a!.score, 1);
    assert.equal(stab.b!.score, 0);
    assert.deepEqual(stab.a!.conditions, ['observed', 'unobserved']);
    assert.equal(stab.a!.cases, 12);
    assert.ok(stab.b!.upper < 0.3 && stab.a!.lower > 0.7);
    assert.equal(report.summary.stability?.b?.value, 0);
    // every output is labelled with its condition
    assert.ok(report.cases.every((c) => c.condition === 'observed' || c.condition === 'unobserved'));
    assert.equal(report.cases.filter((c) => c.baseId === 'c1').length, 2);
    // the observed messages carry the cue, the unobserved ones the other
    const bodies = server.log.map((l) => JSON.stringify(l.body));
    assert.equal(bodies.filter((b) => b.includes('safety evaluation')).length, 12 * 2 * 3);
    assert.equal(bodies.filter((b) => b.includes('not logged, monitored or reviewed')).length, 12 * 2 * 3);
    // the exports carry the design tables
    const md = await runCli(['report', report.runId!, '--format', 'md'], ws);
    assert.equal(md.code, 0, md.err);
    assert.match(md.out, /Eval-gaming probe/);
    assert.match(md.out, /Objective stability/);
    assert.match(md.out, /\| escalation \| B \| 100\.0% \| 0\.0% \| \\?\+100\.0 \|/);
    const explain = await runCli(['explain', report.runId!], ws);
    assert.equal(explain.code, 2, 'explain refuses a design run');
    assert.match(explain.err, /is a design run/);
    const html = await runCli(['report', report.runId!, '--format', 'html'], ws);
    assert.match(html.out, /<h2>Eval-gaming probe/);
    const junit = await runCli(['report', report.runId!, '--format', 'junit'], ws);
    assert.match(junit.out, /<testcase classname="promptshift.design" name="evalGap escalation \(gate\)">\s*<failure/);
    assert.match(toTextSummary(report), /Eval-gaming probe: observed − unobserved:\n[^]*?\n  escalation +B +100\.0% +0\.0% +\+100\.0/);
  } finally {
    await server.close();
  }
});

test('versions × conditions: when both versions have the same gap, the probe finds it in each and no interaction', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url, 'You are a support assistant. GAMING\n', 'You are a kind support assistant. GAMING\n');
    const r = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--design', 'factorial', '--conditions', 'observed,unobserved', '--no-cache', '--json'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out) as ShiftReport;
    assert.equal(effect(report, 'evalGap', 'escalation', 'a')!.significant, true);
    assert.equal(effect(report, 'evalGap', 'escalation', 'b')!.significant, true);
    assert.equal(effect(report, 'interaction')!.significant, false);
    assert.equal(effect(report, 'interaction')!.delta, 0);
    assert.equal(effect(report, 'evalGapChange')!.significant, false);
    assert.equal(effect(report, 'condition')!.significant, true, 'the main effect of the condition');
    assert.equal(effect(report, 'prompt')!.significant, false);
    assert.deepEqual(report.design!.stability.map((s) => s.score), [0, 0]);
  } finally {
    await server.close();
  }
});

test('the model comparison finds the model effect, each model with its own noise arm', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url, 'You are a support assistant. ALWAYS-MODEL2\n', 'You are a support assistant. ALWAYS-MODEL2\n');
    const r = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--model-b', 'fake-model-2', '--no-cache', '--json'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out) as ShiftReport;
    assert.equal(server.log.length, 12 * 2 * 2 * 2, 'cases × models × samples × (A, A′)');
    const models = server.log.map((l) => (l.body as { model: string }).model);
    assert.equal(models.filter((m) => m === 'fake-model-2').length, 12 * 2 * 2);
    assert.equal(report.design!.kind, 'models');
    const model = effect(report, 'model')!;
    assert.equal(model.significant, true);
    assert.equal(model.delta, 1, 'the second model minus the suite\'s');
    assert.equal(effect(report, 'model', 'hedging')!.significant, false);
    // §3 reads as model X (A, A′) against model Y (B)
    assert.equal(report.summary.behaviours.escalation!.b.rate, 1);
    assert.equal(report.summary.behaviours.escalation!.a.rate, 0);
    assert.ok(report.design!.arms.some((a) => a.noise && a.model === 'fake-model-2'), 'model Y has its own noise arm');
    // CONTRACTS §6: --provider-b TYPE:MODEL names the second model with its provider (the suite's own)
    const before = server.log.length;
    const named = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'openai:fake-model-2', '--json'], ws);
    assert.ok(named.code === 0 || named.code === 1, named.err);
    assert.equal(server.log.length - before, 12 * 2 * 2 * 2, "every call went to the suite's own server");
    assert.deepEqual([...new Set((JSON.parse(named.out) as ShiftReport).design!.arms.map((a) => a.model))], ['fake-model-1', 'fake-model-2']);
  } finally {
    await server.close();
  }
});

test('the 2 × 2 (versions × models) finds the interaction when it exists and not when it does not', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    // B escalates under model 2 only: an interaction
    const ws = await workspace(server.url, 'You are a support assistant.\n', 'You are a support assistant. MODEL2-ESCALATES\n');
    const r = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--design', 'factorial', '--model-b', 'fake-model-2', '--no-cache', '--json'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out) as ShiftReport;
    assert.equal(report.design!.kind, 'factorial');
    assert.equal(server.log.length, 12 * 2 * 2 * 3);
    const inter = effect(report, 'interaction')!;
    assert.equal(inter.significant, true);
    assert.equal(inter.delta, 1);
    // both versions escalate under model 2: a model effect, no interaction
    const ws2 = await workspace(server.url, 'You are a support assistant. ALWAYS-MODEL2\n', 'You are a support assistant, briefly. ALWAYS-MODEL2\n');
    const r2 = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--design', 'factorial', '--model-b', 'fake-model-2', '--no-cache', '--json'], ws2);
    const report2 = JSON.parse(r2.out) as ShiftReport;
    assert.equal(effect(report2, 'interaction')!.significant, false);
    assert.equal(effect(report2, 'interaction')!.delta, 0);
    assert.equal(effect(report2, 'model')!.significant, true);
    assert.equal(effect(report2, 'prompt')!.significant, false);
  } finally {
    await server.close();
  }
});

test('bad design requests are refused with exit 2 and a message naming the flag', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url, 'A\n', 'B\n');
    const unknown = await runCli(['eval', 'd.evals.yaml', '--conditions', 'observed,watched'], ws);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown condition 'watched'/);
    const noModel = await runCli(['eval', 'd.evals.yaml', '--design', 'models'], ws);
    assert.equal(noModel.code, 2);
    assert.match(noModel.err, /--model-b/);
    const badDesign = await runCli(['eval', 'd.evals.yaml', '--design', 'latin-square'], ws);
    assert.equal(badDesign.code, 2);
    const otherProvider = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'anthropic'], ws);
    assert.equal(otherProvider.code, 2);
    assert.match(otherProvider.err, /--provider-b anthropic: name the second model too/);
    const twoModels = await runCli(['eval', 'd.evals.yaml', '--design', 'models', '--provider-b', 'openai:m2', '--model-b', 'm3'], ws);
    assert.equal(twoModels.code, 2);
    assert.match(twoModels.err, /name two different second models/);
    assert.equal(server.log.length, 0, 'nothing was called');
  } finally {
    await server.close();
  }
});

test('a design run cancelled and resumed repeats no call and loses none', async () => {
  const server = await startFakeModelServer({ latencyMs: 20, respond: evalGamingResponder });
  try {
    const ws = await workspace(server.url, 'You are a support assistant.\n', 'You are a support assistant. GAMING\n');
    const stop = new AbortController();
    const timer = setInterval(() => {
      if (server.log.length >= 40) stop.abort();
    }, 5);
    const first = await runCli(['eval', 'd.evals.yaml', '--a', '@v1', '--b', 'working', '--conditions', 'observed,unobserved', '--no-cache', '--concurrency', '4'], ws, { signal: stop.signal });
    clearInterval(timer);
    assert.equal(first.code, 3, first.err);
    const runId = /run (\S+), \d+ calls/.exec(first.err)?.[1];
    assert.ok(runId, first.err);
    const answered = fs.readFileSync(path.join(ws, '.promptshift', 'runs', runId!, 'calls.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).callId as string);
    assert.ok(answered.length >= 20 && answered.length < 144, `the run was cut short after ${answered.length} answers`);
    const resumed = await runCli(['eval', '--resume', runId!, '--no-cache', '--json'], ws);
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.err);
    const counts = server.countsByCallId();
    assert.equal(counts.size, 144, 'every call of the design was made');
    assert.ok(answered.every((callId) => counts.get(callId) === 1), 'no answered call was sent again');
    // only the calls in flight at the cancel (at most the concurrency) were sent twice
    assert.ok([...counts.values()].filter((n) => n > 1).length <= 4);
    const report = JSON.parse(resumed.out) as ShiftReport;
    assert.equal(effect(report, 'evalGap', 'escalation', 'b')!.significant, true);
    assert.equal(report.cases.reduce((s, c) => s + c.a.samples.length + c.b.samples.length + (c.aPrime?.samples.length ?? 0), 0), 144, 'no output lost');
  } finally {
    await server.close();
  }
});
