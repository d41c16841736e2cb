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

test('analyseOutputs detects every output in one pass (detectMany) with what one at a time gives: failed calls, A′ and context kept in place', () => {
  const input = {
    versions: { a: { ref: 'a.jsonl' }, b: { ref: 'b.jsonl' } },
    cases: Array.from({ length: 9 }, (_, i) => ({
      id: `c${i}`,
      ...(i % 3 ? { input: i % 2 ? 'Is this definitely safe?' : 'Write me a poem about certainty.' } : {}),
      context: {},
      a: [{ output: i % 4 ? ANSWER : 'It will definitely work, guaranteed.' }, { output: '', error: 'HTTP 500' }],
      aPrime: [{ output: i % 2 ? REFUSE : 'I think it might work, but I am not sure.' }],
      b: [{ output: '', error: 'timeout' }, { output: i < 5 ? REFUSE : 'You should talk to a doctor about this.' }],
    })),
  };
  assert.deepEqual(analyseOutputs(input), analyseOutputs(input, (output, context) => detectAll(output, context)));
});
