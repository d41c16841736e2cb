// The runner against a real fake model server over HTTP: completeness, retries, throttling, fatal failures.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callId } from '../../../src/core/providers/call-id';
import { executeRun, type RunResult } from '../../../src/core/run/execute';
import type { RunProgress } from '../../../src/core/run/progress';
import { readRunRecord } from '../../../src/core/run/store';
import { fakeOutput, startFakeModelServer, type Fault, type FakeModelServer } from '../../fakes/model-server';
import { fixturePlan } from '../../fakes/plan-fixture';
import { allText, FAKE_KEY, FAST_RETRY, openaiAt, tempDir } from './helpers';

let server: FakeModelServer;
/** requests before this index belong to earlier tests (call ids repeat across tests) */
let logStart = 0;
let faultFor: (callId: string | undefined, nth: number) => Fault | undefined = () => undefined;
before(async () => {
  server = await startFakeModelServer({
    latencyMs: 2,
    faultFor: (req) => faultFor(req.callId, server.log.slice(logStart).filter((e) => e.callId === req.callId).length + 1),
  });
});
after(() => server.close());

function checkEveryCallOnce(result: RunResult, plan: ReturnType<typeof fixturePlan>, since: number): void {
  const counts = new Map<string, number>();
  for (const e of server.log.slice(since)) counts.set(e.callId!, (counts.get(e.callId!) ?? 0) + 1);
  assert.equal(counts.size, plan.length);
  for (const call of plan) assert.equal(counts.get(call.id), 1, `call ${call.id} made ${counts.get(call.id)} times`);
  assert.equal(result.records.length, plan.length);
}

test('50 cases × 3 samples × 3 versions: every call made exactly once and recorded', async () => {
  faultFor = () => undefined;
  const plan = fixturePlan(50, 3);
  const runDir = tempDir();
  const since = server.log.length;
  const progress: RunProgress[] = [];
  const result = await executeRun({ runDir, calls: plan, provider: await openaiAt(server.url), concurrency: 16, onProgress: (p) => progress.push(p) });
  assert.equal(result.status, 'completed');
  assert.equal(result.errors, 0);
  assert.equal(plan.length, 450);
  checkEveryCallOnce(result, plan, since);
  for (const record of result.records) {
    const call = plan.find((c) => c.id === record.callId)!;
    assert.equal(record.response?.text, fakeOutput(call.request.messages, callId(call.request.call)));
    assert.equal(record.response?.fingerprint, 'fp_fake');
    assert.equal(record.attempts, 1);
    assert.equal(record.cached, false);
  }
  // the record on disk says the same
  const onDisk = readRunRecord(runDir);
  assert.equal(onDisk.results.size, 450);
  assert.equal(onDisk.plan.length, 450);
  assert.equal(onDisk.meta?.status, 'completed');
  assert.equal(readFileSync(join(runDir, 'calls.jsonl'), 'utf8').trim().split('\n').length, 450);
  // progress: monotone, ends at 450/450 with tokens and a cost for a known model
  const last = progress.at(-1)!;
  assert.equal(last.done, 450);
  assert.ok(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done));
  assert.equal(last.inputTokens, result.inputTokens);
  assert.ok(last.inputTokens > 450 && last.outputTokens > 450);
  assert.ok(last.costUsd !== undefined && last.costUsd > 0);
  assert.ok(progress.some((p) => p.etaMs !== undefined && p.etaMs > 0));
});

