// Run Paired Eval's `{batch: true}` argument and a suite's `batch: true` in the real VS Code, against
// a 127.0.0.1 server speaking OpenAI's Batch API: the calls go out as one provider batch (no
// synchronous request), its id is in the run folder's batches.jsonl, and the run completes.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, openPrompt, workspaceRoot } from './helpers';
import { startFakeBatchServer, type FakeBatchServer } from '../../fakes/batch-server';

interface RunResult { runId: string; reportPath: string }

const ledger = (result: RunResult) => fs.readFileSync(path.join(path.dirname(result.reportPath), 'batches.jsonl'), 'utf8');
const runJson = (result: RunResult) => JSON.parse(fs.readFileSync(path.join(path.dirname(result.reportPath), 'run.json'), 'utf8'));

describe('batch runs from Run Paired Eval', function () {
  this.timeout(120000);
  let server: FakeBatchServer;

  before(async () => {
    await openPrompt('prompts/support.prompt.md');
    await activeExtension();
    server = await startFakeBatchServer({ pollsToEnd: 2 });
  });
  after(async () => {
    await server?.close();
    // other suites' files must not stay behind: Run Paired Eval without arguments runs the only suite there is
    for (const name of ['batch.evals.yaml', 'batch2.evals.yaml']) fs.rmSync(path.join(workspaceRoot().fsPath, name), { force: true });
  });

  it('{batch: true} sends the run as a provider batch and completes it', async () => {
    const root = workspaceRoot().fsPath;
    fs.writeFileSync(path.join(root, 'batch.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: ${server.url}/v1 }\nsamples: 1\ncases:\n  - { id: one, input: "Where is my parcel?", vars: { customer_name: Ann } }\n  - { id: two, input: "I was charged twice.", vars: { customer_name: Bo } }\n`);
    const before = server.batches.length;
    const result = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'batch.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, noCache: true, batch: true, batchPollMs: 20 })) as RunResult;
    assert.equal(server.batches.length, before + 1, 'one batch');
    assert.equal(server.batches.at(-1)!.lines.length, 6, 'A, A′ and B of two cases');
    assert.match(ledger(result), new RegExp(`"batchId":"${server.batches.at(-1)!.id}"`));
    assert.equal(runJson(result).status, 'completed');
    assert.equal(runJson(result).meta.batch, true);
    assert.ok(!server.log.some((r) => r.path.endsWith('/chat/completions')), 'no synchronous call');
  });

  it("a suite's batch: true runs as a batch without the argument", async () => {
    const root = workspaceRoot().fsPath;
    fs.writeFileSync(path.join(root, 'batch2.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: ${server.url}/v1 }\nbatch: true\nsamples: 1\ncases:\n  - { id: one, input: "Can I return shoes?", vars: { customer_name: Cy } }\n`);
    const before = server.batches.length;
    const result = (await vscode.commands.executeCommand('promptshift.runPairedEval', { suite: 'batch2.evals.yaml', a: '@v1-handoffs', b: 'working', open: false, noCache: true })) as RunResult;
    assert.equal(server.batches.length, before + 1);
    assert.equal(runJson(result).status, 'completed');
  });
});
