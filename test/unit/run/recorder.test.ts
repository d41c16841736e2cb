// The call recorder: answers that finish within one turn are scored once and written in one
// write, and count as done only once on disk; a scorer that throws stops the run and surfaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CallRecorder, type FinishedCall, type OffThreadScorer } from '../../../src/core/run/recorder';
import { executeRun } from '../../../src/core/run/execute';
import { RunFolder, CALLS_FILE, type CallRecord } from '../../../src/core/run/store';
import type { ChatRequest, ChatResponse, ModelProvider } from '../../../src/core/providers/types';
import { fixturePlan } from '../../fakes/plan-fixture';
import { tempDir } from './helpers';

/** A RunFolder that counts the writes to calls.jsonl. */
class CountingFolder extends RunFolder {
  writes = 0;
  override openCalls(): ReturnType<RunFolder['openCalls']> {
    const log = super.openCalls();
    return {
      append: (records: readonly CallRecord[]) => {
        this.writes++;
        log.append(records);
      },
      close: () => log.close(),
    };
  }
}

function finished(i: number): FinishedCall {
  const call = fixturePlan(10, 1)[i]!;
  const { caseId, version, sample } = call.request.call;
  const response: ChatResponse = { text: `answer ${i}`, latencyMs: 1 };
  return { call, index: i, response, record: { callId: call.id, cacheKey: 'k', caseId, version, sample, paramsHash: 'p', cached: false, attempts: 1, finishedAt: new Date(0).toISOString(), response } };
}

const lines = (dir: string) => (existsSync(join(dir, CALLS_FILE)) ? readFileSync(join(dir, CALLS_FILE), 'utf8').split('\n').filter(Boolean) : []);

test('answers of one turn are scored once each and written in one write, and count as done only after it', async () => {
  const dir = tempDir();
  const folder = new CountingFolder(dir);
  const written: string[] = [];
  let batches = 0;
  let scored = 0;
  const recorder = new CallRecorder({
    folder,
    score: () => (scored++, { detector: 'test', found: {} }),
    onWritten: (r) => written.push(r.callId),
    onBatch: () => batches++,
    onWriteError: (e) => assert.fail(e),
  });
  for (let i = 0; i < 5; i++) recorder.add(finished(i));
  // nothing scored, written or counted while the turn goes on
  assert.equal(scored, 0);
  assert.equal(written.length, 0);
  assert.equal(lines(dir).length, 0);
  await new Promise((r) => setImmediate(r));
  assert.equal(folder.writes, 1);
  assert.equal(batches, 1);
  assert.equal(scored, 5);
  assert.equal(written.length, 5);
  const onDisk = lines(dir).map((l) => JSON.parse(l) as CallRecord);
  assert.deepEqual(onDisk.map((r) => r.callId), written);
  assert.ok(onDisk.every((r) => r.scores?.detector === 'test'), 'each record carries its scores');
  // a later turn is a later write
  recorder.add(finished(5));
  recorder.close();
  assert.equal(folder.writes, 2);
  assert.equal(scored, 6);
  assert.equal(lines(dir).length, 6);
});

test('a batch that grows past its limit is written at once (a provider that never yields)', () => {
  const dir = tempDir();
  const folder = new CountingFolder(dir);
  const recorder = new CallRecorder({ folder, onWritten: () => undefined, onBatch: () => undefined, onWriteError: (e) => assert.fail(e), maxBatch: 3 });
  for (let i = 0; i < 7; i++) recorder.add(finished(i));
  assert.equal(folder.writes, 2);
  assert.equal(lines(dir).length, 6);
  recorder.close();
  assert.equal(lines(dir).length, 7);
});

test('a scorer that throws fails the run with nothing of its batch recorded, and the error surfaces', async () => {
  const plan = fixturePlan(4, 1);
  const provider: ModelProvider = { type: 'test', complete: async (r: ChatRequest) => ({ text: `out ${r.call.caseId}`, latencyMs: 0 }) };
  const runDir = tempDir();
  await assert.rejects(
    executeRun({ runDir, calls: plan, provider, concurrency: 2, score: () => { throw new Error('detector bug'); } }),
    /detector bug/,
  );
  const meta = JSON.parse(readFileSync(join(runDir, 'run.json'), 'utf8')) as { status: string; message?: string };
  assert.equal(meta.status, 'failed');
  assert.match(meta.message ?? '', /scoring .* failed: detector bug/);
  assert.equal(lines(runDir).length, 0);
});

