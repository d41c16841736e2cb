// The `promptshift.history` view: the active prompt file's versions, newest first — snapshots and
// git commits side by side — with relative time, label, source icon and lines added/removed.
import * as vscode from 'vscode';
import { gitLog, relativeTime, type GitCommit, type VersionEntry, SNAPSHOT_REF_DIGITS } from '../../core/history';
import type { StoreRegistry } from '../stores';
import { isPromptFile } from '../promptFiles';

export type VersionNode =
  | { kind: 'snapshot'; file: vscode.Uri; entry: VersionEntry; newest: boolean }
  | { kind: 'git'; file: vscode.Uri; commit: GitCommit };

/** "Older versions (N)": what lies past the newest PAGE_SIZE, expanded on demand. */
export interface OlderNode {
  kind: 'older';
  file: vscode.Uri;
  nodes: VersionNode[];
}

export type HistoryNode = VersionNode | OlderNode;

/** Versions listed at the top level; a long history keeps the rest under one collapsed row, so
 *  showing a file with 1,000 versions sends the workbench 100 rows, not 1,000. */
export const PAGE_SIZE = 100;
/** How long a file's git log is reused before `git log` runs again (the Refresh button clears it). */
const GIT_LOG_TTL_MS = 10_000;

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

export class HistoryView implements vscode.TreeDataProvider<HistoryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<HistoryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: vscode.Uri | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** versions shown last time, for tests and commands that need "the view's items" */
  lastShown: VersionNode[] = [];
  view: vscode.TreeView<HistoryNode> | undefined;
  private readonly gitLogs = new Map<string, { at: number; commits: Promise<GitCommit[]> }>();

  constructor(private readonly stores: StoreRegistry) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor?.document.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.current && doc.uri.toString() === this.current.toString()) this.refresh();
      }),
    );
    this.follow(vscode.window.activeTextEditor?.document.uri);
  }

  attach(view: vscode.TreeView<HistoryNode>): void {
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

  /** Shows the versions again; `rereadGit` also forgets the cached git logs (the Refresh button). */
  refresh(rereadGit = false): void {
    if (rereadGit) this.gitLogs.clear();
    this.changed.fire(undefined);
    this.updateMessage();
  }

  private updateMessage(): void {
    if (!this.view) return;
    this.view.description = this.current ? vscode.workspace.asRelativePath(this.current) : '';
  }

  getTreeItem(node: HistoryNode): vscode.TreeItem {
    if (node.kind === 'older') {
      const item = new vscode.TreeItem(`Older versions (${node.nodes.length})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('history');
      item.contextValue = 'older';
      item.id = `${node.file.toString()}#older`;
      return item;
    }
    if (node.kind === 'snapshot') {
      const e = node.entry;
      const item = new vscode.TreeItem(`v${e.number}`);
      const labels = e.labels.map((l) => `@${l}`).join(' ');
      const stats = e.added !== undefined && e.removed !== undefined ? `+${e.added} −${e.removed}` : '';
      item.description = [relativeTime(e.time), labels, stats].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(SOURCE_ICONS[e.source]);
      item.contextValue = 'version snapshot';
      item.id = `${node.file.toString()}#${e.number}`;
      item.command = { command: 'promptshift.history.compareWithWorking', title: 'Compare With Working Copy', arguments: [node] };
      return item;
    }
    const c = node.commit;
    const item = new vscode.TreeItem(c.shortRev);
    item.description = `${relativeTime(c.time)} · ${c.subject}`;
    item.iconPath = new vscode.ThemeIcon('git-commit');
    item.contextValue = 'version git';
    item.id = `${node.file.toString()}#git:${c.rev}`;
    item.command = { command: 'promptshift.history.compareWithWorking', title: 'Compare With Working Copy', arguments: [node] };
    return item;
  }

  /** Tooltips are built when a row is hovered, not for every row the view shows. */
  resolveTreeItem(item: vscode.TreeItem, node: HistoryNode): vscode.TreeItem {
    if (node.kind === 'snapshot') {
      const e = node.entry;
      const labels = e.labels.map((l) => `@${l}`).join(' ');
      item.tooltip = new vscode.MarkdownString(
        [`**v${e.number}** — ${e.source}`, new Date(e.time).toLocaleString(), labels && `Labels: ${labels}`, e.message, `\`${e.sha256}\``]
          .filter(Boolean)
          .join('\n\n'),
      );
    } else if (node.kind === 'git') {
      const c = node.commit;
      item.tooltip = new vscode.MarkdownString(`**${c.shortRev}** ${c.subject}\n\n${c.author}, ${new Date(c.time).toLocaleString()}`);
    }
    return item;
  }

  async getChildren(parent?: HistoryNode): Promise<HistoryNode[]> {
    if (parent) return parent.kind === 'older' ? parent.nodes : [];
    if (!this.current) return [];
    const file = this.current;
    const located = this.stores.forUri(file);
    if (!located) return [];
    const [history, commits] = [located.store.log(file.fsPath), await this.commitsOf(file)];
    const nodes: VersionNode[] = history.versions.map((entry, i) => ({ kind: 'snapshot', file, entry, newest: i === 0 }));
    const all: VersionNode[] = [...nodes, ...commits.map((commit): VersionNode => ({ kind: 'git', file, commit }))];
    all.sort((a, b) => timeOf(b) - timeOf(a));
    this.lastShown = all;
    if (all.length <= PAGE_SIZE) return all;
    return [...all.slice(0, PAGE_SIZE), { kind: 'older', file, nodes: all.slice(PAGE_SIZE) }];
  }

  /** The file's git commits, reused for a few seconds (switching back and forth between prompts). */
  private commitsOf(file: vscode.Uri): Promise<GitCommit[]> {
    const key = file.toString();
    const cached = this.gitLogs.get(key);
    if (cached && Date.now() - cached.at < GIT_LOG_TTL_MS) return cached.commits;
    // Not a git repository, or git missing: snapshots alone.
    const commits = gitLog(file.fsPath, { limit: 100 }).catch((): GitCommit[] => []);
    this.gitLogs.set(key, { at: Date.now(), commits });
    return commits;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function timeOf(node: VersionNode): number {
  return Date.parse(node.kind === 'snapshot' ? node.entry.time : node.commit.time);
}
