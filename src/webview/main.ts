// Browser side of the results panel. Never imports `vscode` or Node modules (lint rule).
// Holds the panel's state (report, filters, open case, sample), renders the views, and turns
// user actions into validated requests to the host. Re-renders keep focus where the user is
// (focus.ts) and what changes without focus moving is said by the live region (announcer.ts).
import { ShiftReport, reportBehaviours } from '../core/report/schema';
import type { Behaviour } from '../core/behaviour/types';
import { registerComponents } from './components/toolkit';
import { append, el, icon, type Child } from './dom';
import { Announcer } from './announcer';
import { keepFocus, restoreFocusOnReturn } from './focus';
import { HostBridge } from './hostBridge';
import { countAnnouncement, findCase, progressAnnouncement, visibleCases } from './model';
import { DEFAULT_FILTERS, type CaseFilters, type HostToWebview, type LabelsView, type OutputMark, type OutputSide, type PanelProgress, type RequestMethod, type RequestParams, type ResponseOf } from './protocol';
import { renderProgress, renderRunActions, renderRunInfo, type HeaderActions } from './views/header';
import { renderExplainActions, renderScorecard } from './views/scorecard';
import { renderAttribution } from './views/attribution';
import { renderDesign, renderStability } from './views/design';
import { CaseList, countText, renderFilters } from './views/caseList';
import { renderCaseView } from './views/caseView';
import { EvidenceTooltip } from './views/tooltip';
import { DetectorCardTooltip } from './views/detectorCard';
import { showMarks } from './views/outputLabels';
import { behaviourLabel } from './views/behaviours';

// Marks for the panel's start-up (read by the live browser check and any profiler).
performance.mark('promptshift:script');
registerComponents();
performance.mark('promptshift:components');

/**
 * A part of the panel, rebuilt only when what it shows has changed (its key). A running run sends an
 * update about once a second: parts that did not change stay as they are, so the text a screen reader
 * is reading and the menu the user has open are left alone.
 */
class Part {
  private shown: string | undefined;
  constructor(readonly element: HTMLElement) {}

  show(key: string, build: () => Child[]): void {
    if (key === this.shown) return;
    this.shown = key;
    this.element.replaceChildren();
    append(this.element, ...build());
  }

  /** Notes `key` as shown without rebuilding: the user changed this part in place. */
  accept(key: string): void {
    this.shown = key;
  }
}

class ResultsApp {
  private readonly root = document.getElementById('root') as HTMLElement;
  private readonly bridge = new HostBridge((m) => this.receive(m));
  private readonly announcer = new Announcer();
  /** Seen, not heard: every message it shows is also said by the announcer. */
  private readonly toast = el('div', { className: 'status', attrs: { 'aria-hidden': 'true' } });
  private readonly headerActions: HeaderActions = {
    openPromptDiff: () => this.act('openPromptDiff', {}),
    exportRun: (format) => this.act('exportRun', { format }, (r) => (r?.path ? `Exported to ${r.path}` : 'Exported')),
    revealRunRecord: () => this.act('revealRunRecord', {}),
  };
  private readonly progressElement = el('span', { className: 'run-progress', attrs: { hidden: true } });
  private readonly runInfo = new Part(el('div', { className: 'run-info' }));
  private readonly header = el('header', { className: 'run-header' }, this.runInfo.element, renderRunActions(this.headerActions));
  private readonly scorecard = new Part(el('div', { className: 'scorecard-slot' }));
  private readonly attribution = new Part(el('div', { className: 'attribution-slot' }));
  private readonly filterBar = new Part(el('div', { className: 'filters-slot' }));
  private readonly casePane = new Part(el('div', { className: 'case-pane' }));
  private readonly list = new CaseList(
    (id) => this.openCase(id, 0),
    (scrollTop) => {
      this.scrollTop = scrollTop;
      this.save();
    },
  );
  private readonly tooltip = new EvidenceTooltip(this.casePane.element);
  private readonly cardTooltip = new DetectorCardTooltip(this.scorecard.element, () => ({ report: this.report, labels: this.labels.figures }));
  private readonly content = el(
    'main',
    { className: 'content' },
    this.scorecard.element,
    this.attribution.element,
    el('div', { className: 'main' }, el('div', { className: 'list-pane' }, this.filterBar.element, this.list.element), this.casePane.element),
    this.tooltip.element,
    this.cardTooltip.element,
  );
  /** the user's labels: figures for the detector cards, and this run's marks */
  private labels: LabelsView = { figures: {}, marks: [] };

