// `npm test`'s first step (scripts/preflight.mjs) run as a real process on a simulated fresh
// machine: in a private mount namespace, /usr/bin is replaced by a folder holding only some of its
// programs (no chromium, no git, no zsh) and the gssapi headers are hidden, so nothing is uninstalled and
// nothing outside this one process sees a change. The script must stop within a minute with the
// exact command that fixes it. Needs root and util-linux `unshare` (the mount namespace); skipped,
// saying so, where they are missing. The decision itself: preflight.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(__dirname, '../../..');
const canHide = process.getuid?.() === 0 && spawnSync('unshare', ['-m', '--propagation', 'private', 'true']).status === 0;
const skip = canHide ? false : 'needs root and unshare -m to hide system packages from one process';

// Runs inside the new mount namespace: keeps /usr/bin reachable under $REAL, covers /usr/bin with
// an empty tmpfs holding links to the programs in $KEEP only, hides /usr/include/gssapi, then runs
// node (from $REAL) with the remaining arguments, as $AS (a uid) when given.
const HIDE = `set -e
REAL=$1; KEEP=$2; AS=$3; shift 3
mount --bind /usr/bin "$REAL"
"$REAL/mount" -t tmpfs -o size=1m tmpfs /usr/bin
for t in $KEEP; do if [ -e "$REAL/$t" ]; then "$REAL/ln" -s "$REAL/$t" "/usr/bin/$t"; fi; done
if [ -d /usr/include/gssapi ] && [ "$HIDE_HEADERS" = 1 ]; then "$REAL/mount" -t tmpfs -o size=1m tmpfs /usr/include/gssapi; fi
if [ -n "$AS" ]; then exec "$REAL/setpriv" --reuid="$AS" --regid="$AS" --clear-groups "$REAL/node" "$@"; fi
exec "$REAL/node" "$@"
`;

/** A copy of the project's preflight, in a folder whose node_modules is installed but .vscode-test is not. */
function freshProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-fresh-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(project, 'scripts/preflight.mjs'), join(dir, 'scripts/preflight.mjs'));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'node_modules/.package-lock.json'), '{}');
  mkdirSync(join(dir, 'realbin'));
  writeFileSync(join(dir, 'hide.sh'), HIDE);
  return dir;
}

function preflightWithout(keep: string[], options: { as?: number; headers?: 'hidden' | 'there' } = {}) {
  const dir = freshProject();
  try {
    const started = Date.now();
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', join(dir, 'hide.sh'), join(dir, 'realbin'), keep.join(' '), options.as === undefined ? '' : String(options.as), 'scripts/preflight.mjs'], {
      cwd: dir,
      // never apt-get install from a test, whatever it simulates
      env: { PATH: '/usr/bin', HOME: dir, PROMPTSHIFT_NO_APT: '1', HIDE_HEADERS: options.headers === 'there' ? '0' : '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('npm test runs the preflight first', () => {
  const scripts = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).scripts as Record<string, string>;
  assert.match(scripts['test']!, /^node scripts\/preflight\.mjs && /);
});

test('root, apt-get turned off, no chromium, git, zsh or gssapi headers: stops within a minute with the exact apt-get command', { skip }, () => {
  const r = preflightWithout(['sh', 'g++', 'make', 'python3', 'apt-get']);
  assert.equal(r.status, 1, r.stderr);
  assert.ok(r.seconds < 60, `${r.seconds} s`);
  assert.match(r.stderr, /chromium \(the browser tests drive it\): Debian package chromium/);
  assert.match(r.stderr, /git \(version history and CI-gate tests\): Debian package git/);
  assert.match(r.stderr, /\n {2}apt-get update && apt-get install -y chromium git zsh libkrb5-dev\n/);
  // nothing was hidden from anyone else
  assert.ok(existsSync('/usr/bin/git') || existsSync('/usr/local/bin/git'));
});

test('not root: stops with the same command under sudo; without apt-get: names the packages for another package manager', { skip }, () => {
  const user = preflightWithout(['sh', 'g++', 'make', 'python3', 'apt-get'], { as: 65534 });
  assert.equal(user.status, 1, user.stderr);
  assert.ok(user.seconds < 60);
  assert.match(user.stderr, /\n {2}sudo apt-get update && sudo apt-get install -y chromium git zsh libkrb5-dev\n/);
  const noApt = preflightWithout(['sh', 'g++', 'make', 'python3']);
  assert.equal(noApt.status, 1, noApt.stderr);
  assert.match(noApt.stderr, /your system's package manager \(on Debian\/Ubuntu: apt-get update && apt-get install -y chromium git zsh libkrb5-dev\)/);
});

test('with chromium, git and zsh there, only the hidden gssapi headers are asked for; with them too, it goes on (exit 0)', { skip }, () => {
  const r = preflightWithout(['sh', 'g++', 'make', 'python3', 'apt-get', 'git', 'chromium', 'zsh']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /apt-get install -y libkrb5-dev\n/);
  assert.doesNotMatch(r.stderr, /chromium|Debian package git|Debian package zsh/);
  const ready = preflightWithout(['sh', 'g++', 'make', 'python3', 'apt-get', 'git', 'chromium', 'zsh'], { headers: 'there' });
  assert.equal(ready.status, 0, ready.stderr);
  assert.equal(ready.stderr, '');
});
