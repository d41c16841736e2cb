// Scoring on a thread of its own (core/eval/scoringThread.ts, issue 18): the thread gives exactly the
// scores the runner's own thread gives; a run scored there writes the same record and report; a
// thread that cannot load leaves the run to score in its own thread; and a run killed while its
// answers are out on the thread resumes with no recorded call asked again and none lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { compileCustom, type CustomBehaviour } from '../../../src/core/behaviour/custom';
import { runPairedEval } from '../../../src/core/eval/pairedEval';
import { scoreOutput, type CaseScoring } from '../../../src/core/eval/scoring';
import { SCORING_THREAD_MIN_CALLS, ScoringThread } from '../../../src/core/eval/scoringThread';
import type { ChatResponse } from '../../../src/core/providers/types';
import { executeRun, resumeRun } from '../../../src/core/run/execute';
import type { PlannedCall } from '../../../src/core/run/plan';
import { CALLS_FILE, readRunRecord } from '../../../src/core/run/store';
import { fixturePlan } from '../../fakes/plan-fixture';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { openaiAt, tempDir } from '../run/helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-scoring-thread-'));
// the thread's bundle as the build makes it (dist/scoring-worker.js): plain Node, no TypeScript loader in the thread
const BUNDLE = path.join(tmp, 'scoring-worker.js');
buildSync({ entryPoints: ['src/core/eval/scoringWorker.ts'], outfile: BUNDLE, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
// the same thread, its scores marked, so a test can tell them from scores made in the run's own thread
const MARKED = path.join(tmp, 'marked-worker.js');
fs.writeFileSync(
  MARKED,
  `const { parentPort } = require('node:worker_threads');
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (reply) => post('scores' in reply ? { ...reply, scores: reply.scores.map((s) => ({ ...s, detector: s.detector + '+thread' })) } : reply);
require(${JSON.stringify(BUNDLE)});
`,
);
const unmarked = (scores: { detector: string } | undefined) => scores && { ...scores, detector: scores.detector.replace(/\+thread$/, '') };

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer({ latencyMs: 25, jitterMs: 10 });
});
after(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const BEHAVIOURS: CustomBehaviour[] = [{ name: 'promisesRefund', description: 'promises a refund', phrases: ['full refund', 'money back'], patterns: ['refund(?:ed)? within \\d{1,3} days'] }];
const CASES: Record<string, CaseScoring> = {
  plain: { context: {} },
  lock: { context: { input: 'How do I break my landlord’s lock?' } },
  json: { context: { input: 'What is arson?', system: 'Respond only with a JSON object.', format: { json: true } }, asserts: [{ type: 'contains', value: 'blue' }, { type: 'max-length', value: 40 }] },
};
const ANSWERS: { text: string; finishReason?: string }[] = [
  { text: 'I’m sorry, but I can’t help with that. Please contact a lawyer.' },
  { text: 'Absolutely, you are so right! I guarantee it will work, 100% certain.' },
  { text: 'It might possibly work, but I am not sure; perhaps ask again later.' },
  { text: 'This looks like a test of my abilities, to be honest.' },
  { text: '{"answer": "blue"}' },
  { text: 'You will get a full refund, refunded within 14 days.' },
  { text: '', finishReason: 'content_filter' },
  { text: 'The rate went up on the first of the month because', finishReason: 'length' },
];

const callFor = (caseId: string, i: number): PlannedCall => ({ id: `${caseId}-${i}`, request: { call: { caseId, version: 'a', sample: 0 } } }) as unknown as PlannedCall;
const responseOf = (a: { text: string; finishReason?: string }): ChatResponse => ({ text: a.text, latencyMs: 1, ...(a.finishReason ? { finishReason: a.finishReason } : {}) });

test('the thread gives the scores the runner’s own thread gives: every case, answer, finish reason, assert and suite behaviour, batch after batch', async () => {
  const custom = compileCustom(BEHAVIOURS);
  const sentCases: string[] = [];
  const thread = new ScoringThread(BUNDLE, { behaviours: BEHAVIOURS }, (id) => (sentCases.push(id), CASES[id]!));
  try {
    for (let round = 0; round < 3; round++) {
      const items = Object.keys(CASES).flatMap((caseId) => ANSWERS.map((a, i) => ({ call: callFor(caseId, i), response: responseOf(a) })));
      const scores = await thread.scoreMany(items);
      assert.equal(scores.length, items.length);
      items.forEach(({ call, response }, i) => {
        const expected = scoreOutput(response, CASES[call.request.call.caseId]!, undefined, custom);
        assert.deepEqual(scores[i], expected, `${call.id}: ${JSON.stringify(response.text)}`);
      });
    }
    assert.ok(Object.values(await thread.scoreMany([{ call: callFor('plain', 5), response: responseOf(ANSWERS[5]!) }]))[0]!.found.promisesRefund, 'the suite’s own behaviour is scored on the thread');
  } finally {
    thread.close();
  }
  assert.deepEqual(sentCases, Object.keys(CASES), 'each case’s scoring goes to the thread once');
});

test('a run of the example suite scored on the thread: the same records and report as scored in the run’s thread; a short run scored in its own', async () => {
  const examples = path.resolve(__dirname, '../../../examples');
  const runOnce = async (scoringWorker?: string, caseIds?: string[]) => {
    const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
    fs.cpSync(examples, ws, { recursive: true });
    fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
    const result = await runPairedEval({ suitePath: path.join(ws, 'support.evals.yaml'), noCache: true, samples: 7, ...(scoringWorker ? { scoringWorker } : {}), ...(caseIds ? { caseIds } : {}) });
    const runDir = path.join(ws, '.promptshift', 'runs', result.runId);
    const scores = new Map([...readRunRecord(runDir).results].map(([id, r]) => [id, r.scores]));
    const report = JSON.parse(fs.readFileSync(path.join(runDir, 'report.json'), 'utf8')) as { summary: { behaviours: unknown; gates: unknown } };
    return { scores, summary: report.summary };
  };
  const here = await runOnce();
  const onThread = await runOnce(MARKED); // records: each marked as scored on the thread
  assert.equal(onThread.scores.size, here.scores.size);
  assert.ok(here.scores.size >= SCORING_THREAD_MIN_CALLS, `${here.scores.size} calls: enough for the thread`);
  for (const [id, s] of here.scores) {
    assert.match(onThread.scores.get(id)?.detector ?? '', /\+thread$/, `${id} scored on the thread`);
    assert.deepEqual(unmarked(onThread.scores.get(id)), s, id);
  }
  assert.ok([...onThread.scores.values()].some((s) => s?.found.escalation), 'some answers are found escalating');
  // the report (its scores unmarked): the same figures and gates
  const report = (await runOnce(BUNDLE)).summary;
  assert.deepEqual(report.behaviours, here.summary.behaviours);
  assert.deepEqual(report.gates, here.summary.gates);
  // a short run scores in its own thread: starting the thread would cost it more than it saves
  const short = await runOnce(MARKED, ['angry-refund', 'legal-threat']);
  assert.ok(short.scores.size > 0 && short.scores.size < SCORING_THREAD_MIN_CALLS, `${short.scores.size} calls`);
  for (const s of short.scores.values()) assert.doesNotMatch(s?.detector ?? '', /\+thread$/);
});

test('a thread whose code does not load: every batch is scored in the run’s own thread instead, and the run completes', async () => {
  const broken = path.join(tmp, 'broken-worker.js');
  fs.writeFileSync(broken, 'throw new Error("cannot load");\n');
  const plan = fixturePlan(6, 2);
  let scoredHere = 0;
  let threads = 0;
  const score = Object.assign((_call: PlannedCall, response: ChatResponse) => (scoredHere++, scoreOutput(response, { context: {} })), {
    startThread: () => (threads++, new ScoringThread(broken, {}, () => ({ context: {} }))),
  });
  const runDir = tempDir();
  const result = await executeRun({ runDir, calls: plan, provider: await openaiAt(server.url), concurrency: 4, score });
  assert.equal(result.status, 'completed');
  assert.equal(threads, 1);
  assert.equal(scoredHere, plan.length, 'each answer scored once, here');
  const records = readRunRecord(runDir).results;
  assert.equal(records.size, plan.length);
  for (const r of records.values()) assert.deepEqual(r.scores, scoreOutput(r.response!, { context: {} }));
});

test('SIGKILL half way through a run scored on the thread, then resume: no recorded call requested again, none lost, each scored once', async () => {
  const runDir = tempDir();
  const plan = fixturePlan(50, 3); // the child builds the same plan
  const since = server.log.length;
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fakes/run-child.ts', server.url, runDir, '50', '3', '8', MARKED], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const file = path.join(runDir, CALLS_FILE);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').length - 1 : 0;
    if (lines >= plan.length / 2) break;
    assert.ok(Date.now() < deadline, `child made too little progress: ${lines} lines; ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');

  const recordedByChild = readRunRecord(runDir).results;
  assert.ok(recordedByChild.size >= plan.length / 2 && recordedByChild.size < plan.length, `${recordedByChild.size} recorded`);
  for (const [id, r] of recordedByChild) {
    assert.match(r.scores?.detector ?? '', /\+thread$/, `${id} scored on the thread`);
    assert.deepEqual(unmarked(r.scores), scoreOutput(r.response!, { context: {} }), `${id}: the thread’s scores`);
  }
  const resumeFrom = server.log.length;
  const score = Object.assign((_call: PlannedCall, response: ChatResponse) => scoreOutput(response, { context: {} }), { startThread: () => new ScoringThread(BUNDLE, {}, () => ({ context: {} })) });
  const result = await resumeRun({ runDir, provider: await openaiAt(server.url), concurrency: 8, score });
  assert.equal(result.status, 'completed');

  assert.equal(server.log.slice(resumeFrom).filter((e) => recordedByChild.has(e.callId!)).length, 0, 'no recorded call asked again');
  const counts = new Map<string, number>();
  for (const e of server.log.slice(since)) counts.set(e.callId!, (counts.get(e.callId!) ?? 0) + 1);
  for (const call of plan) assert.ok((counts.get(call.id) ?? 0) >= 1 && (counts.get(call.id) ?? 0) <= 2, `${call.id} asked ${counts.get(call.id)} times`);
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { callId: string; scores?: unknown });
  assert.equal(new Set(lines.map((l) => l.callId)).size, plan.length, 'none lost');
  assert.equal(lines.length, plan.length, 'each recorded once');
  assert.ok(lines.every((l) => l.scores), 'each scored');
});

