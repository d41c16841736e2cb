// Browser side of the results panel. Never imports `vscode` or Node modules (lint rule).
import { HostToWebview, type WebviewToHost, type PanelState } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');

function render(runId: string | null): void {
  if (!root) return;
  root.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = runId ? `Run ${runId}` : 'No run selected';
  root.append(heading);
  root.dataset['ready'] = 'true';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = HostToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn('PromptShift: ignored a malformed message from the host', parsed.error.issues);
    return;
  }
  const message = parsed.data;
  if (message.type === 'init') {
    vscode.setState({ runId: message.runId });
    render(message.runId);
  }
});

vscode.postMessage({ type: 'ready', version: 1 });
