// Run Paired Eval's `{provider: "TYPE:MODEL"}` argument (CONTRACTS §6, the VS Code side of
// `eval --provider`) in the real VS Code, against fake model servers on 127.0.0.1: it replaces the
// model a suite names (same provider type: the suite's endpoint is kept), it lets a promptfoo
// config whose own provider PromptShift cannot call run on another one, and a bad value is refused
// before any request.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, openPrompt, workspaceRoot } from './helpers';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';

interface RunResult { runId: string; reportPath: string }

const modelsOf = (server: FakeModelServer) => new Set(server.log.map((r) => (r.body as { model?: string }).model));
const runJson = (result: RunResult) => JSON.parse(fs.readFileSync(path.join(path.dirname(result.reportPath), 'run.json'), 'utf8'));

describe('the provider argument of Run Paired Eval', function () {
  this.timeout(120000);
  let server: FakeModelServer;

  before(async () => {
    await openPrompt('prompts/support.prompt.md');
    await activeExtension();
    server = await startFakeModelServer({ latencyMs: 1, keepBodies: true });
  });
  after(async () => server?.close());
  beforeEach(() => (server.log.length = 0));

  it('{provider: "openai:MODEL"} replaces the suite\'s model and keeps its 127.0.0.1 endpoint', async () => {
    const root = workspaceRoot().fsPath;
    fs.writeFileSync(path.join(root, 'override.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${server.url}/v1 }\nsamples: 1\ncases:\n  - { id: one, input: "Where is my parcel?", vars: { customer_name: Ann } }\n`);
    const plain = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'override.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, noCache: true })) as RunResult;
    assert.deepEqual([...modelsOf(server)], ['fake-model-1'], 'without the argument: the suite\'s model');
    assert.equal(runJson(plain).meta.provider.model, 'fake-model-1');

    server.log.length = 0;
    const over = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'override.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, noCache: true, provider: 'openai:fake-model-2' })) as RunResult;
    assert.equal(server.log.length, 3, 'A, A′ and B: one case, one sample each');
    assert.deepEqual([...modelsOf(server)], ['fake-model-2'], 'every request names the model of the argument');
    assert.equal(runJson(over).meta.provider.model, 'fake-model-2', 'and the run records it');
    assert.equal(runJson(over).meta.provider.baseUrl, `${server.url}/v1`);
  });

  it('a promptfoo config whose provider cannot be called runs on {provider: "ollama:MODEL"} (Ollama at 127.0.0.1:11434)', async function () {
    let ollama: FakeModelServer;
    try {
      ollama = await startFakeModelServer({ port: 11434, latencyMs: 1, keepBodies: true });
    } catch (err) {
      // Ollama's default address is fixed; another program holding it is not this test's failure.
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return this.skip();
      throw err;
    }
    try {
      const root = workspaceRoot().fsPath;
      fs.mkdirSync(path.join(root, 'pf-agent'), { recursive: true });
      // an agent (code PromptShift does not run): `check` renders it, `eval` needs another provider
      fs.writeFileSync(path.join(root, 'pf-agent', 'promptfooconfig.yaml'), 'prompts:\n  - "Answer briefly: {{question}}"\n  - "Answer in detail: {{question}}"\nproviders:\n  - "exec: python agent.py"\ntests:\n  - vars: { question: "Can I return shoes?" }\n');
      const result = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'pf-agent/promptfooconfig.yaml', open: false, noCache: true, samples: 1, provider: 'ollama:llama3.2' })) as RunResult;
      assert.equal(ollama.log.length, 3);
      assert.ok(ollama.log.every((r) => r.format === 'ollama' && (r.body as { model?: string }).model === 'llama3.2'), JSON.stringify(ollama.log.map((r) => r.format)));
      const sent = ollama.log.map((r) => JSON.stringify(r.body));
      assert.equal(sent.filter((b) => b.includes('Answer briefly: Can I return shoes?')).length, 2, 'A and A′');
      assert.equal(sent.filter((b) => b.includes('Answer in detail: Can I return shoes?')).length, 1, 'B: the second prompt');
      assert.equal(runJson(result).meta.provider.type, 'ollama');
      assert.equal(server.log.length, 0);
    } finally {
      await ollama.close();
    }
  });

  it('a provider argument PromptShift cannot call is refused, naming it, before any request', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'override.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, provider: 'nosuchprovider:model-x' })),
      /nosuchprovider:model-x/,
    );
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'override.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, provider: 'openai' })), /name the model too/);
    assert.equal(server.log.length, 0);
  });
});
