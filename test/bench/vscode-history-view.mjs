#!/usr/bin/env node
// The Prompt Versions view of a file with 1,000 versions, in the real VS Code (code-server +
// Chromium). Two prompt files, A and B, get 1,000 versions each through the VersionStore API before
// the session starts; the newest version of A is labelled @alpha-top, of B @bravo-top, so the view's
// top row tells which file it shows. Times are taken inside the page (performance.now()):
//   switch:  the view is visible and shows one file; a click into the editor group holding the
//            other file (mousedown) → the other file's top row is in the view's DOM.
//   command: the PromptShift side bar is hidden, the view last showed the other file; Enter on
//            "PromptShift: Show Prompt History" in the Command Palette → the top row is in the DOM.
// Both include the extension's getChildren (store.log of 1,000 versions + the failed `git log` of a
// non-git folder) and getTreeItem for all 1,000 items, the transfer to the workbench, and the
// list's render of the visible rows. "painted" adds the next animation frame.
// Usage: npm run build && node test/bench/vscode-history-view.mjs [runs per scenario, default 7] [versions, default 1000]
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { copyWorkspace } from '../e2e/lib/workbench.mjs';
import { openSession, poll } from '../e2e/lib/session.mjs';

const RUNS = Number(process.argv[2] ?? 7);
// A second argument changes the number of versions (e.g. 10, for the fixed cost of a view refresh).
const VERSIONS = Number(process.argv[3] ?? 1000);
const { VersionStore } = await tsImport('../../src/core/history/index.ts', import.meta.url);

