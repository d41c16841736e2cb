// Cancellation and resumption: a cancelled run stops promptly and resumes; a SIGKILLed run in
// another process resumes with no recorded call requested again and none lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { executeRun, resumeRun } from '../../../src/core/run/execute';
import { readRunRecord, CALLS_FILE } from '../../../src/core/run/store';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { planCompact } from '../../../src/core/run/plan';
import { fixturePlan, fixturePlanOptions } from '../../fakes/plan-fixture';
import { FAST_RETRY, openaiAt, tempDir } from './helpers';

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer({ latencyMs: 25, jitterMs: 10 });
});
after(() => server.close());

/** Successful result lines per call id, straight from calls.jsonl. */
function recordedCounts(runDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(runDir, CALLS_FILE), 'utf8').split('\n')) {
    try {
      const r = JSON.parse(line) as { callId: string; response?: unknown };
      if (r.response) counts.set(r.callId, (counts.get(r.callId) ?? 0) + 1);
    } catch { /* torn line */ }
  }
  return counts;
}

test('cancel: no new calls after the abort, resolves within a second, and the run resumes', async () => {
  const plan = fixturePlan(40, 2);
  const runDir = tempDir();
  const controller = new AbortController();
  const provider = await openaiAt(server.url, 10_000);
  const since = server.log.length;
  let abortedAt = 0;
  // cancel once some calls are done (not after a fixed time: the machine may be slow)
  const onProgress = (p: { done: number }) => {
    if (p.done >= 10 && !controller.signal.aborted) {
      abortedAt = Date.now();
      controller.abort();
    }
  };
  const running = executeRun({ runDir, calls: plan, provider, concurrency: 4, signal: controller.signal, onProgress });
  const result = await running;
  const took = Date.now() - abortedAt;
  assert.equal(result.status, 'cancelled');
  assert.ok(took < 1000, `took ${took} ms to cancel`);
  assert.ok(result.done > 0 && result.done < plan.length);
  const afterAbort = server.log.slice(since).filter((e) => e.at > abortedAt + 5);
  assert.equal(afterAbort.length, 0, 'no call started after the abort');
  assert.equal(readRunRecord(runDir).meta?.status, 'cancelled');

  const beforeResume = new Set(readRunRecord(runDir).results.keys());
  const resumeFrom = server.log.length;
  const resumed = await resumeRun({ runDir, provider, concurrency: 8 });
  assert.equal(resumed.status, 'completed');
  assert.equal(resumed.records.length, plan.length);
  const again = server.log.slice(resumeFrom).filter((e) => beforeResume.has(e.callId!));
  assert.equal(again.length, 0, 'a call recorded before the cancel was requested again');
  for (const [id, n] of recordedCounts(runDir)) assert.equal(n, 1, `call ${id} recorded ${n} times`);
  assert.equal(recordedCounts(runDir).size, plan.length);
});

test('a compact plan (each call built when sent): cancelled, then resumed with the same plan made again, each call made once; another plan is refused', async () => {
  const options = fixturePlanOptions(30, 2, { seed: 7 });
  const runDir = tempDir();
  const controller = new AbortController();
  const provider = await openaiAt(server.url, 10_000);
  const since = server.log.length;
  const onProgress = (p: { done: number }) => {
    if (p.done >= 12 && !controller.signal.aborted) controller.abort();
  };
  const first = await executeRun({ runDir, calls: planCompact(options), provider, concurrency: 4, signal: controller.signal, onProgress });
  assert.equal(first.status, 'cancelled');
  assert.ok(first.done >= 12 && first.done < 180, `done ${first.done}`);
  // the plan on disk is the whole plan, in order
  assert.deepEqual(readRunRecord(runDir).plan.map((c) => c.id), fixturePlan(30, 2, { seed: 7 }).map((c) => c.id));
  await assert.rejects(executeRun({ runDir, calls: planCompact({ ...options, seed: 8, cases: options.cases.slice(1) }), provider, concurrency: 4 }), /already holds a different plan/);

  const recordedBefore = new Set(recordedCounts(runDir).keys());
  const resumeFrom = server.log.length;
  let progressDone = -1;
  const resumed = await executeRun({ runDir, calls: planCompact(options), provider, concurrency: 8, onProgress: (p) => (progressDone = p.done) });
  assert.equal(resumed.status, 'completed');
  assert.equal(resumed.done, 180);
  assert.equal(progressDone, 180);
  assert.equal(server.log.slice(resumeFrom).filter((e) => recordedBefore.has(e.callId!)).length, 0, 'a call recorded before the cancel was requested again');
  const counts = recordedCounts(runDir);
  assert.equal(counts.size, 180);
  for (const [id, n] of counts) assert.equal(n, 1, `call ${id} recorded ${n} times`);
  // every request the server saw for this run is a planned call, with the planned messages
  const planned = new Set(fixturePlan(30, 2, { seed: 7 }).map((c) => c.id));
  assert.ok(server.log.slice(since).every((e) => planned.has(e.callId!)));
});

