// A run in its own process, for the kill-and-resume test:
//   node --import tsx test/fakes/run-child.ts <server url> <run dir> <cases> <samples> <concurrency> [<scoring worker bundle>]
// With a scoring worker bundle (dist/scoring-worker.js as the build makes it), the answers are scored
// with the English detectors on that thread (core/eval/scoringThread.ts), as the CLI scores them.
import { createProvider } from '../../src/core/providers/factory';
import { executeRun } from '../../src/core/run/execute';
import { scoreOutput } from '../../src/core/eval/scoring';
import { ScoringThread } from '../../src/core/eval/scoringThread';
import { fixturePlan } from './plan-fixture';

const [url, runDir, cases, samples, concurrency, scoringWorker] = process.argv.slice(2);
if (!url || !runDir) throw new Error('usage: run-child.ts <server url> <run dir> <cases> <samples> <concurrency> [<scoring worker bundle>]');
const score = scoringWorker
  ? Object.assign((_call: unknown, response: { text: string }) => scoreOutput(response, { context: {} }), { startThread: () => new ScoringThread(scoringWorker, {}, () => ({ context: {} })) })
  : undefined;
void (async () => {
  const provider = await createProvider({ type: 'openai', baseUrl: `${url}/v1` }, { apiKey: process.env.FAKE_KEY ?? 'sk-child' });
  const result = await executeRun({
    runDir, provider, calls: fixturePlan(Number(cases), Number(samples)), concurrency: Number(concurrency),
    retry: { baseDelayMs: 10 },
    ...(score ? { score } : {}),
  });
  console.log(JSON.stringify({ status: result.status, done: result.done }));
})();
