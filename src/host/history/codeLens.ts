// CodeLens at the top of a prompt file: `v12 · 3 edits since last eval · Compare · Run paired eval`.
import * as vscode from 'vscode';
import type { StoreRegistry } from '../stores';
import { isPromptFile } from '../promptFiles';
import { config } from '../config';

export class HistoryCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly stores: StoreRegistry) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!config.codeLensEnabled() || !isPromptFile(doc.uri)) return [];
    const located = this.stores.forUri(doc.uri);
    if (!located) return [];
    const versions = located.store.log(doc.uri.fsPath).versions;
    const top = new vscode.Range(0, 0, 0, 0);
    const newest = versions[0];
    const lastEval = versions.findIndex((v) => v.source === 'eval');
    const edits = lastEval === -1 ? undefined : lastEval;
    const summary = newest
      ? `v${newest.number} · ${edits === undefined ? 'not evaluated yet' : edits === 0 ? 'evaluated' : `${edits} edit${edits === 1 ? '' : 's'} since last eval`}`
      : 'no versions yet';
    return [
      new vscode.CodeLens(top, { title: `$(history) ${summary}`, command: 'promptshift.showHistory', arguments: [{ uri: doc.uri.toString() }], tooltip: 'Show this prompt\'s versions' }),
      new vscode.CodeLens(top, { title: 'Compare', command: 'promptshift.compareWithVersion', arguments: [{ uri: doc.uri.toString() }], tooltip: 'Compare the working copy with a version' }),
      new vscode.CodeLens(top, { title: 'Run paired eval', command: 'promptshift.runPairedEval', arguments: [{ prompt: doc.uri.fsPath }], tooltip: 'Run the suite of this prompt: newest differing version (A) against the working copy (B)' }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
