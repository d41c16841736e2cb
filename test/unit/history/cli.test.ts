import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { VersionStore, sha256Hex } from '../../../src/core/history';
import { commitAll, gitInit, tempWorkspace, write } from './helpers';

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: {}, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('promptshift snapshot / history', () => {
  test('snapshot prints the sha256, records once per content, and history lists versions newest first', async () => {
    const root = tempWorkspace();
    fs.mkdirSync(path.join(root, '.promptshift'));
    const sub = path.join(root, 'prompts');
    write(root, 'prompts/a.prompt', 'Be brief.\n');

    const first = await run(sub, 'snapshot', 'a.prompt'); // run from a sub-folder: the root is found upwards
    assert.equal(first.code, 0, first.err);
    assert.equal(first.out, sha256Hex(Buffer.from('Be brief.\n')) + '\n');
    assert.match(first.err, /prompts\/a\.prompt: recorded v1/);

    const same = await run(sub, 'snapshot', 'a.prompt');
    assert.equal(same.code, 0);
    assert.match(same.err, /unchanged, same content as v1/);

    write(root, 'prompts/a.prompt', 'Be brief.\nEscalate refunds.\n');
    const second = await run(root, 'snapshot', 'prompts/a.prompt', '--label', 'escalate', '--message', 'add escalation');
    assert.equal(second.code, 0, second.err);

    const listing = await run(root, 'history', 'prompts/a.prompt');
    assert.equal(listing.code, 0, listing.err);
    const rows = listing.out.split('\n').filter((l) => /^\s+v\d/.test(l));
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^\s+v2\s+just now\s+[0-9a-f]{8}\s+manual\s+@escalate\s+\+1 -0\s+add escalation$/);
    assert.match(rows[1]!, /^\s+v1\s+just now\s+[0-9a-f]{8}\s+manual\s+\+1 -0$/);

    // the extension's store sees what the CLI recorded
    assert.equal(new VersionStore(root).findByLabel('prompts/a.prompt', 'escalate')?.number, 2);
  });

  test('history --json carries versions, labels, line stats and git commits', async () => {
    const root = tempWorkspace();
    gitInit(root);
    write(root, 'a.prompt', 'one\n');
    commitAll(root, 'first prompt');
    await run(root, 'snapshot', 'a.prompt');
    write(root, 'a.prompt', 'one\ntwo\nthree\n');
    await run(root, 'snapshot', 'a.prompt', '--label', 'three-lines');
    const r = await run(root, 'history', 'a.prompt', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.file, 'a.prompt');
    assert.equal(json.root, root);
    assert.deepEqual(json.versions.map((v: { number: number; added: number; removed: number }) => [v.number, v.added, v.removed]), [[2, 2, 0], [1, 1, 0]]);
    assert.deepEqual(json.labels, { 'three-lines': 2 });
    assert.deepEqual(json.git.map((c: { subject: string }) => c.subject), ['first prompt']);
    assert.ok(fs.existsSync(path.join(root, '.promptshift', '.gitignore')), 'the .git folder made this the workspace root');
  });

  test('snapshot --from moves the history to the new path', async () => {
    const root = tempWorkspace();
    write(root, '.promptshift/.keep', '');
    write(root, 'old.prompt', 'v1\n');
    await run(root, 'snapshot', 'old.prompt');
    fs.renameSync(path.join(root, 'old.prompt'), path.join(root, 'new.prompt'));
    fs.appendFileSync(path.join(root, 'new.prompt'), 'v2\n');
    const r = await run(root, 'snapshot', 'new.prompt', '--from', 'old.prompt');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /history of old\.prompt now follows new\.prompt/);
    assert.match(r.err, /new\.prompt: recorded v2/);
    const json = JSON.parse((await run(root, 'history', 'new.prompt', '--json')).out);
    assert.deepEqual(json.versions.map((v: { path: string }) => v.path), ['new.prompt', 'old.prompt']);
    const old = await run(root, 'history', 'old.prompt');
    assert.equal(old.code, 2);
    assert.match(old.err, /old\.prompt: no such file, and no recorded history/);
  });

  test('history of a deleted file still lists it; bad log lines are warned about on stderr', async () => {
    const root = tempWorkspace();
    write(root, '.promptshift/.keep', '');
    write(root, 'a.prompt', 'v1\n');
    await run(root, 'snapshot', 'a.prompt');
    fs.rmSync(path.join(root, 'a.prompt'));
    const logFile = new VersionStore(root).log('a.prompt').logFile;
    fs.appendFileSync(logFile, '{"kind":"version"}\n');
    const r = await run(root, 'history', 'a.prompt');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /a\.prompt \(deleted\): 1 version/);
    assert.ok(r.err.includes(`warning: ${logFile}:2: `), r.err);
  });

  test('bad input exits 2 with a clear message', async () => {
    const root = tempWorkspace();
    write(root, '.promptshift/.keep', '');
    write(root, 'bin.prompt', Buffer.from([0x68, 0x69, 0x00, 0x01]));
    const big = path.join(root, 'big.prompt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 10 * 1024 * 1024 + 1); // sparse: no 10 MB written
    fs.mkdirSync(path.join(root, 'dir.prompt'));
    write(root, 'ok.prompt', 'ok\n');
    const cases: Array<[string[], RegExp]> = [
      [['snapshot', 'missing.prompt'], /missing\.prompt: no such file/],
      [['snapshot', 'bin.prompt'], /bin\.prompt looks binary/],
      [['snapshot', 'big.prompt'], /big\.prompt is 10\.0 MB; prompt files are limited to 10 MB/],
      [['snapshot', 'dir.prompt'], /dir\.prompt: not a file/],
      [['snapshot'], /missing the prompt file\nusage: promptshift snapshot/],
      [['snapshot', 'ok.prompt', '--bogus'], /Unknown option '--bogus'/],
      [['snapshot', 'ok.prompt', '--label', 'not ok'], /label 'not ok' is not valid/],
      [['history', 'a', 'b'], /expected one prompt file/],
      [['history', 'missing.prompt'], /no such file, and no recorded history/],
      [['history', 'dir.prompt'], /dir\.prompt: not a file/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(root, ...argv);
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, message, argv.join(' '));
      assert.equal(r.out, '');
    }
    assert.equal(new VersionStore(root).files().length, 0, 'nothing was recorded');
  });
});
