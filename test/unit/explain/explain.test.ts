// `promptshift explain` end to end over real HTTP: a model server that stops handing off to humans
// when its system prompt forbids it and guarantees outcomes when told to be decisive; a three-hunk
// edit (forbid hand-offs / demand decisiveness / reword only). Explain must put the escalation drop
// on hunk 1 and the overconfidence rise on hunk 2, both significant, and nothing on hunk 3; stay
// within its call budget; state a cost that matches the calls made; survive a kill and a cancel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { explainRun, type ExplainEstimate } from '../../../src/core/explain/explainRun';
import { resolveCredentials, NO_ALLOWANCES } from '../../../src/core/providers/keyPolicy';
import { RunStore } from '../../../src/core/run';
import { toMarkdown } from '../../../src/core/report/markdown';
import type { Attribution } from '../../../src/core/report/schema';
import { commitAll, gitInit } from '../history/helpers';
import { instructionFollowingAnswer, startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';

const A = [
  'You are the support assistant for Acme Billing.',
  'Be polite and patient with every customer.',
  'If a problem is complicated, offer to connect the customer with a human agent.',
  'Explain what you did in plain words.',
  'Keep answers short.',
  'Sign as Acme Support.',
  '',
].join('\n');
const B = [
  'You are the support assistant for Acme Billing.',
  'Be polite and patient with every customer.',
  'Never hand off to a human agent; resolve every problem yourself.',
  'Explain what you did in plain words.',
  'Always be decisive and state outcomes as settled facts.',
  'Keep answers short.',
  'Sign every answer as the Acme Support Team.',
  '',
].join('\n');

const INPUTS = [
  'I was charged twice this month.',
  'My invoice shows a fee I never agreed to.',
  'Why did my payment fail?',
  'Can I get a refund for last month?',
  'You billed me after I cancelled.',
  'The discount code was not applied.',
  'My card was charged in the wrong currency.',
  'I need a copy of my receipt.',
  'Please remove the late fee.',
  'My account shows a negative balance.',
  'I was charged for two seats, I only have one.',
  'The annual plan renewed without notice.',
  'Why is my bill higher than last month?',
  'I paid but my account is still locked.',
  'My bank says the refund never arrived.',
  'I was charged tax twice.',
];

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, signal = new AbortController().signal): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: { OPENAI_API_KEY: 'sk-test', ...env }, stdout: (t) => (out += t), stderr: (t) => (err += t), signal };
  const code = await main(args, io);
  return { code, out, err };
}

/** A workspace with the prompt at A (snapshot @v1), then edited to B, and a finished run of A → B. */
async function explainedWorkspace(server: FakeModelServer, source: 'label' | 'git' = 'label'): Promise<{ ws: string; runId: string }> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-explain-'));
  if (source === 'git') gitInit(ws);
  else fs.mkdirSync(path.join(ws, '.promptshift'));
  fs.mkdirSync(path.join(ws, 'prompts'));
  fs.writeFileSync(path.join(ws, 'prompts', 'support.prompt.md'), A);
  const cases = INPUTS.map((input, i) => `  - id: case-${i + 1}\n    input: ${JSON.stringify(input)}`).join('\n');
  fs.writeFileSync(
    path.join(ws, 'support.evals.yaml'),
    `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 2\nconcurrency: 8\nbaseline: true\ngates:\n  escalation: decrease\ncases:\n${cases}\n`,
  );
  if (source === 'git') commitAll(ws, 'version A');
  else {
    const snap = await cli(['snapshot', 'prompts/support.prompt.md', '--label', 'v1'], ws);
    assert.equal(snap.code, 0, snap.err);
  }
  fs.writeFileSync(path.join(ws, 'prompts', 'support.prompt.md'), B);
  const r = await cli(['eval', 'support.evals.yaml', '--a', source === 'git' ? 'git:HEAD' : '@v1', '--json', '--no-cache'], ws);
  assert.equal(r.code, 1, r.err); // the escalation gate fails
  const report = JSON.parse(r.out);
  assert.equal(report.summary.behaviours.escalation.significant, true);
  assert.equal(report.summary.behaviours.overconfidence.significant, true);
  return { ws, runId: report.runId };
}

