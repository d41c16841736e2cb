import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';

const fixtures = join(__dirname, '../../fixtures');

async function run(args: string[], cwd = fixtures): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: {},
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptshift-check-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('check <suite> prints every case with its rendered messages and exits 0', async () => {
  const { code, out, err } = await run(['check', 'suites/support.evals.yaml']);
  assert.equal(code, 0, err);
  assert.equal(err, '');
  assert.match(out, /^suites\/support\.evals\.yaml: 6 cases, prompt prompts\/support\.prompt\.md, openai gpt-4o-mini, 3 samples per version\n/);
  assert.deepEqual(out.match(/^── .*$/gm), ['── angry-refund', '── case-2', '── cancel-plan', '── chargeback-threat', '── vat-question', '── case-6']);
  assert.match(out, /── angry-refund\n {2}system: You are the support assistant of Acme, talking to Dana\.\n/);
  assert.match(out, /\n {2}user: I was charged twice and nobody answers\. Fix it now\.\n/);
  assert.match(out, /\n {2}user: My card was declined\n {4}twice, what now\?\n/);
});

test('check <suite with typos> prints file:line:column: field: message on stderr and exits 2', async () => {
  const { code, out, err } = await run(['check', 'suites/typo.evals.yaml']);
  assert.equal(code, 2);
  assert.equal(out, '');
  assert.equal(
    err,
    [
      "suites/typo.evals.yaml:5:1: sampels: unknown field 'sampels' — did you mean 'samples'?",
      'suites/typo.evals.yaml:11:31: cases[0].assert[0].value: invalid regular expression: /([a-z/: Unterminated character class',
      "suites/typo.evals.yaml:12:17: cases[0].assert[1].type: unknown assert type 'icontain' — did you mean 'icontains'?",
      '',
    ].join('\n'),
  );
});

test('check --json gives {ok, errors, cases} for good and bad suites', async () => {
  const good = await run(['check', 'suites/triage.evals.yaml', '--json']);
  assert.equal(good.code, 0);
  const report = JSON.parse(good.out) as { ok: boolean; errors: unknown[]; cases: { id: string; messages: { role: string; content: string }[] }[] };
  assert.equal(report.ok, true);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.cases[1], {
    id: 'login-ticket',
    messages: [
      { role: 'system', content: 'You triage support tickets for Acme support. Reply with one of: billing, bug, account, other.' },
      { role: 'user', content: "Ticket: I can't log in since the update" },
    ],
  });
  const bad = await run(['check', '--json', 'suites/typo.evals.yaml']);
  assert.equal(bad.code, 2);
  const badReport = JSON.parse(bad.out) as { ok: boolean; errors: { line: number; field: string; severity: string }[]; cases: unknown[] };
  assert.equal(badReport.ok, false);
  assert.deepEqual(badReport.errors.map((e) => [e.line, e.field, e.severity]), [
    [5, 'sampels', 'error'],
    [11, 'cases[0].assert[0].value', 'error'],
    [12, 'cases[0].assert[1].type', 'error'],
  ]);
  assert.deepEqual(badReport.cases, []);
});

test('a variable no case sets is an error at that case; long messages are truncated in the listing', async () => {
  const long = 'x'.repeat(450);
  const dir = workspace({
    'p.prompt.md': 'Help {{customer_name}} of {{company}}.',
    's.evals.yaml': `prompt: p.prompt.md\ncases:\n  - id: ok\n    input: ${long}\n    vars: { customer_name: A, company: B }\n  - id: forgetful\n    input: hi\n    vars: { company: B }\n`,
  });
  const { code, err } = await run(['check', 's.evals.yaml'], dir);
  assert.equal(code, 2);
  assert.equal(err, "s.evals.yaml:6:9: cases[1].vars: case 'forgetful': variable 'customer_name' is not set in vars (used in the system message of " + join(dir, 'p.prompt.md') + ' line 1)\n');
  writeFileSync(join(dir, 's.evals.yaml'), `prompt: p.prompt.md\ncases:\n  - id: ok\n    input: ${long}\n    vars: { customer_name: A, company: B }\n`);
  const fixed = await run(['check', 's.evals.yaml'], dir);
  assert.equal(fixed.code, 0, fixed.err);
  assert.match(fixed.out, new RegExp(`user: ${'x'.repeat(400)}… \\(\\+50 more characters\\)\\n`));
});

