// The fresh-machine decision of `npm test` (scripts/preflight.mjs): nothing missing → go on; root
// with apt-get → install the Debian packages; otherwise stop at once with the exact command.
// (No system package is uninstalled to test this: the decision is a pure function of what is found.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs script without types
import { decide, REQUIREMENTS } from '../../../scripts/preflight.mjs';

type Requirement = { what: string; debian: string; present: (has: { command(n: string): boolean; file(p: string): boolean }) => boolean; onlyToBuildCodeServer?: boolean };
const requirements = REQUIREMENTS as Requirement[];

/** The requirements missing on a machine that has only these commands and files. */
const missingOn = (commands: string[], files: string[] = []) =>
  requirements.filter((r) => !r.present({ command: (n) => commands.includes(n), file: (p) => files.includes(p) }));

test('a fresh machine of this kind (no chromium, zsh or libkrb5-dev) is missing exactly those Debian packages', () => {
  const missing = missingOn(['git', 'g++', 'make', 'python3']);
  assert.deepEqual(missing.map((m) => m.debian), ['chromium', 'zsh', 'libkrb5-dev']);
  assert.deepEqual(missingOn(['git', 'g++', 'make', 'python3', 'chromium', 'zsh'], ['/usr/include/gssapi/gssapi.h']), []);
});

test('nothing missing: ready', () => {
  assert.deepEqual(decide({ missing: [], isRoot: false, hasAptGet: false, aptAllowed: true }), { kind: 'ready' });
});

test('root with apt-get: installs the missing packages itself', () => {
  const d = decide({ missing: missingOn(['git', 'g++', 'make', 'python3']), isRoot: true, hasAptGet: true, aptAllowed: true });
  assert.equal(d.kind, 'install');
  assert.deepEqual(d.packages, ['chromium', 'zsh', 'libkrb5-dev']);
  assert.equal(d.command, 'apt-get update && apt-get install -y chromium zsh libkrb5-dev');
});

test('not root, or apt turned off, or no apt-get: stops at once with the exact command', () => {
  const missing = missingOn(['g++', 'make', 'python3']);
  const user = decide({ missing, isRoot: false, hasAptGet: true, aptAllowed: true });
  assert.equal(user.kind, 'stop');
  assert.match(user.message, /chromium \(the browser tests drive it\): Debian package chromium/);
  assert.match(user.message, /\n {2}sudo apt-get update && sudo apt-get install -y chromium git zsh libkrb5-dev\n/);
  const off = decide({ missing, isRoot: true, hasAptGet: true, aptAllowed: false });
  assert.equal(off.kind, 'stop');
  assert.match(off.message, /\n {2}apt-get update && apt-get install -y chromium git zsh libkrb5-dev\n/);
  const noApt = decide({ missing, isRoot: true, hasAptGet: false, aptAllowed: true });
  assert.equal(noApt.kind, 'stop');
  assert.match(noApt.message, /your system's package manager/);
});
