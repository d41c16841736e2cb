import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUILTIN_TERMS, Glossary, TermMatcher, type GlossaryTerm } from '../../../src/core/glossary';

const glossary = Glossary.builtIn();

/** The id of the term under the first occurrence of `word` (hovering its middle) in text. */
function idAt(text: string, word: string, opts?: { markdown?: boolean }, occurrence = 0): string | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `"${word}" not in test text`);
  return glossary.findTermAt(text, at + Math.floor(word.length / 2), opts)?.term.id;
}

function term(id: string, name: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return { id, term: name, aliases: [], abbreviations: [], definition: 'd', explanation: '', example: '', related: [], sources: [], ...extra };
}

test('hyphen, space and no-space variants, any case', () => {
  for (const text of ['mesa-optimization', 'mesa optimization', 'mesaoptimization', 'Mesa-Optimization', 'MESA OPTIMIZATION', 'mesa\u2011optimization']) {
    assert.equal(idAt(`We discuss ${text} today.`, text), 'mesa-optimization', text);
  }
  assert.equal(idAt('inner-alignment failures', 'inner-alignment'), 'inner-alignment');
  assert.equal(idAt('red\u00a0teaming', 'red\u00a0teaming'), 'red-teaming');
});

test('British and American spellings', () => {
  const cases: Array<[string, string]> = [
    ['mesa-optimisation', 'mesa-optimization'],
    ['mesa optimiser', 'mesa-optimizer'],
    ['base optimiser', 'base-optimizer'],
    ['goal misgeneralisation', 'goal-misgeneralization'],
    ['behavioral evaluation', 'behavioural-evaluation'],
    ['behavioural evaluation', 'behavioural-evaluation'],
    ['learned optimisation', 'learned-optimization'],
  ];
  for (const [text, id] of cases) assert.equal(idAt(`Note: ${text}.`, text), id, text);
});

test('plurals and common inflections', () => {
  const cases: Array<[string, string]> = [
    ['mesa-optimizers', 'mesa-optimizer'],
    ['mesa-optimisers', 'mesa-optimizer'],
    ['mesa-objectives', 'mesa-objective'],
    ['jailbreaks', 'jailbreak'],
    ['jailbreaking', 'jailbreak'],
    ['jailbroken', 'jailbreak'],
    ['red-teaming', 'red-teaming'],
    ['red-teamed', 'red-teaming'],
    ['red teamers', 'red-teaming'],
    ['prompt injections', 'prompt-injection'],
    ['distributional shifts', 'distributional-shift'],
    ['proxy objectives', 'proxy-objective'],
    ['refusals', 'refusal'],
    ['reward hacked', 'reward-hacking'],
    ['sandbagged', 'sandbagging'],
    ['escalates', 'escalation'],
    ['escalating', 'escalation'],
    ['hedges', 'hedging'],
    ['sycophancies', 'sycophancy'],
  ];
  for (const [text, id] of cases) assert.equal(idAt(`The ${text} here`, text), id, text);
});

test('abbreviations match case-sensitively; apostrophes may be typographic', () => {
  assert.equal(idAt('Tuned with RLHF last year', 'RLHF'), 'rlhf');
  assert.equal(idAt('Tuned with RLHFs', 'RLHF'), 'rlhf');
  assert.equal(glossary.findTermAt('const rlhf = 1', 8), undefined);
  assert.equal(idAt("That is Goodhart's law again", 'Goodhart'), 'goodharts-law');
  assert.equal(idAt('That is Goodhart\u2019s law again', 'Goodhart'), 'goodharts-law');
  assert.equal(idAt('eval awareness, evalAwareness', 'evalAwareness'), 'evaluation-awareness');
});

test('multi-word terms win over their parts', () => {
  // With the user-defined single words "alignment" and "optimization" in the glossary…
  const g = new Glossary([
    ...BUILTIN_TERMS,
    term('alignment', 'alignment'),
    term('optimization', 'optimization'),
    term('injection', 'injection'),
    term('reward', 'reward'),
    term('mesa', 'mesa'),
  ]);
  const at = (text: string, word: string) => g.findTermAt(text, text.indexOf(word) + 1)?.term.id;
  assert.equal(at('check inner alignment now', 'alignment'), 'inner-alignment');
  assert.equal(at('check inner alignment now', 'inner'), 'inner-alignment');
  assert.equal(at('deceptive alignment', 'alignment'), 'deceptive-alignment');
  assert.equal(at('alignment alone', 'alignment'), 'alignment');
  // Same start: the longer name wins whatever the order of the terms.
  assert.equal(at('reward hacking', 'reward'), 'reward-hacking');
  assert.equal(at('a reward model', 'reward'), 'reward-model');
  assert.equal(at('the reward', 'reward'), 'reward');
  assert.equal(at('mesa-optimizers', 'mesa'), 'mesa-optimizer');
  assert.equal(at('a mesa-optimization story', 'optimization'), 'mesa-optimization');
  assert.equal(at('plain optimization', 'optimization'), 'optimization');
  assert.equal(at('indirect prompt injection', 'prompt'), 'indirect-prompt-injection');
  assert.equal(at('a prompt injection', 'injection'), 'prompt-injection');
  assert.deepEqual(
    g.findAll('inner alignment, alignment and mesa-optimization').map((m) => m.term.id),
    ['inner-alignment', 'alignment', 'mesa-optimization'],
  );
});

