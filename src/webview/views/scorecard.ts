// One row per behaviour: A rate → B rate with their 95 % intervals as small bars, the A′ noise band,
// Δ, p-value and a "significant" badge. Clicking a row (or Enter on it) filters the cases to it.
import { reportBehaviours, type BehaviourSummary, type GateResult, type ShiftReport } from '../../core/report/schema';
import { BEHAVIOURS, type Behaviour } from '../../core/behaviour/types';
import { el, srOnly } from '../dom';
import { badge, button } from '../components/toolkit';
import { formatP, percent, signedPercent } from '../model';
import { behaviourClass, behaviourLabel } from './behaviours';

export function renderScorecard(report: ShiftReport, selected: string | null, onSelect: (b: string | null) => void): HTMLElement {
  // the built-in seven, then the suite's own behaviours
  const rows = reportBehaviours(report).map((b) => {
    const s = report.summary.behaviours[b];
    const gate = report.summary.gates?.find((g) => g.behaviour === b);
    return s ? row(b, s, selected === b, () => onSelect(selected === b ? null : b), gate) : null;
  });
  return el(
    'table',
    { className: 'scorecard', attrs: { 'aria-label': 'Behaviour shifts, A → B' } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: 'Behaviour', attrs: { scope: 'col' } }),
        el('th', { text: 'A', className: 'num', attrs: { scope: 'col' } }),
        el('th', { text: 'B', className: 'num', attrs: { scope: 'col' } }),
        el('th', { text: 'Rates with 95% intervals', attrs: { scope: 'col' } }),
        el('th', { text: 'Δ', className: 'num', attrs: { scope: 'col' } }),
        el('th', { text: 'Noise (A′)', className: 'num', attrs: { scope: 'col' } }),
        el('th', { text: 'p', className: 'num', attrs: { scope: 'col' } }),
        el('th', { attrs: { scope: 'col' } }, srOnly('Significance')),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

function row(b: string, s: BehaviourSummary, selected: boolean, onClick: () => void, gate?: GateResult): HTMLElement {
  const p = s.pAdjusted ?? s.pValue;
  const tr = el(
    'tr',
    {
      className: `score-row ${behaviourClass(b)}${selected ? ' selected' : ''}${s.significant ? ' significant' : ''}`,
      // no title: hovering or focusing the row shows its detector card (detectorCard.ts) instead
      attrs: { tabindex: 0, role: 'button', 'aria-pressed': selected },
      dataset: { behaviour: b, focusKey: `score/${b}` },
    },
    el('th', { attrs: { scope: 'row' } }, el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }), behaviourLabel(b)),
    el('td', { className: 'num', text: percent(s.a.rate) }),
    el('td', { className: 'num', text: percent(s.b.rate) }),
    el('td', {}, bars(s)),
    el('td', { className: `num delta ${s.delta > 0 ? 'up' : s.delta < 0 ? 'down' : ''}`, text: signedPercent(s.delta) }),
    el('td', { className: 'num muted', text: s.noiseDelta === null ? '—' : `±${percent(s.noiseDelta)}` }),
    el('td', { className: 'num', text: formatP(p), attrs: { title: s.pAdjusted !== undefined ? `Holm-adjusted; raw p = ${s.pValue}${s.test ? ` (${s.test})` : ''}` : (s.test ?? '') } }),
    el(
      'td',
      {},
      s.significant ? badge('significant', 'significant-badge') : el('span', { className: 'muted', text: 'within noise' }),
      // the suite's gate on this behaviour failed: the run exits 1 in CI
      gate?.failed ? el('span', { className: 'gate-failed', text: ' gate failed', attrs: { title: gate.message }, dataset: { gate: gate.rule } }) : null,
    ),
  );
  tr.addEventListener('click', onClick);
  tr.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onClick();
    }
  });
  return tr;
}

/**
 * "Explain this shift" for each significant row: which hunk of the prompt edit caused it (an
 * explain run; its cost is asked first). Beside the table, not inside its rows: a row is itself a
 * button (it filters the cases), and a control inside a control is lost to screen readers.
 */
export function renderExplainActions(report: ShiftReport, onExplain: (b: Behaviour) => void): HTMLElement | null {
  // the suite's own behaviours cannot be explained yet: explain runs on the built-in detectors
  const significant = BEHAVIOURS.filter((b) => report.summary.behaviours[b]?.significant);
  if (!significant.length) return null;
  return el(
    'div',
    { className: 'explain-actions', attrs: { role: 'group', 'aria-label': 'Explain a shift: which edit caused it' } },
    el('span', { className: 'muted', text: 'Which edit caused it? ' }),
    ...significant.map((b) =>
      button({ label: `Explain ${behaviourLabel(b).toLowerCase()}`, icon: 'lightbulb', onClick: () => onExplain(b), dataset: { action: 'explain', behaviour: b, focusKey: `score/explain/${b}` } }),
    ),
  );
}

/** Two interval bars (A above, B below) on a 0–100 % track, with the A′ noise band behind A. */
function bars(s: BehaviourSummary): HTMLElement {
  const track = el('div', { className: 'bars', attrs: { role: 'img', 'aria-label': `A ${percent(s.a.rate)} (${percent(s.a.ci95[0])}–${percent(s.a.ci95[1])}), B ${percent(s.b.rate)} (${percent(s.b.ci95[0])}–${percent(s.b.ci95[1])})` } });
  const noise = s.aPrime ? [Math.min(s.a.rate, s.aPrime.rate), Math.max(s.a.rate, s.aPrime.rate)] : s.noiseDelta !== null ? [s.a.rate - s.noiseDelta, s.a.rate + s.noiseDelta] : null;
  if (noise) track.append(place(el('div', { className: 'noise-band', attrs: { title: 'A′ noise band' } }), noise[0] ?? 0, noise[1] ?? 0));
  track.append(place(el('div', { className: 'ci ci-a' }), s.a.ci95[0], s.a.ci95[1]), dot('a', s.a.rate));
  track.append(place(el('div', { className: 'ci ci-b' }), s.b.ci95[0], s.b.ci95[1]), dot('b', s.b.rate));
  return track;
}

// Positions go through the CSSOM (element.style), which the CSP allows, never a style attribute.
function place(node: HTMLElement, from: number, to: number): HTMLElement {
  const lo = clamp01(from);
  node.style.left = `${lo * 100}%`;
  node.style.width = `${Math.max(clamp01(to) - lo, 0.005) * 100}%`;
  return node;
}

function dot(side: 'a' | 'b', rate: number): HTMLElement {
  const d = el('div', { className: `dot dot-${side}` });
  d.style.left = `${clamp01(rate) * 100}%`;
  return d;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}
