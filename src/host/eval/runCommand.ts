// The Run Paired Eval command: trust, suite, key destinations, then the run under a cancellable
// progress notification, its live state published to the results panels as it goes.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { runPairedEval, EvalInputError, RunNotStarted, type PairedEvalResult } from '../../core/eval/pairedEval';
import { scoringWorkerIn } from '../../core/eval/scoringThread';
import { PriceOverridesSchema, type PriceOverrides } from '../../core/providers/prices';
import { formatPlan, planHeadline, formatUsd } from '../../core/plan/text';
import type { RunPlan } from '../../core/plan/planRun';
import { ProviderSchema, type ProviderSettings } from '../../core/providers/config';
import { loadSuite, type SuiteIssue } from '../../core/suite';
import { parseProviderOverride } from '../../core/suite/providerOverride';
import { failedGates, ungatedReason } from '../../core/report';
import { batchProgressText } from '../../core/run/progress';
import { argObject } from '../commands';
import { config } from '../config';
import type { ApiKeys } from '../secrets';
import type { ResultsPanels } from '../results/panelManager';
import { chooseSuite } from './suitePicker';
import { KeyDestinations } from './keyPolicy';
import { toDiagnostic } from './suiteDiagnostics';
import { createVsCodeLmProvider } from './vscodeLm';
import { headline } from '../../core/report/headline';
import type { DesignRequest } from '../../core/eval/design';
import { secondProviderOf } from '../../core/eval/secondProvider';

/** The code of a diagnostic a run added (rendering its cases), so the next run replaces it. */
const RENDER_ISSUE = 'render';

export const UNTRUSTED_MESSAGE =
  'Running evals is disabled in an untrusted workspace: a suite or workspace setting could send your API key to a server of its choosing. Trust the workspace to run evals; history, diffs and hovers keep working.';

export interface RunCommandDeps {
  context: vscode.ExtensionContext;
  keys: ApiKeys;
  diagnostics: vscode.DiagnosticCollection;
  log: vscode.LogOutputChannel;
  panels: ResultsPanels;
  root: () => string | undefined;
  /** the runs view refreshes when a run starts and ends */
  onRunsChanged: () => void;
}

export type RunCommandResult = { runId: string; reportPath: string; rerunRunId?: string } | undefined;

/** VS Code's `promptshift.provider` setting, validated like a suite's provider block. */
function providerSetting(scope: vscode.Uri): ProviderSettings | undefined {
  const parsed = ProviderSchema.safeParse(config.provider(scope));
  if (parsed.success) return parsed.data;
  throw new EvalInputError(`Setting promptshift.provider: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`).join('; ')}`);
}

/** VS Code's `promptshift.prices` setting; an invalid one is named in the log and left out. */
function pricesSetting(log: vscode.LogOutputChannel): PriceOverrides | undefined {
  const parsed = PriceOverridesSchema.safeParse(config.prices());
  if (parsed.success) return Object.keys(parsed.data).length ? parsed.data : undefined;
  log.warn(`Setting promptshift.prices is ignored: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`).join('; ')}`);
  return undefined;
}

/** Shows the plan in the progress notification; asks first when it costs more than the user's threshold. */
async function acceptPlan(plan: RunPlan, progress: vscode.Progress<{ message?: string }>, log: vscode.LogOutputChannel): Promise<boolean> {
  log.info(formatPlan(plan).trimEnd());
  progress.report({ message: `Plan: ${planHeadline(plan)}` });
  if (plan.costUsd === undefined || plan.costUsd <= 0 || plan.costUsd <= config.confirmAboveUsd()) return true;
  const run = 'Run';
  const choice = await vscode.window.showWarningMessage(
    `Run this paired eval for about ${formatUsd(plan.costUsd)}?`,
    { modal: true, detail: `${planHeadline(plan)}.\nAsked because it is above promptshift.eval.confirmAboveUsd (${formatUsd(config.confirmAboveUsd())}). The whole plan is in the PromptShift output.` },
    run,
  );
  return choice === run;
}

/** `{ conditions: [...], design, modelB, providerB: "TYPE:MODEL" }`: a design run (#16); absent, a plain A/A′/B run. */
function designArgs(args: Record<string, unknown>): { design?: DesignRequest } {
  let providerB: DesignRequest['providerB'];
  if (typeof args['providerB'] === 'string' && args['providerB'].trim()) {
    const named = parseProviderOverride(args['providerB'].trim());
    if (typeof named === 'string') throw new EvalInputError(named.replace(/^--provider /, 'providerB '));
    providerB = { type: named.type, ...(named.model ? { model: named.model } : {}) };
  }
  const conditions = Array.isArray(args['conditions']) ? args['conditions'].map(String).filter(Boolean) : typeof args['conditions'] === 'string' ? args['conditions'].split(',').map((c) => c.trim()).filter(Boolean) : [];
  const design = args['design'] === 'ab' || args['design'] === 'models' || args['design'] === 'factorial' ? args['design'] : undefined;
  if (args['design'] !== undefined && !design) throw new EvalInputError(`design: expected ab, models or factorial, got ${JSON.stringify(args['design'])}`);
  const modelB = typeof args['modelB'] === 'string' && args['modelB'].trim() ? args['modelB'].trim() : undefined;
  if (!conditions.length && !design && !modelB && !providerB) return {};
  return { design: { ...(design ? { design } : {}), ...(conditions.length ? { conditions } : {}), ...(modelB ? { modelB } : {}), ...(providerB ? { providerB } : {}) } };
}

