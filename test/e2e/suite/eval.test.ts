// Issue 4 in the real VS Code: Run Paired Eval on the example workspace (replay), with and without
// arguments; cancel stops new calls within a second; a suite typo shows in the Problems panel.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, openPrompt, waitFor, wsUri, workspaceRoot } from './helpers';
import { startFakeModelServer } from '../../fakes/model-server';

interface RunResult { runId: string; reportPath: string }

describe('paired evals', function () {
  this.timeout(120000);

  before(async () => {
    await openPrompt('prompts/support.prompt.md');
    await activeExtension();
  });

  it('Run Paired Eval with no arguments runs the example suite (A = v1 snapshot, B = working copy)', async () => {
    const result = (await vscode.commands.executeCommand('promptshift.runPairedEval')) as RunResult;
    assert.ok(result, 'the command returned a result without asking anything');
    assert.match(result.runId, /^\d{8}T\d+Z-[0-9a-f]{8}$/);
    const report = JSON.parse(fs.readFileSync(result.reportPath, 'utf8'));
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.summary.cases, 16);
    assert.equal(report.b.ref, 'working');
    assert.match(report.a.ref, /^snapshot:/);
    assert.equal(report.summary.behaviours.escalation.significant, true, 'the escalation drop is significant');
    assert.ok(report.summary.behaviours.escalation.delta < -0.3);
    const angry = report.cases.find((c: { id: string }) => c.id === 'angry-refund');
    assert.ok(angry.shifts.some((s: { behaviour: string }) => s.behaviour === 'escalation'));
  });

  it('with {suite, a, b} returns {runId, reportPath} and writes the run record', async () => {
    const history = await import('../../../src/core/history');
    const store = new history.VersionStore(workspaceRoot().fsPath);
    const v1 = store.log('prompts/support.prompt.md').versions.find((v) => v.labels.includes('v1-handoffs'));
    assert.ok(v1, 'the example ships a labelled v1');
    const result = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'support.evals.yaml', a: '@v1-handoffs', b: 'working', open: false })) as RunResult;
    assert.equal(path.dirname(result.reportPath), path.join(workspaceRoot().fsPath, '.promptshift', 'runs', result.runId));
    for (const f of ['run.json', 'plan.jsonl', 'calls.jsonl', 'report.json']) assert.ok(fs.existsSync(path.join(path.dirname(result.reportPath), f)), `${f} exists`);
    const report = JSON.parse(fs.readFileSync(result.reportPath, 'utf8'));
    assert.equal(report.a.promptSha256, v1.sha256);
  });

  it('re-running one case puts its fresh outputs back into the run it came from', async () => {
    const first = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'support.evals.yaml', open: false })) as RunResult;
    const original = JSON.parse(fs.readFileSync(first.reportPath, 'utf8'));
    const rerun = (await vscode.commands.executeCommand('promptshift.runPairedEval', {
      suite: 'support.evals.yaml', a: `snapshot:${original.a.promptSha256}`, b: `snapshot:${original.b.promptSha256}`,
      caseIds: ['angry-refund'], noCache: true, rerunOf: first.runId, open: false,
    })) as RunResult & { rerunRunId: string };
    assert.equal(rerun.runId, first.runId, 'the result names the original run');
    assert.notEqual(rerun.rerunRunId, first.runId);
    const merged = JSON.parse(fs.readFileSync(first.reportPath, 'utf8'));
    assert.equal(merged.cases.length, 16, 'the other cases stay');
    const own = JSON.parse(fs.readFileSync(path.join(workspaceRoot().fsPath, '.promptshift', 'runs', rerun.rerunRunId, 'report.json'), 'utf8'));
    assert.deepEqual(own.cases.map((c: { id: string }) => c.id), ['angry-refund'], 'the re-run made calls for that case only');
    assert.deepEqual(merged.cases.find((c: { id: string }) => c.id === 'angry-refund').b, own.cases[0].b);
  });

  it('cancelling stops new calls within a second', async () => {
    const server = await startFakeModelServer({ latencyMs: 400 });
    try {
      const root = workspaceRoot().fsPath;
      const cases = Array.from({ length: 40 }, (_, i) => `  - { id: c${i}, input: "Question ${i}?", vars: { customer_name: Ann } }`).join('\n');
      fs.writeFileSync(path.join(root, 'slow.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 2\nconcurrency: 2\ncases:\n${cases}\n`);
      const cts = new vscode.CancellationTokenSource();
      const running = vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'slow.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, noCache: true, cancellation: cts.token });
      await waitFor('a few calls', () => (server.log.length >= 3 ? true : undefined), 20000);
      const cancelledAt = Date.now();
      cts.cancel();
      const result = (await running) as RunResult;
      const late = server.log.filter((r) => r.at > cancelledAt + 1000);
      assert.equal(late.length, 0, `no request started more than 1 s after cancel (got ${late.length})`);
      assert.ok(server.log.length < 240, 'the run stopped well before its 240 calls');
      const report = JSON.parse(fs.readFileSync(result.reportPath, 'utf8'));
      assert.equal(report.schemaVersion, 1, 'a cancelled run still writes its partial report');
    } finally {
      await server.close();
    }
  });

  it('the results panel opens with the first outputs, while the run is still going', async () => {
    const server = await startFakeModelServer({ latencyMs: 300 });
    try {
      const root = workspaceRoot().fsPath;
      const cases = Array.from({ length: 30 }, (_, i) => `  - { id: live${i}, input: "Question ${i}?", vars: { customer_name: Ann } }`).join('\n');
      fs.writeFileSync(path.join(root, 'live.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 1\nconcurrency: 2\ncases:\n${cases}\n`);
      const cts = new vscode.CancellationTokenSource();
      let finished = false;
      const runTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /PromptShift: \d{8}T/.test(t.label));
      const before = new Set(runTabs().map((t) => t.label)); // earlier tests' runs
      const running = Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'live.evals.yaml', a: '@v1-handoffs', b: 'working', noCache: true, cancellation: cts.token })).finally(() => (finished = true));
      const runTab = await waitFor('a results tab for the running run', () => runTabs().find((t) => !before.has(t.label)), 30000);
      assert.equal(finished, false, 'the panel showed the run before it finished');
      assert.ok(server.log.length < 90, 'and before every call was made');
      cts.cancel();
      const result = (await running) as RunResult;
      assert.ok(runTab.label.includes(result.runId), `the live tab is this run's (${runTab.label})`);
    } finally {
      await server.close();
    }
  });

  it('a plan above the suite budget stops the run before any call; one above promptshift.eval.confirmAboveUsd asks first', async () => {
    const server = await startFakeModelServer({ latencyMs: 1 });
    try {
      const root = workspaceRoot().fsPath;
      const runsDir = path.join(root, '.promptshift', 'runs');
      const runsBefore = fs.readdirSync(runsDir).length;
      const suiteText = (extra: string) => `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 2\n${extra}cases:\n  - file: cases.jsonl\n`;
      const attempt = (suite: string) => Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite, a: '@v1-handoffs', b: 'working', open: false, noCache: true })).then(
        (result) => ({ result, error: undefined as string | undefined }),
        (err: Error) => ({ result: undefined, error: err.message }),
      );
      fs.writeFileSync(path.join(root, 'capped.evals.yaml'), suiteText('budget: { calls: 10 }\n'));
      const capped = await attempt('capped.evals.yaml');
      assert.equal(capped.result, undefined);
      assert.match(capped.error ?? '', /budget: the run needs 96 calls, above the budget of 10; nothing was called/);
      // priced at $1,000 per million tokens: far above the default $1 threshold, so VS Code asks
      // (this test host refuses modals, which must count as "no")
      fs.writeFileSync(path.join(root, 'dear.evals.yaml'), suiteText('prices: { fake-model-1: { input: 1000, output: 1000 } }\n'));
      const dear = await attempt('dear.evals.yaml');
      assert.equal(dear.result, undefined, 'the run did not start');
      if (dear.error) assert.match(dear.error, /Run this paired eval for about \$/);
      assert.equal(server.log.length, 0, 'nothing reached the server');
      assert.equal(fs.readdirSync(runsDir).length, runsBefore, 'no run folder was made');
    } finally {
      await server.close();
    }
  });

  it('a key is not sent to a workspace-chosen server before the user has seen it', async () => {
    // 127.0.0.2 is this machine too, but not one of the addresses PromptShift trusts without asking.
    const http = await import('node:http');
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.2', r));
    try {
      const port = (server.address() as { port: number }).port;
      const root = workspaceRoot().fsPath;
      fs.writeFileSync(path.join(root, 'elsewhere.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: m, baseUrl: http://127.0.0.2:${port}/v1 }\nsamples: 1\ncases:\n  - { id: one, input: hi, vars: { customer_name: Ann } }\n`);
      await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'openai', key: 'sk-test-do-not-send' });
      const runs = fs.readdirSync(path.join(root, '.promptshift', 'runs')).length;
      // The confirmation is a modal naming the server; this test host refuses modals (the command
      // then fails with the dialog's text), which must count as "no".
      const outcome = await Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'elsewhere.evals.yaml', a: '@v1-handoffs', b: 'working', open: false })).then(
        (result) => ({ result, error: undefined as string | undefined }),
        (err: Error) => ({ result: undefined, error: err.message }),
      );
      assert.equal(outcome.result, undefined, 'the run did not start');
      if (outcome.error) assert.match(outcome.error, new RegExp(`Send your key to this server|127\\.0\\.0\\.2:${port}`), 'the question names the server');
      assert.equal(requests, 0, 'nothing reached the server');
      assert.equal(fs.readdirSync(path.join(root, '.promptshift', 'runs')).length, runs, 'no run was recorded');
    } finally {
      await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'openai', key: '' });
      server.close();
    }
  });

  it('a suite with a typo shows a Problems entry at the right line', async () => {
    const uri = wsUri('typo.evals.yaml');
    fs.writeFileSync(uri.fsPath, 'prompt: prompts/support.prompt.md\nprovider:\n  type: replay\n  file: recorded/support-outputs.jsonl\nsampels: 3\ncases:\n  - input: hi\n');
    await vscode.window.showTextDocument(uri);
    const diags = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length ? d : undefined;
    });
    const typo = diags.find((d) => /sampels/.test(d.message));
    assert.ok(typo, `a diagnostic names the typo: ${diags.map((d) => d.message).join(' | ')}`);
    assert.equal(typo.range.start.line, 4, 'on line 5');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
    assert.match(typo.message, /samples/, 'it suggests the right key');
  });

  it('a Prompty variable no case sets: the run goes on with it empty, as Prompty sends it, and the Problems panel warns at the case', async () => {
    const prompt = '---\nname: greet\n---\nsystem:\nHelp {{customer_name}} of {{company}}.\nuser:\n{{question}}';
    fs.writeFileSync(wsUri('prompts/greet.prompty').fsPath, prompt);
    const sha = (await import('node:crypto')).createHash('sha256').update(prompt).digest('hex');
    fs.writeFileSync(wsUri('recorded/greet.jsonl').fsPath, JSON.stringify({ id: 'forgetful', promptSha256: sha, output: 'Sure.' }) + '\n');
    const uri = wsUri('greet.evals.yaml');
    fs.writeFileSync(uri.fsPath, 'prompt: prompts/greet.prompty\nprovider: { type: replay, file: recorded/greet.jsonl }\nsamples: 1\ncases:\n  - id: forgetful\n    input: hi\n    vars: { company: B }\n');
    const result = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'greet.evals.yaml', a: 'working', b: 'working', open: false })) as RunResult;
    assert.ok(result?.reportPath, 'the run finished');
    const warning = vscode.languages.getDiagnostics(uri).find((d) => /customer_name/.test(d.message));
    assert.ok(warning, `a Problems entry names the variable: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ')}`);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.range.start.line, 4, 'at the case (line 5)');
    assert.match(warning.message, /renders empty, as Prompty renders it/);
  });
});