test('plain "optimization" is not mesa-optimization', () => {
  assert.equal(glossary.findTermAt('We need optimization here.', 12), undefined);
  assert.equal(glossary.findAll('optimization, optimizer, objective, alignment').length, 0);
});

test('no match inside other words; hyphens and apostrophes are boundaries', () => {
  assert.equal(glossary.findTermAt('unjailbreakable', 5), undefined);
  assert.equal(glossary.findTermAt('jailbreaker_count', 3)?.term.id, undefined); // underscore joins words
  assert.equal(glossary.findTermAt('prompt_injection', 3), undefined);
  assert.equal(glossary.findTermAt('hallucinationist', 3), undefined);
  assert.equal(glossary.findTermAt('xrefusal', 3), undefined);
  // Non-ASCII letters join words; typographic quotes and dashes do not.
  assert.equal(glossary.findTermAt('éjailbreak', 4), undefined);
  assert.equal(glossary.findTermAt('Жjailbreak', 4), undefined);
  assert.equal(glossary.findTermAt('jailbreakñ', 4), undefined);
  assert.equal(idAt('a \u201cjailbreak\u201d \u2014 really', 'jailbreak'), 'jailbreak');
  assert.equal(idAt('café\u2014jailbreak', 'jailbreak'), 'jailbreak');
  // A hyphenated prefix negates or qualifies the concept; the hover still explains it.
  assert.equal(idAt('a non-sycophancy check', 'sycophancy'), 'sycophancy');
  assert.equal(idAt('anti-jailbreak filter', 'jailbreak'), 'jailbreak');
  assert.equal(idAt("the jailbreak's prompt", 'jailbreak'), 'jailbreak');
  // but a term that itself starts with the prefix wins from the left
  assert.equal(idAt('an over-refusal case', 'refusal'), 'over-refusal');
  assert.equal(idAt('an overrefusal case', 'refusal'), 'over-refusal');
});

test('terms may break across a line inside a paragraph, not across paragraphs', () => {
  const text = 'watch for inner\nalignment problems';
  assert.equal(glossary.findTermAt(text, text.indexOf('alignment') + 2)?.term.id, 'inner-alignment');
  const split = 'watch for inner\n\nalignment problems';
  assert.equal(glossary.findTermAt(split, split.indexOf('alignment') + 2), undefined);
});

test('markdown: no match in inline code spans or fenced blocks', () => {
  const md = [
    'Hover `mesa-optimization` in code, or ``a jailbreak` here`` here.',
    '',
    '```yaml',
    'note: sycophancy',
    '```',
    '',
    '~~~~',
    'red teaming',
    '```',
    'still fenced: reward hacking',
    '~~~~',
    '',
    'Outside: sycophancy and red teaming.',
  ].join('\n');
  const opts = { markdown: true };
  assert.equal(idAt(md, 'mesa-optimization', opts), undefined);
  assert.equal(idAt(md, 'jailbreak', opts), undefined);
  assert.equal(idAt(md, 'sycophancy', opts, 0), undefined);
  assert.equal(idAt(md, 'red teaming', opts, 0), undefined);
  assert.equal(idAt(md, 'reward hacking', opts), undefined);
  assert.equal(idAt(md, 'sycophancy', opts, 1), 'sycophancy');
  assert.equal(idAt(md, 'red teaming', opts, 1), 'red-teaming');
  // Without markdown, code is text like any other.
  assert.equal(idAt(md, 'mesa-optimization'), 'mesa-optimization');
  assert.deepEqual(glossary.findAll(md, opts).map((m) => m.text), ['sycophancy', 'red teaming']);
  assert.equal(glossary.findAll(md).length, 7);
});

test('markdown edge cases: unclosed spans and fences, escaped backticks, mismatched runs', () => {
  const opts = { markdown: true };
  // An opener with no closer in its paragraph is literal text.
  assert.equal(idAt('a ` lonely tick then jailbreak', 'jailbreak', opts), 'jailbreak');
  assert.equal(idAt('a `` run then ` jailbreak', 'jailbreak', opts), 'jailbreak');
  assert.equal(idAt('open `span\n\nclosed later` jailbreak', 'jailbreak', opts), 'jailbreak');
  // An escaped backtick does not open a span.
  assert.equal(idAt('\\`not code jailbreak\\`', 'jailbreak', opts), 'jailbreak');
  // A span may cover a line break inside one paragraph.
  assert.equal(idAt('`multi\nline jailbreak` after', 'jailbreak', opts), undefined);
  // An unclosed fence runs to the end of the text.
  assert.equal(idAt('text\n```\njailbreak\nmore', 'jailbreak', opts), undefined);
  // A backtick fence's info string may not contain backticks: that line is inline code instead.
  assert.equal(idAt('```a`b```\njailbreak', 'jailbreak', opts), 'jailbreak');
  // A closing fence must be at least as long as the opening one.
  assert.equal(idAt('````\n```\njailbreak\n````\nafter jailbreak', 'jailbreak', opts, 0), undefined);
  assert.equal(idAt('````\n```\njailbreak\n````\nafter jailbreak', 'jailbreak', opts, 1), 'jailbreak');
});

