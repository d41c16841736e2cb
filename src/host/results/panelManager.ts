// The results panels: one panel at a time, restored after a window reload by a serializer, and the
// live state of runs still going. A run publishes each new state here; the panel, whenever it is
// ready, asks for the newest state of the run it shows, so a state can never be overwritten by an
// older one, whether the run ends before the panel has loaded or long after.
import * as vscode from 'vscode';
import { PanelState, type BehaviourTerms, type PanelProgress } from '../../webview/protocol';
import type { ShiftReport } from '../../core/report/schema';
import type { RunStore } from '../../core/run';
import { Glossary } from '../../core/glossary';
import type { ResultsActions } from './actions';
import { behaviourTerms } from './terms';
import { PANEL_STATE_KEY, RESULTS_VIEW_TYPE, ResultsPanel, webviewOptions, type PanelHost } from './panel';

/** Live runs remembered after they end, so a panel opened late still gets the final state at once. */
const KEEP_FINISHED = 8;
/** Reports that are not runs (a monitor window's samples) kept for the panel, newest last. */
const KEEP_DETACHED = 8;
/** The id of every report shown that is not a run (so it is never looked up in the run store). */
export const DETACHED_PREFIX = 'monitor window ';

export interface ResultsPanelsOptions {
  extensionUri: vscode.Uri;
  runStore: () => RunStore | undefined;
  actions: ResultsActions;
  state?: vscode.Memento;
  log: vscode.LogOutputChannel;
  /** glossary entries for the evidence hovers (default: the built-in glossary) */
  terms?: () => BehaviourTerms | Promise<BehaviourTerms>;
}

export class ResultsPanels implements vscode.Disposable {
  private current: ResultsPanel | undefined;
  private readonly live = new Map<string, { report: ShiftReport; progress: PanelProgress }>();
  /** reports built in memory, not runs: the side-by-side view of a monitor window's samples */
  private readonly detached = new Map<string, ShiftReport>();
  private readonly host: PanelHost;

  constructor(private readonly options: ResultsPanelsOptions) {
    this.host = {
      stateOf: (runId) => this.stateOf(runId),
      isRun: (runId) => !runId.startsWith(DETACHED_PREFIX),
      terms: async () => (await (options.terms ?? (() => behaviourTerms(Glossary.builtIn())))()),
      actions: options.actions,
      state: options.state,
      log: options.log,
      onDispose: (panel) => {
        if (this.current === panel) this.current = undefined;
      },
    };
  }

  get active(): ResultsPanel | undefined {
    return this.current;
  }

  /**
   * Shows the panel for a run (creating or revealing it); resolves once the webview is ready. With
   * no run, `say` is shown instead: a run being prepared (so the webview loads while it is), or why
   * it did not start. `preserveFocus` leaves the keyboard where it is (a quick pick may follow).
   */
  async show(runId: string | null, say: { notice?: string; error?: string } = {}, preserveFocus = false): Promise<ResultsPanel> {
    let panel = this.current;
    if (panel) panel.reveal(preserveFocus);
    else {
      const webview = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'PromptShift Results', { viewColumn: vscode.ViewColumn.Active, preserveFocus }, webviewOptions(this.options.extensionUri));
      panel = this.current = new ResultsPanel(webview, this.options.extensionUri, this.host);
    }
    await panel.setRun(runId, say);
    return panel;
  }

  /**
   * Shows a report that is not a run (its id starts with DETACHED_PREFIX): the panel draws it as
   * any report, and answers the actions that need a run record with a message saying so.
   */
  async showReport(id: string, report: ShiftReport): Promise<ResultsPanel> {
    if (!id.startsWith(DETACHED_PREFIX)) throw new Error(`not a detached report id: ${id}`);
    this.detached.delete(id);
    this.detached.set(id, report);
    for (const key of this.detached.keys()) {
      if (this.detached.size <= KEEP_DETACHED) break;
      this.detached.delete(key);
    }
    return this.show(id);
  }

  /** The newest state of a run: live while it runs (or just ended), else its report on disk. */
  stateOf(runId: string): { report: ShiftReport; progress: PanelProgress | null } {
    if (runId.startsWith(DETACHED_PREFIX)) {
      const report = this.detached.get(runId);
      if (!report) throw new Error('these sampled outputs are no longer open (the window was reloaded): open them again from the monitor timeline.');
      return { report, progress: null };
    }
    const live = this.live.get(runId);
    if (live) return live;
    const store = this.options.runStore();
    if (!store) throw new Error('Open a folder to see its eval runs.');
    return { report: store.folder(runId).readReport(), progress: null };
  }

  /** A run's new state (partial while it goes, final when `progress.finished`); the panel showing it is updated. */
  publish(runId: string, report: ShiftReport, progress: PanelProgress): void {
    this.live.delete(runId);
    this.live.set(runId, { report, progress });
    for (const [id, state] of this.live) {
      if (this.live.size <= KEEP_FINISHED) break;
      if (state.progress.finished) this.live.delete(id);
    }
    this.current?.update(runId, report, progress);
  }

  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (webview: vscode.WebviewPanel, state: unknown) => {
        // The web workbench may restore the tab with an older state than the webview last saved (it
        // writes editor state on its own schedule); the host's mirror then still knows the run.
        const parsed = PanelState.safeParse(state);
        const mirrored = PanelState.safeParse(this.options.state?.get(PANEL_STATE_KEY));
        const runId = (parsed.success ? parsed.data.runId : null) ?? (mirrored.success ? mirrored.data.runId : null);
        this.current?.dispose();
        const revived = (this.current = new ResultsPanel(webview, this.options.extensionUri, this.host));
        // Not awaited: VS Code mounts the revived webview only after this returns, so waiting here for
        // its `ready` would stall the restore. The init goes out when `ready` arrives.
        void revived.setRun(runId);
      },
    });
  }

  dispose(): void {
    this.current?.dispose();
    this.live.clear();
  }
}
