import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSuite, parseSuiteText } from '../../../src/core/suite/load';
import { parseSuitePrompt, renderSuiteCases } from '../../../src/core/suite/render';
import type { SuiteIssue } from '../../../src/core/suite/issues';

const config = join(__dirname, '../../fixtures/suites/promptfoo/promptfooconfig.yaml');
const short = (i: SuiteIssue) => `${i.severity} ${i.line}:${i.column} ${i.field}: ${i.message}`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptshift-pf-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('the promptfoo fixture loads as a suite: two prompts, provider config, defaultTest, expanded vars', async () => {
  const { suite, errors } = await loadSuite(config);
  assert.ok(suite, JSON.stringify(errors));
  assert.equal(suite.format, 'promptfoo');
  assert.equal(suite.prompt.path, join(config, '../prompts/support-v1.txt'));
  assert.equal(suite.prompt.bodyRole, 'user');
  assert.equal(suite.alternatePrompt!.path, join(config, '../prompts/support-v2.txt'));
  assert.deepEqual(suite.provider, { type: 'openai', model: 'gpt-4o-mini', baseUrl: 'http://127.0.0.1:8080/v1', temperature: 0.5, maxTokens: 300 });
  assert.equal(suite.samples, 2);
  assert.equal(suite.concurrency, 4);
  assert.deepEqual(suite.cases.map((c) => c.id), ['angry-refund', 'invoice-download', 'invoice-download-2']);
  const [angry, invoice1, invoice2] = suite.cases;
  assert.deepEqual(angry!.vars, { company: 'Acme', question: 'I was charged twice. Refund me now!' });
  assert.deepEqual(angry!.asserts, [
    { type: 'not-icontains', value: 'as an ai' },
    { type: 'icontains-any', value: ['refund', 'agent'] },
  ]);
  assert.equal(invoice1!.vars.question, 'Where is my invoice?');
  assert.equal(invoice2!.vars.question, "How do I get last month's invoice?");
  assert.deepEqual(invoice2!.asserts, [
    { type: 'not-icontains', value: 'as an ai' },
    { type: 'max-length', value: 600 },
  ]);
  // unsupported asserts are warnings naming the field, never silent drops
  assert.deepEqual(errors.map(short), [
    "warning 24:15 tests[0].assert[1].type: assert type 'llm-rubric' is not supported by PromptShift (it runs deterministic checks only); this assert is skipped",
    "warning 30:15 tests[1].assert[0].type: assert type 'javascript' runs JavaScript, which PromptShift does not run: this assert is skipped",
  ]);
});

test('a promptfoo prompt renders as the user message, with no system message', async () => {
  const { suite } = await loadSuite(config);
  const parsed = parseSuitePrompt(suite!.prompt, readFileSync(suite!.prompt.path, 'utf8'));
  const { cases, errors } = renderSuiteCases(suite!, parsed);
  assert.deepEqual(errors, []);
  assert.deepEqual(cases[0]!.messages, [
    { role: 'user', content: "You are Acme's support assistant for Acme. If a customer is upset, offer a human agent.\nCustomer: I was charged twice. Refund me now!" },
  ]);
});

test('inline prompts, string providers, tests from CSV, more than two prompts', async () => {
  const dir = workspace({
    'tests.csv': 'question,__expected,__expected2\nWhere is my parcel?,icontains: tracking,llm-rubric: polite\n',
  });
  const text = [
    'prompts:', //                                                  1
    '  - "Answer briefly: {{question}}"', //                        2
    '  - "Answer in detail: {{question}}"', //                      3
    '  - "Third: {{question}}"', //                                 4
    'providers: [anthropic:messages:claude-3-5-haiku-latest]', //   5
    'tests: file://tests.csv', //                                   6
  ].join('\n');
  const { suite, errors } = await parseSuiteText(text, join(dir, 'promptfooconfig.yaml'));
  assert.ok(suite, JSON.stringify(errors));
  assert.deepEqual(suite.prompt, { path: join(dir, 'promptfooconfig.yaml'), text: 'Answer briefly: {{question}}', bodyRole: 'user', dialect: 'promptfoo-inline' });
  assert.equal(suite.alternatePrompt!.text, 'Answer in detail: {{question}}');
  assert.deepEqual(suite.provider, { type: 'anthropic', model: 'claude-3-5-haiku-latest' });
  assert.deepEqual(suite.cases[0]!.vars, { question: 'Where is my parcel?' });
  assert.deepEqual(suite.cases[0]!.asserts, [{ type: 'icontains', value: 'tracking' }]);
  assert.deepEqual(errors.map(short), [
    'warning 2:3 prompts: 3 prompts: PromptShift compares two versions, so it uses the first as A and the second as B; the rest are ignored',
    "warning 2:1 __expected2: assert type 'llm-rubric' is not supported by PromptShift; this check is skipped",
  ]);
  assert.equal(errors[1]!.file, join(dir, 'tests.csv'));
});

