// Browser check of a prompt file's behaviour timeline in the real VS Code (issue 16): five versions
// of a prompt, each evaluated with the replay provider by the CLI in the workspace copy; "PromptShift:
// Show Behaviour Timeline" from the prompt's editor draws one point per version with escalation
// creeping in, the hover names the version and its run, a click opens that run in the results panel,
// and the timeline comes back after a window reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openFile, runCommandWhenListed, poll, frameWith, reloadWindow } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { blockingFindings, runAxe } from '../lib/axe.mjs';
import { svgTextContrasts, withSvgTextDecided } from '../lib/svgContrast.mjs';
import { escalationOf, PROMPT, writeTimelineWorkspace } from '../../fixtures/timeline/five-versions.mjs';

const shots = join(projectRoot, 'test-results');
let session;
let failed = false;
let runIds = [];

before(async () => {
  const folder = copyWorkspace();
  for (const step of writeTimelineWorkspace(folder)) {
    if (step.write) writeFileSync(join(folder, step.write[0]), step.write[1]);
    try {
      execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), ...step.args], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      if (e.status !== 1) throw e; // 1: a gate failed, the run is complete
    }
  }
  runIds = execFileSync('ls', [join(folder, '.promptshift', 'runs')], { encoding: 'utf8' }).trim().split('\n').sort().reverse();
  // the newest run (v1 → v5) measured objective stability (a design section as a probe run writes it)
  const newestReport = join(folder, '.promptshift', 'runs', runIds[0], 'report.json');
  const report = JSON.parse(readFileSync(newestReport, 'utf8'));
  report.design = { kind: 'conditions', arms: [], effects: [], gaps: [], stability: [{ version: 'b', sha256: report.b.promptSha256, score: 0.8, lower: 0.62, upper: 0.9, cases: 10, conditions: ['observed', 'unobserved'] }] };
  writeFileSync(newestReport, JSON.stringify(report));
  session = await openSession({ folder });
  mkdirSync(shots, { recursive: true });
});
after(async () => { await session?.close('timeline', failed); });
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });


check('the timeline of a prompt with five evaluated versions: one point per version, escalation creeping in, in chart and table', async () => {
  assert.equal(runIds.length, 5, runIds.join(' '));
  await openFile(session.page, 'timeline.prompt.md');
  await runCommandWhenListed(session.page, 'PromptShift: Show Behaviour Timeline');
  const frame = await frameWith(session.page, 'table.versions');
  assert.match(await frame.locator('h1').innerText(), new RegExp(PROMPT.replace('.', '\\.')));
  assert.deepEqual(await frame.locator('table.versions tbody th').allInnerTexts(), ['v1', 'v2', 'v3', 'v4', 'v5']);
  const points = frame.locator('.chart .series[data-series="escalation"] .point');
  assert.equal(await points.count(), 5);
  // higher on the chart = a smaller y: escalation rises from v1 to v5
  const ys = await points.evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i] < ys[i - 1], `v${i + 1} above v${i}: ${ys.join(' ')}`);
  const cells = await frame.locator('table.versions tbody td[data-behaviour="escalation"]').allInnerTexts();
  assert.deepEqual(cells, [1, 2, 3, 4, 5].map((k) => `${(escalationOf(k) * 100).toFixed(1)}%`));
  // objective stability, where a run measured it: v5 only, a dashed line of one point, and a column
  assert.equal(await frame.locator('.chart .series.dashed[data-series="stability"] .point').count(), 1);
  assert.equal(await frame.locator('.chart .series[data-series="stability"] .point').getAttribute('data-x'), '4');
  assert.deepEqual(await frame.locator('table.versions tbody td[data-stability]').allInnerTexts(), ['–', '–', '–', '–', '80.0% (62.0%–90.0%)']);
  // no serious or critical accessibility finding (axe-core, WCAG 2.1 AA; the chart's SVG labels measured)
  assert.deepEqual(withSvgTextDecided(blockingFindings(await runAxe(frame)), await svgTextContrasts(frame)), []);
  await session.page.screenshot({ path: join(shots, 'timeline.png') });
});

check('hovering a point shows its version and run; clicking it opens that run in the results panel', async () => {
  const frame = await frameWith(session.page, 'table.versions');
  const v3 = frame.locator('.chart .series[data-series="escalation"] .point[data-x="2"]');
  const runId = await frame.locator('table.versions tbody tr[data-version-index="2"]').getAttribute('data-run-id');
  assert.ok(runIds.includes(runId), runId);
  await session.page.mouse.move(5, 5);
  await v3.hover();
  const tip = frame.locator('.chart-tooltip');
  await poll('the tooltip', async () => (await tip.getAttribute('hidden')) === null && (await tip.innerText()).includes('v3'), 10000);
  const text = await tip.innerText();
  assert.match(text, /v3/);
  assert.ok(text.includes(`run ${runId}`), text);
  assert.match(text, /escalation 40\.0%/);
  await v3.click();
  const results = await frameWith(session.page, '.scorecard .score-row');
  await poll('the run in the results panel', async () => (await results.locator('.run-id').innerText()) === runId, 30000);
  assert.ok(await session.page.locator('.tabs-container .tab', { hasText: `PromptShift: ${runId}` }).count() > 0);
});

check('the timeline comes back after a window reload', async () => {
  await session.page.locator('.tabs-container .tab', { hasText: 'Timeline: timeline.prompt.md' }).click();
  await frameWith(session.page, 'table.versions');
  await reloadWindow(session.page);
  await session.page.locator('.tabs-container .tab', { hasText: 'Timeline: timeline.prompt.md' }).click({ timeout: 60000 });
  const frame = await frameWith(session.page, 'table.versions', 90000);
  assert.equal(await frame.locator('table.versions tbody tr').count(), 5);
});

check('a run that finishes while the timeline is open redraws it: the version it evaluated now shows that run', async () => {
  const folder = session.workspace;
  try {
    execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'eval', 'timeline.evals.yaml', '--a', '@v1', '--b', '@v2', '--no-cache'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
  const newest = execFileSync('ls', [join(folder, '.promptshift', 'runs')], { encoding: 'utf8' }).trim().split('\n').sort().reverse()[0];
  assert.ok(!runIds.includes(newest), 'a new run');
  const frame = await frameWith(session.page, 'table.versions');
  await poll('v2 drawn from the new run', async () => (await frame.locator('table.versions tbody tr[data-version-index="1"]').getAttribute('data-run-id')) === newest, 30000);
  assert.match(await frame.locator('.summary').innerText(), /from 6 runs/);
});
