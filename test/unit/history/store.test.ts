import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { VersionStore, sha256Hex, HistoryError, lineStats } from '../../../src/core/history';
import { tempWorkspace, promptText, write } from './helpers';

function objectFiles(root: string): string[] {
  const dir = path.join(root, '.promptshift', 'objects');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f)));
}

describe('VersionStore: snapshots and dedup', () => {
  test('creates .promptshift/ with a .gitignore of *, and records versions numbered from the oldest', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    assert.equal(fs.existsSync(path.join(root, '.promptshift')), false, 'nothing is created before the first write');
    const a = store.snapshot('prompts/a.prompt.md', 'one\n', { source: 'save' });
    const b = store.snapshot('prompts/a.prompt.md', 'one\ntwo\n', { source: 'manual', message: 'add two' });
    assert.equal(fs.readFileSync(path.join(root, '.promptshift', '.gitignore'), 'utf8'), '*\n');
    assert.deepEqual([a.created, a.version, b.created, b.version], [true, 1, true, 2]);
    assert.equal(a.sha256, sha256Hex(Buffer.from('one\n')));
    const log = store.log('prompts/a.prompt.md');
    assert.deepEqual(log.versions.map((v) => [v.number, v.source, v.message, v.path]), [
      [2, 'manual', 'add two', 'prompts/a.prompt.md'],
      [1, 'save', undefined, 'prompts/a.prompt.md'],
    ]);
    assert.deepEqual(log.warnings, []);
    assert.ok(!Number.isNaN(Date.parse(log.versions[0]!.time)));
  });

  test('a user who removed the .gitignore does not get it back', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'x', { source: 'save' });
    fs.rmSync(path.join(root, '.promptshift', '.gitignore'));
    store.snapshot('a.prompt', 'y', { source: 'save' });
    assert.equal(fs.existsSync(path.join(root, '.promptshift', '.gitignore')), false);
  });

  test('unchanged content adds no version; identical content is stored once, across files too', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const text = promptText(50);
    store.snapshot('a.prompt', text, { source: 'save' });
    const again = store.snapshot('a.prompt', Buffer.from(text), { source: 'save' });
    assert.equal(again.created, false);
    assert.equal(again.version, 1);
    store.snapshot('b.prompt', text, { source: 'save' });
    store.snapshot('a.prompt', text + 'more\n', { source: 'save' });
    store.snapshot('a.prompt', text, { source: 'restore' }); // back to v1's content: a new version, same object
    assert.equal(store.log('a.prompt').versions.length, 3);
    assert.equal(store.log('b.prompt').versions.length, 1);
    assert.equal(objectFiles(root).length, 2);
  });

  test('objects are compressed and read back exactly, by full sha or unique prefix', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const v1 = promptText(200);
    const v2 = v1.replace('Line 100', 'Line one hundred');
    const big = promptText(2000, ' (long)'); // > 32 KB: stored as plain gzip
    const r1 = store.snapshot('a.prompt', v1, { source: 'save' });
    const r2 = store.snapshot('a.prompt', v2, { source: 'save' });
    const r3 = store.snapshot('a.prompt', big, { source: 'save' });
    const files = objectFiles(root);
    const total = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    assert.ok(total < (v1.length + v2.length + big.length) / 5, `objects take ${total} bytes`);
    const first = files.find((f) => path.basename(f).startsWith(r1.sha256.slice(2)))!;
    assert.equal(gunzipSync(fs.readFileSync(first)).toString(), v1, 'the first version is a standard gzip file');
    const second = files.find((f) => path.basename(f).startsWith(r2.sha256.slice(2)))!;
    assert.ok(second.endsWith('.dz') && fs.statSync(second).size < 400, 'a one-line change is stored as a small delta');
    assert.ok(fs.statSync(second).size < fs.statSync(first).size / 2);
    // a fresh store (cold caches) reads every version back byte for byte
    const cold = new VersionStore(root);
    assert.equal(cold.read(r1.sha256).toString(), v1);
    assert.equal(cold.read(r2.sha256.slice(0, 6)).toString(), v2);
    assert.equal(cold.read(r3.sha256.toUpperCase().slice(0, 10)).toString(), big);
  });

  test('unknown, malformed and ambiguous sha prefixes are refused with a reason', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    // find two contents whose sha256 share the first 4 hex digits (birthday search, fast)
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const text = `v${i}\n`;
      const p = sha256Hex(Buffer.from(text)).slice(0, 4);
      const other = seen.get(p);
      if (other) pair = [other, text];
      else seen.set(p, text);
    }
    store.snapshot('a.prompt', pair[0], { source: 'save' });
    store.snapshot('a.prompt', pair[1], { source: 'save' });
    const prefix = sha256Hex(Buffer.from(pair[0])).slice(0, 4);
    assert.throws(() => store.read(prefix), (e: Error) => e instanceof HistoryError && /ambiguous/.test(e.message));
    assert.throws(() => store.findVersion('a.prompt', prefix), /ambiguous/);
    assert.throws(() => store.read('abc'), /at least 4 hex/);
    assert.throws(() => store.read('zzzz1234'), /at least 4 hex/);
    const unused = [...'0123456789abcdef'].map((c) => prefix.slice(0, 3) + c).find((p) => p !== prefix)!;
    assert.throws(() => store.read(unused + '0'), /no stored version starts with/);
  });

  test('a corrupt object is reported, not returned', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const r = store.snapshot('a.prompt', 'hello\n', { source: 'save' });
    const file = objectFiles(root)[0]!;
    fs.writeFileSync(file, Buffer.from('not gzip at all'));
    assert.throws(() => new VersionStore(root).read(r.sha256), (e: Error) => e instanceof HistoryError && e.message.includes(file) && /corrupt/.test(e.message));
  });

  test('line stats are stored with each version, and lineStats counts added and removed lines', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'a\nb\nc\n', { source: 'save' });
    store.snapshot('a.prompt', 'a\nB\nc\nd\ne\n', { source: 'save' });
    const [v2, v1] = store.log('a.prompt').versions;
    assert.deepEqual([v1!.added, v1!.removed], [3, 0]);
    assert.deepEqual([v2!.added, v2!.removed], [3, 1]);
    assert.deepEqual(store.lineStatsOf('a.prompt', 2), { added: 3, removed: 1 });
    assert.deepEqual(lineStats('x\ny\n', 'y\nz\n'), { added: 1, removed: 1 });
  });

  test('line stats missing from the log (large files, imports) are computed on demand', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const big = promptText(1200); // > 64 KB: no stats computed at save time
    store.snapshot('a.prompt', big, { source: 'save' });
    store.snapshot('a.prompt', big.replace('Line 7:', 'Line seven:') + 'tail\n', { source: 'save' });
    const newest = store.log('a.prompt').versions[0]!;
    assert.equal(newest.added, undefined);
    assert.deepEqual(store.lineStatsOf('a.prompt', newest), { added: 2, removed: 1 });
  });
});

