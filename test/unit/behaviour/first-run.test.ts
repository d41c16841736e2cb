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

test('RuleSet.reachedBy names the cold rule sets a run reaches, in order, and they match nothing meanwhile and normally after', () => {
  const plain = new RuleSet([{ pattern: 'two', reason: 'r' }]);
  const gap = new RuleSet([{ pattern: ' +', reason: 'a gap' }]);
  const warm = new RuleSet([{ pattern: 'one', reason: 'w' }]);
  warm.warmUp();
  const inside: unknown[] = [];
  const run = () => {
    inside.push(gap.findAll(text).length, plain.test(text), warm.findAll(text).length, plain.first(text));
  };
  assert.deepEqual(RuleSet.reachedBy(run), [gap, plain]);
  // cold sets found nothing, the warm one what it always finds
  assert.deepEqual(inside, [0, false, 1, undefined]);
  // nothing was compiled or marked warm: a second probe reaches the same sets
  assert.deepEqual(RuleSet.reachedBy(run), [gap, plain]);
  // outside a probe every set finds what it finds
  assert.deepEqual(gap.findAll(text).map((s) => [s.start, s.end]), [[3, 5], [8, 11]]);
  assert.equal(plain.first(text)?.start, 5);
  // once warm (used, or warmed up), a set is no longer reached as cold
  assert.deepEqual(RuleSet.reachedBy(run), []);
  const later = new RuleSet([{ pattern: 'three', reason: 't' }]);
  assert.deepEqual(RuleSet.reachedBy(() => void later.test(text)), [later]);
  later.warmUp();
  assert.deepEqual(RuleSet.reachedBy(() => void later.test(text)), []);
});
