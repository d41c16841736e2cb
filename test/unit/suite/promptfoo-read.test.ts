// promptfoo configs read as promptfoo reads them (its prompts/, evaluatorHelpers and evaluator
// code): several prompts in one .txt, file:// vars, globs, var-to-var references, what expands into
// cases and what does not, defaultTest and tests from files; what cannot run offline is named at
// its line; a provider PromptShift cannot call still renders in `check` and is refused by `eval`
// unless --provider replaces it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuiteText } from '../../../src/core/suite/load';
import { parseSuitePrompt, renderSuiteCases } from '../../../src/core/suite/render';
import { parseProviderOverride } from '../../../src/core/suite/providerOverride';
import { runPairedEval, EvalInputError } from '../../../src/core/eval/pairedEval';
import type { SuiteIssue } from '../../../src/core/suite/issues';
import { main } from '../../../src/cli';
import { captureIO } from '../report/cli-io';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { readFileSync } from 'node:fs';

const short = (i: SuiteIssue) => `${i.severity} ${i.line} ${i.field}: ${i.message}`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-pfr-'));
  mkdirSync(join(dir, '.promptshift'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function load(dir: string, config: string) {
  const file = join(dir, 'promptfooconfig.yaml');
  writeFileSync(file, config);
  return parseSuiteText(config, file);
}

async function render(dir: string, config: string, which: 'prompt' | 'alternatePrompt' = 'prompt') {
  const { suite, errors: loadErrors } = await load(dir, config);
  assert.ok(suite, loadErrors.map(short).join('\n'));
  const ref = suite[which]!;
  const parsed = parseSuitePrompt(ref, ref.text ?? readFileSync(ref.path, 'utf8'));
  // the render's errors (the load's warnings are checked where they matter)
  return { suite, ...renderSuiteCases(suite, parsed) };
}

test('a .txt of prompts separated by --- lines is an A/B pair; nunjucks renders each', async () => {
  const dir = workspace({ 'prompts.txt': 'Answer {{ q | lower }} briefly.\n---\n{% if formal %}Dear user, {% endif %}answer {{ q }} in detail.\n' });
  const config = 'prompts: [file://prompts.txt]\ntests:\n  - vars: { q: WHY, formal: true }\n';
  const a = await render(dir, config);
  assert.equal(a.suite.prompt.text, 'Answer {{ q | lower }} briefly.');
  assert.equal(a.suite.alternatePrompt!.text, '{% if formal %}Dear user, {% endif %}answer {{ q }} in detail.');
  assert.deepEqual(a.cases[0]!.messages, [{ role: 'user', content: 'Answer why briefly.' }]);
  const b = await render(dir, config, 'alternatePrompt');
  assert.deepEqual(b.cases[0]!.messages, [{ role: 'user', content: 'Dear user, answer WHY in detail.' }]);
});

test('file:// vars: text trimmed, YAML as JSON, JSON as text; a glob runs once per file', async () => {
  const dir = workspace({
    'docs/a.txt': '  First doc.\n',
    'docs/b.txt': 'Second doc.\n',
    'data/profile.yaml': 'name: Kim\ntier: gold\n',
    'data/order.json': '{"id": 7}\n',
    'p.txt': '{{ doc }}|{{ profile }}|{{ order }}',
  });
  const r = await render(dir, 'prompts: [file://p.txt]\ntests:\n  - vars:\n      doc: file://docs/*.txt\n      profile: file://data/profile.yaml\n      order: file://data/order.json\n');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.cases.map((c) => c.messages[0]!.content), [
    'First doc.|{"name":"Kim","tier":"gold"}|{"id": 7}',
    'Second doc.|{"name":"Kim","tier":"gold"}|{"id": 7}',
  ]);
});

test('lists of strings expand into cases, lists of objects are one value; vars refer to vars; one trailing newline dropped', async () => {
  const dir = workspace({ 'p.txt': '{{ greeting }} {% for m in history %}[{{ m.role }}: {{ m.text }}]{% endfor %} {{ lang }}' });
  const config = [
    'prompts: [file://p.txt]',
    'defaultTest:',
    '  vars:',
    '    name: Dana',
    '    greeting: "Hello {{name}}"',
    'tests:',
    '  - vars:',
    '      lang: [en, fr]',
    '      history:',
    '        - { role: user, text: hi }',
    '        - { role: bot, text: yo }',
    '  - vars:',
    '      lang: |',
    '        de',
    '      history: []',
  ].join('\n');
  const r = await render(dir, config);
  assert.deepEqual(r.errors, []);
  assert.equal(r.cases.length, 3, 'two languages × one history, then one case: the list of objects did not multiply cases');
  assert.deepEqual(r.cases.map((c) => c.messages[0]!.content), ['Hello Dana [user: hi][bot: yo] en', 'Hello Dana [user: hi][bot: yo] fr', 'Hello Dana  de']);
});

test('JSON and YAML chat prompt files keep their roles; defaultTest and tests from files (JSONL, CSV, YAML)', async () => {
  const dir = workspace({
    'chat.json': '[{"role": "system", "content": "You help {{ company }}."}, {"role": "user", "content": "{{ question }}"}]',
    'defaults.yaml': 'vars:\n  company: Acme\nassert:\n  - type: icontains\n    value: sorry\n',
    'tests.jsonl': '{"vars": {"question": "Where is my \\"parcel\\"?"}}\n{"description": "Two", "vars": {"question": "Refund?"}}\n',
    'more.csv': 'question,__expected\nInvoice?,contains: invoice\n',
  });
  const r = await render(dir, 'prompts: [file://chat.json]\ndefaultTest: file://defaults.yaml\ntests: [file://tests.jsonl, file://more.csv]\n');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.cases[0]!.messages, [
    { role: 'system', content: 'You help Acme.' },
    { role: 'user', content: 'Where is my "parcel"?' },
  ]);
  assert.deepEqual(r.suite.cases.map((c) => [c.id, c.asserts.length]), [['case-1', 1], ['two', 1], ['case-3', 2]]);
});

