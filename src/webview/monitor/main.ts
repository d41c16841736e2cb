// The monitor timeline: one behaviour's rate per window (a line, with its 95 % interval as a bar
// per window), alarm markers, and the same figures as a table (the accessible alternative to the
// chart: every value, the CUSUM statistic, the alarm, and a button to open the window's samples).
// Theme colours only; everything from the report is set as text, never parsed as HTML.
import type { Behaviour } from '../../core/behaviour/types';
import type { MonitorGroup, MonitorReport } from '../../core/monitor/schema';
import { el } from '../dom';
import { MonitorToWebview, type MonitorToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: MonitorToHost): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';
let report: MonitorReport | undefined;
let groupKey = '';
let behaviour: Behaviour = 'escalation';

function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

function openWindow(index: number): void {
  api.postMessage({ type: 'openWindow', group: groupKey, index });
}

function chart(group: MonitorGroup, alarmAt: number | undefined): SVGSVGElement {
  const w = 640;
  const h = 220;
  const pad = { left: 44, right: 12, top: 12, bottom: 28 };
  const windows = group.windows;
  const top = Math.max(0.05, ...windows.map((x) => x.rates[behaviour].ci95[1]));
  const x = (i: number) => pad.left + (windows.length <= 1 ? 0 : (i / (windows.length - 1)) * (w - pad.left - pad.right));
  const y = (r: number) => pad.top + (1 - r / top) * (h - pad.top - pad.bottom);
  const chartSvg = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'img', 'aria-label': `${behaviour} rate per window; the table below has the same figures` });
  for (const tick of [0, top / 2, top]) {
    chartSvg.append(svg('line', { x1: pad.left, x2: w - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chartSvg.append(svg('text', { x: pad.left - 4, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, pct(tick)));
  }
  windows.forEach((win, i) => {
    const r = win.rates[behaviour];
    chartSvg.append(svg('line', { x1: x(i), x2: x(i), y1: y(r.ci95[0]), y2: y(r.ci95[1]), class: 'interval' }));
  });
  chartSvg.append(svg('polyline', { points: windows.map((win, i) => `${x(i)},${y(win.rates[behaviour].rate)}`).join(' '), class: 'rate' }));
  windows.forEach((win, i) => {
    const dot = svg('circle', { cx: x(i), cy: y(win.rates[behaviour].rate), r: 4, class: 'point', 'data-window-index': i }, svg('title', {}, `${win.label}: ${pct(win.rates[behaviour].rate)} of ${win.n}`));
    dot.addEventListener('click', () => openWindow(i));
    chartSvg.append(dot);
  });
  if (alarmAt !== undefined) {
    const ax = x(alarmAt);
    chartSvg.append(svg('line', { x1: ax, x2: ax, y1: pad.top, y2: h - pad.bottom, class: 'alarm-line' }));
    chartSvg.append(svg('path', { d: `M${ax - 7},${pad.top} L${ax + 7},${pad.top} L${ax},${pad.top + 10} Z`, class: 'alarm-marker', 'data-alarm-window': alarmAt }, svg('title', {}, `alarm: ${windows[alarmAt]?.label ?? ''}`)));
  }
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first) chartSvg.append(svg('text', { x: x(0), y: h - 8, class: 'axis' }, first.label));
  if (last && windows.length > 1) chartSvg.append(svg('text', { x: x(windows.length - 1), y: h - 8, class: 'axis', 'text-anchor': 'end' }, last.label));
  return chartSvg;
}

function table(group: MonitorGroup, alarmAt: number | undefined): HTMLTableElement {
  const drift = group.drift[behaviour];
  const head = el('tr', {}, ...['Window', 'Outputs', `${behaviour} rate`, '95% interval', 'CUSUM', 'Alarm', ''].map((t) => el('th', { attrs: { scope: 'col' }, text: t })));
  const rows = group.windows.map((win, i) => {
    const r = win.rates[behaviour];
    const stat = drift?.statistic[i];
    const alarm = i === alarmAt;
    const button = el('button', { className: 'open-samples', attrs: { type: 'button', 'aria-label': `Show sampled outputs of ${win.label}` }, text: 'Samples' });
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
  const alarm = report.alarms.find((a) => a.group === group.key && a.behaviour === behaviour);
  const alarms = report.alarms.map((a) => el('li', { className: 'alarm-item', text: `${a.behaviour} ${a.direction} at ${a.label}${a.group === 'all' ? '' : ` (${a.group})`}: ${a.rateBefore === null ? '' : `${pct(a.rateBefore)} → `}${pct(a.rateAt)}` }));
  const children: Node[] = [
    el('header', {}, el('h1', { text: `Monitor: ${report.read.outputs} outputs, window ${report.window.spec}` }), el('p', { className: 'summary', attrs: { role: 'status' }, text: report.alarms.length ? `${report.alarms.length} drift alarm${report.alarms.length === 1 ? '' : 's'}` : 'No drift alarm' })),
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
    chart(group, alarm?.window),
    table(group, alarm?.window),
  );
  root.replaceChildren(...children);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = MonitorToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn('PromptShift: ignored a malformed message from the host', parsed.error.issues);
    return;
  }
  report = parsed.data.report;
  // open on the first alarm, else on the first behaviour watched
  const first = report.alarms[0];
  behaviour = first?.behaviour ?? report.behaviours[0] ?? 'escalation';
  groupKey = first?.group ?? report.groups[0]?.key ?? '';
  render();
});
api.postMessage({ type: 'ready' });
