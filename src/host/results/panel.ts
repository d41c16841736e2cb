// One results webview (`promptshift.results`): its transport, its state and the dispatch of its
// requests. It talks to the webview only through the zod schemas of webview/protocol.ts, and only
// after the webview has said `ready`; every answer is checked against the request's response
// schema. Which run it shows, and that run's live state, come from the ResultsPanels manager.
import * as vscode from 'vscode';
import { WebviewToHost, PanelState, HostToWebview, RESPONSES, type BehaviourTerms, type LabelsView, type PanelProgress, type RequestMessage, type ResponseOf } from '../../webview/protocol';
import type { ShiftReport } from '../../core/report/schema';
import { outlineOf } from '../../core/report/outline';
import { resultsPanelHtml } from './html';
import type { ResultsActions } from './actions';

export const RESULTS_VIEW_TYPE = 'promptshift.results';

/** Reports with more cases than this are sent as an outline first. */
const OUTLINE_ABOVE_CASES = 100;

export const PANEL_STATE_KEY = 'promptshift.results.panelState';

/** What a panel needs from its manager. */
export interface PanelHost {
  /** the run's report and progress as known now: live while it runs, else read from the run store */
  stateOf(runId: string): { report: ShiftReport; progress: PanelProgress | null };
  /** false for a report shown that is not a run (a monitor window's samples): it has no run record */
  isRun(runId: string): boolean;
  terms(): Promise<BehaviourTerms>;
  actions: ResultsActions;
  /** where the panel's UI state is mirrored (context.workspaceState), so a page reload restores it */
  state: vscode.Memento | undefined;
  log: vscode.LogOutputChannel;
  onDispose(panel: ResultsPanel): void;
}

