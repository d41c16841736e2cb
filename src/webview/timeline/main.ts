// A prompt file's behaviour timeline: for each evaluated version (in the order written), each
// behaviour's rate, and objective stability where the runs measured it, as lines over the versions
// (the shared chart, webview/chart/lineChart.ts) and as a table with the same figures (the
// accessible alternative). Hover a point for its version and run; click it (or the table's button)
// to open that run in the results panel. Everything from the runs is set as text, never as HTML.
import type { PromptTimeline, TimelineVersion } from '../../core/timeline/schema';
import { lineChart, pct, SERIES_COLOURS, type ChartSeries } from '../chart/lineChart';
import { el } from '../dom';
import { TimelineToWebview, TimelineViewState, type TimelineToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: TimelineToHost): void;
  getState(): unknown;
  setState(state: TimelineViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
const ALL = 'all';
const STABILITY = 'stability';
let timeline: PromptTimeline | undefined;
/** the file shown (or shown before a reload): the behaviour chosen stays while it does */
let shownPath: string | undefined;
/** the behaviour shown alone (with its intervals), or every behaviour seen */
let chosen = ALL;

function versionName(v: TimelineVersion): string {
  return v.label ?? v.sha256.slice(0, 8);
}

function openRun(runId: string): void {
  api.postMessage({ type: 'openRun', runId });
}

/** Behaviours with a rate above zero in some version (all of them would draw flat lines at 0). */
function seen(t: PromptTimeline): string[] {
  return t.behaviours.filter((b) => t.versions.some((v) => (v.rates[b]?.rate ?? 0) > 0));
}

function seriesOf(t: PromptTimeline): ChartSeries[] {
  const names = chosen === ALL ? seen(t) : [chosen];
  const series: ChartSeries[] = names.map((b) => ({
    key: b,
    label: b,
    colour: Math.max(0, t.behaviours.indexOf(b)) % (SERIES_COLOURS - 1),
    values: t.versions.map((v) => v.rates[b]?.rate ?? null),
    ...(chosen === ALL ? {} : { intervals: t.versions.map((v) => v.rates[b]?.ci95 ?? null) }),
  }));
  if (t.versions.some((v) => v.stability)) {
    series.push({ key: STABILITY, label: 'objective stability', colour: SERIES_COLOURS - 1, dashed: true, values: t.versions.map((v) => v.stability?.score ?? null), intervals: t.versions.map((v) => (v.stability ? [v.stability.lower, v.stability.upper] : null)) });
  }
  return series;
}

function describe(v: TimelineVersion, s: ChartSeries): string {
  const head = `${versionName(v)} (${v.sha256.slice(0, 8)}) · run ${v.runId}, version ${v.side.toUpperCase()}`;
  if (s.key === STABILITY && v.stability) return `${head}\nobjective stability ${pct(v.stability.score)} (95% ${pct(v.stability.lower)}–${pct(v.stability.upper)})`;
  const r = v.rates[s.key];
  return `${head}\n${s.label} ${r ? `${pct(r.rate)} (95% ${pct(r.ci95[0])}–${pct(r.ci95[1])})` : '–'}\nclick: open the run`;
}

function legend(series: readonly ChartSeries[]): HTMLElement {
  return el('ul', { className: 'legend', attrs: { 'aria-label': 'Lines' } }, ...series.map((s) => el('li', { className: `s${s.colour % SERIES_COLOURS}${s.dashed ? ' dashed' : ''}`, dataset: { series: s.key } }, el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }), s.label)));
}

function table(t: PromptTimeline, names: readonly string[]): HTMLTableElement {
  const stability = t.versions.some((v) => v.stability);
  const head = el('tr', {}, ...['Version', 'Run', ...names, ...(stability ? ['Stability'] : []), ''].map((h) => el('th', { attrs: { scope: 'col' }, text: h })));
  const rows = t.versions.map((v, i) => {
    const button = el('button', { className: 'open-run', attrs: { type: 'button', 'aria-label': `Open run ${v.runId} (${versionName(v)})` }, text: 'Open run' });
    button.addEventListener('click', () => openRun(v.runId));
    return el(
      'tr',
      { dataset: { versionIndex: String(i), sha256: v.sha256, runId: v.runId } },
      el('th', { attrs: { scope: 'row', title: v.sha256 }, text: versionName(v) }),
      el('td', { className: 'run', text: `${v.runId} (${v.side.toUpperCase()})${v.otherRuns.length ? ` +${v.otherRuns.length}` : ''}` }),
      ...names.map((b) => el('td', { dataset: { behaviour: b }, text: v.rates[b] ? pct(v.rates[b].rate) : '–' })),
      ...(stability ? [el('td', { dataset: { stability: v.stability ? String(v.stability.score) : '' }, text: v.stability ? `${pct(v.stability.score)} (${pct(v.stability.lower)}–${pct(v.stability.upper)})` : '–' })] : []),
      el('td', {}, button),
    );
  });
  return el('table', { className: 'versions' }, el('caption', { text: `Evaluated versions of ${t.path}, in the order written` }), el('thead', {}, head), el('tbody', {}, ...rows));
}

function render(): void {
  const t = timeline;
  if (!t) return;
  api.setState({ path: t.path, behaviour: chosen });
  const header = el('header', {}, el('h1', { text: `Behaviour timeline: ${t.path}` }), el('p', { className: 'summary', attrs: { role: 'status' }, text: `${t.versions.length} evaluated version${t.versions.length === 1 ? '' : 's'} from ${t.runs} run${t.runs === 1 ? '' : 's'}` }));
  if (!t.versions.length) {
    root.replaceChildren(header, el('p', { className: 'empty', text: 'No finished eval run has evaluated this file yet. Run a paired eval of a suite whose prompt it is.' }));
    return;
  }
  const names = seen(t).length ? seen(t) : ['escalation'];
  if (chosen !== ALL && !t.behaviours.includes(chosen)) chosen = ALL;
  const select = el('select', { attrs: { id: 'behaviour' } }, el('option', { attrs: { value: ALL, selected: chosen === ALL }, text: 'every behaviour seen' }), ...t.behaviours.map((b) => el('option', { attrs: { value: b, selected: b === chosen }, text: b })));
  select.addEventListener('change', () => {
    chosen = select.value;
    render();
  });
  const series = seriesOf(t);
  const chart = lineChart({
    ariaLabel: `Behaviour rates of each evaluated version of ${t.path}; the table below has the same figures`,
    xLabels: t.versions.map(versionName),
    series,
    describe: (i, s) => describe(t.versions[i] as TimelineVersion, s),
    onPoint: (i) => openRun((t.versions[i] as TimelineVersion).runId),
    labelEveryX: t.versions.length <= 12,
  });
  root.replaceChildren(header, el('div', { className: 'controls' }, el('label', { attrs: { for: 'behaviour' } }, 'Show ', select)), chart, legend(series), table(t, chosen === ALL ? names : [chosen]));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = TimelineToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn('PromptShift: ignored a malformed message from the host', parsed.error.issues);
    return;
  }
  if (shownPath !== parsed.data.timeline.path) chosen = ALL;
  timeline = parsed.data.timeline;
  shownPath = timeline.path;
  render();
});

const saved = TimelineViewState.safeParse(api.getState());
if (saved.success) {
  shownPath = saved.data.path;
  const b = saved.data.behaviour;
  if (b && (b === ALL || /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(b))) chosen = b;
}
api.postMessage({ type: 'ready' });
