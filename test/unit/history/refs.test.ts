import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  VersionStore,
  parseRef,
  formatRef,
  resolveRef,
  resolveDefaultA,
  RefError,
  gitLog,
  sha256Hex,
} from '../../../src/core/history';
import { commitAll, git, gitInit, tempWorkspace, write } from './helpers';

async function rejectsWith(p: Promise<unknown>, ref: string, reason: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof RefError, `expected a RefError, got ${String(e)}`);
    assert.equal(e.ref, ref);
    assert.match(e.message, reason);
    return true;
  });
}

describe('parseRef', () => {
  test('parses the four kinds and formats them back', () => {
    for (const text of ['working', 'snapshot:1a2b3c4d', '@baseline', 'git:HEAD~1', 'git:main', 'git:feature/x']) {
      assert.equal(formatRef(parseRef(text)), text);
    }
    assert.deepEqual(parseRef('snapshot:ABCD'), { kind: 'snapshot', prefix: 'abcd' });
    assert.deepEqual(parseRef('@v1.2'), { kind: 'label', label: 'v1.2' });
  });

  test('refuses malformed refs, naming them', () => {
    for (const bad of ['', 'head', 'snapshot:', 'snapshot:abc', 'snapshot:xyz12', '@', 'git:', 'git:--upload-pack=x', 'git:a b']) {
      assert.throws(() => parseRef(bad), (e: unknown) => e instanceof RefError && e.ref === bad);
    }
  });
});

describe('resolveRef on snapshots, labels and the working copy', () => {
  test('resolves working, snapshot:<prefix> and @label to exact content', async () => {
    const root = tempWorkspace();
    const file = write(root, 'p/a.prompt', 'v3 on disk\n');
    const store = new VersionStore(root);
    const v1 = store.snapshot(file, 'v1\n', { source: 'save' });
    store.snapshot(file, 'v2\n', { source: 'eval', label: 'candidate' });
    const ctx = { store, file };

    const working = await resolveRef(ctx, 'working');
    assert.deepEqual([working.kind, working.content, working.sha256], ['working', 'v3 on disk\n', sha256Hex(Buffer.from('v3 on disk\n'))]);
    assert.equal((await resolveRef({ ...ctx, workingContent: 'unsaved buffer' }, 'working')).content, 'unsaved buffer');

    const snap = await resolveRef(ctx, `snapshot:${v1.sha256.slice(0, 6)}`);
    assert.deepEqual([snap.content, snap.sha256, snap.number, snap.source], ['v1\n', v1.sha256, 1, 'save']);

    const labelled = await resolveRef(ctx, '@candidate');
    assert.deepEqual([labelled.content, labelled.number, labelled.label], ['v2\n', 2, 'candidate']);
    assert.ok(labelled.time);
  });

  test('a snapshot of another file is found in the shared object store', async () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    const other = store.snapshot('other.prompt', 'shared text\n', { source: 'save' });
    const r = await resolveRef({ store, file: 'a.prompt' }, `snapshot:${other.sha256.slice(0, 8)}`);
    assert.equal(r.content, 'shared text\n');
    assert.equal(r.number, undefined);
    // content stored without a version (an eval's git version) resolves too, and adds no version
    const sha = store.storeContent('from git\n');
    assert.equal((await resolveRef({ store, file: 'a.prompt' }, `snapshot:${sha.slice(0, 8)}`)).content, 'from git\n');
    assert.deepEqual(store.files().map((f) => f.path), ['other.prompt']);
  });

  test('errors name the ref and why', async () => {
    const root = tempWorkspace();
    const store = new VersionStore(root);
    store.snapshot('a.prompt', 'v1\n', { source: 'save', label: 'known' });
    const ctx = { store, file: 'a.prompt' };
    await rejectsWith(resolveRef(ctx, '@nope'), '@nope', /unknown label 'nope' for a\.prompt \(labels: known\)/);
    await rejectsWith(resolveRef(ctx, 'snapshot:0000'), 'snapshot:0000', /no stored version starts with '0000'/);
    await rejectsWith(resolveRef(ctx, 'working'), 'working', /cannot read .*a\.prompt: ENOENT/);
    await rejectsWith(resolveRef(ctx, 'git:HEAD'), 'git:HEAD', /not in a git repository/);
  });

  test('default A: the newest snapshot that differs from the working copy', async () => {
    const root = tempWorkspace();
    const file = write(root, 'a.prompt', 'v2\n');
    const store = new VersionStore(root);
    const v1 = store.snapshot(file, 'v1\n', { source: 'save' });
    store.snapshot(file, 'v2\n', { source: 'save' }); // same as the working copy: skipped
    const a = await resolveDefaultA({ store, file });
    assert.equal(a.ref, `snapshot:${v1.sha256.slice(0, 12)}`);
    assert.equal(a.content, 'v1\n');
    // with unsaved edits the newest snapshot differs
    assert.equal((await resolveDefaultA({ store, file, workingContent: 'v3\n' })).content, 'v2\n');
  });

  test('default A without a differing snapshot and without git says what to do', async () => {
    const root = tempWorkspace();
    const file = write(root, 'a.prompt', 'same\n');
    const store = new VersionStore(root);
    store.snapshot(file, 'same\n', { source: 'save' });
    await rejectsWith(resolveDefaultA({ store, file }), 'default A', /no snapshot of a\.prompt differs .*git:HEAD is not available.*take a snapshot first/);
  });
});

