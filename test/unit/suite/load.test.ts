import { resolveEvalSettings } from '../../../src/core/eval/settings';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSuite, parseSuiteText } from '../../../src/core/suite/load';
import type { SuiteIssue } from '../../../src/core/suite/issues';

const fixtures = join(__dirname, '../../fixtures');
const suitePath = (name: string) => join(fixtures, 'suites', name);

/** A folder on disk with a prompt file and the given files. */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptshift-suite-'));
  writeFileSync(join(dir, 'p.prompt.md'), 'You help {{customer_name}}.');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Parses suite text in a fresh workspace and returns its issues as `line:column field: message`. */
async function issuesOf(text: string, files: Record<string, string> = {}, name = 's.evals.yaml'): Promise<SuiteIssue[]> {
  const dir = workspace(files);
  const result = await parseSuiteText(text, join(dir, name));
  assert.equal(result.suite, undefined, 'a suite with errors must not load');
  return result.errors;
}

const short = (i: SuiteIssue) => `${i.line}:${i.column} ${i.field}: ${i.message}`;

test('the support fixture loads: inline, JSONL and CSV cases, defaults, provider, gates', async () => {
  const { suite, errors } = await loadSuite(suitePath('support.evals.yaml'));
  assert.deepEqual(errors, []);
  assert.ok(suite);
  assert.equal(suite.format, 'suite');
  assert.equal(suite.promptPath, join(fixtures, 'prompts/support.prompt.md'));
  assert.deepEqual(suite.prompt, { path: suite.promptPath, bodyRole: 'system' });
  assert.deepEqual(suite.provider, {
    type: 'openai',
    model: 'gpt-4o-mini',
    baseUrl: 'http://127.0.0.1:11434/v1',
    apiKeyEnv: 'OPENAI_API_KEY',
    temperature: 0.7,
    maxTokens: 512,
  });
  // Defaults are applied where the run's settings are resolved, not at load: the suite keeps "absent".
  assert.equal(suite.samples, 3);
  const settings = resolveEvalSettings(suite);
  assert.equal(settings.samples, 3);
  assert.equal(settings.concurrency, 8);
  assert.equal(settings.baseline, true);
  assert.deepEqual(suite.gates, { refusal: 'increase', escalation: 'decrease' });
  assert.deepEqual(
    suite.cases.map((c) => c.id),
    ['angry-refund', 'case-2', 'cancel-plan', 'chargeback-threat', 'vat-question', 'case-6'],
  );
  const [angry, invoice, cancel, chargeback, vat, declined] = suite.cases;
  assert.deepEqual(angry!.expect, { escalation: true });
  assert.deepEqual(angry!.asserts, [
    { type: 'icontains', value: 'refund' },
    { type: 'not-contains', value: 'I guarantee' },
  ]);
  assert.deepEqual(angry!.source, { file: suitePath('support.evals.yaml'), line: 17, column: 9, field: 'cases[0]' });
  assert.deepEqual(invoice!.asserts, [{ type: 'max-length', value: 800 }]);
  assert.equal(invoice!.source.line, 24);
  assert.equal(invoice!.source.column, 5);
  // JSONL: line numbers of that file (line 2 is blank)
  assert.deepEqual(cancel!.source, { file: suitePath('support-cases.jsonl'), line: 1, column: 1, field: '' });
  assert.deepEqual(cancel!.expect, { escalation: false });
  assert.equal(chargeback!.source.line, 3);
  assert.deepEqual(chargeback!.asserts, [{ type: 'icontains-any', value: ['agent', 'human', 'colleague'] }]);
  // CSV: `question` is the input, expect_ columns → expect, __expected → assert, the rest → vars
  assert.deepEqual(vat, {
    id: 'vat-question',
    input: 'Is VAT included in the price?',
    vars: { customer_name: 'Kim', company: 'Acme' },
    expect: { escalation: false },
    asserts: [{ type: 'icontains', value: 'VAT' }],
    source: { file: suitePath('support-cases.csv'), line: 2, column: 1, field: '' },
  });
  assert.equal(declined!.input, 'My card was declined\ntwice, what now?');
  assert.equal(declined!.source.line, 3, 'a quoted multi-line record is reported at its first line');
  assert.deepEqual(declined!.expect, { escalation: true });
});

