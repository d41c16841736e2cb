import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_TERMS, Glossary, USER_GLOSSARY_PATH, parseUserGlossary, type GlossaryDiagnostic } from '../../../src/core/glossary';

const FILE = '/ws/.promptshift/glossary.yaml';

function load(yaml: string) {
  return Glossary.fromUserGlossaryText(yaml, FILE);
}

function only(diagnostics: GlossaryDiagnostic[], severity: 'error' | 'warning') {
  return diagnostics.filter((d) => d.severity === severity);
}

test('a new term is added, matched and rendered from the file', () => {
  const { glossary, diagnostics } = load(`terms:
  - term: context rot
    aliases: [context decay]
    definition: Quality falling as the context grows.
    related: [objective-stability]
    sources:
      - { authors: A. Author, year: 2025, title: A Paper, url: "https://example.org/paper" }
`);
  assert.deepEqual(diagnostics, []);
  const term = glossary.get('context-rot');
  assert.ok(term);
  assert.equal(term.definition, 'Quality falling as the context grows.');
  assert.equal(glossary.isUserDefined('context-rot'), true);
  assert.equal(glossary.isUserDefined('jailbreak'), false);
  assert.equal(glossary.findTermAt('beware of context decay here', 15)?.term.id, 'context-rot');
  assert.equal(glossary.findTermAt('Context-rot!', 3)?.term.id, 'context-rot');
  // The built-ins keep working alongside.
  assert.equal(glossary.findTermAt('a jailbreak', 4)?.term.id, 'jailbreak');
  assert.equal(glossary.all().length, BUILTIN_TERMS.length + 1);
});

test('an entry overrides a built-in by id or by name, changing only the fields it gives', () => {
  const builtIn = Glossary.builtIn().get('hedging');
  assert.ok(builtIn);
  const { glossary, diagnostics } = load(`terms:
  - id: hedging
    definition: Our team's wording.
  - term: Mesa Optimisation
    example: Our own example.
`);
  assert.deepEqual(diagnostics, []);
  const hedging = glossary.get('hedging');
  assert.equal(hedging?.definition, "Our team's wording.");
  assert.equal(hedging?.explanation, builtIn.explanation);
  assert.deepEqual(hedging?.sources, builtIn.sources);
  assert.equal(glossary.get('mesa-optimization')?.example, 'Our own example.');
  assert.equal(glossary.all().length, BUILTIN_TERMS.length);
  // The built-in glossary itself is untouched.
  assert.notEqual(Glossary.builtIn().get('hedging')?.definition, "Our team's wording.");
});

test('a user term wins a name it shares with a built-in, with a warning', () => {
  const { glossary, diagnostics } = load(`- id: our-hedging
  term: hedging
  definition: Ours.
`);
  assert.equal(glossary.findTermAt('no hedging', 5)?.term.id, 'our-hedging');
  const [warning] = only(diagnostics, 'warning');
  assert.ok(warning);
  assert.match(warning.message, /also a name of term "hedging"/);
  assert.equal(warning.line, 2);
  assert.equal(warning.field, '[0].term');
});

test('disabled terms disappear from lookups and matching', () => {
  const { glossary, diagnostics } = load(`terms:
  - id: calibration
    disabled: true
  - id: no-such-term
    disabled: true
`);
  assert.equal(glossary.get('calibration'), undefined);
  assert.equal(glossary.findTermAt('good calibration', 8), undefined);
  assert.equal(glossary.forBehaviour('hedging').map((t) => t.id).includes('calibration'), false);
  assert.deepEqual(only(diagnostics, 'warning').map((d) => [d.line, d.field, d.message]), [[4, 'terms[1]', 'no such term to disable']]);
});

test('schema errors name file, line, column and field; bad entries are skipped, good ones kept', () => {
  const yaml = `terms:
  - term: good one
    definition: Fine.
  - term: bad url
    definition: Has a bad source.
    sources:
      - authors: Someone
        year: 2024
        title: T
        url: javascript:alert(1)
  - term: no definition
  - definition: neither term nor id
  - term: wrong type
    definition: 42
    aliases: oops
  - just a string
`;
  const { glossary, diagnostics } = load(yaml);
  const errors = only(diagnostics, 'error');
  const byField = new Map(errors.map((d) => [d.field, d]));
  assert.ok(errors.every((d) => d.file === FILE));

  const url = byField.get('terms[1].sources[0].url');
  assert.ok(url, JSON.stringify(errors));
  assert.equal(url.line, 10);
  assert.equal(url.column, 14);
  assert.match(url.message, /http/);

  const missingDefinition = byField.get('terms[2].definition');
  assert.ok(missingDefinition);
  assert.equal(missingDefinition.line, 11); // the entry itself: the field is missing
  assert.equal(missingDefinition.column, 5);

  assert.equal(byField.get('terms[3]')?.line, 12);
  assert.equal(byField.get('terms[4].definition')?.line, 14);
  assert.equal(byField.get('terms[4].definition')?.column, 17);
  assert.equal(byField.get('terms[4].aliases')?.line, 15);
  assert.equal(byField.get('terms[5]')?.line, 16);

  assert.ok(glossary.get('good-one'));
  for (const id of ['bad-url', 'no-definition', 'wrong-type']) assert.equal(glossary.get(id), undefined, id);
  assert.equal(glossary.findTermAt('a jailbreak', 4)?.term.id, 'jailbreak');
});

