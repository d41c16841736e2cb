// Issue 12 in the real VS Code: a repository's suite cannot send a key to a server of its choosing
// through the judge, cannot make VS Code read an environment variable of its choosing, and a link
// committed in `.promptshift/` does not make saving a prompt write outside the workspace.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { derivedFileId } from '../../../src/core/history/path-index';
import { activeExtension, openPrompt, waitFor, workspaceRoot, wsUri } from './helpers';

interface Listening {
  server: Server;
  port: number;
  requests: IncomingHttpHeaders[];
}

/** A chat-completions server on a loopback address PromptShift does not trust with keys. */
async function listen(host: string): Promise<Listening> {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ model: 'm', choices: [{ message: { content: 'Hello.' }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { server, port: (server.address() as { port: number }).port, requests };
}

/** Runs recorded so far (none before the first run of the session, when this file runs on its own). */
const runsCount = () => {
  const dir = path.join(workspaceRoot().fsPath, '.promptshift', 'runs');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
};

async function runEval(suite: string, extra: Record<string, unknown> = {}): Promise<{ result: unknown; error: string | undefined }> {
  return Promise.resolve(vscode.commands.executeCommand('promptshift.runPairedEval', { suite, a: '@v1-handoffs', b: 'working', open: false, noCache: true, ...extra })).then(
    (result) => ({ result, error: undefined }),
    (err: Error) => ({ result: undefined, error: err.message }),
  );
}

describe('a hostile repository in VS Code', function () {
  this.timeout(120000);

  before(async () => {
    await openPrompt('prompts/support.prompt.md');
    await activeExtension();
  });

  it('the judge provider is held to the same confirmation: no key reaches its server unasked', async () => {
    const judge = await listen('127.0.0.2');
    try {
      const root = workspaceRoot().fsPath;
      fs.writeFileSync(
        path.join(root, 'judged.evals.yaml'),
        `prompt: prompts/support.prompt.md\nprovider: { type: replay, file: recorded/support-outputs.jsonl }\nsamples: 1\njudge:\n  provider: { type: openai, model: judge-1, baseUrl: http://127.0.0.2:${judge.port}/v1 }\ncases:\n  - { id: angry-refund, input: hi, vars: { customer_name: Ann } }\n`,
      );
      await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'openai', key: 'sk-test-judge-do-not-send' });
      const before = runsCount();
      // The confirmation is a modal naming the judge's server; this test host refuses modals, which counts as "no".
      const outcome = await runEval('judged.evals.yaml');
      assert.equal(outcome.result, undefined, 'the run did not start');
      if (outcome.error) assert.match(outcome.error, new RegExp(`127\\.0\\.0\\.2:${judge.port}`), 'the question names the judge server');
      assert.equal(judge.requests.length, 0, 'nothing reached the judge server');
      assert.equal(runsCount(), before, 'no run was recorded');
    } finally {
      await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'openai', key: '' });
      judge.server.close();
    }
  });

  // #16: a design's second provider and a suite's paraphrasing model are key destinations too
  for (const [what, block, args] of [
    ['the second model of a design (providerB:)', 'providerB: { type: anthropic, model: claude-x, baseUrl: "http://127.0.0.2:PORT" }', { design: 'models', providerB: 'anthropic:claude-x' }],
    ['the paraphrasing model (paraphraser:)', 'paraphraser:\n  provider: { type: anthropic, model: claude-x, baseUrl: "http://127.0.0.2:PORT" }', { conditions: ['paraphrase', 'pressure'] }],
  ] as const) {
    it(`${what} is held to the same confirmation: no key reaches its server unasked`, async () => {
      const other = await listen('127.0.0.2');
      try {
        const root = workspaceRoot().fsPath;
        fs.writeFileSync(
          path.join(root, 'second.evals.yaml'),
          `prompt: prompts/support.prompt.md\nprovider: { type: replay, file: recorded/support-outputs.jsonl }\n${block.replace('PORT', String(other.port))}\nsamples: 1\ncases:\n  - { id: angry-refund, input: hi, vars: { customer_name: Ann } }\n`,
        );
        await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'anthropic', key: 'sk-ant-test-second-do-not-send' });
        const before = runsCount();
        // The confirmation is a modal naming that server; this test host refuses modals, which counts as "no".
        const outcome = await runEval('second.evals.yaml', args);
        assert.equal(outcome.result, undefined, `the run did not start (${outcome.error ?? 'no error'})`);
        if (outcome.error) assert.match(outcome.error, new RegExp(`127\\.0\\.0\\.2:${other.port}`), 'the question names that server');
        assert.equal(other.requests.length, 0, 'nothing reached that server');
        assert.equal(runsCount(), before, 'no run was recorded');
      } finally {
        await vscode.commands.executeCommand('promptshift.setApiKey', { provider: 'anthropic', key: '' });
        other.server.close();
      }
    });
  }

  it('a suite cannot make VS Code read another environment variable as the key (apiKeyEnv is ignored)', async () => {
    const target = await listen('127.0.0.3');
    const secret = 'ghp_e2e_secret_never_sent_0123';
    const saved = { token: process.env.PS_E2E_TOKEN, allow: process.env.PROMPTSHIFT_ALLOW_HOSTS, openai: process.env.OPENAI_API_KEY };
    process.env.PS_E2E_TOKEN = secret;
    delete process.env.OPENAI_API_KEY;
    // The user allows this server outside the workspace, so the run goes ahead without a dialog.
    process.env.PROMPTSHIFT_ALLOW_HOSTS = `127.0.0.3:${target.port}`;
    try {
      const root = workspaceRoot().fsPath;
      fs.writeFileSync(
        path.join(root, 'envkey.evals.yaml'),
        `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: m, baseUrl: http://127.0.0.3:${target.port}/v1, apiKeyEnv: PS_E2E_TOKEN, headers: { X-Team: prompts } }\nsamples: 1\nbaseline: false\ncases:\n  - { id: one, input: hi, vars: { customer_name: Ann } }\n`,
      );
      const outcome = await runEval('envkey.evals.yaml');
      assert.ok(outcome.result, `the run finished: ${outcome.error}`);
      assert.ok(target.requests.length > 0, 'the server was asked');
      for (const headers of target.requests) {
        assert.ok(!JSON.stringify(headers).includes(secret), 'the variable the suite named was not sent');
        assert.equal(headers.authorization, undefined, 'no key at all: none is stored and OPENAI_API_KEY is unset');
        assert.equal(headers['x-team'], 'prompts', 'the suite\'s headers are sent');
      }
    } finally {
      for (const [name, value] of [['PS_E2E_TOKEN', saved.token], ['PROMPTSHIFT_ALLOW_HOSTS', saved.allow], ['OPENAI_API_KEY', saved.openai]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      target.server.close();
    }
  });

  it('saving a prompt whose history log is a committed link to a file outside the workspace writes nothing there', async () => {
    const rel = 'prompts/linked-log.prompt.md';
    const uri = wsUri(rel);
    const create = new vscode.WorkspaceEdit();
    create.createFile(uri, { contents: Buffer.from('You are a helpful assistant.\n'), overwrite: true });
    assert.ok(await vscode.workspace.applyEdit(create));
    const outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-outside-'));
    const target = path.join(outsideDir, 'profile.sh');
    fs.writeFileSync(target, 'export PATH=/usr/bin\n');
    const historyDir = path.join(workspaceRoot().fsPath, '.promptshift', 'history');
    fs.mkdirSync(historyDir, { recursive: true });
    fs.symlinkSync(target, path.join(historyDir, `${derivedFileId(rel, 0)}.jsonl`));
    const editor = await openPrompt(rel);
    const doc = editor.document;
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), 'You are a careful assistant.\n')));
    assert.ok(await doc.save());
    // The save is handled (and refused) at once; give it time to have done something if it were to.
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(fs.readFileSync(target, 'utf8'), 'export PATH=/usr/bin\n', 'the file outside is untouched');
    assert.deepEqual(fs.readdirSync(outsideDir), ['profile.sh']);
    const shown = await waitFor('the history view to answer', async () => (await vscode.commands.executeCommand('promptshift.showHistory', { uri: uri.toString() })) as { versions: number } | undefined);
    assert.equal(shown.versions, 0, 'no version was read from the linked file');
  });
});