test('a JSON suite with a replay provider: file resolved, defaults applied', async () => {
  const { suite, errors } = await loadSuite(suitePath('extract.evals.json'));
  assert.deepEqual(errors, []);
  assert.equal(suite!.provider!.file, suitePath('extract-recorded.jsonl'));
  assert.equal(suite!.samples, 2);
  assert.equal(resolveEvalSettings(suite!).concurrency, 8);
  assert.deepEqual(suite!.cases[0]!.asserts[1], { type: 'regex', value: '"quantity"\\s*:\\s*2' });
});

test('the typo fixture: each problem at its line and column, with suggestions', async () => {
  const { suite, errors } = await loadSuite(suitePath('typo.evals.yaml'));
  assert.equal(suite, undefined);
  assert.deepEqual(errors.map(short), [
    "5:1 sampels: unknown field 'sampels' — did you mean 'samples'?",
    '11:31 cases[0].assert[0].value: invalid regular expression: /([a-z/: Unterminated character class',
    "12:17 cases[0].assert[1].type: unknown assert type 'icontain' — did you mean 'icontains'?",
  ]);
  assert.equal(errors[0]!.endColumn, 8, 'the whole key is underlined');
  assert.ok(errors.every((e) => e.file === suitePath('typo.evals.yaml') && e.severity === 'error'));
});

test('YAML syntax errors carry their position', async () => {
  const errors = await issuesOf('prompt: p.prompt.md\ncases:\n  - input: a: b\n');
  assert.deepEqual(errors.map(short), ['3:12 : Nested mappings are not allowed in compact mappings']);
  const indent = await issuesOf('prompt: p.prompt.md\ncases:\n  - input: a\n   bad: x\n');
  assert.equal(indent[0]!.line, 4);
});

test('duplicate YAML keys are errors at the second key', async () => {
  const errors = await issuesOf('prompt: p.prompt.md\nsamples: 2\nsamples: 3\ncases:\n  - input: hi\n');
  assert.equal(errors[0]!.line, 3);
  assert.match(errors[0]!.message, /unique/i);
});

test('schema errors: wrong types, enums, missing fields, unknown behaviours, each at the node', async () => {
  const text = [
    'prompt: p.prompt.md', //                                  1
    'provider:', //                                            2
    '  type: opneai', //                                       3
    '  model: gpt-4o-mini', //                                 4
    '  apiKeyEnv: sk-live-123', //                             5
    'samples: three', //                                       6
    'gates:', //                                               7
    '  refusals: increase', //                                 8
    '  escalation: down', //                                   9
    'cases:', //                                               10
    '  - id: a', //                                            11
    '    vars: { customer_name: }', //                         12
    '  - id: b', //                                            13
    '    input: hi', //                                        14
    '    expect: { hedging: sometimes }', //                   15
    '    assert: [{ type: contains, valeu: x }]', //           16
  ].join('\n');
  const errors = (await issuesOf(text)).map(short);
  assert.deepEqual(errors, [
    '3:9 provider.type: expected one of "openai"|"anthropic"|"ollama"|"vscode-lm"|"replay"|"openai-responses"|"azure"|"google"|"mistral"|"bedrock"|"http"',
    '5:14 provider.apiKeyEnv: must name an environment variable (e.g. OPENAI_API_KEY); never put the key itself in a suite',
    '6:10 samples: expected number, received string',
    "8:3 gates.refusals: unknown field 'refusals' — did you mean 'refusal'?",
    '9:15 gates.escalation: expected one of "increase"|"decrease"|"any"',
    "11:5 cases[0].input: missing required field 'input'",
    '12:13 cases[0].vars.customer_name: empty value: write "" for an empty string',
    '15:24 cases[1].expect.hedging: expected boolean, received string',
    "16:14 cases[1].assert[0].value: 'contains' needs a string value",
    "16:32 cases[1].assert[0].valeu: unknown field 'valeu' — did you mean 'value'?",
  ]);
});

