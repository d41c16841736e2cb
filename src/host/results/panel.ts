// Hosts the results webview (`promptshift.results`): one panel, reused; restored after a window
// reload by a serializer; talks to the webview only through the zod schemas of webview/protocol.ts,
// and only after the webview has said `ready`.
import * as vscode from 'vscode';
import { WebviewToHost, PanelState, type HostToWebview } from '../../webview/protocol';
import { resultsPanelHtml } from './html';

export const RESULTS_VIEW_TYPE = 'promptshift.results';

export type ReportLoader = (runId: string) => Promise<unknown>;

export class ResultsPanel implements vscode.Disposable {
  private static current: ResultsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly readyWaiters: Array<() => void> = [];
  private ready = false;
  private runId: string | null = null;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly loadReport: ReportLoader,
    private readonly log: vscode.LogOutputChannel,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'promptshift.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
    );
    panel.webview.html = resultsPanelHtml(panel.webview, extensionUri);
  }

  /** Shows the panel for a run (creating or revealing it); resolves once the webview is ready. */
  static async show(extensionUri: vscode.Uri, runId: string | null, loadReport: ReportLoader, log: vscode.LogOutputChannel): Promise<ResultsPanel> {
    let current = ResultsPanel.current;
    if (current) {
      current.panel.reveal(vscode.ViewColumn.Active);
    } else {
      const panel = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'PromptShift Results', vscode.ViewColumn.Active, webviewOptions(extensionUri));
      current = ResultsPanel.current = new ResultsPanel(panel, extensionUri, loadReport, log);
    }
    await current.setRun(runId);
    return current;
  }

  static registerSerializer(extensionUri: vscode.Uri, loadReport: ReportLoader, log: vscode.LogOutputChannel): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const parsed = PanelState.safeParse(state);
        ResultsPanel.current?.dispose();
        const revived = (ResultsPanel.current = new ResultsPanel(panel, extensionUri, loadReport, log));
        await revived.setRun(parsed.success ? parsed.data.runId : null);
      },
    });
  }

  static get active(): ResultsPanel | undefined {
    return ResultsPanel.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  get currentRunId(): string | null {
    return this.runId;
  }

  async setRun(runId: string | null): Promise<void> {
    this.runId = runId;
    this.panel.title = runId ? `PromptShift: ${runId}` : 'PromptShift Results';
    await this.whenReady();
    await this.sendInit();
  }

  /** Resolves when the webview has sent `ready` (or after the timeout, so a command never hangs). */
  whenReady(timeoutMs = 15000): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private async sendInit(): Promise<void> {
    let report: unknown = null;
    if (this.runId) {
      try {
        report = await this.loadReport(this.runId);
      } catch (err) {
        this.log.error(`Could not load run ${this.runId}: ${String(err)}`);
        void vscode.window.showErrorMessage(`PromptShift: could not load run ${this.runId}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.post({ type: 'init', runId: this.runId, report });
  }

  private post(message: HostToWebview): void {
    if (!this.ready) return; // never before `ready` (DESIGN.md rule 5)
    void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = WebviewToHost.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Ignored a malformed message from the results panel: ${parsed.error.message}`);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        for (const waiter of this.readyWaiters.splice(0)) waiter();
        break;
      case 'request':
        this.post({ type: 'response', id: message.id, ok: true, result: 'pong' });
        break;
    }
  }

  dispose(): void {
    if (ResultsPanel.current === this) ResultsPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
