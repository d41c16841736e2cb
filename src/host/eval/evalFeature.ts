// Paired evals in VS Code: the Run Paired Eval command (progress notification, cancel), the runs
// view, opening a run in the results panel, exports, and the panel's actions.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPairedEval, EvalInputError, runsDirOf } from '../../core/eval/pairedEval';
import { exportReport, EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../../core/report';
import { replaceCases } from '../../core/report/replaceCases';
import type { ShiftReport } from '../../core/report/schema';
import { loadSuite, type SuiteProvider } from '../../core/suite';
import { parseProviderOverride } from '../../core/suite/providerOverride';
import { writeFileAtomic } from '../../core/files';
import { argObject } from '../commands';
import { config } from '../config';
import type { ApiKeys } from '../secrets';
import { isPromptFile } from '../promptFiles';
import { ResultsPanel } from '../results/panel';
import { loadWorkspaceRunReport } from '../results/workspaceRuns';
import type { ResultsActions } from '../results/actions';
import { versionUri } from '../history/versionDocuments';
import { SUITE_GLOB, toDiagnostic } from './suiteDiagnostics';
import { createVsCodeLmProvider } from './vscodeLm';
import { RunsView, headline } from './runsView';

export interface EvalCommands {
  runPairedEval(arg?: unknown): Promise<{ runId: string; reportPath: string; rerunRunId?: string } | undefined>;
  openRun(arg?: unknown): Promise<{ runId: string | null; ready: boolean } | undefined>;
  exportRun(arg?: unknown): Promise<{ path: string } | undefined>;
  revealRunRecord(arg?: unknown): Promise<void>;
  refreshRuns(): void;
}

const UNTRUSTED_MESSAGE =
  'Running evals is disabled in an untrusted workspace: a suite or workspace setting could send your API key to a server of its choosing. Trust the workspace to run evals; history, diffs and hovers keep working.';

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function runIdOf(arg: unknown): string | undefined {
  const { runId } = argObject(arg);
  return typeof runId === 'string' && runId ? runId : undefined;
}

export function registerEval(
  context: vscode.ExtensionContext,
  keys: ApiKeys,
  diagnostics: vscode.DiagnosticCollection,
  log: vscode.LogOutputChannel,
): EvalCommands {
  const runsView = new RunsView(workspaceRoot);
  const tree = vscode.window.createTreeView('promptshift.runs', { treeDataProvider: runsView });
  context.subscriptions.push(runsView, tree);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.promptshift/runs/*/report.json'));
    context.subscriptions.push(watcher, watcher.onDidCreate(() => runsView.refresh()), watcher.onDidChange(() => runsView.refresh()));
  }

  /** Finds the suite: the argument, the one next to (or naming) the prompt, the active file, or a pick. */
  async function chooseSuite(arg: Record<string, unknown>): Promise<string | undefined> {
    if (typeof arg['suite'] === 'string') {
      const root = workspaceRoot();
      return path.isAbsolute(arg['suite']) || !root ? arg['suite'] : path.join(root, arg['suite']);
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && /\.evals\.(ya?ml|json)$|promptfooconfig\.ya?ml$/.test(active.fsPath)) return active.fsPath;
    const suites = (await vscode.workspace.findFiles(SUITE_GLOB, '**/node_modules/**', 200)).map((u) => u.fsPath).sort();
    if (suites.length === 0) throw new EvalInputError('No suite found: create a *.evals.yaml file (see the README) or pass {suite}.');
    const prompt = typeof arg['prompt'] === 'string' ? arg['prompt'] : active && isPromptFile(active) ? active.fsPath : undefined;
    let candidates = suites;
    if (prompt) {
      const naming: string[] = [];
      for (const s of suites) {
        const { suite } = await loadSuite(s);
        if (suite && path.resolve(suite.promptPath) === path.resolve(prompt)) naming.push(s);
      }
      if (naming.length) candidates = naming;
    }
    if (candidates.length === 1) return candidates[0];
    const picked = await vscode.window.showQuickPick(
      candidates.map((s) => ({ label: path.basename(s), description: vscode.workspace.asRelativePath(s), file: s })),
      { placeHolder: 'Which suite?' },
    );
    return picked?.file;
  }

  /** A workspace-chosen endpoint gets the user's key only after the user has seen it once. */
  async function confirmBaseUrl(p: SuiteProvider, suiteFile: string): Promise<boolean> {
    if (!p.baseUrl || p.type === 'replay' || p.type === 'vscode-lm') return true;
    const url = new URL(p.baseUrl);
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]') return true;
    const key = `promptshift.approvedBaseUrl:${p.baseUrl}`;
    if (context.globalState.get<boolean>(key)) return true;
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(suiteFile)} sends requests, with your ${p.type} API key, to ${p.baseUrl}. Send your key to this server?`,
      { modal: true },
      'Send Key',
    );
    if (choice !== 'Send Key') return false;
    await context.globalState.update(key, true);
    return true;
  }

  /** Reports of runs still going (their report.json is written when they finish). */
  const liveReports = new Map<string, ShiftReport>();
  const loadReport = async (runId: string): Promise<ShiftReport> => liveReports.get(runId) ?? loadWorkspaceRunReport(runId);

  async function showRun(runId: string | null): Promise<ResultsPanel> {
    return ResultsPanel.show(context.extensionUri, runId, loadReport, log, { actions, state: context.workspaceState });
  }

  const commands: EvalCommands = {
    async runPairedEval(arg) {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage(`PromptShift: ${UNTRUSTED_MESSAGE}`, 'Manage Workspace Trust').then((c) => {
          if (c) void vscode.commands.executeCommand('workbench.trust.manage');
        });
        throw new Error(UNTRUSTED_MESSAGE);
      }
      const args = argObject(arg);
      const suitePath = await chooseSuite(args);
      if (!suitePath) return undefined;
      const loaded = await loadSuite(suitePath);
      if (!loaded.suite) {
        for (const issue of loaded.errors) diagnostics.set(vscode.Uri.file(issue.file), [...(diagnostics.get(vscode.Uri.file(issue.file)) ?? []), toDiagnostic(issue)]);
        throw new EvalInputError(`${vscode.workspace.asRelativePath(suitePath)} has errors: see the Problems panel.`, loaded.errors);
      }
      // `{provider: "TYPE:MODEL"}` replaces the suite's model; a promptfoo config whose provider
      // PromptShift cannot call runs on the promptshift.provider setting instead, with a warning.
      const setting = config.provider(vscode.Uri.file(suitePath)) as SuiteProvider;
      const override = typeof args['provider'] === 'string' ? parseProviderOverride(args['provider']) : loaded.suite.providerProblem ? setting : undefined;
      if (typeof override === 'string') throw new EvalInputError(override);
      if (loaded.suite.providerProblem && typeof args['provider'] !== 'string') {
        void vscode.window.showWarningMessage(`PromptShift: ${loaded.suite.providerProblem.message.replace(/; check renders the cases, eval needs --provider$/, '')}. Running on the promptshift.provider setting (${setting.type}${setting.model ? ` ${setting.model}` : ''}).`);
      }
      const provider = override ?? loaded.suite.provider ?? setting;
      if (!(await confirmBaseUrl(provider, suitePath))) return undefined;
      const promptDoc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === loaded.suite!.promptPath);
      let runId: string | undefined;
      const forgetLive = () => runId && liveReports.delete(runId);
      const result = await vscode.window.withProgress(
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
            ...(workspaceRoot() ? { workspaceRoot: workspaceRoot()! } : {}),
            ...(typeof args['a'] === 'string' ? { a: args['a'] } : {}),
            ...(typeof args['b'] === 'string' ? { b: args['b'] } : {}),
            ...(promptDoc ? { workingContent: promptDoc.getText() } : {}),
            ...(typeof args['samples'] === 'number' ? { samples: args['samples'] } : {}),
            ...(args['noCache'] === true ? { noCache: true } : {}),
            ...(Array.isArray(args['caseIds']) ? { caseIds: args['caseIds'].map(String) } : {}),
            defaultProvider: provider,
            ...(override ? { provider: override } : {}),
            apiKey: (p) => keys.get(p.type, p.apiKeyEnv),
            providerFactory: async (p) => (p.type === 'vscode-lm' ? createVsCodeLmProvider(p) : undefined),
            signal: controller.signal,
            onStart: (run) => {
              runId = run.runId;
              runsView.refresh();
              progress.report({ message: `0/${run.total} calls` });
            },
            onProgress: (p) => {
              const pct = p.total ? (p.done / p.total) * 100 : 0;
              const eta = p.etaMs !== undefined && p.done < p.total ? ` · ${Math.ceil(p.etaMs / 1000)} s left` : '';
              const tokens = p.inputTokens + p.outputTokens > 0 ? ` · ${p.inputTokens + p.outputTokens} tokens` : '';
              const cost = p.costUsd !== undefined ? ` · $${p.costUsd.toFixed(3)}` : '';
              progress.report({ increment: pct - reported, message: `${p.done}/${p.total} calls${tokens}${cost}${eta}` });
              reported = pct;
            },
            onPartialReport: (report, p) => {
              if (!runId) return;
              const first = !liveReports.has(runId);
              liveReports.set(runId, report);
              const progressNow = { done: p.done, total: p.total, finished: false };
              // The panel opens with the first outputs and fills in as the run goes.
              if (first && args['open'] !== false && !args['rerunOf']) void showRun(runId).then(() => ResultsPanel.update(runId!, report, progressNow));
              else ResultsPanel.update(runId, report, progressNow);
            },
            onWarning: (m) => log.warn(m),
          }).finally(forgetLive);
        },
      );
      runsView.refresh();
      const { run, report } = result;
      log.info(`Run ${run.runId}: ${run.status}, ${run.done}/${run.total} calls, ${run.errors} errors`);
      if (run.status === 'failed') throw new Error(`The run could not finish: ${run.message ?? 'unknown error'}`);
      const rerunOf = typeof args['rerunOf'] === 'string' ? args['rerunOf'] : undefined;
      if (rerunOf && run.status === 'completed') {
        // Re-run cases go back into the run they came from; their own run folder keeps the record.
        const root = workspaceRoot()!;
        const merged = replaceCases(await loadWorkspaceRunReport(rerunOf), report);
        const mergedPath = path.join(runsDirOf(root), rerunOf, 'report.json');
        writeFileAtomic(mergedPath, JSON.stringify(merged, null, 2) + '\n');
        ResultsPanel.update(rerunOf, merged, { done: run.done, total: run.total, finished: true });
        runsView.refresh();
        return { runId: rerunOf, reportPath: mergedPath, rerunRunId: run.runId };
      }
      ResultsPanel.update(run.runId, report, { done: run.done, total: run.total, finished: true });
      const failedGates = report.summary.gates?.filter((g) => g.failed) ?? [];
      const summary = `${run.status === 'cancelled' ? `Cancelled after ${run.done}/${run.total} calls. ` : ''}${headline(report)}${failedGates.length ? ` — gate failed: ${failedGates.map((g) => g.behaviour).join(', ')}` : ''}`;
      (failedGates.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(`PromptShift: ${summary}`);
      if (args['open'] !== false) await showRun(run.runId);
      return { runId: run.runId, reportPath: result.reportPath };
    },

    async openRun(arg) {
      let runId: string | null = runIdOf(arg) ?? null;
      if (!runId && arg === undefined) {
        const runs = runsView.runs().filter((r) => r.report);
        if (runs.length > 1) {
          const picked = await vscode.window.showQuickPick(
            runs.map((r) => ({ label: `${r.report!.a.label ?? r.report!.a.ref} → ${r.report!.b.label ?? r.report!.b.ref}`, description: headline(r.report!), detail: r.runId, runId: r.runId })),
            { placeHolder: 'Open which eval run?', matchOnDescription: true, matchOnDetail: true },
          );
          if (!picked) return undefined;
          runId = picked.runId;
        } else runId = runs[0]?.runId ?? null;
      }
      const panel = await showRun(runId);
      return { runId, ready: panel.isReady };
    },

    async exportRun(arg) {
      const args = argObject(arg);
      const root = workspaceRoot();
      const runId = runIdOf(arg) ?? ResultsPanel.active?.currentRunId ?? runsView.runs()[0]?.runId;
      if (!root || !runId) throw new Error('No eval run to export.');
      let format = typeof args['format'] === 'string' ? (args['format'] as ExportFormat) : undefined;
      if (!format) {
        format = (await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ label: f, description: { md: 'Markdown, for a pull-request comment', html: 'standalone HTML page', json: 'report JSON', junit: 'JUnit XML for CI' }[f] })),
          { placeHolder: 'Export as…' },
        ))?.label as ExportFormat | undefined;
        if (!format) return undefined;
      }
      if (!EXPORT_FORMATS.includes(format)) throw new Error(`Unknown export format '${format}': expected ${EXPORT_FORMATS.join(', ')}.`);
      const report = await loadWorkspaceRunReport(runId);
      let target = typeof args['path'] === 'string' ? args['path'] : undefined;
      if (!target) {
        const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(root, `promptshift-${runId}.${EXPORT_EXTENSIONS[format]}`)) });
        if (!uri) return undefined;
        target = uri.fsPath;
      }
      writeFileAtomic(target, exportReport(report, format));
      return { path: target };
    },

    async revealRunRecord(arg) {
      const root = workspaceRoot();
      const runId = runIdOf(arg) ?? ResultsPanel.active?.currentRunId;
      if (!root || !runId) throw new Error('No eval run selected.');
      const calls = path.join(runsDirOf(root), runId, 'calls.jsonl');
      const target = fs.existsSync(calls) ? calls : path.join(runsDirOf(root), runId, 'run.json');
      await vscode.window.showTextDocument(vscode.Uri.file(target), { preview: true });
    },

    refreshRuns: () => runsView.refresh(),
  };

  const actions: ResultsActions = {
    async openPromptDiff(_runId, report: ShiftReport) {
      const root = workspaceRoot();
      const rel = report.a.path ?? report.b.path;
      if (!root || !rel) throw new Error('This run does not say which prompt file it evaluated.');
      const file = vscode.Uri.file(path.join(root, rel));
      const side = (v: ShiftReport['a']) => (v.ref === 'working' && v.promptSha256 ? versionUri(file, `snapshot:${v.promptSha256}`) : versionUri(file, v.promptSha256 ? `snapshot:${v.promptSha256}` : v.ref));
      await vscode.commands.executeCommand('vscode.diff', side(report.a), side(report.b), `${path.basename(rel)} (A: ${report.a.label ?? report.a.ref}) ↔ (B: ${report.b.label ?? report.b.ref})`);
    },
    async rerunCase(runId, caseId) {
      const report = await loadWorkspaceRunReport(runId);
      const root = workspaceRoot();
      if (!root || !report.suite) throw new Error('This run does not name its suite.');
      // The exact versions of the run (by content), fresh calls (no cache), only this case.
      const ref = (v: ShiftReport['a']) => (v.promptSha256 ? `snapshot:${v.promptSha256}` : v.ref);
      await commands.runPairedEval({ suite: path.join(root, report.suite), a: ref(report.a), b: ref(report.b), caseIds: [caseId], noCache: true, rerunOf: runId, open: false });
    },
    async openCaseMessages(runId, caseId, side) {
      const root = workspaceRoot();
      if (!root) throw new Error('Open a folder first.');
      const planFile = path.join(runsDirOf(root), runId, 'plan.jsonl');
      const version = side === 'b' ? 'b' : 'a';
      const line = fs.readFileSync(planFile, 'utf8').split('\n').find((l) => l.includes(`"caseId":"${caseId}"`) && l.includes(`"version":"${version}"`));
      if (!line) throw new Error(`No rendered messages for case ${caseId} (${version}) in ${planFile}.`);
      const messages = (JSON.parse(line) as { request: { messages: unknown } }).request.messages;
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(messages, null, 2) });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    },
    async exportRun(runId, format) {
      return commands.exportRun({ runId, format });
    },
    async revealRunRecord(runId) {
      return commands.revealRunRecord({ runId });
    },
  };

  context.subscriptions.push(ResultsPanel.registerSerializer(context.extensionUri, loadReport, log, { actions, state: context.workspaceState }));
  return commands;
}
