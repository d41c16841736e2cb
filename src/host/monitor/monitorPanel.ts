// The monitor timeline webview (`promptshift.monitor`): one panel, reused, showing the last
// monitor report. The webview gets the report without its sampled outputs; a click on a window
// asks the host, which opens that window's samples in a read-only document beside the panel (the
// results panel shows paired A/B cases, which sampled production outputs are not).
import * as vscode from 'vscode';
import type { MonitorReport } from '../../core/monitor/schema';
import { MonitorToHost, type MonitorToWebview } from '../../webview/monitor/protocol';
import { webviewOptions } from '../results/panel';
import { webviewHtml } from '../results/html';
import { windowSamplesText } from './samplesDocument';

export const MONITOR_VIEW_TYPE = 'promptshift.monitor';
export const SAMPLES_SCHEME = 'promptshift-monitor';

/** The report as the webview gets it: every figure, no sampled output. */
function withoutSamples(report: MonitorReport): MonitorReport {
  return { ...report, groups: report.groups.map((g) => ({ ...g, windows: g.windows.map((w) => ({ ...w, samples: [] })) })) };
}

/** Read-only documents holding a window's samples, by URI. */
class SamplesDocuments implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? 'These samples are no longer available: run the monitor again.';
  }
}

export class MonitorPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: MonitorReport | undefined;
  private ready = false;
  private readonly documents = new SamplesDocuments();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(vscode.workspace.registerTextDocumentContentProvider(SAMPLES_SCHEME, this.documents));
  }

  show(report: MonitorReport): void {
    this.report = report;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(MONITOR_VIEW_TYPE, 'PromptShift Monitor', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'promptshift.svg');
      this.panel = panel;
      this.ready = false;
      panel.onDidDispose(() => {
        this.panel = undefined;
      });
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
      panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { title: 'PromptShift Monitor', styles: [['media', 'monitor.css']], script: ['dist', 'monitor.js'], root: 'main' });
    } else {
      this.panel.reveal();
      this.send();
    }
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
    await this.openWindow(message.group, message.index);
  }

  /** Opens a window's sampled outputs in a read-only document beside the panel; returns its URI. */
  async openWindow(group: string, index: number): Promise<vscode.Uri | undefined> {
    const g = this.report?.groups.find((x) => x.key === group);
    const w = g?.windows[index];
    if (!this.report || !g || !w) return undefined;
    const name = `${w.label.replace(/[^\w.:-]+/g, '-')}${g.key === 'all' ? '' : `-${g.key.replace(/[^\w.-]+/g, '-')}`}`;
    const uri = vscode.Uri.from({ scheme: SAMPLES_SCHEME, path: `/samples ${name}.md`, query: `${Date.now()}` });
    this.documents.texts.set(uri.toString(), windowSamplesText(this.report, g, w));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return uri;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