describe('git refs', () => {
  test('git:HEAD, git:HEAD~1, git:<branch> and gitLog in a repository whose top level is above the workspace', async () => {
    const repo = tempWorkspace();
    gitInit(repo);
    const root = path.join(repo, 'workspace');
    const file = write(root, 'prompts/a.prompt', 'first\n');
    commitAll(repo, 'add prompt');
    write(root, 'prompts/a.prompt', 'second\n');
    write(repo, 'unrelated.txt', 'x');
    const second = commitAll(repo, 'reword prompt');
    git(repo, 'branch', 'old', 'HEAD~1');
    write(root, 'prompts/a.prompt', 'working\n');

    const store = new VersionStore(root);
    const ctx = { store, file };
    const head = await resolveRef(ctx, 'git:HEAD');
    assert.deepEqual([head.kind, head.content, head.rev, head.sha256], ['git', 'second\n', second, sha256Hex(Buffer.from('second\n'))]);
    assert.equal((await resolveRef(ctx, 'git:HEAD~1')).content, 'first\n');
    assert.equal((await resolveRef(ctx, 'git:old')).content, 'first\n');
    // no snapshot at all: default A falls back to git:HEAD
    assert.equal((await resolveDefaultA(ctx)).ref, 'git:HEAD');

    const commits = await gitLog(file);
    assert.deepEqual(commits.map((c) => c.subject), ['reword prompt', 'add prompt']);
    assert.equal(commits[0]!.rev, second);
    assert.equal(commits[0]!.shortRev, second.slice(0, commits[0]!.shortRev.length));
    assert.equal(commits[0]!.author, 'Test Author');
    assert.equal(commits[0]!.path, 'workspace/prompts/a.prompt');
    assert.ok(!Number.isNaN(Date.parse(commits[0]!.time)));
  });

  test('unknown revisions and paths missing from a revision are named', async () => {
    const repo = tempWorkspace();
    gitInit(repo);
    write(repo, 'other.txt', 'x');
    commitAll(repo, 'before the prompt');
    const file = write(repo, 'a.prompt', 'v\n');
    commitAll(repo, 'add prompt');
    const ctx = { store: new VersionStore(repo), file };
    await rejectsWith(resolveRef(ctx, 'git:no-such-branch'), 'git:no-such-branch', /unknown revision 'no-such-branch'/);
    await rejectsWith(resolveRef(ctx, 'git:HEAD~1'), 'git:HEAD~1', /a\.prompt does not exist in revision 'HEAD~1'/);
  });

  test('a file renamed in git is read under its old name at old revisions, and gitLog follows it', async () => {
    const repo = tempWorkspace();
    gitInit(repo);
    write(repo, 'old-name.prompt', 'Original wording of a prompt that is long enough for rename detection.\n');
    const first = commitAll(repo, 'add');
    git(repo, 'mv', 'old-name.prompt', 'new-name.prompt');
    commitAll(repo, 'rename');
    const file = path.join(repo, 'new-name.prompt');
    const commits = await gitLog(file);
    assert.deepEqual(commits.map((c) => c.path), ['new-name.prompt', 'old-name.prompt']);
    const old = await resolveRef({ store: new VersionStore(repo), file }, `git:${first.slice(0, 10)}`);
    assert.equal(old.content, fs.readFileSync(file, 'utf8'));
  });

  test('gitLog outside a repository, or of an untracked file, is empty', async () => {
    const dir = tempWorkspace();
    assert.deepEqual(await gitLog(write(dir, 'a.prompt', 'x')), []);
    gitInit(dir);
    assert.deepEqual(await gitLog(path.join(dir, 'a.prompt')), []);
  });
});