test('ollama and provider maps; a YAML test file; unknown config fields named', async () => {
  const dir = workspace({
    'p.txt': '{{q}}',
    'tests.yaml': '- vars: { q: one }\n- description: Two\n  vars: { q: two }\n  threshold: 0.5\n',
  });
  const text = [
    'prompts: file://p.txt',
    'providers:',
    '  - ollama:chat:llama3.2:',
    '      config: { temperature: 0, num_ctx: 4096 }',
    'tests: [file://tests.yaml]',
    'outputPath: out.json',
  ].join('\n');
  const { suite, errors } = await parseSuiteText(text, join(dir, 'promptfooconfig.yaml'));
  assert.ok(suite, JSON.stringify(errors));
  assert.deepEqual(suite.provider, { type: 'ollama', model: 'llama3.2', temperature: 0 });
  assert.deepEqual(suite.cases.map((c) => [c.id, c.vars.q]), [['case-1', 'one'], ['two', 'two']]);
  assert.deepEqual(errors.map((e) => `${e.severity} ${e.field}`), [
    'warning providers[0].ollama:chat:llama3.2.config.num_ctx',
    'warning outputPath',
    'warning [1].threshold',
  ]);
  assert.equal(errors[2]!.file, join(dir, 'tests.yaml'));
  assert.equal(errors[2]!.line, 4);
});

test('what cannot be honoured is named at its field: an error when cases would be wrong, a warning for the provider', async () => {
  const dir = workspace({});
  const text = [
    'prompts: [file://missing.txt]', //                   1
    'providers: [azureopenai:embedding:my-deployment]', // 2
    'tests:', //                                          3
    '  - vars: { q: x }', //                              4
    '    assert:', //                                     5
    '      - type: regex', //                             6
    '        value: "(unclosed"', //                      7
    '      - type: icontains', //                         8
    '        value: ok', //                               9
    '        transform: output.toLowerCase()', //         10
  ].join('\n');
  const { suite, errors } = await parseSuiteText(text, join(dir, 'promptfooconfig.yaml'));
  assert.equal(suite, undefined);
  assert.deepEqual(errors.map((e) => `${e.severity} ${e.line} ${e.field}`), [
    'error 1 prompts[0]',
    'warning 2 providers[0]',
    'error 7 tests[0].assert[0].value',
    'warning 10 tests[0].assert[1].transform',
  ]);
  assert.match(errors[0]!.message, /prompt file not found/);
  assert.match(errors[1]!.message, /only Azure OpenAI chat deployments are supported .*; check renders the cases, eval needs --provider/);
});

test('openai ids with and without chat:, a config with no tests', async () => {
  const dir = workspace({});
  const ok = await parseSuiteText('prompts: ["{{q}}"]\nproviders: openai:gpt-4o\ntests: [{ vars: { q: a } }]\n', join(dir, 'promptfooconfig.yaml'));
  assert.deepEqual(ok.suite!.provider, { type: 'openai', model: 'gpt-4o' });
  const embedding = await parseSuiteText('prompts: ["{{q}}"]\nproviders: openai:embedding:x\ntests: [{ vars: { q: a } }]\n', join(dir, 'promptfooconfig.yaml'));
  assert.match(embedding.errors[0]!.message, /only chat models/);
  // promptfoo runs a config without tests once, with defaultTest's vars only (none here)
  const noTests = await parseSuiteText('prompts: ["Tell a joke about {{topic}}"]\ndefaultTest: { vars: { topic: cats } }\n', join(dir, 'anything.yaml'));
  assert.deepEqual(noTests.errors, []);
  assert.deepEqual(noTests.suite!.cases.map((c) => c.vars), [{ topic: 'cats' }]);
  const rendered = renderSuiteCases(noTests.suite!, parseSuitePrompt(noTests.suite!.prompt, noTests.suite!.prompt.text!));
  assert.deepEqual(rendered.cases[0]!.messages, [{ role: 'user', content: 'Tell a joke about cats' }]);
});
