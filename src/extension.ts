// activate() only wires (DESIGN.md rule 1): every feature registers its disposables here, nothing
// heavy runs at start-up, and an activation error is shown to the user instead of being swallowed.
import * as vscode from 'vscode';
import { registerCommands, type CommandTable } from './host/commands';
import { ResultsPanel } from './host/results/panel';

export interface PromptShiftApi {
  /** for tests and other extensions: the commands table's ids are the public API */
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PromptShiftApi | undefined {
  const log = vscode.window.createOutputChannel('PromptShift', { log: true });
  context.subscriptions.push(log);
  try {
    const started = performance.now();
    const loadReport = async (runId: string): Promise<unknown> => {
      void runId;
      return null;
    };
    const notYet = (name: string) => () => vscode.window.showInformationMessage(`PromptShift: ${name} is not available in this build yet.`);
    const table: CommandTable = {
      'promptshift.snapshot': notYet('Snapshot'),
      'promptshift.showHistory': notYet('History'),
      'promptshift.compareWithVersion': notYet('Compare'),
      'promptshift.restoreVersion': notYet('Restore'),
      'promptshift.runPairedEval': notYet('Paired eval'),
      'promptshift.openRun': async (arg?: unknown) => {
        const runId = arg && typeof arg === 'object' && 'runId' in arg && typeof arg.runId === 'string' ? arg.runId : null;
        const panel = await ResultsPanel.show(context.extensionUri, runId, loadReport, log);
        return { runId, ready: panel.isReady };
      },
      'promptshift.setApiKey': notYet('Set API key'),
      'promptshift.defineTerm': notYet('Define term'),
      'promptshift.history.refresh': notYet('Refresh'),
      'promptshift.history.compareWithWorking': notYet('Compare'),
      'promptshift.history.compareSelected': notYet('Compare'),
      'promptshift.history.label': notYet('Label'),
      'promptshift.history.copySha': notYet('Copy'),
      'promptshift.history.runEvalAgainstWorking': notYet('Paired eval'),
      'promptshift.runs.refresh': notYet('Refresh'),
      'promptshift.exportRun': notYet('Export'),
      'promptshift.revealRunRecord': notYet('Reveal'),
    };
    context.subscriptions.push(
      ...registerCommands(table, log),
      ResultsPanel.registerSerializer(context.extensionUri, loadReport, log),
      vscode.window.registerTreeDataProvider('promptshift.history', { getChildren: () => [], getTreeItem: (e: vscode.TreeItem) => e }),
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
