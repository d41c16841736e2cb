// Rule sets are compiled with empty lookaheads before their inner groups (match.ts, withCompileBreaks),
// so that V8 generates the code after a rule's choices once (issue 18). A break must never change
// what a source matches, must stand only where a match has taken 4 characters of its rule, and must
// never carry a part past the size V8 still optimises.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { RuleSet, withCompileBreaks } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';
import { compiles } from './compiles';
import { ruleLists } from './rule-lists';

const BREAK = '(?=)';
const withBreaks = (body: string, room = Number.POSITIVE_INFINITY) => withCompileBreaks([body], room)[0]!;
/** Every match of `source` in `text`: where, what, and each group's text. */
const matchesOf = (source: string, text: string, flags = 'g') => [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, ...m]);

test('a break stands before a group only after the rule has taken 4 characters, never in a lookaround', () => {
  const cases: [string, string][] = [
    ['(?:abcd(?:e|f))', `(?:abcd${BREAK}(?:e|f))`],
    ['(?:abc(?:e|f))', '(?:abc(?:e|f))'],
    // optional characters take nothing; the least alternative is what counts
    ['(?:a?b*c{0,2}d(?:e|f))', '(?:a?b*c{0,2}d(?:e|f))'],
    ['(?:(?:ab|abcd)cd(?:x)(?:y))', `(?:(?:ab|abcd)cd${BREAK}(?:x)${BREAK}(?:y))`],
    ['(?:(?:a|abcd)cd(?:x))', '(?:(?:a|abcd)cd(?:x))'],
    // escapes, classes and counted repeats are read whole
    ['(?:\\x27\\u2019\\w[ab](?:c))', `(?:\\x27\\u2019\\w[ab]${BREAK}(?:c))`],
    ['(?:[ab]{4}(?:c))', `(?:[ab]{4}${BREAK}(?:c))`],
    ['(?:[ab]{3}(?:c))', '(?:[ab]{3}(?:c))'],
    ['(?:\\b\\b\\bab(?:c))', '(?:\\b\\b\\bab(?:c))'],
    // a lookaround takes nothing, and nothing inside one gets a break
    ['(?:ab(?=cdef)(?:g))', '(?:ab(?=cdef)(?:g))'],
    ['(?:abcd(?=x(?:y))(?:z))', `(?:abcd(?=x(?:y))${BREAK}(?:z))`],
    ['(?:abcd(?<=d(?:c|d))(?:z))', `(?:abcd(?<=d(?:c|d))${BREAK}(?:z))`],
    // a lazy quantifier is one quantifier
    ['(?:(?:ab ){0,2}?cd(?:x))', '(?:(?:ab ){0,2}?cd(?:x))'],
    ['(?:(?:ab ){2,3}?(?:x))', `(?:(?:ab ){2,3}?${BREAK}(?:x))`],
  ];
  for (const [body, expected] of cases) assert.equal(withBreaks(body), expected, body);
});

test('with little room, the largest groups get the breaks', () => {
  const body = '(?:abcd(?:x|y)efgh(?:long|longer|longest))';
  assert.equal(withBreaks(body, 1), `(?:abcd(?:x|y)efgh${BREAK}(?:long|longer|longest))`);
  assert.equal(withBreaks(body, 0), body);
  assert.deepEqual(withCompileBreaks(['(?:abcd(?:x))', '(?:efgh(?:yy))'], 1), ['(?:abcd(?:x))', `(?:efgh${BREAK}(?:yy))`]);
});

test('breaks never change what a source matches, on generated sources and texts', () => {
  // regexes by a small grammar (atoms, assertions, groups of each kind, quantifiers, alternatives)
  const { alternation } = fc.letrec<{ alternation: string; sequence: string; item: string }>((tie) => ({
    alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
    sequence: fc.array(tie('item'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('')),
    item: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'regex' },
      fc.tuple(fc.constantFrom('a', 'b', 'c', ' ', 'abcd', '[ab]', '\\w', '\\x27', "'"), fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,2}?', '??')).map(([a, q]) => a + q),
      fc.constantFrom('\\b', '^'),
      fc.tuple(fc.constantFrom('(?:', '('), tie('alternation'), fc.constantFrom('', '', '?', '*', '{2}', '{0,2}?')).map(([open, inner, q]) => `${open}${inner})${q}`),
      fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('alternation')).map(([open, inner]) => `${open}${inner})`),
    ),
  }));
  const source = alternation;
  const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', "'"), { maxLength: 30 }).map((cs) => cs.join(''));
  let broken = 0;
  fc.assert(
    fc.property(source, fc.array(text, { minLength: 1, maxLength: 4 }), (s, texts) => {
      if (!compiles(s)) return;
      const b = withBreaks(s);
      assert.equal(b.replaceAll(BREAK, ''), s.replaceAll(BREAK, ''), s);
      if (b !== s) broken++;
      for (const t of texts) assert.deepEqual(matchesOf(b, t), matchesOf(s, t), `${s} on "${t}"`);
    }),
    { seed: 20261203, numRuns: 3_000 },
  );
  assert.ok(broken > 500, `${broken} sources had a break`);
});

test('every English rule set compiles with breaks, stay under the optimised size, and find what they found without', () => {
  const probes = join(__dirname, '../../fixtures/validation/probes');
  const texts = readdirSync(probes)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(probes, f), 'utf8').trim().split('\n'))
    .map((line) => (JSON.parse(line) as { output: string }).output);
  let breaks = 0;
  let found = 0;
  for (const rules of ruleLists(EN)) {
    const set = new RuleSet(rules);
    for (const source of set.sources) {
      assert.ok(source.length < RuleSet.OPTIMISED_SOURCE_LIMIT, `${source.length}`);
      assert.ok(!rules.some((r) => r.pattern.includes(BREAK)), 'a rule of its own has an empty lookahead');
      breaks += source.split(BREAK).length - 1;
      const plain = source.replaceAll(BREAK, '');
      for (const t of texts) {
        const expected = matchesOf(plain, t, 'gi');
        found += expected.length;
        assert.deepEqual(matchesOf(source, t, 'gi'), expected, t.slice(0, 80));
      }
    }
  }
  assert.ok(breaks > 200, `${breaks} breaks`);
  assert.ok(found > 50, `${found} matches`);
});
