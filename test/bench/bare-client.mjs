// The bare client of test/bench/cli-process.bench.ts: the machine's floor for a run's calls. A whole
// Node process that sends the given request bodies (one JSON body a line) with `fetch` in
// `concurrency` workers and reads each answer's JSON, nothing else.
//
//   node test/bench/bare-client.mjs URL BODIES.jsonl CONCURRENCY
import { readFileSync } from 'node:fs';

const [url, file, concurrency] = process.argv.slice(2);
const bodies = readFileSync(file, 'utf8').trim().split('\n');
let next = 0;
let failed = 0;
async function worker() {
  while (next < bodies.length) {
    const body = bodies[next++];
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.json();
    if (!res.ok) failed++;
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
if (failed) {
  console.error(`${failed} of ${bodies.length} requests failed`);
  process.exitCode = 1;
}
