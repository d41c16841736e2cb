// Attack 5 of issue 12: a pull request names files outside the workspace (a symlinked prompt,
// `../outside/cases.jsonl`, an absolute replay file, promptfoo `file://` references) so that their
// contents are sent to the model or printed by `check`, or quoted by a JSON error. Every file a
// suite names must resolve (real path, after links) inside the workspace, or be refused naming the
// file and the rule; no message quotes another file's contents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatIssue, type SuiteIssue } from '../../../src/core/suite';
import { startFakeModelServer } from '../../fakes/model-server';
import { cli, makeWorkspace, openaiProvider, tempDir, type Workspace } from './helpers';

const SECRET = 'TOP-SECRET-do-not-print';

/** A folder outside every workspace with things worth stealing. */
function outside(): string {
  const dir = tempDir('secrets');
  fs.writeFileSync(path.join(dir, 'secret.txt'), `${SECRET} line one\n${SECRET} {"json": broken\n`);
  fs.writeFileSync(path.join(dir, 'cases.jsonl'), JSON.stringify({ id: 'stolen', input: SECRET }) + '\n');
  fs.writeFileSync(path.join(dir, 'tests.csv'), `question\n${SECRET}\n`);
  return dir;
}

function replayWorkspace(prefix: string, extra = ''): Workspace {
  const ws = makeWorkspace(prefix, '  type: replay\n  file: recorded.jsonl', `samples: 1\nbaseline: false\n${extra}`);
  fs.writeFileSync(path.join(ws.root, 'recorded.jsonl'), '');
  return ws;
}

function setSuite(ws: Workspace, edit: (text: string) => string): void {
  fs.writeFileSync(ws.suite, edit(fs.readFileSync(ws.suite, 'utf8')));
}

