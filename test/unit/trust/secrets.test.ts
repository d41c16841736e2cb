// Keys never leak: a full `promptshift eval` against a real HTTP server that echoes the key back in
// its error bodies (a retried 500, a failing 400, a 401), then every export, and a grep of
// everything PromptShift wrote under the workspace and everything it printed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startFakeModelServer, type Fault, type FakeModelServer, type LoggedRequest } from '../../fakes/model-server';
import { cli, FIXTURES, makeWorkspace, openaiProvider, readableContents, type Workspace } from './helpers';

const KEY = `sk-test-${randomBytes(12).toString('hex')}`;
const echo = (status: number): Fault => ({ kind: 'status', status, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}. Your key ${KEY} was refused.` } }) });

let server: FakeModelServer;
/** what the server does with each request: set per run */
let plan: (request: LoggedRequest) => Fault | undefined = () => undefined;
let ws: Workspace;
const printed: string[] = [];

before(async () => {
  server = await startFakeModelServer({ faultFor: (r) => plan(r) });
  ws = makeWorkspace('secrets', openaiProvider(server.url));
});
after(() => server.close());

async function run(argv: string[]): Promise<number> {
  // the fake server stands in for the provider's own: allowed outside the suite, so the key goes there
  const { code, io } = await cli(argv, ws.root, { OPENAI_API_KEY: KEY, PATH: process.env.PATH, PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' });
  printed.push(io.printed());
  return code;
}

test('a full eval with key-echoing 500/400/401 answers, then every export, writes and prints no key', async () => {
  assert.equal(await run(['snapshot', 'prompts/support.prompt.md', '--label', 'v1']), 0);
  fs.copyFileSync(path.join(FIXTURES, 'support-v2.prompt.md'), ws.prompt);
  fs.mkdirSync(path.join(ws.root, 'exports'));

  // Run 1: request 2 gets a 500 echoing the key (retried), every call of case "roaming" in B a 400
  // echoing it (not retried: recorded as an error with the server's message).
  let failing = '';
  plan = (r) => {
    if (r.n === 2) return echo(500);
    const req = r.body as { messages?: { content: string }[] } | undefined;
    if (req?.messages?.some((m) => m.content.includes('Portugal')) && req.messages.some((m) => m.content.includes('Resolve every issue'))) {
      failing = r.callId ?? '';
      return echo(400);
    }
    return undefined;
  };
  assert.equal(await run(['eval', 'support.evals.yaml', '--json', '--out', 'exports/eval.json']), 0);
  assert.ok(failing, 'the B call of "roaming" reached the server');
  const runs = fs.readdirSync(path.join(ws.root, '.promptshift', 'runs'));
  assert.equal(runs.length, 1);
  const runId = runs[0]!;
  const calls = fs.readFileSync(path.join(ws.root, '.promptshift', 'runs', runId, 'calls.jsonl'), 'utf8');
  assert.match(calls, /HTTP 400\): Incorrect API key provided: \[redacted\]/, 'the server message is kept, redacted');
  assert.ok(server.log.filter((e) => e.fault === 'status').length >= 2, 'the 500 and the 400 were served');

  // Run 2: the key is refused with a 401 that echoes it: the run stops (exit 3) with a message.
  plan = () => echo(401);
  assert.equal(await run(['eval', 'support.evals.yaml', '--no-cache']), 3);
  assert.match(printed.at(-1)!, /authentication refused \(HTTP 401\)/);

  for (const format of ['md', 'html', 'junit', 'json']) {
    assert.equal(await run(['report', runId, '--format', format]), 0);
    assert.equal(await run(['report', runId, '--format', format, '--out', `exports/report.${format}`]), 0);
  }

  // The key did go out, in the header, every time: the scan below is not vacuous.
  assert.ok(server.log.length > 10);
  for (const e of server.log) assert.equal(e.headers.authorization, `Bearer ${KEY}`);

  const written = readableContents(ws.root);
  assert.ok(written.some((f) => f.file.endsWith('calls.jsonl')) && written.some((f) => f.file.includes('objects')) && written.some((f) => f.file.includes(`${path.sep}cache${path.sep}`)));
  assert.ok(written.some((f) => f.file.endsWith('report.junit')) && written.some((f) => f.file.includes('history')));
  const hits = written.filter((f) => f.text.includes(KEY) || f.text.includes(KEY.slice(8))).map((f) => f.file);
  assert.deepEqual(hits, [], `the key was written to ${hits.join(', ')}`);
  const shown = printed.join('\n');
  assert.ok(shown.length > 1000);
  assert.ok(!shown.includes(KEY.slice(8)), 'the key was printed');
});
