// The planner's history of a suite (core/plan/history.ts): a finished run leaves a small
// summary.json, and the planner reads that instead of the run's whole calls.jsonl; what it learns
// is what the records say (same noise model, output tokens, latency, token ratio), and a run without
// a summary (or with a bad one) is read from its records as before.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { readRunHistory, RunSummary, RunSummaryBuilder, type RunHistory } from '../../../src/core/plan/history';
import { noiseFromPairs } from '../../../src/core/plan/power';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import { RunFolder, RunStore, SUMMARY_FILE, type CallRecord } from '../../../src/core/run';
import { startFakeModelServer, type Msg } from '../../fakes/model-server';
import { ANSWER, ESCALATE, REFUSE } from '../report/make';

const OUTPUTS = [ESCALATE, REFUSE, ANSWER, 'I think it might work, maybe. You are so right!'];
const respond = (_m: readonly Msg[], callId: string | undefined) => OUTPUTS[parseInt((callId ?? '0').slice(0, 6), 16) % OUTPUTS.length]!;

function close(actual: number | undefined, expected: number | undefined, what: string): void {
  assert.ok(actual !== undefined && expected !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);
}

function assertSameHistory(x: RunHistory, y: RunHistory): void {
  assert.deepEqual(x.runIds, y.runIds);
  close(x.outputTokensPerCall, y.outputTokensPerCall, 'output tokens per call');
  close(x.latencyMs, y.latencyMs, 'latency');
  close(x.inputTokenRatio, y.inputTokenRatio, 'input token ratio');
  for (const b of BEHAVIOURS) {
    const nx = noiseFromPairs(x.noise[b]);
    const ny = noiseFromPairs(y.noise[b]);
    assert.equal(nx.cases, ny.cases, b);
    close(nx.between, ny.between, `${b} between`);
    close(nx.bernoulli, ny.bernoulli, `${b} bernoulli`);
  }
}

/** The run ids whose run.json is read (RunFolder.readMeta) while the test runs, in order. */
function metaReads(t: TestContext): string[] {
  const read: string[] = [];
  const readMeta = RunFolder.prototype.readMeta;
  t.mock.method(RunFolder.prototype, 'readMeta', function (this: InstanceType<typeof RunFolder>, ...args: Parameters<typeof readMeta>) {
    read.push(path.basename(this.dir));
    return readMeta.apply(this, args);
  });
  return read;
}

test('a finished run leaves summary.json; the planner reads it, not calls.jsonl, and learns the same', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, respond });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-history-'));
    fs.mkdirSync(path.join(ws, '.git'));
    fs.writeFileSync(path.join(ws, 'p.prompt.md'), 'You are the support assistant.\n');
    fs.writeFileSync(path.join(ws, 'cases.jsonl'), Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `case-${i}`, input: `Question ${i}?` })).join('\n') + '\n');
    const suite = path.join(ws, 's.evals.yaml');
    fs.writeFileSync(suite, `prompt: p.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: ${server.url}/v1 }\nsamples: 2\nconcurrency: 8\ncases:\n  - file: cases.jsonl\n`);
    const io: CliIO = { cwd: ws, env: {}, stdout: () => undefined, stderr: () => undefined, signal: new AbortController().signal };
    for (let i = 0; i < 2; i++) assert.ok([0, 1].includes(await main(['eval', 's.evals.yaml', '--a', 'working', '--b', 'working', '--no-cache'], io)));
    const store = new RunStore(ws);
    const folders = store.ids().map((id) => store.folder(id));
    const summary = RunSummary.parse(JSON.parse(fs.readFileSync(folders[0]!.file(SUMMARY_FILE), 'utf8')));
    assert.ok(summary.noise.escalation!.length > 1 && summary.noise.escalation!.length < 30, 'each distinct A/A′ pair once, with its count of cases');
    assert.equal(summary.noise.escalation!.reduce((n, p) => n + p[4], 0), 30);
    assert.equal(summary.outputTokens.calls, 180);
    assert.ok(fs.statSync(folders[0]!.file(SUMMARY_FILE)).size < 2000, 'small');
    assert.deepEqual(summary.run, { suite, status: 'completed' }, 'the summary names its run, so the planner need not read run.json');

    const fromSummaries = readRunHistory(ws, suite);
    assert.equal(fromSummaries.runIds.length, 2);
    assert.ok(noiseFromPairs(fromSummaries.noise.escalation).between >= 0 && noiseFromPairs(fromSummaries.noise.escalation).cases === 60);
    // the records are not read while a summary is there: with calls.jsonl emptied, nothing changes
    const calls = folders.map((f) => fs.readFileSync(f.file('calls.jsonl')));
    for (const f of folders) fs.writeFileSync(f.file('calls.jsonl'), '');
    assertSameHistory(readRunHistory(ws, suite), fromSummaries);
    // without summaries (runs recorded before them, or a bad file), the records are read as before
    folders.forEach((f, i) => fs.writeFileSync(f.file('calls.jsonl'), calls[i]!));
    fs.rmSync(folders[0]!.file(SUMMARY_FILE));
    fs.writeFileSync(folders[1]!.file(SUMMARY_FILE), '{"schemaVersion": 1, "noise": "bad"}\n');
    assertSameHistory(readRunHistory(ws, suite), fromSummaries);
  } finally {
    await server.close();
  }
});

