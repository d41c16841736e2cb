// "PromptShift: Monitor Production Logs…" (`promptshift.monitorLogs`): picks log files (JSONL,
// gzip JSONL, OTLP JSON), a window and a baseline (earlier windows, or a finished eval run of the
// workspace), runs the same monitor as `promptshift monitor`, then shows the timeline. Given
// `{files, window}` it asks nothing (baseline: `window`, a log file, or `run:<id>`), so tests and
// tasks can drive it.
import type { FinishedRun } from '../eval/runsView';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BEHAVIOURS, type Behaviour } from '../../core/behaviour/types';
import { baselineOfReport, baselineSamplesOfReport, countBehaviours, MONITOR_DEFAULTS, monitorLogs, parseWindowSpec, type MonitorBaseline } from '../../core/monitor/monitor';
import type { Problem } from '../../core/problems';
import type { ShiftReport } from '../../core/report/schema';
import { argObject } from '../commands';
import { MonitorPanels } from './monitorPanel';

export interface MonitorCommandResult {
  outputs: number;
  windows: number;
  alarms: { behaviour: Behaviour; group: string; window: number; label: string; direction: 'increase' | 'decrease' }[];
  /** skipped lines (bad JSON or fields, or no time for a time window) */
  skipped: number;
  /** what the windows were compared with: `window`, or the file or run id */
  baseline: string;
}

/** What the monitor needs from the rest of the extension (loaded on first use, like the monitor). */
export interface MonitorDeps {
  /** shows a report that is not a run in the results panel */
  showReport(id: string, report: ShiftReport): Promise<void>;
  /** the workspace's finished runs, newest first */
  finishedRuns(): Promise<FinishedRun[]>;
  log?: vscode.LogOutputChannel;
}

let panels: MonitorPanels | undefined;

export function monitorPanels(context: vscode.ExtensionContext, deps: MonitorDeps): MonitorPanels {
  if (!panels) {
    panels = new MonitorPanels({ extensionUri: context.extensionUri, storage: context.storageUri ?? context.globalStorageUri, showReport: deps.showReport, ...(deps.log ? { log: deps.log } : {}) });
    context.subscriptions.push(panels);
  }
  return panels;
}

/** The serializer's half: a monitor panel restored after a window reload. */
export function reviveMonitorPanel(context: vscode.ExtensionContext, deps: MonitorDeps, panel: vscode.WebviewPanel, state: unknown): void {
  monitorPanels(context, deps).revive(panel, state);
}

const WINDOWS: vscode.QuickPickItem[] = [
  { label: '1h', description: 'one window per hour' },
  { label: '1d', description: 'one window per day' },
  { label: '7d', description: 'one window per week' },
  { label: '1000', description: 'every 1,000 outputs (logs without times)' },
];