test("the scorer's warm-up runs once, after every worker's first request is sent and before any answer is scored", async () => {
  const plan = fixturePlan(6, 2);
  const events: string[] = [];
  let sent = 0;
  const provider: ModelProvider = {
    type: 'test',
    complete: async (r: ChatRequest) => {
      sent++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { text: `out ${r.call.caseId}`, latencyMs: 20 };
    },
  };
  const score = Object.assign(() => (events.push('score'), { detector: 'test', found: {} }), { warm: () => void events.push(`warm after ${sent} sent`) });
  const result = await executeRun({ runDir: tempDir(), calls: plan, provider, concurrency: 4, score });
  assert.equal(result.done, plan.length);
  assert.deepEqual(events.slice(0, 2), ['warm after 4 sent', 'score']);
  assert.equal(events.filter((e) => e.startsWith('warm')).length, 1);
  assert.equal(events.filter((e) => e === 'score').length, plan.length);
});

test('answers that come in while the warm-up goes are held unscored until it is ready, and the run’s end releases them if it never is', async () => {
  for (const readyAfter of [4, undefined]) {
    const plan = fixturePlan(6, 2);
    const events: string[] = [];
    let answered = 0;
    let ready: (() => void) | undefined;
    const provider: ModelProvider = {
      type: 'test',
      complete: async (r: ChatRequest) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (++answered === readyAfter) setImmediate(() => (events.push(`ready after ${answered} answered`), ready?.()));
        return { text: `out ${r.call.caseId}`, latencyMs: 5 };
      },
    };
    const warm = (whenReady: () => void) => void (ready = whenReady);
    const score = Object.assign(() => (events.push('score'), { detector: 'test', found: {} }), { warm });
    const runDir = tempDir();
    const result = await executeRun({ runDir, calls: plan, provider, concurrency: 2, score });
    assert.equal(result.done, plan.length);
    assert.equal(events.filter((e) => e === 'score').length, plan.length);
    assert.equal(lines(runDir).length, plan.length);
    // the requests went on meanwhile; nothing was scored before the warm-up was ready
    if (readyAfter !== undefined) assert.equal(events[0], 'ready after 4 answered');
  }
});

test('a held recorder still writes a full batch at once', () => {
  const dir = tempDir();
  const folder = new CountingFolder(dir);
  const recorder = new CallRecorder({ folder, score: () => ({ detector: 'test', found: {} }), onWritten: () => undefined, onBatch: () => undefined, onWriteError: (e) => assert.fail(e), maxBatch: 3 });
  const release = recorder.hold();
  for (let i = 0; i < 4; i++) recorder.add(finished(i));
  assert.equal(lines(dir).length, 3);
  release();
  recorder.close();
  assert.equal(lines(dir).length, 4);
});

/** A scoring thread that scores at once: the size of each batch it was sent, and whether it was closed. */
function fakeThread(): { offThread: OffThreadScorer; sent: number[]; closed: boolean } {
  const thread = {
    sent: [] as number[],
    closed: false,
    offThread: {
      scoreMany: (items: readonly unknown[]) => (thread.sent.push(items.length), Promise.resolve(items.map(() => ({ detector: 'thread', found: {} })))),
      close: () => void (thread.closed = true),
    },
  };
  return thread;
}

test('with a scoring thread, answers of several turns within the gathering time go as one batch: one message, one write', async () => {
  const dir = tempDir();
  const folder = new CountingFolder(dir);
  const { offThread, sent } = fakeThread();
  const written: string[] = [];
  // long enough that three turns of a loaded machine fit inside it
  const recorder = new CallRecorder({ folder, offThread, onWritten: (r) => written.push(r.callId), onBatch: () => undefined, onWriteError: (e) => assert.fail(e), gatherMs: 300 });
  const turn = () => new Promise((r) => setImmediate(r));
  for (let i = 0; i < 3; i++) {
    recorder.add(finished(i));
    await turn();
  }
  // three turns have passed: still gathering, nothing sent, written or counted
  assert.deepEqual(sent, []);
  assert.equal(written.length, 0);
  await new Promise((r) => setTimeout(r, 600));
  assert.deepEqual(sent, [3], 'the three answers went to the thread as one batch');
  assert.equal(folder.writes, 1);
  assert.deepEqual(written, [0, 1, 2].map((i) => finished(i).record.callId));
  await recorder.close();
  assert.equal(folder.writes, 1, 'nothing left to write at the end');
});

test("with a scoring thread, the run's end takes what is gathered at once, without waiting out the gathering time", { timeout: 10_000 }, async () => {
  const dir = tempDir();
  const folder = new CountingFolder(dir);
  const thread = fakeThread();
  const { offThread } = thread;
  // a gathering time no test would wait out: close must not wait for it
  const recorder = new CallRecorder({ folder, offThread, onWritten: () => undefined, onBatch: () => undefined, onWriteError: (e) => assert.fail(e), gatherMs: 600_000 });
  recorder.add(finished(0));
  recorder.add(finished(1));
  await recorder.close();
  assert.equal(folder.writes, 1);
  assert.ok(thread.closed, 'the thread is closed');
  const onDisk = lines(dir).map((l) => JSON.parse(l) as CallRecord);
  assert.equal(onDisk.length, 2);
  assert.ok(onDisk.every((r) => r.scores?.detector === 'thread'), 'each record carries the thread’s scores');
});
