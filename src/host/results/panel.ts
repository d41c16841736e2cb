// Hosts the results webview (`promptshift.results`): one panel, reused; restored after a window
// reload by a serializer; talks to the webview only through the zod schemas of webview/protocol.ts,
// and only after the webview has said `ready`. Requests from the webview become ResultsActions calls.
import * as vscode from 'vscode';
import { WebviewToHost, PanelState, HostToWebview, type BehaviourTerms, type RequestMessage, type RunProgress } from '../../webview/protocol';
import { ShiftReport } from '../../core/report/schema';
import { outlineOf } from '../../core/report/outline';
import { Glossary } from '../../core/glossary';
import { resultsPanelHtml } from './html';
import { unavailableResultsActions, type ResultsActions } from './actions';
import { behaviourTerms } from './terms';

export const RESULTS_VIEW_TYPE = 'promptshift.results';

/** Reports with more cases than this are sent as an outline first. */
const OUTLINE_ABOVE_CASES = 100;


/** Reads a run's report, validated (a bad file is an error naming the file and the field). */
export type ReportLoader = (runId: string) => Promise<ShiftReport>;

export interface ResultsPanelExtras {
  /** what the panel's buttons do (defaults: each says it is not available yet) */
  actions?: ResultsActions;
  /** glossary entries for the evidence hovers (default: the built-in glossary) */
  terms?: () => BehaviourTerms | Promise<BehaviourTerms>;
  /** where the panel's UI state is mirrored (context.workspaceState), so a page reload restores it */
  state?: vscode.Memento;
}

const STATE_KEY = 'promptshift.results.panelState';

