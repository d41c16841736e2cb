// Browser check of the monitor timeline in the real VS Code: "PromptShift: Monitor Production
// Logs…" on a 30-day log where escalation falls from 40 % to 25 % on day 18 shows the timeline with
// an alarm marker (chart and table); a window's "Samples" button opens its sampled outputs beside
// the earlier windows' in the results panel's side-by-side view; the timeline (and its samples)
// come back after a window reload; a finished eval run can be the baseline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, webviewFrame, poll, frameWith, reloadWindow } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { blockingFindings, runAxe } from '../lib/axe.mjs';
import { svgTextContrasts, withSvgTextDecided } from '../lib/svgContrast.mjs';

const shots = join(projectRoot, 'test-results');
let session;
let failed = false;
let runId;

function productionLog() {
  const escalates = ["I'm sorry about the double charge. Please contact our billing team so they can reverse it.", "Thanks for your patience. I'll connect you with a human agent who can look at your account right away."];
  const plain = ['Your order shipped yesterday and should arrive on Friday.', "I've refunded the duplicate payment; it will show in three to five days."];
  const lines = [];
  for (let day = 1; day <= 30; day++) {
    for (let i = 0; i < 200; i++) {
      // a fixed scatter (37 is coprime with 100): exactly the day's rate over each 100 outputs
      const pool = (i * 37 + day * 11) % 100 < (day >= 18 ? 25 : 40) ? escalates : plain;
      const time = new Date(Date.UTC(2026, 0, day) + i * 400_000).toISOString();
      lines.push(JSON.stringify({ id: `r${day}-${i}`, timestamp: time, input: 'I was charged twice.', output: pool[i % pool.length] }));
    }
  }
  return lines.join('\n') + '\n';
}

