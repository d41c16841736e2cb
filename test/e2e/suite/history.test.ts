// Issue 3 in the real VS Code: snapshots on save, diff editor sides, restore + undo, renames, labels, git.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { activeExtension, openPrompt, waitFor, wsUri, workspaceRoot } from './helpers';

interface Shown { file: string; versions: number }

async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
  assert.ok(ok, `the edit of ${doc.uri.path} was applied`);
}

async function versions(uri: vscode.Uri): Promise<number> {
  return ((await vscode.commands.executeCommand('promptshift.showHistory', { uri: uri.toString() })) as Shown).versions;
}

function diffTab(): vscode.TabInputTextDiff {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.ok(tab && tab.input instanceof vscode.TabInputTextDiff, 'the active tab is a diff editor');
  return tab.input;
}

describe('prompt version history', () => {
  const rel = 'prompts/history-e2e.prompt.md';
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;

  before(async () => {
    uri = wsUri(rel);
    // Created through VS Code, so its file service knows the file before the first save.
    const create = new vscode.WorkspaceEdit();
    create.createFile(uri, { contents: Buffer.from('You are a helpful assistant.\n'), overwrite: true });
    assert.ok(await vscode.workspace.applyEdit(create));
    editor = await openPrompt(rel);
    await activeExtension();
  });

  it('records one version per save with changed content, none for an unchanged save', async () => {
    const start = await versions(uri);
    for (const n of [1, 2, 3]) {
      await setText(editor, `You are a helpful assistant.\nRule ${n}: be brief.\n`);
      assert.ok(await editor.document.save(), `save ${n}`);
      await waitFor(`version ${start + n}`, async () => ((await versions(uri)) === start + n ? true : undefined));
    }
    // An unchanged save: touch the buffer and put it back, then save.
    await setText(editor, editor.document.getText() + ' ');
    await setText(editor, editor.document.getText().slice(0, -1));
    await editor.document.save();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await versions(uri), start + 3, 'an unchanged save adds no version');
  });

  it('compare with working copy opens a diff whose sides hold the version and the working copy', async () => {
    const store = path.join(workspaceRoot().fsPath, '.promptshift');
    assert.ok(fs.existsSync(path.join(store, '.gitignore')), '.promptshift/ has its .gitignore');
    const result = (await vscode.commands.executeCommand('promptshift.compareWithVersion', { uri: uri.toString(), ref: '@nonexistent' }).then(
      () => 'opened',
      (e: Error) => e.message,
    )) as string;
    assert.match(result, /unknown label/, 'an unknown label is reported');
    const history = await import('../../../src/core/history');
    const s = new history.VersionStore(workspaceRoot().fsPath);
    const v1 = s.log(uri.fsPath).versions.at(-1)!;
    await vscode.commands.executeCommand('promptshift.compareWithVersion', { uri: uri.toString(), ref: `snapshot:${v1.sha256.slice(0, 12)}` });
    await waitFor('the diff editor', () => (vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff ? true : undefined));
    const diff = diffTab();
    const left = await vscode.workspace.openTextDocument(diff.original);
    const right = await vscode.workspace.openTextDocument(diff.modified);
    assert.equal(left.getText(), 'You are a helpful assistant.\nRule 1: be brief.\n');
    assert.equal(right.getText(), editor.document.getText());
    assert.equal(diff.modified.toString(), uri.toString(), 'the right side is the working copy itself');
    assert.match(vscode.window.tabGroups.activeTabGroup.activeTab!.label, /history-e2e\.prompt\.md \(v\d+ · .+\) ↔ working copy/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('restore brings back old content, is recorded as a version, and is one undo step', async () => {
    const history = await import('../../../src/core/history');
    const s = new history.VersionStore(workspaceRoot().fsPath);
    const before = s.log(uri.fsPath).versions.length;
    const oldest = s.log(uri.fsPath).versions.at(-1)!;
    const current = editor.document.getText();
    editor = await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('promptshift.restoreVersion', { uri: uri.toString(), ref: `snapshot:${oldest.sha256.slice(0, 12)}` });
    assert.equal(editor.document.getText(), 'You are a helpful assistant.\nRule 1: be brief.\n');
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), editor.document.getText(), 'restored and saved');
    await waitFor('the restore version', () => (s.log(uri.fsPath).versions.length === before + 1 ? true : undefined));
    assert.equal(s.log(uri.fsPath).versions[0]!.source, 'restore');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), current, 'undo brings back what was there before the restore');
    await editor.document.save();
  });

  it('a label is recorded and usable as @label', async () => {
    const history = await import('../../../src/core/history');
    const s = new history.VersionStore(workspaceRoot().fsPath);
    const newest = s.log(uri.fsPath).versions[0]!;
    await vscode.commands.executeCommand('promptshift.history.label', { uri: uri.toString(), ref: `snapshot:${newest.sha256.slice(0, 12)}`, label: 'baseline' });
    assert.deepEqual(s.log(uri.fsPath).versions[0]!.labels, ['baseline']);
    const r = (await vscode.commands.executeCommand('promptshift.snapshot', { uri: uri.toString(), label: 'manual-one' })) as { sha256: string };
    assert.match(r.sha256, /^[0-9a-f]{64}$/);
  });

  it('two selected versions open side by side, older on the left; copy sha gives the version\'s sha256', async () => {
    const history = await import('../../../src/core/history');
    const s = new history.VersionStore(workspaceRoot().fsPath);
    const versions = s.log(uri.fsPath).versions;
    const [newer, older] = [versions[0]!, versions[versions.length - 1]!];
    const node = (entry: typeof newer) => ({ kind: 'snapshot', file: uri, entry, newest: entry === newer });
    // As the view passes them: the clicked node, then every selected node.
    await vscode.commands.executeCommand('promptshift.history.compareSelected', node(newer), [node(newer), node(older)]);
    await waitFor('the diff editor', () => (vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff ? true : undefined));
    const diff = diffTab();
    assert.equal((await vscode.workspace.openTextDocument(diff.original)).getText(), s.read(older.sha256).toString('utf8'));
    assert.equal((await vscode.workspace.openTextDocument(diff.modified)).getText(), s.read(newer.sha256).toString('utf8'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const copied = (await vscode.commands.executeCommand('promptshift.history.copySha', node(older))) as { sha256: string };
    assert.equal(copied.sha256, older.sha256);
    assert.equal(await vscode.env.clipboard.readText(), older.sha256);
  });

  it('renaming the file keeps its history', async () => {
    const before = await versions(uri);
    const renamed = wsUri('prompts/history-e2e-renamed.prompt.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('history to follow the rename', async () => ((await versions(renamed)) === before ? true : undefined));
    uri = renamed;
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(renamed));
  });

  it('git:HEAD is comparable in a git-initialised workspace', async () => {
    const root = workspaceRoot().fsPath;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=Test', '-c', 'user.email=t@example.com', 'add', '-A');
    git('-c', 'user.name=Test', '-c', 'user.email=t@example.com', 'commit', '-qm', 'initial');
    const committed = fs.readFileSync(uri.fsPath, 'utf8');
    await setText(editor, committed + 'A line added after the commit.\n');
    await editor.document.save();
    await vscode.commands.executeCommand('promptshift.compareWithVersion', { uri: uri.toString(), ref: 'git:HEAD' });
    await waitFor('the diff editor', () => (vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff ? true : undefined));
    const left = await vscode.workspace.openTextDocument(diffTab().original);
    assert.equal(left.getText(), committed);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
