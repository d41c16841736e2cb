import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../src/core/report/build';
import { replaceCases } from '../../../src/core/report/replaceCases';
import type { CaseIn, ReportInput } from '../../../src/core/report/input';
import { ShiftReport } from '../../../src/core/report/schema';
import { ANSWER, ESCALATE, sample } from './make';

function input(escalatingInB: number): ReportInput {
  const cases: CaseIn[] = Array.from({ length: 12 }, (_, i) => ({
    id: `c${i}`,
    input: `question ${i}`,
    a: [sample(ESCALATE, { escalation: 'contact our support team' }), sample(ESCALATE, { escalation: 'contact our support team' })],
    aPrime: [sample(ESCALATE, { escalation: 'contact our support team' }), sample(ESCALATE, { escalation: 'contact our support team' })],
    b: i < escalatingInB ? [sample(ESCALATE, { escalation: 'contact our support team' }), sample(ESCALATE, { escalation: 'contact our support team' })] : [sample(ANSWER), sample(ANSWER)],
  }));
  return { kind: 'eval', versions: { a: { ref: 'snapshot:aaaa' }, b: { ref: 'working' } }, run: { runId: 'r1', createdAt: '2026-11-22T10:00:00.000Z' }, gates: { escalation: 'decrease' }, cases };
}

test('replacing every case with itself gives back the same report (the round trip loses nothing)', () => {
  const report = buildReport(input(0));
  const again = replaceCases(report, report);
  assert.deepEqual(again, report);
  assert.ok(ShiftReport.safeParse(again).success);
});

test('a re-run case replaces its old self, and the statistics follow', () => {
  const before = buildReport(input(0));
  assert.equal(before.summary.behaviours.escalation.significant, true);
  // Re-running c0..c10 gives escalating answers in B as well: the drop is gone.
  const fresh = buildReport(input(11));
  const subset: typeof fresh = { ...fresh, cases: fresh.cases.filter((c) => Number(c.id.slice(1)) < 11) };
  const after = replaceCases(before, subset);
  assert.equal(after.cases.length, 12, 'cases not re-run stay');
  assert.equal(after.cases.find((c) => c.id === 'c3')!.shifts.length, 0);
  assert.ok(after.cases.find((c) => c.id === 'c11')!.shifts.some((s) => s.behaviour === 'escalation'));
  assert.equal(after.summary.behaviours.escalation.significant, false);
  assert.equal(after.summary.gates?.find((g) => g.behaviour === 'escalation')?.failed, false);
  assert.equal(after.runId, 'r1', 'it is still the same run');
});
