// Attack 8 of issue 12: case ids, model names, model outputs and provider error bodies come from a
// pull request (or from the model it prompts). Printed or exported, they must stay inert: no
// terminal control sequence (hyperlinks, clipboard writes), no line break out of a Markdown code
// span (a lone \r, U+2028), no @mention in the pull-request summary, no line a CI runner reads as a
// workflow command (`::error …::`, `##[warning]`), in the terminal and in every export.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { cli, makeWorkspace, tempDir, type Workspace } from './helpers';

const ESC = '\u001b';
const BEL = '\u0007';
const HYPERLINK = `${ESC}]8;;https://evil.example${BEL}click${ESC}]8;;${BEL}`;
const CLIPBOARD = `${ESC}]52;c;ZXZpbA==${BEL}`;
const CASES = [
  { id: 'angry\r![x](https://evil.example/i.png)\r## ✅ All gates passed', input: `@octocat please ##[warning]forged ${CLIPBOARD} \u2028::error::from output` },
  { id: '::error file=a.ts,line=1::forged by an id', input: 'FAILME' },
  { id: 'plain', input: `ok\n::add-mask::hidden\n${ESC}[2J cleared ${HYPERLINK} \u0085next \u202Eevil` },
];
const MODEL = `fake${ESC}]8;;https://evil.example${BEL}model\r## ✅ All gates passed`;

let server: FakeModelServer;
let started: Promise<unknown>;
before(async () => {
  started = startFakeModelServer({
    faultFor: (r) =>
      JSON.stringify(r.body).includes('FAILME')
        ? { kind: 'status', status: 400, body: JSON.stringify({ error: { message: `bad ${ESC}]52;c;cGF3bmVk${BEL} request\n::error::from the server ##[error]x @octocat` } }) }
        : undefined,
  }).then((s) => (server = s));
  await started;
});
after(() => server.close());

/** Control characters a terminal, Markdown renderer or CI log would act on; \n and \t are text. */
const LIVE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function assertInert(text: string, what: string): void {
  const at = LIVE_CONTROL.exec(text);
  assert.equal(at, null, `${what}: a live control character U+${at?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, (at?.index ?? 0) - 30), (at?.index ?? 0) + 30))}`);
  for (const [i, line] of text.split('\n').entries()) {
    assert.doesNotMatch(line, /^\s*::/, `${what}: line ${i + 1} is a workflow command: ${line}`);
    assert.doesNotMatch(line, /##\[/, `${what}: line ${i + 1} holds a ##[ command: ${line}`);
  }
}

function assertNoMention(markdown: string): void {
  assert.doesNotMatch(markdown, /@(?!&#8203;)[A-Za-z0-9]/, 'a live @mention in Markdown');
  for (const line of markdown.split('\n')) {
    assert.doesNotMatch(line, /^\s*!\[/, `a Markdown image line: ${line}`);
    if (/^#/.test(line)) assert.match(line, /^## PromptShift: /, `a heading the report did not write: ${line}`);
  }
}

let ws: Workspace;
before(async () => {
  await started;
  ws = makeWorkspace('inert', `  type: openai\n  model: ${JSON.stringify(MODEL)}\n  baseUrl: ${server.url}/v1\n  timeoutMs: 5000\n`, 'samples: 1\nbaseline: true\n');
  fs.writeFileSync(path.join(ws.root, 'cases.jsonl'), CASES.map((c) => JSON.stringify({ ...c, vars: { customer_name: 'Ann' } })).join('\n') + '\n');
});

test('eval, report and every export carry no live control sequence, mention or workflow command; JSON keeps the exact values', async () => {
  const env = { XDG_STATE_HOME: tempDir('state') };
  const evalRun = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--out', 'report.json'], ws.root, env);
  assert.ok([0, 1].includes(evalRun.code), evalRun.io.printed());
  assert.match(evalRun.io.printed(), /1 call\(s\) failed|call\(s\) failed/);
  assertInert(evalRun.io.printed(), 'eval (terminal)');
  const runs = fs.readdirSync(path.join(ws.root, '.promptshift', 'runs'));
  const runId = runs[0]!;

  // The JSON is the same data: the hostile strings survive exactly, only their spelling is escaped.
  const json = fs.readFileSync(path.join(ws.root, 'report.json'), 'utf8');
  assertInert(json, 'report.json');
  const report = JSON.parse(json);
  assert.deepEqual(report.cases.map((c: { id: string }) => c.id).sort(), CASES.map((c) => c.id).sort());
  assert.equal(report.provider.model, MODEL);
  assert.ok(JSON.stringify(report).includes('##[warning]'), 'the output itself is kept');

  const jsonRun = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--json'], ws.root, env);
  assertInert(jsonRun.io.printed(), 'eval --json');
  assert.equal(JSON.parse(jsonRun.io.out.join('')).provider.model, MODEL);

  for (const format of ['md', 'html', 'junit', 'json']) {
    const shown = await cli(['report', runId, '--format', format], ws.root);
    assert.equal(shown.code, 0, shown.io.printed());
    assertInert(shown.io.printed(), `report --format ${format}`);
    const file = `export.${format}`;
    assert.equal((await cli(['report', runId, '--format', format, '--out', file], ws.root)).code, 0);
    const written = fs.readFileSync(path.join(ws.root, file), 'utf8');
    assertInert(written, file);
    if (format === 'md') assertNoMention(written);
    if (format === 'html') assert.doesNotMatch(written, /<img/);
  }
});

test('check prints case ids and rendered messages inertly', async () => {
  const { code, io } = await cli(['check', 'support.evals.yaml'], ws.root);
  assert.equal(code, 0, io.printed());
  assertInert(io.printed(), 'check');
  assert.match(io.printed(), /\\u001b\]52;c;ZXZpbA==\\u0007/, 'the escape sequence is shown, not played');
});
