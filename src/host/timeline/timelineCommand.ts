// "PromptShift: Show Behaviour Timeline" (`promptshift.showBehaviourTimeline`, argument `{uri?}` or
// the file's URI from a menu → `{file, versions, runs}`): the timeline of the prompt file in the
// active editor, or the one given, from the workspace's finished runs. One panel, reused, redrawn
// when a run's report is written; it survives a window reload (the serializer rebuilds it from the
// file's path), and a click on a version opens its run in the results panel.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem } from '../../core/problems';
import { RunStore } from '../../core/run';
import { promptTimeline, type PromptTimeline } from '../../core/timeline/promptTimeline';
import { TimelineToHost, TimelineViewState, type TimelineToWebview } from '../../webview/timeline/protocol';
import { argObject } from '../commands';
import { webviewHtml } from '../results/html';
import { webviewOptions } from '../results/panel';
import { TIMELINE_VIEW_TYPE } from '../viewTypes';

export interface TimelineCommandResult {
  /** the prompt file, relative to the workspace folder */
  file: string;
  versions: number;
  runs: number;
}

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function targetFile(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const { uri } = argObject(arg);
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri === 'string') return uri.includes('://') ? vscode.Uri.parse(uri) : vscode.Uri.file(path.isAbsolute(uri) ? uri : path.join(workspaceRoot() ?? '', uri));
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === 'file' ? active : undefined;
}

/** Runs finishing while the timeline is open redraw it once they settle (a run writes its report more than once). */
const REFRESH_AFTER_MS = 500;

class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timeline: PromptTimeline | undefined;
  private ready = false;
  private watcher: vscode.Disposable | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly build: (rel: string) => PromptTimeline,
    /** where the shown file is mirrored (reviveTimelinePanel) */
    private readonly workspaceState: vscode.Memento,
  ) {}

  /** Redraws the timeline shown from the runs as they are now. */
  private refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (!this.panel || !this.timeline) return;
      try {
        this.timeline = this.build(this.timeline.path);
        this.send();
      } catch {
        // the folder went away: keep what is shown
      }
    }, REFRESH_AFTER_MS);
  }

  private watchRuns(): void {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (this.watcher || !folder) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.promptshift/runs/*/report.json'));
    this.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(() => this.refresh()), watcher.onDidChange(() => this.refresh()), watcher.onDidDelete(() => this.refresh()));
  }

  show(timeline: PromptTimeline, panel?: vscode.WebviewPanel): void {
    this.timeline = timeline;
    void this.workspaceState.update(TIMELINE_FILE_KEY, timeline.path);
    if (panel) {
      this.panel?.dispose();
      this.attach(panel);
    } else if (!this.panel) {
      this.attach(vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, 'Behaviour Timeline', vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
    } else {
      this.panel.reveal();
      this.send();
    }
    if (this.panel) this.panel.title = `Timeline: ${path.posix.basename(timeline.path)}`;
  }

  private attach(panel: vscode.WebviewPanel): void {
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'promptshift.svg');
    this.panel = panel;
    this.ready = false;
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.watcher?.dispose();
      this.watcher = undefined;
      clearTimeout(this.refreshTimer);
    });
    this.watchRuns();
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const parsed = TimelineToHost.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'ready') {
        this.ready = true;
        this.send();
      } else void vscode.commands.executeCommand('promptshift.openRun', { runId: parsed.data.runId });
    });
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { title: 'Behaviour Timeline', styles: [['media', 'chart.css'], ['media', 'monitor.css']], script: ['dist', 'timeline.js'], root: 'main' });
  }

  private send(): void {
    if (!this.panel || !this.ready || !this.timeline) return;
    const message: TimelineToWebview = { type: 'show', timeline: this.timeline };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    this.watcher?.dispose();
    clearTimeout(this.refreshTimer);
  }
}

/** workspace state: the prompt file the timeline panel shows (workspace-relative) */
const TIMELINE_FILE_KEY = 'promptshift.timeline.file';

let shown: TimelinePanel | undefined;

function panelOf(context: vscode.ExtensionContext, log?: vscode.LogOutputChannel): TimelinePanel {
  if (!shown) {
    shown = new TimelinePanel(context.extensionUri, (rel) => timelineOf(rel, log), context.workspaceState);
    context.subscriptions.push(shown);
  }
  return shown;
}

/** The timeline of a workspace-relative path; unreadable runs are logged and left out. */
function timelineOf(rel: string, log?: vscode.LogOutputChannel): PromptTimeline {
  const root = workspaceRoot();
  if (!root) throw new Error('Open a folder to see its eval runs.');
  return promptTimeline(new RunStore(root), rel, (p: Problem) => log?.warn(`Behaviour timeline: ${p.file}: ${p.message}`));
}

export async function showTimelineCommand(context: vscode.ExtensionContext, arg: unknown, log?: vscode.LogOutputChannel): Promise<TimelineCommandResult> {
  const file = targetFile(arg);
  const root = workspaceRoot();
  if (!file) throw new Error('Open a prompt file first (or pass {uri}).');
  if (!root || file.scheme !== 'file' || path.relative(root, file.fsPath).startsWith('..')) throw new Error(`${file.fsPath} is not inside the workspace folder, where its eval runs are.`);
  const rel = path.relative(root, file.fsPath).split(path.sep).join('/');
  const timeline = timelineOf(rel, log);
  panelOf(context, log).show(timeline);
  return { file: rel, versions: timeline.versions.length, runs: timeline.runs };
}

/** The serializer's half: the timeline of the file it showed, from the runs as they are now. */
export function reviveTimelinePanel(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, state: unknown, log?: vscode.LogOutputChannel): void {
  // The web workbench may restore the tab with an older webview state than the page last saved (or
  // none): the file the panel last showed is mirrored in workspace state for that.
  const saved = TimelineViewState.safeParse(state);
  const mirrored = context.workspaceState.get<unknown>(TIMELINE_FILE_KEY);
  const rel = saved.success ? saved.data.path : typeof mirrored === 'string' ? mirrored : undefined;
  if (!rel) {
    panel.dispose();
    return;
  }
  panelOf(context, log).show(timelineOf(rel, log), panel);
}
