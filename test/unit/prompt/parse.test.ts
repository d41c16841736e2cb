import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parsePromptFile, PromptParseError, promptFormatOf } from '../../../src/core/prompt/parse';

const fixture = (name: string) => join(__dirname, '../../fixtures/prompts', name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

test('format is chosen from the file name', () => {
  assert.equal(promptFormatOf('a/support.prompt.md'), 'prompt-md');
  assert.equal(promptFormatOf('x.PROMPTY'), 'prompty');
  assert.equal(promptFormatOf('x.prompt'), 'prompt');
  assert.equal(promptFormatOf('x.md'), 'markdown');
  assert.equal(promptFormatOf('x.json'), 'chat-json');
  assert.equal(promptFormatOf('x.txt'), 'text');
});

test('.prompt.md: front matter is kept as data and settings, the body is one system section', () => {
  const p = parsePromptFile(read('support.prompt.md'), fixture('support.prompt.md'));
  assert.equal(p.format, 'prompt-md');
  assert.equal(p.frontMatter.description, 'Customer support assistant for Acme billing questions');
  assert.deepEqual(p.settings, { description: 'Customer support assistant for Acme billing questions', model: 'gpt-4o-mini', temperature: 0.3 });
  assert.equal(p.sections.length, 1);
  assert.equal(p.sections[0]!.role, 'system');
  assert.match(p.sections[0]!.content, /^You are the support assistant of \{\{company\}\}/);
  assert.ok(!p.sections[0]!.content.includes('---'));
  assert.equal(p.bodyLine, 6);
  assert.equal(p.sections[0]!.line, 6);
});

test('sha256 is the digest of the raw text, front matter included', () => {
  const text = read('support.prompt.md');
  const p = parsePromptFile(text, 'support.prompt.md');
  assert.equal(p.sha256, createHash('sha256').update(text, 'utf8').digest('hex'));
  assert.notEqual(parsePromptFile(text + ' ', 'support.prompt.md').sha256, p.sha256);
});

test('.prompty: role lines at column 0 split the body; model settings come from the front matter', () => {
  const p = parsePromptFile(read('triage.prompty'), 'triage.prompty');
  assert.deepEqual(
    p.sections.map((s) => [s.role, s.content, s.line]),
    [
      ['system', 'You triage support tickets for {{team}}. Reply with one of: billing, bug, account, other.', 17],
      ['user', 'Ticket: {{question}}', 20],
    ],
  );
  assert.equal(p.settings.model, 'gpt-4o-mini');
  assert.equal(p.settings.temperature, 0.2);
  assert.equal(p.settings.maxTokens, 200);
  assert.equal(p.settings.name, 'Ticket triage');
});

test('.prompty: an indented or inline "user:" is content, not a role marker; text before any marker is system', () => {
  const p = parsePromptFile('Be brief.\n  user: not a marker\nassistant:\nHello!\nUSER:\nHi {{name}}\n', 'x.prompty');
  assert.deepEqual(
    p.sections.map((s) => [s.role, s.content]),
    [
      ['system', 'Be brief.\n  user: not a marker'],
      ['assistant', 'Hello!'],
      ['user', 'Hi {{name}}'],
    ],
  );
});

test('.prompt (Dotprompt): {{role "…"}} markers, model becomes assistant, config settings read', () => {
  const text = '---\nmodel: googleai/gemini-1.5-flash\nconfig:\n  temperature: 0.1\n  maxOutputTokens: 50\n---\n{{role "system"}}\nYou are terse.\n{{role "model"}}\nOK.\n{{role "user"}}\n{{input}}\n';
  const p = parsePromptFile(text, 'x.prompt');
  assert.deepEqual(p.sections.map((s) => s.role), ['system', 'assistant', 'user']);
  assert.deepEqual(p.settings, { model: 'googleai/gemini-1.5-flash', temperature: 0.1, maxTokens: 50 });
});

test('plain text keeps a leading --- as text; markdown honours front matter; bodyRole user for promptfoo prompts', () => {
  const text = '---\ntitle: x\n---\nHello {{name}}';
  assert.equal(parsePromptFile(text, 'p.txt').sections[0]!.content, text);
  assert.equal(parsePromptFile(text, 'p.md').sections[0]!.content, 'Hello {{name}}');
  assert.equal(parsePromptFile(text, 'p.md').frontMatter.title, 'x');
  assert.equal(parsePromptFile('Q: {{q}}', 'p.txt', { bodyRole: 'user' }).sections[0]!.role, 'user');
});

test('CRLF files parse like LF files', () => {
  const p = parsePromptFile('---\r\nmodel: m\r\n---\r\nsystem:\r\nA\r\nuser:\r\nB\r\n', 'x.prompty');
  assert.equal(p.settings.model, 'm');
  assert.deepEqual(p.sections.map((s) => [s.role, s.content]), [['system', 'A'], ['user', 'B']]);
});

test('JSON chat prompts keep their roles; a malformed one is a PromptParseError', () => {
  const p = parsePromptFile(read('chat.json'), 'chat.json');
  assert.deepEqual(p.sections.map((s) => s.role), ['system', 'user']);
  assert.throws(() => parsePromptFile('[{"role":"robot","content":"x"}]', 'c.json'), PromptParseError);
  assert.throws(() => parsePromptFile('{"role":"user"}', 'c.json'), /array of \{role, content\}/);
});

test('broken front matter is an error with the file line', () => {
  assert.throws(
    () => parsePromptFile('---\nmodel: gpt\ntemperature: [0.3\n---\nBody', 'bad.prompt.md'),
    (err: unknown) => err instanceof PromptParseError && err.fileName === 'bad.prompt.md' && err.line >= 3 && /front matter/.test(err.message),
  );
  assert.throws(
    () => parsePromptFile('---\nmodel: gpt\nBody without a closing line', 'open.prompty'),
    (err: unknown) => err instanceof PromptParseError && err.line === 1 && /never closed/.test(err.message),
  );
  assert.throws(() => parsePromptFile('---\n- a\n- b\n---\nBody', 'list.md'), /must be a map/);
});
