#!/usr/bin/env node
// First step of `npm test` on any machine: makes sure what the tests need is there, before minutes
// are spent on a build that fails deep inside code-server's install (a missing gssapi/gssapi.h).
// - the project's own npm packages: installed with `npm ci` when node_modules is missing;
// - Debian packages (chromium for the browser tests, libkrb5-dev and a C++ toolchain for
//   code-server's native modules, git for the history tests, zsh for the completion test): when running as root with apt-get,
//   installed; otherwise the run stops at once with the exact command to run.
// PROMPTSHIFT_NO_APT=1 turns the apt-get install off (the command is printed instead).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the tests need from the system: how to tell it is there, and the Debian package that brings it. */
export const REQUIREMENTS = [
  { what: 'chromium (the browser tests drive it)', debian: 'chromium', present: (has) => has.command('chromium') || has.file('/usr/bin/chromium') },
  { what: 'git (version history and CI-gate tests)', debian: 'git', present: (has) => has.command('git') },
  { what: 'zsh (the completion script is checked with zsh -n)', debian: 'zsh', present: (has) => has.command('zsh') },
  { what: 'gssapi headers (code-server builds its kerberos module with them)', debian: 'libkrb5-dev', present: (has) => has.file('/usr/include/gssapi/gssapi.h'), onlyToBuildCodeServer: true },
  { what: 'a C++ compiler (code-server builds native modules)', debian: 'g++', present: (has) => has.command('g++'), onlyToBuildCodeServer: true },
  { what: 'make (code-server builds native modules)', debian: 'make', present: (has) => has.command('make'), onlyToBuildCodeServer: true },
  { what: 'python3 (node-gyp runs it to build native modules)', debian: 'python3', present: (has) => has.command('python3'), onlyToBuildCodeServer: true },
];

/**
 * The decision, as a pure function of what was found (tested in test/unit/scripts/preflight.test.ts):
 * `ready`, `install` (root with apt-get, allowed) or `stop` with the message and exact command.
 */
export function decide({ missing, isRoot, hasAptGet, aptAllowed }) {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = [...new Set(missing.map((m) => m.debian))];
  const command = `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
  if (isRoot && hasAptGet && aptAllowed) return { kind: 'install', packages, command };
  const why = missing.map((m) => `  - ${m.what}: Debian package ${m.debian}`).join('\n');
  const how = hasAptGet ? `Install them with:\n  ${command}` : `Install the equivalent packages with your system's package manager (on Debian/Ubuntu: ${command}).`;
  return { kind: 'stop', message: `npm test needs system packages that are missing:\n${why}\n${how}\nthen run npm test again.` };
}

function probe(wanted = () => true) {
  const has = {
    command: (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0,
    file: (path) => existsSync(path),
  };
  // once code-server is built (.vscode-test), its build tools are no longer needed
  const codeServerBuilt = existsSync(join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'));
  const missing = REQUIREMENTS.filter((r) => wanted(r) && !(r.onlyToBuildCodeServer && codeServerBuilt) && !r.present(has));
  return { missing, isRoot: process.getuid?.() === 0, hasAptGet: has.command('apt-get'), aptAllowed: process.env.PROMPTSHIFT_NO_APT !== '1' };
}

function log(message) {
  process.stderr.write(`[preflight] ${message}\n`);
}

/** `wanted` picks the requirements to check (`npm start` needs only what builds code-server). */
export function preflight(wanted = () => true) {
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    log('node_modules is missing: running npm ci');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  }
  let decision = decide(probe(wanted));
  if (decision.kind === 'install') {
    log(`installing Debian packages: ${decision.packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', ...decision.packages], { stdio: 'inherit', env }) : update;
    if (install.status !== 0) decision = { kind: 'stop', message: `apt-get could not install ${decision.packages.join(' ')}; run it yourself:\n  ${decision.command}` };
    else decision = decide({ ...probe(wanted), aptAllowed: false });
  }
  if (decision.kind === 'stop') {
    log(decision.message);
    process.exit(1);
  }
}

export const forCodeServer = (r) => r.onlyToBuildCodeServer === true;

if (import.meta.url === `file://${process.argv[1]}`) preflight();
