// The runs of the open workspace folder, for the panel host and the openRun command.
import * as vscode from 'vscode';
import type { ShiftReport } from '../../core/report/schema';
import { readRunReport } from './runReport';

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/** `<workspace>/.promptshift/runs/<runId>/report.json`, validated; errors name the file and field. */
export async function loadWorkspaceRunReport(runId: string): Promise<ShiftReport> {
  const root = workspaceRoot();
  if (!root) throw new Error('Open a folder to see its eval runs.');
  return readRunReport(root, runId);
}