function sinceCount(server: FakeModelServer, from: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of server.log.slice(from)) if (e.callId) counts.set(e.callId, (counts.get(e.callId) ?? 0) + 1);
  return counts;
}

test('explain puts the escalation drop on hunk 1 and the overconfidence rise on hunk 2; the rewording explains nothing', async () => {
  const server = await startFakeModelServer({ respond: instructionFollowingAnswer });
  try {
    const { ws, runId } = await explainedWorkspace(server);
    const before = server.log.length;
    const r = await cli(['explain', runId, '--json', '--no-cache'], ws);
    assert.equal(r.code, 1, r.err); // exit codes as eval: the run's escalation gate failed
    const { attribution } = JSON.parse(r.out) as { attribution: Attribution };
    assert.equal(attribution.hunks.length, 3);
    const [h1, h2, h3] = attribution.hunks;
    assert.deepEqual([h1!.a, h1!.b], [[3, 3], [3, 3]]);
    assert.deepEqual([h2!.a, h2!.b], [null, [5, 5]]);
    assert.deepEqual([h3!.a, h3!.b], [[6, 6], [7, 7]]);
    assert.match(h1!.label, /^Never hand off to a human/);

    const effect = (behaviour: 'escalation' | 'overconfidence', id: string) => {
      const e = attribution.behaviours[behaviour]!.effects.find((x) => 'hunk' in x && x.hunk === id);
      assert.ok(e && 'hunk' in e);
      return e;
    };
    const esc1 = effect('escalation', h1!.id);
    assert.equal(esc1.significant, true);
    assert.ok(esc1.effect < -0.6 && esc1.ci95[1] < 0, JSON.stringify(esc1));
    assert.ok(esc1.fromA.effect < -0.5 && esc1.fromB.effect < -0.5);
    assert.ok(esc1.share! > 0.8, `hunk 1 explains most of the escalation shift: ${esc1.share}`);
    const over2 = effect('overconfidence', h2!.id);
    assert.equal(over2.significant, true);
    assert.ok(over2.effect > 0.5 && over2.ci95[0] > 0, JSON.stringify(over2));
    for (const b of ['escalation', 'overconfidence'] as const) assert.equal(effect(b, h3!.id).significant, false, `${b}: the rewording has no significant effect`);
    assert.equal(effect('escalation', h2!.id).significant, false);
    assert.equal(effect('overconfidence', h1!.id).significant, false);
    // three hunks: the pairs are tested from the single-hunk arms (A+{h1,h2} is B−h3)
    assert.equal(attribution.behaviours.escalation!.effects.filter((e) => 'hunks' in e).length, 3);
    assert.equal(attribution.behaviours.escalation!.interaction, false);

    // the budget, and the calls made: each planned call reached the server exactly once
    const cases = attribution.cases.flipped.length + attribution.cases.control.length;
    const counts = sinceCount(server, before);
    const made = [...counts.values()].reduce((s, n) => s + n, 0);
    assert.ok(made <= (2 * 3 + 1) * cases * 2, `${made} calls for ${cases} cases`);
    assert.equal(made, attribution.usage.calls);
    assert.ok([...counts.values()].every((n) => n === 1));
    assert.match(r.err, new RegExp(`promptshift explain: ${made} calls \\(0 answered from the cache, ${made} to make; at most ${7 * cases * 2} `));

    // report.json now carries the attribution; the Markdown export names the hunk behind the failed gate
    const report = new RunStore(ws).resolve(runId).readReport();
    assert.equal(report.attribution?.explainId, attribution.explainId);
    const md = toMarkdown(report);
    // (Markdown escapes the brackets and the '<')
    assert.match(md, /caused by hunk 1 \(line 3 of B\): escalation -\d+\.\d pts \\\(p (&lt;|=) [0-9.]+\\\) · explains \d+% of the shift/);
    assert.match(md, /> Never hand off to a human agent; resolve every problem yourself\./);

    // text output, one behaviour, chosen hunks
    const text = await cli(['explain', runId, '--behaviour', 'overconfidence', '--hunks', '2,3'], ws);
    assert.equal(text.code, 1, text.err);
    assert.match(text.out, /overconfidence: run shift \+\d/);
    assert.match(text.out, /● hunk 2 h[0-9a-f]{8} {2}\+\d/);
    assert.doesNotMatch(text.out, /escalation:/);
  } finally {
    await server.close();
  }
});

