// The line chart both timelines draw: the monitor's (a behaviour's rate per window) and a prompt
// file's (behaviour rates per evaluated version). Values 0–1 along x positions, one line per series
// with an optional 95 % interval per point, vertical markers (alarms), a hover and focus tooltip
// per point, and a click (or Enter) on a point. SVG built with DOM calls: every label is set as
// text, never parsed, and colours come from the theme (media/chart.css).
import { el } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
/** colour classes in media/chart.css (`.series.s0` …): the theme's chart colours */
export const SERIES_COLOURS = 7;

export interface ChartSeries {
  /** `data-series` of its points and line */
  key: string;
  label: string;
  /** index into the theme's chart colours */
  colour: number;
  dashed?: boolean;
  /** one per x position; null where the series has no value */
  values: (number | null)[];
  intervals?: ([number, number] | null)[];
}

export interface ChartMarker {
  at: number;
  title: string;
  className: string;
}

export interface LineChartSpec {
  ariaLabel: string;
  /** one per x position */
  xLabels: string[];
  series: ChartSeries[];
  markers?: ChartMarker[];
  /** what a point's tooltip (and accessible name) says */
  describe(x: number, series: ChartSeries): string;
  /** a click or Enter on a point */
  onPoint?(x: number, series: ChartSeries): void;
  /** label every x position under the axis (few positions), not only the first and last */
  labelEveryX?: boolean;
}

export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** The chart in a box that also holds its tooltip. */
export function lineChart(spec: LineChartSpec): HTMLElement {
  const w = 640;
  const h = 220;
  const pad = { left: 44, right: 16, top: 14, bottom: 28 };
  const count = spec.xLabels.length;
  let top = 0.05;
  for (const s of spec.series) {
    s.values.forEach((v, i) => {
      top = Math.max(top, s.intervals?.[i]?.[1] ?? v ?? 0);
    });
  }
  top = Math.min(1, top);
  const x = (i: number) => pad.left + (count <= 1 ? (w - pad.left - pad.right) / 2 : (i / (count - 1)) * (w - pad.left - pad.right));
  const y = (r: number) => pad.top + (1 - r / top) * (h - pad.top - pad.bottom);

  const tooltip = el('div', { className: 'chart-tooltip', attrs: { role: 'tooltip', hidden: true } });
  const box = el('div', { className: 'chart-box' });
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'group', 'aria-label': spec.ariaLabel });
  for (const tick of [0, top / 2, top]) {
    chart.append(svg('line', { x1: pad.left, x2: w - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chart.append(svg('text', { x: pad.left - 4, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, pct(tick)));
  }
  spec.xLabels.forEach((label, i) => {
    if (!spec.labelEveryX && i !== 0 && i !== count - 1) return;
    const anchor = spec.labelEveryX || count === 1 ? 'middle' : i === 0 ? 'start' : 'end';
    chart.append(svg('text', { x: x(i), y: h - 8, class: 'axis', 'text-anchor': anchor }, label));
  });

  const show = (text: string, at: SVGElement) => {
    tooltip.textContent = text;
    tooltip.hidden = false;
    const r = at.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    tooltip.style.left = `${Math.max(0, r.left - b.left + r.width / 2 + 8)}px`;
    tooltip.style.top = `${Math.max(0, r.top - b.top - 8)}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };

  for (const s of spec.series) {
    const group = svg('g', { class: `series s${s.colour % SERIES_COLOURS}${s.dashed ? ' dashed' : ''}`, 'data-series': s.key });
    s.intervals?.forEach((iv, i) => {
      if (iv && s.values[i] !== null) group.append(svg('line', { x1: x(i), x2: x(i), y1: y(iv[0]), y2: y(iv[1]), class: 'interval' }));
    });
    // the line breaks where a value is missing
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) group.append(svg('polyline', { points: run.join(' '), class: 'line' }));
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) flush();
      else run.push(`${x(i)},${y(v)}`);
    });
    flush();
    s.values.forEach((v, i) => {
      if (v === null) return;
      const text = spec.describe(i, s);
      const dot = svg('circle', { cx: x(i), cy: y(v), r: 4, class: 'point', tabindex: 0, role: 'button', 'aria-label': text, 'data-x': i, 'data-series': s.key });
      dot.addEventListener('pointerenter', () => show(text, dot));
      dot.addEventListener('focus', () => show(text, dot));
      dot.addEventListener('pointerleave', hide);
      dot.addEventListener('blur', hide);
      if (spec.onPoint) {
        const open = spec.onPoint;
        dot.addEventListener('click', () => open(i, s));
        dot.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(i, s);
          }
        });
      }
      group.append(dot);
    });
    chart.append(group);
  }

  for (const m of spec.markers ?? []) {
    const mx = x(m.at);
    chart.append(svg('line', { x1: mx, x2: mx, y1: pad.top, y2: h - pad.bottom, class: `${m.className}-line marker-line` }));
    chart.append(svg('path', { d: `M${mx - 7},${pad.top - 4} L${mx + 7},${pad.top - 4} L${mx},${pad.top + 6} Z`, class: `${m.className} marker`, 'data-at': m.at }, svg('title', {}, m.title)));
  }
  box.append(chart, tooltip);
  return box;
}