test('what cannot run offline is named with its line: test generators, hub datasets, code vars, media, prompt functions, hubs', async () => {
  const dir = workspace({ 'p.txt': '{{ x }}', 'img.png': 'PNG' });
  const config = [
    'prompts:', //                                      1
    '  - file://p.txt', //                              2
    '  - file://prompt_fn.py:make', //                  3
    '  - langfuse://support-prompt:3', //               4
    '  - { label: chat, messages: [{ role: user, content: file://u.j2 }] }', // 5
    'tests:', //                                        6
    '  - file://generate_tests.py', //                  7
    '  - huggingface://datasets/org/set', //            8
    '  - vars: { x: file://make_x.js }', //             9
    '  - vars: { x: file://img.png }', //               10
  ].join('\n');
  const { suite, errors } = await load(dir, config);
  assert.equal(suite, undefined);
  const lines = errors.map(short);
  assert.deepEqual(errors.map((e) => `${e.severity} ${e.line}`), ['error 3', 'error 4', 'error 5', 'error 7', 'error 8', 'error 9', 'error 10']);
  assert.match(lines[0]!, /prompt function \(code\)/);
  assert.match(lines[1]!, /prompt hub \(langfuse\)/);
  assert.match(lines[2]!, /prompts\[3\]\.messages: prompt objects with messages: .* not supported/);
  assert.match(lines[3]!, /generated by code \(a test generator\)/);
  assert.match(lines[4]!, /Hugging Face hub/);
  assert.match(lines[5]!, /tests\[2\]\.vars\.x: 'file:\/\/make_x\.js' is code/);
  assert.match(lines[6]!, /image, audio or video/);
});

test('a provider PromptShift cannot call: check renders every case (a warning), eval refuses and names --provider', async () => {
  const dir = workspace({ 'p.txt': 'Hi {{ name }}' });
  const config = 'prompts: [file://p.txt]\nproviders:\n  - id: openai:agents:support-agent\ntests:\n  - vars: { name: Jo }\n';
  const { suite, errors } = await load(dir, config);
  assert.ok(suite);
  assert.deepEqual(errors.map((e) => `${e.severity} ${e.line} ${e.field}`), ['warning 3 providers[0].id']);
  assert.match(errors[0]!.message, /is an agent .* check renders the cases, eval needs --provider/);
  const io = captureIO(dir);
  assert.equal(await main(['check', 'promptfooconfig.yaml'], io), 0, io.err.join(''));
  assert.match(io.out.join(''), /user: Hi Jo/);
  const evalIo = captureIO(dir);
  assert.equal(await main(['eval', 'promptfooconfig.yaml', '--b', 'working', '--a', 'working'], evalIo), 2);
  assert.match(evalIo.err.join(''), /promptfooconfig\.yaml:3:\d+: providers\[0\]\.id: provider 'openai:agents:support-agent' is an agent[^\n]*\nchoose the model to call with --provider TYPE:MODEL/);
});

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer();
});
after(() => server.close());

test('eval --provider replaces the config\'s provider; the suite\'s sampling settings stay', async () => {
  const dir = workspace({ 'p.txt': 'Hi {{ name }}\n---\nHello {{ name }}' });
  writeFileSync(join(dir, 'promptfooconfig.yaml'), 'prompts: [file://p.txt]\nproviders:\n  - id: vertex:gemini-2.5-pro\n    config: { temperature: 0.1 }\ntests:\n  - vars: { name: Jo }\nevaluateOptions: { repeat: 1 }\n');
  await assert.rejects(runPairedEval({ suitePath: join(dir, 'promptfooconfig.yaml') }), (e: unknown) => e instanceof EvalInputError && /Vertex AI needs Google Cloud credentials/.test(e.message));
  const since = server.log.length;
  const result = await runPairedEval({ suitePath: join(dir, 'promptfooconfig.yaml'), provider: { type: 'openai', model: 'fake-model-1', baseUrl: `${server.url}/v1` } });
  assert.equal(result.run.status, 'completed');
  const bodies = server.log.slice(since).map((e) => e.body as { messages: { content: string }[]; temperature?: number });
  assert.equal(bodies.length, 3, 'A, A′ and B');
  assert.deepEqual(bodies.map((b) => b.messages[0]!.content).sort(), ['Hello Jo', 'Hi Jo', 'Hi Jo']);
  assert.ok(bodies.every((b) => b.temperature === undefined), 'the vertex provider\'s config did not load (it cannot be called), so no temperature');
});

test('--provider TYPE:MODEL accepts PromptShift types and promptfoo ids; anything else is named', () => {
  assert.deepEqual(parseProviderOverride('openai:gpt-4o-mini'), { type: 'openai', model: 'gpt-4o-mini' });
  assert.deepEqual(parseProviderOverride('bedrock:anthropic.claude-3-haiku-20240307-v1:0'), { type: 'bedrock', model: 'anthropic.claude-3-haiku-20240307-v1:0' });
  assert.deepEqual(parseProviderOverride('anthropic:messages:claude-sonnet-4-5'), { type: 'anthropic', model: 'claude-sonnet-4-5' });
  assert.deepEqual(parseProviderOverride('openai:responses:o4-mini'), { type: 'openai-responses', model: 'o4-mini' });
  assert.match(parseProviderOverride('openai') as string, /name the model too/);
  assert.match(parseProviderOverride('bard:x') as string, /--provider bard:x: provider 'bard:x' is not supported/);
});