before(async () => {
  const folder = copyWorkspace();
  mkdirSync(join(folder, 'logs'), { recursive: true });
  writeFileSync(join(folder, 'logs', 'prod-30d.jsonl'), productionLog());
  // a finished eval run of the example suite (replay provider), to be offered as a baseline
  try {
    execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'eval', 'support.evals.yaml'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: a gate failed, the run is complete
  }
  runId = readdirSync(join(folder, '.promptshift', 'runs'))[0];
  session = await openSession({ folder, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  mkdirSync(shots, { recursive: true });
});
after(async () => { await session?.close('monitor', failed); });
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

const frame = () => webviewFrame(session.page);

async function pick(text) {
  const input = session.page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  const row = session.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
}

check('the command picks a log and a window, and the timeline shows an alarm marker in the chart and the table', async () => {
  await runCommandWhenListed(session.page, 'PromptShift: Monitor Production Logs…');
  await pick('logs/prod-30d.jsonl');
  await pick('1d');
  await pick('Earlier windows');
  await poll('the alarm marker', async () => (await frame().locator('.alarm-marker').count()) === 1, 60000);
  assert.equal(await frame().locator('table.windows tbody tr').count(), 30);
  const alarmRow = frame().locator('table.windows tr[data-alarm="true"]');
  assert.equal(await alarmRow.count(), 1);
  const label = await alarmRow.locator('th').innerText();
  assert.ok(['2026-01-18', '2026-01-19', '2026-01-20'].includes(label.trim()), `alarm on ${label}`);
  assert.equal(await frame().locator('#behaviour').inputValue(), 'escalation');
  assert.match(await frame().locator('.summary').innerText(), /1 drift alarm/);
  // the marker sits on the alarm window's point
  const markerWindow = await frame().locator('.alarm-marker').getAttribute('data-at');
  assert.equal(markerWindow, await alarmRow.getAttribute('data-window-index'));
  // no serious or critical accessibility finding (axe-core, WCAG 2.1 AA; the chart's SVG labels measured)
  const page = await frameWith(session.page, 'table.windows');
  assert.deepEqual(withSvgTextDecided(blockingFindings(await runAxe(page)), await svgTextContrasts(page)), []);
  await session.page.screenshot({ path: join(shots, 'monitor-dark.png') });
});

/** Clicks the alarm window's Samples button and checks the results panel shows its samples beside the earlier windows'. */
async function openAlarmSamples() {
  const monitor = await frameWith(session.page, 'table.windows');
  const label = (await monitor.locator('table.windows tr[data-alarm="true"] th').innerText()).trim();
  await monitor.locator('table.windows tr[data-alarm="true"] button.open-samples').click();
  const results = await frameWith(session.page, '.case-list .case-row');
  await poll('five sampled outputs', async () => (await results.locator('.case-row').count()) === 5, 30000);
  assert.equal(await results.locator('.run-title h1').innerText(), 'Compare');
  assert.match(await results.locator('.version-b .version-label').innerText(), new RegExp(`^${label}: 5 of 200 outputs sampled`));
  assert.match(await results.locator('.version-a .version-label').innerText(), /^Baseline: the 1\d windows before \(\d[\d,]* outputs\)/);
  // the scorecard: the window's rate against the earlier windows', significant where the monitor alarmed
  assert.match(await results.locator('.score-row[data-behaviour="escalation"]').innerText(), /significant/);
  assert.ok(await session.page.locator('.tabs-container .tab', { hasText: `monitor window ${label}` }).count() > 0);
  return { results, label };
}

check("a window's Samples button opens its sampled outputs beside the earlier windows' in the results panel, word diff and evidence spans", async () => {
  const { results } = await openAlarmSamples();
  // side by side, with the evidence of escalation annotated in some output
  let annotated = 0;
  for (const id of await results.locator('.case-row').evaluateAll((els) => els.map((e) => e.dataset.caseId))) {
    await results.locator(`.case-row[data-case-id="${id}"]`).click();
    await results.locator(`.case-view[data-case-id="${id}"]`).waitFor();
    assert.ok((await results.locator('.case-view .side-a .output').innerText()).length > 0, `${id}: baseline output`);
    assert.ok((await results.locator('.case-view .side-b .output').innerText()).length > 0, `${id}: window output`);
    annotated += await results.locator('.case-view [data-behaviour="escalation"]').count();
  }
  assert.ok(annotated > 0, 'some output shows escalation, annotated');
  await session.page.screenshot({ path: join(shots, 'monitor-samples.png') });
});

check('the monitor timeline comes back after a window reload, and its samples still open', async () => {
  await session.page.locator('.tabs-container .tab', { hasText: 'PromptShift Monitor' }).click();
  await frameWith(session.page, '.alarm-marker');
  await reloadWindow(session.page);
  await session.page.locator('.tabs-container .tab', { hasText: 'PromptShift Monitor' }).click({ timeout: 60000 });
  const monitor = await frameWith(session.page, '.alarm-marker', 90000);
  assert.equal(await monitor.locator('table.windows tbody tr').count(), 30);
  await openAlarmSamples();
});

check('a finished eval run is offered as the baseline, and the timeline says it is the one used', async () => {
  assert.ok(runId, 'the example eval made a run');
  // A quick pick closes when something else takes the focus (a webview finishing its load, a notification): then
  // the run's row vanishes under the click (seen once in a full run), and the command is run again.
  await poll('the run picked as the baseline', async () => {
    await runCommandWhenListed(session.page, 'PromptShift: Monitor Production Logs…');
    await pick('logs/prod-30d.jsonl');
    await pick('1d');
    const row = session.page.locator('.quick-input-list .monaco-list-row', { hasText: `run ${runId}` }).first();
    try {
      await row.click({ timeout: 15000 });
      return true;
    } catch {
      await session.page.keyboard.press('Escape');
      return undefined;
    }
  }, 120000);
  const monitor = await frameWith(session.page, '.baseline');
  await poll('the run baseline', async () => (await monitor.locator('.baseline').innerText()).includes(`run ${runId} (version B)`), 60000);
});
