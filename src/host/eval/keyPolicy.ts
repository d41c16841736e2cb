// Who may receive the user's keys in VS Code: a workspace-chosen endpoint gets a key only after the
// user has seen it once. Every provider a suite names is covered, the judge's included.
import * as vscode from 'vscode';
import type { LoadedSuite, SuiteProvider } from '../../core/suite';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function approvalKey(baseUrl: string): string {
  return `promptshift.approvedBaseUrl:${baseUrl}`;
}

/** The providers of a run that would send a key somewhere the workspace chose. */
export function providersToConfirm(suite: Pick<LoadedSuite, 'judge'>, provider: SuiteProvider): SuiteProvider[] {
  return [provider, ...(suite.judge ? [suite.judge.provider] : [])].filter((p) => p.baseUrl && p.type !== 'replay' && p.type !== 'vscode-lm' && !LOOPBACK.has(new URL(p.baseUrl).hostname));
}

/** True when the user has approved (now or before) every workspace-chosen endpoint of the run. */
export async function confirmKeyDestinations(suite: Pick<LoadedSuite, 'judge'>, provider: SuiteProvider, suiteFile: string, globalState: vscode.Memento): Promise<boolean> {
  for (const p of providersToConfirm(suite, provider)) {
    const key = approvalKey(p.baseUrl!);
    if (globalState.get<boolean>(key)) continue;
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(suiteFile)} sends requests, with your ${p.type} API key, to ${p.baseUrl}. Send your key to this server?`,
      { modal: true },
      'Send Key',
    );
    if (choice !== 'Send Key') return false;
    await globalState.update(key, true);
  }
  return true;
}
