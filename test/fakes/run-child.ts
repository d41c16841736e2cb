// A run in its own process, for the kill-and-resume test:
//   node --import tsx test/fakes/run-child.ts <server url> <run dir> <cases> <samples> <concurrency>
import { createProvider } from '../../src/core/providers/factory';
import { executeRun } from '../../src/core/run/execute';
import { fixturePlan } from './plan-fixture';

const [url, runDir, cases, samples, concurrency] = process.argv.slice(2);
if (!url || !runDir) throw new Error('usage: run-child.ts <server url> <run dir> <cases> <samples> <concurrency>');
void (async () => {
  const provider = await createProvider({ type: 'openai', baseUrl: `${url}/v1` }, { apiKey: process.env.FAKE_KEY ?? 'sk-child' });
  const result = await executeRun({
    runDir, provider, calls: fixturePlan(Number(cases), Number(samples)), concurrency: Number(concurrency),
    retry: { baseDelayMs: 10 },
  });
  console.log(JSON.stringify({ status: result.status, done: result.done }));
})();
