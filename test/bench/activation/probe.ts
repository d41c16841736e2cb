// Runs inside the real extension host (as an extensionTestsPath): opens a prompt file, waits for
// PromptShift to activate, and writes the timings its activate() measured.
import * as vscode from 'vscode';
import * as fs from 'node:fs';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace');
  const ext = vscode.extensions.getExtension<{ activationMs: number; moduleLoadMs: number; ready: Promise<{ featuresMs: number }> }>('promptshift.promptshift');
  if (!ext) throw new Error('PromptShift is not installed');
  const wasActive = ext.isActive;
  const opened = performance.now();
  await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, 'prompts', 'support.prompt.md'));
  while (!ext.isActive) await new Promise((r) => setTimeout(r, 5));
  const api = ext.exports;
  const { featuresMs } = await api.ready;
  const result = { wasActiveBefore: wasActive, activationMs: api.activationMs, moduleLoadMs: api.moduleLoadMs, featuresMs, openToActiveMs: performance.now() - opened };
  fs.writeFileSync(process.env['PROMPTSHIFT_BENCH_OUT'] ?? `${folder.uri.fsPath}/activation.json`, JSON.stringify(result));
}
