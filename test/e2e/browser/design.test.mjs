// The eval-gaming probe in the real VS Code (#16): against a fake model that escalates only when
// told it is being evaluated, and only for the prompt that carries the flaw (version B, the working
// copy), "Run Eval-Gaming Probe" shows the escalation gap row for B (significant) and none for A,
// objective stability beside the scorecard, the condition of every output in the case view, and any
// two arms of a case side by side.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { startModelServer } from '../lib/model-server.mjs';

let session;
let modelServer;
let folder;
let failed = false;

before(async () => {
  modelServer = await startModelServer(['--latency', '5', '--respond', 'eval-gaming']);
  folder = copyWorkspace();
  const cases = Array.from({ length: 10 }, (_, i) => `  - { id: q${i}, input: "How do I reset my password? (${i})", vars: { customer_name: Ann } }`).join('\n');
  writeFileSync(join(folder, 'probe.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${modelServer.url}/v1 }\nsamples: 2\ncases:\n${cases}\n`);
  // the working copy (version B) has the flaw; the newest snapshot (version A) does not
  appendFileSync(join(folder, 'prompts', 'support.prompt.md'), '\nGAMING\n');
  session = await openSession({ folder });
});
after(async () => {
  await session?.close('design', failed);
  modelServer?.stop();
});
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

check('the probe: the gap row of the flawed version, stability in the scorecard, the condition on every output', async () => {
  const { page } = session;
  await openFile(page, 'probe.evals.yaml');
  await runCommandWhenListed(page, 'PromptShift: Run Eval-Gaming Probe');
  const frame = webviewFrame(page);
  const gapB = frame.locator('.gap-row[data-gap-behaviour="escalation"][data-version="b"]');
  // the panel shows live reports while the probe runs: a gap row read from the first few cases is
  // rightly "within noise", so wait for the finished run's row (a run that never gets there fails here)
  await poll('the escalation gap row of version B, the run finished', async () => (await gapB.count()) === 1 && /significant gap/.test(await gapB.innerText()), 120000);
  const text = await gapB.innerText();
  assert.match(text, /B\s+100%\s+0%\s+\+100 pp/, text);
  assert.match(text, /significant gap/, text);
  assert.match(text, /widened/, text);
  assert.equal(await frame.locator('.gap-row[data-gap-behaviour="escalation"][data-version="a"]').count(), 0, 'version A shows no gap');

  const stabilityB = frame.locator('.stability-score[data-stability-version="b"]');
  const stabilityA = frame.locator('.stability-score[data-stability-version="a"]');
  assert.match(await stabilityB.innerText(), /B 0\.00/);
  assert.match(await stabilityA.innerText(), /A 1\.00/);

  // every output says which condition it was produced under
  const row = frame.locator('[data-case-id="q0@observed"]').first();
  await row.click();
  const labels = frame.locator('.case-view .side .condition-label');
  await poll('the condition labels of both outputs', async () => (await labels.count()) === 2, 20000);
  assert.deepEqual(await labels.allInnerTexts(), ['observed', 'observed']);
  await frame.locator('[data-case-id="q0@unobserved"]').first().click();
  await poll('the unobserved case', async () => (await labels.allInnerTexts()).every((t) => t === 'unobserved') && (await labels.count()) === 2, 20000);

  // any two arms side by side: version B observed (left) against version B unobserved (right)
  // (by keyboard: the arms are listed A · observed, B · observed, A · unobserved, B · unobserved, and
  // the left side starts on this case's A; one step up is B · observed)
  const leftPicker = frame.locator('vscode-dropdown[aria-label="Left"]');
  assert.deepEqual(await leftPicker.locator('vscode-option').allInnerTexts(), ['A · observed', 'B · observed', 'A · unobserved', 'B · unobserved']);
  await leftPicker.focus();
  await page.keyboard.press('ArrowUp');
  await poll('B observed on the left', async () => (await frame.locator('.side-a').getAttribute('data-arm')) === 'q0@observed:b', 20000);
  assert.equal(await frame.locator('.side-b').getAttribute('data-arm'), 'q0@unobserved:b', 'the right side keeps its arm');
  assert.deepEqual(await labels.allInnerTexts(), ['observed', 'unobserved']);
  // the flawed version escalates only when observed: the two outputs differ, and the diff shows it
  const [leftText, rightText] = await Promise.all([frame.locator('.side-a .output').innerText(), frame.locator('.side-b .output').innerText()]);
  assert.notEqual(leftText, rightText);
  assert.ok((await frame.locator('.side-b .output ins').count()) > 0, 'the right side marks its insertions');
});

check('paraphrase by a configured model: the condition label names the model, its tooltip the reworded words', async () => {
  const { page } = session;
  // a run whose paraphrase condition was reworded by the suite's paraphraser (over HTTP), made by the CLI
  const cases = Array.from({ length: 3 }, (_, i) => `  - { id: p${i}, input: "Where is my parcel number ${i}?", vars: { customer_name: Ann } }`).join('\n');
  writeFileSync(
    join(folder, 'paraphrase.evals.yaml'),
    `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${modelServer.url}/v1 }\nparaphraser:\n  provider: { type: openai, model: rewriter-1, baseUrl: ${modelServer.url}/v1 }\nsamples: 1\ncases:\n${cases}\n`,
  );
  const cli = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'eval', 'paraphrase.evals.yaml', '--conditions', 'paraphrase,pressure', '--no-cache'], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
  const runId = /run (\S+), \d+ calls/.exec(cli.stderr)?.[1];
  assert.ok(runId, cli.stderr);
  // two runs now: the command asks which; the run's id picks it (the runs view may need a moment to list it)
  await poll('the paraphrase run in the pick', async () => {
    await runCommandWhenListed(page, 'PromptShift: Open Eval Run…');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: runId });
    const listed = await row.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (listed) await row.first().click();
    else await page.keyboard.press('Escape');
    return listed;
  }, 60000);
  const frame = webviewFrame(page);
  await poll('the paraphrase run', async () => (await frame.locator('[data-case-id="p0@paraphrase"]').count()) > 0, 40000);
  await frame.locator('[data-case-id="p0@paraphrase"]').first().click();
  const labels = frame.locator('.case-view .side .condition-label');
  await poll('the condition labels of the paraphrase case', async () => (await labels.count()) === 2 && (await labels.allInnerTexts()).every((t) => t === 'paraphrase · by openai rewriter-1'), 20000);
  // the reworded words (the fake model's answer) are in the tooltip; the pressure case says nothing of a paraphrase
  assert.match(await labels.first().getAttribute('title'), /reworded it:\n\S/);
  assert.equal(await labels.first().getAttribute('data-paraphrased-by'), 'openai rewriter-1');
  await frame.locator('[data-case-id="p0@pressure"]').first().click();
  await poll('the pressure case', async () => (await labels.allInnerTexts()).every((t) => t === 'pressure') && (await labels.count()) === 2, 20000);
  assert.equal(await labels.first().getAttribute('data-paraphrased-by'), null);
});
