// "Which edit caused it": the run's attribution (promptshift explain / Explain This Shift), one
// table per behaviour listing the hunks of the prompt edit by the size of their effect, with the
// 95 % interval, the Holm-corrected p and the share of the shift; each row opens the prompt diff at
// that hunk. Hunk labels are the prompt's own words: shown as text, never as markup.
import type { Attribution } from '../../core/report/schema';
import { el } from '../dom';
import { badge, button } from '../components/toolkit';
import { formatP, signedPercent } from '../model';
import { BEHAVIOUR_LABELS } from './behaviours';
import type { Behaviour } from '../../core/behaviour/types';

type Entry = NonNullable<Attribution['behaviours'][Behaviour]>['effects'][number];
type HunkEntry = Extract<Entry, { hunk: string }>;

const interval = (ci: readonly [number, number]) => `${signedPercent(ci[0])} to ${signedPercent(ci[1])}`;

export function renderAttribution(attribution: Attribution, onOpenHunk: (hunkId: string) => void): HTMLElement {
  const section = el('section', { className: 'attribution', attrs: { 'aria-label': 'Which edit caused it' } });
  section.append(
    el('h2', { text: 'Which edit caused it' }),
    el('p', {
      className: 'muted',
      text: `${attribution.hunks.length} hunk${attribution.hunks.length === 1 ? '' : 's'}, measured on ${attribution.cases.flipped.length} flipped + ${attribution.cases.control.length} control cases × ${attribution.samples} samples (${attribution.usage.calls} calls).`,
    }),
  );
  for (const [behaviour, b] of Object.entries(attribution.behaviours) as [Behaviour, NonNullable<Attribution['behaviours'][Behaviour]>][]) {
    const effects = b.effects.filter((e): e is HunkEntry => 'hunk' in e).sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect));
    const rows = effects.map((e) => {
      const hunk = attribution.hunks.find((h) => h.id === e.hunk);
      const lines = hunk?.b ?? hunk?.a;
      const tr = el(
        'tr',
        { className: `hunk-row${e.significant ? ' significant' : ''}`, dataset: { hunkId: e.hunk, behaviour } },
        el('th', { attrs: { scope: 'row' } }, `${hunk?.n ?? '?'}`),
        el('td', { className: 'hunk-label', text: hunk?.label ?? e.hunk, attrs: { title: hunk ? (hunk.bText || hunk.aText) : '' } }),
        el('td', { className: 'muted', text: lines ? (lines[0] === lines[1] ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[1]}`) : '' }),
        el('td', { className: `num delta ${e.effect > 0 ? 'up' : e.effect < 0 ? 'down' : ''}`, text: `${signedPercent(e.effect)}` }),
        el('td', { className: 'num muted', text: interval(e.ci95) }),
        el('td', { className: 'num', text: formatP(e.pAdjusted), attrs: { title: `Holm-corrected across the hunks; from A ${signedPercent(e.fromA.effect)}, from B ${signedPercent(e.fromB.effect)}` } }),
        el('td', { className: 'num', text: e.share === null ? '—' : `${Math.round(e.share * 100)}%` }),
        el('td', {}, e.significant ? badge('significant', 'significant-badge') : el('span', { className: 'muted', text: 'within noise' })),
        el('td', {}, button({ label: `Open the prompt diff at hunk ${hunk?.n ?? ''}`, icon: 'go-to-file', appearance: 'icon', onClick: () => onOpenHunk(e.hunk), dataset: { action: 'open-hunk', focusKey: `attribution/${behaviour}/${e.hunk}` } })),
      );
      return tr;
    });
    section.append(
      el('h3', { text: `${BEHAVIOUR_LABELS[behaviour]}: shift ${signedPercent(b.shift)}${b.interaction ? ' — the edits interact (their effects do not add up)' : ''}` }),
      el(
        'table',
        { className: 'attribution-table', dataset: { behaviour }, attrs: { 'aria-label': `Hunks by effect on ${BEHAVIOUR_LABELS[behaviour].toLowerCase()}` } },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Hunk', 'Edit', 'Where', 'Effect', '95% interval', 'p', 'Share', '', ''].map((h, i) => el('th', { text: h, className: i >= 3 && i <= 6 ? 'num' : '', attrs: { scope: 'col' } })),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    );
  }
  return section;
}
