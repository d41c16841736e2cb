// The monitor timeline webview (`promptshift.monitor`): one panel, reused, showing the last
// monitor report. The webview gets the report without its sampled outputs; a click on a window
// asks the host, which opens that window's samples beside its baseline's in the results panel's
// side-by-side view (core/monitor/windowReport.ts). The panel survives a window reload: the webview
// keeps the report it draws in its state, and the host keeps the whole report (samples included)
// in the extension's storage, so the samples open after a reload too.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../core/files';
import { MonitorReport } from '../../core/monitor/schema';
import { windowSamplesReport } from '../../core/monitor/windowReport';
import type { ShiftReport } from '../../core/report/schema';
import { MonitorToHost, MonitorViewState, type MonitorToWebview } from '../../webview/monitor/protocol';
import { webviewOptions } from '../results/panel';
import { webviewHtml } from '../results/html';
import { DETACHED_PREFIX } from '../results/panelManager';
import { MONITOR_VIEW_TYPE } from '../viewTypes';

/** the last report shown, whole, in the extension's storage (not the workspace) */
const LAST_REPORT_FILE = 'monitor-last-report.json';

export interface MonitorPanelsOptions {
  extensionUri: vscode.Uri;
  /** the extension's own storage folder (context.storageUri or globalStorageUri) */
  storage: vscode.Uri | undefined;
  /** shows a report that is not a run in the results panel */
  showReport(id: string, report: ShiftReport): Promise<void>;
  log?: vscode.LogOutputChannel;
}

/** The report as the webview gets it: every figure, no sampled output. */
export function withoutSamples(report: MonitorReport): MonitorReport {
  const { samples: _dropped, ...baseline } = report.baseline;
  return { ...report, baseline, groups: report.groups.map((g) => ({ ...g, windows: g.windows.map((w) => ({ ...w, samples: [] })) })) };
}

/** The same monitor run: what ties the webview's saved report to the stored whole one. */
function sameRun(x: MonitorReport, y: MonitorReport): boolean {
  return x.createdAt === y.createdAt && JSON.stringify(x.files) === JSON.stringify(y.files) && x.read.outputs === y.read.outputs;
}

export class MonitorPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: MonitorReport | undefined;
  private ready = false;

  constructor(private readonly options: MonitorPanelsOptions) {}

  show(report: MonitorReport): void {
    this.report = report;
    this.store(report);
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(MONITOR_VIEW_TYPE, 'PromptShift Monitor', vscode.ViewColumn.Active, webviewOptions(this.options.extensionUri));
      this.attach(panel);
    } else {
      this.panel.reveal();
      this.send();
    }
  }

  /** A panel restored after a window reload: its report from the webview's state, samples from storage. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    this.panel?.dispose();
    const saved = MonitorViewState.safeParse(state);
    const stored = this.stored();
    if (saved.success) this.report = stored && sameRun(stored, saved.data.report) ? stored : saved.data.report;
    else this.report = stored;
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    const extensionUri = this.options.extensionUri;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'promptshift.svg');
    this.panel = panel;
    this.ready = false;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { title: 'PromptShift Monitor', styles: [['media', 'chart.css'], ['media', 'monitor.css']], script: ['dist', 'monitor.js'], root: 'main' });
  }

  private send(): void {
    if (!this.panel || !this.ready || !this.report) return;
    const message: MonitorToWebview = { type: 'show', report: withoutSamples(this.report) };
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = MonitorToHost.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'ready') {
      // also after the webview was hidden and shown again (its context is not retained)
      this.ready = true;
      this.send();
      return;
    }
    try {
      await this.openWindow(message.group, message.index);
    } catch (err) {
      void vscode.window.showErrorMessage(`PromptShift: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Opens a window's sampled outputs beside its baseline's in the results panel; returns the id shown. */
  async openWindow(group: string, index: number): Promise<string | undefined> {
    const w = this.report?.groups.find((g) => g.key === group)?.windows[index];
    if (!this.report || !w) return undefined;
    if (w.n > 0 && w.samples.length === 0 && this.report.groups.every((g) => g.windows.every((x) => x.samples.length === 0))) {
      throw new Error('The sampled outputs of this monitor run are no longer kept: run the monitor again to open them.');
    }
    const shift = windowSamplesReport(this.report, group, index);
    if (!shift) return undefined;
    const id = `${DETACHED_PREFIX}${w.label}${group === 'all' ? '' : ` (${group})`}`;
    await this.options.showReport(id, shift);
    return id;
  }

  private storedFile(): string | undefined {
    return this.options.storage ? path.join(this.options.storage.fsPath, LAST_REPORT_FILE) : undefined;
  }

  /** Keeps the whole report for a reload; a failure only costs the samples after a reload. */
  private store(report: MonitorReport): void {
    const file = this.storedFile();
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, JSON.stringify(report));
    } catch (err) {
      this.options.log?.warn(`Could not keep the monitor report for a reload: ${String(err)}`);
    }
  }

  private stored(): MonitorReport | undefined {
    const file = this.storedFile();
    if (!file || !fs.existsSync(file)) return undefined;
    try {
      const parsed = MonitorReport.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
