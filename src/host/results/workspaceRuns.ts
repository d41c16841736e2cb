// The runs of the open workspace folder, for the panel host and the openRun command.
import * as vscode from 'vscode';
import type { ShiftReport } from '../../core/report/schema';
import { newestRunId, readRunReport } from './runReport';

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** `<workspace>/.promptshift/runs/<runId>/report.json`, validated; errors name the file and field. */
export async function loadWorkspaceRunReport(runId: string): Promise<ShiftReport> {
  const root = workspaceRoot();
  if (!root) throw new Error('Open a folder to see its eval runs.');
  return readRunReport(root, runId);
}

/** The run to open: the one asked for, else the newest run with a report (null when there is none). */
export async function runToOpen(runId: string | null): Promise<string | null> {
  if (runId) return runId;
  const root = workspaceRoot();
  return root ? newestRunId(root) : null;
}