test('findTermAt: offsets at the edges of a match', () => {
  const text = 'a jailbreak.';
  const start = text.indexOf('jailbreak');
  assert.equal(glossary.findTermAt(text, start)?.start, start);
  assert.equal(glossary.findTermAt(text, start + 8)?.end, start + 9);
  assert.equal(glossary.findTermAt(text, start + 9)?.text, 'jailbreak'); // cursor just after the word
  assert.equal(glossary.findTermAt(text, start - 1), undefined);
  assert.equal(glossary.findTermAt(text, -1), undefined);
  assert.equal(glossary.findTermAt(text, text.length + 1), undefined);
  assert.equal(glossary.findTermAt('', 0), undefined);
  assert.equal(glossary.findTermAt('\njailbreak', 1)?.text, 'jailbreak');
});

test('a huge single line is windowed, and a cut word is not matched at the window edge', () => {
  const filler = 'x'.repeat(10_000);
  const text = `${filler} jailbreak ${filler}`;
  const at = text.indexOf('jailbreak');
  assert.equal(glossary.findTermAt(text, at + 3)?.term.id, 'jailbreak');
  // "…xxxjailbreak" is one word; a window that starts inside the x-run must not see "jailbreak".
  const glued = `${'x'.repeat(9_000)}jailbreak`;
  assert.equal(glossary.findTermAt(glued, glued.length - 3), undefined);
});

test('findAll with a range scans only the paragraphs it touches, with code state intact', () => {
  const md = 'Use `jailbreak` here.\n\nA red teaming note.\n\n```\nsycophancy\n```\n\nLast: sycophancy.';
  const opts = { markdown: true };
  // A range starting inside the code span still knows it is code.
  const inSpan = md.indexOf('break');
  assert.deepEqual(glossary.findAll(md, { ...opts, range: { start: inSpan, end: inSpan + 3 } }), []);
  // A range starting inside a term still finds the whole term.
  const inTerm = md.indexOf('teaming');
  assert.deepEqual(glossary.findAll(md, { ...opts, range: { start: inTerm, end: inTerm + 2 } }).map((m) => m.text), ['red teaming']);
  // A range covering the fence and the last paragraph finds only the prose term.
  const last = glossary.findAll(md, { ...opts, range: { start: md.indexOf('```'), end: md.length } });
  assert.deepEqual(last.map((m) => [m.text, m.start]), [['sycophancy', md.lastIndexOf('sycophancy')]]);
  // Ranges outside the text are clamped.
  assert.equal(glossary.findAll(md, { ...opts, range: { start: -5, end: 10_000 } }).length, 2);
});

test('findTermAt agrees with findAll on random texts (plain and markdown)', () => {
  const pieces = ['inner alignment', 'alignment', 'mesa-optimisers', 'jailbreak', 'RLHF', 'rlhf', '`', '```\n', '\n',
    '\n\n', ' ', '-', 'non', 'red teaming', 'optimization', 'x', 'sycophancy', 'reward', 'hacking', "Goodhart's law"];
  const matcher = new TermMatcher(BUILTIN_TERMS);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), fc.nat(), (parts, markdown, seed) => {
      const text = parts.join('');
      const all = matcher.findAll(text, { markdown });
      const offset = text.length === 0 ? 0 : seed % text.length;
      const expected = all.find((m) => m.start <= offset && offset < m.end) ?? all.find((m) => m.end === offset);
      assert.deepEqual(matcher.findTermAt(text, offset, { markdown }), expected);
      // A ranged findAll (visible lines) finds the same matches as the full one wherever it looks.
      const end = text.length === 0 ? 0 : (seed >> 3) % (text.length + 1);
      const range = { start: Math.min(offset, end), end: Math.max(offset, end) };
      const ranged = matcher.findAll(text, { markdown, range });
      const key = (m: { start: number; end: number; termId: string }) => `${m.start}:${m.end}:${m.termId}`;
      const full = new Set(all.map(key));
      for (const m of ranged) assert.ok(full.has(key(m)), `ranged match ${key(m)} not in the full scan`);
      const inRange = all.filter((m) => m.start >= range.start && m.end <= range.end).map(key);
      const rangedKeys = new Set(ranged.map(key));
      for (const k of inRange) assert.ok(rangedKeys.has(k), `full match ${k} missing from the ranged scan`);
    }),
    { numRuns: 400 },
  );
});