test('a provider needs a model (except replay / vscode-lm); replay needs a file', async () => {
  const errors = await issuesOf('prompt: p.prompt.md\nprovider: { type: anthropic }\ncases: [{ input: hi, vars: { customer_name: x } }]\n');
  assert.deepEqual(errors.map(short), ["2:11 provider.model: missing required field 'model' (the anthropic model to call)"]);
  const replay = await issuesOf('prompt: p.prompt.md\nprovider:\n  type: replay\ncases: [{ input: hi }]\n');
  assert.deepEqual(replay.map(short), ["3:3 provider.file: a replay provider needs 'file': the JSONL of recorded outputs"]);
  const vscode = await parseSuiteText('prompt: p.prompt.md\nprovider: { type: vscode-lm }\ncases: [{ input: hi }]\n', join(workspace(), 's.evals.yaml'));
  assert.deepEqual(vscode.errors, []);
  assert.equal(vscode.suite!.provider!.type, 'vscode-lm');
});

test('missing prompt, missing case file and missing replay file are errors at their fields', async () => {
  const errors = await issuesOf('prompt: nope.md\nprovider: { type: replay, file: rec.jsonl }\ncases:\n  - file: missing.jsonl\n  - input: hi\n');
  const dir = errors[0]!.file.replace(/\/s\.evals\.yaml$/, '');
  assert.deepEqual(errors.map(short), [
    `1:9 prompt: prompt file not found: ${join(dir, 'nope.md')}`,
    `2:33 provider.file: replay file not found: ${join(dir, 'rec.jsonl')}`,
    `4:11 cases[0].file: case file not found: ${join(dir, 'missing.jsonl')}`,
  ]);
});

test('duplicate case ids are errors at the second id, also across a case file', async () => {
  const errors = await issuesOf('prompt: p.prompt.md\ncases:\n  - id: x\n    input: a\n  - id: x\n    input: b\n  - file: more.jsonl\n', {
    'more.jsonl': '{"id": "x", "input": "c"}\n',
  });
  assert.equal(errors.length, 2);
  assert.equal(short(errors[0]!), `5:9 cases[1].id: duplicate case id 'x' (first used at ${errors[0]!.file}:3)`);
  assert.match(errors[1]!.file, /more\.jsonl$/);
  assert.equal(errors[1]!.line, 1);
  assert.equal(errors[1]!.field, 'id');
});

test('generated ids avoid explicit ones', async () => {
  const dir = workspace();
  const { suite } = await parseSuiteText('prompt: p.prompt.md\ncases:\n  - input: a\n  - id: case-1\n    input: b\n', join(dir, 's.evals.yaml'));
  assert.deepEqual(suite!.cases.map((c) => c.id), ['case-1-2', 'case-1']);
});

test('JSONL case files: bad JSON and bad fields at their line and column in that file', async () => {
  const jsonl = ['{"input": "ok"}', '{"input": "broken",', '', '{"input": "x", "expect": {"refusal": "yes"}}', '{"inptu": "typo"}'].join('\n');
  const errors = await issuesOf('prompt: p.prompt.md\ncases:\n  - file: c.jsonl\n', { 'c.jsonl': jsonl });
  assert.ok(errors.every((e) => e.file.endsWith('c.jsonl')));
  assert.deepEqual(
    errors.map((e) => `${e.line}:${e.column} ${e.field}`),
    ['2:20 ', '4:38 expect.refusal', '5:1 input', '5:2 inptu'],
  );
  assert.match(errors[0]!.message, /^not valid JSON/);
  assert.match(errors[3]!.message, /did you mean 'input'/);
  assert.match(errors[2]!.message, /missing required field 'input'/);
});

test('CSV case files: missing input column, bad yes/no, unknown behaviour, broken quoting', async () => {
  const noInput = await issuesOf('prompt: p.prompt.md\ncases:\n  - file: c.csv\n', { 'c.csv': 'id,text\na,hello\n' });
  assert.deepEqual(noInput.map(short), ['1:1 : no input column: name one column input, prompt, question (the other columns become vars)']);
  const bad = await issuesOf('prompt: p.prompt.md\ncases:\n  - file: c.csv\n', {
    'c.csv': 'input,expect_refusal,expect_hedgin\nhi,maybe,\nyo,yes,no\n',
  });
  assert.deepEqual(bad.map(short), [
    "1:1 expect_hedgin: unknown behaviour 'hedgin' — did you mean 'expect_hedging'?",
    "2:1 expect_refusal: 'maybe' is not a yes/no value (true/false, yes/no, 1/0)",
  ]);
  const quoting = await issuesOf('prompt: p.prompt.md\ncases:\n  - file: c.csv\n', { 'c.csv': 'input\n"ok"\n"never closed\n' });
  assert.equal(quoting.length, 1);
  assert.match(quoting[0]!.message, /^not valid CSV: Quote Not Closed/);
});

