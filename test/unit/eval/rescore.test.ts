// `promptshift rescore`: outputs scored by an older detector version are scored again from the
// record (no model call), the report is rebuilt from the new scores, and current ones are left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';
import { DETECTORS_VERSION } from '../../../src/core/behaviour';

const examples = path.resolve(__dirname, '../../../examples');

const run = (args: string[], cwd: string) => runCli(args, cwd);

test('rescore: stale scores are replaced from the recorded outputs and the report follows; current ones are kept', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-rescore-'));
  fs.cpSync(examples, ws, { recursive: true });
  fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
  const first = await run(['eval', 'support.evals.yaml', '--json'], ws);
  assert.equal(first.code, 1, first.err);
  const original = JSON.parse(first.out);
  const runId: string = original.runId;
  const calls = path.join(ws, '.promptshift', 'runs', runId, 'calls.jsonl');
  // An older detector that found nothing, on every output.
  const lines = fs.readFileSync(calls, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.every((r) => r.scores?.detector === DETECTORS_VERSION), 'every output was scored when recorded');
  fs.writeFileSync(calls, lines.map((r) => JSON.stringify({ ...r, scores: { detector: 'old', found: {} } })).join('\n') + '\n');

  const stale = await run(['rescore', runId.slice(0, 18), '--json'], ws);
  assert.equal(stale.code, 0, stale.err);
  assert.match(stale.err, new RegExp(`${lines.length} output\\(s\\) rescored with detectors ${DETECTORS_VERSION}, 0 already current`));
  const rescored = JSON.parse(stale.out);
  assert.deepEqual(rescored.summary.behaviours, original.summary.behaviours, 'the rebuilt report is the one the current detectors give');
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(ws, '.promptshift', 'runs', runId, 'report.json'), 'utf8')).summary, rescored.summary);

  const again = await run(['rescore', runId], ws);
  assert.equal(again.code, 0, again.err);
  assert.match(again.err, new RegExp(`0 output\\(s\\) rescored with detectors ${DETECTORS_VERSION}, ${lines.length} already current`));
  assert.equal((await run(['rescore', 'no-such-run'], ws)).code, 2);
  assert.equal((await run(['rescore', '--help'], ws)).code, 0);
});
