// Sharded runs: a suite run as 4 shards (`eval --shard i/4`) and merged (`promptshift merge`) gives
// the report of one unsharded run with the same seed, over real HTTP; merging refuses missing,
// repeated or foreign shards, and a shard count above the cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { shardOfCases } from '../../../src/core/eval/shard';
import { startFakeModelServer } from '../../fakes/model-server';

const examples = path.resolve(__dirname, '../../../examples');

const run = (args: string[], cwd: string, signal?: AbortSignal) => runCli(args, cwd, signal ? { signal } : {});

/** The report without what differs between two runs of the same calls: ids, times, latencies. */
function normalised(report: unknown): unknown {
  return JSON.parse(JSON.stringify(report), (key, value) => (key === 'runId' || key === 'createdAt' || key === 'latencyMs' ? undefined : value));
}

const runIdOf = (stderr: string) => /run (\S+), \d+ calls/.exec(stderr)?.[1];

test('shares are even, cover every case once, and depend only on the ids and the seed', () => {
  const ids = Array.from({ length: 23 }, (_, i) => `case-${i}`);
  const owner = shardOfCases(ids, 4, 7);
  const sizes = [1, 2, 3, 4].map((s) => ids.filter((id) => owner.get(id) === s).length);
  assert.deepEqual(sizes.sort(), [5, 6, 6, 6]);
  assert.deepEqual(new Map([...shardOfCases([...ids].reverse(), 4, 7)].sort()), new Map([...owner].sort()), 'the order the suite lists them in does not matter');
  assert.notDeepEqual([...shardOfCases(ids, 4, 8)], [...owner], 'another seed deals other shares');
});

test('4 shards merged give the report of the unsharded run (same seed); merge refuses bad sets', async () => {
  const server = await startFakeModelServer({ latencyMs: 1 });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-shard-'));
    fs.cpSync(examples, ws, { recursive: true });
    fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
    fs.writeFileSync(path.join(ws, 'live.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: ${'fake-model-1'}, baseUrl: "${server.url}/v1" }\nsamples: 2\ncases:\n  - file: cases.jsonl\n`);
    const common = ['live.evals.yaml', '--a', '@v1-handoffs', '--b', 'working', '--seed', '7', '--no-cache', '--json'];
    const whole = await run(['eval', ...common], ws);
    assert.ok(whole.code === 0 || whole.code === 1, whole.err);
    const served = server.log.length;
    assert.equal(served, 16 * 2 * 3);

    const shardRuns: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const shard = await run(['eval', ...common, '--shard', `${i}/4`], ws);
      assert.equal(shard.code, 0, `shard ${i}: ${shard.err}`);
      const id = runIdOf(shard.err);
      assert.ok(id, shard.err);
      shardRuns.push(id);
      assert.ok(JSON.parse(shard.out).summary.cases < 16, 'a shard runs a share of the cases');
    }
    assert.equal(server.log.length - served, 16 * 2 * 3, 'the shards together made every call once');

    const merged = await run(['merge', ...shardRuns, '--json'], ws);
    assert.equal(merged.code, whole.code, merged.err);
    assert.deepEqual(normalised(JSON.parse(merged.out)), normalised(JSON.parse(whole.out)));
    // the merged run is a run of the workspace: its report can be exported like any other
    const mergedId = /→ run (\S+)/.exec(merged.err)?.[1];
    assert.ok(mergedId);
    assert.equal((await run(['report', mergedId!, '--format', 'md'], ws)).code, 0);

    const three = await run(['merge', ...shardRuns.slice(0, 3)], ws);
    assert.equal(three.code, 2);
    assert.match(three.err, /shard \d\/4 missing/);
    const twice = await run(['merge', shardRuns[0]!, ...shardRuns], ws);
    assert.equal(twice.code, 2);
    assert.match(twice.err, /given twice/);
    const other = await run(['eval', ...common, '--samples', '1', '--shard', '1/4'], ws);
    const foreign = await run(['merge', runIdOf(other.err)!, ...shardRuns.slice(1)], ws);
    assert.equal(foreign.code, 2);
    assert.match(foreign.err, /a shard of another run/);
    const notShard = await run(['merge', mergedId!], ws);
    assert.equal(notShard.code, 2);
    assert.match(notShard.err, /is not a shard/);
    const tooMany = await run(['eval', ...common, '--shard', '1/20'], ws);
    assert.equal(tooMany.code, 2);
    assert.match(tooMany.err, /only 16 cases/);
    assert.equal((await run(['eval', ...common, '--shard', '5/4'], ws)).code, 2);
  } finally {
    await server.close();
  }
});

test('a cancelled shard resumes as that shard: no call repeated, none lost', async () => {
  const server = await startFakeModelServer({ latencyMs: 30 });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-shard-resume-'));
    fs.cpSync(examples, ws, { recursive: true });
    fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
    fs.writeFileSync(path.join(ws, 'live.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: "${server.url}/v1" }\nsamples: 2\nconcurrency: 2\ncases:\n  - file: cases.jsonl\n`);
    const stop = new AbortController();
    const watcher = setInterval(() => server.log.length >= 8 && stop.abort(), 5);
    const first = await run(['eval', 'live.evals.yaml', '--a', '@v1-handoffs', '--no-cache', '--shard', '2/3'], ws, stop.signal);
    clearInterval(watcher);
    assert.equal(first.code, 3, 'cancelled');
    const id = runIdOf(first.err)!;
    const answered = fs.readFileSync(path.join(ws, '.promptshift', 'runs', id, 'calls.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).callId as string);
    assert.ok(answered.length >= 6, `answered before the cancel: ${answered.length}`);
    const resumed = await run(['eval', '--resume', id, '--json'], ws);
    assert.equal(resumed.code, 0, resumed.err);
    const report = JSON.parse(resumed.out);
    const counts = server.countsByCallId();
    assert.ok(answered.every((callId) => counts.get(callId) === 1), 'no answered call was sent again');
    // only the calls in flight at the cancel (at most the concurrency) were sent twice
    assert.ok([...counts.values()].filter((n) => n > 1).length <= 2);
    assert.equal(counts.size, report.summary.cases * 2 * 3, "every call of the shard's cases, once");
    assert.ok(report.summary.cases >= 5 && report.summary.cases <= 6, `shard 2/3 of 16 cases has ${report.summary.cases}`);
  } finally {
    await server.close();
  }
});
