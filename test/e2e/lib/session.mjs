// One real VS Code session for a browser check: code-server + Chromium + a copy of examples/,
// with the extension loaded from source. Helpers for the things tests do through the UI.
import { test, before, after } from 'node:test';
import { startCodeServer, launchBrowser, workbenchUrl, copyWorkspace, collectConsole, screenshotOnFailure } from './workbench.mjs';
import { rmSync } from 'node:fs';

export async function openSession({ settings, workspace, extensionDevelopmentPath, extensionsDir, folder } = {}) {
  const ws = folder ?? copyWorkspace(workspace);
  const server = await startCodeServer({ settings, extensionsDir });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLines = collectConsole(page, []);
  // null: no extension from source (e.g. testing an installed .vsix); undefined: this project.
  await page.goto(workbenchUrl(server, ws, { extensionDevelopmentPath }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  return {
    page, server, browser, workspace: ws, consoleLines,
    async close(testName, failed) {
      if (failed) await screenshotOnFailure(page, testName);
      await browser.close().catch(() => undefined);
      await server.stop();
      if (!folder) rmSync(ws, { recursive: true, force: true });
    },
  };
}

/**
 * One session shared by the checks of a test file: opened before them, closed after, with a
 * screenshot in test-results/<name>.png when any check failed. `suite.check` is node:test's
 * `test` that remembers failures.
 */
export function sessionSuite(name, options = {}) {
  const suite = { session: undefined, failed: false };
  before(async () => { suite.session = await openSession(options); });
  after(async () => { await suite.session?.close(name, suite.failed); });
  suite.check = (title, fn) => test(title, async (t) => {
    try { await fn(t); } catch (e) { suite.failed = true; throw e; }
  });
  return suite;
}

/** Quick Open a file by name and wait for its editor to be the active tab. Picks the row that
 *  names the file (the first row can be a recently opened other file). */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
  await page.locator('.monaco-editor .view-line').first().waitFor();
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 20000 });
  await page.keyboard.press('Enter');
}

/**
 * Runs a command from the palette, trying again while the palette does not list it yet: contributed
 * commands can be missing for the first seconds after the workbench shows (longer on a busy machine).
 */
export async function runCommandWhenListed(page, title, attempts = 4) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runCommand(page, title);
    } catch (e) {
      if (attempt === attempts) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2000);
    }
  }
}

/** Built-in themes by their name in the theme picker, with the class the workbench then carries. */
export const THEMES = {
  'Dark Modern': 'vs-dark',
  'Light Modern': 'vs',
  'Dark High Contrast': 'hc-black',
};

/**
 * Switches the colour theme the way a user does (Preferences: Color Theme, which writes the
 * `workbench.colorTheme` setting) and waits for the workbench to wear it. Focus goes back to the
 * editor group afterwards, as after the real picker.
 */
export async function setColorTheme(page, name) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${name}"]`).first();
  await row.waitFor();
  await row.click();
  await poll(`the ${name} theme`, async () => (await page.locator(`.monaco-workbench.${THEMES[name]}`).count()) > 0, 20000);
}

/** The results webview's inner document. */
export function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The results webview's inner document as a Frame (for evaluate), rather than a FrameLocator. */
export async function webviewDocument(page) {
  const handle = await webviewFrame(page).locator('#root').elementHandle();
  return handle.ownerFrame();
}

/** The frame (of any webview of the page) that has `selector`: panels of several kinds are all webviews. */
export async function frameWith(page, selector, timeoutMs = 60000) {
  return poll(`a webview with ${selector}`, async () => {
    for (const f of page.frames()) if ((await f.locator(selector).count().catch(() => 0)) > 0) return f;
    return undefined;
  }, timeoutMs);
}

/**
 * True when some IndexedDB value of the workbench page contains every needle (JSON escapes ignored):
 * e.g. the extension's own workspace-state mirror of a panel, which the extension host writes
 * after a message from the webview.
 */
export function storedStateMentions(page, needles) {
  return page.evaluate(async (needles) => {
    const found = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise((res, rej) => { const r = indexedDB.open(name); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      for (const store of db.objectStoreNames) {
        const values = await new Promise((res) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => res(r.result); r.onerror = () => res([]); });
        const texts = values.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).replaceAll('\\', ''));
        if (texts.some((t) => needles.every((n) => t.includes(n)))) found.push(name);
      }
      db.close();
    }
    return found.length > 0;
  }, needles);
}

/**
 * Reloads the window the way a user does, with "Developer: Reload Window": the workbench then saves
 * its state (open editors, their webviews' state) and waits for IndexedDB to hold it before it
 * reloads. A bare page reload does not wait: the web workbench otherwise saves only when the page is
 * idle and focused (every 5 s), so a reload could beat the save and restore nothing.
 */
export async function reloadWindow(page) {
  await page.evaluate(() => { window.__promptshiftBeforeReload = true; });
  await runCommand(page, 'Developer: Reload Window');
  await poll('the reloaded page', () => page.evaluate(() => window.__promptshiftBeforeReload === undefined), 60000);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
}

/** Waits until `probe()` returns a truthy value. */
export async function poll(what, probe, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Texts of the notifications in the notification centre (toasts are hidden under the smoke-test flag). */
export async function notifications(page) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Notifications: Show Notifications');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Notifications' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const texts = await page.locator('.notifications-center .notification-list-item-message').allInnerTexts();
  await page.keyboard.press('Escape');
  return texts;
}
