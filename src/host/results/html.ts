// The HTML of PromptShift's webviews (the results panel, the monitor timeline): a strict Content
// Security Policy (DESIGN.md rule 5). Scripts run only with a per-render nonce; styles (and, where
// a page uses them, fonts and images) come only from the webview's own resource origin.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';

export interface WebviewPage {
  title: string;
  /** stylesheets, each a path inside the extension, in order */
  styles: string[][];
  /** the page's one script, a path inside the extension */
  script: string[];
  /** the element the script renders into (#root) */
  root: 'div' | 'main';
  /** resource kinds the page loads besides styles (codicon fonts, images) */
  alsoAllow?: ('font' | 'img')[];
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    ...(page.alsoAllow ?? []).map((kind) => `${kind}-src ${webview.cspSource}`),
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.styles.map((s) => `<link rel="stylesheet" href="${asset(s)}">`).join('\n')}
<title>${page.title}</title>
</head>
<body>
<${page.root} id="root"></${page.root}>
<script nonce="${nonce}" src="${asset(page.script)}"></script>
</body>
</html>`;
}

export function resultsPanelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewHtml(webview, extensionUri, {
    title: 'PromptShift Results',
    styles: [['dist', 'codicons', 'codicon.css'], ['media', 'results.css']],
    script: ['dist', 'webview.js'],
    root: 'div',
    alsoAllow: ['font', 'img'],
  });
}