export class ResultsPanel implements vscode.Disposable {
  private static current: ResultsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly readyWaiters: Array<() => void> = [];
  private ready = false;
  private runId: string | null = null;
  /** the report shown (the last one loaded or pushed), for host-side actions such as copy */
  private report: ShiftReport | null = null;
  private progress: RunProgress | null = null;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly loadReport: ReportLoader,
    private readonly log: vscode.LogOutputChannel,
    private readonly extras: ResultsPanelExtras,
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
  static async show(extensionUri: vscode.Uri, runId: string | null, loadReport: ReportLoader, log: vscode.LogOutputChannel, extras: ResultsPanelExtras = {}): Promise<ResultsPanel> {
    let current = ResultsPanel.current;
    if (current) {
      current.panel.reveal(vscode.ViewColumn.Active);
    } else {
      const panel = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'PromptShift Results', vscode.ViewColumn.Active, webviewOptions(extensionUri));
      current = ResultsPanel.current = new ResultsPanel(panel, extensionUri, loadReport, log, extras);
    }
    await current.setRun(runId);
    return current;
  }

  static registerSerializer(extensionUri: vscode.Uri, loadReport: ReportLoader, log: vscode.LogOutputChannel, extras: ResultsPanelExtras = {}): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        // The web workbench may restore the tab with an older state than the webview last saved (it
        // writes editor state on its own schedule); the host's mirror then still knows the run.
        const parsed = PanelState.safeParse(state);
        const mirrored = PanelState.safeParse(extras.state?.get(STATE_KEY));
        const runId = (parsed.success ? parsed.data.runId : null) ?? (mirrored.success ? mirrored.data.runId : null);
        ResultsPanel.current?.dispose();
        const revived = (ResultsPanel.current = new ResultsPanel(panel, extensionUri, loadReport, log, extras));
        // Not awaited: VS Code mounts the revived webview only after this returns, so waiting here for
        // its `ready` would stall the restore. The init goes out when `ready` arrives.
        void revived.setRun(runId);
      },
    });
  }

  /**
   * Pushes a run's partial (or final) report to the panel while the run is going. Does nothing
   * unless the panel shows that run; returns whether it did.
   */
  static update(runId: string, report: ShiftReport, progress: RunProgress): boolean {
    const panel = ResultsPanel.current;
    if (!panel || panel.runId !== runId) return false;
    panel.report = report;
    panel.progress = progress;
    panel.post({ type: 'update', runId, report, progress });
    return true;
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
    // A live run keeps the report pushed by update(); otherwise read it afresh (it may have changed).
    const live = runId === this.runId && this.progress !== null && !this.progress.finished;
    if (!live) {
      this.report = null;
      this.progress = null;
    }
    this.runId = runId;
    this.panel.title = runId ? `PromptShift: ${runId}` : 'PromptShift Results';
    if (this.ready) await this.sendInit();
    else await this.whenReady(); // the `ready` handler sends the init
  }

  /** Resolves when the webview has said `ready` and got its init (or after the timeout, so a command never hangs). */
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
    let error: string | undefined;
    if (this.runId && !this.report) {
      try {
        this.report = await this.loadReport(this.runId);
      } catch (err) {
        error = `Could not load run ${this.runId}: ${err instanceof Error ? err.message : String(err)}`;
      }
      if (error) {
        this.log.error(error);
        void vscode.window.showErrorMessage(`PromptShift: ${error}`);
      }
    }
    let terms: BehaviourTerms = {};
    try {
      terms = await (this.extras.terms ?? (() => behaviourTerms(Glossary.builtIn())))();
    } catch (err) {
      this.log.warn(`Glossary terms for the results panel: ${String(err)}`);
    }
    const saved = PanelState.safeParse(this.extras.state?.get(STATE_KEY));
    const state = saved.success && saved.data.runId === this.runId ? { state: saved.data } : {};
    // A large report goes in two steps: its outline first (what the scorecard and the case list
    // need), then the whole of it when the webview asks. Carrying megabytes of outputs through the
    // workbench is what makes a big run slow to appear.
    const outline = this.report && this.report.cases.length > OUTLINE_ABOVE_CASES ? outlineOf(this.report) : null;
    this.post({ type: 'init', runId: this.runId, report: outline ?? this.report, ...(outline ? { complete: false } : {}), progress: this.progress, terms, ...state, ...(error ? { error } : {}) });
  }

  private post(message: HostToWebview): void {
    if (!this.ready) return; // never before `ready` (DESIGN.md rule 5)
    const checked = HostToWebview.safeParse(message);
    if (!checked.success) {
      this.log.error(`Not sending a malformed message to the results panel: ${checked.error.message}`);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = WebviewToHost.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Ignored a malformed message from the results panel: ${parsed.error.message}`);
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      // Also after the webview was re-created (a hidden tab shown again): it needs its init each time.
      this.ready = true;
      void this.sendInit().finally(() => {
        for (const waiter of this.readyWaiters.splice(0)) waiter();
      });
      return;
    }
    if (message.type === 'state') {
      void this.extras.state?.update(STATE_KEY, message.state);
      return;
    }
    void this.answer(message);
  }

  private async answer(request: RequestMessage): Promise<void> {
    try {
      const result = await this.perform(request);
      this.post({ type: 'response', id: request.id, ok: true, ...(result === undefined ? {} : { result }) });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.log.warn(`Results panel ${request.method} failed: ${error}`);
      this.post({ type: 'response', id: request.id, ok: false, error });
    }
  }

  private async perform(request: RequestMessage): Promise<unknown> {
    if (request.method === 'ping') return 'pong';
    const runId = this.runId;
    const report = this.report;
    if (!runId || !report) throw new Error('No run is open in the panel.');
    const actions = this.extras.actions ?? unavailableResultsActions;
    switch (request.method) {
      case 'report':
        if (request.params.runId !== runId) throw new Error(`Run ${request.params.runId} is no longer the one shown.`);
        return report;
      case 'openPromptDiff':
        return actions.openPromptDiff(runId, report);
      case 'rerunCase':
        return actions.rerunCase(runId, request.params.caseId);
      case 'openCaseMessages':
        return actions.openCaseMessages(runId, request.params.caseId, request.params.side);
      case 'exportRun':
        return (await actions.exportRun(runId, request.params.format)) ?? undefined;
      case 'revealRunRecord':
        return actions.revealRunRecord(runId);
      case 'copyOutput': {
        const { caseId, side, sample } = request.params;
        const c = report.cases.find((x) => x.id === caseId);
        const output = c?.[side]?.samples[sample]?.output;
        if (output === undefined) throw new Error(`Case ${caseId} has no output for ${side} sample ${sample + 1}.`);
        await vscode.env.clipboard.writeText(output);
        return undefined;
      }
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
