// First paint of a 1,000-case × 3-sample run in the real results panel of code-server, two ways:
//  - "panel open": the panel already shows a small run; from the Enter that picks the big run in
//    "PromptShift: Open Eval Run…" to its first case row drawn (the "after the panel opens");
//  - "cold": the first panel of the session, from the Enter that runs the command (adds creating
//    the webview: its iframe, service worker and bundle, which code-server takes seconds over).
// Both include what the standalone panel.bench.ts leaves out: the host reading and validating
// report.json and the message carrying it.
// Run: npm run build -- --production && node --import tsx test/bench/vscode-panel.ts [runs=5]
import { mkdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { largeReport } from '../fixtures/reports/reports';
// @ts-expect-error: plain JavaScript test library
import { openSession, openFile, webviewFrame, poll } from '../e2e/lib/session.mjs';
// @ts-expect-error: plain JavaScript test library
import { copyWorkspace } from '../e2e/lib/workbench.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function main(): Promise<void> {
const times: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const folder: string = copyWorkspace();
  const runDir = join(folder, '.promptshift', 'runs', '20261122T000000000Z-bench0001');
  mkdirSync(runDir, { recursive: true });
  const report = largeReport(1000, 3);
  report.runId = '20261122T000000000Z-bench0001';
  writeFileSync(join(runDir, 'report.json'), JSON.stringify(report));
  const smallDir = join(folder, '.promptshift', 'runs', '20261122T000000000Z-small0001');
  mkdirSync(smallDir, { recursive: true });
  const small = largeReport(3, 1);
  small.runId = '20261122T000000000Z-small0001';
  small.cases = small.cases.map((c, k) => ({ ...c, id: `small-${k}` }));
  writeFileSync(join(smallDir, 'report.json'), JSON.stringify(small));
  const size = statSync(join(runDir, 'report.json')).size;
  const session = await openSession({ folder });
  try {
    const { page } = session;
    await openFile(page, 'support.prompt.md');
    await page.locator('.codelens-decoration', { hasText: 'Run paired eval' }).first().waitFor({ timeout: 60000 });
    const frame = webviewFrame(page);
    const openRun = async (runId: string, bigRowSelector: string): Promise<number> => {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>PromptShift: Open Eval Run');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Eval Run' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: runId }).first().waitFor({ timeout: 30000 });
      await page.locator('.quick-input-widget input').fill(runId);
      await page.waitForTimeout(200);
      // Both clocks are the browser's wall clock: the workbench's at the key press, the webview's
      // when it has drawn the run (data-painted-at), so polling adds nothing to the figure.
      const t0 = await page.evaluate(() => Date.now());
      await page.keyboard.press('Enter');
      await poll('the run\'s first case row', async () => (await frame.locator(bigRowSelector).count()) > 0, 60000);
      const paintedAt = Number(await frame.locator('#root').getAttribute('data-painted-at'));
      return paintedAt - t0;
    };
    const cold = await openRun('bench0001', '[data-case-id]:not([data-case-id^="small-"])');
    await openRun('small0001', '[data-case-id^="small-"]');
    const ms = await openRun('bench0001', '[data-case-id]:not([data-case-id^="small-"])');
    // The outline came first; the whole report follows: a case opens with its outputs.
    const row = frame.locator('[data-case-id]:not([data-case-id^="small-"]):not(.case-view)').first();
    const caseId = await row.getAttribute('data-case-id');
    await row.click();
    await poll(`${caseId} to open with its outputs`, async () => ((await frame.locator(`.case-view[data-case-id="${caseId}"] .side-a .output`).first().innerText().catch(() => '')) as string).length > 100, 30000);
    times.push(cold);
    warm.push(ms);
    console.error(`run ${i + 1}: cold ${cold} ms, panel open ${ms} ms (report.json ${(size / 1e6).toFixed(1)} MB)`);
  } finally {
    await session.close('vscode-panel', false);
    rmSync(folder, { recursive: true, force: true });
  }
}
console.log(`real results panel, 1,000 cases × 3 samples, ${RUNS} runs, pick the run → first case row:`);
console.log(`  panel already open: median ${median(warm)} ms (min ${Math.min(...warm)}, max ${Math.max(...warm)})`);
console.log(`  cold (first panel of the session): median ${median(times)} ms (min ${Math.min(...times)}, max ${Math.max(...times)})`);
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
