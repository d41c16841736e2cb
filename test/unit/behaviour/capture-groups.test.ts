// The capture-group check of phrase rules reads the pattern's text instead of compiling it (a start-up
// cost, issue 18): it must count exactly what the regex engine counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captureGroupCount, RuleSet } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';

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
