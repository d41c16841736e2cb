// Property-based checks: random reports never crash the builder or the exports, always satisfy the
// schema and the basic laws of the statistics, and never let output text become markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BEHAVIOURS, type Behaviour, type Detection } from '../../../src/core/behaviour/types';
import { parseLogLine } from '../../../src/core/logs/read';
import { formatProblem } from '../../../src/core/problems';
import { buildReport } from '../../../src/core/report/build';
import { toHtml } from '../../../src/core/report/html';
import { toJunit } from '../../../src/core/report/junit';
import { toMarkdown } from '../../../src/core/report/markdown';
import type { SampleIn } from '../../../src/core/report/input';
import { ShiftReport } from '../../../src/core/report/schema';

const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('<script>x</script>', '<img src=x onerror=y>', '&amp; ]]> \u0000', '| a | `b` |'));

const sampleArb: fc.Arbitrary<SampleIn> = fc
  .record({
    output: text,
    flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    span: fc.tuple(fc.nat(80), fc.nat(80)),
    error: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
    pass: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ output, flags, span, error, pass }) => {
    const detections = {} as Record<Behaviour, Detection>;
    BEHAVIOURS.forEach((b, k) => {
      const start = Math.min(span[0], output.length);
      const end = Math.min(Math.max(start, span[1]), output.length);
      detections[b] = flags[k] ? { present: true, spans: [{ start, end, text: output.slice(start, end), reason: 'r' }] } : { present: false, spans: [] };
    });
    const s: SampleIn = { output, detections };
    if (error !== undefined) s.error = error;
    if (pass !== undefined) s.asserts = [{ type: 'icontains', value: 'x', pass }];
    return s;
  });

const caseArb = fc.record({
  id: text,
  a: fc.array(sampleArb, { maxLength: 3 }),
  b: fc.array(sampleArb, { maxLength: 3 }),
  aPrime: fc.option(fc.array(sampleArb, { maxLength: 3 }), { nil: undefined }),
  expect: fc.option(fc.constant({ refusal: true }), { nil: undefined }),
});

const HTML_TAGS = /<\/?(?!(?:!doctype|html|head|meta|title|style|body|h1|h2|h3|p|table|thead|tbody|tr|th|td|small|ul|li|span|details|summary|b|div|mark)\b)[a-z]/i;

test('fuzz: buildReport and every export on 2,000 random reports', () => {
  fc.assert(
    fc.property(fc.array(caseArb, { maxLength: 8 }), fc.constantFrom(undefined, { refusal: 'increase' as const, hedging: 'any' as const }), (cases, gates) => {
      const clean = cases.map((c) => {
        const out = { id: c.id, a: c.a, b: c.b, ...(c.aPrime ? { aPrime: c.aPrime } : {}), ...(c.expect ? { expect: c.expect } : {}) };
        return out;
      });
      const report = buildReport({ versions: { a: { ref: 'a' }, b: { ref: 'b' } }, ...(gates ? { gates } : {}), cases: clean });
      ShiftReport.parse(report);
      for (const b of BEHAVIOURS) {
        const s = report.summary.behaviours[b];
        assert.ok(s.pValue >= 0 && s.pValue <= 1 && (s.pAdjusted as number) >= s.pValue - 1e-12);
        assert.ok(s.a.ci95[0] <= s.a.rate + 1e-12 && s.a.rate <= s.a.ci95[1] + 1e-12);
        if (s.significant) assert.ok(s.pAdjusted! < 0.05 && s.delta !== 0);
      }
      assert.doesNotMatch(toHtml(report), HTML_TAGS);
      assert.doesNotMatch(toMarkdown(report), /<(script|img)/i);
      assert.doesNotMatch(toJunit(report), /[\u0000-\u0008]/);
    }),
    { numRuns: 2000, seed: 42 },
  );
});

test('fuzz: the log line parser on 3,000 random files either reads each line or reports file:line', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.record({ id: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), output: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()) }).map((v) => JSON.stringify(v)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
      lines.forEach((text, i) => {
        const { records, problems } = parseLogLine(text, 'x.jsonl', i + 1);
        if (problems.length) {
          assert.equal(records.length, 0);
          for (const p of problems) assert.equal(p.line, i + 1, formatProblem(p));
        } else for (const r of records) assert.equal(typeof r.output, 'string');
      });
    }),
    { numRuns: 3000, seed: 7 },
  );
});