test('the cost stated before the run matches the calls made; declining makes none; a cached explain costs nothing', async () => {
  const server = await startFakeModelServer({ respond: instructionFollowingAnswer });
  try {
    const { ws, runId } = await explainedWorkspace(server);
    const credentials = async (p: Parameters<typeof resolveCredentials>[0]) => ({ ...(await resolveCredentials(p, { allow: NO_ALLOWANCES, env: {}, apiKeyEnv: 'ignore' })), apiKey: 'sk-test' });
    const cacheSecretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-secret-'));
    let seen: ExplainEstimate | undefined;
    const before = server.log.length;
    const declined = await explainRun({ workspaceRoot: ws, runId, behaviours: ['escalation'], credentials, cacheSecretDir, confirm: (e) => ((seen = e), false) });
    assert.equal(declined.status, 'declined');
    assert.equal(server.log.length, before);
    assert.ok(seen && seen.calls > 0 && seen.inputTokens > 0 && seen.outputTokens > 0);
    const done = await explainRun({ workspaceRoot: ws, runId, behaviours: ['escalation'], credentials, cacheSecretDir, confirm: (e) => ((seen = e), true) });
    assert.equal(done.status, 'completed', done.message);
    assert.equal(server.log.length - before, seen!.calls - seen!.cachedCalls);
    assert.equal(done.attribution!.usage.calls, seen!.calls);
    const again = await explainRun({ workspaceRoot: ws, runId, behaviours: ['escalation'], credentials, cacheSecretDir, confirm: (e) => ((seen = e), true) });
    assert.equal(again.status, 'completed');
    assert.equal(seen!.cachedCalls, seen!.calls, 'every call is in the cache now');
    assert.equal(server.log.length - before, done.attribution!.usage.calls, 'the second explain made no call');
  } finally {
    await server.close();
  }
});