test('a Prompty variable no case sets renders empty, as Prompty renders it, with a warning at the case; eval runs with the same warning', async () => {
  const dir = workspace({
    'p.prompty': '---\nname: support\n---\nsystem:\nHelp {{customer_name}} of {{company}}.\nuser:\n{{question}}',
    's.evals.yaml': 'prompt: p.prompty\ncases:\n  - id: forgetful\n    input: hi\n    vars: { company: B }\n',
  });
  const { code, out, err } = await run(['check', 's.evals.yaml'], dir);
  assert.equal(code, 0, err);
  assert.match(err, /^s\.evals\.yaml:3:\d+: warning: cases\[0\]\.vars: case 'forgetful': variable 'customer_name' is not set and renders empty, as Prompty renders it \(used in the system message of .*p\.prompty line 5\)/m);
  assert.match(out, /system: Help  of B\./);
  const json = await run(['check', 's.evals.yaml', '--json'], dir);
  const parsed = JSON.parse(json.out) as { ok: boolean; errors: Array<{ severity: string; message: string }> };
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.errors.map((e) => e.severity), ['warning']);
  // eval sends what Prompty would send and says so
  const prompt = readFileSync(join(dir, 'p.prompty'));
  writeFileSync(join(dir, 'recorded.jsonl'), JSON.stringify({ id: 'forgetful', promptSha256: createHash('sha256').update(prompt).digest('hex'), output: 'Sure.' }) + '\n');
  writeFileSync(join(dir, 's.evals.yaml'), 'prompt: p.prompty\nprovider: { type: replay, file: recorded.jsonl }\nsamples: 1\ncases:\n  - id: forgetful\n    input: hi\n    vars: { company: B }\n');
  const evaluated = await run(['eval', 's.evals.yaml', '--a', 'working', '--b', 'working'], dir);
  assert.equal(evaluated.code, 0, evaluated.err);
  assert.match(evaluated.err, /^promptshift eval: warning: .*s\.evals\.yaml:5:\d+: cases\[0\]\.vars: version A \(working\): case 'forgetful': variable 'customer_name' is not set and renders empty, as Prompty renders it/m);
  assert.match(evaluated.err, /promptshift eval: run \S+, 3 calls/);
});

test('check <prompt file> prints its variables and rendered system message', async () => {
  const { code, out } = await run(['check', 'prompts/triage.prompty']);
  assert.equal(code, 0);
  assert.match(out, /^prompts\/triage\.prompty: sha256 [0-9a-f]{64}\nvariables: team, question\n/);
  assert.match(out, /\n {2}system: You triage support tickets for \{\{team\}\}\. Reply with one of: billing, bug, account, other\.\n {2}user: Ticket: \{\{question\}\}\n$/);
  const json = await run(['check', 'prompts/support.prompt.md', '--json']);
  const preview = JSON.parse(json.out) as { ok: boolean; variables: string[]; system: string; sha256: string };
  assert.equal(preview.ok, true);
  assert.deepEqual(preview.variables, ['company', 'customer_name']);
  assert.match(preview.system, /^You are the support assistant of \{\{company\}\}/);
});

test('a prompt with broken front matter exits 2 with its position', async () => {
  const dir = workspace({ 'bad.prompt.md': '---\nmodel: x\ntemperature: [0.3\n---\nHello' });
  const { code, err } = await run(['check', 'bad.prompt.md'], dir);
  assert.equal(code, 2);
  assert.match(err, /^bad\.prompt\.md:\d+:\d+: front matter: /);
});

test('binary, non-UTF-8, huge, missing files and bad usage exit 2 with a clear message', async () => {
  const dir = workspace({
    'bin.prompt': Buffer.from([0x48, 0x00, 0x01, 0x02]),
    'latin1.txt': Buffer.from('caf\xe9 {{x}}', 'latin1'),
    'huge.evals.yaml': '',
  });
  truncateSync(join(dir, 'huge.evals.yaml'), 10 * 1024 * 1024 + 1);
  const expectations: [string[], RegExp][] = [
    [['check', 'bin.prompt'], /bin\.prompt: looks like a binary file/],
    [['check', 'latin1.txt'], /latin1\.txt: is not UTF-8 text/],
    [['check', 'huge.evals.yaml'], /huge\.evals\.yaml: file is 10\.0 MB; suites and prompts over 10 MB are refused/],
    [['check', 'nothing.yaml'], /nothing\.yaml: file not found/],
    [['check', '.'], /is a directory/],
    [['check'], /usage: promptshift check/],
    [['check', 'a', 'b'], /usage: promptshift check/],
    [['check', '--verbose', 'x'], /Unknown option '--verbose'/],
  ];
  for (const [args, message] of expectations) {
    const { code, err, out } = await run(args, dir);
    assert.equal(code, 2, args.join(' '));
    assert.match(err, message, args.join(' '));
    assert.equal(out, '');
  }
});
