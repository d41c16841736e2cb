// Browser side of the results panel. Never imports `vscode` or Node modules (lint rule).
// Holds the panel's state (report, filters, open case, sample), renders the views, and turns
// user actions into validated requests to the host.
import { ShiftReport } from '../core/report/schema';
import type { Behaviour } from '../core/behaviour/types';
import { registerComponents } from './components/toolkit';
import { el, icon } from './dom';
import { HostBridge } from './hostBridge';
import { findCase, visibleCases } from './model';
import { DEFAULT_FILTERS, type CaseFilters, type HostToWebview, type OutputSide, type PanelProgress, type RequestMethod, type RequestParams, type ResponseOf } from './protocol';
import { renderHeader } from './views/header';
import { renderScorecard } from './views/scorecard';
import { CaseList, renderFilters } from './views/caseList';
import { renderCaseView } from './views/caseView';
import { EvidenceTooltip } from './views/tooltip';

registerComponents();

class ResultsApp {
  private readonly root = document.getElementById('root') as HTMLElement;
  private readonly bridge = new HostBridge((m) => this.receive(m));
  private readonly status = el('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  private readonly headerSlot = el('div', { className: 'header-slot' });
  private readonly scorecardSlot = el('div', { className: 'scorecard-slot' });
  private readonly filtersSlot = el('div', { className: 'filters-slot' });
  private readonly casePane = el('div', { className: 'case-pane' });
  private readonly list = new CaseList(
    (id) => this.openCase(id, 0),
    (scrollTop) => {
      this.scrollTop = scrollTop;
      this.save();
    },
  );
  private readonly tooltip: EvidenceTooltip;

  private runId: string | null = null;
  private report: ShiftReport | null = null;
  private progress: PanelProgress | null = null;
  private filters: CaseFilters = DEFAULT_FILTERS;
  private caseId: string | null = null;
  /** the report drawn is an outline: its outputs are on their way */
  private outlineOnly = false;
  private sample = 0;
  private scrollTop = 0;
  private statusTimer = 0;

  constructor() {
    this.tooltip = new EvidenceTooltip(this.casePane);
    this.root.replaceChildren(el('div', { className: 'loading' }, icon('loading codicon-modifier-spin'), ' Loading run…'));
    this.bridge.ready();
  }

  private receive(message: Exclude<HostToWebview, { type: 'response' }>): void {
    if (message.type === 'init') {
      // The newer of the webview's own saved state and the host's mirror of it.
      const own = this.bridge.savedState();
      const mirrored = message.state;
      const saved = own && mirrored ? ((own.savedAt ?? 0) >= (mirrored.savedAt ?? 0) ? own : mirrored) : (own ?? mirrored);
      this.runId = message.runId;
      this.progress = message.progress ?? null;
      this.tooltip.setTerms(message.terms ?? {});
      // After a reload the same run comes back: restore what the user was looking at.
      const same = saved && saved.runId === message.runId;
      this.filters = same && saved.filters ? saved.filters : DEFAULT_FILTERS;
      this.caseId = same ? (saved.caseId ?? null) : null;
      this.sample = same ? (saved.sample ?? 0) : 0;
      this.scrollTop = same ? (saved.scrollTop ?? 0) : 0;
      this.outlineOnly = message.complete === false;
      this.setReport(message.report, message.error, message.notice);
      this.markFirstPaint();
      if (this.outlineOnly && message.runId) this.fetchWholeReport(message.runId);
    } else if (message.type === 'update') {
      if (message.runId !== this.runId) return;
      this.progress = message.progress;
      this.outlineOnly = false;
      this.setReport(message.report, undefined);
    }
  }

  private setReport(raw: unknown, error: string | undefined, notice?: string): void {
    if (raw === null || raw === undefined) {
      this.report = null;
      this.renderMessage(error ?? notice ?? (this.runId ? `Run ${this.runId} has no report yet.` : 'No run selected. Run a paired eval or open a run from the Eval Runs view.'), Boolean(error));
      return;
    }
    const parsed = ShiftReport.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '';
      this.report = null;
      this.renderMessage(`The report of run ${this.runId ?? '?'} is not valid: ${where ? `${where}: ` : ''}${issue?.message ?? 'unknown error'}`, true);
      return;
    }
    this.report = parsed.data;
    if (this.caseId !== null && !findCase(this.report, this.caseId)) this.caseId = null;
    this.renderAll();
  }

  private renderMessage(text: string, isError: boolean): void {
    this.root.replaceChildren(el('div', { className: isError ? 'message error' : 'message' }, icon(isError ? 'error' : 'info'), ` ${text}`));
    this.root.dataset['ready'] = 'true';
  }

  private renderAll(): void {
    const report = this.report;
    if (!report) return;
    if (!this.root.contains(this.headerSlot)) {
      this.root.replaceChildren(
        this.status,
        this.headerSlot,
        this.scorecardSlot,
        el('div', { className: 'main' }, el('div', { className: 'list-pane' }, this.filtersSlot, this.list.element), this.casePane),
      );
    }
    this.headerSlot.replaceChildren(
      renderHeader(report, this.runId, this.progress, {
        openPromptDiff: () => this.act('openPromptDiff', {}),
        exportRun: (format) => this.act('exportRun', { format }, (r) => (r?.path ? `Exported to ${r.path}` : 'Exported')),
        revealRunRecord: () => this.act('revealRunRecord', {}),
      }),
    );
    this.renderScorecard();
    this.renderList(this.scrollTop);
    this.renderCase();
    this.root.dataset['ready'] = 'true';
    this.save();
  }