test('the history reads run.json only until it has the five newest completed runs of the suite, and takes the same runs as a full listing', (t) => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-history-lazy-'));
  fs.mkdirSync(path.join(ws, '.git'));
  const suite = path.join(ws, 's.evals.yaml');
  const other = path.join(ws, 'other.evals.yaml');
  const store = new RunStore(ws);
  const version = { ref: 'working', sha256: 'a'.repeat(64) };
  const summary: RunSummary = { schemaVersion: 1, noise: {}, outputTokens: { total: 10, calls: 1 }, latencyMs: { total: 5, calls: 1 }, inputTokens: { counted: 0, estimated: 0 } };
  // oldest first; ids sort by time
  const runs: { status: string; suite: unknown; rerunOf?: string; badSpec?: boolean }[] = [
    { status: 'completed', suite }, // 0: older than the five taken: never read
    { status: 'completed', suite }, // 1: likewise
    { status: 'completed', suite }, // 2 ← taken (5th)
    { status: 'completed', suite: other }, // 3
    { status: 'completed', suite }, // 4 ← taken
    { status: 'completed', suite, rerunOf: 'x' }, // 5: a re-run is no history
    { status: 'completed', suite, badSpec: true }, // 6: a spec that does not parse
    { status: 'completed', suite }, // 7 ← taken
    { status: 'running', suite }, // 8
    { status: 'completed', suite }, // 9 ← taken
    { status: 'failed', suite }, // 10
    { status: 'completed', suite: 42 }, // 11
    { status: 'completed', suite }, // 12 ← taken (newest)
  ];
  const ids = runs.map((r, i) => {
    const runId = `20260101T0000${String(i).padStart(2, '0')}000Z-0000000${i % 10}`;
    const folder = store.folder(runId);
    fs.mkdirSync(folder.dir, { recursive: true });
    const spec = { suite: r.suite, a: version, b: version, samples: r.badSpec ? 0 : 1, baseline: true, provider: { type: 'openai' }, ...(r.rerunOf ? { rerunOf: r.rerunOf } : {}) };
    folder.writeMeta({ schemaVersion: 1, runId, createdAt: '', updatedAt: '', status: r.status as 'completed', provider: { type: 'openai' }, totalCalls: 1, done: 1, errors: 0, meta: spec });
    fs.writeFileSync(folder.file(SUMMARY_FILE), JSON.stringify(summary));
    return runId;
  });
  const read = metaReads(t);
  const history = readRunHistory(ws, suite);
  assert.deepEqual(history.runIds, [12, 9, 7, 4, 2].map((i) => ids[i]));
  assert.deepEqual(read, ids.slice(2).reverse(), 'run.json read newest first, down to the fifth run taken and no further');
  assert.equal(history.outputTokensPerCall, 10);
  assert.equal(store.list().length, runs.length, 'the full listing still lists every run');
});

