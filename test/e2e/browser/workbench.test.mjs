// Browser checks of the contributed UI: the activity-bar container with its two views, and the
// results webview rendering after its ready handshake.
import assert from 'node:assert/strict';
import { sessionSuite, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';

const suite = sessionSuite('workbench');
const check = suite.check;


check('the PromptShift activity-bar container shows its two views', async () => {
  const { page } = suite.session;
  await openFile(page, 'support.prompt.md');
  const icon = page.locator('.activitybar .action-item a[aria-label^="PromptShift"]');
  await icon.waitFor({ timeout: 30000 });
  await icon.click();
  const titles = page.locator('.sidebar .pane-header h3.title');
  await poll('both PromptShift views', async () => {
    const t = await titles.allInnerTexts();
    return t.some((x) => /prompt versions/i.test(x)) && t.some((x) => /eval runs/i.test(x)) ? t : undefined;
  });
  const sideTitle = await page.locator('.sidebar .composite.title h2').innerText();
  assert.match(sideTitle, /promptshift/i);
});

check('the results webview opens from the Command Palette and renders', async () => {
  const { page } = suite.session;
  await runCommandWhenListed(page, 'PromptShift: Open Eval Run…');
  const frame = webviewFrame(page);
  await poll('the webview root to render', async () => (await frame.locator('#root[data-ready="true"]').count()) > 0);
  const tab = page.locator('.tabs-container .tab', { hasText: 'PromptShift' });
  assert.ok((await tab.count()) >= 1, 'the results tab is shown');
});
