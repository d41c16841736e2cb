#!/usr/bin/env node
// `npm start`: builds, then opens the extension from source in a real VS Code on the example
// workspace. Desktop VS Code when `code` is on PATH; otherwise code-server on 127.0.0.1 (installed
// once into .vscode-test/ from npm), with the URL printed. Keeps esbuild watching, and runs until
// stopped. The workspace is a fresh copy of examples/ in .vscode-test/examples, so trying the demo
// (saving, running evals) never changes the files the tests and the repository keep.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, rmSync, cpSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// a fresh clone: npm packages first (and, for code-server below, its build tools)
const { preflight, forCodeServer } = await import('./preflight.mjs');
const hasDesktopCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0 && !process.env.PROMPTSHIFT_USE_CODE_SERVER;
preflight(hasDesktopCode ? () => false : forCodeServer);
const examples = join(root, '.vscode-test', 'examples');
rmSync(examples, { recursive: true, force: true });
cpSync(join(root, 'examples'), examples, { recursive: true });
const port = Number(process.env.PROMPTSHIFT_PORT ?? 8080);

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const watcher = spawn(process.execPath, [join(root, 'scripts/build.mjs'), '--watch'], { stdio: 'inherit', cwd: root });

const children = [watcher];
const stop = () => {
  for (const c of children) {
    try { process.kill(c.detached ? -c.pid : c.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0 && !process.env.PROMPTSHIFT_USE_CODE_SERVER;
if (hasCode) {
  console.error('[start] opening desktop VS Code with PromptShift loaded from source on examples/ (close the window to stop)');
  const code = spawn('code', ['--wait', '--new-window', `--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit' });
  children.push(code);
  code.on('exit', stop);
} else {
  const { ensureTools } = await import('../test/e2e/install-tools.mjs');
  const { node24, codeServerEntry } = ensureTools();
  const state = join(root, '.vscode-test', 'start');
  const userData = join(state, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  const settingsFile = join(userData, 'User', 'settings.json');
  if (!existsSync(settingsFile)) {
    writeFileSync(settingsFile, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden' }, null, 2));
  }
  // The demo folder is this repository's own copy of examples/, so it is trusted.
  const args = [codeServerEntry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', join(state, 'extensions'),
    // Needed for the URL payload that loads an extension from source.
    '--vscode-option', 'enable-smoke-test-driver'];
  const server = spawn(node24, args, {
    stdio: ['ignore', 'ignore', 'inherit'], detached: true,
    env: { ...process.env, XDG_CONFIG_HOME: join(state, 'config'), XDG_DATA_HOME: join(state, 'data') },
  });
  children.push(server);
  server.on('exit', (code) => { console.error(`[start] code-server exited (${code})`); stop(); });
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
  const url = `http://127.0.0.1:${port}/?${new URLSearchParams({ folder: examples, payload })}`;
  console.log(`\nPromptShift is running in VS Code (code-server) on a copy of examples/ (${examples}). Open:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
}
