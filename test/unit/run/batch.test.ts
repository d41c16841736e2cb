// Batch runs against a 127.0.0.1 server speaking OpenAI's Batch API and Anthropic's Message
// Batches (test/fakes/batch-server.ts): a 1,000-call run completes with partial failures and an
// expired batch (retried in follow-up batches, bad requests recorded as errors), its outputs are
// the synchronous run's, and a run killed while its batch waits is resumed from another process
// with no request submitted twice and each result downloaded once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createBatchClient } from '../../../src/core/providers/batch';
import { executeBatchRun, resumeBatchRun } from '../../../src/core/run/batchRun';
import { executeRun } from '../../../src/core/run/execute';
import { BATCHES_FILE, readRunRecord, RunFolder } from '../../../src/core/run/store';
import { startFakeBatchServer } from '../../fakes/batch-server';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { fixturePlan } from '../../fakes/plan-fixture';
import { FAKE_KEY, openaiAt, tempDir } from './helpers';

const FAST = { pollMs: 5, maxPollMs: 20 };
let sync: FakeModelServer;
before(async () => {
  sync = await startFakeModelServer();
});
after(() => sync.close());

const clientFor = (format: 'openai' | 'anthropic', url: string) =>
  createBatchClient(format === 'openai' ? { type: 'openai', baseUrl: `${url}/v1` } : { type: 'anthropic', baseUrl: url }, { apiKey: FAKE_KEY });

