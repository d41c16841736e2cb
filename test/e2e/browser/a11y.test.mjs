// Accessibility of the results panel in the real VS Code: axe-core inside the webview in the three
// built-in theme kinds (a run open, a case selected, an evidence tooltip showing), and what a screen
// reader is given for the open case (Playwright's ARIA snapshot of the accessibility tree).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, setColorTheme, webviewDocument, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { AXE_VERSION, blockingFindings, passedTargets, runAxe } from '../lib/axe.mjs';

const RUN_ID = 'fixture-escalation-drop';
const shots = join(projectRoot, 'test-results');
let session;
let failed = false;

before(async () => {
  const folder = copyWorkspace();
  mkdirSync(join(folder, '.promptshift/runs', RUN_ID), { recursive: true });
  copyFileSync(join(projectRoot, 'test/fixtures/reports/escalation-drop.report.json'), join(folder, '.promptshift/runs', RUN_ID, 'report.json'));
  session = await openSession({ folder, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  mkdirSync(shots, { recursive: true });
});
after(async () => { await session?.close('a11y', failed); });
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

const frame = () => webviewFrame(session.page);

/** The case open and the first escalation evidence of side A focused: its explanation shows. */
async function showEvidenceTooltip() {
  const span = frame().locator('[data-behaviour="escalation"][data-side="a"]').first();
  await span.focus();
  await frame().locator('.evidence-tooltip:not([hidden])').waitFor({ timeout: 5000 });
}

check('the panel opens on the fixture run with a case selected', async () => {
  await runCommandWhenListed(session.page, 'PromptShift: Open Eval Run…');
  await poll('the scorecard', async () => (await frame().locator('.scorecard .score-row').count()) === 7, 40000);
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor();
});

for (const theme of ['Dark Modern', 'Light Modern', 'Dark High Contrast']) {
  check(`axe-core ${AXE_VERSION} finds no serious or critical issue in ${theme}, contrast checked on the badge and the tooltip`, async (t) => {
    if (theme !== 'Dark Modern') await setColorTheme(session.page, theme);
    await showEvidenceTooltip();
    const results = await runAxe(await webviewDocument(session.page));
    assert.ok(await frame().locator('.evidence-tooltip:not([hidden])').isVisible(), 'the tooltip still showed while axe ran');
    await session.page.screenshot({ path: join(shots, `a11y-${theme.replace(/\s+/g, '-').toLowerCase()}.png`) });
    for (const rule of results.violations) t.diagnostic(`${rule.impact} ${rule.id}: ${rule.nodes.length} element(s)`);
    assert.deepEqual(blockingFindings(results), [], `blocking findings in ${theme}`);
    // Not vacuous: the rule measured the colour pairs this issue is about (4.5:1 for this text size).
    const contrast = passedTargets(results, 'color-contrast');
    for (const selector of ['.significant-badge', '.tooltip-reason', '.case-input']) {
      assert.ok(contrast.some((s) => s.includes(selector)), `color-contrast checked ${selector}: ${contrast.length} elements checked`);
    }
  });
}

check('the accessibility tree of the open case names the case, the sample and each inserted and deleted passage', async () => {
  await setColorTheme(session.page, 'Dark Modern');
  await frame().locator('.score-row[data-behaviour="escalation"]').click();
  await poll('the filtered list', async () => (await frame().locator('.case-row[data-case-id]').count()) === 2);
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  const view = frame().locator('.case-view[data-case-id="angry-refund"]');
  await view.waitFor();
  const tree = await frame().locator('.main').ariaSnapshot();
  // The selected case: an option marked selected in the list, and the region of the case view.
  assert.match(tree, /- option "angry-refund[^"\n]*" \[selected\]/, tree);
  assert.doesNotMatch(tree, /- option "(?!angry-refund)[^"\n]*" \[selected\]/, 'one selected case');
  assert.match(tree, /- region "Case angry-refund"/);
  // The sample shown, with each side's output.
  assert.match(tree, /- heading "A v1 \(escalates\), sample 1 of 3" \[level=3\]/);
  assert.match(tree, /- heading "B working copy, sample 1 of 3" \[level=3\]/);
  // Every inserted and deleted passage, as such (not plain text). The fixture's A escalates, B does not.
  const deleted = await view.locator('.side-a del').allTextContents();
  const inserted = await view.locator('.side-b ins').allTextContents();
  assert.ok(deleted.some((d) => d.includes('escalate')) && inserted.some((i) => i.includes('reversed')), `the fixture's passages: ${deleted} / ${inserted}`);
  const said = (role) => [...tree.matchAll(new RegExp(`- ${role}: (.*)`, 'g'))].map((m) => m[1].replace(/^"|"$/g, '').trim());
  assert.deepEqual(said('deletion'), deleted.map((d) => d.trim()), tree);
  assert.deepEqual(said('insertion'), inserted.map((i) => i.trim()), tree);
  // States and names a screen reader reads: "true", not an empty attribute; the search field keeps its label.
  assert.equal(await frame().locator('.score-row[data-behaviour="escalation"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await frame().locator('.score-row[data-behaviour="refusal"]').getAttribute('aria-pressed'), 'false');
  assert.equal(await frame().locator('.case-row[data-case-id="angry-refund"]').getAttribute('aria-selected'), 'true');
  assert.match(tree, /- textbox "Search cases"/);
  // Picking another sample is heard: the headings follow.
  await frame().locator('vscode-dropdown[aria-label="Sample"]').click();
  await frame().locator('vscode-option', { hasText: 'Sample 2 of 3' }).click();
  await poll('the headings of sample 2', async () => (await frame().locator('.case-view').ariaSnapshot()).includes('heading "A v1 (escalates), sample 2 of 3"'));
});