  private renderScorecard(): void {
    if (!this.report) return;
    if (this.progress && !this.progress.finished && !hasOutputs(this.report)) {
      // Zero rates before the first output would read as "nothing shifted": say what is true instead.
      this.scorecardSlot.replaceChildren(
        el('div', { className: 'message waiting', attrs: { role: 'status' } }, icon('loading~spin'), ` Waiting for the first outputs (${this.progress.done} / ${this.progress.total} calls)…`),
      );
      return;
    }
    this.scorecardSlot.replaceChildren(renderScorecard(this.report, this.filters.behaviour, (b: Behaviour | null) => this.setFilters({ ...this.filters, behaviour: b }, true)));
  }

  private renderList(scrollTop?: number, rebuildFilters = true): void {
    if (!this.report) return;
    const shown = visibleCases(this.report.cases, this.filters);
    if (rebuildFilters) this.filtersSlot.replaceChildren(renderFilters(this.filters, shown.length, this.report.cases.length, (f) => this.setFilters(f, f.search === this.filters.search)));
    else this.filtersSlot.querySelector('.count-badge')?.replaceChildren(shown.length === this.report.cases.length ? `${shown.length}` : `${shown.length} / ${this.report.cases.length}`);
    this.list.setCases(shown, this.caseId, scrollTop);
  }

  /** Typing in the search box keeps its element (and focus); other filter changes rebuild the bar. */
  private setFilters(filters: CaseFilters, rebuildFilters: boolean): void {
    this.filters = filters;
    this.scrollTop = 0;
    this.renderScorecard();
    this.renderList(0, rebuildFilters);
    this.save();
  }

  private openCase(id: string, sample: number): void {
    this.caseId = id;
    this.sample = sample;
    this.renderCase();
    this.list.setOpen(id);
    this.save();
  }

  /** After an outline was drawn: the outputs and evidence come in a second message. */
  private fetchWholeReport(runId: string): void {
    this.bridge.request('report', { runId }).then(
      (whole) => {
        if (this.runId !== runId || !this.outlineOnly) return;
        this.outlineOnly = false;
        this.setReport(whole, undefined);
      },
      (err: Error) => this.say(`Could not load the outputs of run ${runId}: ${err.message}`, true),
    );
  }

  private renderCase(): void {
    this.tooltip.hide();
    const c = this.report && findCase(this.report, this.caseId);
    if (!this.report || !c) {
      this.casePane.replaceChildren(el('div', { className: 'case-placeholder' }, icon('list-selection'), ' Select a case to compare its outputs.'));
      return;
    }
    if (this.outlineOnly) {
      this.casePane.replaceChildren(el('div', { className: 'case-placeholder' }, icon('loading codicon-modifier-spin'), ` Loading the outputs of ${c.id}…`));
      return;
    }
    this.casePane.replaceChildren(
      renderCaseView(this.report, c, this.sample, {
        rerunCase: (caseId) => this.act('rerunCase', { caseId }, () => `Re-running ${caseId}…`),
        openCaseMessages: (caseId, side: OutputSide) => this.act('openCaseMessages', { caseId, side }),
        copyOutput: (caseId, side, sample) => this.act('copyOutput', { caseId, side, sample }, () => 'Output copied to the clipboard'),
        pickSample: (sample) => this.openCase(c.id, sample),
      }),
    );
  }

  private act<M extends RequestMethod>(method: M, params: RequestParams<M>, done?: (result: ResponseOf<M>) => string): void {
    this.bridge.request(method, params).then(
      (result) => done && this.say(done(result), false),
      (err: Error) => this.say(err.message, true),
    );
  }

  private say(text: string, isError: boolean): void {
    this.status.replaceChildren(icon(isError ? 'error' : 'info'), ` ${text}`);
    this.status.className = `status visible${isError ? ' error' : ''}`;
    clearTimeout(this.statusTimer);
    this.statusTimer = window.setTimeout(() => (this.status.className = 'status'), isError ? 8000 : 3000);
  }

  private save(): void {
    this.bridge.saveState({ runId: this.runId, caseId: this.caseId, sample: this.sample, filters: this.filters, scrollTop: this.scrollTop });
  }

  /** For the first-paint benchmark: time from the document's start to the first frame with the report. */
  /** Notes when a run was first drawn (benchmarks read it): ms since the page started, and the
   *  wall-clock time of the latest one, comparable with the workbench's clock. */
  private markFirstPaint(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.root.dataset['firstPaintMs'] ??= performance.now().toFixed(1);
        this.root.dataset['paintedAt'] = String(Date.now());
      }, 0),
    );
  }
}

/** Whether any output of the report has arrived (an outline keeps its samples, without their text). */
function hasOutputs(report: ShiftReport): boolean {
  return report.cases.some((c) => c.a.samples.length > 0 || c.b.samples.length > 0);
}

new ResultsApp();