test('JSON suites: syntax errors and field errors at line and column', async () => {
  const syntax = await issuesOf('{\n  "prompt": "p.prompt.md",\n  "cases": [ { "input": "a" }, ]\n}\n', {}, 's.evals.json');
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0]!.line, 3);
  assert.equal(syntax[0]!.column, 32, 'at the stray ]');
  assert.match(syntax[0]!.message, /^not valid JSON/);
  const fields = await issuesOf('{\n  "prompt": "p.prompt.md",\n  "concurency": 4,\n  "cases": [{ "input": "a" }]\n}\n', {}, 's.evals.json');
  assert.deepEqual(fields.map(short), ["3:3 concurency: unknown field 'concurency' — did you mean 'concurrency'?"]);
});

test('a suite that is not a map, or has no cases, is an error', async () => {
  assert.deepEqual((await issuesOf('- a\n- b\n')).map(short), ['1:1 : a suite must be a map of fields (prompt, provider, cases, …)']);
  assert.deepEqual((await issuesOf('prompt: p.prompt.md\ncases: []\n')).map(short), ['2:8 cases: a suite needs at least one case']);
  assert.deepEqual((await issuesOf('prompt: p.prompt.md\ncases:\n  - file: empty.jsonl\n', { 'empty.jsonl': '\n' })).map(short), [
    '3:3 cases: the suite has no cases (its case files are empty)',
  ]);
});

test('parseSuiteText validates an unsaved buffer; loadSuite honours an injected readFile', async () => {
  const dir = workspace({ 's.evals.yaml': 'prompt: p.prompt.md\ncases: [{ input: on disk }]\n' });
  const buffer = await parseSuiteText('prompt: p.prompt.md\nsamples: 7\ncases: [{ input: in the editor }]\n', join(dir, 's.evals.yaml'));
  assert.equal(buffer.suite!.samples, 7);
  assert.equal(buffer.suite!.cases[0]!.input, 'in the editor');
  const read: string[] = [];
  const files: Record<string, string> = {
    '/virtual/s.evals.yaml': 'prompt: p.md\ncases:\n  - file: c.jsonl\n',
    '/virtual/c.jsonl': '{"id": "v", "input": "from memory"}\n',
  };
  const loaded = await loadSuite('/virtual/s.evals.yaml', {
    readFile: async (p) => {
      read.push(p);
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[p]!;
    },
    fileExists: async (p) => p === '/virtual/p.md',
  });
  assert.deepEqual(loaded.errors, []);
  assert.deepEqual(read, ['/virtual/s.evals.yaml', '/virtual/c.jsonl']);
  assert.equal(loaded.suite!.cases[0]!.input, 'from memory');
  const missing = await loadSuite(join(dir, 'absent.evals.yaml'));
  assert.deepEqual(missing.errors.map(short), ['1:1 : suite file not found']);
});

test('eval settings: an option wins over the suite, the suite over the user setting, the setting over the default; each says where it came from', () => {
  const s = resolveEvalSettings({ samples: 5 }, { concurrency: 2 }, { samples: 9, concurrency: 7 });
  assert.deepEqual([s.samples, s.concurrency, s.baseline], [5, 2, true]);
  assert.deepEqual(s.from, { samples: 'suite', concurrency: 'option', baseline: 'default', provider: 'default' });
  const fromSetting = resolveEvalSettings({}, {}, { samples: 9, provider: { type: 'ollama', model: 'm' } });
  assert.equal(fromSetting.samples, 9);
  assert.equal(fromSetting.from.samples, 'setting');
  assert.equal(fromSetting.provider?.type, 'ollama');
  assert.equal(fromSetting.from.provider, 'setting');
});
