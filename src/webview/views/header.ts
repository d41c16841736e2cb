// The run header: versions A → B, model and settings, size, usage, when it ran, progress, and run-level actions.
import type { ShiftReport, VersionInfo } from '../../core/report/schema';
import { el, icon } from '../dom';
import { keyed } from '../focus';
import { actionLink, button, dropdown, progressRing, type Choice } from '../components/toolkit';
import type { ExportFormat, PanelProgress } from '../protocol';

export interface HeaderActions {
  openPromptDiff(): void;
  exportRun(format: ExportFormat): void;
  revealRunRecord(): void;
}

const EXPORTS: readonly Choice<ExportFormat>[] = [
  { value: 'md', label: 'Markdown (pull request)' },
  { value: 'html', label: 'HTML (standalone)' },
  { value: 'json', label: 'JSON' },
  { value: 'junit', label: 'JUnit XML' },
];

/**
 * What the header says about the run: title, versions A → B, settings, size and usage. Rebuilt when
 * any of that changes; the run's progress and the run actions live beside it and are kept (see
 * `renderRunActions`, `progressText`), so a live update never closes the export menu under the user.
 */
export function renderRunInfo(report: ShiftReport, runId: string | null, progress: HTMLElement, actions: HeaderActions): HTMLElement[] {
  const p = report.provider;
  const settings = p ? [p.model ? `${p.type} · ${p.model}` : p.type, p.temperature !== undefined ? `temperature ${p.temperature}` : '', p.maxTokens !== undefined ? `max ${p.maxTokens} tokens` : '', p.seed !== undefined ? `seed ${p.seed}` : ''] : [];
  const u = report.usage;
  const usage = u
    ? [
        `${u.calls} calls${u.cachedCalls ? ` (${u.cachedCalls} cached)` : ''}`,
        // recorded outputs (replay) and cached calls use no tokens: say nothing rather than "0 in / 0 out"
        (u.inputTokens ?? 0) + (u.outputTokens ?? 0) > 0 ? `${fmtInt(u.inputTokens ?? 0)} in / ${fmtInt(u.outputTokens ?? 0)} out tokens` : '',
        u.costUsd !== undefined ? `$${u.costUsd.toFixed(u.costUsd < 1 ? 4 : 2)}` : '',
        u.errors ? `${u.errors} errors` : '',
      ]
    : [];
  const meta = [
    ...settings,
    `${report.summary.cases} cases × ${report.summary.samples} samples`,
    ...usage,
    report.createdAt ? `ran ${formatTime(report.createdAt)}` : '',
  ].filter((x) => x !== '');
  return [
    el('div', { className: 'run-title' }, el('h1', { text: report.kind === 'compare' ? 'Compare' : 'Paired eval' }), runId ? el('span', { className: 'run-id', text: runId }) : null, progress),
    el('div', { className: 'versions' }, version('A', report.a), icon('arrow-right'), version('B', report.b), keyed(actionLink('Open prompt diff', 'diff', actions.openPromptDiff), 'header/diff')),
    el('div', { className: 'run-meta' }, ...meta.flatMap((m, i) => (i ? [el('span', { className: 'sep', text: '·', attrs: { 'aria-hidden': 'true' } }), m] : [m]))),
  ];
}

/** The run-level actions, built once per panel: the chosen export format stays chosen across updates. */
export function renderRunActions(actions: HeaderActions): HTMLElement {
  let exportFormat: ExportFormat = 'md';
  return el(
    'div',
    { className: 'run-actions' },
    keyed(dropdown('Export format', EXPORTS, exportFormat, (f) => (exportFormat = f)), 'header/export-format'),
    button({ label: 'Export', icon: 'export', onClick: () => actions.exportRun(exportFormat), dataset: { focusKey: 'header/export' } }),
    button({ label: 'Reveal run record', icon: 'go-to-file', appearance: 'icon', onClick: actions.revealRunRecord, dataset: { focusKey: 'header/reveal' } }),
  );
}

/** Shows a run's progress in `target` (an element the title keeps), hidden when no run is going. Screen
 *  readers hear progress from the panel's live region, in words, not from this. */
export function renderProgress(target: HTMLElement, progress: PanelProgress | null): void {
  const running = progress && !progress.finished;
  target.hidden = !running;
  if (!running) return target.replaceChildren();
  const text = `${progress.done} / ${progress.total}${progress.message ? ` · ${progress.message}` : ''}`;
  // The ring stays (its animation restarts if replaced); only the text changes.
  if (!target.firstChild) target.append(progressRing('Run in progress'), el('span', { className: 'run-progress-text' }));
  const label = target.querySelector('.run-progress-text');
  if (label) label.textContent = text;
}

function version(side: 'A' | 'B', v: VersionInfo): HTMLElement {
  return el(
    'span',
    { className: `version version-${side.toLowerCase()}`, attrs: { title: [v.ref, v.promptSha256, v.path].filter(Boolean).join('\n') } },
    el('span', { className: 'side-tag', text: side }),
    el('span', { className: 'version-label', text: v.label ?? v.ref }),
    v.promptSha256 ? el('code', { className: 'sha', text: v.promptSha256.slice(0, 8) }) : null,
    v.time ? el('span', { className: 'version-time', text: formatTime(v.time) }) : null,
  );
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
