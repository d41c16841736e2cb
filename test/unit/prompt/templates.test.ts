// Each format's template syntax as its own tool reads it (docs/TEMPLATES.md): Prompty's Jinja body
// with role attributes, inputs defaults and sample; VS Code prompt files' ${input:…} variables and
// literal braces; promptfoo prompts with nunjucks and chat structures; the engine's safety limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePromptFile, PromptParseError } from '../../../src/core/prompt/parse';
import { PromptRenderError, promptVariables, renderMessages, renderPromptPreview } from '../../../src/core/prompt/render';
import { renderTemplate, TemplateError } from '../../../src/core/prompt/nunjucks';

test('prompty: Jinja loops and ifs, role lines with attributes, history written by a loop', () => {
  const text = [
    '---',
    'name: Chat',
    'inputs:',
    '  firstName: { type: string, default: Friend }',
    '  history: { type: list }',
    '  question: { type: string }',
    'sample:',
    '  history: []',
    '  question: What is up?',
    '---',
    'system:',
    'You help {{ firstName | upper }}.{% if vip %} They are a VIP.{% endif %}',
    '',
    '{% for item in history %}',
    '{{ item.role }}:',
    '{{ item.content }}',
    '{% endfor %}',
    'user[name="Alice", age=3]:',
    '{{ question }}',
  ].join('\n');
  const p = parsePromptFile(text, 'chat.prompty');
  assert.equal(p.syntax, 'nunjucks');
  assert.deepEqual(p.defaults, { firstName: 'Friend' });
  assert.deepEqual(p.sample, { history: [], question: 'What is up?' });
  // the attribute line is a role line: the user turn is not merged into the system message
  assert.deepEqual(p.sections.map((s) => s.role), ['system', 'user']);
  const messages = renderMessages(p, '', { history: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }], question: 'Refund?' });
  assert.deepEqual(messages, [
    { role: 'system', content: 'You help FRIEND.' },
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello!' },
    { role: 'user', content: 'Refund?' },
  ]);
  // the case input fills {{ question }} when vars do not set it
  assert.deepEqual(renderMessages(p, 'From input', { history: [], vip: true }).slice(-1), [{ role: 'user', content: 'From input' }]);
  assert.equal(renderMessages(p, 'x', { history: [], vip: true, firstName: 'Jo' })[0]!.content, 'You help JO. They are a VIP.');
  // the preview of the file renders its own sample
  const preview = renderPromptPreview(text, 'chat.prompty');
  assert.deepEqual(preview.messages.at(-1), { role: 'user', content: 'What is up?' });
});

test('prompty: an unset variable renders empty, as Prompty renders it, and is reported with its line; a broken tag is named with its line', () => {
  const p = parsePromptFile('---\nname: x\n---\nsystem:\nHi\nuser:\nAbout {{ topic }} and {{ user.name }}.', 'x.prompty');
  const unset: unknown[] = [];
  const messages = renderMessages(p, '', { user: null }, { caseId: 'c', onUnset: (u) => unset.push(u) });
  assert.deepEqual(messages, [{ role: 'system', content: 'Hi' }, { role: 'user', content: 'About  and .' }]);
  assert.deepEqual(unset, [{ variable: 'topic', role: 'user', line: 7 }, { variable: 'user.name', role: 'user', line: 7 }]);
  // Prompty's mustache mode too; and a Prompty variable that is set is never reported
  const mustache = parsePromptFile('---\ntemplate: mustache\n---\nsystem:\nHi {{name}}, {{greeting}}', 'm2.prompty');
  const unsetM: unknown[] = [];
  assert.equal(renderMessages(mustache, '', { greeting: 'hello' }, { onUnset: (u) => unsetM.push(u) })[0]!.content, 'Hi , hello');
  assert.deepEqual(unsetM, [{ variable: 'name', role: 'system', line: 5 }]);
  // every other format still refuses an unset variable
  assert.throws(() => renderMessages(parsePromptFile('About {{ topic }}', 'x.md'), '', {}, { caseId: 'c' }), PromptRenderError);
  assert.throws(() => parsePromptFile('---\nname: x\n---\nsystem:\n{% for x in items %}\n{{ x }}\n', 'y.prompty'), (err: unknown) => {
    assert.ok(err instanceof PromptParseError);
    assert.match(err.message, /^y\.prompty:\d+:\d+: template: .*(endfor|end of file)/i);
    return true;
  });
  // Prompty's mustache mode keeps PromptShift's plain substitution
  const m = parsePromptFile('---\ntemplate: mustache\n---\nsystem:\nHi {{name}}', 'm.prompty');
  assert.equal(m.syntax, 'mustache');
  assert.equal(renderMessages(m, '', { name: 'Jo' })[0]!.content, 'Hi Jo');
});

