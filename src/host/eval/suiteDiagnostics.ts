// Suite problems in the Problems panel while the suite is edited: every error and warning of
// `parseSuiteText` at its line and column (also those in referenced JSONL/CSV case files).
import * as vscode from 'vscode';
import { parseSuiteText, type SuiteIssue } from '../../core/suite';

export const SUITE_GLOB = '**/{*.evals.yaml,*.evals.yml,*.evals.json,promptfooconfig.yaml,promptfooconfig.yml}';

export function isSuiteFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && /(\.evals\.(ya?ml|json)|[\\/]promptfooconfig\.ya?ml)$/i.test(uri.fsPath);
}

export function toDiagnostic(issue: SuiteIssue): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, issue.line - 1), Math.max(0, issue.column - 1));
  const end = issue.endLine !== undefined && issue.endColumn !== undefined ? new vscode.Position(issue.endLine - 1, issue.endColumn - 1) : start.translate(0, 1);
  const d = new vscode.Diagnostic(new vscode.Range(start, end), `${issue.field ? `${issue.field}: ` : ''}${issue.message}`, issue.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
  d.source = 'PromptShift';
  return d;
}

export function registerSuiteDiagnostics(context: vscode.ExtensionContext): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('promptshift-suites');
  const timers = new Map<string, NodeJS.Timeout>();
  /** case files whose problems a suite reported, so they are cleared when fixed */
  const owned = new Map<string, Set<string>>();

  async function validate(doc: vscode.TextDocument): Promise<void> {
    if (!isSuiteFile(doc.uri)) return;
    const version = doc.version;
    const { errors } = await parseSuiteText(doc.getText(), doc.uri.fsPath);
    if (doc.version !== version || doc.isClosed) return; // a newer edit will report
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const issue of errors) {
      const list = byFile.get(issue.file) ?? [];
      list.push(toDiagnostic(issue));
      byFile.set(issue.file, list);
    }
    const key = doc.uri.toString();
    for (const stale of owned.get(key) ?? []) if (!byFile.has(stale)) collection.delete(vscode.Uri.file(stale));
    collection.set(doc.uri, byFile.get(doc.uri.fsPath) ?? []);
    for (const [file, list] of byFile) if (file !== doc.uri.fsPath) collection.set(vscode.Uri.file(file), list);
    owned.set(key, new Set([...byFile.keys()].filter((f) => f !== doc.uri.fsPath)));
  }

  function schedule(doc: vscode.TextDocument, delay = 250): void {
    if (!isSuiteFile(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => void validate(doc).catch(() => undefined), delay));
  }

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (!isSuiteFile(d.uri)) return;
      collection.delete(d.uri);
      for (const f of owned.get(d.uri.toString()) ?? []) collection.delete(vscode.Uri.file(f));
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
  return collection;
}
