// Prompt version history in VS Code: snapshots on save, renames followed, the history view, diffs in
// VS Code's own diff editor, restore (undoable, itself a version), labels, and the CodeLens.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveRef, relativeTime, promptContentProblem, sha256Hex, type VersionSource } from '../../core/history';
import { resolveInside } from '../../core/files';
import type { StoreRegistry } from '../stores';
import { isPromptFile, promptSelector } from '../promptFiles';
import { config } from '../config';
import { argObject } from '../commands';
import { HistoryView, refOf, type VersionNode } from './historyView';
import { VersionDocumentProvider, VERSION_SCHEME, versionUri } from './versionDocuments';
import { HistoryCodeLens } from './codeLens';

export interface HistoryCommands {
  snapshot(arg?: unknown): Promise<{ sha256: string; version: number; created: boolean } | undefined>;
  showHistory(arg?: unknown): Promise<{ file: string; versions: number } | undefined>;
  compareWithVersion(arg?: unknown): Promise<{ left: string; right: string } | undefined>;
  restoreVersion(arg?: unknown): Promise<{ sha256: string } | undefined>;
  refresh(): void;
  compareWithWorking(arg?: unknown): Promise<{ left: string; right: string } | undefined>;
  compareSelected(arg?: unknown, selected?: unknown): Promise<{ left: string; right: string } | undefined>;
  label(arg?: unknown): Promise<{ label: string } | undefined>;
  copySha(arg?: unknown): Promise<{ sha256: string } | undefined>;
  runEvalAgainstWorking(arg?: unknown): Promise<unknown>;
}

function isVersionNode(x: unknown): x is VersionNode {
  return !!x && typeof x === 'object' && 'kind' in x && 'file' in x && (x.kind === 'snapshot' || x.kind === 'git');
}

