#!/usr/bin/env node
// The real-VS-Code test stage: (1) the extension-host suite (mocha inside the extension host,
// full `vscode` API), then (2) the browser checks (Node's test runner + playwright-core driving
// Chromium against code-server). Tools are installed once into .vscode-test/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTools } from './install-tools.mjs';
import { startCodeServer, launchBrowser, workbenchUrl, copyWorkspace, collectConsole, screenshotOnFailure, projectRoot } from './lib/workbench.mjs';

const only = process.argv[2]; // "exthost" | "browser" | undefined (both)
const t0 = Date.now();
ensureTools();
if (!existsSync(join(projectRoot, 'dist/extension.js')) || !existsSync(join(projectRoot, 'out/test/e2e/suite/index.js'))) {
  console.error('e2e: dist/ or out/ missing: run `npm run build` first');
  process.exit(1);
}
mkdirSync(join(projectRoot, 'test-results'), { recursive: true });

async function runExtensionHostSuite() {
  const resultsFile = join(projectRoot, 'test-results/exthost.json');
  rmSync(resultsFile, { force: true });
  const workspace = copyWorkspace();
  const server = await startCodeServer();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines = collectConsole(page, []);
  let printed = 0;
  const flush = () => { for (; printed < lines.length; printed++) if (!/vsda|open-vsx|ENOTFOUND|Failed to load resource/.test(lines[printed])) console.log(`  ${lines[printed]}`); };
  let exitCode;
  try {
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => { resolve(code); }));
    await page.goto(workbenchUrl(server, workspace, { extensionTestsPath: join(projectRoot, 'out/test/e2e/suite/index.js') }));
    const timer = setInterval(flush, 500);
    exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 10 * 60 * 1000))]);
    clearInterval(timer);
    flush();
    if (exitCode !== 0) await screenshotOnFailure(page, 'exthost-suite');
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  let results = { passed: 0, failed: 0, failures: [] };
  if (existsSync(resultsFile)) results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  else if (exitCode !== 0) results.failed = 1;
  for (const f of results.failures) console.log(`  FAILED ${f.title}\n    ${f.error.split('\n').slice(0, 6).join('\n    ')}`);
  console.log(`extension-host: ${results.passed} passed, ${results.failed} failed`);
  return exitCode === 0 && results.failed === 0 && results.passed > 0;
}

function runBrowserChecks() {
  const dir = join(projectRoot, 'test/e2e/browser');
  const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: projectRoot });
  return r.status === 0;
}

let ok = true;
if (!only || only === 'exthost') ok = (await runExtensionHostSuite()) && ok;
if (!only || only === 'browser') ok = runBrowserChecks() && ok;
console.error(`e2e: finished in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
