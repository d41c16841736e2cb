// The response cache: hits and misses, corrupt entries, errors never cached, no key on disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResponseCache } from '../../../src/core/run/cache';
import { CacheSeal } from '../../../src/core/run/seal';
import { executeRun } from '../../../src/core/run/execute';
import { cacheKey } from '../../../src/core/run/keys';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { fixturePlan } from '../../fakes/plan-fixture';
import { allText, FAKE_KEY, FAST_RETRY, openaiAt, tempDir } from './helpers';

let server: FakeModelServer;
let failCall: string | undefined;
before(async () => {
  server = await startFakeModelServer({ faultFor: (req) => (req.callId === failCall ? { kind: 'wrongTypes' } : undefined) });
});
after(() => server.close());

test('a second run is served from the cache; corrupt entries and errors are fetched again', async () => {
  const plan = fixturePlan(10, 2);
  const provider = await openaiAt(server.url);
  const cacheDir = tempDir('ps-cache-');
  const warnings: string[] = [];
  const cache = new ResponseCache(cacheDir, { seal: CacheSeal.forUser(tempDir('ps-state-')), onWarning: (w) => warnings.push(w) });
  failCall = plan[3]!.id;
  const first = await executeRun({ runDir: tempDir(), calls: plan, provider, concurrency: 4, cache, retry: FAST_RETRY });
  failCall = undefined;
  assert.equal(first.cached, 0);
  assert.equal(first.errors, 1);

  // corrupt one entry
  const victim = plan[5]!;
  const key = cacheKey(provider, victim.request);
  writeFileSync(join(cacheDir, key.slice(0, 2), `${key}.json`), '{"key": "truncated');

  const since = server.log.length;
  const second = await executeRun({ runDir: tempDir(), calls: plan, provider, concurrency: 4, cache, retry: FAST_RETRY });
  const requested = server.log.slice(since).map((e) => e.callId).sort();
  assert.deepEqual(requested, [plan[3]!.id, victim.id].sort(), 'only the errored and the corrupt call went to the server');
  assert.equal(second.cached, plan.length - 2);
  assert.equal(second.errors, 0);
  assert.ok(second.records.filter((r) => r.cached).every((r) => r.attempts === 0 && r.response));
  assert.ok(warnings.some((w) => w.includes('ignoring cache entries not written by PromptShift on this machine')), warnings.join('\n'));
  // cached responses equal the fresh ones
  for (const r of second.records) assert.equal(r.response!.text, first.records.find((f) => f.callId === r.callId)!.response?.text ?? r.response!.text);
  assert.ok(!allText(cacheDir).includes(FAKE_KEY));
});

test('the cache key separates A′ from A, and model, params and server from each other', async () => {
  const plan = fixturePlan(1, 1);
  const a = plan.find((c) => c.request.call.version === 'a')!.request;
  const aPrime = plan.find((c) => c.request.call.version === 'aPrime')!.request;
  const p = { type: 'openai', baseUrl: 'http://x/v1' };
  assert.notEqual(cacheKey(p, a), cacheKey(p, aPrime));
  assert.notEqual(cacheKey(p, a), cacheKey(p, { ...a, temperature: 0 }));
  assert.notEqual(cacheKey(p, a), cacheKey(p, { ...a, model: 'other' }));
  assert.notEqual(cacheKey(p, a), cacheKey({ ...p, baseUrl: 'http://y/v1' }, a));
  assert.equal(cacheKey(p, a), cacheKey(p, { ...a, call: { ...a.call, caseId: 'renamed' } }), 'same request, same answer');
});

test('cache files are spread over two-character folders and written whole', async () => {
  const cacheDir = tempDir('ps-cache-');
  const cache = new ResponseCache(cacheDir, { seal: CacheSeal.forUser(tempDir('ps-state-')) });
  const key = 'ab'.repeat(32);
  await cache.put(key, { text: 'hello', latencyMs: 3 });
  assert.deepEqual(readdirSync(cacheDir), ['ab']);
  assert.deepEqual(readdirSync(join(cacheDir, 'ab')), [`${key}.json`]);
  assert.deepEqual(await cache.get(key), { text: 'hello', latencyMs: 3 });
  assert.equal(await cache.get('cd'.repeat(32)), undefined);
});
