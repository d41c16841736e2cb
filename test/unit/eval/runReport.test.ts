// A run's report is a pure function of its spec and its scored records: re-run cases replace
// their old records and the statistics follow; a live run of 1,000 × 3 × 3 calls scores each
// output exactly once, however many live reports are built while it goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildRunReport, withReruns } from '../../../src/core/eval/runReport';
import { runPairedEval } from '../../../src/core/eval/pairedEval';
import { scoreOutput, WARM_UP_ANSWER } from '../../../src/core/eval/scoring';
import type { RunSpec, SpecCase } from '../../../src/core/eval/runSpec';
import { createDetectors, type Behaviour, type Detector } from '../../../src/core/behaviour';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import type { CallRecord } from '../../../src/core/run/records';
import { ShiftReport } from '../../../src/core/report/schema';
import { sha256 } from '../../../src/core/hash';
import { ANSWER, ESCALATE } from '../report/make';

const CASES: SpecCase[] = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, input: `question ${i}`, context: { input: `question ${i}` } }));
const SPEC: RunSpec & { cases: SpecCase[] } = {
  suite: '/ws/s.evals.yaml',
  workspaceRoot: '/ws',
  a: { ref: 'snapshot:aaaa', sha256: 'a'.repeat(64) },
  b: { ref: 'working', sha256: 'b'.repeat(64) },
  samples: 2,
  baseline: true,
  provider: { type: 'openai', model: 'm' },
  gates: { escalation: 'decrease' },
  cases: CASES,
};

function record(caseId: string, version: CallRecord['version'], sample: number, text: string): CallRecord {
  return {
    callId: `${caseId}/${version}/${sample}`, cacheKey: 'k', caseId, version, sample, paramsHash: 'p', cached: false, attempts: 1, finishedAt: '2026-11-30T00:00:00Z',
    response: { text, latencyMs: 1 },
    scores: scoreOutput(text, { context: { input: caseId } }),
  };
}

/** A run where A (and A′) escalate on every case and B escalates on the first `escalatingInB`. */
function records(escalatingInB: number, only?: (id: string) => boolean): CallRecord[] {
  return CASES.filter((c) => !only || only(c.id)).flatMap((c, i) =>
    [0, 1].flatMap((s) => [
      record(c.id, 'a', s, ESCALATE),
      record(c.id, 'aPrime', s, ESCALATE),
      record(c.id, 'b', s, Number(c.id.slice(1)) < escalatingInB || i < 0 ? ESCALATE : ANSWER),
    ]),
  );
}

const options = { runId: 'r1', createdAt: '2026-11-30T00:00:00Z' };

test('the report of the same records is the same report, in any order', () => {
  const recs = records(0);
  const report = buildRunReport(SPEC, recs, options);
  assert.ok(ShiftReport.safeParse(report).success);
  assert.deepEqual(buildRunReport(SPEC, [...recs].reverse(), options), report);
  assert.equal(report.summary.behaviours.escalation.significant, true);
});

test('a re-run case replaces its old records, and the statistics follow', () => {
  const before = buildRunReport(SPEC, records(0), options);
  assert.equal(before.summary.behaviours.escalation.significant, true);
  // Re-running c0..c10 gives escalating answers in B as well: the drop is gone.
  const rerun = records(11, (id) => Number(id.slice(1)) < 11);
  const after = buildRunReport(SPEC, withReruns(records(0), [rerun]), options);
  assert.equal(after.cases.length, 12, 'cases not re-run stay');
  assert.equal(after.cases.find((c) => c.id === 'c3')!.shifts.length, 0);
  assert.ok(after.cases.find((c) => c.id === 'c11')!.shifts.some((s) => s.behaviour === 'escalation'));
  assert.equal(after.summary.behaviours.escalation.significant, false);
  assert.equal(after.summary.gates?.find((g) => g.behaviour === 'escalation')?.failed, false);
  assert.equal(after.runId, 'r1', 'it is still the same run');
});

test('a live run of 1,000 cases × 3 samples × A, A′, B scores each output exactly once', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-score-once-'));
  fs.mkdirSync(path.join(ws, '.git'));
  const prompt = 'You are a support agent for Northwind.\n';
  fs.writeFileSync(path.join(ws, 'p.prompt.md'), prompt);
  const sha = sha256(prompt);
  const ids = Array.from({ length: 1000 }, (_, i) => `case-${i}`);
  fs.writeFileSync(path.join(ws, 'cases.jsonl'), ids.map((id) => JSON.stringify({ id, input: `question ${id}` })).join('\n') + '\n');
  fs.writeFileSync(path.join(ws, 'recorded.jsonl'), ids.flatMap((id) => [0, 1, 2].map((s) => JSON.stringify({ id, promptSha256: sha, output: s % 2 ? ESCALATE : ANSWER }))).join('\n') + '\n');
  fs.writeFileSync(path.join(ws, 's.evals.yaml'), 'prompt: p.prompt.md\nprovider: { type: replay, file: recorded.jsonl }\nsamples: 3\nconcurrency: 16\ncases:\n  - file: cases.jsonl\n');

  const counts = new Map<Behaviour, number>();
  const warmUps = new Map<Behaviour, number>();
  const real = createDetectors();
  // the run's warm-up (a probe of the rule sets a plain answer reaches, then the plain answer scored
  // once, before the first answer is: issue 18) is no output
  const count = (b: Behaviour, output: string) => {
    const tally = output.startsWith(WARM_UP_ANSWER) ? warmUps : counts;
    tally.set(b, (tally.get(b) ?? 0) + 1);
  };
  const counting = Object.fromEntries(
    BEHAVIOURS.map((b): [Behaviour, Detector] => [b, { behaviour: b, detect: (output, context) => (count(b, output), real[b].detect(output, context)) }]),
  ) as Record<Behaviour, Detector>;
  let partials = 0;
  const result = await runPairedEval({ suitePath: path.join(ws, 's.evals.yaml'), a: 'working', b: 'working', detectors: counting, liveReportMs: 200, onPartialReport: (_r, p) => void (p.done > 0 && partials++) });
  assert.equal(result.run.status, 'completed');
  assert.equal(result.run.done, 9000);
  assert.ok(partials >= 2, `live reports with outputs were built while the run went (${partials})`);
  for (const b of BEHAVIOURS) assert.equal(counts.get(b), 9000, `${b} ran once per output`);
  for (const b of BEHAVIOURS) assert.equal(warmUps.get(b), 2, `${b} probed and warmed up once each`);
  const escalating = result.report.cases.reduce((n, c) => n + c.a.samples.filter((s) => s.behaviours.escalation).length, 0);
  assert.ok(escalating > 0, 'the scores reached the report');
});