test('429 (retry-after), 500, 529, resets, timeouts and truncated JSON are retried; the run completes', async () => {
  const faults: Fault[] = [
    { kind: 'status', status: 429, retryAfterMs: 30 },
    { kind: 'status', status: 500 },
    { kind: 'status', status: 529 },
    { kind: 'reset' },
    { kind: 'hang' },
    { kind: 'truncated' },
  ];
  const plan = fixturePlan(20, 1, { seed: 9 });
  const faulted = new Map(plan.slice(0, 30).map((c, i) => [c.id, faults[i % faults.length]!]));
  // the first try of 30 calls fails; one call fails twice (a 429 with retry-after in seconds, then a reset)
  faultFor = (id, nth) => {
    if (id === plan[40]!.id) return nth === 1 ? { kind: 'status', status: 429, retryAfterSec: 1 } : nth === 2 ? { kind: 'reset' } : undefined;
    return nth === 1 && id ? faulted.get(id) : undefined;
  };
  const runDir = tempDir();
  const since = (logStart = server.log.length);
  const concurrency: number[] = [];
  const started = Date.now();
  const result = await executeRun({
    runDir, calls: plan, provider: await openaiAt(server.url, 300), concurrency: 8, retry: FAST_RETRY,
    onProgress: (p) => concurrency.push(p.concurrency),
  });
  faultFor = () => undefined;
  assert.equal(result.status, 'completed', result.message);
  assert.equal(result.errors, 0);
  assert.equal(result.records.length, 60);
  assert.ok(result.records.every((r) => r.response !== undefined));
  const counts = server.countsByCallId();
  for (const call of plan) {
    const n = server.log.slice(since).filter((e) => e.callId === call.id).length;
    const expected = faulted.has(call.id) ? 2 : call.id === plan[40]!.id ? 3 : 1;
    assert.equal(n, expected, `call ${call.id}: ${n} requests (${counts.get(call.id)})`);
    assert.equal(result.records.find((r) => r.callId === call.id)!.attempts, expected);
  }
  assert.ok(Date.now() - started >= 1000, 'the 1 s retry-after was honoured');
  assert.ok(Math.min(...concurrency) < 8, 'throttling lowered the concurrency');
});

test('a response that stays malformed is recorded as an error; the run completes with it counted', async () => {
  const plan = fixturePlan(5, 1);
  faultFor = (id) => (id === plan[2]!.id ? { kind: 'wrongTypes' } : undefined);
  const result = await executeRun({ runDir: tempDir(), calls: plan, provider: await openaiAt(server.url), concurrency: 4, retry: FAST_RETRY });
  faultFor = () => undefined;
  assert.equal(result.status, 'completed');
  assert.equal(result.errors, 1);
  const bad = result.records.find((r) => r.callId === plan[2]!.id)!;
  assert.equal(bad.attempts, 1);
  assert.match(bad.error!.message, /openai: unexpected response: choices\[0\]\.message\.content/);
  assert.equal(bad.error!.kind, 'bad-response');
});

test('a 401 ends the run as failed, quickly, with no key anywhere', async () => {
  faultFor = () => ({ kind: 'status', status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${FAKE_KEY}` } }) });
  const runDir = tempDir();
  const since = server.log.length;
  const result = await executeRun({ runDir, calls: fixturePlan(30, 1), provider: await openaiAt(server.url), concurrency: 4, retry: FAST_RETRY });
  faultFor = () => undefined;
  assert.equal(result.status, 'failed');
  assert.match(result.message!, /authentication refused \(HTTP 401\)/);
  assert.ok(server.log.length - since <= 4, `made ${server.log.length - since} calls after a 401`);
  assert.ok(!result.message!.includes(FAKE_KEY));
  assert.ok(!allText(runDir).includes(FAKE_KEY));
  assert.ok(allText(runDir).includes('[redacted]') || !allText(runDir).includes('Incorrect API key'));
  assert.equal(readRunRecord(runDir).meta?.status, 'failed');
});

test('an unreachable provider ends the run as failed after a few calls', async () => {
  const dead = await startFakeModelServer();
  await dead.close();
  const result = await executeRun({ runDir: tempDir(), calls: fixturePlan(20, 1), provider: await openaiAt(dead.url), concurrency: 2, retry: { ...FAST_RETRY, maxAttempts: 2 } });
  assert.equal(result.status, 'failed');
  assert.match(result.message!, /cannot reach http:\/\/127\.0\.0\.1/);
  assert.ok(result.done < 20);
});
