// activate() only wires (DESIGN.md rule 1) and stays cheap: it registers the commands table, then
// loads and registers the features (views, CodeLens, hovers, diagnostics, the engine behind them)
// right after activation. Commands run before that point simply wait for it. Every disposable goes
// into context.subscriptions, and a start-up error is shown to the user instead of being swallowed.
import * as vscode from 'vscode';
import { argObject, registerCommands, type CommandTable } from './host/commands';
import type { Features } from './host/features';
import type { ShiftReport } from './core/report/schema';
import { MONITOR_VIEW_TYPE, TIMELINE_VIEW_TYPE } from './host/viewTypes';

export interface PromptShiftApi {
  /** the extension's version; the commands table's ids are the public API */
  readonly version: string;
  /** how long activate() took, in milliseconds (measured for BENCHMARKS.md) */
  readonly activationMs: number;
  /** evaluating the bundle (module load, before VS Code calls activate), in milliseconds */
  readonly moduleLoadMs: number;
  /** resolves when every feature is registered, with how long that took after activation */
  readonly ready: Promise<{ featuresMs: number }>;
}

/** set by the bundle's first and last lines (scripts/build.mjs banner and footer), in its own scope */
declare const __promptshiftLoadStart: number | undefined;
declare const __promptshiftLoadEnd: number | undefined;

export function activate(context: vscode.ExtensionContext): PromptShiftApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('PromptShift', { log: true });
  context.subscriptions.push(log);

  let loading: Promise<Features> | undefined;
  const features = (): Promise<Features> =>
    (loading ??= import('./host/features').then((m) => m.registerFeatures(context, log)));

  // The monitor is its own module, loaded on first use; what it needs of the other features comes from here.
  const monitorDeps = {
    showReport: async (id: string, report: ShiftReport) => (await features()).evals.showReport(id, report),
    finishedRuns: async () => (await features()).evals.finishedRuns(),
    log,
  };
  const monitorModule = () => import('./host/monitor/monitorCommand');
  const timelineModule = () => import('./host/timeline/timelineCommand');

  const table: CommandTable = {
    'promptshift.snapshot': async (arg) => (await features()).history.snapshot(arg),
    'promptshift.showHistory': async (arg) => (await features()).history.showHistory(arg),
    'promptshift.compareWithVersion': async (arg) => (await features()).history.compareWithVersion(arg),
    'promptshift.restoreVersion': async (arg) => (await features()).history.restoreVersion(arg),
    'promptshift.runPairedEval': async (arg) => (await features()).evals.runPairedEval(arg),
    // the eval-gaming probe: the same run under the observed and unobserved conditions (#16)
    'promptshift.runEvalGamingProbe': async (arg) => (await features()).evals.runPairedEval({ ...argObject(arg), conditions: ['observed', 'unobserved'] }),
    'promptshift.openRun': async (arg) => (await features()).evals.openRun(arg),
    'promptshift.explainShift': async (arg) => (await features()).evals.explainShift(arg),
    'promptshift.setApiKey': async (arg) => (await features()).keys.setCommand(arg),
    'promptshift.defineTerm': async (arg) => (await features()).glossary.defineTerm(arg),
    'promptshift.history.refresh': async () => (await features()).history.refresh(),
    'promptshift.history.compareWithWorking': async (arg) => (await features()).history.compareWithWorking(arg),
    'promptshift.history.compareSelected': async (arg, selected) => (await features()).history.compareSelected(arg, selected),
    'promptshift.history.label': async (arg) => (await features()).history.label(arg),
    'promptshift.history.copySha': async (arg) => (await features()).history.copySha(arg),
    'promptshift.history.runEvalAgainstWorking': async (arg) => (await features()).history.runEvalAgainstWorking(arg),
    'promptshift.runs.refresh': async () => (await features()).evals.refreshRuns(),
    'promptshift.exportRun': async (arg) => (await features()).evals.exportRun(arg),
    'promptshift.revealRunRecord': async (arg) => (await features()).evals.revealRunRecord(arg),
    // its own module, loaded on first use: the monitor is independent of the other features
    'promptshift.monitorLogs': async (arg) => (await monitorModule()).monitorCommand(context, monitorDeps, arg),
    // its own module too, loaded on first use
    'promptshift.showBehaviourTimeline': async (arg) => (await timelineModule()).showTimelineCommand(context, arg, log),
  };
  context.subscriptions.push(...registerCommands(table, log));
  // The monitor and behaviour timelines survive a window reload (package.json `onWebviewPanel:`).
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(MONITOR_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => (await monitorModule()).reviveMonitorPanel(context, monitorDeps, panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => (await timelineModule()).reviveTimelinePanel(context, panel, state, log),
    }),
  );

  // After activation, not during it: the engine (schemas, parsers, detectors) loads off the
  // activation path, and a failure is shown rather than swallowed.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => {
      const t0 = performance.now();
      return features().then(() => ({ featuresMs: performance.now() - t0 }));
    })
    .then(
      (r) => {
        log.info(`PromptShift features ready in ${r.featuresMs.toFixed(1)} ms`);
        return r;
      },
      (err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        log.error(`PromptShift failed to start: ${err instanceof Error ? (err.stack ?? message) : message}`);
        void vscode.window.showErrorMessage(`PromptShift failed to start: ${message}`, 'Show Log').then((choice) => {
          if (choice) log.show();
        });
        return { featuresMs: NaN };
      },
    );

  const activationMs = performance.now() - started;
  const moduleLoadMs = typeof __promptshiftLoadStart === 'number' && typeof __promptshiftLoadEnd === 'number' ? __promptshiftLoadEnd - __promptshiftLoadStart : NaN;
  log.info(`PromptShift activated in ${activationMs.toFixed(1)} ms (module load ${moduleLoadMs.toFixed(1)} ms)`);
  return { version: String(context.extension.packageJSON.version), activationMs, moduleLoadMs, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