export function registerHistory(context: vscode.ExtensionContext, stores: StoreRegistry, log: vscode.LogOutputChannel): HistoryCommands {
  const view = new HistoryView(stores);
  const treeView = vscode.window.createTreeView('promptshift.history', { treeDataProvider: view, canSelectMany: true, showCollapseAll: false });
  view.attach(treeView);
  const codeLens = new HistoryCodeLens(stores);
  /** documents being restored: their next save is recorded as source 'restore' */
  const restoring = new Set<string>();

  const refreshAll = () => {
    view.refresh();
    codeLens.refresh();
  };

  function recordSave(doc: vscode.TextDocument): void {
    // In Restricted Mode nothing is written on save: the files (and .promptshift/) are the repository's.
    if (!vscode.workspace.isTrusted) return;
    if (!isPromptFile(doc.uri) || !config.snapshotOnSave(doc.uri)) return;
    const located = stores.forUri(doc.uri);
    if (!located) return;
    try {
      resolveInside(located.store.root, doc.uri.fsPath, 'prompt file'); // a link leading out is not read
      const bytes = fs.readFileSync(doc.uri.fsPath);
      const problem = promptContentProblem(bytes);
      if (problem) {
        log.warn(`Not snapshotting ${located.rel}: ${problem}`);
        return;
      }
      const source: VersionSource = restoring.delete(doc.uri.toString()) ? 'restore' : 'save';
      const result = located.store.snapshot(doc.uri.fsPath, bytes, { source });
      if (result.created) log.info(`Snapshot v${result.version} of ${located.rel} (${source})`);
      refreshAll();
    } catch (err) {
      log.error(`Snapshot of ${located.rel} failed: ${String(err)}`);
      void vscode.window.showWarningMessage(`PromptShift could not record a version of ${located.rel}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  context.subscriptions.push(
    view,
    treeView,
    codeLens,
    vscode.workspace.registerTextDocumentContentProvider(VERSION_SCHEME, new VersionDocumentProvider(stores)),
    vscode.languages.registerCodeLensProvider(promptSelector(), codeLens),
    vscode.workspace.onDidSaveTextDocument(recordSave),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        const from = stores.forUri(oldUri);
        const to = stores.forUri(newUri);
        if (!from || !to || from.store !== to.store) continue;
        try {
          const moves = from.store.rename(oldUri.fsPath, newUri.fsPath);
          if (moves.length) log.info(`History follows ${moves.map((m) => `${m.from} → ${m.to}`).join(', ')}`);
          if (view.file?.toString() === oldUri.toString()) view.show(newUri);
        } catch (err) {
          log.error(`Could not follow the rename of ${from.rel}: ${String(err)}`);
        }
      }
      refreshAll();
    }),
  );
  // Snapshots taken by the CLI (or another window) show up live.
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.promptshift/history/*.jsonl'));
    context.subscriptions.push(watcher, watcher.onDidChange(refreshAll), watcher.onDidCreate(refreshAll));
  }

  /** The file a command is about: an explicit uri, a tree node, the view's file, or the active editor. */
  function targetFile(arg: unknown): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    if (isVersionNode(arg)) return arg.file;
    const { uri } = argObject(arg);
    if (typeof uri === 'string') return uri.includes('://') ? vscode.Uri.parse(uri) : vscode.Uri.file(uri);
    if (uri instanceof vscode.Uri) return uri;
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme === 'file' && isPromptFile(active)) return active;
    return view.file ?? (active?.scheme === 'file' ? active : undefined);
  }

  function requireFile(arg: unknown): { file: vscode.Uri; located: NonNullable<ReturnType<StoreRegistry['forUri']>> } {
    const file = targetFile(arg);
    if (!file) throw new Error('Open a prompt file first (or pass {uri}).');
    const located = stores.forUri(file);
    if (!located) throw new Error(`${file.fsPath} is not inside a workspace folder, so it has no history.`);
    return { file, located };
  }

  /** The editor buffer when the file is open (unsaved edits included), else undefined (disk). */
  function workingContent(file: vscode.Uri): string | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString())?.getText();
  }

  async function pickVersion(file: vscode.Uri, placeHolder: string): Promise<string | undefined> {
    await view.getChildren();
    const nodes = view.file?.toString() === file.toString() ? view.lastShown : [];
    const located = stores.forUri(file);
    const items = nodes.length
      ? nodes
      : (located?.store.log(file.fsPath).versions ?? []).map((entry, i): VersionNode => ({ kind: 'snapshot', file, entry, newest: i === 0 }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(`PromptShift: ${path.basename(file.fsPath)} has no recorded versions yet. Save it, or run PromptShift: Snapshot Prompt Version.`);
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      items.map((node) => ({
        label: node.kind === 'snapshot' ? `$(history) v${node.entry.number}` : `$(git-commit) ${node.commit.shortRev}`,
        description: node.kind === 'snapshot' ? [relativeTime(node.entry.time), ...node.entry.labels.map((l) => `@${l}`), node.entry.source].join(' · ') : `${relativeTime(node.commit.time)} · ${node.commit.subject}`,
        ref: refOf(node),
      })),
      { placeHolder, matchOnDescription: true },
    );
    return picked?.ref;
  }

  async function versionTitle(file: vscode.Uri, ref: string): Promise<string> {
    const located = stores.forUri(file);
    if (!located) return ref;
    try {
      const v = await resolveRef({ store: located.store, file: file.fsPath }, ref);
      if (v.number !== undefined) return `v${v.number}${v.time ? ` · ${relativeTime(v.time)}` : ''}`;
      if (v.kind === 'git') return `${ref}${v.time ? ` · ${relativeTime(v.time)}` : ''}`;
    } catch {
      /* the diff editor will show the error for the document itself */
    }
    return ref;
  }

  async function openDiff(file: vscode.Uri, leftRef: string, rightRef: string | 'working'): Promise<{ left: string; right: string }> {
    // Resolve first, so a bad ref is the command's error rather than an empty diff side.
    const located = stores.forUri(file);
    if (located) {
      for (const ref of [leftRef, rightRef]) if (ref !== 'working') await resolveRef({ store: located.store, file: file.fsPath }, ref);
    }
    const left = versionUri(file, leftRef);
    const right = rightRef === 'working' ? file : versionUri(file, rightRef);
    const name = path.basename(file.fsPath);
    const rightTitle = rightRef === 'working' ? 'working copy' : await versionTitle(file, rightRef);
    const title = `${name} (${await versionTitle(file, leftRef)}) ↔ ${rightTitle}`;
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
    return { left: left.toString(), right: right.toString() };
  }

  const commands: HistoryCommands = {
    async snapshot(arg) {
      const { file, located } = requireFile(arg);
      const args = argObject(arg);
      let label = typeof args['label'] === 'string' ? args['label'] : undefined;
      const interactive = arg === undefined;
      if (interactive) {
        const answer = await vscode.window.showInputBox({ prompt: `Label for this version of ${located.rel} (optional)`, placeHolder: 'e.g. baseline, before-tone-change' });
        if (answer === undefined) return undefined;
        label = answer.trim() || undefined;
      }
      const content = workingContent(file) ?? fs.readFileSync(file.fsPath);
      const result = located.store.snapshot(file.fsPath, content, { source: 'manual', ...(label ? { label } : {}) });
      if (!result.created && label) located.store.label(file.fsPath, result.sha256, label);
      refreshAll();
      if (interactive) void vscode.window.setStatusBarMessage(`$(device-camera) ${located.rel}: ${result.created ? 'recorded' : 'unchanged,'} v${result.version}`, 4000);
      return { sha256: result.sha256, version: result.version, created: result.created };
    },
    async showHistory(arg) {
      const { file, located } = requireFile(arg);
      view.show(file);
      await vscode.commands.executeCommand('promptshift.history.focus');
      return { file: located.rel, versions: located.store.log(file.fsPath).versions.length };
    },
    async compareWithVersion(arg) {
      const { file } = requireFile(arg);
      const ref = typeof argObject(arg)['ref'] === 'string' ? (argObject(arg)['ref'] as string) : await pickVersion(file, 'Compare the working copy with…');
      if (!ref) return undefined;
      return openDiff(file, ref, 'working');
    },
    async restoreVersion(arg) {
      const { file, located } = requireFile(arg);
      const ref = isVersionNode(arg) ? refOf(arg) : typeof argObject(arg)['ref'] === 'string' ? (argObject(arg)['ref'] as string) : await pickVersion(file, 'Restore which version?');
      if (!ref) return undefined;
      const version = await resolveRef({ store: located.store, file: file.fsPath }, ref);
      const doc = await vscode.workspace.openTextDocument(file);
      // A WorkspaceEdit, not a file write: the restore is one undo step in the editor.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(file, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), version.content);
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not restore ${located.rel}: the edit was refused.`);
      restoring.add(file.toString());
      const saved = await doc.save();
      if (!saved) {
        restoring.delete(file.toString());
        throw new Error(`Restored ${ref} into the editor, but saving ${located.rel} failed.`);
      }
      // onDidSaveTextDocument records it with source 'restore'; make sure even with snapshotOnSave off.
      if (!config.snapshotOnSave(file)) {
        restoring.delete(file.toString());
        located.store.snapshot(file.fsPath, fs.readFileSync(file.fsPath), { source: 'restore', message: `restored ${ref}` });
        refreshAll();
      }
      return { sha256: sha256Hex(Buffer.from(doc.getText(), 'utf8')) };
    },
    refresh: () => {
      view.refresh(true);
      codeLens.refresh();
    },
    async compareWithWorking(arg) {
      if (!isVersionNode(arg)) return commands.compareWithVersion(arg);
      return openDiff(arg.file, refOf(arg), 'working');
    },
    async compareSelected(arg, selected) {
      const nodes = (Array.isArray(selected) ? selected : [arg]).filter(isVersionNode);
      if (nodes.length !== 2) {
        void vscode.window.showInformationMessage('PromptShift: select exactly two versions to compare (Ctrl/Cmd+click).');
        return undefined;
      }
      const [newer, older] = [...nodes].sort((a, b) => nodeTime(b) - nodeTime(a)) as [VersionNode, VersionNode];
      return openDiff(newer.file, refOf(older), refOf(newer));
    },
    async label(arg) {
      const { file, located } = requireFile(arg);
      const args = argObject(arg);
      const ref = isVersionNode(arg) ? refOf(arg) : typeof args['ref'] === 'string' ? (args['ref'] as string) : await pickVersion(file, 'Label which version?');
      if (!ref) return undefined;
      let label = typeof args['label'] === 'string' ? (args['label'] as string) : undefined;
      if (label === undefined) {
        label = await vscode.window.showInputBox({ prompt: `Label for ${ref}`, placeHolder: 'e.g. baseline', validateInput: (v) => (/^[A-Za-z0-9][A-Za-z0-9._\-/+]{0,99}$/.test(v) ? undefined : 'Letters, digits and . _ - / +') });
        if (!label) return undefined;
      }
      let sha: string;
      if (ref.startsWith('git:')) {
        // A git version gets a label by being recorded as a snapshot first.
        const v = await resolveRef({ store: located.store, file: file.fsPath }, ref);
        sha = located.store.snapshot(file.fsPath, v.content, { source: 'import', message: `from ${ref}` }).sha256;
      } else {
        sha = (await resolveRef({ store: located.store, file: file.fsPath }, ref)).sha256;
      }
      located.store.label(file.fsPath, sha, label);
      refreshAll();
      return { label };
    },
    async copySha(arg) {
      const { file, located } = requireFile(arg);
      const ref = isVersionNode(arg) ? refOf(arg) : (argObject(arg)['ref'] as string | undefined) ?? 'working';
      const v = await resolveRef({ store: located.store, file: file.fsPath }, ref);
      await vscode.env.clipboard.writeText(v.sha256);
      return { sha256: v.sha256 };
    },
    async runEvalAgainstWorking(arg) {
      const { file } = requireFile(arg);
      const a = isVersionNode(arg) ? refOf(arg) : (argObject(arg)['ref'] as string | undefined);
      return vscode.commands.executeCommand('promptshift.runPairedEval', { prompt: file.fsPath, ...(a ? { a } : {}), b: 'working' });
    },
  };
  return commands;
}

function nodeTime(node: VersionNode): number {
  return Date.parse(node.kind === 'snapshot' ? node.entry.time : node.commit.time);
}