for (const format of ['openai', 'anthropic'] as const) {
  test(`${format}: a 1,000-call batch run completes through partial failures and an expired batch, with the synchronous run's outputs`, async () => {
    const plan = fixturePlan(100, 5, { baseline: false });
    assert.equal(plan.length, 1000);
    const retried = new Set(plan.filter((_, i) => i % 50 === 7).map((c) => c.id));
    const refused = new Set(plan.filter((_, i) => i % 200 === 13).map((c) => c.id));
    const server = await startFakeBatchServer({
      pollsToEnd: 3,
      // a server error the first time only; a bad request every time; the first batch expires half done
      itemFault: (id, n) => (refused.has(id) ? 'bad-request' : retried.has(id) && n === 1 ? 'server-error' : undefined),
      batchFault: (n) => (n === 1 ? 'expire' : undefined),
    });
    try {
      const runDir = tempDir();
      const progress: { done: number; batch?: { open: number } }[] = [];
      const result = await executeBatchRun({ runDir, batch: clientFor(format, server.url), calls: plan, ...FAST, onProgress: (p) => progress.push(p) });
      assert.equal(result.status, 'completed', result.message);
      assert.equal(result.records.length, 1000);
      assert.equal(result.errors, refused.size);
      const record = readRunRecord(runDir);
      for (const call of plan) {
        const r = record.results.get(call.id)!;
        if (refused.has(call.id)) assert.equal(r.error?.kind, 'bad-request');
        else assert.ok(r.response, `call ${call.id} has an answer`);
      }
      // the expired half and the server errors went out once more; nothing else did (a refused request is not sent again)
      const expiredHalf = new Set(server.batches[0]!.lines.slice(500).map((l) => l.customId));
      for (const call of plan) {
        const expected = expiredHalf.has(call.id) || (retried.has(call.id) && !refused.has(call.id)) ? 2 : 1;
        assert.equal(server.submissions.get(call.id), expected, `call ${call.id}`);
      }
      for (const [doc, n] of server.downloads) assert.equal(n, 1, `${doc} downloaded ${n} times`);
      assert.ok(progress.some((p) => p.batch && p.batch.open > 0), 'progress reports open batches');
      assert.ok(result.costUsd! > 0, 'cost at the batch price');

      // the same outputs as the synchronous run of the same plan (the fakes share one answer function)
      const syncDir = tempDir();
      const syncRun = await executeRun({ runDir: syncDir, calls: plan, provider: await openaiAt(sync.url), concurrency: 16 });
      for (const r of syncRun.records) {
        if (refused.has(r.callId)) continue;
        assert.equal(record.results.get(r.callId)!.response!.text, r.response!.text);
      }
      // the ledger: every batch submitted is collected
      const events = new RunFolder(runDir).readBatchEvents();
      const submitted = events.filter((e) => e.event === 'submitted').map((e) => e.batchId);
      const collected = events.filter((e) => e.event === 'collected').map((e) => e.batchId);
      assert.deepEqual([...collected].sort(), [...submitted].sort());
      assert.ok(submitted.length >= 2);
    } finally {
      await server.close();
    }
  });

  test(`${format}: killed while the batch waits, resumed from another process: nothing submitted twice, each result downloaded once`, async () => {
    const server = await startFakeBatchServer({ hold: true });
    try {
      const runDir = tempDir();
      const plan = fixturePlan(100, 5, { baseline: false });
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/batch-child.ts', format, server.url, runDir, '100', '5'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      const ledger = join(runDir, BATCHES_FILE);
      const deadline = Date.now() + 30_000;
      // wait until the batch is recorded and the child has polled it a few times
      while (!(existsSync(ledger) && readFileSync(ledger, 'utf8').includes('"submitted"') && server.log.filter((e) => e.method === 'GET').length >= 3)) {
        assert.ok(Date.now() < deadline, `the child recorded no batch: ${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
      assert.equal(readRunRecord(runDir).results.size, 0);
      server.release();
      const result = await resumeBatchRun({ runDir, batch: clientFor(format, server.url), ...FAST });
      assert.equal(result.status, 'completed', result.message);
      assert.equal(result.records.length, plan.length);
      assert.equal(server.batches.length, 1, 'the resume submitted no new batch');
      for (const call of plan) assert.equal(server.submissions.get(call.id), 1);
      assert.equal(server.downloads.size, 1);
      for (const [, n] of server.downloads) assert.equal(n, 1);
      // the key went in the provider's own header on every request
      for (const e of server.log) {
        const key = format === 'openai' ? String(e.headers.authorization).replace(/^Bearer /, '') : e.headers['x-api-key'];
        assert.ok(key === FAKE_KEY || key === 'sk-child', `${e.method} ${e.path} carried ${String(key)}`);
      }
      // resuming a finished run downloads nothing again
      const before = server.log.length;
      const again = await resumeBatchRun({ runDir, batch: clientFor(format, server.url), ...FAST });
      assert.equal(again.status, 'completed');
      assert.equal(server.log.length, before);
    } finally {
      await server.close();
    }
  });
}

test('cancelled while waiting: the batch stays recorded and a resume collects it without submitting again', async () => {
  const server = await startFakeBatchServer({ hold: true });
  try {
    const runDir = tempDir();
    const plan = fixturePlan(10, 2);
    const controller = new AbortController();
    const running = executeBatchRun({ runDir, batch: clientFor('openai', server.url), calls: plan, ...FAST, signal: controller.signal, onProgress: (p) => { if (p.batch?.open) controller.abort(); } });
    const result = await running;
    assert.equal(result.status, 'cancelled');
    assert.match(result.message ?? '', /batch_1 still at the provider/);
    server.release();
    const resumed = await resumeBatchRun({ runDir, batch: clientFor('openai', server.url), ...FAST });
    assert.equal(resumed.status, 'completed');
    assert.equal(server.batches.length, 1);
  } finally {
    await server.close();
  }
});

test('a status poll that fails for the server (500, 503) is tried again at the next poll; a 401 fails the run', async () => {
  const flaky = await startFakeBatchServer({ pollFault: (n) => (n === 1 ? 500 : n === 2 ? 503 : undefined) });
  try {
    const warnings: string[] = [];
    const result = await executeBatchRun({ runDir: tempDir(), batch: clientFor('anthropic', flaky.url), calls: fixturePlan(5, 1), ...FAST, onWarning: (w) => warnings.push(w) });
    assert.equal(result.status, 'completed', result.message);
    assert.equal(warnings.filter((w) => /trying again at the next poll/.test(w)).length, 2);
  } finally {
    await flaky.close();
  }
  const refused = await startFakeBatchServer({ pollFault: () => 401 });
  try {
    const result = await executeBatchRun({ runDir: tempDir(), batch: clientFor('openai', refused.url), calls: fixturePlan(5, 1), ...FAST });
    assert.equal(result.status, 'failed');
    assert.match(result.message ?? '', /authentication refused \(HTTP 401\).*batch_1 still at the provider/);
  } finally {
    await refused.close();
  }
});

test('a batch the provider refuses as a whole fails the run, saying why', async () => {
  const server = await startFakeBatchServer({ batchFault: () => 'fail' });
  try {
    const result = await executeBatchRun({ runDir: tempDir(), batch: clientFor('openai', server.url), calls: fixturePlan(3, 1), ...FAST });
    assert.equal(result.status, 'failed');
    assert.match(result.message ?? '', /batch_1 failed: line 1: the input file is not valid/);
  } finally {
    await server.close();
  }
});

test('a batch id from the run folder that is not one path segment is refused before any request', async () => {
  const server = await startFakeBatchServer();
  try {
    const client = clientFor('openai', server.url);
    await assert.rejects(client.status('../files/x', new AbortController().signal), /unexpected batch id/);
    assert.equal(server.log.length, 0);
  } finally {
    await server.close();
  }
});
