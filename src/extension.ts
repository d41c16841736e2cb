// activate() only wires (DESIGN.md rule 1): every feature registers its disposables here, nothing
// heavy runs at start-up, and an activation error is shown to the user instead of being swallowed.
import * as vscode from 'vscode';
import { registerCommands, type CommandTable } from './host/commands';
import { StoreRegistry } from './host/stores';
import { registerHistory } from './host/history/historyFeature';
import { ApiKeys } from './host/secrets';
import { registerSuiteDiagnostics } from './host/eval/suiteDiagnostics';
import { registerEval } from './host/eval/evalFeature';
import { registerGlossary } from './host/glossary/glossaryFeature';

export interface PromptShiftApi {
  /** the extension's version; the commands table's ids are the public API */
  readonly version: string;
  /** how long activate() took, in milliseconds (measured for BENCHMARKS.md) */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PromptShiftApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('PromptShift', { log: true });
  context.subscriptions.push(log);
  try {
    const stores = new StoreRegistry();
    const keys = new ApiKeys(context.secrets);
    const history = registerHistory(context, stores, log);
    const suiteDiagnostics = registerSuiteDiagnostics(context);
    const evals = registerEval(context, keys, suiteDiagnostics, log);
    const glossary = registerGlossary(context, log);
    const table: CommandTable = {
      'promptshift.snapshot': (arg) => history.snapshot(arg),
      'promptshift.showHistory': (arg) => history.showHistory(arg),
      'promptshift.compareWithVersion': (arg) => history.compareWithVersion(arg),
      'promptshift.restoreVersion': (arg) => history.restoreVersion(arg),
      'promptshift.runPairedEval': (arg) => evals.runPairedEval(arg),
      'promptshift.openRun': (arg) => evals.openRun(arg),
      'promptshift.setApiKey': (arg) => keys.setCommand(arg),
      'promptshift.defineTerm': (arg) => glossary.defineTerm(arg),
      'promptshift.history.refresh': () => history.refresh(),
      'promptshift.history.compareWithWorking': (arg) => history.compareWithWorking(arg),
      'promptshift.history.compareSelected': (arg, selected) => history.compareSelected(arg, selected),
      'promptshift.history.label': (arg) => history.label(arg),
      'promptshift.history.copySha': (arg) => history.copySha(arg),
      'promptshift.history.runEvalAgainstWorking': (arg) => history.runEvalAgainstWorking(arg),
      'promptshift.runs.refresh': () => evals.refreshRuns(),
      'promptshift.exportRun': (arg) => evals.exportRun(arg),
      'promptshift.revealRunRecord': (arg) => evals.revealRunRecord(arg),
    };
    context.subscriptions.push(...registerCommands(table, log));
    const activationMs = performance.now() - started;
    log.info(`PromptShift activated in ${activationMs.toFixed(1)} ms`);
    return { version: String(context.extension.packageJSON.version), activationMs };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(`Activation failed: ${err instanceof Error ? (err.stack ?? message) : message}`);
    void vscode.window.showErrorMessage(`PromptShift failed to start: ${message}`, 'Show Log').then((choice) => {
      if (choice) log.show();
    });
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
