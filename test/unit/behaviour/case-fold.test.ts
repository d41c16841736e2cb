// A rule set runs a regex compiled without the i flag on the output folded to lower case (match.ts:
// V8 compiles the large alternations about twice as fast that way, issue 18). These tests hold the
// folded search to the case-insensitive one it replaces: the same spans, texts and rules, for every
// English rule set, on outputs in every case and with the characters whose lower case misleads.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { foldedSource, foldedText, RuleSet } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';
import { ruleLists } from './rule-lists';

/** A seeded generator (mulberry32), so a failure names a text that comes back. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The project's behaviour fixtures (outputs and inputs), each also in capitals, in random case, and with
 *  k, i and s written as the Kelvin sign, the dotted capital I and the long s, and letters outside ASCII. */
function corpus(): string[] {
  const dir = join(__dirname, '..', '..', 'fixtures', 'behaviour');
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { output?: string; input?: string };
      for (const text of [row.output, row.input]) if (text) texts.push(text);
    }
  }
  const next = random(2026);
  const variants = texts.flatMap((t) => [
    t,
    t.toUpperCase(),
    [...t].map((c) => (next() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join(''),
    t.replace(/k/g, '\u212a').replace(/I/g, '\u0130'),
    t.replace(/s/g, '\u017f').replace(/e/g, 'É').replace(/a/g, 'Σ'),
  ]);
  return variants;
}

test('every English rule set folds, and finds on folded outputs exactly what the i flag finds', () => {
  const texts = corpus();
  const lists = ruleLists(EN);
  assert.ok(lists.length >= 40, `only ${lists.length} rule lists found in the English phrase set`);
  let searched = 0;
  for (const rules of lists) {
    const folded = new RuleSet(rules);
    const caseless = new RuleSet(rules, { caseFolding: false });
    assert.equal(folded.folds, true, `rule set "${rules[0]!.reason}" does not fold`);
    assert.equal(caseless.folds, false);
    for (const text of texts) {
      const at = Math.min(7, text.length);
      assert.deepEqual(folded.matches(text), caseless.matches(text), `rule set "${rules[0]!.reason}" on ${JSON.stringify(text)}`);
      assert.deepEqual(folded.matches(text, at, text.length - 3), caseless.matches(text, at, text.length - 3), `rule set "${rules[0]!.reason}" on part of ${JSON.stringify(text)}`);
      assert.equal(folded.test(text), caseless.test(text));
      searched++;
    }
  }
  assert.ok(searched > 10_000, `only ${searched} searches`);
});

test('a span\'s text is the output\'s own, in its own case', () => {
  const set = new RuleSet([{ pattern: 'consult (?:a|your) doctor', reason: 'r' }]);
  assert.equal(set.folds, true);
  assert.deepEqual(set.findAll('Please CONSULT Your Doctor today.').map((s) => [s.start, s.end, s.text]), [[7, 26, 'CONSULT Your Doctor']]);
  // an output with the Kelvin sign is searched as it is, with the i flag: "\u212aind" is not "kind"
  const kind = new RuleSet([{ pattern: 'kind', reason: 'r' }]);
  assert.deepEqual(kind.findAll('\u212aind, KIND').map((s) => s.text), ['KIND']);
});

test('windows of a long text, and of a text past what is kept folded, find what the i flag finds', () => {
  const rules = [{ pattern: 'consult (?:a|your) doctor', reason: 'r' }, { pattern: 'I am not sure', reason: 's' }];
  const folded = new RuleSet(rules);
  const caseless = new RuleSet(rules, { caseFolding: false });
  const piece = 'Please Consult YOUR doctor. i AM not SURE. ';
  for (const length of [150_000, 450_000]) {
    const text = piece.repeat(Math.ceil(length / piece.length));
    for (const [from, to] of [[0, text.length], [5, 900], [120_000, text.length], [text.length - 2_000, text.length]] as const) {
      assert.deepEqual(folded.matches(text, from, to), caseless.matches(text, from, to), `${length} characters, window ${from}–${to}`);
      assert.equal(folded.test(text, from, to), caseless.test(text, from, to));
    }
  }
});

test('foldedSource lowers letters, keeps escapes, and refuses what folding could change', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Abc\\W[A-Z]x', 'abc\\W[a-z]x'],
    ['(?:I|You)\\b', '(?:i|you)\\b'],
    ['[\\dA-Z]', '[\\da-z]'],
    ['\\x27ok\\u2019', '\\x27ok\\u2019'],
    ['\\\\X', '\\\\x'],
    ['[!-~]', '[!-~]'],
    ['[^-a]', '[^-a]'],
    ['\\[A-Z\\]', '\\[a-z\\]'],
    ['[—–]-', '[—–]-'],
    ['[0-_]', undefined], // takes in the capitals, which the i flag extends to a–z
    ['[a-Z]', undefined],
    ['[Z-a]', undefined],
    ['[\\x41-\\x5a]', undefined],
    ['\\x41', undefined], // "A"
    ['\\u00c9', undefined], // "É"
    ['É', undefined],
    ['\\1', undefined],
    ['\\A', undefined], // an identity escape: "A"
    ['\\cJ', undefined],
  ];
  for (const [source, expected] of cases) assert.equal(foldedSource(source), expected, source);
});

test('foldedText folds to the same length, and not where folding would change a match', () => {
  assert.equal(foldedText('Ask A Doctor’S Advice'), 'ask a doctor’s advice');
  assert.equal(foldedText('ÉCOLE ΣΑΣ'), 'école σας');
  assert.equal(foldedText('\u0130stanbul'), undefined);
  assert.equal(foldedText('\u212aelvin'), undefined);
});
