// Starts a real VS Code (code-server from npm, on Node 24 from npm) on 127.0.0.1 and drives it with
// Debian's Chromium through playwright-core. See shared/notes/real-vscode-testing.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureTools } from '../install-tools.mjs';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = process.env.PROMPTSHIFT_CHROMIUM ?? '/usr/bin/chromium';

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 100,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  // no gallery queries for recommendations: nothing here can reach a gallery, and the calls are noise in request checks
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.enableExperiments': false,
  'git.openRepositoryInParentFolders': 'never',
  // Tests save explicitly; an auto-save would record versions nobody asked for.
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** A copy of examples/ (or another folder) in a temp dir, so tests can change files freely. */
export function copyWorkspace(from = join(projectRoot, 'examples')) {
  const dir = mkdtempSync(join(tmpdir(), 'promptshift-ws-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/**
 * Starts code-server. `settings` are merged over a clean, deterministic base.
 * `extensionsDir` lets a test install a .vsix first.
 */
export async function startCodeServer({ settings = {}, extensionsDir, workspace } = {}) {
  const { node24, codeServerEntry } = ensureTools();
  const base = mkdtempSync(join(tmpdir(), 'promptshift-cs-'));
  const userDataDir = join(base, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const extDir = extensionsDir ?? join(base, 'extensions');
  mkdirSync(extDir, { recursive: true });
  const port = await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(base, 'config'),
    XDG_DATA_HOME: join(base, 'data'),
    XDG_CACHE_HOME: join(base, 'cache'),
    HOME: join(base, 'home'),
  };
  mkdirSync(env.HOME, { recursive: true });
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extDir,
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (settings['security.workspace.trust.enabled'] === true) args.splice(args.indexOf('--disable-workspace-trust'), 1);
  if (workspace) args.push(workspace);
  const child = spawn(node24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  child.stdout.on('data', (d) => (serverLog += d));
  child.stderr.on('data', (d) => (serverLog += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${serverLog}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, userDataDir, extensionsDir: extDir, node24, codeServerEntry, env,
    log: () => serverLog,
    async stop() {
      // The whole process group: killing only the main pid leaves watchers and extension hosts behind.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 500));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that loads the extension from source (and optionally runs a test suite in its host). */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  if (extensionDevelopmentPath === undefined) extensionDevelopmentPath = projectRoot;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://127.0.0.1:${server.port}${extensionTestsPath}`]);
  const q = new URLSearchParams({ folder });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

/**
 * Runs a probe inside the real extension host of a fresh code-server on `workspace` (an
 * extensionTestsPath whose run() writes its findings to `resultFile`) and returns the parsed result.
 */
export async function runInExtensionHost(probe, workspace, resultFile, timeoutMs = 120000) {
  const server = await startCodeServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
    await page.goto(workbenchUrl(server, workspace, { extensionTestsPath: probe }));
    const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (code !== 0 || !existsSync(resultFile)) throw new Error(`the probe failed (exit ${code}); server log:\n${server.log().slice(-2000)}`);
    return JSON.parse(readFileSync(resultFile, 'utf8'));
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Page console lines, with the extension host's `%c INFO` formatting undone. */
export function collectConsole(page, sink = []) {
  page.on('console', async (msg) => {
    try {
      const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
      const text = typeof args[0] === 'string' && args[0].startsWith('%c') ? format(...args.slice(2)) : format(...args);
      sink.push(text);
    } catch {
      sink.push(msg.text());
    }
  });
  return sink;
}

export async function screenshotOnFailure(page, name) {
  if (!page) return;
  const dir = join(projectRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

export { existsSync };
