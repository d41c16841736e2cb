// `promptshift runs`: the workspace's runs, newest first, as the Runs view lists them, in text and JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { toJson } from '../../../src/core/report/exports';
import { RunStore } from '../../../src/core/run/store';
import type { RunMeta } from '../../../src/core/run/records';
import { escalationDropReport } from '../../fixtures/reports/reports';
import { captureIO } from '../report/cli-io';

const OLD = '20261130T090000000Z-0000aaaa';
const GATED = '20261201T090000000Z-0000bbbb';
const RUNNING = '20261201T100000000Z-0000cccc';
const BROKEN = '20261201T110000000Z-0000dddd';

function meta(runId: string, status: RunMeta['status']): RunMeta {
  return { schemaVersion: 1, runId, createdAt: `${runId.slice(0, 4)}-${runId.slice(4, 6)}-${runId.slice(6, 8)}T00:00:00.000Z`, updatedAt: '2026-12-01T00:00:00.000Z', status, provider: { type: 'replay' }, totalCalls: 27, done: 27, errors: 0, meta: { suite: 's', cases: [] } };
}

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'ps-runs-cli-'));
  mkdirSync(join(root, '.git'));
  const store = new RunStore(root);
  const write = (runId: string, status: RunMeta['status'], report?: string) => {
    const folder = store.folder(runId);
    mkdirSync(folder.dir, { recursive: true });
    folder.writeMeta(meta(runId, status));
    if (report !== undefined) writeFileSync(folder.reportPath, report);
  };
  const fixture = escalationDropReport();
  write(OLD, 'completed', toJson({ ...fixture, runId: OLD }));
  const gate = { behaviour: 'escalation' as const, rule: 'decrease' as const, failed: true, message: 'escalation fell by 0.56' };
  write(GATED, 'completed', toJson({ ...fixture, runId: GATED, summary: { ...fixture.summary, gates: [gate] } }));
  write(RUNNING, 'running');
  write(BROKEN, 'completed', '{"schemaVersion": 1,');
  return root;
}

const run = async (cwd: string, ...argv: string[]) => {
  const io = captureIO(cwd);
  const code = await main(['runs', ...argv], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

test('runs lists every run newest first: status, suite, A → B, the significant shifts, a failed gate', async () => {
  const root = workspace();
  const { code, out, err } = await run(join(root, '.git'));
  assert.equal(code, 0, err);
  const lines = out.split('\n').filter((l) => /^\d{8}T/.test(l));
  assert.deepEqual(lines.map((l) => l.split(' ')[0]), [BROKEN, RUNNING, GATED, OLD]);
  assert.match(lines[0]!, /completed .*unreadable report: .*report\.json/);
  assert.match(lines[1]!, /running +no report yet$/);
  assert.match(lines[2]!, /completed +support\.evals\.yaml +v1 \(escalates\) → working copy +escalation ▼\d+.* — gate failed: escalation$/);
  assert.match(lines[3]!, /escalation ▼\d+/);
  assert.doesNotMatch(lines[3]!, /gate failed/);
  assert.match(out, /^Runs in \.\.\/\.promptshift\/runs, newest first:/);
});

test('runs --json: one object per run, the shifts with their rates; --limit keeps the newest', async () => {
  const root = workspace();
  const { code, out } = await run(root, '--json', '--limit', '3');
  assert.equal(code, 0);
  const runs = JSON.parse(out) as Record<string, unknown>[];
  assert.deepEqual(runs.map((r) => r.runId), [BROKEN, RUNNING, GATED]);
  assert.equal(runs[1]!.status, 'running');
  assert.equal(runs[1]!.a, undefined);
  assert.match(String(runs[0]!.problem), /report\.json/);
  const gated = runs[2]!;
  assert.equal(gated.gates, 'failed');
  assert.deepEqual(gated.a, { ref: 'snapshot:1a2b3c4d', label: 'v1 (escalates)' });
  assert.equal(gated.cases, escalationDropReport().summary.cases);
  const escalation = (gated.shifts as { behaviour: string; a: number; b: number; delta: number }[]).find((s) => s.behaviour === 'escalation');
  assert.ok(escalation && escalation.delta < 0 && Math.abs(escalation.b - escalation.a - escalation.delta) < 1e-9);
  const all = JSON.parse((await run(root, '--json')).out) as { runId: string; gates?: string }[];
  assert.equal(all.at(-1)!.runId, OLD);
  assert.equal(all.at(-1)!.gates, 'none');
});

test('runs: no runs yet says how to start one; a bad --limit is bad usage', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'ps-runs-cli-'));
  mkdirSync(join(empty, '.git'));
  const none = await run(empty);
  assert.equal(none.code, 0);
  assert.match(none.out, /No runs yet in \.promptshift\/runs\. Start one with: promptshift eval <suite>/);
  assert.deepEqual(JSON.parse((await run(empty, '--json')).out), []);
  for (const bad of ['0', '2.5', 'many']) {
    const r = await run(empty, '--limit', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--limit .*: expected a whole number above 0/);
  }
  const negative = await run(empty, '--limit', '-1');
  assert.equal(negative.code, 2);
  assert.match(negative.err, /--limit/);
  assert.equal((await run(empty, 'extra')).code, 2);
});
