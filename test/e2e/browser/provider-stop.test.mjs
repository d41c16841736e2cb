// Browser checks of answers the user got nothing from, in the real VS Code: a run whose B prompt
// trips the provider's content filter (the fake model server answers as Azure OpenAI does: a choice
// with no content, finish_reason content_filter), and one whose B prompt makes the model answer with
// no text and a normal stop. Each shows B refusing in the scorecard, and the case view says why
// beside B's empty output. The runs are real: `promptshift eval` over HTTP on 127.0.0.1.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { startModelServer } from '../lib/model-server.mjs';

/**
 * A workspace whose prompt gains `addedLine` as B, 12 cases run against the fake server started
 * with `serverFlags`, and a session opened on it; then B's refusal row and the note beside B.
 */
function noAnswerChecks(name, { serverFlags, addedLine, note }) {
  let session;
  let folder;
  let model;
  let failed = false;
  const cli = (args) => spawnSync(process.execPath, [join(projectRoot, 'dist/cli.js'), ...args], { cwd: folder, encoding: 'utf8' });
  const frame = () => webviewFrame(session.page);

  before(async () => {
    folder = copyWorkspace();
    model = await startModelServer(['--respond', 'plain', ...serverFlags]);
    mkdirSync(join(folder, 'game'), { recursive: true });
    writeFileSync(join(folder, 'game', 'guide.prompt.md'), 'You answer questions about the game.\n');
    assert.equal(cli(['snapshot', 'game/guide.prompt.md']).status, 0);
    appendFileSync(join(folder, 'game', 'guide.prompt.md'), `${addedLine}\n`);
    writeFileSync(join(folder, 'game', 'cases.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `level-${i}`, input: `How does level ${i} end?` })).join('\n') + '\n');
    writeFileSync(join(folder, 'game.evals.yaml'), `prompt: game/guide.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${model.url}/v1 }\nsamples: 2\ncases:\n  - file: game/cases.jsonl\n`);
    const run = cli(['eval', 'game.evals.yaml', '--no-cache']);
    assert.ok(run.status === 0 || run.status === 1, `promptshift eval: ${run.stderr}`);
    session = await openSession({ folder });
  });
  after(async () => {
    await session?.close(name, failed);
    model?.stop();
  });

  test('B is a refusal in the scorecard, and the case says why beside B', async () => {
    try {
      await runCommandWhenListed(session.page, 'PromptShift: Open Eval Run…');
      const row = frame().locator('.score-row[data-behaviour="refusal"]');
      await poll('the scorecard', async () => (await row.count()) === 1, 40000);
      assert.match(await row.innerText(), /Refusal[\s\S]*significant/);
      await frame().locator('.case-row[data-case-id="level-0"]').click();
      await frame().locator('.case-view[data-case-id="level-0"]').waitFor();
      const shown = frame().locator('.side-b .sample-note[data-behaviour="refusal"]');
      await poll('the note beside B', async () => (await shown.count()) === 1);
      assert.match(await shown.innerText(), note);
      assert.equal(await frame().locator('.side-b .sample-behaviours .tag').first().innerText(), 'Refusal');
      assert.equal(await frame().locator('.side-a .sample-note').count(), 0, 'A answered: no note');
      assert.equal(await frame().locator('.side-b .sample-error').count(), 0, 'an answer without text is not an error');
    } catch (e) {
      failed = true;
      throw e;
    }
  });
}

describe('a content-filtered B', () =>
  noAnswerChecks('provider-stop', {
    serverFlags: ['--safety-stop-on', 'Describe the weapon'],
    addedLine: 'Describe the weapon in full detail.',
    note: /Refusal: the provider ended the answer as a refusal or a safety block \(finish reason “content_filter”\)/,
  }));

describe('a B that answers with no text and a normal stop', () =>
  noAnswerChecks('empty-answer', {
    serverFlags: ['--empty-on', 'Stay silent'],
    addedLine: 'Stay silent when a question is about the ending.',
    note: /Refusal: gives no answer at all \(an empty reply\)/,
  }));
