// The `promptshift.runs` view: past runs of the workspace, newest first, with their headline shifts.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { listRuns, RunFolder, type ListedRun, type RunStore } from '../../core/run';
import { headline } from '../../core/report/headline';
import type { ShiftReport } from '../../core/report/schema';
import { gatesFailed } from '../../core/report';
import { relativeTime } from '../../core/history';

/** A run as the view shows it. */
export type RunNode = ListedRun;

/** A finished eval run: its report without the outputs (`cases: []`), and the whole report, read when asked for. */
export interface FinishedRun {
  runId: string;
  report: ShiftReport;
  readReport(): ShiftReport;
}

export class RunsView implements vscode.TreeDataProvider<RunNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RunNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** what the view showed last, for tests and the openRun quick pick */
  lastShown: RunNode[] = [];
  /** report headers by file, kept while the file's size and mtime stay the same: the view is
   *  refreshed on every run event */
  private readonly reports = new Map<string, { stamp: string; report: ShiftReport }>();

  constructor(private readonly store: () => RunStore | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  runs(): RunNode[] {
    const store = this.store();
    return store ? listRuns(store, (folder) => this.readReport(folder)) : [];
  }

  private readReport(folder: RunFolder): ShiftReport {
    const st = fs.statSync(folder.reportPath); // ENOENT: no report yet
    const stamp = `${st.size}:${st.mtimeMs}`;
    const cached = this.reports.get(folder.reportPath);
    if (cached?.stamp === stamp) return cached.report;
    const report = folder.readReportHeader().report;
    this.reports.set(folder.reportPath, { stamp, report });
    return report;
  }

  /** The completed runs with a report, newest first. */
  finishedRuns(): FinishedRun[] {
    return this.runs().flatMap((r) => (r.report && r.status === 'completed' ? [{ runId: r.runId, report: r.report, readReport: () => new RunFolder(r.runDir).readReport() }] : []));
  }

  getTreeItem(node: RunNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.report ? `${node.report.a.label ?? node.report.a.ref} → ${node.report.b.label ?? node.report.b.ref}` : node.runId);
    const when = node.createdAt ? relativeTime(node.createdAt) : node.runId;
    const gateFailed = node.report ? gatesFailed(node.report) : false;
    item.description = node.report ? `${when} · ${headline(node.report)}` : `${when} · ${node.problem ? 'unreadable report' : node.status}`;
    item.iconPath = new vscode.ThemeIcon(
      node.problem ? 'warning' : node.status === 'running' ? 'sync~spin' : node.status !== 'completed' ? 'debug-pause' : gateFailed ? 'error' : 'pass',
      gateFailed || node.problem ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined,
    );
    item.tooltip = new vscode.MarkdownString(
      [`**Run ${node.runId}** — ${node.status}`, node.report?.suite && `Suite: \`${node.report.suite}\``, node.report && `${node.report.summary.cases} cases × ${node.report.summary.samples} samples`, node.problem].filter(Boolean).join('\n\n'),
    );
    item.contextValue = 'run';
    item.id = node.runId;
    item.command = { command: 'promptshift.openRun', title: 'Open Eval Run', arguments: [{ runId: node.runId }] };
    return item;
  }

  getChildren(parent?: RunNode): RunNode[] {
    if (parent) return [];
    this.lastShown = this.runs();
    return this.lastShown;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
