import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSERT_TYPES, checkAssert, formatRequirementOf, runAsserts, type Assert } from '../../../src/core/suite/asserts';
import { AssertResult } from '../../../src/core/report/schema';

const OUTPUT = 'Sorry about the double charge, Dana. I have asked a human agent to issue your Refund.';

// [assert, expected pass on OUTPUT]; the not- form must give the opposite
const CASES: [Assert, boolean][] = [
  [{ type: 'equals', value: OUTPUT }, true],
  [{ type: 'equals', value: OUTPUT.toLowerCase() }, false],
  [{ type: 'contains', value: 'human agent' }, true],
  [{ type: 'contains', value: 'refund' }, false],
  [{ type: 'icontains', value: 'REFUND' }, true],
  [{ type: 'icontains', value: 'chargeback' }, false],
  [{ type: 'contains-any', value: ['nope', 'Dana'] }, true],
  [{ type: 'contains-any', value: ['nope', 'dana'] }, false],
  [{ type: 'contains-all', value: ['Dana', 'agent'] }, true],
  [{ type: 'contains-all', value: ['Dana', 'manager'] }, false],
  [{ type: 'icontains-any', value: ['DANA', 'qq'] }, true],
  [{ type: 'icontains-any', value: ['qq', 'zz'] }, false],
  [{ type: 'icontains-all', value: ['dana', 'REFUND'] }, true],
  [{ type: 'icontains-all', value: ['dana', 'voucher'] }, false],
  [{ type: 'regex', value: 'double\\s+charge' }, true],
  [{ type: 'regex', value: '/REFUND\\.$/i' }, true],
  [{ type: 'regex', value: '^I have' }, false],
  [{ type: 'starts-with', value: 'Sorry' }, true],
  [{ type: 'starts-with', value: 'Dana' }, false],
  [{ type: 'is-json' }, false],
  [{ type: 'max-length', value: OUTPUT.length }, true],
  [{ type: 'max-length', value: OUTPUT.length - 1 }, false],
  [{ type: 'min-length', value: OUTPUT.length }, true],
  [{ type: 'min-length', value: OUTPUT.length + 1 }, false],
];

test('every assert type and its not- form', () => {
  const covered = new Set<string>();
  for (const [a, expected] of CASES) {
    const [result] = runAsserts(OUTPUT, [a]);
    assert.equal(result!.pass, expected, `${a.type} ${JSON.stringify(a.value)}`);
    const [negated] = runAsserts(OUTPUT, [{ ...a, type: `not-${a.type}` }]);
    assert.equal(negated!.pass, !expected, `not-${a.type} ${JSON.stringify(a.value)}`);
    covered.add(a.type).add(`not-${a.type}`);
  }
  assert.deepEqual([...covered].sort(), [...ASSERT_TYPES].sort());
});

test('is-json passes on JSON and fails on fenced JSON', () => {
  assert.equal(runAsserts('{"item": "mug", "quantity": 2}', [{ type: 'is-json' }])[0]!.pass, true);
  assert.equal(runAsserts('```json\n{"a":1}\n```', [{ type: 'is-json' }])[0]!.pass, false);
  assert.equal(runAsserts('```json\n{"a":1}\n```', [{ type: 'not-is-json' }])[0]!.pass, true);
});

test('results match the report schema and failures say why', () => {
  const results = runAsserts(OUTPUT, [
    { type: 'icontains', value: 'voucher' },
    { type: 'not-contains', value: 'Dana' },
    { type: 'max-length', value: 10 },
    { type: 'contains', value: 'Dana' },
  ]);
  for (const r of results) AssertResult.parse(r);
  assert.equal(results[0]!.reason, 'expected the output to contain "voucher" (ignoring case)');
  assert.equal(results[1]!.reason, 'expected the output not to contain "Dana"');
  assert.match(results[2]!.reason!, /at most 10 characters \(it is 85\)/);
  assert.equal(results[3]!.pass, true);
  assert.equal(results[3]!.reason, undefined);
});

test('checkAssert normalises values and rejects what cannot run', () => {
  assert.deepEqual(checkAssert({ type: 'icontains-any', value: 'agent, human ,colleague' }).assert, { type: 'icontains-any', value: ['agent', 'human', 'colleague'] });
  assert.deepEqual(checkAssert({ type: 'contains', value: 42 }).assert, { type: 'contains', value: '42' });
  const problem = (raw: { type: string; value?: unknown }) => checkAssert(raw).problems[0];
  assert.deepEqual(problem({ type: 'icontain', value: 'x' }), { field: 'type', message: "unknown assert type 'icontain' — did you mean 'icontains'?" });
  assert.equal(problem({ type: 'llm-rubric', value: 'x' })!.field, 'type');
  assert.match(problem({ type: 'regex', value: '([a-z' })!.message, /^invalid regular expression: .*Unterminated character class/);
  assert.match(problem({ type: 'contains' })!.message, /needs a string value/);
  assert.match(problem({ type: 'contains-all', value: [] })!.message, /non-empty list/);
  assert.match(problem({ type: 'max-length', value: '10' })!.message, /whole number/);
  assert.match(problem({ type: 'max-length', value: -1 })!.message, /whole number/);
  assert.match(problem({ type: 'is-json', value: { type: 'object' } })!.message, /takes no value/);
});

test('formatRequirementOf tells the format detector what the asserts demand', () => {
  assert.deepEqual(formatRequirementOf([{ type: 'contains', value: 'x' }]), {});
  assert.deepEqual(
    formatRequirementOf([{ type: 'is-json' }, { type: 'max-length', value: 300 }, { type: 'max-length', value: 200 }, { type: 'not-is-json' }]),
    { json: true, maxLength: 200 },
  );
});
