// Attack 4 of issue 12: a pull request commits symbolic links inside `.promptshift/` (the log of a
// prompt file, whose name is predictable, or a whole subfolder) pointing outside the workspace, so
// that `snapshot` or `eval --b working` appends to a file of the attacker's choice (a shell start-up
// file). Every write into the state folder must refuse links and stay inside the workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { derivedFileId } from '../../../src/core/history/path-index';
import { VersionStore } from '../../../src/core/history';
import { cli, listFiles, makeWorkspace, tempDir, type Workspace } from './helpers';

const REPLAY = '  type: replay\n  file: recorded.jsonl';
const STATE = '.promptshift';

/** A workspace whose replay provider answers nothing (the runs here must stop before any call). */
function workspace(prefix: string): Workspace {
  const ws = makeWorkspace(prefix, REPLAY);
  fs.writeFileSync(path.join(ws.root, 'recorded.jsonl'), '');
  return ws;
}

/** A folder outside the workspace holding a "start-up file" the attacker wants to append to. */
function outside(): { dir: string; target: string; before: string } {
  const dir = tempDir('outside');
  const target = path.join(dir, 'profile.sh');
  const before = 'export PATH=/usr/bin\n';
  fs.writeFileSync(target, before);
  return { dir, target, before };
}

const promptLogName = () => `${derivedFileId('prompts/support.prompt.md', 0)}.jsonl`;

test('a committed symlink at .promptshift/history/<id>.jsonl: snapshot and eval --b working write nothing through it (exit 2)', async () => {
  const ws = workspace('wlog');
  const out = outside();
  fs.mkdirSync(path.join(ws.root, STATE, 'history'), { recursive: true });
  fs.symlinkSync(out.target, path.join(ws.root, STATE, 'history', promptLogName()));

  const snap = await cli(['snapshot', 'prompts/support.prompt.md'], ws.root);
  assert.equal(snap.code, 2, snap.io.printed());
  assert.match(snap.io.printed(), /symbolic link/);
  assert.match(snap.io.printed(), new RegExp(promptLogName()));

  const evalRun = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working'], ws.root);
  assert.equal(evalRun.code, 2, evalRun.io.printed());
  assert.match(evalRun.io.printed(), /symbolic link/);

  assert.equal(fs.readFileSync(out.target, 'utf8'), out.before, 'the file outside is untouched');
  assert.deepEqual(fs.readdirSync(out.dir), ['profile.sh']);
});

test('a state subfolder that is a link leading outside (runs, objects, history, cache, the state folder itself) is refused', async () => {
  for (const sub of ['runs', 'objects', 'history', 'cache', '']) {
    const ws = workspace(`wdir-${sub || 'state'}`);
    const out = outside();
    const link = path.join(ws.root, STATE, sub);
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(out.dir, link);
    const snap = await cli(['snapshot', 'prompts/support.prompt.md'], ws.root);
    const evalRun = await cli(['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--cache'], ws.root);
    assert.deepEqual(fs.readdirSync(out.dir), ['profile.sh'], `${sub || STATE}: nothing was created outside (${snap.io.printed()} / ${evalRun.io.printed()})`);
    assert.equal(fs.readFileSync(out.target, 'utf8'), out.before);
    const codes = [snap.code, evalRun.code];
    if (sub === 'runs' || sub === 'cache') assert.equal(evalRun.code, 2, `${sub}: ${evalRun.io.printed()}`);
    else assert.deepEqual(codes, [2, 2], `${sub || STATE}: ${snap.io.printed()} / ${evalRun.io.printed()}`);
    assert.match(evalRun.io.printed(), /outside the workspace/);
  }
});

test('a link inside the state folder that stays inside the workspace is followed as before', async () => {
  const ws = workspace('winside');
  fs.mkdirSync(path.join(ws.root, 'kept-history'));
  fs.symlinkSync(path.join(ws.root, 'kept-history'), path.join(ws.root, STATE, 'history'));
  const snap = await cli(['snapshot', 'prompts/support.prompt.md'], ws.root);
  assert.equal(snap.code, 0, snap.io.printed());
  assert.ok(fs.existsSync(path.join(ws.root, 'kept-history', promptLogName())));
});

test('the version store refuses to append to a linked log, read through it, or store objects through a linked folder', () => {
  const ws = workspace('wstore');
  const out = outside();
  fs.writeFileSync(out.target, '{"kind":"version","time":"2020-01-01T00:00:00.000Z","sha256":"' + 'a'.repeat(64) + '","source":"save","path":"prompts/support.prompt.md"}\n');
  const before = fs.readFileSync(out.target, 'utf8');
  fs.mkdirSync(path.join(ws.root, STATE, 'history'), { recursive: true });
  fs.symlinkSync(out.target, path.join(ws.root, STATE, 'history', promptLogName()));
  const store = new VersionStore(ws.root);
  // Reading: the outside file's lines are not taken as versions.
  const log = store.log(ws.prompt);
  assert.equal(log.versions.length, 0);
  assert.ok(log.warnings.some((w) => /symbolic link/.test(w.message)), JSON.stringify(log.warnings));
  assert.throws(() => store.snapshot(ws.prompt, 'new content', { source: 'manual' }), /symbolic link/);
  assert.equal(fs.readFileSync(out.target, 'utf8'), before);
  // objects/<2 hex> linked outside: storing content there is refused
  fs.mkdirSync(path.join(ws.root, STATE, 'objects'), { recursive: true });
  fs.symlinkSync(out.dir, path.join(ws.root, STATE, 'objects', 'b7'));
  const other = new VersionStore(ws.root);
  // content whose sha256 starts with b7: found by brute force over a counter
  let content = '';
  for (let i = 0; ; i++) {
    content = `content ${i}`;
    if (createHash('sha256').update(content).digest('hex').startsWith('b7')) break;
  }
  assert.throws(() => other.storeContent(content), /outside the workspace/);
  assert.deepEqual(listFiles(out.dir).map((f) => path.basename(f)), ['profile.sh']);
});
