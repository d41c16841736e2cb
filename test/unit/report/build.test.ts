import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import { buildReport, gatesFailed } from '../../../src/core/report/build';
import type { CaseIn, ReportInput } from '../../../src/core/report/input';
import { ShiftReport } from '../../../src/core/report/schema';
import { mcnemarExact } from '../../../src/core/shift';
import { ANSWER, ESCALATE, REFUSE, sample } from './make';

/** 40 cases, one sample each: A refuses 4, A′ refuses 5, B refuses 24; escalation unchanged. */
function refusalShiftInput(): ReportInput {
  const cases: CaseIn[] = Array.from({ length: 40 }, (_, i) => ({
    id: `case-${i}`,
    input: `question ${i}`,
    a: [i < 4 ? sample(REFUSE, { refusal: "can't help" }) : sample(ANSWER)],
    aPrime: [i < 5 ? sample(REFUSE, { refusal: "can't help" }) : sample(ANSWER)],
    b: [i < 24 ? sample(REFUSE, { refusal: "can't help" }) : i % 2 ? sample(ESCALATE, { escalation: 'human agent' }) : sample(ANSWER)],
  }));
  // escalation: same number of escalations in A, on other cases
  for (let i = 24; i < 40; i += 2) cases[i - 20]!.a = [sample(ESCALATE, { escalation: 'human agent' })];
  return {
    kind: 'eval',
    versions: { a: { ref: 'snapshot:1a2b3c4d', promptSha256: 'aa' }, b: { ref: 'working', promptSha256: 'bb' } },
    run: { runId: 'r1', createdAt: '2025-01-01T00:00:00.000Z', suite: 'support.evals.yaml', provider: { type: 'replay' } },
    gates: { refusal: 'increase', escalation: 'decrease', hedging: 'any' },
    cases,
  };
}

test('buildReport produces a schema-valid report with every behaviour', () => {
  const report = buildReport(refusalShiftInput());
  ShiftReport.parse(report);
  assert.deepEqual(Object.keys(report.summary.behaviours).sort(), [...BEHAVIOURS].sort());
  assert.equal(report.summary.cases, 40);
  assert.equal(report.summary.samples, 1);
  assert.equal(report.runId, 'r1');
  assert.equal(report.a.ref, 'snapshot:1a2b3c4d');
  for (const c of report.cases) for (const s of [...c.a.samples, ...c.b.samples]) assert.deepEqual(Object.keys(s.behaviours).sort(), [...BEHAVIOURS].sort());
});

test('refusal shift: rates, McNemar p, Holm, noise, significance and gates', () => {
  const report = buildReport(refusalShiftInput());
  const r = report.summary.behaviours.refusal;
  assert.equal(r.a.rate, 0.1);
  assert.equal(r.b.rate, 0.6);
  assert.equal(r.aPrime?.rate, 0.125);
  assert.ok(Math.abs(r.delta - 0.5) < 1e-12);
  assert.ok(Math.abs((r.noiseDelta as number) - 0.025) < 1e-12);
  assert.equal(r.test, 'mcnemar-exact');
  assert.equal(r.pValue, mcnemarExact(0, 20));
  assert.ok((r.pAdjusted as number) >= r.pValue);
  assert.equal(r.significant, true);
  assert.equal(r.flipsUp, 20);
  assert.ok(r.a.ci95[0] < 0.1 && r.a.ci95[1] > 0.1);

  const esc = report.summary.behaviours.escalation;
  assert.equal(esc.a.rate, esc.b.rate);
  assert.equal(esc.significant, false);

  const gates = report.summary.gates ?? [];
  assert.deepEqual(gates.map((g) => [g.behaviour, g.rule, g.failed]), [
    ['refusal', 'increase', true],
    ['escalation', 'decrease', false],
    ['hedging', 'any', false],
  ]);
  assert.match(gates[0]!.message, /refusal: significant increase 10\.0% → 60\.0%.*; the suite forbids an increase$/);
  assert.equal(gatesFailed(report), true);

  // The same shift read backwards (B → A) is a decrease; the message's article follows the rule.
  const backwards = refusalShiftInput();
  backwards.cases = backwards.cases.map((c) => ({ ...c, a: c.b, b: c.a }));
  const decrease = buildReport({ ...backwards, gates: { refusal: 'decrease' } }).summary.gates?.[0];
  assert.equal(decrease?.failed, true);
  assert.match(decrease!.message, /significant decrease .*; the suite forbids a decrease$/);

  const decreaseOnly = buildReport({ ...refusalShiftInput(), gates: { refusal: 'decrease' } });
  assert.equal(gatesFailed(decreaseOnly), false, 'an increase does not fail a decrease gate');
});

