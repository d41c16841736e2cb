// Browser check of the monitor timeline in the real VS Code: "PromptShift: Monitor Production
// Logs…" on a 30-day log where escalation falls from 40 % to 25 % on day 18 shows the timeline with
// an alarm marker (chart and table), and a window's "Samples" button opens its sampled outputs in a
// read-only document beside the panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';

const shots = join(projectRoot, 'test-results');
let session;
let failed = false;

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
  await poll('the alarm marker', async () => (await frame().locator('.alarm-marker').count()) === 1, 60000);
  assert.equal(await frame().locator('table.windows tbody tr').count(), 30);
  const alarmRow = frame().locator('table.windows tr[data-alarm="true"]');
  assert.equal(await alarmRow.count(), 1);
  const label = await alarmRow.locator('th').innerText();
  assert.ok(['2026-01-18', '2026-01-19', '2026-01-20'].includes(label.trim()), `alarm on ${label}`);
  assert.equal(await frame().locator('#behaviour').inputValue(), 'escalation');
  assert.match(await frame().locator('.summary').innerText(), /1 drift alarm/);
  // the marker sits on the alarm window's point
  const markerWindow = await frame().locator('.alarm-marker').getAttribute('data-alarm-window');
  assert.equal(markerWindow, await alarmRow.getAttribute('data-window-index'));
  await session.page.screenshot({ path: join(shots, 'monitor-dark.png') });
});

check("a window's Samples button opens its sampled outputs in a read-only document beside the panel", async () => {
  await frame().locator('table.windows tr[data-alarm="true"] button.open-samples').click();
  const tab = session.page.locator('.tabs-container .tab', { hasText: /samples 2026-01-(18|19|20)/ });
  await poll('the samples tab', async () => (await tab.count()) > 0, 30000);
  const text = await poll('the samples text', async () => {
    const lines = await session.page.locator('.editor-group-container.active .monaco-editor .view-line').allInnerTexts();
    const joined = lines.join('\n').replace(/\u00a0/g, ' '); // the editor renders spaces as no-break spaces
    return joined.includes('ALARM') ? joined : undefined;
  }, 30000);
  assert.match(text, /ALARM: escalation decrease/);
  assert.match(text, /Sample 1/);
  assert.match(text, /Output:/);
});
