// A rule set whose alternation would pass the size V8 still optimises (RuleSet.OPTIMISED_SOURCE_LIMIT)
// is compiled as several alternations (match.ts). Cut into parts, it must find what one alternation
// finds: the leftmost match first, an earlier rule first at the same place, no two overlapping.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RuleSet, type PhraseRule } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';

const PROBES = join(__dirname, '../../fixtures/validation/probes');
/** Replies nobody here wrote to fit a rule: the probe sets' outputs and requests. */
const texts = readdirSync(PROBES)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(PROBES, f), 'utf8').trim().split('\n'))
  .flatMap((line) => {
    const row = JSON.parse(line) as { input: string; output: string };
    return [row.output, row.input];
  });

const spans = (set: RuleSet, text: string) => set.findAll(text).map((s) => `${s.start}-${s.end} ${s.reason}: ${s.text}`);

for (const [name, rules] of [
  ['sycophancy', EN.sycophancy.positive],
  ['eval awareness', EN.evalAwareness.positive],
] as const) {
  test(`the English ${name} rules cut into parts find what one alternation finds, on every probe reply and request`, () => {
    // one alternation however long (a set past the limit is cut in the product), against parts of 4,000 characters
    const whole = new RuleSet(rules, { sourceLimit: Number.POSITIVE_INFINITY });
    const cut = new RuleSet(rules, { sourceLimit: 4_000 });
    assert.equal(whole.parts, 1);
    assert.ok(cut.parts >= 4, `parts: ${cut.parts}`);
    assert.ok(cut.sourceLength < 4_000 || cut.rules.some((r) => r.pattern.length > 3_900));
    let found = 0;
    for (const text of texts) {
      const expected = spans(whole, text);
      found += expected.length;
      assert.deepEqual(spans(cut, text), expected, text);
      assert.equal(cut.test(text), whole.test(text), text);
    }
    assert.ok(found > 20, `spans found: ${found}`);
  });
}

test('over parts, the leftmost match comes first, an earlier rule wins at the same place, and overlaps are dropped', () => {
  const rules: PhraseRule[] = [
    { pattern: 'good day', reason: 'a' },
    { pattern: 'good', reason: 'b' },
    { pattern: 'day off', reason: 'c' },
    { pattern: 'off', reason: 'd' },
  ];
  // a limit so small that each rule is a part of its own
  const cut = new RuleSet(rules, { sourceLimit: 20 });
  assert.equal(cut.parts, 4);
  const text = 'A good day off, a good night, a day off.';
  assert.deepEqual(spans(cut, text), spans(new RuleSet(rules), text));
  assert.deepEqual(spans(cut, text), ['2-10 a: good day', '11-14 d: off', '18-22 b: good', '32-39 c: day off']);
  assert.deepEqual(cut.findAll(text, 0, text.length, 2).map((s) => s.text), ['good day', 'off']);
  assert.equal(cut.first(text, 12)?.text, 'good');
});

test('a set cut into parts is one cold set while probed and compiles every part when warmed', () => {
  const cut = new RuleSet([{ pattern: 'alpha', reason: 'a' }, { pattern: 'beta', reason: 'b' }], { sourceLimit: 20 });
  assert.equal(cut.parts, 2);
  const text = 'alpha and beta';
  assert.deepEqual(RuleSet.reachedBy(() => void cut.findAll(text)), [cut]);
  assert.deepEqual(cut.findAll(text).map((s) => s.text), ['alpha', 'beta']);
  assert.deepEqual(RuleSet.reachedBy(() => void cut.findAll(text)), []);
});
