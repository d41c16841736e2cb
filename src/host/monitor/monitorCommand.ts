// "PromptShift: Monitor Production Logs…" (`promptshift.monitorLogs`): picks log files (JSONL,
// gzip JSONL, OTLP JSON), a window and runs the same monitor as `promptshift monitor`, then shows
// the timeline. Given `{files, window}` it asks nothing, so tests and tasks can drive it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BEHAVIOURS, type Behaviour } from '../../core/behaviour/types';
import { countBehaviours, MONITOR_DEFAULTS, monitorLogs, parseWindowSpec, type MonitorBaseline } from '../../core/monitor/monitor';
import type { Problem } from '../../core/problems';
import { argObject } from '../commands';
import { MonitorPanels } from './monitorPanel';

export interface MonitorCommandResult {
  outputs: number;
  windows: number;
  alarms: { behaviour: Behaviour; group: string; window: number; label: string; direction: 'increase' | 'decrease' }[];
  /** skipped lines (bad JSON or fields, or no time for a time window) */
  skipped: number;
}

let panels: MonitorPanels | undefined;

function panelsOf(context: vscode.ExtensionContext): MonitorPanels {
  if (!panels) {
    panels = new MonitorPanels(context.extensionUri);
    context.subscriptions.push(panels);
  }
  return panels;
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

export async function monitorCommand(context: vscode.ExtensionContext, arg: unknown): Promise<MonitorCommandResult | undefined> {
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
  const problems: Problem[] = [];
  const onProblem = (p: Problem) => {
    if (problems.length < 1000) problems.push(p);
  };

  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'PromptShift: monitoring logs…' }, async () => {
    let baseline: MonitorBaseline = { kind: 'window', warmup: MONITOR_DEFAULTS.warmup };
    if (typeof a.baseline === 'string' && a.baseline !== 'window') {
      const file = resolveFile(a.baseline);
      baseline = { kind: 'file', source: a.baseline, counts: await countBehaviours(file, a.baseline, onProblem) };
    }
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
  panelsOf(context).show(report);
  return {
    outputs: report.read.outputs,
    windows: report.groups.reduce((n, g) => n + g.windows.length, 0),
    alarms: report.alarms.map((x) => ({ behaviour: x.behaviour, group: x.group, window: x.window, label: x.label, direction: x.direction })),
    skipped: problems.length,
  };
}
