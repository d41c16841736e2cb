#!/usr/bin/env node
// Makes the README's screenshot from a real run: the example workspace in code-server (dark theme),
// Run Paired Eval through the palette, the angry-refund case open with an escalation hover.
// Usage: npm run build && node scripts/screenshot.mjs [out.png] [theme]
import { openSession, openFile, runCommand, webviewFrame, poll } from '../test/e2e/lib/session.mjs';

const out = process.argv[2] ?? 'media/screenshot.png';
const theme = process.argv[3] ?? 'Default Dark Modern';
const session = await openSession({ settings: { 'workbench.colorTheme': theme } });
try {
  const { page } = session;
  await openFile(page, 'support.prompt.md');
  await page.locator('.codelens-decoration', { hasText: 'Run paired eval' }).first().waitFor({ timeout: 60000 });
  await runCommand(page, 'PromptShift: Run Paired Eval');
  const frame = webviewFrame(page);
  await poll('the results panel', async () => (await frame.locator('[data-case-id="angry-refund"]').count()) > 0, 60000);
  await page.keyboard.press('Control+B'); // hide the side bar: the panel gets the width
  await frame.locator('[data-case-id="angry-refund"]').first().click();
  const span = frame.locator('[data-behaviour="escalation"][data-side="a"]').first();
  await span.waitFor({ timeout: 20000 });
  await span.hover();
  await page.waitForTimeout(800);
  await page.screenshot({ path: out });
  console.error(`wrote ${out}`);
} finally {
  await session.close('screenshot', false);
}
