// The scoring thread's code (bundled as dist/scoring-worker.js; scoringThread.ts starts it): scores
// a run's answers as the runner's own thread would (scoreOutputs: the same scores as scoreOutput),
// off the thread that sends the requests (issue 18). It compiles the detectors as soon as it starts,
// beside the run's start-up, so the first batch seldom waits for them.
import { parentPort, workerData } from 'node:worker_threads';
import { compileCustom } from '../behaviour/custom';
import { scoreOutputs, warmUp, type CaseScoring } from './scoring';
import type { ScoringReply, ScoringRequest, ScoringThreadData } from './scoringThread';

const port = parentPort;
if (!port) throw new Error('scoring-worker.js runs as a worker thread (core/eval/scoringThread.ts)');
const custom = compileCustom((workerData as ScoringThreadData).behaviours);
const scoringOf = new Map<string, CaseScoring>();

port.on('message', (request: ScoringRequest) => {
  for (const [caseId, scoring] of request.cases) scoringOf.set(caseId, scoring);
  let reply: ScoringReply;
  try {
    const items = request.items.map((i) => ({ output: i.text, finishReason: i.finishReason, scoring: scoringOf.get(i.caseId) ?? { context: {} } }));
    reply = { batch: request.batch, scores: scoreOutputs(items, undefined, custom) };
  } catch (error) {
    // the runner scores the batch again in its own thread, which reports the error as it always has
    reply = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

// after the listener: a batch sent meanwhile waits in the port's queue until this is done
try {
  for (const step of warmUp({ context: {} }, undefined, custom)) void step;
} catch {
  // a detector that throws: the first batch's scoring says so
}
