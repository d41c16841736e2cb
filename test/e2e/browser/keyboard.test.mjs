// The results panel by keyboard alone, in the real VS Code: from the top of the panel choose a behaviour
// filter, open a case, switch samples, read an evidence explanation, re-run the case and export, with
// focus on the control acted on after each step, and visibly so; the Tab order the same both ways;
// focus kept and progress announced while a live run updates the panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openFile, runCommandWhenListed, webviewDocument, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace } from '../lib/workbench.mjs';
import { startModelServer } from '../lib/model-server.mjs';

let session;
let failed = false;
let modelServer;
let runId;

before(async () => {
  modelServer = await startModelServer(['--latency', '400']); // a run of 90 calls lasts about 18 s
  const folder = copyWorkspace();
  const cases = Array.from({ length: 10 }, (_, i) => `  - { id: live${i}, input: "Question ${i}?", vars: { customer_name: Ann } }`).join('\n');
  writeFileSync(join(folder, 'live.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: openai, model: fake-model-1, baseUrl: ${modelServer.url}/v1 }\nsamples: 3\nconcurrency: 2\ncases:\n${cases}\n`);
  session = await openSession({ folder, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
});
after(async () => {
  await session?.close('keyboard', failed);
  modelServer?.stop();
});
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

const frame = () => webviewFrame(session.page);
const press = (key) => session.page.keyboard.press(key);

/** Where focus is in the panel: the focus key of the focused control, and whether the browser shows it as focused. */
async function focused() {
  const doc = await webviewDocument(session.page);
  return doc.evaluate(() => {
    const active = document.activeElement;
    let deep = active;
    while (deep?.shadowRoot?.activeElement) deep = deep.shadowRoot.activeElement;
    return {
      key: document.hasFocus() ? (active?.closest?.('[data-focus-key]')?.dataset.focusKey ?? active?.tagName ?? null) : null,
      focusVisible: Boolean(deep?.matches(':focus-visible')),
    };
  });
}

/**
 * Focus is on the control with `key`, the browser treats it as keyboard focus, and its indicator is
 * painted: the pixels around the control change when it loses focus (and it gets focus back). The
 * pixels are not compared while a live run redraws the panel (`painted: false`).
 */
async function assertFocusOn(key, { painted = true } = {}) {
  const now = await focused();
  assert.equal(now.key, key, `focus is on ${key}`);
  assert.ok(now.focusVisible, `${key} matches :focus-visible`);
  if (!painted) return;
  const target = frame().locator(`[data-focus-key="${key}"]`);
  const box = await target.boundingBox();
  const clip = { x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 };
  const withFocus = await session.page.screenshot({ clip });
  const doc = await webviewDocument(session.page);
  await doc.evaluate(() => {
    let deep = document.activeElement;
    while (deep?.shadowRoot?.activeElement) deep = deep.shadowRoot.activeElement;
    deep.blur();
  });
  const without = await session.page.screenshot({ clip });
  await target.focus();
  assert.ok(!withFocus.equals(without), `a focus indicator is drawn around ${key}`);
  assert.equal((await focused()).key, key, 'and focus is back on it');
}

/** Presses `key` until the focus key matches `want` (a string or a test), at most `max` times; returns the keys passed. */
async function pressUntil(key, want, max = 40) {
  const passed = [];
  for (let i = 0; i < max; i++) {
    await press(key);
    const now = (await focused()).key;
    passed.push(now);
    if (typeof want === 'string' ? now === want : want(now)) return passed;
  }
  throw new Error(`${key} never reached ${want}: ${passed.join(' → ')}`);
}

const announced = () => frame().locator('.announcer').textContent();

check('a replay run opens in the panel, which has the keyboard', async () => {
  const { page } = session;
  await openFile(page, 'support.evals.yaml');
  await runCommandWhenListed(page, 'PromptShift: Run Paired Eval');
  await poll('the finished run in the panel', async () => (await frame().locator('.case-row[data-case-id]').count()) > 0 && (await frame().locator('.run-progress[hidden]').count()) === 1, 60000);
  runId = await frame().locator('.run-id').textContent();
  // Opening the panel put focus in its document, at the top (nothing inside focused yet).
  await poll('the panel to have the keyboard', async () => (await focused()).key === 'BODY');
});

check('from the top: choose a behaviour filter with the scorecard and the filter menu; focus stays on the control', async () => {
  await press('Tab');
  await assertFocusOn('header/diff');
  await pressUntil('Tab', 'score/escalation');
  await press('Enter');
  await poll('the escalation filter', async () => (await frame().locator('.score-row[data-behaviour="escalation"]').getAttribute('aria-pressed')) === 'true');
  await assertFocusOn('score/escalation');
  await poll('the count announced', async () => /^\d+ of 16 cases shown\.$/.test(await announced()));
  await press('Enter'); // and off again
  await poll('no filter', async () => (await frame().locator('.score-row[aria-pressed="true"]').count()) === 0);
  await assertFocusOn('score/escalation');
  await poll('all cases announced', async () => (await announced()) === 'All 16 cases shown.');

  await pressUntil('Tab', 'filters/behaviour');
  await press('Enter'); // opens the menu
  await press('ArrowDown'); // Refusal
  await press('ArrowDown'); // Escalation
  await press('Enter');
  await poll('the menu to pick escalation', async () => (await frame().locator('.score-row[data-behaviour="escalation"]').getAttribute('aria-pressed')) === 'true');
  await assertFocusOn('filters/behaviour');
  const shown = await frame().locator('.case-row[data-case-id]').count();
  assert.ok(shown > 0 && shown < 16, `the list is filtered (${shown})`);
  await poll('the count announced', async () => (await announced()) === `${shown} of 16 cases shown.`);
});

let caseId;
check('open a case from the list, switch samples, read an evidence explanation', async () => {
  await pressUntil('Tab', 'list');
  await press('Enter'); // the first row became active when the list got focus
  await poll('a case to open', async () => (await frame().locator('.case-view').count()) === 1);
  caseId = await frame().locator('.case-view').getAttribute('data-case-id');
  assert.equal(await frame().locator(`.case-row[data-case-id="${caseId}"]`).getAttribute('aria-selected'), 'true');
  await assertFocusOn('list');

  await pressUntil('Tab', 'case/sample');
  await press('ArrowDown'); // the closed menu moves to sample 2 at once, and the case view is rebuilt
  await poll('sample 2', async () => (await frame().locator('.side-a h3').getAttribute('aria-label'))?.endsWith('sample 2 of 3'));
  await assertFocusOn('case/sample');

  const passed = await pressUntil('Tab', (k) => /^case\/[ab]\/evidence\//.test(k ?? ''), 12);
  assert.deepEqual(passed.slice(0, 3), ['case/rerun', 'case/a/messages', 'case/a/copy'], 'the case view in layout order');
  const span = passed[passed.length - 1];
  const tip = frame().locator('.evidence-tooltip:not([hidden])');
  await tip.waitFor({ timeout: 5000 });
  assert.match(await tip.innerText(), /Flagged|—/, 'the explanation shows');
  assert.equal(await frame().locator(`[data-focus-key="${span}"]`).getAttribute('aria-describedby'), 'evidence-tooltip');
  await assertFocusOn(span);
  await press('Escape');
  assert.equal(await frame().locator('.evidence-tooltip:not([hidden])').count(), 0, 'Escape closes it');
});

check('re-run the case and export the run: focus stays on each button', async () => {
  const { page } = session;
  await pressUntil('Shift+Tab', 'case/rerun');
  await press('Enter');
  await poll('the re-run to finish', async () => (await announced()).startsWith(`Re-ran ${caseId}`), 60000);
  await assertFocusOn('case/rerun');

  await pressUntil('Shift+Tab', 'header/export', 60);
  await press('Enter');
  // The web workbench's save dialog is a quick input holding the proposed path.
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 20000 });
  await poll('the proposed path', async () => (await input.inputValue()).endsWith(`promptshift-${runId}.md`));
  await press('Enter');
  const file = join(session.workspace, `promptshift-${runId}.md`);
  await poll('the exported file', async () => existsSync(file), 20000);
  await poll('the export announced', async () => (await announced()) === `Exported to ${file}`);
  await poll('focus back in the panel', async () => (await focused()).key === 'header/export');
  await assertFocusOn('header/export');
});

check('Tab visits every stop of the panel in layout order, and Shift+Tab the same stops in reverse', async () => {
  await pressUntil('Shift+Tab', 'header/diff', 60);
  const forward = ['header/diff', ...(await pressUntil('Tab', (k) => k === null, 80))].slice(0, -1);
  const backward = (await pressUntil('Shift+Tab', 'header/diff', 80)).reverse();
  assert.deepEqual(backward, forward, `forward: ${forward.join(' → ')}`);
  const part = (k) => k.split('/')[0];
  const order = forward.map(part).filter((p, i, all) => p !== all[i - 1]);
  assert.deepEqual(order, ['header', 'score', 'filters', 'list', 'case'], 'header, scorecard, filters, list, then the open case');
  assert.ok(forward.some((k) => /^case\/b\//.test(k)), 'side B is reached after side A');
});

check('while a live run updates the panel, focus stays on the scorecard row and progress is announced', async () => {
  const { page } = session;
  await openFile(page, 'live.evals.yaml');
  await runCommandWhenListed(page, 'PromptShift: Run Paired Eval');
  await poll('the live run in the panel', async () => (await frame().locator('.run-progress:not([hidden])').count()) === 1, 60000);
  const said = [];
  const listen = setInterval(() => void announced().then((t) => t && said.at(-1) !== t && said.push(t)).catch(() => undefined), 100);
  try {
    await poll('the panel to have the keyboard', async () => (await focused()).key !== null, 10000);
    // the scorecard's rows come with the run's first scores: on a slow machine the first Tabs can pass before them
    await poll('the scorecard\'s escalation row', async () => (await frame().locator('[data-focus-key="score/escalation"]').count()) > 0, 60000);
    // From where the panel's focus was kept, to the escalation row of the scorecard.
    await pressUntil('Tab', 'score/escalation', 60);
    // An update arrives (its progress differs) while the row has focus: the scorecard is rebuilt under it.
    const progress = () => frame().locator('.run-progress-text').textContent();
    const first = await progress();
    await poll('an update', async () => (await progress()) !== first, 20000);
    await assertFocusOn('score/escalation', { painted: false });
    await poll('the run to finish', async () => (await frame().locator('.run-progress[hidden]').count()) === 1, 60000);
    await assertFocusOn('score/escalation');
    await poll('the end announced', async () => said.some((s) => /^Run finished: (\d+) of \1 calls, /.test(s)), 10000);
    assert.ok(said.some((s) => /^Run (in progress|\d+% done): \d+ of \d+ calls\.$/.test(s)), `progress announced: ${said.join(' | ')}`);
  } finally {
    clearInterval(listen);
  }
});