function root(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function resolveFile(file: string): string {
  const base = root();
  return path.isAbsolute(file) || !base ? file : path.join(base, file);
}

async function pickFiles(): Promise<string[] | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{jsonl,jsonl.gz,ndjson,json}', '{**/node_modules/**,**/.promptshift/**,**/package*.json,**/tsconfig*.json,**/.vscode/**}', 200);
  const browse: vscode.QuickPickItem = { label: '$(folder-opened) Browse…', description: 'choose files anywhere' };
  const items: vscode.QuickPickItem[] = [...found.map((u) => ({ label: vscode.workspace.asRelativePath(u), description: 'log' })).sort((a, b) => a.label.localeCompare(b.label)), browse];
  const picked = await vscode.window.showQuickPick(items, { canPickMany: false, title: 'Monitor Production Logs: log file', placeHolder: 'JSONL, gzip JSONL or OTLP JSON traces' });
  if (!picked) return undefined;
  if (picked !== browse) return [resolveFile(picked.label)];
  const uris = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Monitor', filters: { Logs: ['jsonl', 'gz', 'ndjson', 'json'] } });
  return uris?.map((u) => u.fsPath);
}

interface BaselineItem extends vscode.QuickPickItem {
  baseline: 'window' | FinishedRun;
}

/** The baseline pick: earlier windows (the default), or a finished eval run's version B. */
async function pickBaseline(deps: MonitorDeps): Promise<BaselineItem['baseline'] | undefined> {
  const runs = await deps.finishedRuns();
  if (!runs.length) return 'window';
  const items: BaselineItem[] = [
    { label: 'Earlier windows', description: 'each window against all windows before it', baseline: 'window' },
    { label: 'Finished eval runs', kind: vscode.QuickPickItemKind.Separator, baseline: 'window' },
    ...runs.map((run) => ({
      label: `${run.report.b.label ?? run.report.b.ref}`,
      description: `version B of ${run.report.a.label ?? run.report.a.ref} → ${run.report.b.label ?? run.report.b.ref}`,
      detail: `run ${run.runId}${run.report.suite ? ` · ${run.report.suite}` : ''} · ${run.report.summary.cases} cases × ${run.report.summary.samples} samples`,
      baseline: run,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Monitor Production Logs: baseline', placeHolder: 'Does production still behave like…', matchOnDetail: true });
  return picked?.baseline;
}

/** Version B of a finished run as the baseline: its counts, and a few of its outputs (the whole report is read for them). */
function runBaseline(run: FinishedRun): MonitorBaseline {
  const { runId } = run;
  const report = run.readReport();
  return { kind: 'run', source: `${runId} (version B)`, counts: baselineOfReport(report, 'b'), samples: baselineSamplesOfReport(report, 'b') };
}

export async function monitorCommand(context: vscode.ExtensionContext, deps: MonitorDeps, arg: unknown): Promise<MonitorCommandResult | undefined> {
  const a = argObject(arg);
  const files = Array.isArray(a.files) ? a.files.filter((f): f is string => typeof f === 'string').map(resolveFile) : await pickFiles();
  if (!files?.length) return undefined;
  const windowText = typeof a.window === 'string' ? a.window : (await vscode.window.showQuickPick(WINDOWS, { title: 'Monitor Production Logs: window' }))?.label;
  if (!windowText) return undefined;
  const window = parseWindowSpec(windowText);
  if (!window) throw new Error(`window '${windowText}': expected a duration (30m, 1h, 1d) or a number of outputs`);
  const groupBy = a.groupBy === 'model' || a.groupBy === 'prompt' ? a.groupBy : undefined;
  const behaviours = Array.isArray(a.behaviours) ? a.behaviours.filter((b): b is Behaviour => (BEHAVIOURS as readonly unknown[]).includes(b)) : undefined;
  const alarmRate = typeof a.alarmRate === 'number' && a.alarmRate > 0 && a.alarmRate < 1 ? a.alarmRate : MONITOR_DEFAULTS.alarmRate;
  // asked only when the command asks anything at all (no `files` given)
  let baselineChoice: BaselineItem['baseline'] | string | undefined = typeof a.baseline === 'string' ? a.baseline : Array.isArray(a.files) ? 'window' : await pickBaseline(deps);
  if (baselineChoice === undefined) return undefined;
  if (typeof baselineChoice === 'string' && baselineChoice.startsWith('run:')) {
    const runId = baselineChoice.slice(4);
    const found = (await deps.finishedRuns()).find((r) => r.runId === runId || r.runId.startsWith(runId));
    if (!found) throw new Error(`baseline run '${runId}': no finished eval run of this workspace has that id`);
    baselineChoice = found;
  }
  const problems: Problem[] = [];
  const onProblem = (p: Problem) => {
    if (problems.length < 1000) problems.push(p);
  };

  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'PromptShift: monitoring logs…' }, async () => {
    let baseline: MonitorBaseline = { kind: 'window', warmup: MONITOR_DEFAULTS.warmup };
    if (typeof baselineChoice === 'object') baseline = runBaseline(baselineChoice);
    else if (baselineChoice !== 'window') baseline = { kind: 'file', source: baselineChoice, ...(await countBehaviours(resolveFile(baselineChoice), baselineChoice, onProblem)) };
    return monitorLogs({
      files: files.map((f) => ({ file: f, shownAs: vscode.workspace.asRelativePath(f) })),
      window,
      baseline,
      alarmRate,
      ...(groupBy ? { groupBy } : {}),
      ...(behaviours?.length ? { behaviours } : {}),
      createdAt: new Date().toISOString(),
      onProblem,
    });
  });
  if (problems.length) {
    const first = problems[0] as Problem;
    void vscode.window.showWarningMessage(`PromptShift: ${problems.length}${problems.length === 1000 ? '+' : ''} log line(s) skipped; the first: ${first.file}:${first.line}: ${first.field ? `${first.field}: ` : ''}${first.message}`);
  }
  if (report.read.outputs === 0) throw new Error(`no output to monitor in ${files.map((f) => path.basename(f)).join(', ')}`);
  monitorPanels(context, deps).show(report);
  return {
    outputs: report.read.outputs,
    windows: report.groups.reduce((n, g) => n + g.windows.length, 0),
    alarms: report.alarms.map((x) => ({ behaviour: x.behaviour, group: x.group, window: x.window, label: x.label, direction: x.direction })),
    skipped: problems.length,
    baseline: report.baseline.kind === 'window' ? 'window' : (report.baseline.source ?? report.baseline.kind),
  };
}
