import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunStore, parseReportText as parseReport } from '../../../src/core/run/store';
import { escalationDropReport } from '../../fixtures/reports/reports';
import { annotationsFor } from '../../../src/webview/model';

const fixture = join(import.meta.dirname, '../../fixtures/reports/escalation-drop.report.json');

function workspaceWith(runs: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ps-runs-'));
  for (const [id, text] of Object.entries(runs)) {
    mkdirSync(join(root, '.promptshift/runs', id), { recursive: true });
    writeFileSync(join(root, '.promptshift/runs', id, 'report.json'), text);
  }
  return root;
}

test('the committed fixture is what the generator makes, and valid', () => {
  assert.deepEqual(JSON.parse(readFileSync(fixture, 'utf8')), JSON.parse(JSON.stringify(escalationDropReport())));
});

const readRunReport = async (root: string, runId: string) => new RunStore(root).folder(runId).readReport();

test('reads and validates a run report from the workspace', async () => {
  const root = workspaceWith({ r1: readFileSync(fixture, 'utf8') });
  const report = await readRunReport(root, 'r1');
  assert.equal(report.cases[0]?.id, 'angry-refund');
});

test('errors name the file and the line:column or the field', async () => {
  const root = workspaceWith({ bad: '{\n  "schemaVersion": 1,\n  oops\n}', wrong: JSON.stringify({ ...escalationDropReport(), cases: [{ id: 'x' }] }) });
  await assert.rejects(readRunReport(root, 'bad'), (e: Error) => e.message.startsWith(join(root, '.promptshift/runs/bad/report.json:3:')) && /not valid JSON/.test(e.message));
  await assert.rejects(readRunReport(root, 'wrong'), (e: Error) => /wrong\/report\.json:\d+:\d+: cases\[0\]\.a/.test(e.message));
  await assert.rejects(readRunReport(root, 'missing'), /missing\/report\.json:1:1: no such file/);
  assert.throws(() => new RunStore(root).folder('../etc'), /not a run id/);
  assert.throws(() => parseReport('[]', 'f.json'), /f\.json:1:1: \(top level\)/);
});

test('annotations of a sample come from its evidence and the shifts, deduplicated, offsets into the output', () => {
  const c = escalationDropReport().cases[0];
  assert.ok(c);
  const a = annotationsFor(c, 'a', 0);
  assert.deepEqual(a.map((x) => x.behaviour), ['escalation']);
  const out = c.a.samples[0]?.output ?? '';
  assert.equal(out.slice(a[0]?.start, a[0]?.end), 'escalate this to a human agent');
  assert.equal(annotationsFor(c, 'b', 0).length, 0);
  assert.deepEqual(annotationsFor(c, 'b', 2).map((x) => x.behaviour), ['overconfidence']);
});

test('a JSON syntax error is located even when the engine does not say where', () => {
  // Node 20 names a position for this one and Node 22+ does not; both must give line 2, column 6.
  assert.throws(() => parseReport('{"schemaVersion": 1,\n"a": }', 'r.json'), (e: Error) => e.message.startsWith('r.json:2:6: not valid JSON'));
  assert.throws(() => parseReport('{"a": [1, 2,, 3]}', 'r.json'), (e: Error) => e.message.startsWith('r.json:1:13:'));
});