// ---- seed: two prompt files with 1,000 versions each, one line changed per version ----------------
const ws = copyWorkspace();
const FILES = { alpha: 'prompts/history-alpha.prompt.md', bravo: 'prompts/history-bravo.prompt.md' };
const seedStarted = performance.now();
const store = new VersionStore(ws);
const lines = Array.from({ length: 60 }, (_, i) => `Rule ${i + 1}: answer the customer's question about line item ${i + 1} clearly and briefly.`);
const start = Date.now() - VERSIONS * 60_000;
for (const [name, rel] of Object.entries(FILES)) {
  const file = join(ws, rel);
  const text = [...lines];
  let last = '';
  for (let v = 0; v < VERSIONS; v++) {
    text[v % text.length] = `Rule ${(v % text.length) + 1}: revision ${v} of the ${name} prompt's guidance for line item ${v % text.length}.`;
    last = `${text.join('\n')}\n`;
    store.snapshot(file, last, { source: 'save', time: new Date(start + v * 60_000), ...(v === VERSIONS - 1 ? { label: `${name}-top` } : {}) });
  }
  writeFileSync(file, last);
}
console.error(`seeded 2 × ${VERSIONS} versions in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// ---- in-page probe: the time a row with `@<label>` appears in the Prompt Versions pane -------------
/** Arms the probe: t0 at the next `trigger` event (capture phase), t1 when the row appears, t2 a frame later. */
async function arm(page, label, trigger) {
  await page.evaluate(({ label, trigger }) => {
    const state = { t0: undefined, t1: undefined, t2: undefined, total: undefined };
    window.__historyProbe = state;
    const pane = () => [...document.querySelectorAll('.sidebar .pane')].find((p) => p.querySelector('.pane-header')?.textContent?.includes('Prompt Versions'));
    const found = () => {
      const p = pane();
      if (!p) return undefined;
      return [...p.querySelectorAll('.monaco-list-row')].find((r) => r.querySelector('.label-description')?.textContent?.includes(`@${label}`));
    };
    const onTrigger = (e) => {
      if (trigger === 'keydown' && e.key !== 'Enter') return;
      if (state.t0 === undefined) state.t0 = performance.now();
      window.removeEventListener(trigger, onTrigger, true);
    };
    window.addEventListener(trigger, onTrigger, true);
    const observer = new MutationObserver(() => {
      if (state.t0 === undefined || state.t1 !== undefined) return;
      const row = found();
      if (!row) return;
      state.t1 = performance.now();
      state.total = Number(row.getAttribute('aria-setsize'));
      observer.disconnect();
      requestAnimationFrame(() => { state.t2 = performance.now(); });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-setsize', 'style'] });
  }, { label, trigger });
}

async function result(page, what) {
  const r = await poll(what, () => page.evaluate(() => (window.__historyProbe?.t2 !== undefined ? window.__historyProbe : undefined)), 60000);
  return { dom: r.t1 - r.t0, painted: r.t2 - r.t0, total: r.total };
}

const session = await openSession({ folder: ws, settings: { 'files.autoSave': 'off' } });
const { page } = session;
let failed = true;
try {
  // A in the left editor group, B in the right one (Quick Open, Ctrl+Enter opens to the side).
  const quickOpen = async (rel, toSide) => {
    const name = rel.split('/').pop();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press(toSide ? 'Control+Enter' : 'Enter');
    await page.locator('.part.editor .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
  };
  await quickOpen(FILES.alpha, false);
  await quickOpen(FILES.bravo, true);
  const group = (name) => page.locator('.part.editor .editor-group-container', { has: page.locator('.tab', { hasText: FILES[name].split('/').pop() }) }).locator('.monaco-editor .view-lines');
  const icon = page.locator('.activitybar .action-item a[aria-label^="PromptShift"]');
  await icon.waitFor({ timeout: 30000 });
  await icon.click();
  const topRow = (name) => page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Prompt Versions' }) }).locator('.monaco-list-row', { hasText: `@${name}-top` });
  // Warm-up: the first load of each file (store opened, code paths compiled by V8, …).
  for (const name of ['alpha', 'bravo']) {
    await group(name).click({ position: { x: 300, y: 200 } });
    await topRow(name).first().waitFor({ timeout: 60000 });
  }

  const switches = [];
  for (let i = 0; i < RUNS; i++) {
    const target = i % 2 === 0 ? 'alpha' : 'bravo';
    await arm(page, `${target}-top`, 'mousedown');
    await group(target).click({ position: { x: 300, y: 200 } });
    switches.push(await result(page, `the ${target} rows after a switch`));
    await page.waitForTimeout(300);
  }

  const commands = [];
  const explorer = page.locator('.activitybar .action-item a[aria-label^="Explorer"]');
  for (let i = 0; i < RUNS; i++) {
    const target = i % 2 === 0 ? 'alpha' : 'bravo';
    const other = target === 'alpha' ? 'bravo' : 'alpha';
    // The view shows the other file, then the side bar switches to the Explorer.
    if (!(await page.locator('.sidebar .pane-header', { hasText: 'Prompt Versions' }).isVisible())) await icon.click();
    await group(other).click({ position: { x: 300, y: 200 } });
    await topRow(other).first().waitFor({ timeout: 60000 });
    await explorer.click();
    await page.locator('.sidebar .pane-header', { hasText: 'Prompt Versions' }).waitFor({ state: 'hidden' });
    await group(target).click({ position: { x: 300, y: 200 } });
    await page.waitForTimeout(300);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>PromptShift: Show Prompt History');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Prompt History' }).first().waitFor({ timeout: 30000 });
    await arm(page, `${target}-top`, 'keydown');
    await page.keyboard.press('Enter');
    commands.push(await result(page, `the ${target} rows after the command`));
  }

  const all = [...switches, ...commands];
  // The view lists the newest 100 versions and one "Older versions (N)" row holding the rest.
  const expectedRows = VERSIONS > 100 ? 101 : VERSIONS;
  if (all.some((r) => r.total !== expectedRows)) throw new Error(`a view did not list ${expectedRows} rows: ${all.map((r) => r.total).join(', ')}`);
  const f = (rs, key) => `${median(rs.map((r) => r[key])).toFixed(0)} ms (min ${Math.min(...rs.map((r) => r[key])).toFixed(0)}, max ${Math.max(...rs.map((r) => r[key])).toFixed(0)})`;
  console.log(`Prompt Versions view of a file with ${VERSIONS} versions (newest 100 rows + \"Older versions\" when more), ${RUNS} runs each, medians:`);
  console.log(`switch editor → top row in the DOM: ${f(switches, 'dom')}; painted: ${f(switches, 'painted')}`);
  console.log(`Show Prompt History (side bar hidden) → top row in the DOM: ${f(commands, 'dom')}; painted: ${f(commands, 'painted')}`);
  failed = false;
} finally {
  await session.close('bench-history-view', failed);
  rmSync(ws, { recursive: true, force: true });
}
// tsx's esbuild service (used by tsImport above) would keep the process alive for minutes.
process.exit(0);