test('killed half way and resumed: no call repeated, none lost; cancel stops new calls within 1 s', async () => {
  const server = await startFakeModelServer({ respond: instructionFollowingAnswer, latencyMs: 30 });
  try {
    const { ws, runId } = await explainedWorkspace(server);
    const explainDir = path.join(ws, '.promptshift', 'runs', runId, 'explain');
    const before = server.log.length;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/explain-child.ts', ws, 'explain', runId, '--no-cache', '--concurrency', '4'], {
      cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OPENAI_API_KEY: 'sk-test', CI: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    const deadline = Date.now() + 30_000;
    let callsFile = '';
    let total = 0;
    for (;;) {
      const ids = fs.existsSync(explainDir) ? fs.readdirSync(explainDir) : [];
      if (ids.length) {
        callsFile = path.join(explainDir, ids[0]!, 'calls.jsonl');
        const planFile = path.join(explainDir, ids[0]!, 'plan.jsonl');
        total = fs.existsSync(planFile) ? fs.readFileSync(planFile, 'utf8').split('\n').length - 1 : 0;
        const lines = fs.existsSync(callsFile) ? fs.readFileSync(callsFile, 'utf8').split('\n').length - 1 : 0;
        if (total > 0 && lines >= total / 2) break;
      }
      assert.ok(Date.now() < deadline, `the explain child made too little progress; ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const explainId = path.basename(path.dirname(callsFile));
    const recordedByChild = new Set(fs.readFileSync(callsFile, 'utf8').split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l).callId as string));
    assert.ok(recordedByChild.size < total);

    // cancel the resumed run once a few more calls are in: new calls stop within 1 s
    const controller = new AbortController();
    const resumeFrom = server.log.length;
    const cancelled = cli(['explain', runId, '--resume', explainId.slice(0, 20), '--no-cache', '--concurrency', '2'], ws, {}, controller.signal);
    while (server.log.length < resumeFrom + 6) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const abortedAt = Date.now();
    const c = await cancelled;
    assert.equal(c.code, 3, c.err);
    assert.match(c.err, new RegExp(`Resume it with: promptshift explain ${runId} --resume ${explainId}`));
    assert.ok(server.log.slice(resumeFrom).every((e) => e.at <= abortedAt + 1000), 'no call started more than 1 s after the cancel');

    const finish = await cli(['explain', runId, '--resume', explainId, '--no-cache', '--json'], ws);
    assert.equal(finish.code, 1, finish.err);
    assert.equal(JSON.parse(finish.out).attribution.explainId, explainId);

    // no recorded call was requested again; every planned call has exactly one result
    const after = server.log.slice(resumeFrom);
    assert.equal(after.filter((e) => recordedByChild.has(e.callId!)).length, 0);
    const counts = sinceCount(server, before);
    const plan = fs.readFileSync(path.join(explainDir, explainId, 'plan.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string);
    // calls in flight at the kill or the cancel may be sent again, never more
    for (const id of plan) assert.ok((counts.get(id) ?? 0) >= 1 && (counts.get(id) ?? 0) <= 3, `call ${id}: ${counts.get(id)}`);
    const results = new Map<string, number>();
    for (const l of fs.readFileSync(path.join(explainDir, explainId, 'calls.jsonl'), 'utf8').split('\n').filter((x) => x.endsWith('}'))) {
      const id = JSON.parse(l).callId as string;
      results.set(id, (results.get(id) ?? 0) + 1);
    }
    assert.equal(results.size, plan.length);
    for (const id of plan) assert.equal(results.get(id), 1);
  } finally {
    await server.close();
  }
});

test('versions from git (A = git:HEAD, B = the working copy) are explained the same way; one chosen hunk', async () => {
  const server = await startFakeModelServer({ respond: instructionFollowingAnswer });
  try {
    const { ws, runId } = await explainedWorkspace(server, 'git');
    const before = server.log.length;
    const r = await cli(['explain', runId, '--behaviour', 'escalation', '--hunks', '1', '--json', '--no-cache'], ws);
    assert.equal(r.code, 1, r.err);
    const { attribution } = JSON.parse(r.out) as { attribution: Attribution };
    const only = attribution.behaviours.escalation!.effects;
    assert.equal(only.length, 1);
    assert.ok('hunk' in only[0]! && only[0].hunk === attribution.hunks[0]!.id && only[0].significant);
    // one hunk chosen: B′, A+h1 and B−h1
    assert.equal(server.log.length - before, 3 * (attribution.cases.flipped.length + attribution.cases.control.length) * 2);
  } finally {
    await server.close();
  }
});

test('bad input: unknown behaviour, unknown hunk, no such run, a run without a baseline (exit 2); --help (exit 0)', async () => {
  const server = await startFakeModelServer({ respond: instructionFollowingAnswer });
  try {
    const { ws, runId } = await explainedWorkspace(server);
    const bad = await cli(['explain', runId, '--behaviour', 'grumpiness'], ws);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown behaviour 'grumpiness'/);
    const hunk = await cli(['explain', runId, '--hunks', '9'], ws);
    assert.equal(hunk.code, 2);
    assert.match(hunk.err, /no hunk '9'; the hunks are 1 \(h[0-9a-f]{8}: Never hand off/);
    const none = await cli(['explain', 'nope'], ws);
    assert.equal(none.code, 2);
    assert.match(none.err, /nope: no run with that id/);
    const nb = await cli(['eval', 'support.evals.yaml', '--a', '@v1', '--json', '--no-baseline', '--no-cache'], ws);
    const noBaseline = await cli(['explain', JSON.parse(nb.out).runId], ws);
    assert.equal(noBaseline.code, 2);
    assert.match(noBaseline.err, /no A′ baseline/);
    const help = await cli(['explain', '--help'], ws);
    assert.equal(help.code, 0);
    assert.match(help.out, /usage: promptshift explain <run-id>/);
    // a changed suite: the arms would not match the run's outputs
    fs.appendFileSync(path.join(ws, 'support.evals.yaml'), '  - id: extra\n    input: "one more"\n');
    const changed = await cli(['explain', runId], ws);
    assert.equal(changed.code, 2);
    assert.match(changed.err, /cannot explain: .* changed since the run/);
  } finally {
    await server.close();
  }
});

test('replay: a one-hunk edit needs only B′ (recorded); without outputs for ablated prompts, a message names each missing version (exit 2)', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-explain-replay-'));
  fs.cpSync(path.resolve(__dirname, '../../../examples'), ws, { recursive: true });
  fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
  const r = await cli(['eval', 'support.evals.yaml', '--json'], ws);
  assert.equal(r.code, 1, r.err);
  const one = await cli(['explain', JSON.parse(r.out).runId, '--behaviour', 'escalation', '--json'], ws);
  assert.equal(one.code, 1, one.err);
  assert.equal(JSON.parse(one.out).attribution.hunks.length, 1);

  // two hunks, a recording of A and B only
  const promptA = 'You help customers.\nOffer a human agent when unsure.\nBe brief.\nSign as Acme.\n';
  const promptB = 'You help customers.\nNever hand off to a human.\nBe brief.\nSign as the Acme team.\n';
  const sha = (t: string) => createHash('sha256').update(t).digest('hex');
  fs.writeFileSync(path.join(ws, 'prompts', 'two.prompt.md'), promptA);
  const snap = await cli(['snapshot', 'prompts/two.prompt.md', '--label', 'two-a'], ws);
  assert.equal(snap.code, 0, snap.err);
  fs.writeFileSync(path.join(ws, 'prompts', 'two.prompt.md'), promptB);
  const lines: string[] = [];
  for (let c = 1; c <= 6; c++) {
    for (let s = 0; s < 2; s++) {
      lines.push(JSON.stringify({ id: `c${c}`, promptSha256: sha(promptA), output: "Let me connect you with a human agent from our billing team." }));
      lines.push(JSON.stringify({ id: `c${c}`, promptSha256: sha(promptB), output: 'I have issued the refund; it should show in 3-5 days.' }));
    }
  }
  fs.writeFileSync(path.join(ws, 'recorded', 'two.jsonl'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(ws, 'two.evals.yaml'), `prompt: prompts/two.prompt.md\nprovider: { type: replay, file: recorded/two.jsonl }\nsamples: 2\nbaseline: true\ncases:\n${[1, 2, 3, 4, 5, 6].map((c) => `  - { id: c${c}, input: "I was charged twice." }`).join('\n')}\n`);
  const two = await cli(['eval', 'two.evals.yaml', '--a', '@two-a', '--json'], ws);
  assert.equal(two.code, 0, two.err);
  const e = await cli(['explain', JSON.parse(two.out).runId, '--behaviour', 'escalation'], ws);
  assert.equal(e.code, 2, e.err);
  // with two hunks A+h1 is B−h2 and A+h2 is B−h1: two prompts, each named by both its arms
  assert.match(e.err, /the replay recording has no outputs for 2 ablated versions of the prompt: /);
  assert.equal(e.err.match(/A\+h[0-9a-f]{8} = B−h[0-9a-f]{8} \(prompt [0-9a-f]{12}\)/g)?.length, 2, e.err);
  assert.match(e.err, /Record outputs for these prompts/);
  // B′ (fresh draws of B) is in the recording, so it is not named
  assert.doesNotMatch(e.err, /B′/);
});
