// The bare client of test/bench/cli-process.bench.ts: the machine's floor for a run's calls. A whole
// Node process that sends the given request bodies (one JSON body a line) in `concurrency` workers
// and reads each answer's JSON, nothing else: with `fetch` (default), or with node:http and a
// keep-alive agent (`http`, what PromptShift's providers use since issue 18).
//
//   node test/bench/bare-client.mjs URL BODIES.jsonl CONCURRENCY [fetch|http]
import { readFileSync } from 'node:fs';
import * as http from 'node:http';

const [url, file, concurrency, how = 'fetch'] = process.argv.slice(2);
const bodies = readFileSync(file, 'utf8').trim().split('\n');
const agent = new http.Agent({ keepAlive: true });

function postHttp(body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ok: res.statusCode === 200, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function postFetch(body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { ok: res.ok, json: await res.json() };
}

const post = how === 'http' ? postHttp : postFetch;
let next = 0;
let failed = 0;
async function worker() {
  while (next < bodies.length) {
    const { ok } = await post(bodies[next++]);
    if (!ok) failed++;
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
if (failed) {
  console.error(`${failed} of ${bodies.length} requests failed`);
  process.exitCode = 1;
}