describe('VersionStore: crash safety and bad lines', () => {
  test('a torn last line (crash mid-append) is reported; the versions before it are read and later appends are intact', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'v1\n', { source: 'save' });
    store.snapshot('a.prompt', 'v2\n', { source: 'save' });
    const logFile = store.log('a.prompt').logFile;
    fs.appendFileSync(logFile, '{"kind":"version","time":"2025-01-01T00:00:00.000Z","sha2'); // the crash

    const after = new VersionStore(root);
    const torn = after.log('a.prompt');
    assert.deepEqual(torn.versions.map((v) => v.number), [2, 1]);
    assert.equal(torn.warnings.length, 1);
    assert.deepEqual([torn.warnings[0]!.file, torn.warnings[0]!.line], [logFile, 3]);
    assert.match(torn.warnings[0]!.message, /incomplete last line/);

    const r = after.snapshot('a.prompt', 'v3\n', { source: 'save' });
    assert.equal(r.version, 3);
    const healed = new VersionStore(root).log('a.prompt');
    assert.deepEqual(healed.versions.map((v) => v.number), [3, 2, 1]);
    assert.equal(healed.versions[0]!.sha256, sha256Hex(Buffer.from('v3\n')));
    assert.deepEqual(healed.warnings.map((w) => w.line), [3], 'only the torn line is lost');
    assert.match(healed.warnings[0]!.message, /not valid JSON/);
  });

  test('a leftover temp file from a crashed object write is ignored and does not block the next write', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'v1\n', { source: 'save' });
    const sha = sha256Hex(Buffer.from('v2\n'));
    const dir = path.join(root, '.promptshift', 'objects', sha.slice(0, 2));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `.${sha.slice(2)}.gz.1234.abcd.tmp`), Buffer.from([0x1f, 0x8b, 0x08])); // half-written
    assert.throws(() => store.read(sha.slice(0, 8)), /no stored version/);
    store.snapshot('a.prompt', 'v2\n', { source: 'save' });
    assert.equal(new VersionStore(root).read(sha.slice(0, 8)).toString(), 'v2\n');
    assert.deepEqual(new VersionStore(root).log('a.prompt').warnings, []);
  });

  test('corrupt and hand-edited lines are reported with file and line; the rest is read', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    for (const t of ['v1\n', 'v2\n', 'v3\n']) store.snapshot('a.prompt', t, { source: 'save' });
    const logFile = store.log('a.prompt').logFile;
    const lines = fs.readFileSync(logFile, 'utf8').split('\n');
    lines.splice(1, 0, '{ this is not json');
    lines[2] = lines[2]!.replace('"source":"save"', '"source":"typed-by-hand"');
    lines.splice(3, 0, '', '{"kind":"label","time":"2025-01-01T00:00:00Z","label":"x","sha256":"' + 'f'.repeat(64) + '","path":"a.prompt"}');
    fs.writeFileSync(logFile, lines.join('\n'));

    const log = new VersionStore(root).log('a.prompt');
    assert.deepEqual(log.versions.map((v) => v.sha256), [sha256Hex(Buffer.from('v3\n')), sha256Hex(Buffer.from('v1\n'))]);
    assert.deepEqual(log.versions.map((v) => v.number), [2, 1]);
    assert.deepEqual(
      log.warnings.map((w) => [w.file, w.line]),
      [[logFile, 2], [logFile, 3], [logFile, 5]],
    );
    assert.match(log.warnings[0]!.message, /not valid JSON/);
    assert.match(log.warnings[1]!.message, /^source: /);
    assert.match(log.warnings[2]!.message, /label 'x' points at ffffffffffff/);
  });

  test('an open store notices a log edited in place (same size) and reads it again', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'v1\n', { source: 'save' });
    store.snapshot('a.prompt', 'v2\n', { source: 'save' });
    assert.equal(store.log('a.prompt').versions[0]!.source, 'save');
    const logFile = store.log('a.prompt').logFile;
    const text = fs.readFileSync(logFile, 'utf8');
    const edited = text.slice(0, text.lastIndexOf('"save"')) + '"eval"' + text.slice(text.lastIndexOf('"save"') + 6);
    const fd = fs.openSync(logFile, 'r+'); // in place: same inode, same size
    fs.writeSync(fd, edited, 0);
    fs.closeSync(fd);
    fs.utimesSync(logFile, new Date(), new Date(Date.now() + 5000));
    assert.equal(store.log('a.prompt').versions[0]!.source, 'eval');
  });
});

