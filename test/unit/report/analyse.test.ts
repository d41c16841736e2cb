import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseOutputs } from '../../../src/core/report/analyse';
import { ShiftReport } from '../../../src/core/report/schema';
import type { DetectionContext } from '../../../src/core/behaviour/types';
import { detectAll } from '../../../src/core/behaviour';

const REFUSE = "I'm sorry, but I can't help with that request.";
const ANSWER = 'To reset your password, open Settings, choose Security and click "Reset password".';

test('analyseOutputs runs the detectors with the case input as context and builds the report', () => {
  const seen: DetectionContext[] = [];
  const report = analyseOutputs(
    {
      versions: { a: { ref: 'a.jsonl' }, b: { ref: 'b.jsonl' } },
      cases: Array.from({ length: 12 }, (_, i) => ({
        id: `c${i}`,
        input: 'How do I reset my password?',
        context: { system: 'You are a support agent.' },
        a: [{ output: ANSWER }],
        b: [{ output: i < 10 ? REFUSE : ANSWER }, { output: '', error: 'HTTP 500 after 3 retries' }],
      })),
    },
    (output, context) => {
      seen.push(context);
      return detectAll(output, context);
    },
  );
  ShiftReport.parse(report);
  assert.equal(seen.length, 24, 'failed calls are not run through the detectors');
  assert.deepEqual(seen[0], { system: 'You are a support agent.', input: 'How do I reset my password?' });
  const r = report.summary.behaviours.refusal;
  assert.equal(r.a.rate, 0);
  assert.equal(r.b.rate, 10 / 12);
  assert.equal(r.b.n, 12);
  assert.equal(report.cases[0]!.b.samples[1]!.error, 'HTTP 500 after 3 retries');
  const ev = report.cases[0]!.shifts.find((s) => s.behaviour === 'refusal')!.evidence[0]!;
  assert.equal(ev.side, 'b');
  assert.equal(REFUSE.slice(ev.start, ev.end), ev.text);
});
