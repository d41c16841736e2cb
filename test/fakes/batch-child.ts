// A batch run in its own process, for the kill-while-waiting test:
//   node --import tsx test/fakes/batch-child.ts <openai|anthropic> <server url> <run dir> <cases> <samples>
import { createBatchClient } from '../../src/core/providers/batch';
import { executeBatchRun } from '../../src/core/run/batchRun';
import { fixturePlan } from './plan-fixture';

const [format, url, runDir, cases, samples] = process.argv.slice(2);
if (!format || !url || !runDir) throw new Error('usage: batch-child.ts <openai|anthropic> <server url> <run dir> <cases> <samples>');
void (async () => {
  const batch = createBatchClient(format === 'openai' ? { type: 'openai', baseUrl: `${url}/v1` } : { type: 'anthropic', baseUrl: url }, { apiKey: 'sk-child' });
  const result = await executeBatchRun({ runDir, batch, calls: fixturePlan(Number(cases), Number(samples), { baseline: false }), pollMs: 20, maxPollMs: 50 });
  console.log(JSON.stringify({ status: result.status, done: result.done }));
})();