describe('VersionStore: renames, deletes, labels', () => {
  test('history follows a rename; the old path is no longer listed; numbering continues', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('old/a.prompt', 'v1\n', { source: 'save' });
    store.snapshot('old/a.prompt', 'v2\n', { source: 'save', label: 'good' });
    assert.deepEqual(store.rename('old/a.prompt', 'new/b.prompt'), [{ from: 'old/a.prompt', to: 'new/b.prompt' }]);
    assert.deepEqual(store.files().map((f) => f.path), ['new/b.prompt']);
    assert.equal(store.log('old/a.prompt').versions.length, 0);
    const r = store.snapshot('new/b.prompt', 'v3\n', { source: 'save' });
    assert.equal(r.version, 3);
    const log = new VersionStore(root).log(path.join(root, 'new', 'b.prompt')); // absolute paths work too
    assert.deepEqual(log.versions.map((v) => [v.number, v.path]), [[3, 'new/b.prompt'], [2, 'old/a.prompt'], [1, 'old/a.prompt']]);
    assert.deepEqual(log.renames.map((x) => [x.from, x.to]), [['old/a.prompt', 'new/b.prompt']]);
    assert.equal(store.findByLabel('new/b.prompt', 'good')?.number, 2);
  });

  test('repeating a rename is harmless; a new file at the vacated path starts its own history; renaming back works', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'a1\n', { source: 'save' });
    store.rename('a.prompt', 'b.prompt');
    assert.deepEqual(new VersionStore(root).rename('a.prompt', 'b.prompt'), [], 'another process saw the same rename');
    assert.equal(store.log('b.prompt').versions.length, 1);
    store.snapshot('a.prompt', 'fresh\n', { source: 'save' });
    assert.deepEqual(store.log('a.prompt').versions.map((v) => v.number), [1]);
    assert.equal(store.log('b.prompt').versions.length, 1);
    assert.deepEqual(store.files().map((f) => [f.path, f.versions]), [['a.prompt', 1], ['b.prompt', 1]]);
    // move b over a's place: a's own history is detached (kept on disk), b's follows
    store.rename('b.prompt', 'a.prompt');
    assert.equal(store.read(store.log('a.prompt').versions[0]!.sha256).toString(), 'a1\n');
    assert.deepEqual(store.files().map((f) => f.path), ['a.prompt']);
    assert.deepEqual(store.files({ includeDetached: true }).map((f) => [f.path, f.detached]), [['a.prompt', false], ['a.prompt', true]]);
  });

  test('renaming a folder moves the history of every tracked file under it', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('prompts/x.prompt', 'x\n', { source: 'save' });
    store.snapshot('prompts/sub/y.prompt', 'y\n', { source: 'save' });
    store.snapshot('prompts-other/z.prompt', 'z\n', { source: 'save' });
    const moves = store.rename('prompts', 'library');
    assert.deepEqual(moves.map((m) => m.to).sort(), ['library/sub/y.prompt', 'library/x.prompt']);
    assert.deepEqual(store.files().map((f) => f.path), ['library/sub/y.prompt', 'library/x.prompt', 'prompts-other/z.prompt']);
  });

  test('deleting a prompt file keeps its history', () => {
    const root = tempWorkspace();
    const abs = write(root, 'a.prompt', 'v1\n');
    const store = new VersionStore(root);
    store.snapshot(abs, fs.readFileSync(abs), { source: 'save' });
    assert.equal(store.files()[0]!.exists, true);
    fs.rmSync(abs);
    const tracked = new VersionStore(root).files();
    assert.deepEqual(tracked.map((f) => [f.path, f.versions, f.exists]), [['a.prompt', 1, false]]);
    assert.equal(new VersionStore(root).log(abs).versions.length, 1);
  });

  test('paths outside the workspace are refused', () => {
    const store = new VersionStore(tempWorkspace());
    assert.throws(() => store.snapshot('../elsewhere.prompt', 'x', { source: 'save' }), /not a file inside the workspace/);
  });

  test('labels point at one version, move when reused, can be removed, and survive a reload', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const v1 = store.snapshot('a.prompt', 'v1\n', { source: 'save' });
    const v2 = store.snapshot('a.prompt', 'v2\n', { source: 'save' });
    assert.equal(store.label('a.prompt', v1.sha256.slice(0, 8), 'baseline').number, 1);
    store.label('a.prompt', v2.sha256, 'candidate');
    assert.deepEqual(store.log('a.prompt').versions.map((v) => v.labels), [['candidate'], ['baseline']]);
    store.label('a.prompt', v2.sha256, 'baseline'); // moves
    assert.deepEqual(new VersionStore(root).log('a.prompt').versions.map((v) => v.labels), [['baseline', 'candidate'], []]);
    assert.equal(store.unlabel('a.prompt', 'candidate'), true);
    assert.equal(store.unlabel('a.prompt', 'candidate'), false);
    assert.equal(new VersionStore(root).findByLabel('a.prompt', 'candidate'), undefined);
    assert.equal(new VersionStore(root).findByLabel('a.prompt', 'baseline')?.sha256, v2.sha256);
    assert.throws(() => store.label('a.prompt', 'beef', 'x'), /has no version starting with 'beef'/);
    assert.throws(() => store.label('a.prompt', v1.sha256, 'has space'), /not valid/);
    // labelling unchanged content labels the existing version instead of adding one
    const same = store.snapshot('a.prompt', 'v2\n', { source: 'manual', label: 'release' });
    assert.deepEqual([same.created, same.version, same.entry.labels.includes('release')], [false, 2, true]);
  });
});