export function createRunCommand(deps: RunCommandDeps): (arg?: unknown) => Promise<RunCommandResult> {
  const { context, keys, diagnostics, log, panels } = deps;
  return async (arg) => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(`PromptShift: ${UNTRUSTED_MESSAGE}`, 'Manage Workspace Trust').then((c) => {
        if (c) void vscode.commands.executeCommand('workbench.trust.manage');
      });
      throw new Error(UNTRUSTED_MESSAGE);
    }
    const args = argObject(arg);
    const root = deps.root();
    const active = vscode.window.activeTextEditor?.document.uri;
    const rerunOf = typeof args['rerunOf'] === 'string' ? args['rerunOf'] : undefined;
    const open = args['open'] !== false && !rerunOf;
    // The panel starts loading now, while the suite is found and the run prepared and made: a fast
    // run is then shown finished as soon as it ends, not after the webview's own start-up.
    if (open) void panels.show(null, { notice: 'Preparing the paired eval…' }, true);
    try {
      const suitePath = await chooseSuite(args, root, active);
      const result = suitePath ? await runAndShow(args, suitePath, root, open, rerunOf) : undefined;
      if (!result && open && panels.active?.currentRunId === null) void panels.show(null, { notice: 'The run was not started.' });
      return result;
    } catch (err) {
      if (open && panels.active?.currentRunId === null) void panels.show(null, { error: `The run did not complete: ${err instanceof Error ? err.message : String(err)}` });
      throw err;
    }
  };

  /** A run's rendering problems in the Problems panel (a Prompty variable rendered empty, a variable
   *  no case sets), in place of the previous run's; editing the suite re-validates it. */
  function showRenderIssues(suitePath: string, issues: readonly SuiteIssue[]): void {
    const files = new Set([suitePath, ...issues.map((i) => i.file)]);
    for (const file of files) {
      const uri = vscode.Uri.file(file);
      const kept = (diagnostics.get(uri) ?? []).filter((d) => d.code !== RENDER_ISSUE);
      const added = issues.filter((i) => i.file === file).map((i) => Object.assign(toDiagnostic(i), { code: RENDER_ISSUE }));
      diagnostics.set(uri, [...kept, ...added]);
    }
  }

  async function runAndShow(args: Record<string, unknown>, suitePath: string, root: string | undefined, open: boolean, rerunOf: string | undefined): Promise<RunCommandResult> {
    const loaded = await loadSuite(suitePath);
    if (!loaded.suite) {
      for (const issue of loaded.errors) diagnostics.set(vscode.Uri.file(issue.file), [...(diagnostics.get(vscode.Uri.file(issue.file)) ?? []), toDiagnostic(issue)]);
      throw new EvalInputError(`${vscode.workspace.asRelativePath(suitePath)} has errors: see the Problems panel.`, loaded.errors);
    }
    const suite = loaded.suite;
    const scope = vscode.Uri.file(suitePath);
    // `{provider: "TYPE:MODEL"}` replaces the suite's model; a promptfoo config whose provider
    // PromptShift cannot call runs on the promptshift.provider setting instead, with a warning.
    let override = typeof args['provider'] === 'string' ? parseProviderOverride(args['provider']) : undefined;
    if (typeof override === 'string') throw new EvalInputError(override);
    if (!override && suite.providerProblem) {
      override = providerSetting(scope);
      if (override) void vscode.window.showWarningMessage(`PromptShift: ${suite.providerProblem.message.replace(/; check renders the cases, eval needs --provider$/, '')}. Running on the promptshift.provider setting (${override.type}${override.model ? ` ${override.model}` : ''}).`);
    }
    const defaultProvider = suite.provider || override ? undefined : providerSetting(scope);
    const provider = override ?? suite.provider ?? defaultProvider;
    const destinations = new KeyDestinations(keys, context.globalState);
    const design = designArgs(args);
    // a design's second model on its own provider gets its own key question
    const second = provider && design.design && (design.design.design === 'models' || design.design.design === 'factorial' || design.design.modelB || design.design.providerB) ? secondProviderOf(design.design, provider, suite.providerB) : undefined;
    // and so does the suite's paraphrasing model, when the run has conditions (one of them may paraphrase)
    const paraphraser = design.design?.conditions?.length ? suite.paraphraser?.provider : undefined;
    if (provider && !(await destinations.confirm(suite, provider, suitePath, { second, paraphraser }))) return undefined;
    const promptDoc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === suite.promptPath);
    const prices = pricesSetting(log);
    let runId: string | undefined;
    let result: PairedEvalResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `PromptShift: ${path.basename(suitePath)}`, cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          // Callers in this extension host (tests, other extensions) may pass their own token.
          const external = args['cancellation'];
          if (external && typeof (external as vscode.CancellationToken).onCancellationRequested === 'function') {
            (external as vscode.CancellationToken).onCancellationRequested(() => controller.abort());
          }
          let reported = 0;
          return runPairedEval({
            suitePath,
            ...(root ? { workspaceRoot: root } : {}),
            ...(typeof args['a'] === 'string' ? { a: args['a'] } : {}),
            ...(typeof args['b'] === 'string' ? { b: args['b'] } : {}),
            ...(promptDoc ? { workingContent: promptDoc.getText() } : {}),
            ...(typeof args['samples'] === 'number' ? { samples: args['samples'] } : {}),
            ...(args['noCache'] === true ? { noCache: true } : {}),
            // `{batch: true}`: the provider's batch API (also the suite's `batch: true`)
            ...(args['batch'] === true ? { batch: true } : {}),
            ...(typeof args['batchPollMs'] === 'number' ? { batchPollMs: args['batchPollMs'] } : {}),
            ...(Array.isArray(args['caseIds']) ? { caseIds: args['caseIds'].map(String) } : {}),
            ...(rerunOf ? { rerunOf } : {}),
            ...(override ? { provider: override } : {}),
            ...design,
            // The user's settings serve where the suite is silent.
            defaults: { samples: config.samples(), concurrency: config.concurrency(), ...(defaultProvider ? { provider: defaultProvider } : {}) },
            credentials: destinations.credentials,
            ...(prices ? { prices } : {}),
            // the detectors then never hold up this extension host's thread
            ...scoringWorkerIn(context.asAbsolutePath('dist')),
            onPlan: (plan) => acceptPlan(plan, progress, log),
            providerFactory: async (p) => (p.type === 'vscode-lm' ? createVsCodeLmProvider(p) : undefined),
            signal: controller.signal,
            onStart: (run) => {
              runId = run.runId;
              deps.onRunsChanged();
              progress.report({ message: `0/${run.total} calls` });
            },
            onProgress: (p) => {
              const pct = p.total ? (p.done / p.total) * 100 : 0;
              const eta = p.etaMs !== undefined && p.done < p.total ? ` · ${Math.ceil(p.etaMs / 1000)} s left` : '';
              const tokens = p.inputTokens + p.outputTokens > 0 ? ` · ${p.inputTokens + p.outputTokens} tokens` : '';
              const cost = p.costUsd !== undefined ? ` · $${p.costUsd.toFixed(3)}` : '';
              const batch = p.batch?.open ? ` · ${batchProgressText(p.batch)}` : '';
              progress.report({ increment: pct - reported, message: `${p.done}/${p.total} calls${tokens}${cost}${eta}${batch}` });
              reported = pct;
            },
            onPartialReport: (report, p) => {
              if (!runId || rerunOf) return;
              panels.publish(runId, report, { done: p.done, total: p.total, finished: false });
              // Published first: the panel then starts from this state, never from an older one. It
              // takes the keyboard now that any suite pick is over (the user asked for this run).
              if (open && panels.active?.currentRunId !== runId) void panels.show(runId);
            },
            onWarning: (m) => log.warn(m),
            onRenderIssues: (issues) => showRenderIssues(suitePath, issues),
          });
        },
      );
    } catch (err) {
      // The user declined the plan: nothing was called or recorded.
      if (err instanceof RunNotStarted) return undefined;
      throw err;
    }
    deps.onRunsChanged();
    const { run, report } = result;
    log.info(`Run ${run.runId}: ${run.status}, ${run.done}/${run.total} calls, ${run.errors} errors`);
    const shownId = result.rerunOf ?? run.runId;
    panels.publish(shownId, report, { done: run.done, total: run.total, finished: true });
    if (run.status === 'failed') throw new Error(`The run could not finish: ${run.message ?? 'unknown error'}`);
    if (result.rerunOf) return { runId: result.rerunOf, reportPath: result.reportPath, rerunRunId: run.runId };
    const failed = failedGates(report);
    const ungated = ungatedReason(report);
    const summary = `${run.status === 'cancelled' ? `Cancelled after ${run.done}/${run.total} calls. ` : ''}${ungated ? `Gates not judged: ${ungated}` : headline(report)}${failed.length ? ` — gate failed: ${failed.map((g) => g.behaviour).join(', ')}` : ''}`;
    (failed.length || ungated ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(`PromptShift: ${summary}`);
    // The panel already showing this run has its final state (published above): revealing it again
    // would send a second init and take the keyboard from the control the user is on.
    if (open && panels.active?.currentRunId !== run.runId) await panels.show(run.runId);
    return { runId: run.runId, reportPath: result.reportPath };
  }
}