test('summaries that name their run decide which runs are read: run.json is never parsed, and the same runs are taken', (t) => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-history-named-'));
  fs.mkdirSync(path.join(ws, '.git'));
  const suite = path.join(ws, 's.evals.yaml');
  const store = new RunStore(ws);
  const base: RunSummary = { schemaVersion: 1, noise: {}, outputTokens: { total: 10, calls: 1 }, latencyMs: { total: 5, calls: 1 }, inputTokens: { counted: 0, estimated: 0 } };
  // oldest first
  const runs: RunSummary['run'][] = [
    { suite, status: 'completed' }, // 0: older than the five taken
    { suite, status: 'completed' }, // 1 ← taken (5th)
    { suite: path.join(ws, 'other.evals.yaml'), status: 'completed' }, // 2
    { suite, status: 'completed' }, // 3 ← taken
    { suite, status: 'completed', rerunOf: 'x' }, // 4: a re-run is no history
    { suite, status: 'stopped' }, // 5
    undefined, // 6: an older summary, without `run`: checked against run.json ← taken
    { suite, status: 'completed' }, // 7 ← taken
    { suite, status: 'completed' }, // 8 ← taken (newest)
  ];
  const ids = runs.map((run, i) => {
    const runId = `20260102T0000${String(i).padStart(2, '0')}000Z-0000000${i}`;
    const folder = store.folder(runId);
    fs.mkdirSync(folder.dir, { recursive: true });
    const version = { ref: 'working', sha256: 'a'.repeat(64) };
    // run.json agrees with the summary (the run that is read from it has a valid spec)
    folder.writeMeta({ schemaVersion: 1, runId, createdAt: '', updatedAt: '', status: (run?.status ?? 'completed') as 'completed', provider: { type: 'openai' }, totalCalls: 1, done: 1, errors: 0, meta: { suite: run?.suite ?? suite, a: version, b: version, samples: 1, baseline: true, provider: { type: 'openai' }, ...(run?.rerunOf ? { rerunOf: run.rerunOf } : {}) } });
    fs.writeFileSync(folder.file(SUMMARY_FILE), JSON.stringify({ ...base, ...(run ? { run } : {}) }));
    return runId;
  });
  const read = metaReads(t);
  assert.deepEqual(readRunHistory(ws, suite).runIds, [8, 7, 6, 3, 1].map((i) => ids[i]));
  assert.deepEqual(read, [ids[6]], 'only the run whose summary does not name it');
});

test('the summary of many cases (its counts grown past the room it was given) is the same as counted case by case', () => {
  // a reference count: one array per case, pairs in the order cases first came
  const reference = new Map<string, number[]>();
  const builder = new RunSummaryBuilder(() => undefined, 1000);
  const cases = 3001; // the builder is told of 1,000 (its rows grow past them)
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < cases; i++) {
      // cases come in a shuffled order, A and A′ apart
      const caseId = `case-${(i * 7919 + pass * 13) % cases}`;
      for (const version of ['a', 'aPrime', 'b'] as const) {
        if (random() < 0.2) continue;
        const found = Object.fromEntries(BEHAVIOURS.filter(() => random() < 0.3).map((b) => [b, []]));
        builder.add({ callId: `${caseId}-${version}-${pass}`, cacheKey: 'k', caseId, version, sample: pass, paramsHash: 'p', cached: false, attempts: 1, finishedAt: '', response: { text: 'x', latencyMs: 1, model: 'm' }, scores: { detector: 'd', found } } as unknown as CallRecord);
        if (version === 'b') continue;
        const row = reference.get(caseId) ?? Array.from({ length: BEHAVIOURS.length * 4 }, () => 0);
        reference.set(caseId, row);
        BEHAVIOURS.forEach((b, k) => {
          if (found[b] !== undefined) row[k * 4 + (version === 'a' ? 0 : 2)]!++;
          row[k * 4 + (version === 'a' ? 1 : 3)]!++;
        });
      }
    }
  }
  const noise = builder.summary().noise;
  BEHAVIOURS.forEach((b, k) => {
    const pairs = new Map<string, number[]>();
    for (const row of reference.values()) {
      const pair = row.slice(k * 4, k * 4 + 4);
      if (!pair[1] || !pair[3]) continue;
      const seen = pairs.get(pair.join(','));
      if (seen) seen[4]!++;
      else pairs.set(pair.join(','), [...pair, 1]);
    }
    assert.deepEqual(noise[b], [...pairs.values()], b);
  });
  assert.ok(noise.escalation!.reduce((n, p) => n + p[4]!, 0) > 1000, 'more cases than the builder was told of');
});
