// The `promptshift.runs` view: past runs of the workspace, newest first, with their headline shifts.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { RunFolder, type RunStore } from '../../core/run';
import { reportBehaviours } from '../../core/report/schema';
import type { ShiftReport } from '../../core/report/schema';
import { gatesFailed } from '../../core/report';
import { relativeTime } from '../../core/history';

export interface RunNode {
  runId: string;
  runDir: string;
  /** the report without its outputs (`cases: []`): what the list shows */
  report?: ShiftReport;
  status: string;
  createdAt?: string;
  problem?: string;
}

/** "escalation ▼50 · overconfidence ▲48": the significant shifts, largest first. */
export function headline(report: ShiftReport): string {
  const shifts = reportBehaviours(report).map((b) => ({ b, s: report.summary.behaviours[b] }))
    .filter((x) => x.s?.significant)
    .sort((x, y) => Math.abs(y.s!.delta) - Math.abs(x.s!.delta))
    .map((x) => `${x.b} ${x.s!.delta < 0 ? '▼' : '▲'}${Math.round(Math.abs(x.s!.delta) * 100)}`);
  const text = shifts.length ? shifts.join(' · ') : 'no significant shift';
  // a design run with conditions: each version's objective stability (#16)
  const stability = (report.design?.stability ?? []).map((s) => `${s.version.toUpperCase()} ${s.score.toFixed(2)}`);
  return stability.length ? `${text} · stability ${stability.join(', ')}` : text;
}

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
    if (!store) return [];
    return store.list().map(({ runId, folder, meta }) => {
      const node: RunNode = { runId, runDir: folder.dir, status: 'unknown' };
      try {
        node.report = this.readReport(folder);
        if (node.report.createdAt) node.createdAt = node.report.createdAt;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') node.problem = err instanceof Error ? err.message : String(err);
      }
      node.status = meta?.status ?? (node.report ? 'completed' : 'unknown');
      if (!node.createdAt && meta?.createdAt) node.createdAt = meta.createdAt;
      return node;
    });
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
