import { openSession, openFile, runCommandWhenListed, webviewFrame, poll } from '../test/e2e/lib/session.mjs';
const out = '/work/exp/s11/';
const session = await openSession({ settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
const { page } = session;
try {
  await openFile(page, 'support.prompt.md');
  await page.waitForTimeout(3000);
  await page.screenshot({ path: out + 'x1-prompt.png' });
  await runCommandWhenListed(page, 'PromptShift: Run Paired Eval');
  const frame = webviewFrame(page);
  await poll('panel', async () => (await frame.locator('[data-case-id]').count()) > 0, 60000);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out + 'x2-panel.png' });
  await frame.locator('.case-row').nth(3).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: out + 'x3-case.png' });
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('PromptShift');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: out + 'x4-commands.png' });
  await page.keyboard.press('Escape');
} finally {
  await session.close('explore', false);
}