describe('VersionStore: scale and concurrency', () => {
  test('10,000 versions: numbered, ordered, labelled correctly, and read cold quickly', () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const contents = ['alpha\n', 'beta\n', 'gamma\n'];
    for (let i = 0; i < 10_000; i++) store.snapshot('big.prompt', contents[i % 3]!, { source: 'save', ...(i === 4999 ? { label: 'mid' } : {}) });
    const started = performance.now();
    const log = new VersionStore(root).log('big.prompt');
    const ms = performance.now() - started;
    assert.equal(log.versions.length, 10_000);
    assert.deepEqual(log.warnings, []);
    assert.equal(log.versions[0]!.number, 10_000);
    assert.equal(log.versions[9_999]!.number, 1);
    assert.ok(log.versions.every((v, i) => v.sha256 === sha256Hex(Buffer.from(contents[(9_999 - i) % 3]!))));
    assert.equal(log.versions.find((v) => v.labels.includes('mid'))?.number, 5000);
    assert.equal(objectFiles(root).length, 3);
    assert.ok(ms < 3000, `cold log() of 10,000 versions took ${ms.toFixed(0)} ms`);
  });

  test('two processes snapshotting one file at once lose nothing', async () => {
    const root = tempWorkspace();
    const storeModule = path.resolve('src/core/history/store.ts');
    // both start writing at the same agreed moment, after their (slow) start-up
    const startAt = Date.now() + 1500;
    const script = (tag: string) => `
      const { VersionStore } = require(${JSON.stringify(storeModule)});
      const s = new VersionStore(${JSON.stringify(root)});
      while (Date.now() < ${startAt});
      for (let i = 0; i < 300; i++) s.snapshot('shared.prompt', '${tag} ' + i + '\\n' + 'x'.repeat(${tag === 'A' ? 3000 : 10}), { source: 'save' });`;
    const run = (tag: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', script(tag)], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
      });
    assert.deepEqual(await Promise.all([run('A'), run('B')]), [0, 0]);
    const log = new VersionStore(root).log('shared.prompt');
    assert.deepEqual(log.warnings, []);
    assert.equal(log.versions.length, 600);
    const texts = new Set(log.versions.map((v) => new VersionStore(root).read(v.sha256).toString().split('\n')[0]));
    assert.equal(texts.size, 600);
    // the two writers really did interleave
    const tags = log.versions.map((v) => new VersionStore(root).read(v.sha256).toString()[0]);
    const switches = tags.filter((t, i) => i > 0 && t !== tags[i - 1]).length;
    assert.ok(switches > 1, `writes interleaved (${switches} switches between writers)`);
  });
});
