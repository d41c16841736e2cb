// The capture-group check of phrase rules reads the pattern's text instead of compiling it (a start-up
// cost, issue 18): it must count exactly what the regex engine counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { captureGroupCount, RuleSet, topLevelAlternatives } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';
import { compiles } from './compiles';

const engineCount = (source: string) => (new RegExp(`|${source}`).exec('') as RegExpExecArray).length - 1;

/** Every `pattern` string in a phrase set, however deep. */
function patternsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) patternsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'pattern' && typeof v === 'string') out.push(v);
      else patternsIn(v, out);
    }
  }
  return out;
}

test('counts capture groups as the engine does, on tricky patterns', () => {
  const cases = [
    'foo', '(foo)', '(?:foo)', '(?=a)(?!b)(?<=c)(?<!d)', '(?<name>x)', '\\(x\\)', '[(]x[)]', '[\\]()]', '[]()', '[^](a)',
    '((a)(?:b)(c))', 'a\\\\(b)', '(?:(?:x|(y))z)', "[\\x27(]", '(?<a>(?<b>c))',
  ];
  for (const c of cases) assert.equal(captureGroupCount(c), engineCount(c), c);
});

test('agrees with the engine on every English phrase pattern, and the phrase sets still compile', () => {
  const patterns = patternsIn(EN);
  assert.ok(patterns.length > 100, `${patterns.length} patterns found`);
  for (const p of patterns) assert.equal(captureGroupCount(p), engineCount(p), p);
  assert.throws(() => new RuleSet([{ pattern: 'a(?<x>b)', reason: 'named' }]), /must not capture/);
});

test('counts capture groups as the engine does, and splits top-level alternatives, on generated sources', () => {
  // sources built from the characters the readers treat specially; those the engine rejects are skipped
  const source = fc.array(fc.constantFrom('\\', '[', ']', '(', ')', '|', '?', '<', '=', '!', ':', '^', 'a', 'b', 'n', "'"), { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));
  let valid = 0;
  fc.assert(
    fc.property(source, (s) => {
      if (!compiles(s)) return;
      valid++;
      assert.equal(captureGroupCount(s), engineCount(s), s);
      const alternatives = topLevelAlternatives(s);
      assert.equal(alternatives.join('|'), s, s);
      // each alternative is a whole regex with no top-level | of its own
      for (const a of alternatives) assert.ok(compiles(a) && topLevelAlternatives(a).length === 1, `${s} → ${a}`);
    }),
    { seed: 20261203, numRuns: 20_000 },
  );
  assert.ok(valid > 2_000, `${valid} valid sources generated`);
});
