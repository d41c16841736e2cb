// Workspace trust in the real VS Code: an untrusted workspace keeps history and hovers but refuses
// to run an eval, with a message; trusting the workspace enables it.
import assert from 'node:assert/strict';
import { sessionSuite, openFile, runCommand, runCommandWhenListed, poll, notifications } from '../lib/session.mjs';

const suite = sessionSuite('trust', { settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } });
const check = suite.check;

async function hoverText(page, word) {
  const box = await page.evaluate((w) => {
    for (const span of document.querySelectorAll('.view-line span span')) {
      const i = span.textContent.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(span.firstChild, i);
      range.setEnd(span.firstChild, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
  assert.ok(box, `"${word}" is on screen`);
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  // the hover that speaks of the word: on the way from the corner the mouse can cross the title bar, whose
  // tooltip ("Search <workspace> — … trust.prompt.md") is a visible hover too and can still be showing
  const hover = page.locator('.monaco-hover:visible', { hasText: new RegExp(word, 'i') });
  await hover.first().waitFor({ timeout: 15000 });
  // the widget shows "Loading..." until the providers answer (slower when the machine is busy)
  return poll('the hover to finish loading', async () => {
    const text = await hover.first().innerText().catch(() => '');
    return text && !/^\s*Loading\.*\s*$/.test(text) ? text : undefined;
  }, 15000);
}

check('an untrusted workspace is in restricted mode, with history and hovers working', async () => {
  const { page, workspace } = suite.session;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${workspace}/prompts/trust.prompt.md`, 'Watch for deceptive alignment in the replies.\n');
  await poll('the restricted-mode indicator', async () => (await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count()) > 0, 30000);
  await openFile(page, 'trust.prompt.md');
  // The CodeLens shows once PromptShift is active (it activates in restricted mode: limited support).
  await page.locator('.codelens-decoration', { hasText: 'Run paired eval' }).first().waitFor({ timeout: 30000 });
  const text = await hoverText(page, 'deceptive');
  assert.match(text, /deceptive alignment/i, 'the hover defines the term in restricted mode');
  await runCommandWhenListed(page, 'PromptShift: Show Prompt History');
  const rows = page.locator('.pane-header', { hasText: 'Prompt Versions' });
  await rows.first().waitFor({ timeout: 20000 });
});

check('saving a prompt in restricted mode records no version (the repository decides nothing is written)', async () => {
  const { page, workspace } = suite.session;
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const history = `${workspace}/.promptshift/history`;
  const logs = () => (existsSync(history) ? readdirSync(history).sort().map((f) => `${f}:${readFileSync(`${history}/${f}`, 'utf8')}`) : []);
  const before = logs();
  await openFile(page, 'trust.prompt.md');
  await page.locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Saved while untrusted.');
  await page.keyboard.press('Control+S');
  await poll('the save', async () => !(await page.locator('.tabs-container .tab.active.dirty').count()), 10000);
  await page.waitForTimeout(1500);
  assert.match(readFileSync(`${workspace}/prompts/trust.prompt.md`, 'utf8'), /Saved while untrusted/, 'the file was saved');
  assert.deepEqual(logs(), before, 'no history log was written or changed');
});

check('Run Paired Eval refuses in an untrusted workspace, with a message', async () => {
  const { page } = suite.session;
  await openFile(page, 'support.prompt.md');
  // The palette hides the command while untrusted (enablement: isWorkspaceTrusted); the CodeLens
  // still offers it, as a keybinding or another extension might, so the handler must refuse.
  const lens = page.locator('.codelens-decoration a', { hasText: 'Run paired eval' });
  await lens.first().waitFor({ timeout: 60000 });
  await lens.first().click();
  const texts = await poll('the refusal message', async () => {
    const t = await notifications(page);
    return t.some((x) => /untrusted workspace/i.test(x)) ? t : undefined;
  }, 30000);
  assert.ok(texts.some((x) => /Trust the workspace to run evals/i.test(x)));
});

check('trusting the workspace enables Run Paired Eval', async () => {
  const { page } = suite.session;
  await runCommand(page, 'Workspaces: Manage Workspace Trust');
  const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ });
  await trust.first().waitFor({ timeout: 20000 });
  await trust.first().click();
  await poll('restricted mode to end', async () => (await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count()) === 0, 20000);
  // The trust editor opens as an overlay that makes the workbench inert: close it.
  await page.locator('.workspace-trust-editor').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+W');
  await poll('the trust editor to close', async () => (await page.locator('.workspace-trust-editor:visible').count()) === 0, 10000);
  await openFile(page, 'support.prompt.md');
  await runCommand(page, 'PromptShift: Run Paired Eval');
  const texts = await poll('the eval to finish', async () => {
    const t = await notifications(page);
    return t.some((x) => /escalation/i.test(x)) ? t : undefined;
  }, 60000);
  assert.ok(texts.some((x) => /gate failed: escalation/i.test(x)), `the run finished and reported its gate: ${texts.join(' | ')}`);
});
