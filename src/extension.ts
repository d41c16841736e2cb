// activate() only wires (DESIGN.md rule 1): every feature registers its disposables here, nothing
// heavy runs at start-up, and an activation error is shown to the user instead of being swallowed.
import * as vscode from 'vscode';
import { registerCommands, type CommandTable } from './host/commands';
import { ResultsPanel } from './host/results/panel';
import { loadWorkspaceRunReport, runToOpen } from './host/results/workspaceRuns';
import { StoreRegistry } from './host/stores';
import { registerHistory } from './host/history/historyFeature';
import { ApiKeys } from './host/secrets';

export interface PromptShiftApi {
  /** for tests and other extensions: the commands table's ids are the public API */
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PromptShiftApi | undefined {
  const log = vscode.window.createOutputChannel('PromptShift', { log: true });
  context.subscriptions.push(log);
  try {
    const started = performance.now();
    const loadReport = (runId: string): Promise<unknown> => loadWorkspaceRunReport(runId);
    const stores = new StoreRegistry();
    const history = registerHistory(context, stores, log);
    const keys = new ApiKeys(context.secrets);
    const notYet = (name: string) => () => vscode.window.showInformationMessage(`PromptShift: ${name} is not available in this build yet.`);
    const table: CommandTable = {
      'promptshift.snapshot': (arg) => history.snapshot(arg),
      'promptshift.showHistory': (arg) => history.showHistory(arg),
      'promptshift.compareWithVersion': (arg) => history.compareWithVersion(arg),
      'promptshift.restoreVersion': (arg) => history.restoreVersion(arg),
      'promptshift.runPairedEval': notYet('Paired eval'),
      'promptshift.openRun': async (arg?: unknown) => {
        const asked = arg && typeof arg === 'object' && 'runId' in arg && typeof arg.runId === 'string' ? arg.runId : null;
        // Without a run id (Command Palette): the newest run, until a quick pick of runs exists.
        const runId = await runToOpen(asked);
        const panel = await ResultsPanel.show(context.extensionUri, runId, loadReport, log);
        return { runId, ready: panel.isReady };
      },
      'promptshift.setApiKey': (arg) => keys.setCommand(arg),
      'promptshift.defineTerm': notYet('Define term'),
      'promptshift.history.refresh': () => history.refresh(),
      'promptshift.history.compareWithWorking': (arg) => history.compareWithWorking(arg),
      'promptshift.history.compareSelected': (arg, selected) => history.compareSelected(arg, selected),
      'promptshift.history.label': (arg) => history.label(arg),
      'promptshift.history.copySha': (arg) => history.copySha(arg),
      'promptshift.history.runEvalAgainstWorking': (arg) => history.runEvalAgainstWorking(arg),
      'promptshift.runs.refresh': notYet('Refresh'),
      'promptshift.exportRun': notYet('Export'),
      'promptshift.revealRunRecord': notYet('Reveal'),
    };
    context.subscriptions.push(
      ...registerCommands(table, log),
      ResultsPanel.registerSerializer(context.extensionUri, loadReport, log),
      vscode.window.registerTreeDataProvider('promptshift.runs', { getChildren: () => [], getTreeItem: (e: vscode.TreeItem) => e }),
    );
    log.info(`PromptShift activated in ${(performance.now() - started).toFixed(1)} ms`);
    return { version: String(context.extension.packageJSON.version) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(`Activation failed: ${message}`);
    void vscode.window.showErrorMessage(`PromptShift failed to start: ${message}`, 'Show Log').then((choice) => {
      if (choice) log.show();
    });
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
