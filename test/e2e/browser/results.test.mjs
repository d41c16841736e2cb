// Browser checks of the results panel in the real VS Code: scorecard and cases render, evidence
// spans per side, the hover with its glossary definition, filtering, restore after a reload, hostile
// model output rendered as inert text, and screenshots in the dark and light themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, setColorTheme, webviewDocument, webviewFrame, poll, storedStateMentions, reloadWindow } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';

const RUN_ID = 'fixture-escalation-drop';
const shots = join(projectRoot, 'test-results');
let session;
let failed = false;
const dialogs = [];
const requests = [];

before(async () => {
  const folder = copyWorkspace();
  mkdirSync(join(folder, '.promptshift/runs', RUN_ID), { recursive: true });
  copyFileSync(join(projectRoot, 'test/fixtures/reports/escalation-drop.report.json'), join(folder, '.promptshift/runs', RUN_ID, 'report.json'));
  session = await openSession({ folder, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  session.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // The requests made inside the webview's frames (and by its service worker, which has no frame). The
  // workbench's own page also talks to the outside (an extension gallery query now and then): that is
  // code-server's traffic, not anything the panel or a model output can cause.
  session.page.on('request', (r) => {
    let workbench = false;
    try {
      workbench = r.frame() === session.page.mainFrame();
    } catch { /* a service worker's request */ }
    if (!workbench) requests.push(r.url());
  });
  mkdirSync(shots, { recursive: true });
});
after(async () => { await session?.close('results', failed); });
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

const frame = () => webviewFrame(session.page);
const rows = () => frame().locator('.case-row[data-case-id]');

async function openPanel() {
  await runCommandWhenListed(session.page, 'PromptShift: Open Eval Run…');
  await poll('the scorecard', async () => (await frame().locator('.scorecard .score-row').count()) === 7, 40000);
}

check('the panel opened from the Command Palette shows the newest run: scorecard and cases', async () => {
  await openPanel();
  await poll('case rows', async () => (await rows().count()) === 5);
  const ids = await rows().evaluateAll((els) => els.map((e) => e.dataset.caseId));
  // Strongest shift first: the escalation drop (1 → 0) leads, the unchanged case comes last.
  assert.equal(ids[ids.length - 1], 'weather');
  assert.ok(ids.includes('angry-refund'));
  const escalation = frame().locator('.score-row[data-behaviour="escalation"]');
  assert.match(await escalation.innerText(), /significant/);
  assert.match(await frame().locator('.run-header').innerText(), /v1 \(escalates\)[\s\S]*working copy/);
  await session.page.screenshot({ path: join(shots, 'results-dark.png') });
});

check('the escalation drop shows escalation evidence on side A only, and its hover gives a definition', async () => {
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor();
  const onA = frame().locator('[data-behaviour="escalation"][data-side="a"]');
  assert.ok((await onA.count()) > 0, 'escalation spans on side A');
  assert.equal(await frame().locator('[data-behaviour="escalation"][data-side="b"]').count(), 0, 'no escalation span on side B');
  assert.equal(await onA.first().innerText(), 'escalate this to a human agent');
  // The word diff marks the changed words on both sides.
  assert.ok((await frame().locator('.side-a .diff-del').count()) > 0);
  assert.ok((await frame().locator('.side-b .diff-ins').count()) > 0);
  await onA.first().hover();
  const tip = frame().locator('.evidence-tooltip:not([hidden])');
  await tip.waitFor({ timeout: 5000 });
  const text = await tip.innerText();
  assert.match(text, /Escalation/);
  assert.match(text, /hands the conversation to a human/, 'why it was flagged');
  assert.match(text, /Proxy objective/i, 'the related alignment term');
  assert.ok((await tip.locator('.term-definition').count()) >= 2, 'with definitions');
  await session.page.screenshot({ path: join(shots, 'results-hover-dark.png') });
});

check('clicking a scorecard row filters the cases to those that shifted on it; the list is keyboard navigable', async () => {
  await frame().locator('.score-row[data-behaviour="escalation"]').click();
  await poll('the filtered list', async () => (await rows().count()) === 2);
  const ids = await rows().evaluateAll((els) => els.map((e) => e.dataset.caseId).sort());
  assert.deepEqual(ids, ['angry-refund', 'medical-dose']);
  await frame().locator('.case-list').focus();
  await session.page.keyboard.press('ArrowDown');
  await session.page.keyboard.press('Enter');
  const active = await frame().locator('.case-row.active').getAttribute('data-case-id');
  assert.ok(active, 'a row is active');
  await poll('the active case to open with Enter', async () => (await frame().locator('.case-view').getAttribute('data-case-id')) === active);
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
});

check('the panel comes back after a reload with its run, filter and open case', async () => {
  // The panel mirrors its state (filter, open case) to workspace state through the extension host:
  // wait until that is stored, then reload as a user does (the workbench saves its editors first).
  await poll('the panel state mirror', () => storedStateMentions(session.page, ['panelState', 'caseId":"angry-refund', 'behaviour":"escalation']), 60000);
  await reloadWindow(session.page);
  await poll('the restored scorecard', async () => (await frame().locator('.scorecard .score-row').count()) === 7, 60000);
  await poll('the restored filter', async () => (await rows().count()) === 2);
  assert.equal(await frame().locator('.score-row.selected').getAttribute('data-behaviour'), 'escalation');
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor({ timeout: 10000 });
});

check('hostile model output renders as inert text: no script ran, no element was created, no request left', async () => {
  await frame().locator('.score-row[data-behaviour="escalation"]').click(); // clear the filter
  await poll('all cases', async () => (await rows().count()) === 5);
  const before = requests.length;
  await frame().locator('.case-row[data-case-id="hostile-output"]').click();
  await frame().locator('.case-view[data-case-id="hostile-output"]').waitFor();
  await session.page.waitForTimeout(1500);
  const output = frame().locator('.side-a .output');
  const text = await output.innerText();
  assert.ok(text.includes('<script>window.__promptshiftPwned'), 'the script tag is shown as text');
  assert.ok(text.includes('<img src=x onerror='));
  assert.ok(text.includes('![tracker](http://127.0.0.1:9/leak.png'));
  assert.equal(await frame().locator('.output script, .output img, .output iframe, .output a, .output style').count(), 0, 'no element came from the output');
  const win = await webviewDocument(session.page);
  assert.equal(await win.evaluate(() => window.__promptshiftPwned), undefined, 'the payload never ran');
  assert.deepEqual(dialogs, [], 'no alert()');
  const after = requests.slice(before);
  const leaked = after.filter((u) => /127\.0\.0\.1:9\/|leak\.png|\/frame$|\/x$|javascript:/.test(u));
  assert.deepEqual(leaked, [], 'no request for anything the output names');
  const origin = new URL(session.server.url).host;
  // (blob: URLs of the page's own origin are the workbench's; data: URLs load nothing from anywhere.)
  const outside = after.filter((u) => !u.startsWith('data:') && new URL(u.replace(/^blob:/, '')).host !== origin);
  assert.deepEqual(outside, [], 'every request stayed with the webview’s own resources');
});

check('light theme screenshot', async () => {
  const { page } = session;
  await setColorTheme(page, 'Light Modern');
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('[data-behaviour="escalation"][data-side="a"]').first().hover();
  await frame().locator('.evidence-tooltip:not([hidden])').waitFor({ timeout: 5000 });
  await page.screenshot({ path: join(shots, 'results-light.png') });
});
