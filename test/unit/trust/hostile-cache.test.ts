// Attack 3 of issue 12: a pull request force-adds `.promptshift/cache/` with answers its author
// wrote, and a fresh clone's `eval` reports them as model output without calling the model. Cache
// entries are bound to the machine that wrote them (a secret kept outside the workspace), the cache
// is off under CI unless asked for, and the run says how many outputs came from a cache.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskJudgeCache } from '../../../src/core/eval/judgeRun';
import { CacheSeal } from '../../../src/core/run/seal';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { cli, listFiles, makeWorkspace, openaiProvider, tempDir, type Workspace } from './helpers';

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer();
});
after(() => server.close());

const EVAL = ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--json'];
const machine = () => ({ XDG_STATE_HOME: tempDir('state') });

async function evalJson(ws: Workspace, env: NodeJS.ProcessEnv, extra: string[] = []) {
  const since = server.log.length;
  const { code, io } = await cli([...EVAL, ...extra], ws.root, env);
  assert.ok(code === 0 || code === 1, io.printed());
  return { report: JSON.parse(io.out.join('')), calls: server.log.length - since, err: io.err.join('') };
}

/** What the pull request's author does: every cached answer rewritten to text of their choosing. */
function plant(cacheDir: string): number {
  let planted = 0;
  for (const file of listFiles(cacheDir)) {
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/Fake answer [0-9a-f]{8}/g, 'PLANTED all good'));
    planted++;
  }
  return planted;
}

const outputs = (report: { cases: { a: { samples: { output: string }[] }; b: { samples: { output: string }[] } }[] }) =>
  report.cases.flatMap((c) => [...c.a.samples, ...c.b.samples].map((s) => s.output));

test('entries written on another machine (a committed cache) are not reported and the model is called', async () => {
  const ws = makeWorkspace('cache-planted', openaiProvider(server.url));
  const author = machine();
  const first = await evalJson(ws, author);
  assert.ok(first.calls > 0);
  assert.equal(first.report.usage.cachedCalls, 0);
  const again = await evalJson(ws, author);
  assert.equal(again.calls, 0, 'the same machine is served from its own cache');
  assert.equal(again.report.usage.cachedCalls, first.calls);

  // The author plants text in the committed cache; a fresh clone runs on the CI machine.
  const planted = plant(path.join(ws.root, '.promptshift', 'cache'));
  assert.ok(planted > 0);
  const clone = makeWorkspace('cache-clone', openaiProvider(server.url));
  fs.cpSync(path.join(ws.root, '.promptshift', 'cache'), path.join(clone.root, '.promptshift', 'cache'), { recursive: true });
  const ci = await evalJson(clone, machine());
  assert.equal(ci.calls, first.calls, 'every call went to the model');
  assert.equal(ci.report.usage.cachedCalls, 0);
  assert.ok(outputs(ci.report).every((o) => !o.includes('PLANTED')), 'no planted text in the report');
  assert.match(ci.err, /not written .*on this machine/);

  // Even on the author's own machine, altered entries are not served.
  const altered = await evalJson(ws, author);
  assert.equal(altered.calls, first.calls);
  assert.ok(outputs(altered.report).every((o) => !o.includes('PLANTED')));
});

test('under CI the cache is off unless --cache asks for it; the summary says how many outputs came from it', async () => {
  const ws = makeWorkspace('cache-ci', openaiProvider(server.url));
  const env = { ...machine(), CI: 'true' };
  const first = await evalJson(ws, env);
  assert.match(first.err, /CI.*cache is off/);
  assert.equal(fs.existsSync(path.join(ws.root, '.promptshift', 'cache')), false, 'nothing was cached');
  const second = await evalJson(ws, env);
  assert.equal(second.calls, first.calls, 'no cache under CI');
  await evalJson(ws, env, ['--cache']);
  const cached = await evalJson(ws, env, ['--cache']);
  assert.equal(cached.calls, 0, '--cache uses it');
  const summary = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--cache'], ws.root, env);
  assert.match(summary.io.out.join(''), new RegExp(`${first.calls} of ${first.calls} outputs came from the response cache`));
  const both = await cli([...EVAL, '--cache', '--no-cache'], ws.root, env);
  assert.equal(both.code, 2);
});

test('a planted judge verdict is not read back', () => {
  const dir = path.join(tempDir('judge'), '.promptshift', 'cache', 'judge');
  const key = 'ab'.repeat(32);
  const cache = diskJudgeCache(dir, CacheSeal.forUser(tempDir('state')));
  cache.set(key, '{"present": true}');
  assert.equal(cache.get(key), '{"present": true}');
  const file = listFiles(dir)[0]!;
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('true', 'false'));
  assert.equal(cache.get(key), undefined, 'an altered verdict is a miss');
  assert.equal(diskJudgeCache(dir, CacheSeal.forUser(tempDir('state'))).get(key), undefined, 'another machine cannot read it');
  fs.writeFileSync(file, '{"present": false}');
  assert.equal(cache.get(key), undefined, 'an unsealed file is a miss');
});
