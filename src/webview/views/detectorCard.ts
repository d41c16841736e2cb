// The detector card of a scorecard row, shown when the row is hovered or has keyboard focus: how the
// behaviour is detected, what it was validated on (held-out and tuned-on figures, apart), its blind
// spots, the run's judge agreement, and the user's own labels. Read from the report
// (`summary.behaviours.<b>.detector`) and from the host's label figures.
import { estimateText, fig, yourLabelsFigures } from '../../core/report/cardText';
import type { DetectorCardReport, LabelFigures, ShiftReport } from '../../core/report/schema';
import { el, type Child } from '../dom';
import { behaviourClass, behaviourLabel } from './behaviours';
import { followPointerAndFocus, placeNear } from './tooltip';

export const DETECTOR_CARD_ID = 'detector-card';

/** "your labels: precision 0.80 [0.49, 0.94] recall 0.67 … (n 12)", or how to give some. */
export function yourLabelsText(labels: LabelFigures | undefined): string {
  if (!labels || labels.n === 0) return 'your labels: none yet (mark an output’s behaviours as right or wrong in a case)';
  return yourLabelsFigures(labels);
}

export function renderDetectorCard(behaviour: string, card: DetectorCardReport | undefined, labels: LabelFigures | undefined): Child[] {
  const title = el('div', { className: `tooltip-title ${behaviourClass(behaviour)}` }, el('span', { className: 'swatch' }), `${behaviourLabel(behaviour)} detector`);
  if (!card) return [title, el('div', { className: 'card-status', text: 'This report carries no detector card (made before 0.2).' }), el('div', { className: 'card-labels', text: yourLabelsText(labels) })];
  const heldOut = card.validatedOn.filter((f) => f.part === 'heldout');
  const tuned = card.validatedOn.filter((f) => f.part === 'tune');
  const figures = (rows: typeof card.validatedOn, caption: string): Child =>
    rows.length
      ? el(
          'table',
          { className: 'card-figures', attrs: { 'aria-label': caption } },
          el('caption', { text: caption }),
          el('thead', {}, el('tr', {}, ...['set', 'n (pos.)', 'P [95 %]', 'R [95 %]', 'F1'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
          el(
            'tbody',
            {},
            ...rows.map((f) =>
              el('tr', { dataset: { set: f.set, part: f.part } }, el('th', { text: f.set, attrs: { scope: 'row', title: f.description } }), el('td', { text: `${f.n} (${f.positives})` }), el('td', { text: estimateText(f.precision, f.precisionCi95) }), el('td', { text: estimateText(f.recall, f.recallCi95) }), el('td', { text: fig(f.f1) })),
            ),
          ),
        )
      : null;
  return [
    title,
    el('div', { className: 'card-method', text: `Method: ${card.method} · detectors ${card.version}` }),
    el('div', { className: `card-status ${card.status}`, text: card.status === 'validated' ? 'Validated on outputs it was not tuned on:' : 'Unvalidated: no precision or recall measured on real outputs it was not tuned on.' }),
    figures(heldOut, 'Held-out (never tuned on)'),
    figures(tuned, 'Tuned on'),
    el('div', { className: 'card-how', text: card.how }),
    card.blindSpots.length ? el('ul', { className: 'card-blind', attrs: { 'aria-label': 'Known blind spots' } }, ...card.blindSpots.map((b) => el('li', { text: b }))) : null,
    card.judge ? el('div', { className: 'card-judge', text: `judge ${card.judge.model} agrees on ${Math.round(card.judge.agreement * 100)}% of ${card.judge.judged} outputs` }) : null,
    el('div', { className: 'card-labels', text: yourLabelsText(labels ?? card.yourLabels) }),
  ];
}

/** The card beside the scorecard row under the pointer or with focus; Escape hides it. */
export class DetectorCardTooltip {
  readonly element = el('div', { className: 'evidence-tooltip detector-card', attrs: { role: 'tooltip', id: DETECTOR_CARD_ID, hidden: true } });
  private current: HTMLElement | null = null;

  constructor(
    scope: HTMLElement,
    private readonly source: () => { report: ShiftReport | null; labels: Partial<Record<string, LabelFigures>> },
  ) {
    followPointerAndFocus(scope, 'tr.score-row[data-behaviour]', this.element, {
      current: () => this.current,
      show: (row) => this.show(row),
      hide: () => this.hide(),
    });
  }

  private show(row: HTMLElement, force = false): void {
    const behaviour = row.dataset['behaviour'];
    if (!behaviour || (this.current === row && !force)) return;
    const { report, labels } = this.source();
    this.current = row;
    this.element.replaceChildren(...renderDetectorCard(behaviour, report?.summary.behaviours[behaviour]?.detector, labels[behaviour]).filter((c): c is Node | string => Boolean(c)));
    this.element.hidden = false;
    row.setAttribute('aria-describedby', DETECTOR_CARD_ID);
    placeNear(this.element, row);
  }

  /** Redraws the card shown (the user's labels changed). */
  refresh(): void {
    if (this.current?.isConnected) this.show(this.current, true);
  }

  hide(): void {
    this.current?.removeAttribute('aria-describedby');
    this.current = null;
    this.element.hidden = true;
  }
}
