// "Explain this shift" in VS Code: the key destinations of the run's suite are confirmed as for
// Run Paired Eval, the cost is shown before any call (unless promptshift.explain.confirmCost is
// off or the caller passes `yes`), then the explain run goes under a cancellable progress
// notification. Its attribution lands in the run's report.json; the caller (the results panel)
// shows it, and the editor decorations pick it up.
import * as vscode from 'vscode';
import { EvalInputError, readRunSpec } from '../../core/eval/pairedEval';
import { estimateText, explainRun } from '../../core/explain/explainRun';
import { loadSuite } from '../../core/suite';
import type { RunStore } from '../../core/run';
import type { Attribution } from '../../core/report/schema';
import { argObject } from '../commands';
import { config } from '../config';
import type { ApiKeys } from '../secrets';
import { KeyDestinations } from '../eval/keyPolicy';
import { createVsCodeLmProvider } from '../eval/vscodeLm';
import { UNTRUSTED_MESSAGE } from '../eval/runCommand';

export interface ExplainCommandDeps {
  context: vscode.ExtensionContext;
  keys: ApiKeys;
  log: vscode.LogOutputChannel;
  runStore: () => RunStore | undefined;
  currentRunId: () => string | undefined;
  /** after an attribution was written (decorations, runs view, panel) */
  onExplained: (runId: string, attribution: Attribution) => void;
}

export type ExplainCommandResult = { runId: string; explainId: string; attribution: Attribution } | undefined;

/** `{runId?, behaviour?, hunks?, yes?}` → the attribution, or undefined when declined or cancelled. */
export function createExplainCommand(deps: ExplainCommandDeps): (arg?: unknown) => Promise<ExplainCommandResult> {
  return async (arg) => {
    if (!vscode.workspace.isTrusted) throw new Error(UNTRUSTED_MESSAGE);
    const args = argObject(arg);
    const store = deps.runStore();
    if (!store) throw new Error('Open a folder to explain its eval runs.');
    const runId = typeof args['runId'] === 'string' && args['runId'] ? args['runId'] : deps.currentRunId();
    if (!runId) throw new Error('No eval run selected.');
    const behaviours = typeof args['behaviour'] === 'string' ? [args['behaviour']] : Array.isArray(args['behaviours']) ? args['behaviours'].map(String) : undefined;
    const hunks = Array.isArray(args['hunks']) ? args['hunks'].map(String) : undefined;
    const yes = args['yes'] === true || !config.explainConfirmCost();

    const spec = readRunSpec(store.resolve(runId));
    if (!spec) throw new EvalInputError(`Run ${runId} cannot be explained: its run.json holds no run spec.`);
    const loaded = await loadSuite(spec.suite);
    if (!loaded.suite) throw new EvalInputError(`${vscode.workspace.asRelativePath(spec.suite)} has errors: run Check Suite or see the Problems panel.`);
    const destinations = new KeyDestinations(deps.keys, deps.context.globalState);
    if (loaded.suite.provider && !(await destinations.confirm(loaded.suite, loaded.suite.provider, spec.suite))) return undefined;

    const what = behaviours?.join(', ') ?? 'the significant shifts';
    let chooseHunks = false;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `PromptShift: explaining ${what}`, cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        let reported = 0;
        return explainRun({
          workspaceRoot: store.root,
          runId,
          ...(behaviours ? { behaviours } : {}),
          ...(hunks ? { hunks } : {}),
          credentials: destinations.credentials,
          providerFactory: async (p) => (p.type === 'vscode-lm' ? createVsCodeLmProvider(p) : undefined),
          signal: controller.signal,
          confirm: async (estimate) => {
            deps.log.info(`Explain ${runId}: ${estimateText(estimate)}`);
            progress.report({ message: `${estimate.calls} calls planned` });
            if (yes) return true;
            const options = hunks ? ['Run', 'Not now'] : ['Run', 'Choose Hunks…', 'Not now'];
            const choice = await vscode.window.showInformationMessage(`PromptShift: explain ${what}? ${estimateText(estimate)}.`, ...options);
            if (choice === 'Choose Hunks…') chooseHunks = true;
            return choice === 'Run';
          },
          onProgress: (p) => {
            const pct = p.total ? (p.done / p.total) * 100 : 0;
            progress.report({ increment: pct - reported, message: `${p.done}/${p.total} calls` });
            reported = pct;
          },
          onWarning: (m) => deps.log.warn(m),
        });
      },
    );
    if (result.status === 'declined') {
      if (!chooseHunks) return undefined;
      // Fewer hunks, fewer calls: pick them, then the cost is shown again for the choice.
      const picked = await vscode.window.showQuickPick(
        result.hunks.map((h) => ({ label: `${h.n}. ${h.label}`, description: h.id, detail: h.bLines ? `lines ${h.bLines[0]}–${h.bLines[1]} of B` : `lines ${h.aLines?.[0]}–${h.aLines?.[1]} of A`, id: h.id })),
        { canPickMany: true, placeHolder: 'Explain which hunks of the prompt edit?' },
      );
      if (!picked?.length) return undefined;
      return createExplainCommand(deps)({ ...args, runId, hunks: picked.map((p) => p.id) });
    }
    if (result.notRecorded) throw new Error(result.message ?? 'The replay recording lacks the ablated prompts.');
    if (result.status !== 'completed' || !result.attribution) {
      if (result.status === 'cancelled') {
        void vscode.window.showInformationMessage(`PromptShift: explain cancelled after ${result.run?.done ?? 0}/${result.run?.total ?? 0} calls; finish it with promptshift explain ${runId} --resume ${result.explainId}, or explain again (answers already made come from the cache).`);
        return undefined;
      }
      throw new Error(`The explain run could not finish: ${result.message ?? 'unknown error'}`);
    }
    deps.onExplained(runId, result.attribution);
    return { runId, explainId: result.explainId!, attribution: result.attribution };
  };
}
