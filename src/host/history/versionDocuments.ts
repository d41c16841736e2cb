// Read-only documents for prompt versions, so VS Code's own diff editor can show any two of them:
//   promptshift-version:/abs/path/support.prompt.md?ref=snapshot%3A1a2b3c
// The path keeps the file's name (and so its language); the query names the version.
import * as vscode from 'vscode';
import { resolveRef } from '../../core/history';
import type { StoreRegistry } from '../stores';

export const VERSION_SCHEME = 'promptshift-version';

export function versionUri(file: vscode.Uri, ref: string): vscode.Uri {
  return vscode.Uri.from({ scheme: VERSION_SCHEME, path: file.path, query: new URLSearchParams({ ref }).toString() });
}

export function fileOfVersionUri(uri: vscode.Uri): { file: vscode.Uri; ref: string } {
  const ref = new URLSearchParams(uri.query).get('ref') ?? 'working';
  return { file: vscode.Uri.file(uri.path), ref };
}

export class VersionDocumentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly stores: StoreRegistry) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { file, ref } = fileOfVersionUri(uri);
    const located = this.stores.forUri(file);
    if (!located) throw new Error(`${file.fsPath} is not inside a workspace folder`);
    const version = await resolveRef({ store: located.store, file: file.fsPath }, ref);
    return version.content;
  }
}
