// The per-prompt-file timeline from real runs: five versions of a prompt, each evaluated by the CLI
// with the replay provider; the timeline lists each version once, in the order written, with the
// rates of its latest run; other files' runs, unfinished runs and unreadable reports are left out;
// stability is read when a report carries it (in either shape) and absent otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { RunStore } from '../../../src/core/run';
import { promptTimeline } from '../../../src/core/timeline/promptTimeline';
import { captureIO } from '../report/cli-io';
// @ts-expect-error: a plain .mjs fixture shared with the browser check
import { escalationOf, PROMPT, VERSIONS, writeTimelineWorkspace } from '../../fixtures/timeline/five-versions.mjs';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

async function workspace(): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-timeline-'));
  for (const step of writeTimelineWorkspace(root) as { write?: [string, string]; args: string[] }[]) {
    if (step.write) fs.writeFileSync(path.join(root, step.write[0]), step.write[1]);
    const io = captureIO(root);
    const code = await main(step.args, io);
    assert.ok(code === 0 || code === 1, `${step.args.join(' ')}: ${io.err.join('')}`);
  }
  return root;
}

test('five evaluated versions: one point each, in the order written, rates of the latest run, the run named', async () => {
  const root = await workspace();
  const store = new RunStore(root);
  const runs = store.list();
  assert.equal(runs.length, 5);
  const t = promptTimeline(store, PROMPT);
  assert.equal(t.runs, 5);
  assert.deepEqual(t.versions.map((v) => v.label), ['v1', 'v2', 'v3', 'v4', 'v5']);
  t.versions.forEach((v, i) => {
    assert.equal(v.rates.escalation!.rate, escalationOf(i + 1), `v${i + 1}`);
    assert.ok(runs.some((r) => r.runId === v.runId));
  });
  // v5 and v1 were evaluated twice: the newest run (v1 → v5) gives their figures
  const newest = runs[0]!.runId;
  assert.equal(t.versions[4]!.runId, newest);
  assert.equal(t.versions[4]!.side, 'b');
  assert.equal(t.versions[0]!.runId, newest);
  assert.equal(t.versions[0]!.side, 'a');
  assert.equal(t.versions[0]!.otherRuns.length, 1);
  assert.ok(t.versions.every((v) => v.stability === undefined));
  // the same path written differently; another file has no timeline
  assert.equal(promptTimeline(store, `./${PROMPT}`).versions.length, 5);
  assert.equal(promptTimeline(store, 'prompts/other.prompt.md').versions.length, 0);
});

test('stability from design.stability (or summary.stability); unfinished runs and unreadable reports are left out', async () => {
  const root = await workspace();
  const store = new RunStore(root);
  const [newest, second, third] = store.list();
  // runs, newest first: v1 → v5, v4 → v5, v3 → v4, v2 → v3, v1 → v2. The newest carries
  // design.stability (for B), the third summary.stability (for A: v3)
  const withDesign = JSON.parse(fs.readFileSync(newest!.folder.reportPath, 'utf8'));
  // (a design section as a probe run writes it: report schema's DesignSection)
  withDesign.design = { kind: 'conditions', arms: [], effects: [], gaps: [], stability: [{ version: 'b', sha256: 'x', score: 0.8, lower: 0.6, upper: 0.9, cases: 10, conditions: ['observed', 'unobserved'] }] };
  fs.writeFileSync(newest!.folder.reportPath, JSON.stringify(withDesign));
  const t = promptTimeline(store, PROMPT);
  assert.deepEqual(t.versions[4]!.stability, { score: 0.8, lower: 0.6, upper: 0.9, cases: 10, conditions: ['observed', 'unobserved'] });
  assert.equal(t.versions[0]!.stability, undefined, "v1 is side A of that run: the entry for B is not its");

  const withSummary = JSON.parse(fs.readFileSync(third!.folder.reportPath, 'utf8'));
  withSummary.summary.stability = { a: { value: 0.7, ci95: [0.5, 0.85] } };
  fs.writeFileSync(third!.folder.reportPath, JSON.stringify(withSummary));
  const third_a = promptTimeline(store, PROMPT).versions.find((v) => v.runId === third!.runId && v.side === 'a');
  assert.deepEqual(third_a?.stability, { score: 0.7, lower: 0.5, upper: 0.85 });

  // an unfinished run and an unreadable report drop out, with a problem for the latter
  const meta = JSON.parse(fs.readFileSync(second!.folder.file('run.json'), 'utf8'));
  fs.writeFileSync(second!.folder.file('run.json'), JSON.stringify({ ...meta, status: 'running' }));
  fs.writeFileSync(third!.folder.reportPath, '{ not json');
  const problems: string[] = [];
  const after = promptTimeline(store, PROMPT, (p) => problems.push(`${p.file}: ${p.message}`));
  assert.equal(after.runs, 3);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /report\.json/);
  // v4 was evaluated only by those two runs
  assert.deepEqual(after.versions.map((v) => v.label), ['v1', 'v2', 'v3', 'v5']);
  assert.equal(VERSIONS, 5);
});