test('prompty: model configuration, parameters and options become the prompt settings', () => {
  const v1 = parsePromptFile('---\nmodel:\n  api: chat\n  configuration: { type: azure_openai, azure_deployment: gpt-4o }\n  parameters: { temperature: 0.2, max_tokens: 300, seed: 4 }\n---\nsystem:\nx', 'a.prompty');
  assert.deepEqual(v1.settings, { model: 'gpt-4o', temperature: 0.2, maxTokens: 300, seed: 4 });
  const v2 = parsePromptFile('---\nmodel:\n  id: gpt-4.1-mini\n  options: { temperature: 0, maxOutputTokens: 50 }\ninputs:\n  - { name: q, default: hi, example: hello }\n---\nuser:\n{{q}}', 'b.prompty');
  assert.deepEqual(v2.settings, { model: 'gpt-4.1-mini', temperature: 0, maxTokens: 50 });
  assert.deepEqual(v2.defaults, { q: 'hi' });
  assert.deepEqual(v2.sample, { q: 'hello' });
});

test('VS Code prompt files: ${input:…} and ${selection} are variables; other braces stay text', () => {
  const text = '---\nmode: agent\n---\nReview ${selection} in ${file} for ${input:audience:who reads it}.\nDeploy with `${{ github.event.number }}` and {{ vault_password }}; ${HOME} stays.';
  for (const name of ['x.prompt.md', 'x.instructions.md', 'x.chatmode.md', 'x.agent.md']) {
    const p = parsePromptFile(text, name);
    assert.equal(p.syntax, 'vscode', name);
    assert.deepEqual(promptVariables(p), ['selection', 'file', 'audience', 'github.event.number', 'vault_password']);
    const [system] = renderMessages(p, '', { selection: 'f()', file: 'a.ts', audience: 'juniors' }, { knownVariables: new Set(['selection', 'file', 'audience']) });
    assert.equal(system!.content, 'Review f() in a.ts for juniors.\nDeploy with `${{ github.event.number }}` and {{ vault_password }}; ${HOME} stays.');
  }
  const p = parsePromptFile(text, 'x.prompt.md');
  assert.throws(() => renderMessages(p, '', { selection: 's', file: 'f' }, { caseId: 'c' }), /case 'c': variable 'audience' is not set/);
  // the preview keeps everything as written, spacing included
  assert.equal(renderPromptPreview(text, 'x.prompt.md').system, text.split('---\n')[2]!.trim());
});

test('promptfoo prompts: nunjucks filters, loops, ifs; JSON and YAML chat files; no input aliasing', () => {
  const txt = parsePromptFile('  {% for q in questions %}- {{ q | capitalize }}\n{% endfor %}{% if tone %}Tone: {{ tone }}{% endif %}{{ topic | default("any") }}  \n', 'p.txt', { bodyRole: 'user', dialect: 'promptfoo' });
  assert.deepEqual(renderMessages(txt, '', { questions: ['one', 'two'] }), [{ role: 'user', content: '- One\n- Two\nany' }]);
  const json = parsePromptFile('[{"role": "system", "content": "Be {{ style }}."}, {"role": "user", "content": "{{ question }}"}]', 'chat.json', { bodyRole: 'user', dialect: 'promptfoo' });
  // a value with quotes stays valid: each string is rendered on its own
  assert.deepEqual(renderMessages(json, '', { style: 'terse', question: 'Say "hi"' }), [
    { role: 'system', content: 'Be terse.' },
    { role: 'user', content: 'Say "hi"' },
  ]);
  const yaml = parsePromptFile('- role: system\n  content: You are {{ name }}.\n- role: user\n  content: |\n    {{ question }}\n', 'chat.yaml', { bodyRole: 'user', dialect: 'promptfoo' });
  assert.deepEqual(renderMessages(yaml, '', { name: 'Bot', question: 'Why?' }), [
    { role: 'system', content: 'You are Bot.' },
    { role: 'user', content: 'Why?\n' },
  ]);
  // {{question}} is a var like any other in promptfoo: never silently blank
  assert.throws(() => renderMessages(json, '', { style: 'x' }), /variable 'question' is not set/);
});

test('the template engine cannot reach the process: constructor chains are refused', () => {
  for (const attack of [
    '{{ range.constructor("return process")() }}',
    '{{ cycler.constructor("return process")() }}',
    '{{ "x".constructor.constructor("return process")() }}',
    '{{ x.__proto__ }}',
    '{{ constructor.getPrototypeOf(range) }}',
    '{% set f = range %}{{ f.call }}',
  ]) {
    assert.throws(() => renderTemplate(attack, { x: {} }), TemplateError, attack);
  }
  assert.throws(() => renderTemplate('{% for i in range(1000000000) %}{% endfor %}', {}), /range\(\) of more than/);
  assert.throws(() => renderTemplate('{% include "/etc/passwd" %}', {}), /include.*not supported/);
  assert.equal(renderTemplate('{{ s.split(",") | join("+") }} {{ items | length }}', { s: 'a,b', items: [1, 2, 3] }), 'a+b 3');
});