  private runId: string | null = null;
  private report: ShiftReport | null = null;
  private progress: PanelProgress | null = null;
  private filters: CaseFilters = DEFAULT_FILTERS;
  private caseId: string | null = null;
  /** the report drawn is an outline: its outputs are on their way */
  private outlineOnly = false;
  private sample = 0;
  /** a design run: the two arms the case view compares, for the suite case they belong to */
  private arms: { baseId: string; left: string; right: string } | null = null;
  private scrollTop = 0;
  private statusTimer = 0;

  constructor() {
    this.root.replaceChildren(this.announcer.element, el('main', { className: 'loading' }, icon('loading codicon-modifier-spin'), ' Loading run…'));
    restoreFocusOnReturn(this.root);
    this.bridge.ready();
    performance.mark('promptshift:ready');
  }

  private receive(message: Exclude<HostToWebview, { type: 'response' }>): void {
    if (message.type === 'init') {
      performance.mark('promptshift:init');
      // The newer of the webview's own saved state and the host's mirror of it.
      const own = this.bridge.savedState();
      const mirrored = message.state;
      const saved = own && mirrored ? ((own.savedAt ?? 0) >= (mirrored.savedAt ?? 0) ? own : mirrored) : (own ?? mirrored);
      this.runId = message.runId;
      this.progress = message.progress ?? null;
      this.tooltip.setTerms(message.terms ?? {});
      this.labels = message.labels ?? { figures: {}, marks: [] };
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
      const previous = this.progress;
      this.progress = message.progress;
      this.outlineOnly = false;
      this.setReport(message.report, undefined);
      const news = this.report && progressAnnouncement(previous, this.progress, significantBehaviours(this.report));
      if (news) this.announcer.say(news);
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
    this.root.replaceChildren(this.announcer.element, el('main', { className: isError ? 'message error' : 'message' }, icon(isError ? 'error' : 'info'), ` ${text}`));
    this.root.dataset['ready'] = 'true';
  }

  private renderAll(): void {
    const report = this.report;
    if (!report) return;
    if (!this.root.contains(this.header)) this.root.replaceChildren(this.announcer.element, this.toast, this.header, this.content);
    keepFocus(this.root, () => {
      const shownInHeader = [this.runId, report.kind, report.a, report.b, report.provider, report.usage, report.summary.cases, report.summary.samples, report.createdAt];
      this.runInfo.show(JSON.stringify(shownInHeader), () => renderRunInfo(report, this.runId, this.progressElement, this.headerActions));
      renderProgress(this.progressElement, this.progress);
      this.renderScorecard();
      this.renderList(this.scrollTop);
      this.renderCase();
    });
    this.root.dataset['ready'] = 'true';
    this.markFinishedPaint();
    this.save();
  }

  private renderScorecard(): void {
    const report = this.report;
    if (!report) return;
    if (this.progress && !this.progress.finished && !hasOutputs(report)) {
      // Zero rates before the first output would read as "nothing shifted": say what is true instead.
      const { done, total } = this.progress;
      this.scorecard.show(`waiting ${done}/${total}`, () => [
        el('div', { className: 'message waiting', attrs: { role: 'status' } }, icon('loading~spin'), ` Waiting for the first outputs (${done} / ${total} calls)…`),
      ]);
      return;
    }
    const explainable = report.kind !== 'compare' && this.runId !== null && (!this.progress || this.progress.finished);
    this.scorecard.show(JSON.stringify([report.summary.behaviours, report.summary.gates, this.filters.behaviour, explainable, report.design ?? null]), () => [
      renderStability(report),
      renderScorecard(report, this.filters.behaviour, (b: string | null) => this.setFilters({ ...this.filters, behaviour: b })),
      explainable ? renderExplainActions(report, (b) => this.explain(b)) : null,
      renderDesign(report),
    ]);
    const attribution = report.attribution;
    this.attribution.show(JSON.stringify(attribution ?? null), () => (attribution ? [renderAttribution(attribution, (hunkId) => this.act('openHunk', { hunkId }))] : []));
  }

  /** Explain This Shift: the host asks about the cost, runs the arms, answers with the attribution. */
  private explain(behaviour: Behaviour): void {
    this.say(`Explaining the ${behaviourLabel(behaviour).toLowerCase()} shift: see the notification for its cost and progress…`, false);
    const runId = this.runId;
    this.bridge.request('explainShift', { behaviour }).then(
      (attribution) => {
        if (!attribution || !this.report || this.runId !== runId) return;
        this.report = { ...this.report, attribution };
        keepFocus(this.root, () => this.renderScorecard());
        this.say(`Explained: ${attribution.hunks.length} hunks, listed by their effect below the scorecard.`, false);
      },
      (err: Error) => this.say(err.message, true),
    );
  }

  /** Draws the list (and the filter bar, unless it already shows these filters); returns how many cases it shows. */
  private renderList(scrollTop?: number): number {
    const report = this.report;
    if (!report) return 0;
    const shown = visibleCases(report.cases, this.filters);
    const total = report.cases.length;
    const names = reportBehaviours(report);
    this.filterBar.show(filterBarKey(this.filters, names), () => [renderFilters(this.filters, shown.length, total, (f) => this.filtersChangedInBar(f), names)]);
    this.filterBar.element.querySelector('.count-badge')?.replaceChildren(countText(shown.length, total));
    this.list.setCases(shown, this.caseId, scrollTop);
    return shown.length;
  }

  /** A change made in the filter bar: the bar stays as it is (the control in use keeps focus). */
  private filtersChangedInBar(filters: CaseFilters): void {
    this.filterBar.accept(filterBarKey(filters, this.report ? reportBehaviours(this.report) : []));
    // While typing, the count is said once the typing pauses.
    this.setFilters(filters, filters.search !== this.filters.search ? 700 : 0);
  }

  private setFilters(filters: CaseFilters, announceAfterMs = 0): void {
    this.filters = filters;
    this.scrollTop = 0;
    let shown = 0;
    keepFocus(this.root, () => {
      this.renderScorecard();
      shown = this.renderList(0);
    });
    if (this.report) this.announcer.say(countAnnouncement(shown, this.report.cases.length), announceAfterMs);
    this.save();
  }

  private openCase(id: string, sample: number): void {
    this.caseId = id;
    this.sample = sample;
    keepFocus(this.root, () => this.renderCase());
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
    const report = this.report;
    const c = report && findCase(report, this.caseId);
    if (!report || !c) {
      this.casePane.show('none', () => {
        this.tooltip.hide();
        return [el('div', { className: 'case-placeholder' }, icon('list-selection'), ' Select a case to compare its outputs.')];
      });
      return;
    }
    if (this.outlineOnly) {
      this.casePane.show(`outline:${c.id}`, () => {
        this.tooltip.hide();
        return [el('div', { className: 'case-placeholder' }, icon('loading codicon-modifier-spin'), ` Loading the outputs of ${c.id}…`)];
      });
      return;
    }
    // The case, the sample and the versions' names are all the view shows.
    const arms = c.baseId !== undefined && this.arms?.baseId === c.baseId ? { left: this.arms.left, right: this.arms.right } : undefined;
    // (a design case's view also shows its sibling cells' outputs when two arms are paired)
    const siblings = arms ? report.cases.filter((x) => x.baseId === c.baseId) : [c];
    const key = JSON.stringify([this.sample, report.a.label ?? report.a.ref, report.b.label ?? report.b.ref, siblings, arms]);
    this.casePane.show(key, () => {
      this.tooltip.hide();
      return [
        renderCaseView(report, c, this.sample, {
          rerunCase: (caseId) => {
            this.say(`Re-running ${caseId}…`, false);
            this.act('rerunCase', { caseId }, () => `Re-ran ${caseId}: its outputs and the run's statistics are updated.`);
          },
          openCaseMessages: (caseId, side: OutputSide) => this.act('openCaseMessages', { caseId, side }),
          copyOutput: (caseId, side, sample) => this.act('copyOutput', { caseId, side, sample }, () => 'Output copied to the clipboard'),
          pickSample: (sample) => this.openCase(c.id, sample),
          arms,
          pickArms: (pair) => {
            if (c.baseId === undefined) return;
            this.arms = { baseId: c.baseId, ...pair };
            this.renderCase();
          },
          labels: { marks: () => this.labels.marks, mark: (m) => this.markOutput(m) },
        }),
      ];
    });
  }

  /** Records the user's verdict on a detector; the card's "your labels" figures follow. */
  private markOutput(mark: OutputMark): void {
    this.bridge.request('labelOutput', mark).then(
      (labels) => {
        this.labels = labels;
        showMarks(this.casePane.element, labels.marks, mark.caseId, mark.sample);
        this.cardTooltip.refresh();
        const f = labels.figures[mark.behaviour];
        this.say(`Marked the ${behaviourLabel(mark.behaviour).toLowerCase()} detector ${mark.correct ? 'right' : 'wrong'} on ${mark.side.toUpperCase()}'s output${f ? ` (your labels: ${f.n})` : ''}`, false);
      },
      (err: Error) => this.say(err.message, true),
    );
  }

  private act<M extends RequestMethod>(method: M, params: RequestParams<M>, done?: (result: ResponseOf<M>) => string): void {
    this.bridge.request(method, params).then(
      (result) => done && this.say(done(result), false),
      (err: Error) => this.say(err.message, true),
    );
  }

  /** Shows a message for a few seconds and says it through the live region. */
  private say(text: string, isError: boolean): void {
    this.toast.replaceChildren(icon(isError ? 'error' : 'info'), ` ${text}`);
    this.toast.className = `status visible${isError ? ' error' : ''}`;
    this.announcer.say(isError ? `Error: ${text}` : text);
    clearTimeout(this.statusTimer);
    this.statusTimer = window.setTimeout(() => (this.toast.className = 'status'), isError ? 8000 : 3000);
  }

  private save(): void {
    this.bridge.saveState({ runId: this.runId, caseId: this.caseId, sample: this.sample, filters: this.filters, scrollTop: this.scrollTop });
  }

  /** Notes when a run was first drawn (benchmarks read it): ms since the page started, and the
   *  wall-clock time of the latest one, comparable with the workbench's clock. */
  /** Notes when a finished run was first painted (`data-finished-at`, ms since the epoch): the live
   *  browser check measures the run's end → the panel showing it from this, not from its polling. */
  private markFinishedPaint(): void {
    const runId = this.runId;
    if (!runId || this.outlineOnly || (this.progress && !this.progress.finished) || this.root.dataset['finishedRun'] === runId) return;
    this.root.dataset['finishedRun'] = runId;
    // After the next frame; a webview the workbench keeps in the background gets no frames, so a
    // timer stands in for it.
    let marked = false;
    const mark = () => {
      if (marked || this.runId !== runId) return;
      marked = true;
      this.root.dataset['finishedAt'] = String(Date.now());
    };
    requestAnimationFrame(() => setTimeout(mark, 0));
    setTimeout(mark, 250);
  }

  private markFirstPaint(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.root.dataset['firstPaintMs'] ??= performance.now().toFixed(1);
        this.root.dataset['paintedAt'] = String(Date.now());
      }, 0),
    );
  }
}

/** What the filter bar shows: the filters, and the behaviours it offers (a suite can add its own). */
function filterBarKey(filters: CaseFilters, names: readonly string[]): string {
  return JSON.stringify([filters, names]);
}

/** The behaviours whose shift is significant, in words, for the announcement of a run's end. */
function significantBehaviours(report: ShiftReport): string[] {
  return reportBehaviours(report).filter((b) => report.summary.behaviours[b]?.significant).map((b) => behaviourLabel(b).toLowerCase());
}

/** Whether any output of the report has arrived (an outline keeps its samples, without their text). */
function hasOutputs(report: ShiftReport): boolean {
  return report.cases.some((c) => c.a.samples.length > 0 || c.b.samples.length > 0);
}

new ResultsApp();
