// Which documents are prompt files: those matching the `promptshift.promptFiles` globs of their
// workspace folder. The same globs, as document filters, select where hovers and CodeLens apply.
import * as vscode from 'vscode';
import { config } from './config';

export function isPromptFile(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return /\.(prompt|prompty)$|\.prompt\.md$/.test(uri.path);
  const filters = config.promptFiles(folder.uri).map((glob) => ({ pattern: new vscode.RelativePattern(folder, glob) }));
  // languages.match wants a document; a minimal one with the uri is enough for pattern filters.
  return vscode.languages.match(filters, { uri, languageId: '', isUntitled: false } as unknown as vscode.TextDocument) > 0;
}

/** Document selector for prompt files (file scheme, any language), suites, markdown and text. */
export function promptSelector(): vscode.DocumentSelector {
  const globs = config.promptFiles();
  return [
    ...globs.map((pattern) => ({ scheme: 'file', pattern })),
    { language: 'promptshift-prompt' },
    { language: 'prompt' },
  ];
}