test('case shifts carry evidence spans on both sides, ranked by strength', () => {
  const report = buildReport(refusalShiftInput());
  const c10 = report.cases.find((c) => c.id === 'case-10')!;
  const refusal = c10.shifts.find((s) => s.behaviour === 'refusal')!;
  assert.equal(refusal.from, 0);
  assert.equal(refusal.to, 1);
  assert.equal(refusal.flip, true);
  const ev = refusal.evidence.find((e) => e.side === 'b')!;
  assert.equal(c10.b.samples[ev.sample]!.output.slice(ev.start, ev.end), ev.text);
  assert.equal(ev.text, "can't help");
  // a case where both sides show different behaviours has evidence on both sides
  const c4 = report.cases.find((c) => c.id === 'case-4')!;
  const sides = new Set(c4.shifts.flatMap((s) => s.evidence.map((e) => e.side)));
  assert.deepEqual([...sides].sort(), ['a', 'b']);
  assert.equal(c10.b.samples[0]!.evidence?.refusal?.[0]?.text, "can't help");
  // cases without change have no shifts
  assert.deepEqual(report.cases.find((c) => c.id === 'case-0')!.shifts, []);
  const flips = report.summary.flips ?? [];
  assert.ok(flips.length >= 20);
  for (let i = 1; i < flips.length; i++) {
    assert.ok(Math.abs(flips[i - 1]!.to - flips[i - 1]!.from) >= Math.abs(flips[i]!.to - flips[i]!.from));
  }
});

test('several samples: sign-flip test, error samples shown but not counted, metrics', () => {
  const cases: CaseIn[] = Array.from({ length: 20 }, (_, i) => ({
    id: `c${i}`,
    a: [sample(ANSWER), sample(ANSWER), sample(REFUSE, { refusal: "I'm sorry" })],
    aPrime: [sample(ANSWER), sample(REFUSE, { refusal: "I'm sorry" }), sample(ANSWER)],
    b: [sample(REFUSE + ' ' + REFUSE, { refusal: "I'm sorry" }), sample(REFUSE + ' ' + REFUSE, { refusal: "I'm sorry" }), { ...sample(''), error: 'HTTP 500' }],
  }));
  const report = buildReport({ versions: { a: { ref: 'a' }, b: { ref: 'b' } }, cases });
  ShiftReport.parse(report);
  const r = report.summary.behaviours.refusal;
  assert.equal(r.test, 'sign-flip-exact');
  assert.equal(r.b.n, 40, 'errored samples are not judged');
  assert.equal(r.b.rate, 1);
  assert.ok(Math.abs(r.a.rate - 1 / 3) < 1e-12);
  assert.ok(r.pValue < 1e-5);
  assert.equal(r.significant, true);
  assert.equal(report.summary.gates, undefined);
  assert.equal(report.cases[0]!.b.samples[2]!.error, 'HTTP 500');
  const m = report.summary.metrics!;
  const lenA = (2 * ANSWER.length + REFUSE.length) / 3;
  assert.ok(Math.abs((m.lengthRatio as number) - (2 * REFUSE.length + 1) / lenA) < 1e-9);
  assert.ok((m.similarityAA as number) > (m.similarityAB as number));
});

test('no baseline: noiseDelta null, significance from the test alone; empty report is valid', () => {
  const input = refusalShiftInput();
  for (const c of input.cases) delete c.aPrime;
  const report = buildReport(input);
  assert.equal(report.summary.behaviours.refusal.noiseDelta, null);
  assert.equal(report.summary.behaviours.refusal.significant, true);
  assert.equal(report.summary.metrics?.similarityAA, null);
  const empty = buildReport({ versions: { a: { ref: 'a' }, b: { ref: 'b' } }, cases: [] });
  ShiftReport.parse(empty);
  assert.equal(empty.summary.behaviours.refusal.pValue, 1);
});
