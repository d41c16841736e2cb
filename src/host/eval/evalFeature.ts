// Paired evals in VS Code, wired together: the Run Paired Eval command, the runs view, the results
// panels and their actions. Each piece lives in its own module; this one only connects them.
import * as vscode from 'vscode';
import { RunStore } from '../../core/run';
import type { ShiftReport } from '../../core/report/schema';
import { argObject } from '../commands';
import type { ApiKeys } from '../secrets';
import { ResultsPanels } from '../results/panelManager';
import { createResultsActions, exportRunCommand, revealRunRecordCommand } from '../results/resultsActions';
import { createRunCommand, type RunCommandResult } from './runCommand';
import { RunsView, type FinishedRun } from './runsView';
import { headline } from '../../core/report/headline';
import { createExplainCommand, type ExplainCommandResult } from '../explain/explainCommand';
import { AttributionIndex, HunkDecorations } from '../explain/hunkDecorations';

export interface EvalCommands {
  runPairedEval(arg?: unknown): Promise<RunCommandResult>;
  openRun(arg?: unknown): Promise<{ runId: string | null; ready: boolean } | undefined>;
  exportRun(arg?: unknown): Promise<{ path: string } | undefined>;
  revealRunRecord(arg?: unknown): Promise<void>;
  explainShift(arg?: unknown): Promise<ExplainCommandResult>;
  refreshRuns(): void;
  /** shows a report that is not a run (a monitor window's samples) in the results panel */
  showReport(id: string, report: ShiftReport): Promise<void>;
  /** the workspace's runs with a report, newest first (the monitor's baseline pick) */
  finishedRuns(): FinishedRun[];
}

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** The runs of the first workspace folder (where runs live when no file says otherwise). */
function workspaceRunStore(): RunStore | undefined {
  const root = workspaceRoot();
  return root ? new RunStore(root) : undefined;
}

export function registerEval(context: vscode.ExtensionContext, keys: ApiKeys, diagnostics: vscode.DiagnosticCollection, log: vscode.LogOutputChannel): EvalCommands {
  const runsView = new RunsView(workspaceRunStore);
  const tree = vscode.window.createTreeView('promptshift.runs', { treeDataProvider: runsView });
  context.subscriptions.push(runsView, tree);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.promptshift/runs/*/report.json'));
    context.subscriptions.push(watcher, watcher.onDidCreate(() => runsView.refresh()), watcher.onDidChange(() => runsView.refresh()));
  }

  const actionDeps = {
    runStore: workspaceRunStore,
    currentRunId: () => panels.active?.currentRunId ?? runsView.runs()[0]?.runId,
    rerun: (arg: Record<string, unknown>) => runPairedEval(arg),
    explain: (arg: Record<string, unknown>) => explainShift(arg),
  };
  const panels = new ResultsPanels({ extensionUri: context.extensionUri, runStore: workspaceRunStore, actions: createResultsActions(actionDeps), state: context.workspaceState, log });
  context.subscriptions.push(panels, panels.registerSerializer());
  const runPairedEval = createRunCommand({ context, keys, diagnostics, log, panels, root: workspaceRoot, onRunsChanged: () => runsView.refresh() });
  const decorations = new HunkDecorations(new AttributionIndex(workspaceRunStore));
  context.subscriptions.push(decorations);
  const explainShift = createExplainCommand({
    context, keys, log,
    runStore: workspaceRunStore,
    currentRunId: actionDeps.currentRunId,
    onExplained: (runId) => {
      decorations.update();
      // The panel's copy of a run that just ended is its live state: give it the report with the attribution.
      const report = workspaceRunStore()?.folder(runId).readReport();
      const calls = report?.usage?.calls ?? 0;
      if (report) panels.publish(runId, report, { done: calls, total: calls, finished: true });
    },
  });

  return {
    runPairedEval,

    async openRun(arg) {
      const { runId: given } = argObject(arg);
      let runId: string | null = typeof given === 'string' && given ? given : null;
      if (!runId && arg === undefined) {
        const runs = runsView.runs().filter((r) => r.report);
        if (runs.length > 1) {
          const picked = await vscode.window.showQuickPick(
            runs.map((r) => ({ label: `${r.report!.a.label ?? r.report!.a.ref} → ${r.report!.b.label ?? r.report!.b.ref}`, description: headline(r.report!), detail: r.runId, runId: r.runId })),
            { placeHolder: 'Open which eval run?', matchOnDescription: true, matchOnDetail: true },
          );
          if (!picked) return undefined;
          runId = picked.runId;
        } else runId = runs[0]?.runId ?? null;
      }
      const panel = await panels.show(runId);
      return { runId, ready: panel.isReady };
    },

    exportRun: (arg) => exportRunCommand(actionDeps, arg),
    revealRunRecord: (arg) => revealRunRecordCommand(actionDeps, arg),
    explainShift,
    refreshRuns: () => runsView.refresh(),
    async showReport(id, report) {
      await panels.showReport(id, report);
    },
    finishedRuns: () => runsView.finishedRuns(),
  };
}