test('unknown fields and related ids are warnings; the term is still used', () => {
  const { glossary, diagnostics } = load(`terms:
  - term: drift check
    defintion: typo
    definition: Checking drift.
    related: [objective-stability, nope]
`);
  const warnings = only(diagnostics, 'warning');
  assert.deepEqual(warnings.map((w) => [w.field, w.line, w.column]), [
    ['terms[0].defintion', 3, 5],
    ['terms[0].related', 5, 14],
  ]);
  assert.deepEqual(glossary.get('drift-check')?.related, ['objective-stability']);
});

test('YAML syntax errors are reported with position and the rest of the file still loads', () => {
  const { glossary, diagnostics } = load(`terms:
  - term: survivor
    definition: Still here.
  - term: broken
    definition: "unterminated
`);
  const errors = only(diagnostics, 'error');
  assert.ok(errors.length >= 1);
  assert.ok(errors.every((e) => e.line >= 4 && e.column >= 1), JSON.stringify(errors));
  assert.ok(glossary.get('survivor'));
  assert.equal(glossary.get('broken'), undefined);
  assert.ok(glossary.get('jailbreak'));
});

test('a file that is not a term list gets one error and the built-ins', () => {
  for (const yaml of ['terms: 3\n', 'hello\n', 'other: []\n']) {
    const { glossary, diagnostics } = load(yaml);
    assert.ok(only(diagnostics, 'error').length === 1, `${yaml}: ${JSON.stringify(diagnostics)}`);
    assert.equal(only(diagnostics, 'error')[0]?.line, 1);
    assert.equal(glossary.all().length, BUILTIN_TERMS.length);
  }
  assert.deepEqual(load('').diagnostics, []);
  assert.deepEqual(load('# only a comment\n').diagnostics, []);
});

test('Glossary.load reads the workspace file from disk; a missing file means built-ins only', async () => {
  const root = mkdtempSync(join(tmpdir(), 'promptshift-glossary-'));
  const missing = await Glossary.load(root);
  assert.deepEqual(missing.diagnostics, []);
  assert.equal(missing.glossary.all().length, BUILTIN_TERMS.length);

  mkdirSync(join(root, '.promptshift'));
  const file = join(root, USER_GLOSSARY_PATH);
  writeFileSync(file, 'terms:\n  - term: tool poisoning\n    definition: Malicious tool descriptions.\n  - term: 5\n');
  const loaded = await Glossary.load(root);
  assert.ok(loaded.glossary.get('tool-poisoning'));
  assert.equal(loaded.diagnostics.length, 1);
  assert.equal(loaded.diagnostics[0]?.file, file);
  assert.equal(loaded.diagnostics[0]?.line, 4);

  // A directory where the file should be is reported, not thrown.
  const odd = mkdtempSync(join(tmpdir(), 'promptshift-glossary-'));
  mkdirSync(join(odd, USER_GLOSSARY_PATH), { recursive: true });
  const broken = await Glossary.load(odd);
  assert.equal(broken.diagnostics.length, 1);
  assert.match(broken.diagnostics[0]?.message ?? '', /cannot read/);
  assert.ok(broken.glossary.get('jailbreak'));
});

test('parseUserGlossary never throws on odd input', () => {
  for (const yaml of ['[', '{', ':', '- - -', '\t- x', 'terms:\n  - [1, 2]\n', 'terms:\n  - term: x\n    definition: y\n    sources: [{url: 1}]\n']) {
    const parsed = parseUserGlossary(yaml, FILE);
    assert.ok(Array.isArray(parsed.entries));
    for (const d of parsed.diagnostics) assert.ok(d.line >= 1 && d.column >= 1, `${yaml}: ${JSON.stringify(d)}`);
  }
});

test('anchors and aliases resolve; a missing source field is named', () => {
  const { glossary, diagnostics } = load(`base: &src { authors: A, year: 2020, title: T, url: "https://e.org" }
terms:
  - term: alpha
    definition: a
    sources: [*src]
  - &b
    term: beta
    definition: b
  - term: gamma
    definition: c
    sources: [{ authors: B, year: 2021, url: "https://e.org" }]
`);
  assert.deepEqual(glossary.get('alpha')?.sources, [{ authors: 'A', year: 2020, title: 'T', url: 'https://e.org' }]);
  assert.ok(glossary.get('beta'));
  const errors = only(diagnostics, 'error');
  assert.deepEqual(errors.map((e) => [e.field, e.line, e.message]), [['terms[2].sources[0].title', 11, 'missing required field "title"']]);
  assert.equal(only(diagnostics, 'warning')[0]?.field, 'base');
});
