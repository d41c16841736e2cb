// promptfoo features the larger corpus showed (test/fixtures/corpus/, dev part): `targets` as
// another name for `providers`, the built-in `load` filter, a config without tests (run once with
// defaultTest's vars), assert templates (`$ref`) skipped with a warning, and what cannot be
// rendered before a model answers (`storeOutputAs`, red-team configs without generated tests)
// refused at its line, naming the feature.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuiteText } from '../../../src/core/suite/load';
import { parseSuitePrompt, renderSuiteCases } from '../../../src/core/suite/render';

const file = join(mkdtempSync(join(tmpdir(), 'ps-pf-features-')), 'promptfooconfig.yaml');
const load = (text: string) => parseSuiteText(text, file);
const render = async (text: string) => {
  const { suite, errors } = await load(text);
  assert.ok(suite, JSON.stringify(errors));
  return renderSuiteCases(suite, parseSuitePrompt(suite.prompt, suite.prompt.text!)).cases.map((c) => c.messages.map((m) => m.content).join('\n'));
};

test('targets is another name for providers', async () => {
  const { suite, errors } = await load('prompts: ["Hi {{name}}"]\ntargets:\n  - openai:gpt-4.1-mini\ntests: [{ vars: { name: Ann } }]\n');
  assert.deepEqual(errors.filter((e) => e.severity === 'error'), []);
  assert.deepEqual(suite!.provider, { type: 'openai', model: 'gpt-4.1-mini' });
  const both = await load('prompts: ["Hi"]\nproviders: [openai:gpt-4o]\ntargets: [anthropic:messages:claude-sonnet-4-5]\ntests: [{ vars: {} }]\n');
  assert.equal(both.suite!.provider!.type, 'openai');
  assert.match(both.errors.map((e) => `${e.line}:${e.field}: ${e.message}`).join('\n'), /3:targets: .*another name for 'providers'/);
});

test("promptfoo's load filter reads a var holding JSON", async () => {
  const out = await render('prompts: ["Tone: {{ (style | load).tone }}, length: {{ (style | load).length }}"]\ntests:\n  - vars: { style: \'{"tone":"formal","length":"brief"}\' }\n');
  assert.deepEqual(out, ['Tone: formal, length: brief']);
});

test('a config without tests runs once with defaultTest vars', async () => {
  assert.deepEqual(await render('prompts: ["Tell a joke about {{topic}}", "A haiku about {{topic}}"]\ndefaultTest: { vars: { topic: the sea } }\n'), ['Tell a joke about the sea']);
});

test('assert templates ($ref) are skipped with a warning at their line; the cases still render', async () => {
  const { suite, errors } = await load("prompts: ['Say {{x}}']\ntests:\n  - vars: { x: hi }\n    assert:\n      - $ref: '#/assertionTemplates/noise'\nassertionTemplates:\n  noise: { type: contains, value: arr }\n");
  assert.ok(suite);
  const ref = errors.find((e) => e.field.endsWith('$ref'))!;
  assert.equal(ref.severity, 'warning');
  assert.equal(ref.line, 5);
  assert.match(ref.message, /assert templates \(\$ref\)/);
});

test('storeOutputAs and red-team configs without tests are refused at their line, naming the feature', async () => {
  const chained = await load("prompts: ['Respond: {{message}}']\ntests:\n  - vars: { message: pick a fruit }\n    options:\n      storeOutputAs: fruit\n  - vars: { message: 'why {{fruit}}?' }\n");
  assert.equal(chained.suite, undefined);
  const e = chained.errors.find((x) => x.severity === 'error')!;
  assert.equal(`${e.line}:${e.field}`, '5:tests[0].options.storeOutputAs');
  assert.match(e.message, /storeOutputAs/);
  const redteam = await load("prompts: ['Respond to: {{query}}']\ntargets: [openai:gpt-4.1-nano]\nredteam:\n  plugins: [donotanswer]\n");
  const r = redteam.errors.find((x) => x.severity === 'error')!;
  assert.equal(`${r.line}:${r.field}`, '3:redteam');
  assert.match(r.message, /promptfoo redteam generate/);
});
