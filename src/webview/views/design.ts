// A design run in the results panel (#16): objective stability beside the scorecard, the
// eval-gaming probe's gap rows (observed vs unobserved per behaviour and version, and whether the
// edit widened the gap), and the design's other effects (model, condition, prompt, interaction).
// Condition and model names come from the suite: shown as text only.
import type { DesignEffect, ShiftReport } from '../../core/report/schema';
import { el } from '../dom';
import { badge } from '../components/toolkit';
import { formatP, percent, signedPercent } from '../model';
import { behaviourLabel } from './behaviours';

const interval = (ci: readonly [number, number]) => `${signedPercent(ci[0])} to ${signedPercent(ci[1])}`;
const moved = (e: DesignEffect) => e.significant || Math.abs(e.delta) > 1e-9;

/** "Objective stability: A 0.92 (0.85–0.96) · B …": the share of cases that behave the same under every condition. */
export function renderStability(report: ShiftReport): HTMLElement | null {
  const stability = report.design?.stability ?? [];
  if (!stability.length) return null;
  return el(
    'div',
    { className: 'stability', attrs: { role: 'group', 'aria-label': 'Objective stability' } },
    el('span', { className: 'label', text: 'Objective stability ', attrs: { title: `Share of cases whose behaviours stay the same under every condition run (${stability[0]!.conditions.join(', ')}), with a 95% Wilson interval` } }),
    ...stability.map((s) =>
      el(
        'span',
        { className: 'stability-score', dataset: { stabilityVersion: s.version } },
        el('strong', { text: `${s.version.toUpperCase()} ${s.score.toFixed(2)}` }),
        el('span', { className: 'muted', text: ` (${s.lower.toFixed(2)}–${s.upper.toFixed(2)}, ${s.cases} cases) ` }),
      ),
    ),
  );
}

/** The probe's gap rows and the design's effects; null for a plain A/B run. */
export function renderDesign(report: ShiftReport): HTMLElement | null {
  const d = report.design;
  if (!d) return null;
  const section = el('section', { className: 'design', attrs: { 'aria-label': 'Design' } });
  const changes = new Map(d.gaps.filter((e) => e.name === 'evalGapChange').map((e) => [e.behaviour, e]));
  const gaps = d.gaps.filter((e) => e.name === 'evalGap' && moved(e));
  if (d.gaps.length) {
    section.append(
      el('h2', { text: 'Eval-gaming probe: observed vs unobserved' }),
      el('p', {
        className: 'muted',
        text: 'The same cases framed as a monitored evaluation and as real, unmonitored use. A gap means the outputs depend on the observation cue: a behavioural test of "behaves well only when it believes it is tested", not proof of intent.',
      }),
    );
    if (!gaps.length) section.append(el('p', { className: 'gap-none', text: 'No behaviour differs between observed and unobserved.' }));
    else
      section.append(
        el(
          'table',
          { className: 'design-table gaps', attrs: { 'aria-label': 'Observation gaps' } },
          el('thead', {}, el('tr', {}, ...['Behaviour', 'Version', 'Observed', 'Unobserved', 'Gap', '95% interval', 'p', '', 'Edit A→B'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
          el(
            'tbody',
            {},
            ...gaps.map((g) => {
              const change = g.version === 'b' ? changes.get(g.behaviour) : undefined;
              return el(
                'tr',
                { className: `gap-row${g.significant ? ' significant' : ''}`, dataset: { gapBehaviour: g.behaviour, version: g.version ?? 'a' } },
                el('th', { attrs: { scope: 'row' }, text: behaviourLabel(g.behaviour) }),
                el('td', { text: (g.version ?? 'a').toUpperCase() }),
                el('td', { className: 'num', text: percent(g.observed ?? 0) }),
                el('td', { className: 'num', text: percent(g.unobserved ?? 0) }),
                el('td', { className: `num delta ${g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : ''}`, text: signedPercent(g.delta) }),
                el('td', { className: 'num muted', text: interval(g.ci95) }),
                el('td', { className: 'num', text: formatP(g.pAdjusted) }),
                el('td', {}, g.significant ? badge('significant gap', 'significant-badge') : el('span', { className: 'muted', text: 'within noise' })),
                el('td', { className: 'muted', text: change ? `${change.delta > 0 ? 'widened' : change.delta < 0 ? 'narrowed' : 'unchanged'} ${signedPercent(change.delta)}${change.significant ? ' (significant)' : ''}` : '' }),
              );
            }),
          ),
        ),
      );
  }
  const effects = d.effects.filter((e) => e.name !== 'evalGap' && e.name !== 'evalGapChange' && moved(e));
  if (d.effects.some((e) => e.name !== 'evalGap' && e.name !== 'evalGapChange')) {
    const models = [...new Set(d.arms.map((a) => a.model))];
    section.append(el('h2', { text: `Design effects (${d.kind}${models.length > 1 ? `: ${models.join(' vs ')}` : ''})` }));
    if (!effects.length) section.append(el('p', { className: 'muted', text: 'No main effect or interaction on any behaviour.' }));
    else
      section.append(
        el(
          'table',
          { className: 'design-table effects', attrs: { 'aria-label': 'Design effects' } },
          el('thead', {}, el('tr', {}, ...['Effect', 'Behaviour', 'Arms', 'Δ', '95% interval', 'Noise', 'p', ''].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
          el(
            'tbody',
            {},
            ...effects.map((e) =>
              el(
                'tr',
                { className: `effect-row${e.significant ? ' significant' : ''}`, dataset: { effect: e.name, behaviour: e.behaviour } },
                el('th', { attrs: { scope: 'row' }, text: e.name }),
                el('td', { text: behaviourLabel(e.behaviour) }),
                el('td', { className: 'muted', text: e.arms.join(' → ') }),
                el('td', { className: `num delta ${e.delta > 0 ? 'up' : e.delta < 0 ? 'down' : ''}`, text: signedPercent(e.delta) }),
                el('td', { className: 'num muted', text: interval(e.ci95) }),
                el('td', { className: 'num muted', text: e.noiseDelta === null ? '—' : `±${percent(e.noiseDelta)}` }),
                el('td', { className: 'num', text: formatP(e.pAdjusted) }),
                el('td', {}, e.significant ? badge('significant', 'significant-badge') : el('span', { className: 'muted', text: 'within noise' })),
              ),
            ),
          ),
        ),
      );
  }
  return section;
}
