// A phrase rule set's regex first runs on a 1,000-character blank, so V8 compiles it straight to
// machine code (match.ts, issue 18). That run must leave no trace: the first real search of a rule
// set finds exactly what every later one finds, even for a rule that matches blanks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RuleSet } from '../../../src/core/behaviour/match';

const text = 'one  two   three';

test('the first search of a rule set that matches blanks finds what later searches find', () => {
  const spans = (set: RuleSet) => set.findAll(text).map((s) => [s.start, s.end]);
  const fresh = () => new RuleSet([{ pattern: ' +', reason: 'a gap' }]);
  const expected = [[3, 5], [8, 11]];
  assert.deepEqual(spans(fresh()), expected);
  const used = fresh();
  spans(used);
  assert.deepEqual(spans(used), expected);
  assert.equal(fresh().first(text)?.start, 3);
  assert.equal(fresh().test('no-gap'), false);
  assert.equal(fresh().test(text), true);
});

test('the first search after the blank starts at the given offset', () => {
  const set = new RuleSet([{ pattern: 'two', reason: 'r' }]);
  assert.deepEqual(set.findAll(text, 4).map((s) => [s.start, s.end, s.text]), [[5, 8, 'two']]);
});