export class ResultsPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly readyWaiters: Array<() => void> = [];
  private ready = false;
  private runId: string | null = null;
  /** the report shown (the last one loaded or pushed), for host-side actions such as copy */
  private report: ShiftReport | null = null;
  private say: { notice?: string; error?: string } = {};

  constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly host: PanelHost,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'promptshift.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
    );
    panel.webview.html = resultsPanelHtml(panel.webview, extensionUri);
  }

  get isReady(): boolean {
    return this.ready;
  }

  get currentRunId(): string | null {
    return this.runId;
  }

  reveal(preserveFocus = false): void {
    this.panel.reveal(vscode.ViewColumn.Active, preserveFocus);
  }

  /**
   * Shows a run: its state is read when the webview is ready (so it is the newest there is). With
   * no run, `say` is what the panel shows instead (a run being prepared, or why it did not start).
   */
  async setRun(runId: string | null, say: { notice?: string; error?: string } = {}): Promise<void> {
    this.runId = runId;
    this.say = say;
    this.report = null;
    this.panel.title = runId ? `PromptShift: ${runId}` : 'PromptShift Results';
    if (this.ready) await this.sendInit();
    else await this.whenReady(); // the `ready` handler sends the init
  }

  /** A newer state of the run shown (live progress, or the finished report). */
  update(runId: string, report: ShiftReport, progress: PanelProgress): void {
    if (runId !== this.runId) return;
    this.report = report;
    this.post({ type: 'update', runId, report, progress });
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
    let terms: BehaviourTerms = {};
    try {
      terms = await this.host.terms();
    } catch (err) {
      this.host.log.warn(`Glossary terms for the results panel: ${String(err)}`);
    }
    // The run's state is read last, with no await before the init is posted: an update published
    // meanwhile (which the webview drops, not having its init yet) is then part of the init.
    const runId = this.runId;
    let error: string | undefined = runId ? undefined : this.say.error;
    const notice = runId ? undefined : this.say.notice;
    let progress: PanelProgress | null = null;
    if (runId) {
      try {
        const state = this.host.stateOf(runId);
        this.report = state.report;
        progress = state.progress;
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        if (this.host.isRun(runId)) {
          error = `Could not load run ${runId}: ${why}`;
          this.host.log.error(error);
          void vscode.window.showErrorMessage(`PromptShift: ${error}`);
        } else error = `The ${runId.trim()}: ${why}`; // a monitor window's samples after a reload: said in the panel, no alarm
      }
    }
    const saved = PanelState.safeParse(this.host.state?.get(PANEL_STATE_KEY));
    const state = saved.success && saved.data.runId === runId ? { state: saved.data } : {};
    // A large report goes in two steps: its outline first (what the scorecard and the case list
    // need), then the whole of it when the webview asks. Carrying megabytes of outputs through the
    // workbench is what makes a big run slow to appear.
    const outline = this.report && this.report.cases.length > OUTLINE_ABOVE_CASES ? outlineOf(this.report) : null;
    const labels = runId && this.report ? this.labelsOf(runId) : undefined;
    this.post({ type: 'init', runId, report: outline ?? this.report, ...(outline ? { complete: false } : {}), progress, terms, ...(labels ? { labels } : {}), ...state, ...(error ? { error } : {}), ...(notice ? { notice } : {}) });
  }

  /** The user's labels for the card figures; a labels file that cannot be read shows none, with a warning in the log. */
  private labelsOf(runId: string): LabelsView | undefined {
    try {
      return this.host.actions.labelsOf(runId);
    } catch (err) {
      this.host.log.warn(`Labels of outputs (.promptshift/labels.jsonl): ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  private post(message: HostToWebview): void {
    if (!this.ready) return; // never before `ready` (DESIGN.md rule 5)
    const checked = HostToWebview.safeParse(message);
    if (!checked.success) {
      this.host.log.error(`Not sending a malformed message to the results panel: ${checked.error.message}`);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = WebviewToHost.safeParse(raw);
    if (!parsed.success) {
      this.host.log.warn(`Ignored a malformed message from the results panel: ${parsed.error.message}`);
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
      void this.host.state?.update(PANEL_STATE_KEY, message.state);
      return;
    }
    void this.answer(message);
  }

  private async answer(request: RequestMessage): Promise<void> {
    try {
      const result = RESPONSES[request.method].parse(await this.perform(request));
      this.post({ type: 'response', id: request.id, ok: true, ...(result === undefined ? {} : { result }) });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.host.log.warn(`Results panel ${request.method} failed: ${error}`);
      this.post({ type: 'response', id: request.id, ok: false, error });
    }
  }

  private async perform(request: RequestMessage): Promise<ResponseOf<RequestMessage['method']>> {
    if (request.method === 'ping') return 'pong';
    const runId = this.runId;
    const report = this.report;
    if (!runId || !report) throw new Error('No run is open in the panel.');
    const actions = this.host.actions;
    if (!this.host.isRun(runId) && request.method !== 'report' && request.method !== 'copyOutput') {
      throw new Error("These are a monitor window's sampled outputs beside its baseline's, not an eval run: there is no run record to re-run, explain, label or export.");
    }
    switch (request.method) {
      case 'report':
        if (request.params.runId !== runId) throw new Error(`Run ${request.params.runId} is no longer the one shown.`);
        return report;
      case 'openPromptDiff':
        await actions.openPromptDiff(runId, report);
        return undefined;
      case 'rerunCase':
        await actions.rerunCase(runId, request.params.caseId);
        return undefined;
      case 'openCaseMessages':
        await actions.openCaseMessages(runId, request.params.caseId, request.params.side);
        return undefined;
      case 'exportRun': {
        const written = await actions.exportRun(runId, request.params.format);
        return written ? { ...(written.path !== undefined ? { path: written.path } : {}) } : undefined;
      }
      case 'explainShift':
        return actions.explainShift(runId, request.params.behaviour);
      case 'openHunk':
        await actions.openHunk(runId, report, request.params.hunkId);
        return undefined;
      case 'revealRunRecord':
        await actions.revealRunRecord(runId);
        return undefined;
      case 'labelOutput':
        return actions.labelOutput(runId, report, request.params);
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
    this.host.onDispose(this);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
