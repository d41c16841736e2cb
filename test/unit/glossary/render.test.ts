import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Glossary, defineTermLink, escapeMarkdown, termToMarkdown, type GlossaryTerm } from '../../../src/core/glossary';

const glossary = Glossary.builtIn();

/** The [label](target) links of a markdown text. */
function links(markdown: string): Array<{ label: string; target: string }> {
  return [...markdown.matchAll(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g)].map((m) => ({ label: m[1] as string, target: m[2] as string }));
}

test('a built-in hover: bold definition, explanation, example, related command links, source link', () => {
  const term = glossary.get('mesa-optimization') as GlossaryTerm;
  const md = termToMarkdown(term, { glossary });
  const blocks = md.split('\n\n');
  assert.equal(blocks[0], '*mesa\\-optimization*');
  assert.equal(blocks[1], `**${escapeMarkdown(term.definition)}**`);
  assert.equal(blocks[2], escapeMarkdown(term.explanation));
  assert.ok(blocks[3]?.startsWith('*Example:* '));

  const related = links(md).filter((l) => l.target.startsWith('command:'));
  assert.equal(related.length, term.related.length);
  for (const [i, link] of related.entries()) {
    const [command, query] = link.target.slice('command:'.length).split('?') as [string, string];
    assert.equal(command, 'promptshift.defineTerm');
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), [term.related[i]]);
    assert.equal(link.label, escapeMarkdown(glossary.get(term.related[i] as string)?.term ?? ''));
  }
  const source = links(md).find((l) => l.target.startsWith('https:'));
  assert.equal(source?.target, 'https://arxiv.org/abs/1906.01820');
  assert.match(md, /Source: Evan Hubinger.*\(2019\)\. \*Risks from Learned Optimization/);
});

test('user text is escaped, only http(s) sources become links, unknown related terms are left out', () => {
  const hostile: GlossaryTerm = {
    id: 'x',
    term: 'a *bold* [link](command:evil)',
    aliases: [],
    abbreviations: [],
    definition: '<img src=x onerror=alert(1)> _under_',
    explanation: '# heading\n1. list',
    example: '',
    related: ['jailbreak', 'not-there'],
    sources: [
      { authors: 'Me', year: 2024, title: 'T', url: 'https://example.org/a_(b)' },
      { authors: 'You', year: 2023, title: 'U', url: 'ftp://example.org/file' },
    ],
  };
  const md = termToMarkdown(hostile, { glossary, commandId: 'my.command' });
  assert.doesNotMatch(md, /(?<!\\)</, 'every < is escaped');
  assert.ok(md.includes('\\<img'));
  assert.ok(!md.includes('Example'), 'empty example is left out');
  const all = links(md);
  assert.deepEqual(all.map((l) => l.target), [defineTermLink('jailbreak', 'my.command'), 'https://example.org/a_%28b%29']);
  assert.ok(md.includes('\\# heading\n1\\. list'));
  assert.ok(md.includes('Sources:\n- Me (2024)'));
  assert.ok(md.includes('ftp://example.org/file'.replace(/[!-/:-@[-`{-~]/g, '\\$&')));
});

test('options: no title, no example; without a glossary related ids become names', () => {
  const term = glossary.get('sycophancy') as GlossaryTerm;
  const md = termToMarkdown(term, { title: false, example: false });
  assert.ok(md.startsWith('**'));
  assert.ok(!md.includes('Example'));
  assert.ok(md.includes('[reward hacking](command:promptshift.defineTerm?%5B%22reward-hacking%22%5D)'));
  assert.ok(termToMarkdown(glossary.get('rlhf') as GlossaryTerm).startsWith('*reinforcement learning from human feedback* (RLHF)'));
});

test('escapeMarkdown escapes every ASCII punctuation character and nothing else', () => {
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  assert.equal(escapeMarkdown(punctuation), [...punctuation].map((c) => `\\${c}`).join(''));
  assert.equal(escapeMarkdown('plain words 123 é ’'), 'plain words 123 é ’');
});
