// The scoring thread's code (bundled as dist/scoring-worker.js; scoringThread.ts starts it): scores
// a run's answers as the runner's own thread would (scoreOutputs: the same scores as scoreOutput),
// off the thread that sends the requests (issue 18). Its detectors are compiled by its first batch,
// which only the thread waits for; the run's own behaviours come in its first message.
import { parentPort } from 'node:worker_threads';
import { compileCustom, type CustomDetector } from '../behaviour/custom';
import { scoreOutputs, type CaseScoring } from './scoring';
import type { ScoringReply, ScoringRequest, ScoringSetup } from './scoringThread';

const port = parentPort;
if (!port) throw new Error('scoring-worker.js runs as a worker thread (core/eval/scoringThread.ts)');
// the run's own behaviours: the first message
let custom: CustomDetector[] | undefined;
const scoringOf = new Map<string, CaseScoring>();

port.on('message', (message: ScoringSetup | ScoringRequest) => {
  if (!custom) {
    custom = compileCustom((message as ScoringSetup).behaviours);
    return;
  }
  const request = message as ScoringRequest;
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
