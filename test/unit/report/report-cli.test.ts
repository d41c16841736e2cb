import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { buildReport } from '../../../src/core/report/build';
import { toJson } from '../../../src/core/report/exports';
import { ShiftReport } from '../../../src/core/report/schema';
import { captureIO } from './cli-io';
import { ANSWER, REFUSE, sample } from './make';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

function workspaceWithRun(): { root: string; runId: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-report-'));
  const runId = '20250101-120000-abcd';
  const dir = path.join(root, '.promptshift', 'runs', runId);
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(root, 'prompts', 'deep'), { recursive: true });
  const report = buildReport({
    versions: { a: { ref: 'git:HEAD' }, b: { ref: 'working' } },
    run: { runId },
    gates: { refusal: 'increase' },
    cases: Array.from({ length: 25 }, (_, i) => ({
      id: `c${i}`,
      a: [sample(ANSWER)],
      b: [i < 15 ? sample(REFUSE, { refusal: "can't help" }) : sample(ANSWER)],
    })),
  });
  fs.writeFileSync(path.join(dir, 'report.json'), toJson(report));
  return { root, runId };
}

test('report: finds the run by id from a subfolder (walking up) and exports every format', async () => {
  const { root, runId } = workspaceWithRun();
  const cwd = path.join(root, 'prompts', 'deep');
  for (const [format, check] of [
    ['md', /\| \*\*refusal\*\* \| 0\.0% \| 60\.0% \|/],
    ['html', /^<!DOCTYPE html>/],
    ['junit', /<testsuites name="promptshift git:HEAD -&gt; working" tests="7" failures="1"/],
    ['json', /"schemaVersion": 1/],
  ] as const) {
    const io = captureIO(cwd);
    assert.equal(await main(['report', runId, '--format', format], io), 0, io.err.join(''));
    assert.match(io.out.join(''), check);
  }
  // an unambiguous prefix of the id works too
  const io = captureIO(root);
  assert.equal(await main(['report', runId.slice(0, 10), '--format', 'json'], io), 0, io.err.join(''));
  ShiftReport.parse(JSON.parse(io.out.join('')));
});

test('report: --out writes the file atomically (no temp file left) and prints nothing on stdout', async () => {
  const { root, runId } = workspaceWithRun();
  const io = captureIO(root);
  const reportFile = path.join('.promptshift', 'runs', runId, 'report.json');
  assert.equal(await main(['report', reportFile, '--format', 'junit', '--out', 'results.xml'], io), 0, io.err.join(''));
  assert.equal(io.out.join(''), '');
  assert.match(fs.readFileSync(path.join(root, 'results.xml'), 'utf8'), /^<\?xml/);
  assert.deepEqual(fs.readdirSync(root).filter((f) => f.includes('tmp')), []);
  // a run folder works as well as its report.json
  const io2 = captureIO(root);
  assert.equal(await main(['report', path.dirname(reportFile), '--format', 'md'], io2), 0);
});

test('report: bad input exits 2 naming the file and the field', async () => {
  const { root, runId } = workspaceWithRun();
  const file = path.join(root, '.promptshift', 'runs', runId, 'report.json');
  const original = fs.readFileSync(file, 'utf8');
  const report = JSON.parse(original);
  report.summary.behaviours.refusal.delta = 'big';
  fs.writeFileSync(file, JSON.stringify(report));
  let io = captureIO(root);
  assert.equal(await main(['report', runId, '--format', 'md'], io), 2);
  assert.match(io.err.join(''), /report\.json:\d+:\d+: summary\.behaviours\.refusal\.delta: not a PromptShift report: /);

  fs.writeFileSync(file, '{"schemaVersion": 1, ');
  io = captureIO(root);
  assert.equal(await main(['report', runId, '--format', 'md'], io), 2);
  assert.match(io.err.join(''), /report\.json:1:\d+: not valid JSON/);

  io = captureIO(root);
  assert.equal(await main(['report', 'no-such-run', '--format', 'md'], io), 2);
  assert.match(io.err.join(''), /no-such-run: no run with that id/);

  io = captureIO(root);
  assert.equal(await main(['report', runId, '--format', 'pdf'], io), 2);
  assert.match(io.err.join(''), /--format pdf: expected one of md, html, junit, json/);

  fs.writeFileSync(file, original);
  io = captureIO(root);
  assert.equal(await main(['report', runId, '--format', 'md', '--out', path.join(root, 'missing-dir', 'x.md')], io), 2);
  assert.match(io.err.join(''), /--out .*x\.md: cannot write \(ENOENT\)/);
});
