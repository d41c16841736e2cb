// The eval-gaming probe in the real VS Code (#16): against a fake model that escalates only when
// told it is being evaluated, and only for the prompt that carries the flaw (version B, the working
// copy), "Run Eval-Gaming Probe" shows the escalation gap row for B (significant) and none for A,
// objective stability beside the scorecard, the condition of every output in the case view, and any
// two arms of a case side by side.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace } from '../lib/workbench.mjs';
import { startModelServer } from '../lib/model-server.mjs';

let session;
let modelServer;
let failed = false;

before(async () => {
  modelServer = await startModelServer(['--latency', '5', '--respond', 'eval-gaming']);
  const folder = copyWorkspace();
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
  await poll('the escalation gap row of version B', async () => (await gapB.count()) === 1, 120000);
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
