// Explain This Shift in the real VS Code, on the example workspace (replay, no key): run the paired
// eval, press the scorecard's explain button of the escalation shift, and the panel lists the
// prompt's hunk with its effect; its button opens the real diff editor, where the hunk carries
// its measured effect as an annotation ("PromptShift hunk 1: escalation −… pts (p …) · explains …").
import assert from 'node:assert/strict';
import { sessionSuite, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';

// The cost is logged, not asked: a test cannot answer a notification's buttons reliably.
const suite = sessionSuite('explain', { settings: { 'promptshift.explain.confirmCost': false } });
const check = suite.check;

/** Texts of every `after` annotation (CSS ::after content) in the editors matching `scope`. */
function annotations(page, scope) {
  return page.evaluate((scope) => {
    const out = [];
    for (const span of document.querySelectorAll(`${scope} .view-line span`)) {
      const content = getComputedStyle(span, '::after').content;
      if (content && content !== 'none' && content !== 'normal') out.push(content);
    }
    return out;
  }, scope);
}

check('explain the escalation shift from the scorecard: the attribution view, then the annotated hunk in the diff editor', async () => {
  const { page } = suite.session;
  await openFile(page, 'support.prompt.md');
  await page.locator('.codelens-decoration', { hasText: 'Run paired eval' }).first().waitFor({ timeout: 60000 });
  await runCommandWhenListed(page, 'PromptShift: Run Paired Eval');
  const frame = webviewFrame(page);
  const explain = frame.locator('.explain-actions [data-action="explain"][data-behaviour="escalation"]');
  await poll('the explain button of the escalation shift', async () => (await explain.count()) === 1, 90000);
  // only significant shifts can be explained
  assert.equal(await frame.locator('[data-action="explain"][data-behaviour="refusal"]').count(), 0);
  await explain.click();

  const rows = frame.locator('.attribution-table[data-behaviour="escalation"] .hunk-row');
  await poll('the attribution view', async () => (await rows.count()) > 0, 90000);
  const row = rows.first();
  const text = await row.innerText();
  assert.match(text, /−\d+(\.\d)? pp/, `the hunk's effect is a drop: ${text}`);
  assert.match(text, /significant/, text);
  assert.match(text, /Resolve every issue yourself/, `the hunk is labelled with its first words: ${text}`);

  await row.locator('[data-action="open-hunk"]').click();
  await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 30000 });
  const found = await poll(
    'the annotation on the hunk in the diff editor',
    async () => (await annotations(page, '.monaco-diff-editor .editor.modified')).find((t) => t.includes('PromptShift hunk 1: escalation')),
    30000,
  );
  assert.match(found, /escalation -\d+\.\d pts \(p [<=] [0-9.]+\)/);
  // The prompt file itself (the working copy is version B) carries the same annotation.
  await openFile(page, 'support.prompt.md');
  await poll('the annotation in the prompt file', async () => (await annotations(page, '.editor-instance:not(.monaco-diff-editor)')).some((t) => t.includes('PromptShift hunk 1: escalation')), 30000);
});
