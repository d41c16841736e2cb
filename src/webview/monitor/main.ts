// The monitor timeline: one behaviour's rate per window (a line, with its 95 % interval as a bar
// per window), alarm markers, and the same figures as a table (the accessible alternative to the
// chart: every value, the CUSUM statistic, the alarm, and a button to open the window's samples).
// Theme colours only; everything from the report is set as text, never parsed as HTML.
import type { Behaviour } from '../../core/behaviour/types';
import type { MonitorGroup, MonitorReport } from '../../core/monitor/schema';
import { lineChart, pct } from '../chart/lineChart';
import { el } from '../dom';
import { MonitorToWebview, MonitorViewState, type MonitorToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: MonitorToHost): void;
  getState(): unknown;
  setState(state: MonitorViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
let report: MonitorReport | undefined;
let groupKey = '';
let behaviour: Behaviour = 'escalation';

function openWindow(index: number): void {
  api.postMessage({ type: 'openWindow', group: groupKey, index });
}

function chart(group: MonitorGroup, alarmsAt: readonly number[]): HTMLElement {
  const windows = group.windows;
  return lineChart({
    ariaLabel: `${behaviour} rate per window; the table below has the same figures`,
    xLabels: windows.map((w) => w.label),
    series: [{ key: behaviour, label: behaviour, colour: 0, values: windows.map((w) => w.rates[behaviour].rate), intervals: windows.map((w) => w.rates[behaviour].ci95) }],
    markers: alarmsAt.map((at) => ({ at, title: `alarm: ${windows[at]?.label ?? ''}`, className: 'alarm-marker' })),
    describe: (i) => {
      const w = windows[i];
      return w ? `${w.label}: ${behaviour} ${pct(w.rates[behaviour].rate)} of ${w.n} (95% ${pct(w.rates[behaviour].ci95[0])}–${pct(w.rates[behaviour].ci95[1])})${alarmsAt.includes(i) ? ' · alarm' : ''}\nclick: its sampled outputs beside the baseline's` : '';
    },
    onPoint: (i) => openWindow(i),
  });
}

function table(group: MonitorGroup, alarmsAt: readonly number[]): HTMLTableElement {
  const drift = group.drift[behaviour];
  const head = el('tr', {}, ...['Window', 'Outputs', `${behaviour} rate`, '95% interval', 'CUSUM', 'Alarm', ''].map((t) => el('th', { attrs: { scope: 'col' }, text: t })));
  const rows = group.windows.map((win, i) => {
    const r = win.rates[behaviour];
    const stat = drift?.statistic[i];
    const alarm = alarmsAt.includes(i);
    const button = el('button', { className: 'open-samples', attrs: { type: 'button', 'aria-label': `Samples of ${win.label}, beside the baseline's` }, text: 'Samples' });
    button.addEventListener('click', () => openWindow(i));
    return el(
      'tr',
      alarm ? { className: 'alarm', dataset: { windowIndex: String(i), alarm: 'true' } } : { dataset: { windowIndex: String(i) } },
      el('th', { attrs: { scope: 'row' }, text: win.label }),
      el('td', { text: String(win.n) }),
      el('td', { text: pct(r.rate) }),
      el('td', { text: `${pct(r.ci95[0])} – ${pct(r.ci95[1])}` }),
      el('td', { text: stat === null || stat === undefined ? '–' : `${stat.toFixed(1)} / ${drift!.threshold.toFixed(1)}` }),
      el('td', { text: alarm ? '⚠ alarm' : '' }),
      el('td', {}, button),
    );
  });
  return el('table', { className: 'windows' }, el('caption', { text: `${behaviour} per window (${group.key})` }), el('thead', {}, head), el('tbody', {}, ...rows));
}

function select(label: string, id: string, values: readonly string[], current: string, onChange: (v: string) => void): HTMLElement {
  const s = el('select', { attrs: { id } }, ...values.map((v) => el('option', { attrs: { value: v, selected: v === current }, text: v })));
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { attrs: { for: id } }, `${label} `, s);
}

function render(): void {
  if (!report) return;
  const group = report.groups.find((g) => g.key === groupKey) ?? report.groups[0];
  if (!group) {
    root.replaceChildren(el('p', { text: 'No output to show.' }));
    return;
  }
  groupKey = group.key;
  const alarmsAt = report.alarms.filter((a) => a.group === group.key && a.behaviour === behaviour).map((a) => a.window);
  const alarms = report.alarms.map((a) => el('li', { className: 'alarm-item', text: `${a.behaviour} ${a.direction} at ${a.label}${a.group === 'all' ? '' : ` (${a.group})`}: ${a.rateBefore === null ? '' : `${pct(a.rateBefore)} → `}${pct(a.rateAt)}` }));
  const children: Node[] = [
    el(
      'header',
      {},
      el('h1', { text: `Monitor: ${report.read.outputs} outputs, window ${report.window.spec}` }),
      el('p', { className: 'baseline', text: `Baseline: ${report.baseline.kind === 'window' ? 'each window against all windows before it' : `${report.baseline.kind} ${report.baseline.source ?? ''}`}` }),
      el('p', { className: 'summary', attrs: { role: 'status' }, text: report.alarms.length ? `${report.alarms.length} drift alarm${report.alarms.length === 1 ? '' : 's'}` : 'No drift alarm' }),
    ),
  ];
  if (alarms.length) children.push(el('ul', { className: 'alarms' }, ...alarms));
  children.push(
    el(
      'div',
      { className: 'controls' },
      report.groups.length > 1
        ? select(
            report.groupBy ?? 'group',
            'group',
            report.groups.map((g) => g.key),
            group.key,
            (v) => {
              groupKey = v;
              render();
            },
          )
        : null,
      select('Behaviour', 'behaviour', report.behaviours, behaviour, (v) => {
        behaviour = v as Behaviour;
        render();
      }),
    ),
    chart(group, alarmsAt),
    table(group, alarmsAt),
  );
  root.replaceChildren(...children);
  api.setState({ report, behaviour, group: groupKey });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = MonitorToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn('PromptShift: ignored a malformed message from the host', parsed.error.issues);
    return;
  }
  const same = report && parsed.data.report.createdAt === report.createdAt;
  report = parsed.data.report;
  // the same report again (the panel shown again): keep what the user chose; else open on the first
  // alarm, or on the first behaviour watched
  if (!same) {
    const first = report.alarms[0];
    behaviour = first?.behaviour ?? report.behaviours[0] ?? 'escalation';
    groupKey = first?.group ?? report.groups[0]?.key ?? '';
  }
  render();
});

// After a window reload the timeline is drawn from the saved state at once; the host sends it again.
const saved = MonitorViewState.safeParse(api.getState());
if (saved.success) {
  report = saved.data.report;
  behaviour = (saved.data.behaviour as Behaviour | undefined) ?? report.alarms[0]?.behaviour ?? 'escalation';
  groupKey = saved.data.group ?? report.groups[0]?.key ?? '';
  render();
}
api.postMessage({ type: 'ready' });