async function refusedEverywhere(ws: Workspace, what: RegExp, argv: string[][] = [['check', 'support.evals.yaml'], ['check', 'support.evals.yaml', '--json'], ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working']]): Promise<void> {
  for (const args of argv) {
    const { code, io } = await cli(args, ws.root, { XDG_STATE_HOME: tempDir('state') });
    const printed = io.printed();
    assert.equal(code, 2, `${args.join(' ')}: ${printed}`);
    // --json gives the same issues as data: put them in the printed form to match them alike
    const issues = args.includes('--json') && io.out.length ? (JSON.parse(io.out.join('')) as { errors: SuiteIssue[] }).errors.map((i) => formatIssue(i)).join('\n') : printed;
    assert.match(issues, what, args.join(' '));
    assert.ok(!printed.includes(SECRET), `${args.join(' ')} printed the outside file: ${printed}`);
  }
}

test('a prompt file that is a link to a file outside the workspace is not read', async () => {
  const dir = outside();
  const ws = replayWorkspace('r-prompt');
  fs.rmSync(ws.prompt);
  fs.symlinkSync(path.join(dir, 'secret.txt'), ws.prompt);
  await refusedEverywhere(ws, /prompt.*support\.prompt\.md is a symbolic link .*leads outside the workspace/);
  // nor is it snapshotted
  const snap = await cli(['snapshot', 'prompts/support.prompt.md'], ws.root);
  assert.equal(snap.code, 2, snap.io.printed());
  assert.ok(!snap.io.printed().includes(SECRET));
});

test('an absolute or ../ prompt path outside the workspace is refused', async () => {
  const dir = outside();
  for (const ref of [path.join(dir, 'secret.txt'), path.relative(tempDir('x'), path.join(dir, 'secret.txt'))]) {
    const ws = replayWorkspace('r-prompt-path');
    const rel = ref.startsWith('/') ? ref : path.relative(ws.root, path.join(dir, 'secret.txt'));
    setSuite(ws, (t) => t.replace('prompt: prompts/support.prompt.md', `prompt: ${rel}`));
    await refusedEverywhere(ws, /support\.evals\.yaml:1:\d+: prompt: prompt file .*secret\.txt is outside the workspace/);
  }
});

test('case files outside (../, absolute, or a link) are refused naming the file and the rule', async () => {
  const dir = outside();
  for (const kind of ['relative', 'absolute', 'link']) {
    const ws = replayWorkspace(`r-cases-${kind}`);
    let ref = path.relative(ws.root, path.join(dir, 'cases.jsonl'));
    if (kind === 'absolute') ref = path.join(dir, 'cases.jsonl');
    if (kind === 'link') {
      fs.rmSync(path.join(ws.root, 'cases.jsonl'));
      fs.symlinkSync(path.join(dir, 'cases.jsonl'), path.join(ws.root, 'cases.jsonl'));
      ref = 'cases.jsonl';
    }
    setSuite(ws, (t) => t.replace('- file: cases.jsonl', `- file: ${ref}`));
    await refusedEverywhere(ws, /support\.evals\.yaml:\d+:\d+: cases\[0\]\.file: case file .*cases\.jsonl (is outside the workspace|is a symbolic link)/);
  }
});

test('a replay file outside is refused; a bad replay or case line is reported without quoting it', async () => {
  const dir = outside();
  const ws = replayWorkspace('r-replay');
  setSuite(ws, (t) => t.replace('file: recorded.jsonl', `file: ${path.join(dir, 'secret.txt')}`));
  await refusedEverywhere(ws, /provider\.file: replay file .*secret\.txt is outside the workspace/);
  // Inside the workspace, a file that is not JSONL: the line and column, not the text.
  const inside = replayWorkspace('r-replay-bad');
  fs.copyFileSync(path.join(dir, 'secret.txt'), path.join(inside.root, 'recorded.jsonl'));
  const run = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working'], inside.root, { XDG_STATE_HOME: tempDir('state') });
  assert.equal(run.code, 2, run.io.printed());
  assert.match(run.io.printed(), /recorded\.jsonl:1:1: not valid JSON \(Unexpected token 'T'\)/);
  assert.ok(!run.io.printed().includes(SECRET), run.io.printed());
  fs.writeFileSync(path.join(inside.root, 'cases.jsonl'), `{"id": "x", "input": "${SECRET}" oops}\n`);
  const check = await cli(['check', 'support.evals.yaml'], inside.root);
  assert.equal(check.code, 2);
  assert.match(check.io.printed(), /cases\.jsonl:1:\d+: not valid JSON/);
  assert.ok(!check.io.printed().includes(SECRET), check.io.printed());
  const compare = await cli(['compare', 'recorded.jsonl', 'recorded.jsonl'], inside.root);
  assert.equal(compare.code, 2);
  assert.ok(!compare.io.printed().includes(SECRET), compare.io.printed());
});

test('promptfoo file:// prompts and tests outside the workspace are refused', async () => {
  const dir = outside();
  const root = tempDir('r-promptfoo');
  fs.mkdirSync(path.join(root, '.promptshift'));
  fs.writeFileSync(path.join(root, 'prompt.txt'), 'Answer {{question}}\n');
  const configs = [
    `prompts: [file://${path.join(dir, 'secret.txt')}]\nproviders: [openai:chat:m]\ntests:\n  - vars: { question: q }\n`,
    `prompts: [file://prompt.txt]\nproviders: [openai:chat:m]\ntests: file://${path.relative(root, path.join(dir, 'tests.csv'))}\n`,
  ];
  for (const config of configs) {
    fs.writeFileSync(path.join(root, 'promptfooconfig.yaml'), config);
    const { code, io } = await cli(['check', 'promptfooconfig.yaml'], root);
    assert.equal(code, 2, io.printed());
    assert.match(io.printed(), /promptfooconfig\.yaml:\d+:\d+: (prompts\[0\]|tests): .*(secret\.txt|tests\.csv) is outside the workspace/);
    assert.ok(!io.printed().includes(SECRET));
  }
});

test('the suite itself, when a link leading outside, is not read; nothing reaches the model', async () => {
  const dir = outside();
  const server = await startFakeModelServer();
  try {
    const ws = makeWorkspace('r-suite', openaiProvider(server.url));
    const real = path.join(dir, 'elsewhere.evals.yaml');
    fs.writeFileSync(real, fs.readFileSync(ws.suite, 'utf8').replace('- file: cases.jsonl', `- file: ${path.join(dir, 'cases.jsonl')}`) + `# ${SECRET}\n`);
    fs.rmSync(ws.suite);
    fs.symlinkSync(real, ws.suite);
    await refusedEverywhere(ws, /support\.evals\.yaml is a symbolic link .*leads outside the workspace/);
    assert.equal(server.log.length, 0);
  } finally {
    await server.close();
  }
});
