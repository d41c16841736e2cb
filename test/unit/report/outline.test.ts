import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlineOf } from '../../../src/core/report/outline';
import { ShiftReport } from '../../../src/core/report/schema';
import { largeReport, escalationDropReport } from '../../fixtures/reports/reports';

test('an outline keeps everything the list needs and drops outputs and evidence', () => {
  const report = escalationDropReport();
  const outline = outlineOf(report);
  assert.ok(ShiftReport.safeParse(outline).success, 'still a valid report');
  assert.deepEqual(outline.summary, report.summary);
  assert.deepEqual(outline.cases.map((c) => [c.id, c.input, c.shifts, c.strength]), report.cases.map((c) => [c.id, c.input, c.shifts, c.strength]));
  for (const c of outline.cases) {
    for (const s of [...c.a.samples, ...c.b.samples, ...(c.aPrime?.samples ?? [])]) {
      assert.equal(s.output, '');
      assert.equal(s.evidence, undefined);
    }
  }
  const original = report.cases[0]!.a.samples[0]!;
  assert.deepEqual(outline.cases[0]!.a.samples[0]!.behaviours, original.behaviours);
  assert.notEqual(original.output, '', 'the report itself is not changed');
});

test('the outline of a 1,000 × 3 run is a fraction of its size', () => {
  const report = largeReport(1000, 3);
  const full = JSON.stringify(report).length;
  const outline = JSON.stringify(outlineOf(report)).length;
  assert.ok(outline < full / 2, `outline ${outline} bytes vs ${full}`);
});
