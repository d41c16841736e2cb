// Issue 3's UI in the real VS Code: edits typed and saved through the editor become rows of the
// Prompt Versions view, an unchanged save adds none, a label set from the row's context menu shows
// as @label, the CodeLens counts versions, and clicking a row opens the diff against the working copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace } from '../lib/workbench.mjs';
import { openSession, openFile, poll } from '../lib/session.mjs';

const FILE = 'history-ui.prompt.md';
const FIRST_LINE = 'You are a helpful assistant for Northwind Telecom.';

let session;
let failed = false;
let workspace;
before(async () => {
  workspace = copyWorkspace();
  writeFileSync(join(workspace, 'prompts', FILE), `${FIRST_LINE}\n`);
  session = await openSession({
    folder: workspace,
    // code-server saves after a delay by default; these checks decide when to save. The save
    // trims trailing whitespace, which the unchanged-save check relies on.
    settings: { 'files.autoSave': 'off', 'files.trimTrailingWhitespace': true, '[prompt]': { 'files.trimTrailingWhitespace': true }, '[markdown]': { 'files.trimTrailingWhitespace': true } },
  });
});
after(async () => {
  await session?.close('history', failed);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

/** The Prompt Versions pane of the PromptShift side bar. */
const versionsPane = (page) => page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Prompt Versions' }) });
const versionRows = (page) => versionsPane(page).locator('.monaco-list-row');

/** Labels and descriptions of the view's rows, top to bottom (all rows fit: the view is tall enough here). */
async function rows(page) {
  return versionRows(page).evaluateAll((els) =>
    els
      .map((el) => ({ top: Number.parseFloat(el.style.top || '0'), name: el.querySelector('.label-name')?.textContent ?? '', description: el.querySelector('.label-description')?.textContent ?? '' }))
      .sort((a, b) => a.top - b.top),
  );
}

async function waitForRowCount(page, n) {
  return poll(`${n} rows in Prompt Versions`, async () => {
    const r = await rows(page);
    return r.length === n ? r : undefined;
  }, 30000);
}

const activeTab = (page) => page.locator('.part.editor .tabs-container .tab.active');

/** Ctrl+S in the editor and wait until the tab is no longer dirty. */
async function save(page) {
  await page.keyboard.press('Control+S');
  await poll('the save to finish', async () => !(await activeTab(page).evaluate((el) => el.classList.contains('dirty'))), 15000);
}

check('three edits typed and saved in the editor become three rows, newest first', async () => {
  const { page } = session;
  await openFile(page, FILE);
  const icon = page.locator('.activitybar .action-item a[aria-label^="PromptShift"]');
  await icon.waitFor({ timeout: 30000 });
  await icon.click();
  await versionsPane(page).waitFor({ timeout: 30000 });
  // The file was never saved in VS Code: no versions yet (the welcome text instead of rows).
  assert.equal((await rows(page)).length, 0, 'no versions before the first save');
  for (const n of [1, 2, 3]) {
    await page.locator('.part.editor .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`Rule ${n}: keep answers short.\n`, { delay: 5 });
    await save(page);
    const r = await waitForRowCount(page, n);
    assert.equal(r[0].name, `v${n}`, `the newest version is on top after save ${n}: ${JSON.stringify(r)}`);
    // v1 is compared with nothing (both lines new); later versions add one line each.
    assert.match(r[0].description, n === 1 ? /\+2 −0/ : /\+1 −0/, `lines added against the previous version: ${r[0].description}`);
  }
  assert.deepEqual((await rows(page)).map((r) => r.name), ['v3', 'v2', 'v1']);
});

check('saving unchanged content adds no row', async () => {
  const { page } = session;
  // A trailing space makes the buffer dirty; the save trims it (files.trimTrailingWhitespace), so
  // the bytes written are those of v3. (Typing and deleting a character leaves VS Code not dirty.)
  const file = join(workspace, 'prompts', FILE);
  const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
  await page.locator('.part.editor .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await poll('the editor to be dirty before the save', () => activeTab(page).evaluate((el) => el.classList.contains('dirty')), 15000);
  await save(page);
  await poll('the file to be written', async () => statSync(file).mtimeMs !== before.mtime, 15000);
  assert.equal(readFileSync(file, 'utf8'), before.text, 'the saved bytes are those of v3');
  // A real change shows within a second or two (see above); give the unchanged one ample time.
  await page.waitForTimeout(2500);
  assert.equal((await rows(page)).length, 3, 'still three versions');
});

check('the CodeLens at the top of the prompt shows the version number', async () => {
  const { page } = session;
  const lens = page.locator('.part.editor .codelens-decoration');
  const text = await poll('a CodeLens with v3', async () => {
    const t = (await lens.allInnerTexts()).join(' ');
    return /v3 ·/.test(t) ? t : undefined;
  }, 30000);
  assert.match(text, /Compare/);
  assert.match(text, /Run paired eval/);
});

check('a label set from the row\'s context menu shows as @label', async () => {
  const { page } = session;
  const v2 = versionRows(page).filter({ has: page.locator('.label-name', { hasText: /^v2$/ }) });
  await v2.click({ button: 'right' });
  const item = page.locator('.context-view .monaco-menu .action-item', { hasText: 'Label Version' });
  await item.waitFor({ timeout: 15000 });
  // The keyboard, not a click: under load a click on a menu that is still settling can be lost.
  const focused = page.locator('.context-view .monaco-menu .action-item.focused');
  await poll('Label Version… focused in the context menu', async () => {
    if (/Label Version/.test(await focused.innerText({ timeout: 500 }).catch(() => ''))) return true;
    await page.keyboard.press('ArrowDown');
    return undefined;
  }, 15000);
  await page.keyboard.press('Enter');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill('baseline');
  await page.keyboard.press('Enter');
  const r = await poll('@baseline on v2', async () => {
    const all = await rows(page);
    return all.find((x) => x.name === 'v2' && /@baseline/.test(x.description)) ? all : undefined;
  }, 30000);
  assert.ok(!r.find((x) => x.name !== 'v2' && /@baseline/.test(x.description)), 'only v2 carries the label');
});

check('clicking a row opens the diff of that version against the working copy', async () => {
  const { page } = session;
  await page.keyboard.press('Escape'); // nothing left open by an earlier check
  await versionRows(page).filter({ has: page.locator('.label-name', { hasText: /^v1$/ }) }).click();
  const tab = page.locator('.part.editor .tabs-container .tab.active');
  await poll('the diff tab', async () => /history-ui\.prompt\.md \(v1 · .+\) ↔ working copy/.test(await tab.innerText()), 30000);
  const diff = page.locator('.part.editor .monaco-diff-editor');
  await diff.waitFor({ timeout: 15000 });
  const sideText = (side) => diff.locator(`.editor.${side} .view-line`).allInnerTexts().then((t) => t.join('\n').replace(/\u00a0/g, ' '));
  const [original, modified] = await poll('both diff sides to render', async () => {
    const sides = [await sideText('original'), await sideText('modified')];
    return sides.every(Boolean) ? sides : undefined;
  }, 15000);
  assert.match(original, /Rule 1: keep answers short\./);
  assert.doesNotMatch(original, /Rule 2/, 'the left side is v1');
  assert.match(modified, /Rule 3: keep answers short\./, 'the right side is the working copy');
});
