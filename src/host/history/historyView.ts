// The `promptshift.history` view: the active prompt file's versions, newest first — snapshots and
// git commits side by side — with relative time, label, source icon and lines added/removed.
import * as vscode from 'vscode';
import { gitLog, relativeTime, type GitCommit, type VersionEntry, SNAPSHOT_REF_DIGITS } from '../../core/history';
import type { StoreRegistry } from '../stores';
import { isPromptFile } from '../promptFiles';

export type VersionNode =
  | { kind: 'snapshot'; file: vscode.Uri; entry: VersionEntry; newest: boolean }
  | { kind: 'git'; file: vscode.Uri; commit: GitCommit };

export function refOf(node: VersionNode): string {
  return node.kind === 'snapshot' ? `snapshot:${node.entry.sha256.slice(0, SNAPSHOT_REF_DIGITS)}` : `git:${node.commit.rev}`;
}

const SOURCE_ICONS: Record<VersionEntry['source'], string> = {
  save: 'save',
  manual: 'device-camera',
  eval: 'beaker',
  restore: 'discard',
  import: 'cloud-download',
};

export class HistoryView implements vscode.TreeDataProvider<VersionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<VersionNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: vscode.Uri | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** versions shown last time, for tests and commands that need "the view's items" */
  lastShown: VersionNode[] = [];
  view: vscode.TreeView<VersionNode> | undefined;

  constructor(private readonly stores: StoreRegistry) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor?.document.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.current && doc.uri.toString() === this.current.toString()) this.refresh();
      }),
    );
    this.follow(vscode.window.activeTextEditor?.document.uri);
  }

  attach(view: vscode.TreeView<VersionNode>): void {
    this.view = view;
    this.updateMessage();
  }

  /** The prompt file the view shows. It stays when focus moves to a non-prompt editor (e.g. a diff). */
  get file(): vscode.Uri | undefined {
    return this.current;
  }

  follow(uri: vscode.Uri | undefined): void {
    if (!uri || !isPromptFile(uri)) return;
    if (this.current?.toString() === uri.toString()) return;
    this.current = uri;
    this.refresh();
  }

  show(uri: vscode.Uri): void {
    this.current = uri;
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
    this.updateMessage();
  }

  private updateMessage(): void {
    if (!this.view) return;
    this.view.description = this.current ? vscode.workspace.asRelativePath(this.current) : '';
  }

  getTreeItem(node: VersionNode): vscode.TreeItem {
    if (node.kind === 'snapshot') {
      const e = node.entry;
      const item = new vscode.TreeItem(`v${e.number}`);
      const labels = e.labels.map((l) => `@${l}`).join(' ');
      const stats = e.added !== undefined && e.removed !== undefined ? `+${e.added} −${e.removed}` : '';
      item.description = [relativeTime(e.time), labels, stats].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(SOURCE_ICONS[e.source]);
      item.contextValue = 'version snapshot';
      item.id = `${node.file.toString()}#${e.number}`;
      item.tooltip = new vscode.MarkdownString(
        [`**v${e.number}** — ${e.source}`, new Date(e.time).toLocaleString(), labels && `Labels: ${labels}`, e.message, `\`${e.sha256}\``]
          .filter(Boolean)
          .join('\n\n'),
      );
      item.command = { command: 'promptshift.history.compareWithWorking', title: 'Compare With Working Copy', arguments: [node] };
      return item;
    }
    const c = node.commit;
    const item = new vscode.TreeItem(c.shortRev);
    item.description = `${relativeTime(c.time)} · ${c.subject}`;
    item.iconPath = new vscode.ThemeIcon('git-commit');
    item.contextValue = 'version git';
    item.id = `${node.file.toString()}#git:${c.rev}`;
    item.tooltip = new vscode.MarkdownString(`**${c.shortRev}** ${c.subject}\n\n${c.author}, ${new Date(c.time).toLocaleString()}`);
    item.command = { command: 'promptshift.history.compareWithWorking', title: 'Compare With Working Copy', arguments: [node] };
    return item;
  }

  async getChildren(parent?: VersionNode): Promise<VersionNode[]> {
    if (parent || !this.current) return [];
    const file = this.current;
    const located = this.stores.forUri(file);
    if (!located) return [];
    const history = located.store.log(file.fsPath);
    const nodes: VersionNode[] = history.versions.map((entry, i) => ({ kind: 'snapshot', file, entry, newest: i === 0 }));
    let commits: GitCommit[] = [];
    try {
      commits = await gitLog(file.fsPath, { limit: 100 });
    } catch {
      commits = []; // not a git repository, or git missing: snapshots alone
    }
    const all: VersionNode[] = [...nodes, ...commits.map((commit): VersionNode => ({ kind: 'git', file, commit }))];
    all.sort((a, b) => timeOf(b) - timeOf(a));
    this.lastShown = all;
    return all;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function timeOf(node: VersionNode): number {
  return Date.parse(node.kind === 'snapshot' ? node.entry.time : node.commit.time);
}