test('a torn last line is ignored with a warning, and the call it held is made again', async () => {
  const plan = fixturePlan(6, 1);
  const runDir = tempDir();
  const provider = await openaiAt(server.url);
  await executeRun({ runDir, calls: plan.slice(0, 18), provider, concurrency: 4 });
  // an interrupted write: half a line, no newline
  appendFileSync(join(runDir, CALLS_FILE), '{"callId":"' + plan[0]!.id + '","cacheKey":"abc');
  const warnings: string[] = [];
  const result = await resumeRun({ runDir, provider, concurrency: 4, onWarning: (w) => warnings.push(w) });
  assert.equal(result.status, 'completed');
  assert.equal(result.records.length, plan.length);
  assert.ok(warnings.some((w) => /calls\.jsonl:\d+: incomplete last line/.test(w)), warnings.join('\n'));
  // the next line starts on a line of its own, so nothing after the torn one is lost
  assert.equal(readRunRecord(runDir).results.size, plan.length);
});

test('SIGKILL half way through, then resume: no recorded call requested again, none lost', async () => {
  const runDir = tempDir();
  const plan = fixturePlan(50, 3); // the child builds the same plan
  const since = server.log.length;
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/run-child.ts', server.url, runDir, '50', '3', '8'], {
    cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // wait until about half the calls are recorded
  const deadline = Date.now() + 20_000;
  for (;;) {
    const file = join(runDir, CALLS_FILE);
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0;
    if (lines >= plan.length / 2) break;
    assert.ok(Date.now() < deadline, `child made too little progress: ${lines} lines; ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  const killedAt = Date.now();

  const recordedByChild = new Set(readRunRecord(runDir).results.keys());
  assert.ok(recordedByChild.size >= plan.length / 2 && recordedByChild.size < plan.length, `${recordedByChild.size} recorded`);
  const resumeFrom = server.log.length;
  const result = await resumeRun({ runDir, provider: await openaiAt(server.url), concurrency: 8, retry: FAST_RETRY });
  assert.equal(result.status, 'completed');

  // made twice = recorded, then requested again
  const requestedAgain = server.log.slice(resumeFrom).filter((e) => recordedByChild.has(e.callId!));
  assert.equal(requestedAgain.length, 0);
  // every recorded call reached the server exactly once overall
  const counts = new Map<string, number>();
  for (const e of server.log.slice(since)) counts.set(e.callId!, (counts.get(e.callId!) ?? 0) + 1);
  for (const id of recordedByChild) assert.equal(counts.get(id), 1);
  // calls in flight at the kill may be sent again, at most once more
  for (const call of plan) assert.ok((counts.get(call.id) ?? 0) >= 1 && (counts.get(call.id) ?? 0) <= 2);
  // none lost: exactly one recorded result for every planned call
  const recorded = recordedCounts(runDir);
  assert.equal(recorded.size, plan.length);
  for (const call of plan) assert.equal(recorded.get(call.id), 1, `call ${call.id}`);
  assert.ok(server.log.slice(resumeFrom).every((e) => e.at >= killedAt));
});
