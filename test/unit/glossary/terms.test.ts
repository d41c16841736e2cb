import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import { BEHAVIOUR_TERM_IDS, BUILTIN_TERMS, Glossary, GlossaryTermSchema } from '../../../src/core/glossary';
import { termKey } from '../../../src/core/glossary/variants';

const glossary = Glossary.builtIn();

// The terms issue 7 requires, by a name people would hover (each must resolve to a built-in term).
const REQUIRED = [
  'mesa-optimization', 'mesa-optimizer', 'mesa-objective', 'base optimizer', 'base objective', 'outer objective',
  'inner alignment', 'outer alignment', 'learned optimization', 'pseudo-alignment', 'proxy objective',
  'deceptive alignment', 'goal misgeneralization', 'distributional shift', 'specification gaming', 'reward hacking',
  "Goodhart's law", 'sycophancy', 'over-refusal', 'exaggerated safety', 'evaluation awareness', 'eval awareness',
  'evalAwareness', 'sandbagging', 'situational awareness', 'corrigibility', 'scalable oversight', 'interpretability',
  'mechanistic interpretability', 'red teaming', 'jailbreak', 'prompt injection', 'objective stability', 'goal drift',
  'runtime monitoring', 'capability elicitation', 'behavioural evaluation', 'refusal', 'escalation', 'hedging',
  'overconfidence', 'calibration',
];

test('there are at least 40 built-in terms with unique ids', () => {
  assert.ok(BUILTIN_TERMS.length >= 40, `only ${BUILTIN_TERMS.length} terms`);
  const ids = BUILTIN_TERMS.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
});

test('every built-in term has every field, in the schema, with an https source', () => {
  for (const term of BUILTIN_TERMS) {
    const parsed = GlossaryTermSchema.safeParse(term);
    assert.ok(parsed.success, `${term.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
    assert.ok(term.sources.length >= 1, `${term.id} has no source`);
    for (const source of term.sources) {
      const url = new URL(source.url);
      assert.equal(url.protocol, 'https:', `${term.id}: ${source.url} is not https`);
      assert.ok(source.authors.length > 2 && source.title.length > 3, `${term.id}: source incomplete`);
      assert.ok(source.year >= 1970 && source.year <= new Date().getFullYear(), `${term.id}: year ${source.year}`);
    }
  }
});

test('definitions are one line; explanations are two to four sentences', () => {
  for (const term of BUILTIN_TERMS) {
    assert.ok(!term.definition.includes('\n'), `${term.id}: definition spans lines`);
    assert.ok(term.definition.length <= 200, `${term.id}: definition is not one line (${term.definition.length} chars)`);
    const sentences = term.explanation.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    assert.ok(sentences >= 2 && sentences <= 4, `${term.id}: explanation has ${sentences} sentences`);
    assert.ok(term.example.length >= 30, `${term.id}: example too short`);
  }
});

test('every required term is present and found by name', () => {
  for (const name of REQUIRED) {
    assert.ok(glossary.lookup(name), `missing required term: ${name}`);
    const match = glossary.findTermAt(`About ${name} here.`, 6 + Math.floor(name.length / 2));
    assert.ok(match, `"${name}" is not matched in text`);
    assert.equal(match.term.id, glossary.lookup(name)?.id, `"${name}" matched the wrong term`);
  }
});

test('the mesa-optimization family cites Hubinger et al. 2019', () => {
  for (const id of ['mesa-optimization', 'mesa-optimizer', 'mesa-objective', 'base-optimizer', 'base-objective',
    'inner-alignment', 'outer-alignment', 'learned-optimization', 'pseudo-alignment']) {
    const term = glossary.get(id);
    assert.ok(term, id);
    assert.ok(term.sources.some((s) => s.url === 'https://arxiv.org/abs/1906.01820' && s.year === 2019), id);
  }
});

test('related ids all exist and never point at the term itself', () => {
  for (const term of BUILTIN_TERMS) {
    assert.ok(term.related.length >= 1, `${term.id} has no related terms`);
    for (const id of term.related) {
      assert.ok(glossary.get(id), `${term.id} → unknown ${id}`);
      assert.notEqual(id, term.id);
    }
  }
});

test('no name (term, alias, abbreviation) belongs to two built-in terms', () => {
  const owner = new Map<string, string>();
  for (const term of BUILTIN_TERMS) {
    for (const name of [term.term, ...term.aliases, ...term.abbreviations]) {
      const key = termKey(name);
      const previous = owner.get(key);
      assert.ok(previous === undefined || previous === term.id, `"${name}" is a name of ${previous} and ${term.id}`);
      owner.set(key, term.id);
    }
  }
});

test('every detected behaviour maps to existing terms, its own entry first', () => {
  for (const behaviour of BEHAVIOURS) {
    const ids = BEHAVIOUR_TERM_IDS[behaviour];
    assert.ok(ids.length >= 1, behaviour);
    const terms = glossary.forBehaviour(behaviour);
    assert.equal(terms.length, ids.length, `${behaviour}: ${ids.join(', ')}`);
  }
  assert.deepEqual(glossary.forBehaviour('overconfidence').map((t) => t.id), ['overconfidence', 'calibration', 'proxy-objective']);
  assert.deepEqual(glossary.forBehaviour('evalAwareness').map((t) => t.id).slice(0, 1), ['evaluation-awareness']);
  assert.ok(glossary.forBehaviour('evalAwareness').some((t) => t.id === 'deceptive-alignment'));
  assert.ok(glossary.forBehaviour('escalation').some((t) => t.id === 'specification-gaming'));
  assert.deepEqual(glossary.forBehaviour('noSuchBehaviour'), []);
});

test('all() lists every term sorted by name', () => {
  const names = glossary.all().map((t) => t.term);
  assert.equal(names.length, BUILTIN_TERMS.length);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
});
