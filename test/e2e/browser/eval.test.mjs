// Run Paired Eval from the Command Palette on the example workspace (replay provider, no key):
// it completes, the results panel opens, and the run appears in the Eval Runs view.
import assert from 'node:assert/strict';
import { sessionSuite, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';

const suite = sessionSuite('eval');
const check = suite.check;


check('Run Paired Eval from the palette completes, opens the panel, and lists the run', async () => {
  const { page } = suite.session;
  await openFile(page, 'support.prompt.md');
  await page.locator('.codelens-decoration', { hasText: 'Run paired eval' }).first().waitFor({ timeout: 60000 });
  await runCommandWhenListed(page, 'PromptShift: Run Paired Eval');
  const frame = webviewFrame(page);
  await poll('the results panel with the run', async () => (await frame.locator('[data-case-id]').count()) > 0, 60000);
  const icon = page.locator('.activitybar .action-item a[aria-label^="PromptShift"]');
  await icon.click();
  const row = page.locator('.sidebar .monaco-list-row', { hasText: 'v1-handoffs → working' });
  await row.first().waitFor({ timeout: 30000 });
  const text = await row.first().innerText();
  assert.match(text, /escalation ▼\d+/, `the row names the headline shift: ${text}`);
});
